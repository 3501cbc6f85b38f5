"""The rule layer's people: names the text itself marks (bylines, status nouns), on real text."""

from __future__ import annotations

from pipeline.components.entities import EntityRules

from .conftest import analyse


def people(text: str) -> list[str]:
    return [m.text for m in EntityRules.match_people(text)]


def test_byline_names_and_photo_credits(seed_text):
    assert people("□本报记者 吴华 张世敬") == ["吴华", "张世敬"]
    assert people("发布时间:2018-02-13 10:06:31 来源: 绍兴日报 袁云 秦德胜 张科勇") == ["袁云", "秦德胜", "张科勇"]
    caption = next(line for line in seed_text.splitlines() if line.endswith("于宏摄"))
    assert people(caption) == ["于宏"]
    assert people("记者近日从市总工会获悉") == []  # no name after the role


def test_names_after_status_nouns():
    # People's Daily, January 1998 (dev split)
    assert people("它的主人就是永隆乡小（石示）村村民、有着４５年党龄的老党员华水发。") == ["华水发"]
    assert people("使贫困户刘金莲（右）逐渐地富了起来。") == ["刘金莲"]
    assert people("北京大学数学学院学生安金鹏和香港特别行政区的残疾人运动员张伟良、保龄球运动员车菊红。") == [
        "安金鹏", "张伟良", "车菊红",
    ]  # fmt: skip


def test_words_after_status_nouns_are_not_names():
    for text in ("因此，专家呼吁，必须加强管理。", "运输畅通，农民富了，干部笑了。", "在居民区施工，机器轰鸣。", "党员干部要带头。"):
        assert people(text) == [], text


def test_rule_names_win_over_a_place_reading(nlp):
    doc = analyse(nlp, "发布时间:2018-02-13 10:06:31 来源: 绍兴日报 袁云 秦德胜 张科勇 钟兰花 胡安娜\n2月8日，马卫光看望慰问低保户钱木根。")
    labels = {(m.text, m.label) for m in doc._.mentions}
    assert {("张科勇", "PERSON"), ("钟兰花", "PERSON"), ("钱木根", "PERSON")} <= labels
    assert not any(label == "PLACE" and text in ("张科勇", "钟兰花") for text, label in labels)


def test_places_that_are_no_names(nlp):
    # real sentences of the dev gold's 2011, 2014 and 2019 pages
    doc = analyse(nlp, "县总工会党组《关于评选户县劳动模范的请示》和县妇联《关于召开纪念三八国际妇女节大会的请示》。")
    labels = {(m.text, m.label) for m in doc._.mentions}
    assert ("县妇联", "ORG") in labels and ("和县", "PLACE") not in labels  # 和 is "and" after 》
    doc = analyse(nlp, "市人大常委会副主任刘斌、开桂兰、方祖中、丁一轩及秘书长刘长春出席会议。", home_place=None)
    assert not any(m.label == "PLACE" and m.text == "长春" for m in doc._.mentions)  # inside the name
    doc = analyse(nlp, "听取市政府关于城区工业环保工作的汇报。希望集团在津布局更多项目。", home_place=None)
    places = [m.text for m in doc._.mentions if m.label == "PLACE"]
    assert "城区" not in places and "津布局" not in places


def test_a_site_first_written_under_its_division_keeps_its_reading(nlp):
    # the dev gold's 2018 page: 诸暨市赵家镇 … 来到赵家镇敬老院
    doc = analyse(nlp, "马卫光来到诸暨市赵家镇，看望慰问困难党员。马卫光还来到赵家镇敬老院，看望生活在这里的五保老人。", home_place="绍兴")
    labels = {(m.text, m.label) for m in doc._.mentions}
    assert {("诸暨市赵家镇", "PLACE"), ("赵家镇", "PLACE"), ("赵家镇敬老院", "ORG")} <= labels
    assert ("镇敬老院", "ORG") not in labels


def test_a_site_ending_in_a_generic_place_noun_is_only_its_division(rules_nlp):
    # People's Daily, January 1998: 安徽省…整顿农村电价 is the province, not a site 整顿农村
    doc = analyse(rules_nlp, "安徽省整顿农村电价，农民负担明显减轻。", home_place=None)
    places = [m.text for m in doc._.mentions if m.label == "PLACE"]
    assert "安徽省" in places and not any("农村" in p for p in places)


def test_sites_two_levels_under_a_division(rules_nlp):
    # People's Daily, 1998-01: a village under its township is one PLACE; 村民 is no site
    doc = analyse(rules_nlp, "江西省宜春地区小康示范村———上高县新界埠乡富港村，近来出了件新鲜事。", home_place=None)
    assert "上高县新界埠乡富港村" in {m.text for m in doc._.mentions if m.label == "PLACE"}
    doc = analyse(rules_nlp, "张北县乱石山村村民说，今年的日子好过多了。", home_place=None)
    assert "张北县乱石山村" in {m.text for m in doc._.mentions if m.label == "PLACE"}


def places(nlp, text: str) -> set[str]:
    return {m.text for m in analyse(nlp, text, home_place=None)._.mentions if m.label == "PLACE"}


def test_townships_and_villages_whose_head_starts_a_word(rules_nlp):
    # People's Daily, 1998-01: 乡镇企业 and 镇村 are no sites, a township's villagers (大河乡村民)
    # are its villagers
    assert places(rules_nlp, "中国乡镇企业总公司受委托采购仪器。") == {"中国"}
    assert places(rules_nlp, "张北县大河乡村民李海武的妻子预产期到了。") == {"张北县大河乡"}
    assert places(rules_nlp, "张北县大河镇村干部都到了。") == {"张北县"}


def test_ethnic_townships_and_autonomous_divisions(rules_nlp):
    # a township of nationalities names them before its head; an autonomous county is written as
    # a county (化隆县), an autonomous prefecture by its place (恩施, 恩施州)
    assert places(rules_nlp, "他来到宁安市江南朝鲜族满族乡明星村看望群众。") == {"宁安市江南朝鲜族满族乡明星村"}
    assert places(rules_nlp, "在化隆县甘都镇调研。") == {"化隆县甘都镇"}
    assert places(rules_nlp, "恩施州和湘西州签署协议。") == {"恩施州", "湘西州"}
    assert places(rules_nlp, "河北省平山县象角村村民和县长韩保深一起植树。") == {"河北省", "平山县象角村"}


def test_a_one_character_body_head_that_starts_another_word(rules_nlp):
    # People's Daily, 1998-01: 民政部门 and 有关部门 are generic departments, not a 部
    doc = analyse(rules_nlp, "广东省民政部门和省有关部门负责同志参加了会议。", home_place=None)
    assert not any(m.label == "ORG" and m.text.endswith("部") for m in doc._.mentions)


def test_a_body_head_that_runs_on_into_another_word(nlp):
    # CLUENER dev and People's Daily, 1998-01-10: 公安部门 and 组织部门 are departments, no ministry
    # 公安部 and no 组织部; 政治局势 is a situation
    doc = analyse(nlp, "北京公安部门统计的数字显示，长沙市公安部门认真整顿美容美发店。", home_place=None)
    assert not [m.text for m in doc._.mentions if m.label == "ORG"]
    doc = analyse(nlp, "每年报刊发行季节，县委组织部门都结合实际；１９９７年俄罗斯政治局势出现了新的趋势。", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "ORG"] == ["县委"]
    doc = analyse(nlp, "县委组织部部长王明主持会议。", home_place=None)
    assert "县委组织部" in [m.text for m in doc._.mentions if m.label == "ORG"]


def test_words_that_start_with_a_level_character_are_no_bodies(rules_nlp):
    # People's Daily, 1998-01: 市场机制 is a market mechanism, 区域 a region
    doc = analyse(rules_nlp, "通过培育市场机制和推进政治体制改革，建设区域性批销中心。", home_place=None)
    assert not [m.text for m in doc._.mentions if m.label == "ORG"]


def test_a_name_ends_before_a_verb_and_no_name_ends_like_a_street(nlp):
    # People's Daily, 1998-01-20; a tourism report in the style of a city daily
    doc = analyse(nlp, "英国外交国务大臣德雷克率欧盟“三驾马车”代表团十九日晚抵达阿尔及尔。", issue_date="1998-01-20")
    assert "德雷克" in {m.text for m in doc._.mentions if m.label == "PERSON"}
    doc = analyse(nlp, "国庆假期，晋祠博物馆、汾河公园、钟楼街等景点人气火爆。", issue_date="2019-10-09", home_place="太原")
    assert not any(m.label == "PERSON" for m in doc._.mentions)


def test_a_body_never_runs_through_a_bracket(nlp):
    # People's Daily, 1998-01-14: the dateline's bracket ends before 国务院总理
    doc = analyse(
        nlp,
        "新华社北京１月１３日电（中央人民广播电台记者刘振英、新华社记者王言彬）国务院总理李鹏今天下午在人民大会堂接见全国海关关长会议代表。",
        issue_date="1998-01-14",
    )
    assert {("ORG", "国务院"), ("TITLE", "国务院总理")} <= {(m.label, m.text) for m in doc._.mentions}
    assert not any("）" in m.text for m in doc._.mentions)


def test_a_zone_keeps_its_long_formal_name(nlp):
    # People's Daily, 1998: development zones and parks read whole, not as the city alone
    doc = analyse(nlp, "考察期间，乔石到上海漕河泾新兴技术开发区，听取了开发区建设情况的介绍。", issue_date="1998-01-13", home_place=None)
    assert ("上海漕河泾新兴技术开发区", "PLACE") in {(m.text, m.label) for m in doc._.mentions}
    doc = analyse(nlp, "而在这个县孝敬乡的焦作市现代化高效农业示范园区，４８条水泥路使１．２万亩土地连成一片。", home_place=None)
    places = {m.text for m in doc._.mentions if m.label == "PLACE"}
    assert "焦作市现代化高效农业示范园区" in places and "焦作市" not in places
    # a long description before a short head is no name: 枢纽港 is no zone
    doc = analyse(nlp, "把大同建设成为中国国际内陆中转枢纽港。", home_place="大同")
    assert not any(m.text.endswith("枢纽港") for m in doc._.mentions)


def test_sites_named_next_in_a_list(rules_nlp):
    # People's Daily, 1998-01: the first township is read under its county, the next ones by the list
    doc = analyse(rules_nlp, "记者今天在重灾区———张北县大河乡、单晶河乡和海流图乡看到，北京军区的官兵在冰天雪地中抢险。", home_place=None)
    places = {m.text for m in doc._.mentions if m.label == "PLACE"}
    assert {"张北县大河乡", "单晶河乡"} <= places
    doc = analyse(rules_nlp, "调研组一行先后来到浮山县北王镇和天坛镇，实地察看设施农业。", home_place=None)
    assert {"浮山县北王镇", "天坛镇"} <= {m.text for m in doc._.mentions if m.label == "PLACE"}
    # a generic word in the list is no site: 乡镇 names none
    doc = analyse(rules_nlp, "全县共有张北县大河乡、各乡镇，共同抗灾。", home_place=None)
    assert not any(m.text in ("各乡镇", "乡镇") for m in doc._.mentions)


def test_a_name_the_segmenter_ran_into_a_speech_verb(nlp):
    # pkuseg writes 赵丽发言 as one word and the NER reads it as a name: the verb is cut off
    doc = analyse(nlp, "市委副书记王建平主持会议，市委常委、政法委书记孙志刚，副市长赵丽发言。", home_place="运城")
    persons = {m.text for m in doc._.mentions if m.label == "PERSON"}
    assert persons == {"王建平", "孙志刚", "赵丽"}
    assert ("赵丽", "副市长") in {(o.name.text, t.text) for o in doc._.officials for t in o.titles}


def test_a_dateline_is_no_part_of_the_body_it_runs_into(rules_nlp):
    # People's Daily, 1998-01-21: no space between the dateline and the news
    doc = analyse(rules_nlp, "本报北京１月２１日讯新华社记者曲志红、本报记者报道。新华社北京一月二十日电外交部发言人今天在记者招待会上说。")
    orgs = [m.text for m in doc._.mentions if m.label == "ORG"]
    assert orgs == ["新华社", "新华社", "外交部"]


def test_a_cppcc_committee_is_named_by_its_term_before_its_place(rules_nlp):
    doc = analyse(rules_nlp, "政协第十五届大同市委员会第二次会议开幕。政协大同市委员会主席出席。", issue_date="2023-07-12")
    orgs = {m.text for m in doc._.mentions if m.label == "ORG"}
    assert {"政协第十五届大同市委员会", "政协大同市委员会"} <= orgs


def test_a_statistical_org_that_is_a_meeting_or_a_verb_phrase_is_dropped(nlp):
    text = "会议要求，确保民主生活会开出高质量，研究市人大工作，大同市公安局加强管理。"
    doc = nlp.make_doc(text)
    doc._.issue_date, doc._.home_place = "2022-01-11", "大同"
    for name, component in nlp.pipeline:
        if name == "entity_rules":
            break
        doc = component(doc)
    # what a statistical model trained on MSRA may read as bodies
    doc.ents = [doc.char_span(text.index(t), text.index(t) + len(t), label="ORG", alignment_mode="expand")
                for t in ("确保民主生活会", "研究市人大", "大同市公安局")]
    doc = nlp.get_pipe("entity_rules")(doc)
    orgs = {m.text for m in doc._.mentions if m.label == "ORG"}
    assert "大同市公安局" in orgs and not orgs & {"确保民主生活会", "民主生活会", "研究市人大"}


def test_parties_abroad_and_central_departments_are_bodies(rules_nlp):
    # People's Daily, 1998-01-03 and 1998-01-04
    doc = analyse(rules_nlp, "她们是应邀参加中宣部召开的先进典型代表座谈会的。此间报纸今天全文发表了越南共产党八届四中全会通过的决议。")
    assert {"中宣部", "越南共产党"} <= {m.text for m in doc._.mentions if m.label == "ORG"}


def test_a_statistical_name_run_into_a_preposition_loses_it(nlp):
    text = "市长王清宪同客人座谈。"
    doc = nlp.make_doc(text)
    doc._.issue_date, doc._.home_place = "2022-09-08", "青岛"
    doc = nlp.get_pipe("sentences")(doc)
    # what a word tagger reads where the segmenter fuses the name with 同 (习近|平同)
    doc.ents = [doc.char_span(2, 6, label="PERSON", alignment_mode="expand")]
    doc = nlp.get_pipe("entity_rules")(doc)
    assert [m.text for m in doc._.mentions if m.label == "PERSON"] == ["王清宪"]


def test_a_county_renamed_since_the_division_list_is_still_a_place(rules_nlp):
    # 太谷县 became 太谷区 in 2019, 潞城市 潞城区 in 2018; People's Daily 1998 writes 怀柔县 (now 怀柔区)
    doc = analyse(rules_nlp, "太谷区在山西农业大学举办农业科技成果展。走进潞城区店上镇，结合山区实际。北京市怀柔县。")
    places = {m.text for m in doc._.mentions if m.label == "PLACE"}
    # (北京市怀柔县: a division under the one above, one place)
    assert {"太谷区", "北京市怀柔县"} <= places and any(p.startswith("潞城区") for p in places)
    assert not any("山区" in p or p == "城区" for p in places)  # 结合山区 is no 合山区


def test_a_withheld_name_is_no_person(nlp):
    doc = analyse(nlp, "原平市人民检察院依法对被告人王某某等5人涉嫌非法采矿一案提起公诉。经查，王某某伙同他人非法开采砂石。")
    assert not [m.text for m in doc._.mentions if m.label == "PERSON"]


def test_entity_spans_are_whole_tokens_where_the_segmenter_cut_across_a_name(nlp, monkeypatch):
    # pkuseg's own words (习近|平同), as the tokenizer gave them before it regrouped glued names
    from pipeline.components import tokenizer

    monkeypatch.setattr(tokenizer, "regroup_glued_names", lambda words, known: words)
    text = "国家主席习近平同白俄罗斯总统卢卡申科通电话。"
    assert "平同" in [t.text for t in nlp.make_doc(text)]
    doc = analyse(nlp, text)
    assert doc.text == text
    assert [(e.text, e.label_) for e in doc.ents] == [("习近平", "PERSON"), ("白俄罗斯", "PLACE"), ("卢卡申科", "PERSON")]
    assert [t.text for t in doc][2:5] == ["习近", "平", "同"]
    assert {(s.text, s.label_) for s in doc.spans["mentions"]} >= {("国家主席", "TITLE"), ("习近平", "PERSON")}


def test_a_name_ends_before_the_word_for_its_party(nlp):
    doc = analyse(nlp, "市长王宏伟在运城会见中国电建集团西北勘测设计研究院有限公司党委书记、董事长张跃一行。", home_place="运城")
    assert {m.text for m in doc._.mentions if m.label == "PERSON"} == {"王宏伟", "张跃"}


def test_the_anchored_patterns_find_what_a_full_scan_finds(seed_text, shared):
    from pipeline.components.grammar import grammar

    g = grammar()
    texts = [seed_text, *(p.read_text(encoding="utf-8") for p in sorted((shared / "gold" / "dev" / "input").rglob("*.txt")))]
    texts.append("政协第十五届大同市委员会、１５届市人大常委会和第3届县委在中央财经委员会")
    found = 0
    for anchored in (g.body, g.place):
        for text in texts:
            expected = [(m.span(), m.groupdict()) for m in anchored.pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in anchored.finditer(text)] == expected
            found += len(expected)
    assert found > 200


def test_departments_named_with_and_and_no_verb_inside_a_body(nlp):
    # PD1998 and a city daily's page: 和 inside a department's official name, and 设立/成立 between
    # a place and a body (the place, then the body, are two readings)
    mentions = {(m.text, m.label) for m in analyse(nlp, "会议听取了市住房和城乡建设局、市发展和改革委员会的汇报。")._.mentions}
    assert {("市住房和城乡建设局", "ORG"), ("市发展和改革委员会", "ORG")} <= mentions
    mentions = {(m.text, m.label) for m in analyse(nlp, "县总工会和县妇联联合开展活动，支持山西大学在晋城设立研究院。")._.mentions}
    assert {("县总工会", "ORG"), ("县妇联", "ORG"), ("晋城", "PLACE")} <= mentions
    assert not any("设立" in text for text, _ in mentions)


def test_a_mastheads_weekday_and_page_are_no_names(nlp):
    doc = analyse(nlp, "洛阳日报\n2023年5月16日 星期二 第01版\n市委常委会召开会议")
    assert not any(m.text in ("星期二", "第01版") for m in doc._.mentions)


def test_divisions_of_today_and_of_older_issues(rules_nlp):
    # today's districts and new areas (平城区 since 2018, 雄安新区), the names older issues use
    # (大同县, 滦县), and no Taiwanese city read inside words (一台北京牌)
    assert places(rules_nlp, "市长来到平城区新建南路街道文兴社区、云冈区口泉乡杨家窑村走访。") == {
        "平城区新建南路街道文兴社区",
        "云冈区口泉乡杨家窑村",
    }
    assert places(rules_nlp, "他来到雄安新区察看建设情况。") == {"雄安新区"}
    assert places(rules_nlp, "滦县和大同县的干部参加了会议。") == {"滦县", "大同县"}
    assert "台北" not in places(rules_nlp, "老张揭下红布，是一台北京牌的黑白电视机。")


def test_abbreviated_party_offices_are_bodies(rules_nlp):
    # a city daily's attendance line: 编办, 网信办, 外办, 台办 are the offices' short names; a
    # county paper's meeting place: the party school
    doc = analyse(rules_nlp, "市委网信办、市委编办、市政府外办、市委台办负责同志参加会议。")
    assert {m.text for m in doc._.mentions if m.label == "ORG"} >= {"市委网信办", "市委编办", "市政府外办", "市委台办"}
    doc = analyse(rules_nlp, "全县乡村振兴工作推进会在县委党校召开。")
    assert "县委党校" in {m.text for m in doc._.mentions if m.label == "ORG"}


def test_sites_under_a_place_the_ner_found_join_it(nlp):
    # People's Daily, 1998-01: a township the division list lacks, then its village; a river and
    # its bridge; but no village after a county's short name that a verb runs into (闻喜营造百村)
    # and no post of a deputy (副镇长)
    assert places(nlp, "他来到临川市洋洲镇洋洲村看望群众。") == {"临川市洋洲镇洋洲村"}
    assert "黄河大桥" in places(nlp, "黄河大桥建成通车。")
    assert not any(p.endswith("百村") for p in places(nlp, "闻喜营造百村绿化工程进展顺利。"))
    assert places(nlp, "梁四村的王舍人镇副镇长关中秋说。") == {"梁四村", "王舍人镇"}


def test_a_full_name_that_opens_a_clause_and_acts(nlp):
    # a wire story's lead: 习近平 is a name no 1998 text taught the NER; the clause's verb marks it
    doc = analyse(nlp, "新华社北京3月19日电 习近平主持召开中共中央政治局常务委员会会议。", issue_date="2024-03-20")
    assert {m.text for m in doc._.mentions if m.label == "PERSON"} == {"习近平"}
    (meeting,) = [e for e in doc._.events if e.type == "meeting"]
    assert [a.text for a in meeting.args["chair"]] == ["习近平"]
    # People's Daily, 1998-01: conjunctions and adverbs around a clause's subject are no names
    doc = analyse(nlp, "利维曾要求政府增加拨款。但同时强调，应客人要求作出安排。", issue_date="1998-01-05")
    assert not {"利维曾", "但同时", "应客人"} & {m.text for m in doc._.mentions if m.label == "PERSON"}


def test_a_body_head_that_starts_another_word_is_none(rules_nlp):
    # 书记处 is a body, but in 市委书记处理问题 its 处 starts 处理
    doc = analyse(rules_nlp, "市委书记处理问题很果断，中央书记处书记出席会议。")
    assert {m.text for m in doc._.mentions if m.label == "ORG"} == {"市委", "中央书记处"}


def test_two_bodies_joined_by_a_conjunction_are_two_names(nlp):
    # the statistical NER reads 湖南省人民政府与华为技术有限公司 as one body; a department named
    # with 和 inside stays whole
    doc = analyse(nlp, "7月7日，湖南省人民政府与华为技术有限公司在长沙签署全面深化战略合作协议。", issue_date="2025-07-09")
    orgs = {m.text for m in doc._.mentions if m.label == "ORG"}
    assert orgs == {"湖南省人民政府", "华为技术有限公司"}
    doc = analyse(nlp, "湖南省与华为技术有限公司签署战略合作协议", issue_date="2025-07-09")
    assert {(m.label, m.text) for m in doc._.mentions} == {("PLACE", "湖南省"), ("ORG", "华为技术有限公司")}
    doc = analyse(nlp, "市住房和城乡建设局局长张伟出席。")
    assert "市住房和城乡建设局" in {m.text for m in doc._.mentions if m.label == "ORG"}


def test_towns_named_after_a_city_reserves_and_a_signing_place(nlp):
    # 台城镇 is a town (台城), 小城镇 a kind of town; a nature reserve is a named site; a
    # body's name does not run through 签署 (在太原签署数字政府…); 调研组 is no person
    doc = analyse(nlp, "他先后深入五台县台城镇、宁武县芦芽山国家级自然保护区。推进五台县小城镇建设。", issue_date="2023-09-15")
    assert {m.text for m in doc._.mentions if m.label == "PLACE"} == {"五台县台城镇", "宁武县芦芽山国家级自然保护区", "五台县"}
    doc = analyse(nlp, "忻州市人民政府与中国电信股份有限公司山西分公司在太原签署数字政府建设战略合作协议。", issue_date="2023-09-15")
    assert {m.text for m in doc._.mentions if m.label == "ORG"} == {"忻州市人民政府", "中国电信股份有限公司山西分公司"}
    doc = analyse(nlp, "调研组一行先后来到静乐县，实地察看生态修复情况。", issue_date="2023-09-15")
    assert not [m for m in doc._.mentions if m.label == "PERSON"]


def test_the_state_councils_departments_named_with_he_are_whole(nlp):
    # a wire story's list of departments: the statistical NER cuts names at 和
    doc = analyse(nlp, "会议由工业和信息化部、人力资源和社会保障部联合主办。应急管理部、公安部负责同志作交流发言。", issue_date="2024-05-21")
    assert {m.text for m in doc._.mentions if m.label == "ORG"} >= {"工业和信息化部", "人力资源和社会保障部", "应急管理部"}


def test_a_credits_slash_and_role_are_no_part_of_a_name(nlp):
    # bylines of a city paper: 宁彪/摄影, 朱楠实习生王昭
    doc = analyse(nlp, "阳光社区记者宁彪/摄影报道。早报记者朱楠实习生王昭报道。")
    assert {m.text for m in doc._.mentions if m.label == "PERSON"} == {"宁彪", "朱楠", "王昭"}


def test_no_body_through_a_count_a_verb_or_a_word_its_head_starts(nlp):
    # a counted body (广州一家银行), a verb (收购, 办展), 共产党员, 银行业, 出局, 市中心, 区长: no
    # names; 长沙副市长兼市公安局局长 is two posts
    for text in [
        "不久前她在广州一家银行申请住房贷款。",
        "是吴冠中到日本办展时丢失的。",
        "险些又从联盟杯中出局。",
        "雒某曾获2008年度顺义区优秀共产党员。",
        "市中心可以解决我们这样的问题。",
        "香港银行业采取审慎贷款政策。",
        "2009年在湖北省赤壁市开设另一家贷款公司。",
    ]:
        assert not [m.text for m in analyse(nlp, text)._.mentions if m.label == "ORG" and m.source == "rule"], text
    doc = analyse(nlp, "对此，长沙副市长兼市公安局局长梁建强作出批示。", issue_date="1998-01-06")
    assert {m.text for m in doc._.mentions if m.label == "TITLE"} == {"长沙副市长", "市公安局局长"}


def test_divisions_short_names_that_are_common_nouns(nlp):
    # PD1998 writes 来宾 and 日照 mostly as nouns (各位来宾, 日照充足); with their suffix they are
    # places; 潮白河区域 holds no district 白河区
    doc = analyse(nlp, "他向各位来宾表示欢迎。那里日照充足。广西来宾市和山东日照市签约。潮白河区域环境变化巨大。")
    places = {m.text for m in doc._.mentions if m.label == "PLACE"}
    assert {"来宾市", "日照市"} <= places and not places & {"来宾", "日照", "白河区"}


def test_a_national_body_after_its_term(rules_nlp):
    # People's Daily, 1998-01: 八届全国政协, 第九届全国政协; a term is part of the body's name
    doc = analyse(rules_nlp, "第九届全国政协委员名单公布。八届全国人大常委会第三十次会议在京举行。", issue_date="1998-01-20")
    assert {"第九届全国政协", "八届全国人大常委会"} <= {m.text for m in doc._.mentions if m.label == "ORG"}


def test_names_in_a_credit_written_without_spaces(nlp):
    # （记者孟梅实习生夏冬梅）, （记者马小林、曹剑杰）, 本报记者李中文, a photo's 刘宇摄
    doc = analyse(
        nlp,
        "本报讯（记者孟梅实习生夏冬梅）央行有关负责人表示。\n新华社珀斯１月１１日电（记者马小林、曹剑杰）比赛开始。\n本报记者李中文\n（新华社记者刘宇摄）",
        issue_date="1998-01-12",
    )
    assert {m.text for m in doc._.mentions if m.label == "PERSON"} == {"孟梅", "夏冬梅", "马小林", "曹剑杰", "李中文", "刘宇"}


def test_a_building_where_leaders_meet_is_a_place(nlp):
    # 在迎宾馆会见, 在钓鱼台国宾馆会见 (the NER reads a hotel as a body), 在北京人民大会堂举行 (one
    # place as written); 在这家宾馆 names none
    doc = analyse(nlp, "市长张国清在迎宾馆会见客人。李强在钓鱼台国宾馆会见美国客人。仪式在北京人民大会堂举行。在这家宾馆会见客人。")
    places = {m.text for m in doc._.mentions if m.label == "PLACE"}
    assert {"迎宾馆", "钓鱼台国宾馆", "北京人民大会堂"} <= places and not places & {"北京", "人民大会堂", "这家宾馆"}
    assert "钓鱼台国宾馆" not in {m.text for m in doc._.mentions if m.label == "ORG"}
    # a session that closes there (胜利闭幕); the body a vote gives posts in (选举产生|市人民政府: the
    # segmenter's word 产生市 is no city)
    doc = analyse(nlp, "市第六届人民代表大会第三次会议在市会议中心胜利闭幕。\n选举产生市人民政府市长、副市长", issue_date="2023-03-15")
    assert {(m.label, m.text) for m in doc._.mentions if m.label in ("PLACE", "ORG")} == {
        ("ORG", "市第六届人民代表大会"), ("PLACE", "市会议中心"), ("ORG", "市人民政府"),
    }  # fmt: skip
    # a building the grammar reads both as a body (…中心) and as a site (…会展中心) is a site
    doc = analyse(nlp, "博览会在忻州国际会展中心开幕。", issue_date="2024-09-12")
    assert {(m.label, m.text) for m in doc._.mentions if m.label in ("PLACE", "ORG")} == {("PLACE", "忻州国际会展中心")}


def test_a_bare_people_congress_is_generic(nlp):
    # People's Daily, 1998-01: 柳州市委、人大、政府、政协 leaves the shared prefix out of the rest
    doc = analyse(nlp, "柳州市委、人大、政府、政协的领导驱车来到篮球场。要认真做好人大机关党史学习教育总结工作。", issue_date="1998-01-10")
    assert "人大" not in {m.text for m in doc._.mentions if m.label == "ORG"}


def test_an_association_named_like_a_gathering_is_a_body(nlp):
    # 联谊会 names associations (中华全国台湾同胞联谊会) as well as get-togethers
    doc = analyse(nlp, "中华全国台湾同胞联谊会今天在京举行迎春茶话会。", issue_date="1998-01-20")
    assert "中华全国台湾同胞联谊会" in {m.text for m in doc._.mentions if m.label == "ORG"}


def test_no_body_runs_through_a_verb_of_purpose(nlp):
    # 市政协围绕中心、服务大局: the body is 市政协, 围绕中心 what it does; a hall where a session
    # opens is a place (在市会议中心隆重开幕)
    doc = analyse(nlp, "过去一年，市政协围绕中心、服务大局，县政府聚焦主业。大会在市会议中心隆重开幕。", issue_date="2025-02-14")
    orgs = {m.text for m in doc._.mentions if m.label == "ORG"}
    assert {"市政协", "县政府"} <= orgs and not any("围绕" in o or "聚焦" in o for o in orgs)
    assert "市会议中心" in {m.text for m in doc._.mentions if m.label == "PLACE"} and "市会议中心" not in orgs


def test_a_county_named_with_a_function_character_after_a_verb_of_office(nlp):
    # 曾任和顺县委书记: the county 和顺县 (和 is no "and" after 曾任); 主任和县长 stays "and"
    doc = analyse(nlp, "王树林同志曾任和顺县委书记、晋中地委副书记。办公室主任和县长一起检查。", issue_date="2024-03-16")
    mentions = {(m.label, m.text) for m in doc._.mentions}
    assert {("ORG", "和顺县委"), ("PLACE", "和顺县")} <= mentions
    assert not any(text in ("顺县委", "和县") for _, text in mentions)


def test_a_given_name_the_segmenter_glued_to_the_verb(nlp):
    # the segmenter reads 黄坤|明率 (明率 is no word it knows): the name is 黄坤明; 乔石|来到 (a
    # known word) keeps its name as the NER gives it
    doc = analyse(nlp, "3月3日至4日，广东省委书记黄坤明率广东省党政代表团赴广西考察。乔石来到上海。", issue_date="2024-03-06")
    persons = {m.text for m in doc._.mentions if m.label == "PERSON"}
    assert {"黄坤明", "乔石"} <= persons and not persons & {"黄坤", "乔石来"}


def test_a_division_under_the_one_above_is_one_place(nlp):
    # a place inside a place is not split (NOTES: 越城区迪荡街道): 山西省长治市潞州区 is one PLACE,
    # inside a body too; divisions joined by 和 stay two
    doc = analyse(nlp, "山西省长治市潞州区一居民楼发生燃气爆炸。太原市小店区人民政府、太原市和晋中市的干部赶到现场。", issue_date="2024-11-20")
    places = {m.text for m in doc._.mentions if m.label == "PLACE"}
    assert {"山西省长治市潞州区", "太原市小店区", "太原市", "晋中市"} <= places
    assert not places & {"山西省", "长治市", "潞州区", "小店区"}


def test_a_full_name_right_after_a_post_before_its_verb(nlp):
    # 市政府党组成员孙立新出席: the segmenter cuts 孙立|新 and the NER tags 孙立; the post and the verb
    # mark the three characters as the name. 市长王刚也出席: 也 is no part of it
    doc = analyse(nlp, "市委常委、宣传部部长，市政府党组成员孙立新出席。市长王刚也出席。", issue_date="2025-01-12")
    persons = [m.text for m in doc._.mentions if m.label == "PERSON"]
    assert persons == ["孙立新", "王刚"]
    assert {(o.name.text, t.text) for o in doc._.officials for t in o.titles} >= {("孙立新", "市政府党组成员"), ("王刚", "市长")}


def test_a_government_press_office_is_a_body(nlp):
    # 市政府新闻办召开新闻发布会: the press office holds it (国务院新闻办 likewise)
    doc = analyse(nlp, "4月9日上午，市政府新闻办召开新闻发布会。", issue_date="2025-04-10")
    assert "市政府新闻办" in {m.text for m in doc._.mentions if m.label == "ORG"}
    (meeting,) = [e for e in doc._.events if e.type == "meeting"]
    assert [a.text for a in meeting.args["organizer"]] == ["市政府新闻办"]


def test_a_name_between_you_and_the_verb_to_chair(nlp):
    # 会议由尹力主持: a name the NER misses alone (a two-character one, a rare surname) is marked by
    # 由…主持; 由市长王刚主持 is the post's; 由共青团主持 names a body
    doc = analyse(nlp, "会议由尹力主持。座谈会由信长星同志主持。活动由共青团主持。", issue_date="2024-03-06")
    assert [m.text for m in doc._.mentions if m.label == "PERSON"] == ["尹力", "信长星"]


def test_a_speaker_named_right_after_the_body_he_speaks_for(nlp):
    # CLUENER dev: no post between the body and the name; a post there is no name (局长, 董事长)
    doc = analyse(nlp, "而泗水县文化市场综合执法局颜鲲表示，根据监控，价格突然上涨。", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "PERSON"] == ["颜鲲"]
    doc = analyse(nlp, "市公安局副局长表示，公司董事长表示，市政府办公室主任说，要加强监管。", home_place=None)
    assert not [m.text for m in doc._.mentions if m.label == "PERSON"]


def test_national_bodies_and_news_outlets_named_alone(nlp):
    # CLUENER dev and People's Daily, 1998-01: abbreviations of national bodies, a news site as a source
    doc = analyse(nlp, "新华网纽约12月21日电 银监会发布通知，证监会主席易会满出席。", home_place=None)
    orgs = [m.text for m in doc._.mentions if m.label == "ORG"]
    assert orgs == ["新华网", "银监会", "证监会"]
    # 中央行业主管部门 holds no 央行, 党组织 no 党组
    doc = analyse(nlp, "１４个中央行业主管部门成立了领导小组；文化部系统党组织按时换届。", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "ORG"] == ["文化部"]


def test_no_date_before_and_no_day_word_inside_a_statistical_name(nlp):
    # CLUENER dev: the NER ran a date into 央行 and a body through 昨天 into its repetition
    doc = analyse(nlp, "26日央行将停发两周前重启的央行票据。南京车管所昨天南京车管所机动车驾驶人两个教练。", home_place=None)
    orgs = {m.text for m in doc._.mentions if m.label == "ORG"}
    assert orgs == {"央行", "南京车管所"}


def test_a_speaker_named_after_an_occupation(nlp):
    # CLUENER: a scholar or an analyst and the verb he speaks with; 农民党 is a party, 当即 an adverb
    doc = analyse(nlp, "广东省社科院教授黎友焕表示，国际金融研究所高级分析师温彬表示，但农民党当即表示不予考虑。", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "PERSON"] == ["黎友焕", "温彬"]
    assert "广东省社科院" in [m.text for m in doc._.mentions if m.label == "ORG"]


def test_statistical_names_trimmed_to_the_name(nlp):
    # CLUENER and People's Daily, 1998-01: a slash before a name, the surname again in a form of
    # address, a verb's first character, a double surname read apart from its given name
    doc = analyse(nlp, "本报摄影记者/吴军", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "PERSON"] == ["吴军"]
    doc = analyse(nlp, "留学中心总监孙晶孙女士说。央行副行长苏宁否认传言。行政总裁司徒建强先生指出：", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "PERSON"] == ["孙晶", "苏宁", "司徒建强"]
    doc = analyse(nlp, "但收藏泰迪熊的广州收藏者潘凝却认为天价熊仍只是个例。", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "PERSON"] == ["潘凝"]


def test_no_body_through_a_phrase_a_campaign_or_a_notice(nlp):
    # a city daily: 市委中心工作 (the central task), 平安绍兴 (a campaign), 市纪委监委通报 (a verb),
    # 甘霖镇原党委委员 (a former post)
    doc = analyse(nlp, "全市政法系统紧紧围绕市委中心工作，扎实推进平安绍兴建设。市纪委监委通报3起问题。", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "ORG"] == ["市委", "市纪委监委"]
    doc = analyse(nlp, "2.嵊州市甘霖镇原党委委员、副镇长李某违规公款吃喝问题。", home_place=None)
    assert not [m.text for m in doc._.mentions if m.label == "ORG"]


def test_a_body_named_again_is_the_body_and_a_congress_no_body(nlp):
    # a provincial daily: 中国宝武 read once as a body is one again before a post (not 中国 + a word);
    # People's Daily, 1998-01: a bare head names no body of its own (代表团), 十五大 is a congress
    doc = analyse(
        nlp,
        "胡望明表示，中国宝武将加大在晋投资力度。副省长汤志平与中国宝武总经理侯安贵代表双方签署协议。",
        home_place=None,
    )
    assert [m.start for m in doc._.mentions if m.text == "中国宝武" and m.label == "ORG"] == [6, 27]
    assert any(o.name.text == "侯安贵" and o.titles[0].text == "中国宝武总经理" for o in doc._.officials)
    doc = analyse(nlp, "全面贯彻落实党的十五大精神。他说，代表团感谢中国共产党邀请。", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "ORG"] == ["中国共产党"]


def test_cooperatives_courts_and_a_government_work_report(nlp):
    # a city daily: a farmers' cooperative, 市中院 (the intermediate court), 作政府工作报告 (a report,
    # no body 作政府)
    doc = analyse(
        nlp,
        "运城市盐湖区鑫源果蔬种植专业合作社的冷库里，工人们正忙着分拣苹果。市中院公开审理一起案件。市长储祥好代表市人民政府作政府工作报告。",
        home_place=None,
    )
    assert [m.text for m in doc._.mentions if m.label == "ORG"] == ["运城市盐湖区鑫源果蔬种植专业合作社", "市中院", "市人民政府"]


def test_regions_a_plan_names(rules_nlp):
    # a city daily: a region planned around a city or a province's part (晋南 = 晋 + 南) is a place;
    # People's Daily, 1998-01: 经济带来 is 经济 and 带来
    assert places(rules_nlp, "加快推进太原都市圈和晋南城镇圈建设。") == {"太原都市圈", "晋南城镇圈"}
    assert places(rules_nlp, "亚洲金融动荡给欧洲经济带来的不利影响。") == {"亚洲", "欧洲"}


def test_a_ministrys_units_and_the_democratic_parties(nlp):
    # CLUENER: a ministry's department (…部住房保障司) and research centre (研究 in a name), a
    # democratic party's central committee before a post (民建中央常委: the post is no part of the
    # body); People's Daily, 1998-01: 农民进入市场 holds no party 民进
    doc = analyse(
        nlp,
        "近日，住房和城乡建设部住房保障司司长侯淅珉表示。国务院发展研究中心副主任出席。图为全国政协委员、民建中央常委李晓林。"
        "要引导农民进入市场。",
        home_place=None,
    )
    orgs = [m.text for m in doc._.mentions if m.label == "ORG"]
    assert orgs == ["住房和城乡建设部住房保障司", "国务院发展研究中心", "全国政协", "民建中央"]


def test_a_full_name_that_opens_a_clause_about_which_it_instructs(nlp):
    # modern leaders' names the 1998 NER does not know, before 对…作出批示 / 对…提出要求
    doc = analyse(nlp, "刘国中对此作出批示。信长星对做好防汛工作提出要求。", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "PERSON"] == ["刘国中", "信长星"]


def test_stations_old_towns_and_a_town_named_after_a_village(nlp):
    # a provincial daily and People's Daily, 1998-01: a city's south station, an old town, grottoes;
    # 姚村镇 is a town (not 姚村 and a 镇 left over); 上海梅陇站至金卫东站 is two stations
    assert places(nlp, "他先后来到晋源区姚村镇、太原南站，察看项目建设。平遥古城、云冈石窟接待游客。") == {
        "晋源区姚村镇", "太原南站", "平遥古城", "云冈石窟"
    }
    assert "梅陇站至金卫东站" not in places(nlp, "上海梅陇站至金卫东站的旅客列车。")


def test_a_statistical_body_whose_head_ends_another_word(nlp):
    # People's Daily, 1998-01 (哈南部: Kazakhstan's south; 驻沈老干部: veteran cadres); but 安全部 and
    # 国家核安全局 are bodies
    doc = analyse(
        nlp,
        "在哈南部参加军事演习。由沈阳军区政治部主办的沈阳军区驻沈老干部迎新春体育游艺活动。民政部、安全部、国家核安全局负责人出席。",
        home_place=None,
    )
    orgs = [m.text for m in doc._.mentions if m.label == "ORG"]
    assert "哈南部" not in orgs and "沈阳军区驻沈老干部" not in orgs and {"安全部", "国家核安全局"} <= set(orgs)


def test_a_statistical_body_that_runs_in_from_a_preposition(nlp):
    # a city daily: 记者从市统计局获悉 (the NER read 从 into the body the grammar found)
    doc = analyse(nlp, "本报讯 记者从市统计局获悉，一季度全市地区生产总值完成420亿元，同比增长6.2%。", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "ORG"] == ["市统计局"]


def test_a_two_character_name_that_opens_a_clause_and_meets_someone(nlp):
    # a city daily: 尹力同外宾举行会谈 (a name the 1998 NER does not know); 双方同意 holds no name
    doc = analyse(nlp, "尹力同外宾举行会谈。双方同意举行会谈。", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "PERSON"] == ["尹力"]
    # …or acts at a place told after 在 (韩正在北京出席: 韩正, not 正在); 随后在 holds no name
    doc = analyse(nlp, "韩正在北京出席会议并讲话。随后在太原调研。", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "PERSON"] == ["韩正"]
    # …or chairs, leads a delegation, or acts somewhere on a day told before 在
    doc = analyse(nlp, "尹力主持召开会议。王伟中率团访问。据悉，信长星近日在上海调研。", home_place=None)
    assert [m.text for m in doc._.mentions if m.label == "PERSON"] == ["尹力", "王伟中", "信长星"]


def test_a_management_area_is_a_place_and_the_countryside_none(nlp):
    # 西湖管理区 is a county-level area (not the lake 西湖); 和美乡村 is a slogan, 大河乡水乡村 a village
    doc = analyse(nlp, "谢卫江一行先后来到汉寿县西湖管理区、澧县城头山镇，要因地制宜推进宜居宜业和美乡村建设。", issue_date="2024-03-12")
    assert {m.text for m in doc._.mentions if m.label == "PLACE"} == {"汉寿县西湖管理区", "澧县城头山镇"}
    doc = analyse(nlp, "图为大河乡水乡村６５岁的席星顺领到油毡。", issue_date="1998-01-20")
    assert "水乡村" in {m.text for m in doc._.mentions if m.label == "PLACE"}


def test_two_short_names_before_the_pair_they_make_are_no_place(nlp):
    # 鞍港两地: 鞍山 and 香港 by one character each; a list's last place before 两地 stays one
    doc = analyse(nlp, "市委书记邹德伟与香港鞍山商会会长林志强通电话，就推进鞍港两地经贸合作交换意见。", issue_date="2023-12-15", home_place="鞍山")
    assert "鞍港" not in {m.text for m in doc._.mentions}
    doc = analyse(nlp, "１９９０年１０月，天祝、景泰两地发生了６·２级地震。", issue_date="1998-01-20")
    assert "景泰" in {m.text for m in doc._.mentions if m.label == "PLACE"}


def test_a_party_department_in_a_post_is_a_body(nlp):
    # 市委常委、组织部部长: the committee's department with its 市委 left out is a body in the post,
    # as ANNOTATION.md's 市农委 in 市农委主任 (the NER finds 宣传部 there, and missed 组织部)
    doc = analyse(nlp, "12月14日，我市召开老干部情况通报会。市委常委、组织部部长王立新主持会议。", issue_date="2023-12-15")
    assert "组织部" in {m.text for m in doc._.mentions if m.label == "ORG"}
    assert "组织部部长" in {m.text for m in doc._.mentions if m.label == "TITLE"}


def test_a_people_is_no_place(nlp):
    # a résumé's 蒙古族 and PD1998's 赵南起（朝鲜族）: peoples, not the countries their names start with
    doc = analyse(nlp, "乌兰，女，蒙古族，1980年10月出生，现任东胜区委常委、组织部部长。赵南起（朝鲜族）、郑兰荪", issue_date="2023-08-16")
    assert not {"蒙古", "朝鲜"} & {m.text for m in doc._.mentions if m.label == "PLACE"}


def test_a_places_investment_company_by_its_short_name(nlp):
    # 山西建投 (山西建设投资集团) is a visit's site, not the place 山西; PD1998's 委内瑞拉外国投资
    # holds no company
    doc = analyse(nlp, "日前，市委书记王刚深入企业调研，先后来到太重集团、山西建投。记者从委内瑞拉外国投资管理机构获悉。", issue_date="2023-06-06")
    assert "山西建投" in {m.text for m in doc._.mentions if m.label == "ORG"}
    assert not any(m.text.endswith("外国投") for m in doc._.mentions)


def test_an_industrial_cluster_zone_is_a_site(nlp):
    # a zone (集聚区, as 开发区 and 园区) under its county is a PLACE and the visit's site
    doc = analyse(nlp, "4月1日，市委书记朱晓东先后来到台怀镇、五台县文旅康养集聚区，详细了解项目建设情况。", issue_date="2024-04-02")
    assert "五台县文旅康养集聚区" in {m.text for m in doc._.mentions if m.label == "PLACE"}
    (visit,) = [e for e in doc._.events if e.type == "visit"]
    assert [a.text for a in visit.args["site"]] == ["台怀镇", "五台县文旅康养集聚区"]


def test_a_statistical_body_that_names_a_zone_is_a_place(nlp):
    # the NER reads a zone (…合作区, PD1998's 顶效开发区) as a body; ANNOTATION.md makes it a PLACE
    doc = analyse(nlp, "距市区１７公里的顶效镇。顶效开发区的负责人康厚元说：", issue_date="1998-01-10", home_place=None)
    assert "顶效开发区" in {m.text for m in doc._.mentions if m.label == "PLACE"}
    assert "顶效开发区" not in {m.text for m in doc._.mentions if m.label == "ORG"}


def test_a_surname_and_a_form_of_address_is_no_name(nlp):
    # PD1998: 王老汉, 刘师傅, 杨大娘 (and a modern 李总): how the text addresses someone, no name
    doc = analyse(nlp, "兴水给南河村带来的变化，王老汉真是乐得合不上嘴。刘师傅慢慢介绍起来。邹军背着杨大娘来到金都花园。", issue_date="1998-01-20", home_place=None)
    assert {m.text for m in doc._.mentions if m.label == "PERSON"} == {"邹军"}


def test_a_school_by_its_number(nlp):
    # 榆次一中, PD1998's 鹤壁市一中 are schools; 六中全会 is a plenum, 二中队 a squad
    doc = analyse(nlp, "榆次一中教师李丽娜作为受表彰代表发言。他以全班第一名的好成绩进入鹤壁市一中读初中。", issue_date="2023-09-11", home_place="晋中")
    assert {"榆次一中", "鹤壁市一中"} <= {m.text for m in doc._.mentions if m.label == "ORG"}
    doc = analyse(nlp, "９月，他在中共六届六中全会上指出。市交警三大队二中队队长蔡涛说：", issue_date="1998-01-20", home_place=None)
    assert not any(m.text.endswith("中") for m in doc._.mentions if m.label == "ORG")


def test_enterprises_listed_after_one_are_bodies_and_sites(nlp):
    # 大同煤矿集团、同煤大唐塔山发电公司: the second has no place before it, the list names it;
    # PD1998's 市中心医院、妇幼保健院等六家医院 lists no 等六家医院
    doc = analyse(nlp, "8月20日，王刚一行先后深入到大同煤矿集团、同煤大唐塔山发电公司检查安全生产工作。", issue_date="2023-08-21")
    (visit,) = [e for e in doc._.events if e.type == "visit"]
    assert [a.text for a in visit.args["site"]] == ["大同煤矿集团", "同煤大唐塔山发电公司"]
    doc = analyse(nlp, "市中心医院、妇幼保健院等六家医院，变坐堂看病为上门行医。清华大学、北京大学参加。", issue_date="1998-01-20", home_place=None)
    orgs = {m.text for m in doc._.mentions if m.label == "ORG"}
    assert not any("等" in o for o in orgs) and "北京" in {m.text for m in doc._.mentions if m.label == "PLACE"}


def test_buildings_estates_and_works_are_sites_with_a_name_of_their_own(nlp):
    # 南岸东区夜市, 文瀛湖小区, PD1998's 石漫滩水库 and 深圳帝王大厦 are places; 北京大商场,
    # 南京某小区 and 郑州商场 name none
    doc = analyse(nlp, "张宁先后来到南岸东区夜市、金沙江公园。他来到大同市御东新区文瀛湖小区。", issue_date="2023-09-08")
    assert {"南岸东区夜市", "大同市御东新区文瀛湖小区"} <= {m.text for m in doc._.mentions if m.label == "PLACE"}
    doc = analyse(
        nlp, "石漫滩水库复建工程日前竣工。楼高８１层的深圳帝王大厦。在南京某小区一单元１４户中。郑州商场群落的发展。", issue_date="1998-01-10", home_place=None
    )
    places = {m.text for m in doc._.mentions if m.label == "PLACE"}
    assert {"石漫滩水库", "深圳帝王大厦"} <= places and not {"南京某小区", "郑州商场"} & places


def test_a_body_named_under_a_place_inside_a_place_is_one_name(nlp):
    # 山西省大同市公安局, PD1998's 郑州市中原区城乡建设环境保护局: the longest name as written, the
    # places inside it one place (a place inside a place is not split)
    doc = analyse(nlp, "记者近日走访了山西省大同市公安局。１９９１年，郑州市中原区城乡建设环境保护局批准了申请。", issue_date="2024-01-10")
    assert {m.text for m in doc._.mentions if m.label == "ORG"} == {"山西省大同市公安局", "郑州市中原区城乡建设环境保护局"}
    # (中原区城乡: a site 城乡 cut off as generic no longer hides the district under 郑州市)
    assert {"山西省大同市", "郑州市中原区"} <= {m.text for m in doc._.mentions if m.label == "PLACE"}


def test_a_bodys_research_team_is_the_body(nlp):
    # the NER reads 太原理工大学团队 as one body: the team is the university's, the university the body
    doc = analyse(nlp, "近日，太原理工大学团队研发出新型储能材料。山西大学科研团队取得突破。", issue_date="2024-08-05")
    assert {m.text for m in doc._.mentions if m.label == "ORG"} == {"太原理工大学", "山西大学"}


def test_a_name_after_a_verb_of_going_keeps_its_first_character(nlp):
    # 深入|同|煤集团, 走进|和|林格尔县: after a verb of going, 同 and 和 start the name, no preposition
    doc = analyse(nlp, "李刚先后深入同煤集团、大同机场调研。张敏走进和林格尔县，又赴和顺县调研。记者深入同群众交流。", issue_date="2024-03-06")
    names = {(m.label, m.text) for m in doc._.mentions}
    assert {("ORG", "同煤集团"), ("PLACE", "和林格尔县"), ("PLACE", "和顺县")} <= names
    assert not {("ORG", "煤集团"), ("PLACE", "林格尔县")} & names


def test_a_union_of_states_is_a_body(nlp):
    # 欧盟, 东盟, 北约: bodies, as all three corpora read them (PKU leaves 欧盟/j untagged, MSRA and
    # CLUENER mark an ORG), not places like the states in them
    doc = analyse(nlp, "关于中国与欧盟的关系，钱其琛表示，希望欧盟尽快改变对华政策。菲律宾总统拉莫斯呼吁东盟国家加强合作。", issue_date="1998-01-20")
    names = {(m.label, m.text) for m in doc._.mentions}
    assert {("ORG", "欧盟"), ("ORG", "东盟"), ("PLACE", "中国"), ("PLACE", "菲律宾")} <= names
    assert not {("PLACE", "欧盟"), ("PLACE", "东盟")} & names


def test_a_foreign_division_the_ner_cut_in_two_and_works_named_by_their_place(nlp):
    # 德国图林|根州: the NER's two pieces give way to the division after its country; 德国图林根州工厂
    # is the works in that place, no body's name
    doc = analyse(nlp, "宁德时代在德国图林根州工厂投产\n宁德时代位于德国图林根州埃尔福特市的工厂日前正式投产。", issue_date="2023-07-08")
    names = {(m.label, m.text) for m in doc._.mentions}
    assert {("PLACE", "图林根州"), ("PLACE", "德国"), ("ORG", "宁德时代")} <= names
    assert not {("PLACE", "图林"), ("PLACE", "根州"), ("ORG", "德国图林根州工厂")} & names


def test_modern_departments_named_with_he_and_health_centres(nlp):
    # departments of the 2018 and later reforms, 和 inside their names; a maternal and child health
    # centre; the civil-military integration office (融合办, though 合办 is a verb elsewhere)
    names = ["市规划和自然资源局", "县卫生健康和体育局", "市文化体育和旅游局", "市妇幼保健院", "市委军民融合办"]
    doc = analyse(nlp, "。".join(f"记者从{n}获悉" for n in names) + "。县总工会和县妇联联合举办活动。", issue_date="2024-03-06")
    assert set(names) | {"县总工会", "县妇联"} <= {m.text for m in doc._.mentions if m.label == "ORG"}


def test_a_site_named_where_someone_goes_with_no_place_before_it(nlp):
    # 来到御河生态公园, 深入御东新区, 在万达广场举行: named sites (ANNOTATION.md: parks, zones, bridges,
    # malls); not 这个公园, nor 在街心修起体育公园 (People's Daily, 1998-01-16)
    doc = analyse(
        nlp,
        "市委书记张敏来到御河生态公园、西京立交桥检查，又深入御东新区调研。活动在万达广场举行。"
        "他来到这个公园。左家庄小区还在街心修起体育公园。",
        issue_date="2024-03-06",
    )
    places = {m.text for m in doc._.mentions if m.label == "PLACE"}
    assert {"御河生态公园", "西京立交桥", "御东新区", "万达广场"} <= places
    assert not {"这个公园", "街心修起体育公园", "体育公园"} & places
    (visit,) = [e for e in doc._.events if e.type == "visit" and e.trigger == "检查"]
    assert [a.text for a in visit.args["site"]][:2] == ["御河生态公园", "西京立交桥"]


def test_a_township_named_after_a_village_the_segmenter_cut(nlp):
    # 侯村|乡西村 (the segmenter's words) is 侯村乡 and its village 西村, one place; 侯村乡 alone is
    # no name (侯 a surname); 王村乡亲们 are villagers, no township
    assert places(nlp, "县委书记郭建军走访慰问了侯村乡西村老党员王福贵。") == {"侯村乡西村"}
    assert places(nlp, "他走访了侯村乡。") == {"侯村乡"}
    assert "王村乡" not in places(nlp, "王村乡亲们都来了。")


def test_a_unit_left_unnamed_and_a_military_region(nlp):
    # People's Daily, 1998-01: 某部, 某中学 are units the story does not name; the military region
    # before it is a body (PKU: [北京/ns 军区/n]nt), a place with a verb before it none
    doc = analyse(nlp, "北京军区某部官兵来到村里。宜兴市某中学的学生来信。江泽民在北京观看南京军区前线话剧团演出。", home_place=None)
    bodies = {m.text for m in doc._.mentions if m.label == "ORG"}
    assert "北京军区" in bodies and "南京军区前线话剧团" in bodies
    assert not any("某" in m.text for m in doc._.mentions) and not any("观看" in b for b in bodies)
    # 王（实甫）、马（致远）: a surname with the given name in brackets is no span through a bracket
    doc = analyse(nlp, "如果没有关（汉卿）、王（实甫）、郑（德辉）、马（致远）及其作品。", home_place=None)
    assert not any("（" in m.text or "）" in m.text for m in doc._.mentions)


def test_geoparks_and_roads_named_under_a_place(nlp):
    # a city paper's inspection and People's Daily, 1998-01 (PKU: 南京东路/ns): a national geopark's
    # long name, a road by its direction
    assert places(nlp, "张敏先后来到云州区火山群国家地质公园、平城区新建北路检查。") >= {"云州区火山群国家地质公园", "平城区新建北路"}
    assert "上海南京东路" in places(nlp, "上海南京东路警察署位于“中华商业第一街”。")


def test_an_enterprise_listed_before_its_head_of_staff(nlp):
    # a city paper: the last company of a list before 负责人 (or 等) is a body, and the name the NER
    # read inside it (大|唐云冈|热电公司) none
    doc = analyse(nlp, "晋能控股集团、同煤集团、大唐云冈热电公司负责人作了发言。")
    assert "大唐云冈热电公司" in {m.text for m in doc._.mentions if m.label == "ORG"}
    assert not [m for m in doc._.mentions if m.label == "PERSON"]
