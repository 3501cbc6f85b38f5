"""Events on real sentences: each type, role and date rule."""

from __future__ import annotations

from .conftest import analyse


def events(doc, kind: str):
    return [e for e in doc._.events if e.type == kind]


def fillers(event, role: str) -> list[str]:
    return [a.text for a in event.args.get(role, [])]


def test_meeting_chair_attendees_organizers_and_date(nlp):
    doc = analyse(
        nlp,
        "本报讯（记者 李明璇）1月10日，省委常委、市委书记卢东亮主持召开市委第六十次疫情防控专题会暨市疫情防控工作领导小组会议。"
        "省疫情防控第二督导组组长李慧提出具体要求，市领导周鹏、任希杰、王建江在主会场出席会议。",
    )
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "市委第六十次疫情防控专题会暨市疫情防控工作领导小组会议"
    assert fillers(meeting, "chair") == ["卢东亮"]
    assert fillers(meeting, "organizer") == ["市委", "市疫情防控工作领导小组"]
    assert set(fillers(meeting, "attendee")) == {"周鹏", "任希杰", "王建江"}
    assert meeting.date == "2022-01-10"
    (directive,) = events(doc, "directive")
    assert directive.trigger.startswith("提出") and fillers(directive, "speaker") == ["李慧"]


def test_organizer_is_the_subject_of_the_meeting_verb(nlp):
    doc = analyse(nlp, "本报讯（记者 潘红）1月10日，市十五届人大常委会召开第九十二次会议。市人大常委会主任谷明主持会议。")
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "第九十二次会议"
    assert fillers(meeting, "organizer") == ["市十五届人大常委会"]
    assert fillers(meeting, "chair") == ["谷明"]


def test_chair_and_speaker(nlp):
    doc = analyse(nlp, "市人大常委会党组(扩大)会议召开\n市人大常委会党组书记、主任谷明主持会议并讲话。")
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "chair") == ["谷明"] and fillers(meeting, "speaker") == ["谷明"]
    assert fillers(meeting, "organizer") == ["市人大常委会党组"]


def test_planned_and_cited_meetings_are_not_events(nlp):
    doc = analyse(nlp, "会议决定于3月29日召开市人大常委会第十六次会议。党中央和省委先后召开的党史学习教育总结会议精神。")
    assert events(doc, "meeting") == []


def test_directives_with_pronoun_and_meeting_speakers(nlp):
    doc = analyse(
        nlp,
        "2月9日，副市长姚志主持召开全市森林防火安全生产专项领导小组会议。他强调，各地有关部门要绷紧安全生产之弦。"
        "会议指出，要抓好关键环节。",
        issue_date="2021-02-10",
    )
    directives = events(doc, "directive")
    assert [(d.trigger, fillers(d, "speaker"), d.date) for d in directives] == [
        ("强调", ["姚志"], "2021-02-09"),
        ("指出", [], "2021-02-09"),
    ]
    assert directives[0].content.startswith("各地有关部门要绷紧")


def test_nominal_instructions_are_not_directives(nlp):
    doc = analyse(nlp, "要认真对照国务院联防联控机制综合督查组和省督导组指出的问题，贯彻习近平总书记作出的重要指示。")
    assert events(doc, "directive") == []


def test_visit_with_sites_and_companions(nlp):
    doc = analyse(
        nlp,
        "卢东亮赴市公安局调研慰问 艾凌宇参加\n今年1月10日，省委常委、市委书记卢东亮深入市公安局调研。"
        "市委副书记、政法委书记艾凌宇，市委常委、市委秘书长周鹏参加。",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["卢东亮"]
    assert "市公安局" in fillers(visit, "site")
    assert set(fillers(visit, "companion")) == {"艾凌宇", "周鹏"}
    assert visit.date == "2022-01-10"


def test_talk_participants_are_the_principals(nlp):
    doc = analyse(
        nlp,
        "张国清会见中国建筑集团有限公司董事长官庆\n18日晚，市委副书记、市长张国清在迎宾馆会见中国建筑集团有限公司董事长官庆。"
        "副市长孙文魁参加。李子罡会见时在座。",
        issue_date="2019-04-19",
    )
    (talk,) = events(doc, "talk")
    assert set(fillers(talk, "participant")) == {"张国清", "官庆"}
    assert talk.date == "2019-04-18"


def test_phone_call_is_a_talk(nlp):
    doc = analyse(nlp, "新华社北京1月10日电 国家主席习近平1月10日下午同白俄罗斯总统卢卡申科通电话。")
    (talk,) = events(doc, "talk")
    assert fillers(talk, "participant") == ["习近平", "卢卡申科"]
    assert talk.date == "2022-01-10"


def test_pieces_the_page_split_are_read_as_one_text(nlp, seed_text):
    from pipeline.ingest.page import split_page

    articles = split_page(seed_text).articles
    meeting = next(a for a in articles if a.title and a.title.startswith("市人大常委会党组(扩大)会议召开"))
    (party_meeting,) = [e for e in events(analyse(nlp, meeting.text), "meeting") if "党组" in (e.name or "")]
    assert "刘美" in fillers(party_meeting, "attendee")  # 刘美 | 列席会议。 rejoined
    union = next(a for a in articles if a.byline == "本报讯（记者 董芳）")
    deployments = [e for e in events(analyse(nlp, union.text), "directive") if e.trigger == "作出具体部署"]
    assert [fillers(e, "speaker") for e in deployments] == [["市总工会"]]  # the clause ran across a line break


def test_a_meeting_report_the_page_scattered_keeps_its_attendees(nlp, seed_text):
    from pipeline.ingest.page import split_page

    (article,) = [a for a in split_page(seed_text).articles if a.byline == "本报讯（记者 李明璇）"]
    (meeting,) = [e for e in events(analyse(nlp, article.text), "meeting") if "第六十次" in (e.name or "")]
    assert {"李慧", "周鹏", "任希杰", "王建江", "郭蕾", "马安全", "翟永清"} <= set(fillers(meeting, "attendee"))


def test_companions_named_before_an_escorted_visitor(nlp):
    # People's Daily, 1998-01-12 and 1998-01-22: 在…陪同下 holds the companions, not the visitor
    doc = analyse(
        nlp,
        "１月７日至１１日，乔石在中共中央政治局委员、上海市委书记黄菊，市委副书记、市长徐匡迪，"
        "市人大常委会主任叶公琦等同志的分别陪同下在上海考察工作。",
        issue_date="1998-01-12",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["乔石"]
    assert fillers(visit, "companion") == ["黄菊", "徐匡迪", "叶公琦"]
    assert visit.date == "1998-01-07"
    doc = analyse(nlp, "１月１７日至２１日，温家宝在湖北省委常委、副省长王生铁等陪同下，到黄冈地区农村调查研究。", issue_date="1998-01-22")
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["温家宝"] and fillers(visit, "companion") == ["王生铁"]


def test_companions_of_a_visit_named_in_a_later_sentence(nlp):
    # People's Daily, 1998-01-25: the article's last sentence names who went along
    doc = analyse(
        nlp,
        "中共中央政治局常委、国务院副总理李岚清今天看望了北京大学、首都师范大学两位德高望重的老教授季羡林、齐世荣，"
        "考察了北大教职工筒子楼宿舍改造工程和商业市场供应情况。\n"
        "有关部门和北京市的负责同志陈至立、陈邦柱、李树文、杨树德、李志坚、孟学农、徐锡安等分别陪同李岚清同志进行了看望与考察活动。",
        issue_date="1998-01-25",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["李岚清"]
    assert {"陈至立", "孟学农", "徐锡安"} <= set(fillers(visit, "companion")) and "李岚清" not in fillers(visit, "companion")


def test_a_meeting_described_or_named_in_a_relative_clause(nlp):
    # People's Daily, 1998-01-19 and 1998-01-13
    doc = analyse(nlp, "最近在巴黎召开的一次经济研讨会认为，这场金融动荡是暂时的。", issue_date="1998-01-19")
    assert events(doc, "meeting") == []  # a meeting described, not reported
    doc = analyse(nlp, "国务院总理李鹏对正在广东省肇庆市召开的全国电子行业工作会议作出书面指示。", issue_date="1998-01-13")
    assert all(not (m.name or "").startswith("的") for m in events(doc, "meeting"))


def test_a_meeting_name_ends_at_its_noun_and_a_back_reference_shares_its_date(nlp):
    # People's Daily, 1997-12: 工作会议 is read whole, not as 工作会 + 议
    doc = analyse(nlp, "紧接着，省政府又于十一月三十日召开了全省消防工作会议。", issue_date="1997-12-05")
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "全省消防工作会议" and meeting.date == "1997-11-30"
    # the seed's style: the lead dates the meeting, 主持会议 refers back to it, the directives share its date
    doc = analyse(
        nlp,
        "本报讯（记者 潘红）1月10日，市十五届人大常委会召开第九十二次会议。"
        "市人大常委会主任谷明主持会议。\n谷明强调，要扎实做好换届选举各项工作。",
    )
    assert [e.date for e in doc._.events] == ["2022-01-10"] * len(doc._.events)
    assert [e.type for e in doc._.events] == ["meeting", "directive"]


def test_meeting_nouns_beyond_会议(nlp):
    # People's Daily, 1998-01: a 表彰会 held by a body is a meeting it organizes
    doc = analyse(nlp, "今天，广东省军区召开邱玲英雄事迹表彰会，给她记一等功。", issue_date="1998-01-10")
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "邱玲英雄事迹表彰会" and fillers(meeting, "organizer") == ["广东省军区"]
    # a city daily's study session: the 理论学习中心组 holds it, its chair speaks
    doc = analyse(nlp, "6月3日上午，市委理论学习中心组举行2021年第六次专题学习会。市委书记丁小强主持并讲话。", issue_date="2021-06-05")
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "organizer") == ["市委理论学习中心组"] and fillers(meeting, "chair") == ["丁小强"]
    assert meeting.date == "2021-06-03"


def test_a_headline_of_who_held_a_meeting_and_stressed(nlp):
    # Xinhua's headline form: 习近平 held the meeting and is the one who stresses
    doc = analyse(
        nlp,
        "习近平主持召开中央全面深化改革委员会第二次会议强调\n建设更高水平开放型经济新体制 推动能耗双控逐步转向碳排放双控\n"
        "新华社北京7月11日电 中共中央总书记、国家主席、中央军委主席、中央全面深化改革委员会主任习近平7月11日下午"
        "主持召开中央全面深化改革委员会第二次会议。习近平在主持会议时强调，建设更高水平开放型经济新体制是我们主动作为的战略举措。",
        issue_date="2023-07-12",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "organizer") == ["中央全面深化改革委员会"] and meeting.date == "2023-07-11"
    (directive,) = events(doc, "directive")  # the headline's 强调 is the one the lead reports
    assert fillers(directive, "speaker") == ["习近平"] and directive.content.startswith("建设更高水平")


def test_a_headline_directive_with_its_own_words_is_the_articles(nlp):
    # People's Daily, 1998-01-13: the headline gives the gist of what the lead reports in full
    doc = analyse(
        nlp,
        "李岚清在河南考察时强调推进素质教育培养跨世纪人才\n新华社郑州１月１２日电（记者程红根）中共中央政治局常委、"
        "国务院副总理李岚清１月１１日至１２日在河南省郑州市考察教育工作时强调，要大力推进素质教育，培养全面发展的跨世纪人才。",
        issue_date="1998-01-13",
    )
    (directive,) = events(doc, "directive")
    assert fillers(directive, "speaker") == ["李岚清"] and directive.content.startswith("要大力推进素质教育")
    assert directive.date == "1998-01-11"


def test_a_directive_in_a_noun_phrase_is_no_trigger(nlp):
    # 在批示中要求: 批示 is the note the demand is made in; the directive is 要求
    doc = analyse(nlp, "市长吴中华在批示中要求，要深入开展隐患排查整治，确保全市安全生产形势持续稳定。")
    (directive,) = events(doc, "directive")
    assert directive.trigger == "要求" and fillers(directive, "speaker") == ["吴中华"]


def test_a_meetings_agenda_is_no_directive(nlp):
    # People's Daily, 1998-01-21: 研究部署 is what the session is for, not an instruction
    doc = analyse(
        nlp,
        "本报北京一月二十日讯中共中央纪律检查委员会第二次全体会议今天在北京开幕。会议的主要任务是，以邓小平理论和党的十五大精神为指导，"
        "研究部署一九九八年的党风廉政建设和反腐败工作。",
        issue_date="1998-01-21",
    )
    assert events(doc, "directive") == []
    (meeting,) = events(doc, "meeting")
    assert meeting.date == "1998-01-20"


def test_a_visit_goes_on_to_the_sites_of_the_next_sentence(nlp):
    # a city daily's report: the sites follow in a sentence of their own, 他先后来到…
    doc = analyse(
        nlp,
        "5月9日，省委副书记、省长金湘军来我市调研经济运行和安全生产工作。他先后来到山西潇河建筑产业化园区、"
        "晋中国家农业高新技术产业示范区，察看项目建设进展。市委书记吴俊清、市长赵海英陪同调研。",
        issue_date="2024-05-10",
        home_place="晋中",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["金湘军"]
    assert set(fillers(visit, "site")) == {"山西潇河建筑产业化园区", "晋中国家农业高新技术产业示范区"}
    assert set(fillers(visit, "companion")) == {"吴俊清", "赵海英"}


def test_an_inspection_group_goes_on_to_a_list_of_towns(nlp):
    # 调研组一行 carries the visit on; the second town of the list is a site like the first
    doc = analyse(
        nlp,
        "本报讯 近日，市政协主席王振华带队到浮山县调研乡村振兴工作。调研组一行先后来到北王镇、天坛镇，"
        "实地察看设施农业和特色产业发展情况。浮山县委书记赵刚陪同调研。",
        issue_date="2024-01-08",
        home_place="临汾",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["王振华"] and fillers(visit, "companion") == ["赵刚"]
    assert set(fillers(visit, "site")) == {"浮山县", "北王镇", "天坛镇"}


def test_a_headline_meeting_is_the_one_its_lead_reports(nlp):
    # People's Daily, 1998-01-22: the headline's short name and the lead's full one, one meeting
    doc = analyse(
        nlp,
        "中国作协五届三次全会闭幕李铁映要求作家进一步解放思想创作更多力作\n本报北京１月２１日讯新华社记者曲志红、本报记者杨少波报道："
        "中国作家协会五届三次全委（扩大）会议今天在北京闭幕。中共中央政治局委员、国务委员李铁映在会上提出，作家要进一步解放思想。",
        issue_date="1998-01-22",
    )
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "中国作家协会五届三次全委（扩大）会议" and meeting.date == "1998-01-21"


def test_a_standing_committee_meeting_is_named_whole(nlp):
    doc = analyse(nlp, "5月8日，市委书记吴俊清主持召开市委常委会会议，传达学习省委全会精神。", issue_date="2024-05-10")
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "市委常委会会议" and fillers(meeting, "chair") == ["吴俊清"]


def test_a_session_that_opens_is_held(nlp):
    doc = analyse(nlp, "本报讯（记者 刘佳）7月11日上午，政协第十五届大同市委员会第二次会议在市政协会堂隆重开幕。", issue_date="2023-07-12")
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "政协第十五届大同市委员会第二次会议" and meeting.date == "2023-07-11"
    assert fillers(meeting, "organizer") == ["政协第十五届大同市委员会"]


def test_talk_held_with_a_light_verb(nlp):
    # a city daily's talks report: the parties stand before 举行会谈
    doc = analyse(nlp, "9月6日，市委副书记、市长王清宪在青岛与印度尼西亚驻华大使周浩黎举行会谈。", issue_date="2022-09-08")
    (talk,) = events(doc, "talk")
    assert fillers(talk, "participant") == ["王清宪", "周浩黎"] and talk.date == "2022-09-06"


def test_a_meeting_cited_as_a_time_is_no_event_and_a_bracketed_name_is_whole(nlp):
    # a city daily's report of a relayed meeting: 全省…会议召开后 only dates it
    doc = analyse(
        nlp,
        "本报讯 12月29日，全省经济工作会议召开后，我市随即召开市委常委会（扩大）会议，传达学习会议精神。"
        "市委书记王晓东主持会议并讲话。",
        issue_date="2022-12-30",
    )
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "市委常委会（扩大）会议" and fillers(meeting, "chair") == ["王晓东"]


def test_a_mobilising_speech_and_the_podium(nlp):
    # a city daily's conference report: 作动员讲话 is a speech, 在主席台就座 attends
    doc = analyse(
        nlp,
        "本报讯（记者 李娟）4月25日，全市优化营商环境推进大会召开。市委书记朱晓东出席会议并作动员讲话。会议由市长李建国主持。"
        "市领导郭奔胜、王志勇、段彦明在主席台就座。",
        issue_date="2023-04-26",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "speaker") == ["朱晓东"] and fillers(meeting, "chair") == ["李建国"]
    assert set(fillers(meeting, "attendee")) == {"朱晓东", "郭奔胜", "王志勇", "段彦明"}


def test_a_group_that_visits_is_the_visitor(nlp):
    # a city daily's notes: where a visit names only the group, the group is the visitor
    doc = analyse(nlp, "本报讯 11月19日，荆门市党政代表团来我市考察产业发展工作。", issue_date="2021-11-20", home_place="襄阳")
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["荆门市党政代表团"] and visit.date == "2021-11-19"
    doc = analyse(nlp, "11月18日至19日，省纪委监委第二督查组到我市督查中央八项规定精神落实情况。", issue_date="2021-11-20", home_place="襄阳")
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["省纪委监委第二督查组"] and visit.date == "2021-11-18"


def test_to_after_a_verb_it_completes_is_no_visit(nlp):
    doc = analyse(nlp, "会议要求，切实把思想和行动统一到党中央决策部署上来。市长王刚受到省委表彰后到市人民医院调研。")
    visits = events(doc, "visit")
    assert len(visits) == 1 and fillers(visits[0], "site") == ["市人民医院"]


def test_the_place_a_visit_is_held_in_is_a_site(nlp):
    # People's Daily, 1998-01: 在…考察 names the place visited; 在我市 names none
    doc = analyse(nlp, "全国人大常委会委员长乔石近日在上海考察工作时强调，要继续解放思想。", issue_date="1998-01-13")
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["乔石"] and fillers(visit, "site") == ["上海"]
    doc = analyse(nlp, "1月5日，省委书记王宁在我市调研。", issue_date="2024-01-08")
    (visit,) = events(doc, "visit")
    assert fillers(visit, "site") == []


def test_every_movement_of_a_visit_sentence_lands_on_its_sites(nlp):
    # a provincial daily's report: 先后来到A、B，深入C、D: four sites
    doc = analyse(
        nlp,
        "1月5日至6日，省委书记王宁在曲靖市调研。他先后来到麒麟区、沾益区，深入云南驰宏锌锗股份有限公司、"
        "曲靖经济技术开发区，了解企业生产经营情况。",
        issue_date="2024-01-08",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "site") == ["曲靖市", "麒麟区", "沾益区", "云南驰宏锌锗股份有限公司", "曲靖经济技术开发区"]
    assert visit.date == "2024-01-05"


def test_an_event_done_some_day_before_its_dateline_takes_no_date_from_it(nlp):
    # People's Daily, 1998-01-13: 近日 in a wire story is no day of the dateline; the visit's days
    # are given in the next paragraph
    doc = analyse(
        nlp,
        "乔石在上海考察时提出经济上实现新发展改革上争取新突破\n新华社上海１月１２日电（记者陈毛弟）全国人大常委会委员长乔石近日在上海"
        "考察工作时强调，要继续解放思想，大胆探索，扎实工作。\n１月７日至１１日，乔石在上海市委书记黄菊陪同下在上海考察工作。",
        issue_date="1998-01-13",
    )
    (directive,) = events(doc, "directive")
    assert fillers(directive, "speaker") == ["乔石"] and directive.date is None
    assert {v.date for v in events(doc, "visit")} == {"1998-01-07"}
    doc = analyse(nlp, "新华社北京1月7日电 国家主席习近平在人民大会堂会见越南国会主席王廷惠。", issue_date="2024-01-08")
    assert [e.date for e in events(doc, "talk")] == ["2024-01-07"]


def test_sympathy_by_telegram_is_no_visit_and_reporters_speak_for_no_one(nlp):
    # People's Daily, 1998-01: 表示慰问 and 慰问电 are no visits; the byline's 符卫建 reports, and a
    # meeting of every kind (召开各种会议) is none reported
    doc = analyse(
        nlp,
        "一些外国领导人纷纷致电江泽民主席和李鹏总理，对河北张家口地区的地震灾民表示慰问。向江泽民主席发来慰问电的有：秘鲁总统藤森。",
        issue_date="1998-01-19",
    )
    assert events(doc, "visit") == []
    assert {m.text for m in doc._.mentions if m.label == "PERSON"} == {"江泽民", "李鹏", "藤森"}
    doc = analyse(
        nlp,
        "据新华社贝鲁特１月５日电（记者王波、符卫建）黎巴嫩５日拒绝了以色列的建议，称安理会通过的关于要求以从黎撤军的４２５号决议是无条件的。",
        issue_date="1998-01-06",
    )
    assert not any("符卫建" in fillers(e, "speaker") for e in doc._.events)
    doc = analyse(nlp, "《办法》规定，全军团以上单位和部门，召开各种会议须厉行节约。", issue_date="1998-01-05")
    assert events(doc, "meeting") == []


def test_a_meeting_held_on_days_given_with_yu(nlp):
    # People's Daily, 1998-01-23: the communiqué's meeting, its days in a 于 phrase
    doc = analyse(
        nlp,
        "中纪委第二次全体会议公报\n中国共产党中央纪律检查委员会第二次全体会议，于一九九八年一月二十日至二十二日在北京举行。"
        "出席这次会议的中央纪委委员一百一十二人。\n中央纪律检查委员会常务委员会主持了会议。",
        issue_date="1998-01-23",
    )
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "中国共产党中央纪律检查委员会第二次全体会议" and meeting.date == "1998-01-20"
    assert fillers(meeting, "organizer") == ["中国共产党中央纪律检查委员会"]


def test_quoted_words_and_a_feature_s_old_dates_report_no_visit(nlp):
    # People's Daily, 1998-01: a slogan in quotes (严格检查) is no inspection; a caption's visit is
    # not dated by the birthday a feature opens with
    doc = analyse(nlp, "中国代表团９日发表声明说：“中国游泳协会一贯坚持‘严令禁止、严格检查、严肃处理’的方针。”", issue_date="1998-01-10")
    assert events(doc, "visit") == []
    doc = analyse(nlp, "１９２１年９月２６日，她出生在北京。\n图片：王光美在陕西大荔县看望贫困母亲。", issue_date="1998-01-20")
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["王光美"] and visit.date is None


def test_who_speaks_at_a_meeting_and_whom_he_refers_to(nlp):
    # People's Daily, 1998-01: the person before 在…会上 speaks (not the meeting); 他 is the
    # sentence's subject, not a name in a clause of time or a phrase; 严格要求 and 上述要求 are no
    # instructions
    doc = analyse(nlp, "钱其琛在记者招待会上指出，关于台湾和南非关系问题，中方立场是一贯的。", issue_date="1997-12-31")
    assert [fillers(e, "speaker") for e in events(doc, "directive")] == [["钱其琛"]]
    doc = analyse(nlp, "国家体委主任伍绍祖出席了代表团成立新闻发布会，他勉励运动员们为祖国争取新的荣誉。", issue_date="1998-01-19")
    assert [fillers(e, "speaker") for e in events(doc, "directive")] == [["伍绍祖"]]
    doc = analyse(nlp, "周恩来到达南京。６月，蒋介石发动全面进攻后，根据毛泽东等的意见，他亲自部署部队实施战略转移。", issue_date="1998-01-08")
    assert [fillers(e, "speaker") for e in events(doc, "directive")] == [["周恩来"]]
    doc = analyse(nlp, "玉荣处处严格要求自己。布莱尔的新建议正是要设法满足北爱人民的上述要求。", issue_date="1998-01-12")
    assert events(doc, "directive") == []


def test_a_contracted_meeting_name_is_owned_by_the_body_before_its_committee(nlp):
    # ANNOTATION.md's settled case: 县委常委会议 gives 县委, …常务委员会议 gives …政治局, while
    # …常务委员会会议 gives the committee
    def organizers(text: str) -> list[str]:
        (meeting,) = events(analyse(nlp, text, issue_date="2025-03-20"), "meeting")
        return fillers(meeting, "organizer")

    assert organizers("3月19日，县委书记陈志刚主持召开县委常委会议，研究部署春耕生产工作。") == ["县委"]
    assert organizers("3月19日，习近平主持召开中共中央政治局常务委员会议。") == ["中共中央政治局"]
    assert organizers("3月19日，习近平主持召开中共中央政治局常务委员会会议。") == ["中共中央政治局常务委员会"]


def test_what_an_instruction_says_after_its_verb_dates_nothing(nlp):
    # 近期 in what is required (汲取近期事故教训) does not make the directive undated; a month
    # without its day (１９３６年１０月) is no day of the story's lead, nor is a festival's eve;
    # 抗日前线 says no 日前
    doc = analyse(
        nlp,
        "本报讯 7月8日上午，全省安全生产电视电话会议在长沙召开。副省长李殿勋出席会议并讲话。"
        "他要求，各地各部门要深刻汲取近期事故教训，全面排查整治各类安全隐患。",
        issue_date="2025-07-09",
    )
    (directive,) = events(doc, "directive")
    assert fillers(directive, "speaker") == ["李殿勋"] and directive.date == "2025-07-08"
    doc = analyse(
        nlp,
        "刘澜涛同志于１９９７年１２月３１日在北京逝世。\n１９３６年１０月，刘澜涛同志受北方局委派，到绥东抗日前线视察，创办抗日刊物。",
        issue_date="1998-01-07",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "site") == ["绥东"] and visit.date is None
    doc = analyse(nlp, "本报讯 1月18日，市委召开常委会会议。\n春节前夕，市委书记王刚走访慰问困难群众。", issue_date="2022-01-20")
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["王刚"] and visit.date is None


def test_a_visit_led_with_its_group_and_carried_on_by_he_in_turn(nlp):
    # a city daily's two inspections: 率调研组 does not cut the leader off his visit, and
    # 他先后深入A、B、C carries the visit on to a company, a county's town and a village
    doc = analyse(
        nlp,
        "9月11日至12日，省政协副主席李思进率调研组来我市，就生态保护修复工作开展专题调研。"
        "调研组一行先后来到宁武县芦芽山国家级自然保护区、静乐县，实地察看生态修复情况。",
        issue_date="2023-09-15",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["李思进"] and visit.date == "2023-09-11"
    assert fillers(visit, "site") == ["宁武县芦芽山国家级自然保护区", "静乐县"]
    doc = analyse(
        nlp,
        "本报讯 9月13日，市长李建国到五台县检查安全生产工作。他先后深入山西华润福龙水泥有限公司、五台县台城镇、台山镇东冶村，"
        "详细了解企业安全生产情况。",
        issue_date="2023-09-15",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "site") == ["五台县", "山西华润福龙水泥有限公司", "五台县台城镇", "台山镇东冶村"]


def test_a_delegations_visit_its_headline_and_companions_after_it(nlp):
    # a city daily: the headline names the delegation, the lead its leader; the hosts who
    # accompany it are named after the verb, in the same sentence; a science park is a site
    doc = analyse(
        nlp,
        "荆门市党政代表团来我市考察\n本报讯（记者 陈静）4月11日，荆门市委书记王祺扬率荆门市党政代表团来我市考察，"
        "市委书记张敏、市长李刚陪同考察。\n代表团一行先后来到长江新区、高新区光谷科技园，详细了解产业发展情况。",
        issue_date="2023-04-12",
    )
    (visit,) = events(doc, "visit")
    assert set(fillers(visit, "visitor")) == {"荆门市党政代表团", "王祺扬"} and visit.date == "2023-04-11"
    assert fillers(visit, "companion") == ["张敏", "李刚"]
    assert fillers(visit, "site") == ["长江新区", "高新区光谷科技园"]


def test_meetings_named_by_their_kind_of_session(nlp):
    # 分析会, 茶话会, 听证会: meetings; the statistical NER's span through one is no body
    doc = analyse(
        nlp,
        "昨天上午，全市一季度经济运行分析会召开。市委书记张敏出席会议并讲话，市长李刚主持会议。",
        issue_date="2023-04-12",
    )
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "全市一季度经济运行分析会" and meeting.date == "2023-04-11"
    assert fillers(meeting, "chair") == ["李刚"] and fillers(meeting, "speaker") == ["张敏"]
    doc = analyse(nlp, "全国政协今天在人民大会堂举行新年茶话会。", issue_date="1998-01-01")
    assert [(e.name, fillers(e, "organizer")) for e in events(doc, "meeting")] == [("新年茶话会", ["全国政协"])]
    # the bodies that hold it, with a time and a place between; the place it is held in holds none
    doc = analyse(nlp, "１月３日上午，市委、市政府在这里隆重召开表彰大会。", issue_date="1998-01-05")
    assert [fillers(e, "organizer") for e in events(doc, "meeting")] == [["市委", "市政府"]]
    doc = analyse(nlp, "3月16日下午，全县乡村振兴工作推进会在县委党校召开。", issue_date="2025-03-20")
    assert [fillers(e, "organizer") for e in events(doc, "meeting")] == [[]]


def test_a_meeting_name_with_a_quoted_word(nlp):
    # 庆祝…暨“七一”表彰大会; 两次“巾帼扶贫行动”工作会议 is counted, not reported
    doc = analyse(nlp, "6月27日上午，我县召开庆祝中国共产党成立103周年暨“七一”表彰大会。县委书记刘洪涛出席会议并讲话。", issue_date="2024-06-28")
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "庆祝中国共产党成立103周年暨“七一”表彰大会" and fillers(meeting, "speaker") == ["刘洪涛"]
    doc = analyse(nlp, "全国妇联去年召开了两次“巾帼扶贫行动”工作会议。", issue_date="1998-01-20")
    assert events(doc, "meeting") == []


def test_a_video_summit_is_a_talk_and_a_planned_one_none(nlp):
    # 举行视频会晤 is a talk (not a meeting 视频会); a summit planned (将于…举行会晤) or named
    # (首脑会晤) is none; a general (上将) does not make a meeting planned
    doc = analyse(nlp, "新华社北京9月2日电 国家主席习近平2日晚在北京同俄罗斯总统普京举行视频会晤。", issue_date="2025-09-03")
    assert [(e.type, fillers(e, "participant"), e.date) for e in doc._.events] == [("talk", ["习近平", "普京"], "2025-09-02")]
    doc = analyse(nlp, "克林顿将于本月２０日在华盛顿同内塔尼亚胡举行会晤。中、美、日、俄之间的双边首脑会晤受到关注。", issue_date="1998-01-10")
    assert events(doc, "talk") == []
    doc = analyse(nlp, "中央军委副主席迟浩田上将今天上午会见了美国前国防部长威廉·佩里。", issue_date="1998-01-13")
    assert [fillers(e, "participant") for e in events(doc, "talk")] == [["迟浩田", "威廉·佩里"]]


def test_a_list_that_speaks_in_turn_and_a_speech_after_zuo(nlp):
    # 座谈会上，A、B、C等企业家代表先后发言: each speaks; 郭涛作表态发言: 郭涛 (no name 郭涛作)
    doc = analyse(
        nlp,
        "3月14日，市政协召开民营企业家座谈会。市政协主席刘建华主持会议。\n"
        "座谈会上，王建平、李秀英、赵国强等企业家代表先后发言。市委书记郭涛作表态发言。",
        issue_date="2024-03-15",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "speaker") == ["王建平", "李秀英", "赵国强", "郭涛"]
    assert "郭涛作" not in {m.text for m in doc._.mentions}


def test_a_site_told_before_the_visitors_pronoun(nlp):
    # 在X公司，他详细了解…: X is a site of the visit told before; a study session held and
    # chaired is a meeting
    doc = analyse(
        nlp,
        "2月12日，市长王震深入高平市调研春季农业生产。在高平市丹河新材料有限公司，他详细了解企业生产经营情况。\n"
        "2月13日下午，市委理论学习中心组举行集体学习，市委书记张广勇主持并讲话。",
        issue_date="2025-02-14",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "site") == ["高平市", "高平市丹河新材料有限公司"]
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "organizer") == ["市委理论学习中心组"] and fillers(meeting, "chair") == ["张广勇"]
    assert meeting.date == "2025-02-13"


def test_a_decision_made_is_no_directive_a_body_deploying_is(nlp):
    # 党中央…作出的重大决策部署, 总体要求: nouns; 县委安排部署春耕工作: the body deploys
    doc = analyse(
        nlp,
        "会议指出，这是党中央着眼全局作出的重大决策部署。要落实经济工作的总体要求。县委安排部署春耕生产工作。",
        issue_date="2024-03-16",
    )
    directives = events(doc, "directive")
    assert [d.trigger for d in directives] == ["指出", "安排部署"]
    assert fillers(directives[1], "speaker") == ["县委"]


def test_a_speaker_who_instructs_while_doing_something_else(nlp):
    # X在参加…审议时强调: X speaks, though 参加 stands between (People's Daily, 1998-01: 江泽民今天下午
    # 在中南海会见…一行时指出)
    doc = analyse(
        nlp,
        "新华社北京3月5日电 国家主席习近平5日下午在参加他所在的十四届全国人大二次会议江苏代表团审议时强调，要牢牢把握高质量发展这个首要任务。",
        issue_date="2024-03-06",
    )
    (directive,) = events(doc, "directive")
    assert fillers(directive, "speaker") == ["习近平"] and directive.date == "2024-03-05"


def test_a_headline_under_its_kicker_reports_the_articles_meeting(nlp):
    # an e-paper's headline block: kicker, then title, then the signed lead; the title's meeting
    # is the lead's (one event), though it is not on the first line
    doc = analyse(
        nlp,
        "学习贯彻全国两会精神\n市委常委会召开扩大会议\n"
        "本报讯（记者 贾晓东）3月11日，市委书记刘予强主持召开市委常委会（扩大）会议，传达学习全国两会精神。"
        "市委副书记、市长孙启东出席会议。",
        issue_date="2025-03-12",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "chair") == ["刘予强"] and fillers(meeting, "attendee") == ["孙启东"]
    assert fillers(meeting, "organizer") == ["市委常委会"] and meeting.date == "2025-03-11"


def test_talks_held_one_by_one_and_a_headline_that_sums_them_up(nlp):
    # 分别会见了A和B: a talk with each; the headline that names both is no talk of its own; 上周五
    # is the Friday before the issue's week; a guest named in full, then by the last part of
    # the name, is one party (People's Daily, 1998-01: 安德烈·科科申 … 科科申感谢李鹏总理的会见)
    doc = analyse(
        nlp,
        "市长高建华会见施密特和郭孔丰\n本报讯（记者 常丽）上周五，市长高建华在市政府会见了香港新世界发展有限公司执行董事郑志明一行。"
        "12月1日，高建华还分别会见了德国西门子公司大中华区副总裁施密特和新加坡丰益国际集团总裁郭孔丰。",
        issue_date="2024-12-03",
    )
    talks = sorted((t.date, sorted(fillers(t, "participant"))) for t in events(doc, "talk"))
    assert talks == [("2024-11-29", ["郑志明", "高建华"]), ("2024-12-01", ["施密特", "高建华"]), ("2024-12-01", ["郭孔丰", "高建华"])]
    doc = analyse(
        nlp,
        "市长高建华会见施密特和郭孔丰\n本报讯（记者 常丽）12月1日，市长高建华在市政府分别会见了德国西门子公司大中华区副总裁施密特"
        "和新加坡丰益国际集团总裁郭孔丰。",
        issue_date="2024-12-03",
    )
    assert sorted(sorted(fillers(t, "participant")) for t in events(doc, "talk")) == [["施密特", "高建华"], ["郭孔丰", "高建华"]]
    doc = analyse(
        nlp,
        "李鹏会见科科申\n新华社北京１月２２日电 国务院总理李鹏今天上午在中南海紫光阁会见了俄罗斯国防会议秘书安德烈·科科申。"
        "迟浩田与科科申举行了会谈。",
        issue_date="1998-01-23",
    )
    talks = sorted(sorted(fillers(t, "participant")) for t in events(doc, "talk"))
    assert talks == [["安德烈·科科申", "李鹏"], ["科科申", "迟浩田"]]  # the headline's 科科申 is 安德烈·科科申


def test_a_meeting_set_for_next_week_is_planned(nlp):
    # People's Daily, 1998-01: 他要求参众两院在下周三召开联席会议 (no meeting held); 光明日报 says
    # no 明日 (…光明日报文艺部…联合召开了话剧发展研讨会 is held)
    doc = analyse(
        nlp,
        "为此他要求参众两院在下周三召开联席会议。人民日报文艺部、光明日报文艺部最近联合召开了话剧发展研讨会。",
        issue_date="1998-01-19",
    )
    assert [m.name for m in events(doc, "meeting")] == ["话剧发展研讨会"]


def test_a_group_goes_on_to_sites_across_a_generic_place_word(nlp):
    # 调研组一行先后深入城区东城街道…: the sites after 城区 are the visit's
    doc = analyse(
        nlp,
        "11月29日，省政协副主席吴俊玲带领省政协调研组来我市调研。市政协主席张红英陪同调研。"
        "调研组一行先后深入城区东城街道社区养老服务中心、古县永乐乡敬老院，实地查看养老服务设施建设情况。",
        issue_date="2024-12-03",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "site") == ["东城街道社区养老服务中心", "古县永乐乡敬老院"]
    assert fillers(visit, "visitor") == ["吴俊玲"] and fillers(visit, "companion") == ["张红英"]


def test_a_visit_told_as_the_time_of_an_instruction(nlp):
    # X在<site>调研时强调: a visit to the site and a directive (People's Daily, 1998-01: 宋健今天在中科院
    # 古脊椎动物与古人类研究所考察时强调); 在调研时 with no site is a visit told before, none of its own
    doc = analyse(
        nlp,
        "省委常委、省纪委书记王文涛在太原市小店区调研时强调，要坚决整治群众身边的不正之风。他在调研时指出，要抓好整改。",
        issue_date="2024-11-20",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["王文涛"] and fillers(visit, "site") == ["太原市小店区"]
    assert [fillers(d, "speaker") for d in events(doc, "directive")] == [["王文涛"], ["王文涛"]]


def test_leaders_who_visit_separately_make_visits_of_their_own(nlp):
    # 市领导A、B分别深入基层: each visit told after is its own, not the group's
    doc = analyse(
        nlp,
        "春节将至，市领导刘建军、孔令华分别深入基层，走访慰问困难群众。"
        "1月20日，刘建军来到泽州县冶底村，看望慰问困难党员张金锁。孔令华来到阳城县凤城镇，慰问了老党员申有福。",
        issue_date="2025-01-22",
    )
    visits = {tuple(fillers(v, "visitor")): fillers(v, "site") for v in events(doc, "visit")}
    assert visits[("刘建军",)] == ["泽州县冶底村"] and visits[("孔令华",)] == ["阳城县凤城镇"]


def test_attendees_and_companions_listed_after_the_verb(nlp):
    # 出席会议的还有市领导A、B; 陪同调研的有C、D; 出席茶话会的有：刘少奇夫人王光美 (the widow attends;
    # People's Daily, 1998-01); 参加会见的有… names no talk's party
    doc = analyse(
        nlp,
        "1月10日，市委书记刘建军主持召开市委常委会会议。市委副书记、市长孔令华出席会议。出席会议的还有市领导郭建伟、李红霞。"
        "出席茶话会的有：刘少奇夫人王光美、李先念夫人林佳楣。\n"
        "1月11日，市长孔令华到高平市调研。陪同调研的有副市长郭建伟、市政府秘书长李红霞。",
        issue_date="2025-01-12",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "attendee") == ["孔令华", "郭建伟", "李红霞", "王光美", "林佳楣"]
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["孔令华"] and fillers(visit, "companion") == ["郭建伟", "李红霞"]


def test_a_demand_that_opens_a_clause(nlp):
    # …肯定了成绩，要求X…: a directive of the clause's subject (People's Daily, 1998-01: 邹家华…肯定了
    # 新星公司的工作成绩，要求公司今年抓好勘探主业); ，要求是… is a noun
    doc = analyse(
        nlp,
        "刘建军充分肯定了全市的工作成绩，要求各级各部门再接再厉。这项工作标准很高，要求是明确的。",
        issue_date="2025-01-12",
    )
    (directive,) = events(doc, "directive")
    assert directive.trigger == "要求" and fillers(directive, "speaker") == ["刘建军"]


def test_a_joint_meeting_takes_the_roles_told_after_it(nlp):
    # 庆祝…暨…表彰大会在县委党校召开。…出席会议并讲话，…主持会议: the 暨 meeting's roles, one event
    doc = analyse(
        nlp,
        "庆祝中国共产党成立102周年暨“两优一先”表彰大会召开\n"
        "本报讯（记者 王颖）7月1日上午，全县庆祝中国共产党成立102周年暨“两优一先”表彰大会在县委党校召开。"
        "县委书记杨建明出席会议并讲话，县委副书记、县长陈志刚主持会议。",
        issue_date="2023-07-05",
    )
    (meeting,) = events(doc, "meeting")
    assert "暨" in meeting.name and fillers(meeting, "chair") == ["陈志刚"]
    assert fillers(meeting, "attendee") == ["杨建明"] and fillers(meeting, "speaker") == ["杨建明"]


def test_attending_another_occasion_is_not_attending_the_meeting(nlp):
    # 会后，…出席重点项目集中签约仪式: no attendee of the meeting told before; 出席了研讨会开幕式 is
    # the meeting's own opening (People's Daily, 1998-01)
    doc = analyse(
        nlp,
        "4月9日，全市招商引资推进会举行。市委书记刘建军出席会议并讲话。会后，刘建军、孔令华出席重点项目集中签约仪式。",
        issue_date="2025-04-10",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "attendee") == ["刘建军"]
    doc = analyse(nlp, "中日经济合作研讨会今天在京召开。全国政协副主席钱正英等出席了研讨会开幕式。", issue_date="1998-01-09")
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "attendee") == ["钱正英"]


def test_guests_welcomed_to_visit_are_the_visitors_and_talk_bystanders_no_companions(nlp):
    # a city daily's reception of a company: the host welcomes the guests who came to visit the
    # city (来晋中考察); those who 参加会见 are a talk's bystanders, no visit's companions
    doc = analyse(
        nlp,
        "本报讯 5月15日下午，市委书记吴俊清在市委会见了中国建材集团有限公司副总经理陈国强一行。"
        "吴俊清对陈国强一行来晋中考察表示欢迎。陈国强介绍了企业发展情况。"
        "市委常委、秘书长孙宏伟，副市长刘卫东参加会见。",
        issue_date="2023-05-16",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["陈国强"] and fillers(visit, "site") == ["晋中"]
    assert not fillers(visit, "companion")
    (talk,) = events(doc, "talk")
    assert fillers(talk, "participant") == ["吴俊清", "陈国强"]


def test_a_village_whose_name_opens_with_up_or_down(nlp):
    # 下古县村, 上辛口乡 (People's Daily, 1998-01-10): one place under the township; 下辖 and 下乡 no names
    doc = analyse(nlp, "在古县镇下古县村，贾丽红走进蔬菜大棚。天津西青区上辛口乡的蔬菜大棚。古县镇下辖12个村，开展文化下乡。", home_place=None)
    places = [m.text for m in doc._.mentions if m.label == "PLACE"]
    assert "古县镇下古县村" in places and "西青区上辛口乡" in places
    assert not [p for p in places if "下辖" in p or "下乡" in p]


def test_a_list_that_speaks_as_representatives(nlp):
    # a city daily's award rally: both honorees speak (作为受表彰代表发言), not the last alone
    doc = analyse(
        nlp,
        "6月19日，全市“两优一先”表彰大会在市会议中心举行。市委书记盛阅春出席会议并讲话。"
        "柯桥区齐贤街道羊山村党委书记陈建国、诸暨市公安局枫桥派出所所长赵丽作为受表彰代表发言。",
        issue_date="2023-06-20",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "speaker") == ["盛阅春", "陈建国", "赵丽"]


def test_who_instructs_while_meeting_and_a_body_that_deploys(nlp):
    # People's Daily, 1998-01: a headline's speaker before 会见…时; a city government's meeting that
    # deploys (对…进行部署: the body instructs, the clause says what); 对…进行再部署 with no one
    # named and no meeting's name gives no directive of its own
    doc = analyse(nlp, "尉健行会见检察机关先进时要求坚决纠正有法不依违法不究现象", issue_date="1998-01-14")
    assert [fillers(e, "speaker") for e in events(doc, "directive")] == [["尉健行"]]
    doc = analyse(
        nlp, "几天前，市政府专门召开会议，对元旦和春节期间的职工解困、再就业等工作进行部署。", issue_date="1998-01-01", home_place=None
    )
    (directive,) = events(doc, "directive")
    assert fillers(directive, "speaker") == ["市政府"] and "职工解困" in directive.content


def test_the_presidium_seated_and_its_chair(nlp):
    # a city people's congress: the executive chairmen seated in the front row attend, the one of
    # them who chairs is the chair (no attendee too)
    doc = analyse(
        nlp,
        "1月17日上午，运城市第五届人民代表大会第四次会议在市会议中心开幕。大会执行主席储祥好、王宏、杨进才在主席台前排就座。"
        "大会执行主席王宏主持会议。",
        issue_date="2024-01-18",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "chair") == ["王宏"] and fillers(meeting, "attendee") == ["储祥好", "杨进才"]


def test_an_instruction_that_speaks_and_a_pledge_at_a_video_conference(nlp):
    # a city daily: …作出批示。批示指出: its giver's words; 在分会场参加会议并作表态发言: attendee and speaker
    doc = analyse(
        nlp,
        "本报讯 近日，市委书记李云峰对做好春耕生产工作作出批示。批示指出，各级各部门要抓住当前有利时机，全力以赴抓好春耕备耕各项工作。",
        issue_date="2023-03-15",
    )
    assert [(e.trigger, fillers(e, "speaker")) for e in events(doc, "directive")] == [("批示", ["李云峰"]), ("指出", ["李云峰"])]
    doc = analyse(
        nlp,
        "3月14日，全省重大项目建设推进视频会议召开。市长孔令峰在临汾分会场参加会议并作表态发言。副市长王兵在分会场参加会议。",
        issue_date="2023-03-15",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "speaker") == ["孔令峰"] and fillers(meeting, "attendee") == ["孔令峰", "王兵"]


def test_a_meeting_dated_between_its_name_and_its_verb_and_speakers_with_party_posts(nlp):
    # People's Daily, 1998-01-10 (全国统计工作会议一月七日至九日在北京召开) and a city plenum; the
    # democratic parties' chairs (主委) speak in turn
    doc = analyse(nlp, "中国共产党晋中市第五届委员会第五次全体会议12月28日在晋中召开。", issue_date="2023-12-29")
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "中国共产党晋中市第五届委员会第五次全体会议" and meeting.date == "2023-12-28"
    doc = analyse(
        nlp,
        "12月5日，市委召开党外人士座谈会，市委书记吴俊清主持并讲话。民盟市委主委张丽、民建市委主委王刚先后发言。",
        issue_date="2023-12-06",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "speaker") == ["吴俊清", "张丽", "王刚"]


def test_a_list_joined_by_the_enumeration_comma_speaks_whole(nlp):
    # two speakers with their posts between them, and PD1998's list whose 先后 follows a comma
    doc = analyse(
        nlp,
        "6月19日上午，全市优化营商环境推进大会召开。市长李军主持会议。"
        "会上，嘉兴市工商联主席孙国良、浙江闻泰科技股份有限公司董事长张学政发言。",
        issue_date="2024-06-20",
        home_place="嘉兴",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "speaker") == ["孙国良", "张学政"]
    doc = analyse(
        nlp,
        "中共中央今天下午在中南海举行党外人士迎春座谈会。王光英、万国权、何鲁丽等代表各民主党派中央、全国工商联和无党派人士，先后在座谈会上发言。",
        issue_date="1998-01-25",
        home_place=None,
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "speaker") == ["王光英", "万国权", "何鲁丽"]


def test_the_one_visited_gives_no_instruction_and_an_instruction_spelled_out_is_one(nlp):
    # 郭青走进老党员刘大山家中，…叮嘱: the visitor instructs; 作出批示，要求…: one directive, what it asks
    doc = analyse(
        nlp,
        "1月19日，在商州区大荆镇西街村，郭青走进老党员刘大山家中，详细询问老人身体状况，叮嘱村干部要多关心老党员的生活。",
        issue_date="2024-01-20",
        home_place="商洛",
    )
    assert [fillers(e, "speaker") for e in events(doc, "directive")] == [["郭青"]]
    doc = analyse(nlp, "近日，市委书记郭青就做好春运工作作出批示，要求各级各部门要加强统筹协调，确保旅客安全便捷出行。", issue_date="2024-01-20")
    (directive,) = events(doc, "directive")
    assert fillers(directive, "speaker") == ["郭青"] and directive.content.startswith("各级各部门要加强统筹协调")
    doc = analyse(nlp, "中共中央政治局常委、国务院总理李强作出批示指出，要压实责任。", issue_date="2024-01-20", home_place=None)
    (directive,) = events(doc, "directive")
    assert (fillers(directive, "speaker"), directive.content) == (["李强"], "要压实责任")


def test_a_demand_to_strictly_do_something_instructs(nlp):
    # a news brief: 要求严格落实… instructs (严格 before its verb), 要求严 only describes
    doc = analyse(nlp, "△3月13日，副市长孟斌带队到高平市检查森林防火工作，要求严格落实24小时值班值守制度。（记者 赵鑫）", issue_date="2023-03-15")
    (directive,) = events(doc, "directive")
    assert fillers(directive, "speaker") == ["孟斌"] and directive.content.startswith("严格落实")
    doc = analyse(nlp, "这项工作标准高，要求严，任务重。", issue_date="2023-03-15")
    assert events(doc, "directive") == []


def test_those_who_join_the_inspection_are_its_companions_though_a_meeting_was_held(nlp):
    doc = analyse(
        nlp,
        "本报讯 5月20日至21日，省委书记楼阳生在信阳市调研。楼阳生先后来到罗山县、光山县、新县。"
        "21日下午，楼阳生主持召开座谈会，听取信阳市工作汇报。省领导孔昌生、张雷明参加调研。",
        issue_date="2024-05-22",
        home_place="河南",
    )
    (visit,) = events(doc, "visit")
    (meeting,) = events(doc, "meeting")
    assert fillers(visit, "companion") == ["孔昌生", "张雷明"] and "attendee" not in meeting.args


def test_a_visit_told_in_a_relative_clause_is_the_described_guests(nlp):
    # 与来我市考察的…代表团举行座谈: the delegation visits, not the host; PD1998's 加入到慰问的行列
    # and 接受赛前检查的…尿样 tell no visit
    doc = analyse(nlp, "3月8日，市委书记王刚与来我市考察的天津市河西区党政代表团举行座谈。", issue_date="2023-03-09")
    assert [(fillers(e, "visitor"), e.args.get("site")) for e in events(doc, "visit")] == [(["天津市河西区党政代表团"], None)]
    doc = analyse(nlp, "运动员王炜在到达珀斯后接受赛前检查的Ａ瓶尿样检测中呈阳性。", issue_date="1998-01-16", home_place=None)
    assert events(doc, "visit") == []


def test_one_who_gives_an_important_speech_speaks(nlp):
    # 作重要讲话 (PD1998: 尉健行作了重要讲话) speaks; 重要讲话精神 is no speech at the meeting
    doc = analyse(nlp, "5月3日，全市安全生产工作会议召开。副市长赵强通报了一季度安全生产情况，市委书记王刚作重要讲话。", issue_date="2023-05-04")
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "speaker") == ["王刚"]
    doc = analyse(nlp, "5月3日，市委常委会召开会议，传达学习习近平总书记的重要讲话精神。", issue_date="2023-05-04")
    (meeting,) = events(doc, "meeting")
    assert "speaker" not in meeting.args


def test_one_who_visits_along_is_a_companion(nlp):
    # 副省长李明一同调研: a companion of the visit told before (not 李明一, nor a visit of his own);
    # PD1998's 陆定一同志 keeps its name
    doc = analyse(nlp, "6月5日，省长王刚到大同市调研。副省长李明一同调研。陆定一同志还亲自为《解放日报》题词。", issue_date="2023-06-06")
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["王刚"] and fillers(visit, "companion") == ["李明"]
    assert "陆定一" in {m.text for m in doc._.mentions if m.label == "PERSON"}


def test_bodies_that_issue_a_notice_instruct(nlp):
    # the bodies a notice comes from instruct with its 要求 (PD1998: 国家防汛抗旱总指挥部和水利部近日
    # 发出通知，要求…), a title in 《》 or not
    doc = analyse(nlp, "市委办公室、市政府办公室印发通知，要求各地切实做好节日期间安全生产工作。", issue_date="2024-01-20")
    (directive,) = events(doc, "directive")
    assert fillers(directive, "speaker") == ["市委办公室", "市政府办公室"]
    doc = analyse(nlp, "近日，省应急管理厅下发《关于做好汛期安全生产工作的通知》，要求各地强化隐患排查。", issue_date="2024-06-20")
    (directive,) = events(doc, "directive")
    assert fillers(directive, "speaker") == ["省应急管理厅"] and directive.content == "各地强化隐患排查"


def test_a_meeting_held_by_video_and_its_attendees_at_the_local_venue(nlp):
    doc = analyse(
        nlp,
        "2月20日，全省高质量发展大会以视频形式召开。省委书记王刚在主会场出席并讲话。市委书记李明、市长张伟在我市分会场参加会议。"
        "在我市分会场参加会议的还有市领导赵强、钱军。",
        issue_date="2024-02-21",
    )
    (meeting,) = events(doc, "meeting")
    assert (meeting.name, meeting.date) == ("全省高质量发展大会", "2024-02-20")
    assert fillers(meeting, "attendee") == ["王刚", "李明", "张伟", "赵强", "钱军"] and fillers(meeting, "speaker") == ["王刚"]
    for how in ("采取视频会议方式", "采取“线上+线下”相结合的方式"):
        doc = analyse(nlp, f"2月20日，全省高质量发展大会{how}召开。", issue_date="2024-02-21")
        assert [e.name for e in events(doc, "meeting")] == ["全省高质量发展大会"]


def test_a_list_in_turn_through_a_groups_representative(nlp):
    # …市工商联主席张强和无党派人士代表赵刚先后发言: the representative closes the list, all speak
    doc = analyse(
        nlp,
        "1月25日，市委召开党外人士迎春座谈会。市委书记王刚主持并讲话。民盟市委主委王华、民进市委会主委李明、市工商联主席张强和无党派人士代表赵刚先后发言。",
        issue_date="2024-01-26",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "speaker") == ["王刚", "王华", "李明", "张强", "赵刚"]


def test_an_instruction_with_two_verbs_says_what_follows_both(nlp):
    doc = analyse(nlp, "3月5日，市委书记王刚强调指出，要切实做好安全生产工作。", issue_date="2024-03-06")
    (directive,) = events(doc, "directive")
    assert (directive.trigger, directive.content) == ("强调", "要切实做好安全生产工作")


def test_leaders_who_meet_by_video_and_a_foreign_name_before_the_verb(nlp):
    # 同美国总统拜登举行视频会晤 and 应约同…拜登视频通话: talks of both; 拜登 stands right before the
    # verb (no NER name, no delimiter), 习近平 before 应约
    for text in ("11月15日，国家主席习近平同美国总统拜登举行视频会晤。", "3月18日，国家主席习近平应约同美国总统拜登视频通话。"):
        doc = analyse(nlp, text, issue_date="2024-03-19", home_place=None)
        (talk,) = events(doc, "talk")
        assert fillers(talk, "participant") == ["习近平", "拜登"]


def test_a_report_delivered_to_a_congress_is_a_speech(nlp):
    # 向大会作了题为《…》的报告 (People's Daily 1998-01: 作了题为“…”的报告, 做了工作报告); the
    # 作 of 工作 is none (在工作报告中说); a congress opens at the district's hall (在区会议中心)
    doc = analyse(
        nlp,
        "9月25日上午，中国共产党长治市潞州区第一次代表大会在区会议中心隆重开幕。大会由刘海燕主持。"
        "张志刚代表中共长治市潞州区委员会向大会作了题为《奋力谱写高质量发展新篇章》的报告。",
        issue_date="2021-09-26",
    )
    (meeting,) = events(doc, "meeting")
    assert (fillers(meeting, "chair"), fillers(meeting, "speaker")) == (["刘海燕"], ["张志刚"])
    assert "区会议中心" in {m.text for m in doc._.mentions if m.label == "PLACE"}
    doc = analyse(nlp, "全国工作会议今天在京召开。王明在工作报告中说，今年要抓好三件事。李华做了工作报告。", issue_date="1998-01-06")
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "speaker") == ["李华"]


def test_a_zone_named_by_a_place_the_ner_read_as_a_name(nlp):
    # 曹妃甸综合保税区: the NER reads 曹妃甸 as a name (曹 is a surname); a zone's head after it
    # makes the whole a place, and a visit's site
    doc = analyse(nlp, "5月8日，省长王正谱到唐山市调研。他先后来到首钢京唐钢铁联合有限责任公司、曹妃甸综合保税区，了解企业生产经营情况。", issue_date="2024-05-10")
    assert {m.text for m in doc._.mentions if m.label == "PERSON"} == {"王正谱"}
    (visit,) = events(doc, "visit")
    assert "曹妃甸综合保税区" in fillers(visit, "site")


def test_a_list_of_titled_names_closed_by_deng_speaks_whole(nlp):
    # titled names set off by commas and closed by 等…领导: each of them speaks, not only the last
    doc = analyse(
        nlp,
        "9月10日，市委理论学习中心组举行集体学习。市委书记李建国主持并讲话。市委副书记、市长王卫东，"
        "市人大常委会主任张红兵，市政协主席刘秀珍，市委副书记高建军等市级领导作了交流发言。",
        issue_date="2024-09-12",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "speaker") == ["李建国", "王卫东", "张红兵", "刘秀珍", "高建军"]


def test_a_meeting_dated_after_the_issue_is_a_plan(nlp):
    # 会议决定，…第三次会议于2月5日召开: in the issue of 28 January, a plan, no event; the day
    # a story takes from elsewhere is no later than its issue either (光明日报 holds no 明日)
    doc = analyse(
        nlp,
        "26日，市人大常委会召开第二十一次主任会议。市人大常委会主任魏明主持会议。会议决定，市十四届人大常委会第三次会议于2月5日召开。",
        issue_date="2013-01-28",
    )
    assert [(e.name, e.date) for e in events(doc, "meeting")] == [("第二十一次主任会议", "2013-01-26")]
    doc = analyse(nlp, "人民日报文艺部、光明日报文艺部联合召开话剧发展研讨会。", issue_date="1998-01-17")
    assert [e.date for e in events(doc, "meeting")] == [None]


def test_a_directive_verb_inside_what_is_said_is_none(nlp):
    # 会议强调，要把…与落实省委、市委部署结合起来: 部署 is the committees' plans, inside the
    # meeting's words, no directive of its own; 会议要求 after it is one
    doc = analyse(
        nlp,
        "3月14日，市委书记陈伟俊主持召开市委常委会会议。会议强调，要把学习贯彻全国两会精神与落实省委、市委部署结合起来，会议要求，各地要抓好落实。",
        issue_date="2024-03-15",
    )
    assert [e.trigger for e in events(doc, "directive")] == ["强调", "要求"]


def test_enlarged_sessions_council_meetings_and_democratic_life_meetings_are_named_whole(nlp):
    # 常委会 is a meeting's noun, but 常委会扩大会议 and 常委会主任会议 are longer names; a
    # 民主生活会 is a meeting
    for name in ("市委常委会扩大会议", "市人大常委会主任会议", "市委常委班子专题民主生活会"):
        doc = analyse(nlp, f"3月5日，市委书记李建华主持召开{name}。", issue_date="2024-03-06")
        assert [(e.name, fillers(e, "chair")) for e in events(doc, "meeting")] == [(name, ["李建华"])]


def test_a_call_on_companies_and_a_stay_at_a_township_are_visits(nlp):
    # 赴北京拜访A、B: the city and the companies called on are sites (no body 北京拜访…集团 through
    # the verb, no name 王刚赴); 在X蹲点调研: X is the site, 蹲点 how the visit is made
    doc = analyse(nlp, "3月5日，市长王刚赴北京拜访中国中车集团、中国建材集团。", issue_date="2024-03-06")
    (visit,) = events(doc, "visit")
    assert (fillers(visit, "visitor"), fillers(visit, "site")) == (["王刚"], ["北京", "中国中车集团", "中国建材集团"])
    doc = analyse(nlp, "3月5日，市委书记李建华在云冈区西韩岭乡蹲点调研。", issue_date="2024-03-06")
    (visit,) = events(doc, "visit")
    assert fillers(visit, "site") == ["云冈区西韩岭乡"]


def test_coming_to_a_meeting_and_following_it_at_a_branch_venue_is_attending(nlp):
    # 到会指导并讲话 (PD1998: 邹家华到会祝贺), 在分会场收听收看会议: present, so attendees
    doc = analyse(nlp, "3月5日，全市经济工作会议召开。市委书记李建华到会指导并讲话。", issue_date="2024-03-06")
    (meeting,) = events(doc, "meeting")
    assert (fillers(meeting, "attendee"), fillers(meeting, "speaker")) == (["李建华"], ["李建华"])
    doc = analyse(nlp, "3月5日，全省经济工作电视电话会议召开。市委书记李建华在大同分会场收听收看会议。", issue_date="2024-03-06")
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "attendee") == ["李建华"]


def test_a_consultation_meeting_is_a_meeting(nlp):
    # 协商议事会 (a CPPCC's consultation) and 协商会 are meetings, and no bodies
    doc = analyse(
        nlp,
        "11月29日，市政协召开“有事好商量”协商议事会，围绕“加快老旧小区改造”议题协商议事。市政协主席赵建平出席并讲话，市政协副主席王俊兰主持。",
        issue_date="2022-12-02",
    )
    (meeting,) = events(doc, "meeting")
    assert (meeting.name, fillers(meeting, "organizer"), fillers(meeting, "chair")) == ("“有事好商量”协商议事会", ["市政协"], ["王俊兰"])
    assert {m.text for m in doc._.mentions if m.label == "ORG"} == {"市政协"}


def test_the_bodies_a_meeting_is_held_by(nlp):
    # 研讨会由…主办, 茶话会由A、B、C共同举办 (PD1998): the hosts are the meeting's organizers
    doc = analyse(
        nlp,
        "8月3日，长篇小说《河水带走两岸》研讨会在太原举行。研讨会由山西省作家协会主办，省作协主席杜学文主持。",
        issue_date="2024-08-05",
    )
    (meeting,) = events(doc, "meeting")
    assert (fillers(meeting, "organizer"), fillers(meeting, "chair")) == (["山西省作家协会"], ["杜学文"])
    doc = analyse(nlp, "8月3日，全市文旅推介会在北京举行。推介会由市委宣传部、市文旅局联合主办。", issue_date="2024-08-05")
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "organizer") == ["市委宣传部", "市文旅局"]


def test_one_who_leads_a_study_session_speaks(nlp):
    # 领学 at a 理论学习中心组 session: the one who leads the reading speaks (and no name 张华领学)
    doc = analyse(
        nlp,
        "2月10日，县委理论学习中心组举行2024年第一次集体学习，县委书记王军主持并讲话。县委常委、宣传部部长张华领学。",
        issue_date="2024-02-11",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "speaker") == ["王军", "张华"]
    assert ("张华", "宣传部部长") in {(o.name.text, t.text) for o in doc._.officials for t in o.titles}


def test_an_occasion_that_dates_a_speech_is_not_attended(nlp):
    # 学习贯彻习近平总书记在参加江苏代表团审议时的重要讲话精神: the speech's occasion, not this meeting
    doc = analyse(
        nlp,
        "3月5日上午，十四届全国人大二次会议湖南代表团在驻地举行全体会议，审议政府工作报告。全国人大代表、省委书记沈晓明参加审议。"
        "沈晓明强调，要深入学习贯彻习近平总书记在参加江苏代表团审议时的重要讲话精神。",
        issue_date="2024-03-06",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "attendee") == ["沈晓明"]


def test_a_deployment_made_with_zuo(nlp):
    # 作具体部署, 作了工作部署 deploy as 作出部署 does; 十五大作出的战略部署 and 工作部署 are nouns
    doc = analyse(
        nlp,
        "3月5日，全市经济工作会议召开。市委副书记、市长李刚对全年工作作具体部署。国务委员、中央文明委副主任李铁映作了工作部署。"
        "要保证党的十五大作出的战略部署顺利实现。",
        issue_date="2024-03-06",
    )
    assert [(d.trigger, fillers(d, "speaker")) for d in events(doc, "directive")] == [
        ("作具体部署", ["李刚"]), ("作了工作部署", ["李铁映"])
    ]  # fmt: skip


def test_one_who_attends_an_opening_session_and_speaks_is_a_speaker(nlp):
    # 出席开幕会并讲话: attendee and speaker, as 出席会议并讲话 is (ANNOTATION.md)
    doc = analyse(
        nlp,
        "3月4日下午，政协大同市第十四届委员会第三次会议开幕。市政协主席赵军作常委会工作报告。市委书记张敏出席开幕会并讲话。",
        issue_date="2024-03-05",
    )
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "attendee") == ["张敏"] and fillers(meeting, "speaker") == ["赵军", "张敏"]


def test_a_video_link_is_a_talk(nlp):
    # 视频连线 (and 视频会见): a talk between its two principals, the word kept whole by the user dictionary
    for text in ("3月5日，市长李刚视频连线美国波特兰市市长惠勒。", "3月5日，市长李刚与美国波特兰市市长惠勒视频连线。"):
        (talk,) = events(analyse(nlp, text, issue_date="2024-03-06"), "talk")
        assert fillers(talk, "participant") == ["李刚", "惠勒"] and talk.date == "2024-03-05"


def test_a_meeting_told_as_the_occasion_of_what_is_said(nlp):
    # 在今天召开的…会议上，…: a meeting held that day (People's Daily, 1998-01-15); a meeting cited
    # with no day (在中央经济工作会议上的讲话) or held last year is none
    doc = analyse(
        nlp,
        "新华社北京１月１４日电 在今天召开的中国社会科学院工作会议上，院长李铁映强调，要繁荣哲学社会科学。"
        "要深入学习习近平总书记在中央经济工作会议上的重要讲话。在去年召开的市委全会上，张敏提出了目标。",
        issue_date="1998-01-15",
    )
    (meeting,) = events(doc, "meeting")
    assert (meeting.name, meeting.date, fillers(meeting, "organizer")) == ("中国社会科学院工作会议", "1998-01-14", ["中国社会科学院"])


def test_a_trip_is_no_visit_but_a_move_to_inspect_is(nlp):
    # a move alone (赴, 来到, 到) visits where what is done there is an inspection's; a trip to a city,
    # a move to a new job or a party is none (People's Daily, 1998-01-03, -06, -07)
    doc = analyse(
        nlp,
        "4月1日，市委书记朱晓东先后来到台怀镇、五台县文旅康养集聚区，详细了解项目建设情况。"
        "副市长王强赴北京对接项目。小扎耶德受华黎明大使之邀，特意到中国使馆参加辞旧迎新联欢会。"
        "就这样，何长工来到地质部，开始了他长达２０多年的地质工作生涯。",
        issue_date="2024-04-02",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["朱晓东"] and fillers(visit, "site") == ["台怀镇", "五台县文旅康养集聚区"]


def test_a_headlines_short_names_give_way_to_the_full_names(nlp):
    # People's Daily, 1998-01-13: the headline's 桥本, 布莱尔 and the article's 桥本龙太郎, 托尼·布莱尔 are
    # the talk's two parties, each once
    doc = analyse(
        nlp,
        "桥本和布莱尔会谈\n新华社东京１月１２日电日本首相桥本龙太郎今天与来访的英国首相托尼·布莱尔举行会谈。",
        issue_date="1998-01-13",
    )
    (talk,) = events(doc, "talk")
    assert fillers(talk, "participant") == ["桥本龙太郎", "托尼·布莱尔"]


def test_meetings_held_over_and_over_or_counted_are_none_and_one_held_under_a_chair_is(nlp):
    # People's Daily, 1998-01: 多次召开村镇干部会议, 每年召开一次…会议, 已召开了５届年会 tell no meeting;
    # 在苏哈托总统主持下举行首次会议 is one, chaired by him (no meeting 下举行首次会议)
    doc = analyse(
        nlp,
        "彭楚政又多次召开村镇干部会议，讲规模经营。李鹏同志从１９９３年以来，每年召开一次国务院的反腐败工作会议。"
        "欧洲华侨华人社团联合会已召开了５届年会。\n"
        "新华社雅加达１月２１日电 新成立的印度尼西亚稳定经济和财政委员会今天在苏哈托总统主持下举行首次会议。",
        issue_date="1998-01-23",
    )
    (meeting,) = events(doc, "meeting")
    assert (meeting.name, fillers(meeting, "chair"), meeting.date) == ("首次会议", ["苏哈托"], "1998-01-21")


def test_a_deployment_followed_and_an_instruction_denied_are_no_directives(nlp):
    # People's Daily, 1998-01-22, -24: 按照当地政府的统一部署 (a noun), 不会给人们提出什么苛刻的要求
    doc = analyse(
        nlp,
        "彭楚政按照当地政府的统一部署，在湘西山区带领群众脱贫。罗理诚说，她也不会给人们提出什么苛刻的要求。",
        issue_date="1998-01-22",
    )
    assert events(doc, "directive") == []


def test_who_speaks_of_a_talk_is_no_party_to_it(nlp):
    # People's Daily, 1998-01-22, -25: a spokesman who comments on talks, a minister who mentions one
    doc = analyse(
        nlp,
        "新华社北京１月２４日电外交部发言人朱邦造今天就最近美国总统克林顿在华盛顿与以色列总理内塔尼亚胡会谈进行评价时说，中国赞赏一切努力。"
        "塔拉索夫是在新闻发布会上谈到美国总统克林顿当天会见以色列总理内塔尼亚胡时作上述表示的。",
        issue_date="1998-01-25",
    )
    assert all(fillers(t, "participant") == ["克林顿", "内塔尼亚胡"] for t in events(doc, "talk")) and events(doc, "talk")


def test_the_deputies_on_a_visit_carry_it_on_to_more_sites(nlp):
    # a county paper: the chairman leads deputies on an inspection; 代表们先后来到… names its sites
    doc = analyse(
        nlp,
        "10月14日，县人大常委会主任白文清带领部分县人大代表，视察全县重点项目建设情况。"
        "代表们先后来到山西阳曲经济技术开发区、太原北部新城项目，听取项目推进情况汇报。",
        home_place="阳曲县",
    )
    (visit,) = events(doc, "visit")
    assert fillers(visit, "visitor") == ["白文清"]
    assert set(fillers(visit, "site")) == {"山西阳曲经济技术开发区", "太原"}


def test_a_headlines_delegation_named_with_its_province_is_the_leads_visit(nlp):
    # the headline names the delegation with its province (河北省邯郸市党政代表团), the lead without
    # it: one visit, not the headline's and the article's
    doc = analyse(
        nlp,
        "河北省邯郸市党政代表团来我市考察\n本报讯 4月16日至17日，河北省委常委、邯郸市委书记樊成华率领邯郸市党政代表团"
        "来我市考察。市委书记孙大军陪同考察。\n代表团一行先后来到孝义市梧桐经济技术开发区、交城县天宁镇，实地考察产业转型工作。",
        issue_date="2024-04-18",
        home_place="吕梁",
    )
    (visit,) = events(doc, "visit")
    assert "樊成华" in fillers(visit, "visitor") and fillers(visit, "companion") == ["孙大军"]
    assert set(fillers(visit, "site")) == {"孝义市梧桐经济技术开发区", "交城县天宁镇"} and visit.date == "2024-04-16"


def test_hosts_listed_before_separately_meet_the_guests_in_turn(nlp):
    # A、B分别会见了C和D: A meets C and B meets D (as many hosts as guests); one host meets each guest
    doc = analyse(nlp, "市委书记张敏、市长李刚分别会见了中国五矿集团有限公司董事长翁祖亮和中国华能集团有限公司总经理邓建玲。")
    assert sorted(fillers(e, "participant") for e in events(doc, "talk")) == [["张敏", "翁祖亮"], ["李刚", "邓建玲"]]
    doc = analyse(nlp, "市委书记张敏分别会见了中国五矿集团有限公司董事长翁祖亮和中国华能集团有限公司总经理邓建玲。")
    assert sorted(fillers(e, "participant") for e in events(doc, "talk")) == [["张敏", "翁祖亮"], ["张敏", "邓建玲"]]


def test_a_sessions_closing_sitting_is_its_closing_and_an_attendee_by_video(nlp):
    # a city's CPPCC session closes; its chairman chairs 闭幕大会: one meeting, not two
    doc = analyse(nlp, "3月5日，市政协十三届三次会议闭幕。市政协主席刘明主持闭幕大会并讲话。", issue_date="2022-03-06")
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "市政协十三届三次会议" and fillers(meeting, "chair") == ["刘明"] and meeting.date == "2022-03-05"
    # 张敏以视频方式出席 (the segmenter's 张敏以): the name is 张敏
    doc = analyse(nlp, "3月5日，全省经济工作会议召开，市委书记张敏以视频方式出席会议。")
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "attendee") == ["张敏"]


def test_a_meeting_of_a_month_past_is_undated_and_dates_no_instruction(nlp):
    # People's Daily, 1998-01-21: last March's conference is recalled, undated; what the deputy
    # director points out is today's news, of the lead's day
    doc = analyse(
        nlp,
        "本报北京１月２０日讯记者吴兢从今天在北京举行的国家禁毒委员会全会上获悉：禁毒专项斗争取得好成效。\n"
        "去年３月，国家禁毒委员会召开全国禁毒工作会议，部署在全国开展禁毒专项斗争。\n"
        "国家禁毒委员会副主任兼秘书长、公安部副部长白景富指出，通过去年的专项斗争，初步摸清了毒情。",
        issue_date="1998-01-21",
    )
    (meeting,) = [e for e in events(doc, "meeting") if e.name == "全国禁毒工作会议"]
    assert meeting.date is None
    (pointed,) = [e for e in events(doc, "directive") if e.trigger == "指出"]
    assert fillers(pointed, "speaker") == ["白景富"] and pointed.date == "1998-01-20"
    # a meeting someone says is needed is not held (巴解…表示需召开世界巴人大会)
    assert not events(analyse(nlp, "巴解政治部主任卡杜米表示需召开世界巴人大会。", issue_date="1998-01-22"), "meeting")


def test_who_asks_in_a_clause_of_its_own_and_after_a_remark(nlp):
    # People's Daily, 1998-01-24: the clause's own subject (美国) asks, not the man named before it;
    # 一些要求 is a noun; a leader who 表示肯定 and then 要求 asks
    doc = analyse(nlp, "据以方透露，内塔尼亚胡采纳了沙龙提出的方案，美国则要求以色列的撤军范围不能少于１２％。", issue_date="1998-01-24")
    assert not events(doc, "directive")
    doc = analyse(nlp, "李瑞环说，我国各大宗教教义中的许多内容，比如在伦理道德方面的一些要求，与现时代社会发展的趋势相适应。", issue_date="1998-01-24")
    assert not events(doc, "directive")
    doc = analyse(nlp, "3月5日，张敏在调研时，对工作表示肯定，要求各级各部门压实责任。", issue_date="2024-03-06")
    (asked,) = events(doc, "directive")
    assert fillers(asked, "speaker") == ["张敏"] and asked.date == "2024-03-05"


def test_talks_fixed_for_a_day_to_come_and_talks_with_each_party(nlp):
    # People's Daily, 1998-01-05 and 01-24: talks fixed for a day to come, across the clause that
    # shares the subject, are not held; 分别与A和B会谈 is one talk with each; 会见记者 is no talk
    doc = analyse(
        nlp,
        "以色列总理府三日晚宣布，以总理内塔尼亚胡定于一月二十日赴华盛顿，同美国总统克林顿就中东和平进程问题举行会谈。"
        "巴勒斯坦民族权力机构宣布：阿拉法特主席也将于一月二十二日在华盛顿同克林顿就中东和平进程问题举行会谈。",
        issue_date="1998-01-05",
    )
    assert not events(doc, "talk")
    # a day to come in a clause before is not the talk's, which its own clause dates
    doc = analyse(nlp, "李鹏将于明天离京，今天他会见了美国国防部长科恩。", issue_date="1998-01-19")
    (talk,) = events(doc, "talk")
    assert "科恩" in fillers(talk, "participant") and talk.date == "1998-01-19"
    doc = analyse(nlp, "１月２２日，美国总统克林顿在华盛顿分别与以色列总理内塔尼亚胡和巴勒斯坦民族权力机构主席阿拉法特举行会谈。", issue_date="1998-01-24")
    assert sorted(fillers(e, "participant") for e in events(doc, "talk")) == [["克林顿", "内塔尼亚胡"], ["克林顿", "阿拉法特"]]
    assert not events(analyse(nlp, "土井当选后会见记者时说，社民党将继续保持在野。", issue_date="1998-01-12"), "talk")


def test_a_group_named_by_where_it_goes_a_medical_check_and_a_study_are_no_visits(nlp):
    # People's Daily, 1998-01: 赴西藏慰问组 is a group (its report is heard in Beijing), 检查身体 a
    # medical check, 作些考察 a study; 赴西藏慰问 is a visit
    for text in (
        "今天，国务院副总理姜春云，国务委员李贵鲜在中南海听取了赴西藏慰问组有关西藏雪灾情况的汇报。",
        "最使老侯感动的是，上海盛情邀请他和老伴去上海观光、检查身体。",
        "美国政治学家亨廷顿近来又发表论著，本文拟对此作些考察和评析。",
    ):
        assert not events(analyse(nlp, text, issue_date="1998-01-21"), "visit"), text
    (visit,) = events(analyse(nlp, "1月20日，张敏赴西藏慰问援藏干部。", issue_date="1998-01-21"), "visit")
    assert fillers(visit, "site") == ["西藏"]


def test_a_name_the_segmenter_glued_to_an_unannounced_visit(nlp):
    # 张敏暗访检查 (the segmenter's 张敏暗|访): the visitor is 张敏
    (visit,) = events(analyse(nlp, "3月5日下午，市委书记张敏暗访检查了部分建筑工地。", issue_date="2024-03-06"), "visit")
    assert fillers(visit, "visitor") == ["张敏"] and visit.date == "2024-03-05"


def test_a_video_summit_a_call_on_request_and_a_tea_talk(nlp):
    # Xinhua's style: 习近平同…举行视频会晤 (a name the 1998 NER does not know, before 同 and the
    # talk); 王毅应约同… (the segmenter's 王毅应|约); 习近平和夫人彭丽媛…同…举行茶叙
    doc = analyse(nlp, "3月5日，习近平同俄罗斯总统普京举行视频会晤。", issue_date="2024-03-06", home_place=None)
    assert [fillers(e, "participant") for e in events(doc, "talk")] == [["习近平", "普京"]]
    doc = analyse(nlp, "3月5日，中共中央政治局委员、外交部长王毅应约同美国国务卿布林肯通电话。", issue_date="2024-03-06", home_place=None)
    assert [fillers(e, "participant") for e in events(doc, "talk")] == [["王毅", "布林肯"]]
    doc = analyse(
        nlp,
        "5月6日，习近平和夫人彭丽媛在人民大会堂同来华进行国事访问的法国总统马克龙和夫人布丽吉特举行茶叙。",
        issue_date="2024-05-07",
        home_place=None,
    )
    (talk,) = events(doc, "talk")
    assert {"习近平", "马克龙"} <= set(fillers(talk, "participant")) and talk.date == "2024-05-06"


def test_an_important_instruction_made_and_stressed_pointing_out(nlp):
    # 作出重要指示 instructs (not 传达…重要指示精神, nor 多次作出重要批示: over and over); 强调指出 is one
    # instruction
    doc = analyse(nlp, "近日，习近平总书记对防汛救灾工作作出重要指示。", issue_date="2024-07-01", home_place=None)
    assert [fillers(e, "speaker") for e in events(doc, "directive")] == [["习近平"]]
    for text in ("会议传达了习近平总书记重要指示精神。", "江泽民同志对语言文字工作多次作出重要批示和指示。"):
        assert not events(analyse(nlp, text, issue_date="1998-01-08", home_place=None), "directive"), text
    doc = analyse(nlp, "3月5日，张敏在全市安全生产工作会议上强调指出，要压实责任。", issue_date="2024-03-06")
    assert [(d.trigger, fillers(d, "speaker")) for d in events(doc, "directive")] == [("强调", ["张敏"])]


def test_a_meeting_named_with_its_kind_in_brackets(nlp):
    # 集体学习（扩大）会, 常务会议（扩大）: the kind in brackets is the name's; a page's （图片） is not
    doc = analyse(nlp, "3月5日下午，市委理论学习中心组2024年第二次集体学习（扩大）会召开。", issue_date="2024-03-06")
    (meeting,) = events(doc, "meeting")
    assert meeting.name == "市委理论学习中心组2024年第二次集体学习（扩大）会" and fillers(meeting, "organizer") == ["市委理论学习中心组"]
    doc = analyse(nlp, "阿拉伯国家议会联盟召开反恐怖紧急会议（图片）\n１月１４日，阿拉伯国家议会联盟在开罗召开反恐怖紧急会议。", issue_date="1998-01-17", home_place=None)
    assert [m.name for m in events(doc, "meeting")] == ["反恐怖紧急会议"]


def test_attendees_listed_after_the_group_they_are_named_as(nlp):
    # People's Daily, 1998-01-02 and a city paper: 出席茶话会的领导同志还有：…, 出席会议的市领导有：…
    doc = analyse(nlp, "3月5日，全市经济工作会议召开。出席会议的市领导有：张敏、李刚、王华、赵强。", issue_date="2024-03-06")
    (meeting,) = events(doc, "meeting")
    assert fillers(meeting, "attendee") == ["张敏", "李刚", "王华", "赵强"]
    doc = analyse(
        nlp,
        "全国政协今天上午在全国政协礼堂举行一九九八年新年茶话会。李瑞环主持茶话会。\n出席茶话会的领导同志还有：丁关根、田纪云、李铁映。",
        issue_date="1998-01-02",
        home_place=None,
    )
    (meeting,) = events(doc, "meeting")
    assert {"丁关根", "田纪云", "李铁映"} <= set(fillers(meeting, "attendee"))


def test_companions_listed_after_you_have(nlp):
    # 陪同调研的市领导有李刚、王华: 有 lists the names (a surname too), it starts none
    doc = analyse(nlp, "3月5日，张敏到云冈区调研。陪同调研的市领导有李刚、王华。", issue_date="2024-03-06")
    (visit,) = events(doc, "visit")
    assert fillers(visit, "companion") == ["李刚", "王华"]


def test_a_trip_of_days_told_day_by_day_is_one_visit(nlp):
    # 3月3日至4日…调研。3日…4日…: one visit, on its first day, to all the sites; two visits on two
    # days not told as one trip stay two
    doc = analyse(
        nlp,
        "3月3日至4日，市委书记张敏在广灵县、灵丘县调研。3日，张敏来到广灵县壶泉镇，察看小杂粮产业发展情况。"
        "4日，张敏深入灵丘县武灵镇，调研文旅融合发展。",
        issue_date="2024-03-06",
    )
    (visit,) = events(doc, "visit")
    assert visit.date == "2024-03-03" and "灵丘县武灵镇" in fillers(visit, "site")
    doc = analyse(nlp, "3月3日，市委书记张敏在广灵县调研。4日，张敏深入灵丘县武灵镇调研。", issue_date="2024-03-06")
    assert [v.date for v in events(doc, "visit")] == ["2024-03-03", "2024-03-04"]


def test_a_headlines_instruction_by_a_short_name_is_the_articles(nlp):
    # People's Daily, 1998-01-19: the headline's 桥本强调 is the one its article tells of 桥本龙太郎
    doc = analyse(
        nlp,
        "桥本强调要努力促进经济复苏\n据新华社东京１月１６日电 日本首相桥本龙太郎今天在这里强调，日本当前面临的最大课题是维护金融体系的稳定。",
        issue_date="1998-01-19",
        home_place=None,
    )
    assert [fillers(d, "speaker") for d in events(doc, "directive")] == [["桥本龙太郎"]]
