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
        # a day of the week told against the issue's week (2024-12-03 is a Tuesday)
        ("上周五，市长会见", dt.date(2024, 12, 3), "2024-11-29"),
        ("本周一上午", dt.date(2024, 12, 3), "2024-12-02"),
        ("上星期天", dt.date(2024, 12, 3), "2024-12-01"),
        # a weekday alone: the last such day up to the issue's
        ("周一，市委召开常委会会议", dt.date(2024, 3, 6), "2024-03-04"),
        ("星期五下午", dt.date(2024, 3, 6), "2024-03-01"),
        ("周三上午", dt.date(2024, 3, 6), "2024-03-06"),
    ],
)
def test_resolved(text, issue, expected):
    assert next(find_dates(text, issue)).date.isoformat() == expected


@pytest.mark.parametrize("text", ["日前，会议召开", "近日，记者获悉", "春节前夕，慰问", "今日8版", "第16076号", "每周一召开例会", "周一至周五开放", "坚持一周一次调度"])
def test_no_date(text):
    assert list(find_dates(text, ISSUE)) == []


def test_range_gives_one_date():
    assert [d.date.isoformat() for d in find_dates("1月3日至5日", ISSUE)] == ["2022-01-03"]


def test_a_wire_storys_today_is_its_datelines_day(nlp):
    from .conftest import analyse

    # People's Daily of 1998-01-22 printing a Xinhua story filed on the 21st
    doc = analyse(
        nlp,
        "乔石会见贝宁总统\n新华社北京１月２１日电（记者张荣典）全国人大常委会委员长乔石今天上午在人民大会堂会见了来访的贝宁总统"
        "马蒂厄·克雷库一行。\n乔石说：总统阁下昨天与江泽民主席进行了很好的会谈，对此我感到高兴。",
        issue_date="1998-01-22",
    )
    talks = sorted((e.date, sorted(a.text for a in e.args["participant"])) for e in doc._.events if e.type == "talk")
    assert talks[-1] == ("1998-01-21", ["乔石", "马蒂厄·克雷库"])
    # the talks with 江泽民 were the day before the dateline, not the day before the issue
    assert talks[0][0] == "1998-01-20" and "江泽民" in talks[0][1]


def test_a_date_in_the_story_wins_over_its_dateline(nlp):
    from .conftest import analyse

    doc = analyse(
        nlp,
        "北爱和平进程获新进展\n本报伦敦１月１１日电记者蒋千红报道：英国北爱尔兰事务大臣莫勒姆９日在北爱尔兰首府南部的梅兹监狱"
        "会见亲英的新教教派政治犯代表，并说服他们支持北爱和谈。",
        issue_date="1998-01-12",
    )
    (talk,) = [e for e in doc._.events if e.type == "talk"]
    assert talk.date == "1998-01-09"


def test_a_correspondents_xun_dateline_is_a_dateline(nlp):
    from .conftest import analyse

    # a provincial daily's 本报岳阳7月7日讯 is the day the story was filed: the visit's own days
    # (a range: its first) date it, and 今天 in People's Daily's 本报北京１月１２日讯 is the 12th
    doc = analyse(
        nlp,
        "本报岳阳7月7日讯（记者 孙敏坚）7月6日至7日，省长毛伟明在岳阳市调研防汛救灾工作。",
        issue_date="2025-07-09",
    )
    (visit,) = [e for e in doc._.events if e.type == "visit"]
    assert visit.date == "2025-07-06"
    doc = analyse(
        nlp,
        "本报北京１月１２日讯记者赵志文报道：中国消费者协会１９９８年年主题征集活动评奖结果揭晓。今天，主办单位在北京召开了颁奖大会。",
        issue_date="1998-01-13",
    )
    assert [e.date for e in doc._.events if e.type == "meeting"] == ["1998-01-12"]


def test_the_same_day_and_the_next_told_against_the_day_before(nlp):
    from .conftest import analyse

    # 当天下午 is the visit's day, 次日 the next; 翌日 after 于十一日抵京 is the 12th (and 举行了工作
    # 会谈 is a talk, no meeting 工作会)
    doc = analyse(
        nlp,
        "本报讯 1月10日上午，市委书记王刚到平城区调研。当天下午，王刚主持召开市委常委会会议。次日，王刚又到云冈区检查安全生产工作。",
        issue_date="2022-01-12",
    )
    assert [(e.type, e.date) for e in doc._.events] == [("visit", "2022-01-10"), ("meeting", "2022-01-10"), ("visit", "2022-01-11")]
    doc = analyse(nlp, "阿尔穆尼亚一行是应中国共产党邀请来访于十一日抵京的。翌日，戴秉国与代表团举行了工作会谈。", issue_date="1998-01-15")
    assert [(e.type, e.date) for e in doc._.events] == [("talk", "1998-01-12")]


def test_a_meeting_held_after_the_one_before_takes_its_day(nlp):
    from .conftest import analyse

    # 会后 (and 随后) tell the day of the meeting before; a speaker's 要求 there takes it too
    doc = analyse(
        nlp,
        "本报讯 3月11日，全省森林防灭火工作电视电话会议召开。副省长秦国文出席会议并讲话。"
        "会后，我市紧接着召开全市森林防灭火工作会议，副市长唐玉平出席并讲话。唐玉平要求，各地要严格落实森林防灭火责任。",
        issue_date="2024-03-12",
    )
    assert [(e.type, e.date) for e in doc._.events] == [("meeting", "2024-03-11"), ("meeting", "2024-03-11"), ("directive", "2024-03-11")]
    doc = analyse(
        nlp,
        "本报讯 7月1日上午，庆祝中国共产党成立100周年大会在北京天安门广场隆重举行。收听收看结束后，丁小强主持召开市委常委会会议。",
        issue_date="2021-07-02",
    )
    assert [(e.type, e.date) for e in doc._.events] == [("meeting", "2021-07-01"), ("meeting", "2021-07-01")]


def test_an_instruction_at_the_meeting_held_next_takes_the_visits_day(nlp):
    from .conftest import analyse

    # 在随后召开的座谈会上: a meeting the text does not date, but held right after the visit
    doc = analyse(
        nlp,
        "本报讯 9月6日，市人大常委会副主任李明率执法检查组，深入叙州区部分企业开展安全生产法执法检查。"
        "在随后召开的座谈会上，李明要求，各级政府要严格落实安全生产责任制。",
        issue_date="2023-09-08",
        home_place="宜宾",
    )
    assert [(e.type, e.date) for e in doc._.events] == [("visit", "2023-09-06"), ("directive", "2023-09-06")]


def test_the_last_day_of_a_range():
    from pipeline.components.dates import range_end

    text = "1月30日至2月2日，张敏在广灵县调研。3月3日至4日，张敏在灵丘县调研。12月30日，他到了。"
    dates = {d.text: d for d in find_dates(text, dt.date(2024, 3, 6))}
    ends = [range_end(text, dates[day]) for day in ("1月30日", "3月3日", "12月30日")]
    assert ends == [dt.date(2024, 2, 2), dt.date(2024, 3, 4), None]
