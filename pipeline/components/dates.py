"""Dates written in news text, resolved against the issue's date.

``1月10日`` in the issue of 2022-01-11 is 2022-01-10; ``12月30日`` in a January issue is in the
previous year; ``18日`` is in the issue's month (or the one before); ``昨天`` is the day before
the issue, ``上周五`` the Friday of the week before the issue's, ``周一`` the last Monday up to
the issue's day; a range (``1月3日至5日``) takes
its first day; ``日前``, ``近日`` and festival eves give no date. In a wire story
(``新华社北京1月7日电``) ``今天`` is the dateline's day; ``当天`` is the last day the text told
before it, ``次日`` the day after that.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..numerals import parse_number

_NUM = r"[0-9０-９]{1,4}|[〇零一二两三四五六七八九十]{1,4}"

DATE_PATTERN = re.compile(
    rf"(?:(?P<y>{_NUM})年)?(?:(?P<m>{_NUM})月)?(?P<d>{_NUM})[日号](?![报])"
    r"|(?P<rel>昨天|昨日|今天|今日|前天|(?<!光)明天|(?<!光)明日(?!报))"  # (not 光明日报)
    r"|(?P<week>上周|本周|这周|下周|上星期|本星期|这星期|下星期)(?P<wd>[一二三四五六日天])"
    # a weekday alone (周一上午, 星期二): the last such day up to the issue's; not 每周一, 一周一次,
    # nor a span of weekdays (周一至周五)
    r"|(?<![上本这下每一二两三四五六七八九十几数])(?:周|星期)(?P<day>[一二三四五六日])(?![至到—\-~～、和次遍回])"
)


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date: dt.date


_RELATIVE = {"昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "前天": -2, "明天": 1, "明日": 1}
_WEEKS = {"上": -1, "本": 0, "这": 0, "下": 1}
_WEEKDAYS = "一二三四五六日"


def resolve(match: re.Match, issue: dt.date | None) -> dt.date | None:
    """The date a :data:`DATE_PATTERN` match names, read against the issue date."""
    if match["week"]:
        if issue is None:
            return None
        weekday = _WEEKDAYS.index("日" if match["wd"] == "天" else match["wd"])
        return issue + dt.timedelta(days=weekday - issue.weekday() + 7 * _WEEKS[match["week"][0]])
    if match["day"]:
        if issue is None:
            return None
        return issue - dt.timedelta(days=(issue.weekday() - _WEEKDAYS.index(match["day"])) % 7)
    if match["rel"]:
        if issue is None or (match["rel"] == "今日" and match.end() < len(match.string) and match.string[match.end()] in "8版"):
            return None
        return issue + dt.timedelta(days=_RELATIVE[match["rel"]])
    year, month, day = parse_number(match["y"]), parse_number(match["m"]), parse_number(match["d"])
    if day is None or not 1 <= day <= 31:
        return None
    if year is not None and year < 100:
        return None
    if month is None:
        if issue is None or year is not None:
            return None
        month, year = issue.month, issue.year
        if day > issue.day:  # 28日 in an issue of the 2nd: last month
            month -= 1
            if month == 0:
                month, year = 12, year - 1
    if year is None:
        if issue is None:
            return None
        year = issue.year
        if month > issue.month + 1:  # 12月30日 in a January issue
            year -= 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, issue: dt.date | None, start: int = 0, end: int | None = None) -> Iterator[DateMention]:
    """Dates in ``text[start:end]`` with their resolved value; unresolvable ones are skipped."""
    for match in DATE_PATTERN.finditer(text, start, len(text) if end is None else end):
        # a range's second day (1月3日至5日) and 1月10日 inside a longer number are not dates of their own
        if match.start() > 0 and text[match.start() - 1] in "至到—-~～" and ((match["d"] and not match["m"]) or match["day"]):
            continue
        if match.start() > 0 and text[match.start() - 1].isdigit():
            continue
        value = resolve(match, issue)
        if value is not None:
            yield DateMention(match.start(), match.end(), match.group(), value)


#: the second day of a range after its first (至4日, 至2月2日)
_RANGE_TO = re.compile(r"[至到—\-~～](?:(?P<m>[0-9０-９一二三四五六七八九十]{1,2})月)?(?P<d>[0-9０-９一二三四五六七八九十]{1,3})日")


def range_end(text: str, date: DateMention) -> dt.date | None:
    """The last day of the range a date opens (3月3日至4日, 1月30日至2月2日), or None."""
    match = _RANGE_TO.match(text, date.end)
    if match is None:
        return None
    month = parse_number(match["m"]) if match["m"] else date.date.month
    day = parse_number(match["d"])
    if month is None or day is None:
        return None
    year = date.date.year + (month < date.date.month)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


#: a day told against the one before (当天下午, 次日, 会后…召开): the same day, or the next
_SAME_OR_NEXT_DAY = re.compile(r"(?P<same>当天|当日|同日|同一天|(?P<after>会后|结束后|随后(?![的几数])))|次日|翌日|第二天")


def day_told_after(text: str, issue: dt.date | None, start: int, end: int, previous: dt.date | None = None) -> dt.date | None:
    """The day ``text[start:end]`` tells against the day before (当天下午…, 次日…): counted from the
    last date the text gave before the word (于十一日抵京。翌日…: the 12th), else from ``previous``
    (the day of the event before); None where the span says no such word."""
    later = _SAME_OR_NEXT_DAY.search(text, start, end)
    if later is None:
        return None
    told = list(find_dates(text, issue, 0, later.start()))
    # 会后, 结束后: after the event told before, on its day
    day = previous if later["after"] and previous else told[-1].date if told else previous
    if day is None:
        return None
    return day + dt.timedelta(days=0 if later["same"] else 1)


#: how far into a story its dateline may stand (after the headline and deck lines)
_DATELINE_WITHIN = 200


def dateline_date(text: str, issue: dt.date | None) -> DateMention | None:
    """The dateline's date of a wire or correspondent story (``新华社郑州1月12日电``,
    ``本报天津1月7日电``, ``本报长沙7月8日讯``): the day it was filed, which its ``今天`` and
    ``昨天`` are read against."""
    for found in find_dates(text, issue, 0, min(len(text), _DATELINE_WITHIN)):
        if text.startswith(("电", "讯"), found.end):
            return found
    return None
