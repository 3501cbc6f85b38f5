"""Date expressions resolved against the issue date."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.components.dates import find_dates

ISSUE = dt.date(2022, 1, 11)


@pytest.mark.parametrize(
    ("text", "issue", "expected"),
    [
        ("1月10日，会议召开", ISSUE, "2022-01-10"),
        ("12月30日，会议召开", ISSUE, "2021-12-30"),
        ("昨天，会议召开", ISSUE, "2022-01-10"),
        ("今天上午", ISSUE, "2022-01-11"),
        ("18日晚，市长会见", dt.date(2019, 4, 19), "2019-04-18"),
        ("28日上午", dt.date(2022, 3, 2), "2022-02-28"),
        ("1月3日至5日，调研", ISSUE, "2022-01-03"),
        ("2021年12月31日", ISSUE, "2021-12-31"),
        ("１２月３１日", dt.date(1998, 1, 1), "1997-12-31"),
        ("三月二十日", dt.date(2020, 3, 23), "2020-03-20"),
    ],
)
def test_resolved(text, issue, expected):
    assert next(find_dates(text, issue)).date.isoformat() == expected


@pytest.mark.parametrize("text", ["日前，会议召开", "近日，记者获悉", "春节前夕，慰问", "今日8版", "第16076号"])
def test_no_date(text):
    assert list(find_dates(text, ISSUE)) == []


def test_range_gives_one_date():
    assert [d.date.isoformat() for d in find_dates("1月3日至5日", ISSUE)] == ["2022-01-03"]
