"""Ingest on real pages: masthead, articles, bylines, captions, encodings, folders, HTML."""

from __future__ import annotations

import codecs
import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.ingest import find_issues, page_key, read_issue, read_page
from pipeline.ingest.decode import DecodeError, decode_page
from pipeline.ingest.folders import date_from_parts
from pipeline.ingest.html import html_to_text
from pipeline.ingest.page import breaks_mid_sentence, split_page, split_sentences

from .conftest import SEED_PAGE, SEEDS


def write_page(root: Path, relative: str, content: str | bytes) -> Path:
    """A page file under ``root`` (its issue folder made), UTF-8 where ``content`` is text."""
    page = root / relative
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return page


def test_seed_masthead(seed_text):
    page = split_page(seed_text)
    assert page.masthead.paper == "大同日报"
    assert page.masthead.date == dt.date(2022, 1, 11)
    assert page.masthead.issue == "16076"
    assert page.articles[0].kind == "masthead"


def test_one_line_masthead_of_an_e_paper_export(seed_text):
    # the seed's first article under the one-line masthead that e-paper text exports carry
    body = seed_text[seed_text.index("## 扛稳扛牢") :]
    page = split_page("大同日报 2022年1月11日 星期二 第01版\n" + body)
    assert (page.masthead.paper, page.masthead.date, page.masthead.page) == ("大同日报", dt.date(2022, 1, 11), "01")
    assert page.articles[0].kind == "masthead" and page.articles[0].text == "大同日报 2022年1月11日 星期二 第01版"
    assert "扛稳扛牢疫情防控责任 从严从紧落实防控措施" in [a.title for a in page.articles[1:]]
    # a headline that starts with a paper's name is no masthead
    assert split_page("大同日报 创刊七十周年\n本报讯 1月10日，大同日报社举行座谈会。").masthead.paper is None


def test_masthead_of_a_paper_name_over_its_page_label():
    page = split_page("# 运城日报\n\n第2版\n\n## 市委理论学习中心组举行专题学习会\n\n6月3日上午，市委理论学习中心组举行专题学习会。")
    assert (page.masthead.paper, page.masthead.page) == ("运城日报", "2")
    assert [a.kind for a in page.articles] == ["masthead", "article"]


def test_a_headline_that_ends_in_a_verb_of_speech():
    # People's Daily, 1998-01-16, without its Markdown marks: the headline is no body line
    page = split_page("江泽民会见全国宣传部长会议代表时强调\n新华社北京１月１５日电 江泽民今天在人民大会堂会见了全国宣传部长会议代表。")
    (article,) = page.articles
    assert article.title == "江泽民会见全国宣传部长会议代表时强调"


def test_seed_articles_titles_and_bylines(seed_text):
    articles = split_page(seed_text).articles
    titles = [a.title for a in articles]
    assert "扛稳扛牢疫情防控责任 从严从紧落实防控措施" in titles
    assert "习近平同白俄罗斯总统卢卡申科通电话" in titles
    assert "2021山西公安“最美基层民警”名单公布" in titles
    bylines = [a.byline for a in articles]
    for byline in ("本报讯（记者 李明璇）", "本报讯（记者 潘红）", "新华社北京1月10日电", "本报记者 吴华 张世敬"):
        assert byline in bylines
    captions = [a for a in articles if a.kind == "caption"]
    assert [c.byline for c in captions] == ["本报记者 于宏摄"]
    assert "大同东高速口" in captions[0].text


def test_continuation_marker_is_metadata(seed_text):
    articles = split_page(seed_text).articles
    call = next(a for a in articles if a.title == "习近平同白俄罗斯总统卢卡申科通电话")
    assert call.continued_to == ["三"]
    assert "下转" not in call.text


def test_a_line_broken_mid_sentence_runs_on(seed_text):
    articles = split_page(seed_text).articles
    union = next(a for a in articles if a.byline == "本报讯（记者 董芳）")
    # the page broke 对“两节”期间送温暖活动 | 作出具体部署 across two lines: one sentence again
    sentence = next(union.text[s:e] for s, e in split_sentences(union.text) if "作出具体部署" in union.text[s:e])
    assert "市总工会专门下发通知，对“两节”期间送温暖活动作出具体部署。" in sentence
    # a byline on a line of its own does not run into the lead
    feature = next(a for a in articles if a.byline == "本报记者 吴华 张世敬")
    assert "张世敬\n隆冬时节" in feature.text


def test_a_stray_sentence_end_goes_back_to_its_sentence(seed_text):
    articles = split_page(seed_text).articles
    meeting = next(a for a in articles if a.title and a.title.startswith("市人大常委会党组(扩大)会议召开"))
    # 列席会议。 sat under the heading; the one paragraph that stops mid-sentence ends in 刘美
    assert "市人大常委会副主任刘美列席会议。" in meeting.text
    assert not meeting.body[0].startswith("列席会议")


def test_a_headline_goes_to_the_signed_lead_past_a_stray_piece(seed_text):
    articles = split_page(seed_text).articles
    (lead,) = [a for a in articles if a.byline == "本报讯（记者 李明璇）"]
    assert lead.title == "扛稳扛牢疫情防控责任 从严从紧落实防控措施"
    assert "李慧出席" in lead.text.split("\n")[1]  # the second headline line came along
    (stray,) = [a for a in articles if a.body and a.body[0].startswith("要强化属地")]
    assert stray.title is None and stray.byline is None


def test_a_meeting_piece_set_inside_another_article_goes_back(seed_text):
    articles = split_page(seed_text).articles
    (meeting,) = [a for a in articles if a.byline == "本报讯（记者 李明璇）"]
    (police,) = [a for a in articles if a.byline == "本报讯（记者 郝雨）"]
    # …关于疫情防控工作重要 | 指示精神和省委、省政府部署要求…在主会场出席会议。 (set under the police story)
    assert "疫情防控工作重要指示精神和省委、省政府部署要求" in meeting.text
    assert meeting.text.endswith("会议以视频方式开到县一级。")
    assert "出席会议" not in police.text and police.text.endswith("以优异成绩迎接党的二十大胜利召开。")


def test_clean_layouts_are_left_alone():
    # People's Daily, 1 January 1998: a roundup's headline stays with its first item, which opens
    # with a dateline; a short subheading with a comma does not run into the next paragraph
    roundup = split_page(
        "## 外国政要回首１９９７年俄总统：经济停止下滑趋势\n\n德外长：欧洲取得全面成就乌外长：对外政策积极灵活\n\n"
        "据新华社莫斯科１２月３０日电（记者张铁柱）俄罗斯总统叶利钦３０日说，１９９７年俄经济停止下滑。\n\n"
        "新华社波恩１２月３０日电（记者吕鸿）德国外长金克尔３０日说，欧洲在１９９７年取得全面成就。"
    ).articles
    assert roundup[0].title.startswith("外国政要回首") and "叶利钦" in roundup[0].text
    assert roundup[1].title is None and roundup[1].byline.startswith("新华社波恩")
    article = split_page(
        "## 谱写脱贫致富新篇章\n\n本报讯　吕梁地区坚持扶贫开发与计划生育相结合，取得了明显成效。\n\n"
        "综合治理，实行人口与经济、社会、资源、环境协调发展\n\n吕梁地区在两个文明建设的各项工作中，把计划生育放在重要位置。"
    ).articles[0]
    assert "协调发展\n吕梁地区" in article.text


def test_breaks_mid_sentence_reads_prose_only():
    assert breaks_mid_sentence("春节将至，北京冬奥会进入倒计时，全市各级各部门要绷紧疫情防控这根弦，防")
    assert not breaks_mid_sentence("市人大常委会主任谷明主持会议，赵宇出席。")  # ends a sentence
    assert not breaks_mid_sentence("□本报记者 吴华 张世敬")  # a byline
    assert breaks_mid_sentence("本报讯（记者 李明璇）1月10日，卢东亮强调，要认真贯彻落实习近平总书记关于疫情防控工作重要")
    assert not breaks_mid_sentence("奋斗两个五年 跨入第一方阵")  # a label


def test_an_article_continued_on_another_page_is_one_document(tmp_path, seed_text):
    # the seed's phone call, laid out as papers do: its second half jumps to page 3
    lines = seed_text.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("习近平指出，很高兴"))
    end = next(i for i, line in enumerate(lines) if "（下转第三版）" in line)
    jumped = [line.replace("（下转第三版）", "") for line in lines[start + 1 : end + 1]]
    page1 = lines[: start + 1] + [lines[start] and "（下转第三版）"] + lines[end + 1 :]
    police = [line for line in lines if "田爱雨" in line or line.startswith("2021山西公安")]
    page3 = ["## " + police[0], *police[1:], "", "（上接第一版）" + jumped[0], *jumped[1:]]
    issue = tmp_path / "2022-01-11"
    issue.mkdir()
    (issue / "01.txt").write_text("\n".join(page1), encoding="utf-8")
    (issue / "03.txt").write_text("\n".join(page3), encoding="utf-8")
    documents, errors = read_issue(next(find_issues(tmp_path)), tmp_path)
    assert not errors
    call = [d for d in documents if "卢卡申科" in d.text]
    assert len(call) == 1 and call[0].page == "1" and call[0].title == "习近平同白俄罗斯总统卢卡申科通电话"
    assert "很高兴在新年伊始同你通电话" in call[0].text and "一如既往支持白方走符合本国国情的发展道路。" in call[0].text
    assert call[0].continued_to == [] and not any(d.continued_from for d in documents)
    assert [d.page for d in documents if "田爱雨" in d.text] == ["1", "3"]  # the page-3 article keeps its own


def test_a_long_article_jumps_from_its_last_piece(seed_text):
    from pipeline.ingest import MAX_ARTICLE_CHARS, split_long

    call = next(a for a in split_page(seed_text).articles if a.title == "习近平同白俄罗斯总统卢卡申科通电话")
    call.continued_from = ["二"]
    long = replace(call, text="\n".join([call.text] * (MAX_ARTICLE_CHARS // len(call.text) + 2)))
    pieces = split_long(long)
    assert len(pieces) >= 2
    assert [p.continued_to for p in pieces] == [[]] * (len(pieces) - 1) + [["三"]]
    assert [p.continued_from for p in pieces] == [["二"]] + [[]] * (len(pieces) - 1)


@pytest.mark.parametrize(("label", "key"), [("三", "3"), ("03", "3"), ("十二", "12"), ("二十", "20"), ("A3", "A3")])
def test_page_labels_compare(label, key):
    assert page_key(label) == key


def test_sentences_index_the_text():
    text = "1月10日，市十五届人大常委会召开第九十二次会议。\n市人大常委会主任谷明主持会议！他说：“好。”"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "1月10日，市十五届人大常委会召开第九十二次会议。",
        "市人大常委会主任谷明主持会议！",
        "他说：“好。”",
    ]


def test_documents_from_the_seed_folder():
    issue = next(find_issues(SEEDS))
    assert issue.date == dt.date(2022, 1, 11)
    documents, errors = read_issue(issue, SEEDS)
    assert errors == []
    assert {d.source for d in documents} == {"2022-01-11/01.txt"}
    assert all(d.paper == "大同日报" and d.date == "2022-01-11" and d.issue == "16076" for d in documents)
    assert all(d.page == "1" for d in documents)
    assert len({d.id for d in documents}) == len(documents)
    cut = [d.byline for d in documents if d.ends_mid_sentence]
    # the 市总工会 story stops mid-sentence; the meeting report got its scattered piece back
    assert "本报讯（记者 董芳）" in cut and "本报讯（记者 李明璇）" not in cut and "本报讯（记者 潘红）" not in cut


def test_gb18030_copy_gives_the_same_documents(tmp_path, seed_text):
    for folder, data in (("utf8", seed_text.encode()), ("gb", seed_text.encode("gb18030")),
                         ("bom", codecs.BOM_UTF8 + seed_text.encode()), ("utf16", seed_text.encode("utf-16"))):
        page = tmp_path / folder / "2022-01-11" / "01.txt"
        page.parent.mkdir(parents=True)
        page.write_bytes(data)
    texts = {}
    for folder in ("utf8", "gb", "bom", "utf16"):
        root = tmp_path / folder
        documents, errors = read_issue(next(find_issues(root)), root)
        assert errors == []
        texts[folder] = [(d.id, d.text, d.title) for d in documents]
    assert texts["gb"] == texts["utf8"] == texts["bom"] == texts["utf16"]


def test_masthead_dates_an_undated_folder(tmp_path, seed_text):
    page = tmp_path / "frontpages" / "a.txt"
    page.parent.mkdir()
    page.write_text(seed_text, encoding="utf-8")
    documents, _ = read_issue(next(find_issues(tmp_path)), tmp_path)
    assert {d.date for d in documents} == {"2022-01-11"}


@pytest.mark.parametrize(
    ("parts", "expected"),
    [(("2022-01-11",), dt.date(2022, 1, 11)), (("20220111",), dt.date(2022, 1, 11)),
     (("2022", "01", "11"), dt.date(2022, 1, 11)), (("archive", "2022_01_11"), dt.date(2022, 1, 11)),
     (("2022年1月11日",), dt.date(2022, 1, 11)), (("大同日报", "2011年03月04日"), dt.date(2011, 3, 4)),
     (("misc",), None), (("2022-13-45",), None), (("2022年13月1日",), None)],
)
def test_folder_dates(parts, expected):
    assert date_from_parts(parts) == expected


def test_nested_year_month_day_folders(tmp_path):
    for day in ("10", "11"):
        page = tmp_path / "2022" / "01" / day / "01.txt"
        page.parent.mkdir(parents=True)
        page.write_text("本报讯 1月10日，会议召开。", encoding="utf-8")
    issues = list(find_issues(tmp_path))
    assert [(i.key, i.date) for i in issues] == [("2022/01/10", dt.date(2022, 1, 10)), ("2022/01/11", dt.date(2022, 1, 11))]


def test_binary_pages_are_clear_errors():
    with pytest.raises(DecodeError, match="PDF"):
        decode_page(b"%PDF-1.4 \x00\x01")
    with pytest.raises(DecodeError, match="JPEG"):
        decode_page(b"\xff\xd8\xff\xe0\x00\x10JFIF")


def test_a_bad_page_does_not_lose_the_issue(tmp_path, seed_text):
    folder = tmp_path / "2022-01-11"
    folder.mkdir()
    (folder / "01.txt").write_text(seed_text, encoding="utf-8")
    (folder / "02.txt").write_bytes(b"%PDF-1.7 binary")
    documents, errors = read_issue(next(find_issues(tmp_path)), tmp_path)
    assert [e.source for e in errors] == ["2022-01-11/02.txt"]
    assert "PDF" in errors[0].message
    assert documents and all(d.source == "2022-01-11/01.txt" for d in documents)


def test_html_page(tmp_path):
    html = (
        "<html><head><title>大同日报</title><style>p{color:red}</style><script>var x=1;</script></head>"
        "<body><h2>市人大常委会召开主任会议</h2><p>本报讯（记者 潘红）1月10日，市十五届人大常委会召开第九十二次会议。</p>"
        "<p>市人大常委会主任谷明主持会议&nbsp;。</p></body></html>"
    )
    text = html_to_text(html)
    assert "var x" not in text and "color" not in text
    assert "## 市人大常委会召开主任会议" in text
    page = tmp_path / "2022-01-11" / "01.html"
    page.parent.mkdir()
    page.write_text(html, encoding="utf-8")
    masthead, document = read_page(page, "2022-01-11/01.html", "2022-01-11")
    assert masthead.kind == "masthead" and document.paper == "大同日报"  # from <title>
    assert document.title == "市人大常委会召开主任会议"
    assert document.byline == "本报讯（记者 潘红）"


E_PAPER = """<!DOCTYPE html><html><head><title>大同日报数字报-市人大常委会召开主任会议</title></head><body>
<div class="top"><a href="../../../index.htm">首页</a> | <a href="node_1.htm">上一版</a> <a href="node_3.htm">下一版</a>
2022年01月11日 星期二</div>
<div class="banner">大同日报 第01版：要闻</div>
<table><tr><td><a href="content_1.htm">扛稳扛牢疫情防控责任 从严从紧落实防控措施</a></td></tr>
<tr><td><a href="content_2.htm">卢东亮赴市公安局调研慰问</a></td></tr></table>
<div class="article"><h1>市人大常委会召开主任会议</h1><founder-content>
<p>　　本报讯（记者 潘红）1月10日，市十五届人大常委会召开第九十二次会议。</p>
<p>　　市人大常委会主任谷明主持会议。</p></founder-content></div>
<div class="footer">版权所有 大同日报社 晋ICP备00000000号</div></body></html>"""


def test_e_paper_chrome_gives_way_to_a_masthead(tmp_path):
    # the seed's article in the chrome of a Founder e-paper page: links, banner, footer
    text = html_to_text(E_PAPER)
    assert text.splitlines()[0] == "大同日报 2022年01月11日 第01版"
    assert "上一版" not in text and "ICP" not in text and "卢东亮赴市公安局调研慰问" not in text
    page = tmp_path / "2022-01-11" / "node_2.htm"
    page.parent.mkdir()
    page.write_bytes(E_PAPER.replace('charset="utf-8"', "").encode("gb18030"))
    masthead, document = read_page(page, "2022-01-11/node_2.htm", None)
    assert (masthead.kind, document.paper, document.page, document.date) == ("masthead", "大同日报", "01", "2022-01-11")
    assert document.title == "市人大常委会召开主任会议" and document.text.endswith("市人大常委会主任谷明主持会议。")


def test_an_e_paper_dated_and_paged_in_its_title_only(tmp_path):
    # 长治日报 2023年04月15日 第01版：要闻 in <title>, no banner: the masthead takes date and page
    # from it (no made-up 数字报 line, which the NER read as a body)
    html = (
        "<html><head><title>长治日报 2023年04月15日 第01版：要闻</title></head><body>"
        '<div class="nav"><a href="#">首页</a> | <a href="#">下一版</a></div>'
        "<h1>市委常委会召开会议</h1><p>本报讯（记者 申晓东）4月14日，市委常委会召开会议。</p></body></html>"
    )
    assert html_to_text(html).splitlines()[0] == "长治日报 2023年04月15日 第01版"
    page = tmp_path / "2023-04-15" / "page01.html"
    page.parent.mkdir()
    page.write_text(html, encoding="utf-8")
    masthead, document = read_page(page, "2023-04-15/page01.html", None)
    assert (document.paper, document.page, document.date) == ("长治日报", "01", "2023-04-15")


def test_an_e_paper_banner_cell_with_the_papers_name_alone(tmp_path):
    # a GB2312 page whose banner is a table: the paper's name in one cell, the date in the next;
    # neither cell is the article's headline
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>运城日报数字报</title></head>'
        '<body><table><tr><td class="banner">运城日报</td><td>2021年07月02日</td></tr></table>'
        "<h3>我市干部群众收听收看庆祝大会实况</h3><p>本报讯（记者 畅晓霞）7月1日上午，市委书记丁小强主持召开市委常委会会议。</p></body></html>"
    )
    page = write_page(tmp_path, "2021-07-02/node_1.htm", html.encode("gb18030"))
    masthead, document = read_page(page, "2021-07-02/node_1.htm", None)
    assert (document.paper, document.date, document.title) == ("运城日报", "2021-07-02", "我市干部群众收听收看庆祝大会实况")
    assert document.text.startswith("我市干部群众收听收看庆祝大会实况\n")


def test_seed_is_the_shared_seed(shared):
    assert SEED_PAGE.read_bytes() == (shared / "seeds" / "000_5d5f4632bb365153.txt").read_bytes()


def test_page_paths_are_relative(tmp_path: Path):
    page = tmp_path / "2022-01-11" / "03.md"
    page.parent.mkdir()
    page.write_text("## 标题\n\n本报讯 正文。", encoding="utf-8")
    documents, _ = read_issue(next(find_issues(tmp_path)), tmp_path)
    assert documents[0].source == "2022-01-11/03.md" and documents[0].page == "3"


def test_another_dispatch_starts_an_article():
    # People's Daily, 1998-01-25: 又讯 after a report is a second dispatch, not the report's paragraph
    page = split_page(
        "张北地震灾区群众安全过冬\n"
        "本报张家口１月２４日电记者日前在张北县看到，灾区群众已全部住进防寒帐篷。\n"
        "又讯中国红十字总会支援张北地震灾区援救工作，已取得阶段性成就。\n"
    )
    texts = [a.text for a in page.articles]
    assert len(texts) == 2 and texts[1].startswith("又讯中国红十字总会")
    assert page.articles[0].title == "张北地震灾区群众安全过冬"


def test_e_paper_navigation_separators_and_a_deck_heading(tmp_path):
    # the links of a nav bar leave a bare | between them: no line of the text; an <h4> deck is a
    # heading under the title, not a paragraph of the story
    html = (
        '<html><head><meta charset="utf-8"><title>长治日报-第1版:要闻</title></head><body>'
        '<div class="header"><a href="#">首页</a> | <a href="#">往期回顾</a></div><div>2024年9月2日 星期一</div>'
        "<h1>市委常委会召开会议</h1><h4>研究部署秋季农业生产等工作</h4>"
        "<div>&nbsp;&nbsp;本报讯（记者 秦晓玲）8月31日，市委书记王立伟主持召开市委常委会会议。<br>　　会议强调，要抓好秋粮收获。</div>"
        "</body></html>"
    )
    assert "|" not in html_to_text(html)
    page = tmp_path / "2024-09-02" / "1.html"
    page.parent.mkdir()
    page.write_text(html, encoding="utf-8")
    masthead, document = read_page(page, "2024-09-02/1.html", "2024-09-02")
    assert document.title == "市委常委会召开会议" and document.paper == "长治日报"
    assert document.text.split("\n")[:3] == ["市委常委会召开会议", "研究部署秋季农业生产等工作", "本报讯（记者 秦晓玲）8月31日，市委书记王立伟主持召开市委常委会会议。"]


def test_a_plain_text_masthead_gives_back_the_first_headline_and_a_quoted_headline():
    # a city daily's page as plain text: the masthead's lines, then the first story's headline and
    # lead; a feature's headline may end in a quotation mark (村里来了“好支书”) before its byline line
    page = split_page(
        "忻州日报\n2021年9月8日 星期三\n第3版\n\n市领导检查开学工作\n\n"
        "本报讯（记者 李静）开学第一天，市领导分头深入学校检查开学工作。\n\n"
        "村里来了“好支书”\n\n本报记者 赵鹏飞\n\n河曲县沙坪乡辛庄村党支部书记李二牛今年52岁。\n\n"
        "“支书是我们的主心骨。”村民张大爷说。\n"
    )
    assert page.masthead.page == "3" and page.masthead.text.endswith("第3版")
    articles = [a for a in page.articles if a.kind == "article"]
    assert [a.title for a in articles] == ["市领导检查开学工作", "村里来了“好支书”"]
    assert articles[1].byline == "本报记者 赵鹏飞" and articles[1].text.endswith("村民张大爷说。")


def test_a_continuation_marker_set_as_a_heading(tmp_path):
    # an e-paper's <h3>（上接第一版）</h3>: the piece continued from page one, with no empty title
    html = (
        "<html><head><title>阳泉日报</title></head><body><div>2020年11月05日 星期四 第02版：综合新闻</div>"
        "<h3>市委理论学习中心组举行集体学习</h3><p>本报讯（记者 郭丽）11月4日，市委理论学习中心组举行集体学习。</p>"
        "<h3>（上接第一版）</h3><p>会议要求，全市各级各部门要切实扛起政治责任。</p></body></html>"
    )
    page = tmp_path / "2020-11-05" / "node_2.htm"
    page.parent.mkdir()
    page.write_bytes(html.encode("gb18030"))
    documents, errors = read_issue(next(find_issues(tmp_path)), tmp_path)
    piece = documents[-1]
    assert not errors and piece.continued_from == ["一"]
    assert piece.title is None and piece.text == "会议要求，全市各级各部门要切实扛起政治责任。"


def test_a_county_bulletins_one_line_masthead_and_home(tmp_path):
    # 黎城通讯 2024年7月3日: a county's paper, no 报 in its name; the headlines follow with no blank line,
    # and the county (黎城县) is the home its 县委 belongs to
    from pipeline.runner.local import home_place_of

    page = write_page(
        tmp_path, "2024-07-03/1.txt", "黎城通讯 2024年7月3日\n县委理论学习中心组召开专题学习会\n7月2日，县委理论学习中心组召开专题学习会。县委书记武建军主持并讲话。\n"
    )
    masthead, document = read_page(page, "2024-07-03/1.txt", None)
    assert (document.paper, document.date, document.title) == ("黎城通讯", "2024-07-03", "县委理论学习中心组召开专题学习会")
    assert (home_place_of("黎城通讯"), home_place_of("大同日报"), home_place_of("光明日报")) == ("黎城县", "大同", None)
    split = split_page("黎城新闻联播开播\n本报讯 7月2日，县广播电视台新闻节目开播。\n")
    assert split.masthead.paper is None  # a headline that starts with a name and 新闻, no date


def test_a_markdown_exports_images_links_and_bold_type_go(tmp_path):
    # an e-paper exported to Markdown: the picture, the link around a name, the bold lead, a quote's
    # and a bullet's markers are no text of the page; its headings and lines stay
    page = write_page(
        tmp_path,
        "2024-02-02/01.md",
        "# 朔州日报\n\n2024年2月2日 星期五 第01版\n\n![](http://epaper.example.com/pic/0201.jpg)\n\n"
        "## **市委常委会召开会议**\n\n**本报讯**（记者 **王敏**）2月1日，市委书记[张德](http://x.y/z)主持召开市委常委会会议。\n\n"
        "> 会议强调，要扎实做好春节期间各项工作。\n\n* 市领导刘华、赵明参加会议。\n\n---\n",
    )
    masthead, document = read_page(page, "2024-02-02/01.md", None)
    assert document.title == "市委常委会召开会议"
    assert document.text == (
        "市委常委会召开会议\n本报讯（记者 王敏）2月1日，市委书记张德主持召开市委常委会会议。\n"
        "会议强调，要扎实做好春节期间各项工作。\n市领导刘华、赵明参加会议。"
    )


def test_a_bulletins_masthead_with_its_date_on_the_line_below(tmp_path):
    # a county-level city's bulletin, its name as a heading and its date on the next line: the
    # masthead, not an article titled with the paper's name that swallows the first story
    from pipeline.runner.local import home_place_of

    page = write_page(
        tmp_path, "2023-06-21/1.txt", "# 孝义通讯\n\n2023年6月21日\n\n## 县委召开常委会议\n\n6月20日，县委召开常委会议。\n"
    )
    masthead, document = read_page(page, "2023-06-21/1.txt", None)
    assert (document.paper, document.title) == ("孝义通讯", "县委召开常委会议")
    assert home_place_of("孝义通讯") == "孝义市"
    assert split_page("# 孝义通讯\n\n记者走进孝义\n\n6月20日，记者来到孝义。\n").masthead.paper is None


def test_a_masthead_named_without_bao_dated_on_the_line_below():
    # 新华每日电讯, 南方周末: papers whose names do not end in 报, their date and page on the next line
    page = split_page(
        "# 新华每日电讯\n\n2024年6月3日 星期一 第1版\n\n## 习近平同巴西总统卢拉通电话\n\n"
        "新华社北京6月2日电 国家主席习近平6月2日晚应约同巴西总统卢拉通电话。\n"
    )  # fmt: skip
    assert (page.masthead.paper, page.masthead.date, page.masthead.page) == ("新华每日电讯", dt.date(2024, 6, 3), "1")
    assert [a.headings for a in page.articles if a.kind == "article"] == [["习近平同巴西总统卢拉通电话"]]
    assert split_page("# 南方周末\n\n2023年5月4日 第A1版\n\n## 一座小城的夜市\n\n夜里十点，街上人来人往。\n").masthead.paper == "南方周末"


def test_a_continuation_right_under_the_masthead(tmp_path):
    # page 2 opens with （上接第一版） on its own line under the masthead: the piece's marker, not a
    # line of the masthead, so the two halves of the story are one document
    write_page(
        tmp_path, "2024-09-12/01.txt",
        "# 忻州日报\n\n2024年9月12日 星期四 第1版\n\n## 市委理论学习中心组举行集体学习\n\n"
        "9月10日，市委理论学习中心组举行集体学习。市委书记李建国主持并讲话。（下转第二版）\n",
    )  # fmt: skip
    write_page(
        tmp_path, "2024-09-12/02.txt",
        "# 忻州日报\n\n2024年9月12日 星期四 第2版\n\n（上接第一版）\n\n李建国强调，要推动全会各项部署落地见效。\n\n"
        "## 我市召开森林防火工作推进会\n\n9月11日，全市森林防火工作推进会召开。\n",
    )  # fmt: skip
    documents, errors = read_issue(next(find_issues(tmp_path)), tmp_path)
    study = [d for d in documents if "李建国" in d.text]
    assert not errors and len(study) == 1
    assert study[0].text.endswith("李建国强调，要推动全会各项部署落地见效。") and study[0].continued_to == []


def test_an_e_paper_exports_field_labels(tmp_path):
    # 【标题】…【作者】…【正文】: the headline, the byline and the text; 【来源】 is no part of the story
    write_page(
        tmp_path, "20240315/A02.txt",
        "嘉兴日报 2024年3月15日 星期五 A02版：要闻\n\n【标题】陈伟俊主持召开市委常委会会议\n【作者】记者 沈晓云\n【来源】嘉兴日报\n【正文】\n"
        "3月14日，市委书记陈伟俊主持召开市委常委会会议。\n\n【引题】春耕时节\n【标题】我市召开春季农业生产工作会议\n【正文】\n"
        "本报讯 3月14日，全市春季农业生产工作会议召开。\n",
    )  # fmt: skip
    documents = [d for d in read_issue(next(find_issues(tmp_path)), tmp_path)[0] if d.kind == "article"]
    assert [(d.title, d.byline) for d in documents] == [("陈伟俊主持召开市委常委会会议", "记者 沈晓云"), ("我市召开春季农业生产工作会议", "本报讯")]
    assert "【" not in documents[0].text + documents[1].text and "来源" not in documents[0].text


def test_an_e_papers_navigation_in_plain_text_is_chrome():
    # 首页 | 上一版 | 下一版 | 第01版：要闻 set as text, not links: no line of the story, and the
    # page it names goes to the masthead
    html = (
        "<html><head><title>长治日报</title></head><body>"
        '<div class="nav">首页 | 上一版 | 下一版 | 第01版：要闻</div><div>上一篇 下一篇</div>'
        "<founder-title><h1>杨勤荣主持召开市委常委会会议</h1></founder-title>"
        "<founder-content><p>10月11日，市委书记杨勤荣主持召开市委常委会会议。</p></founder-content></body></html>"
    )
    lines = html_to_text(html).splitlines()
    assert [line for line in lines if line] == ["长治日报 第01版", "# 杨勤荣主持召开市委常委会会议", "10月11日，市委书记杨勤荣主持召开市委常委会会议。"]


def test_continuation_markers_written_otherwise(tmp_path):
    # （紧转A2版）…（紧接A1版）, and a marker naming its page's section (（下转A3版·要闻）): the story's
    # halves are one document
    write_page(
        tmp_path, "2024-05-06/01.txt",
        "# 晋中日报\n\n2024年5月6日 星期一 A1版\n\n## 市委常委会召开会议\n\n5月5日，市委书记李杰主持召开市委常委会会议。（紧转A2版）\n\n"
        "## 我市召开安全生产会议\n\n5月5日，全市安全生产会议召开。（下转A3版·要闻）\n",
    )  # fmt: skip
    write_page(tmp_path, "2024-05-06/02.txt", "# 晋中日报\n\n2024年5月6日 星期一 A2版\n\n（紧接A1版）会议强调，要抓好落实。\n")
    write_page(tmp_path, "2024-05-06/03.txt", "# 晋中日报\n\n2024年5月6日 星期一 A3版\n\n（上接A1版·要闻）会议要求，要压实责任。\n")
    documents, errors = read_issue(next(find_issues(tmp_path)), tmp_path)
    texts = sorted(d.text for d in documents if d.kind == "article")
    assert not errors and len(texts) == 2
    assert texts == [
        "市委常委会召开会议\n5月5日，市委书记李杰主持召开市委常委会会议。\n会议强调，要抓好落实。",
        "我市召开安全生产会议\n5月5日，全市安全生产会议召开。\n会议要求，要压实责任。",
    ]


def test_a_media_centres_name_over_its_date_and_page_is_a_masthead():
    # a county media centre's bulletin (阳曲融媒): no paper word in its name, its date and page below;
    # a headline over a bare date is still a headline
    from pipeline.runner.local import home_place_of

    page = split_page("阳曲融媒\n2024年10月15日 第1版\n县委书记郭建军走访慰问老党员\n10月14日，县委书记郭建军走访慰问了老党员。\n")
    assert (page.masthead.paper, page.masthead.date, page.masthead.page) == ("阳曲融媒", dt.date(2024, 10, 15), "1")
    assert [a.title for a in page.articles if a.kind == "article"] == ["县委书记郭建军走访慰问老党员"]
    assert home_place_of("阳曲融媒") == "阳曲县"
    # 今日广灵: a county's paper named 今日 and the county's short name; 今日头条 names no place
    assert (home_place_of("今日广灵"), home_place_of("今日头条")) == ("广灵县", None)
    assert split_page("市委常委会召开会议\n2024年6月11日\n本报讯 6月11日，市委常委会召开会议。\n").masthead.paper is None
