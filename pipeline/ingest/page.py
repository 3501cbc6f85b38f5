"""A page's text to its masthead and articles: headings, bylines, captions, continuations."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass, field

# --- masthead -------------------------------------------------------------------------------

_PAPER = re.compile(r"^#*\s*(?P<name>[\u4e00-\u9fff]{2,12}(?:日报|晚报|早报|时报|商报|报|通讯|电讯|周刊|周末|新闻))(?:[\s　]+(?P<rest>.+?))?\s*$")
# any short name over a date line that gives the weekday or the page (阳曲融媒 / 2024年10月15日 第1版):
# a county media centre's bulletin, whatever its name ends in
_NAME_OVER_DATE = re.compile(r"^#*\s*(?P<name>[\u4e00-\u9fff]{2,10})(?P<rest>)\s*$")
_MASTHEAD_HINTS = re.compile(r"机关报|刊号|数字报|电子版|^第\s*[0-9０-９A-Z]{1,3}\s*版|第\s*\d+\s*号|星期|出版|农历|今日\s*\d+\s*版|CN\s*\d")
MASTHEAD_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?")
_DATE_LINE = re.compile(MASTHEAD_DATE.pattern + r"[\s　]*(?:星期[一二三四五六日天])?[\s　]*(?:第\s*[0-9０-９A-Z]{1,3}\s*版\S{0,8})?\s*")
_ISSUE_NO = re.compile(r"第\s*(\d+)\s*号")
_PAGE_NO = re.compile(r"第\s*(\d+)\s*版|(?<![今共])\b([A-Z]\d{1,2})\s*版")


@dataclass(slots=True)
class Masthead:
    """What a page's masthead says: paper, date, issue number, page."""

    paper: str | None = None
    date: dt.date | None = None
    issue: str | None = None
    page: str | None = None
    text: str = ""


# --- articles -------------------------------------------------------------------------------

_BYLINE_LEAD = re.compile(
    r"^(?:[□■●◆▲\s]*)(?:"
    r"本报讯\s*(?:[（(][^）)]{1,40}[）)])?"
    r"|(?:本报)?又讯\s*(?:[（(][^）)]{1,40}[）)])?"
    r"|(?:新华社|中新社|人民网|央视网|新华网|中国新闻社)[\u4e00-\u9fff]{0,12}\d{1,2}月\d{1,2}日\s*电\s*(?:[（(][^）)]{1,40}[）)])?"
    r"|本报(?:[\u4e00-\u9fff]{2,6})?\d{1,2}月\d{1,2}日\s*电\s*(?:[（(][^）)]{1,40}[）)])?"
    r"|(?:本报|新华社)(?:特约|见习|全媒体)?记者(?:\s*[\u4e00-\u9fff]{2,4})+\s*$"
    r"|发布时间[:：].*$"
    r")"
)
_BYLINE_TAIL = re.compile(r"\s*[（(]\s*(?:本报|特约|见习|全媒体|通讯员|记者)[^（）()]{0,30}[）)]\s*$")
_CAPTION = re.compile(r"[。！]?\s*[（(]?(?:本报|新华社|特约|通讯员|记者)[^。！？（）()]{0,30}摄[）)]?\s*$")
_CONTINUATION = re.compile(r"[（(]\s*(?P<kind>下转|紧转|上接|紧接|转|接)\s*第?\s*(?P<page>[0-9一二三四五六七八九十A-Z]+)\s*版[^（）()]{0,6}?\s*[）)]")
_BULLET = re.compile(r"^[■●◆▲]\s*")
_CJK = "\u4e00-\u9fff"
_TERMINAL = "。！？!?；;…”’」』）)"
_LEAD_VERBS = re.compile(r"(指出|强调|要求|表示|认为|提出|说)$")


@dataclass(slots=True)
class Article:
    """An article of a page as stored: its ``text`` starts with its heading lines."""

    text: str = ""
    headings: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    title: str | None = None
    byline: str | None = None
    kind: str = "article"  # article, caption, masthead
    continued_to: list[str] = field(default_factory=list)
    continued_from: list[str] = field(default_factory=list)
    dangling: bool = False  # ends mid-sentence: a piece continued elsewhere


@dataclass(slots=True)
class Page:
    masthead: Masthead
    articles: list[Article]


def _paragraphs(text: str) -> list[str]:
    """Lines with content, stripped; Markdown trailing double spaces dropped."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def parse_masthead(lines: list[str]) -> tuple[Masthead, int]:
    """Read a masthead from the first lines; return it and how many lines it takes."""
    if not lines:
        return Masthead(), 0
    match = _PAPER.match(lines[0]) or _named_over_a_date_line(lines)
    if not match:
        return Masthead(), 0
    rest = match["rest"] or ""
    if rest and not (_MASTHEAD_HINTS.search(rest) or MASTHEAD_DATE.search(rest) or _PAGE_NO.search(rest)):
        return Masthead(), 0  # a headline that happens to start with a paper's name
    dated_below = not rest and len(lines) > 1 and bool(_DATE_LINE.fullmatch(lines[1].strip()))
    if not match["name"].endswith("报") and not MASTHEAD_DATE.search(rest) and not dated_below:
        return Masthead(), 0  # a county's 通讯 or a 周刊 is a masthead with its date beside it or below
    window = lines[1:16]
    if not rest and not dated_below and not any(_MASTHEAD_HINTS.search(line) for line in window):
        return Masthead(), 0
    end = 1
    for i, line in enumerate(lines[1:16], 1):
        if _CONTINUATION.fullmatch(line.strip()):
            break  # （上接第一版）: the first piece of the page starts
        if line.startswith("#") or len(line) > 40 or line[-1] in "。！？":
            if not line.startswith("#"):
                # the story's lead: the heading lines right before it (no date, page or other
                # mark of a masthead) are its headline, not the masthead's
                while end > 1 and i - end < 3 and is_heading(lines[end - 1]) and not _masthead_line(lines[end - 1]):
                    end -= 1
            break
        if rest and not (_MASTHEAD_HINTS.search(line) or MASTHEAD_DATE.search(line)):
            break  # a one-line masthead (嘉兴日报 2024年1月3日 星期三 A01版): the headline follows
        end = i + 1
    block = "\n".join(lines[:end])
    masthead = Masthead(paper=match["name"], text=block)
    date = MASTHEAD_DATE.search(block.replace("\n", " "))
    if date:
        with contextlib.suppress(ValueError):
            masthead.date = dt.date(int(date["y"]), int(date["m"]), int(date["d"]))
    issue = _ISSUE_NO.search(block)
    if issue:
        masthead.issue = issue[1]
    page = _PAGE_NO.search(block)
    if page:
        masthead.page = page[1] or page[2]
    return masthead, end


def _named_over_a_date_line(lines: list[str]) -> re.Match | None:
    """A first line that is a name alone, the next line a masthead's date with weekday or page."""
    below = lines[1].strip() if len(lines) > 1 else ""
    if not (_DATE_LINE.fullmatch(below) and ("星期" in below or _PAGE_NO.search(below))):
        return None
    return _NAME_OVER_DATE.match(lines[0])


def _masthead_line(line: str) -> bool:
    """Whether ``line`` carries a mark of a masthead: a hint word, a date or a page number."""
    return bool(_MASTHEAD_HINTS.search(line) or MASTHEAD_DATE.search(line) or _PAGE_NO.search(line) or _PAPER.match(line))


def is_heading(line: str) -> bool:
    """A headline's line: marked ``#``, or short, with no full stop, comma or byline lead (a
    closing quotation mark may end it: 村里来了“好支书”)."""
    if line.startswith("#"):
        return True
    unquoted = line.rstrip("”’」』") if line.count("“") == line.count("”") else line
    if not unquoted or len(line) > 45 or unquoted[-1] in _TERMINAL + "，,：:、" or re.search(r"[，,]", line) or _BYLINE_LEAD.match(line):
        return False
    if (_LEAD_VERBS.search(line) and len(line) < 8) or _CAPTION.search(line) or _BULLET.match(line):
        return False  # 他强调 set alone is a broken line; …会议强调 a headline
    return not re.match(r"^\d{1,2}月\d{1,2}日", line)


def _heading_text(line: str) -> str:
    return line.lstrip("#").strip()

#: an e-paper export's field labels (【标题】…, 【作者】…, 【正文】): the headline, the deck, the
#: byline, the text, and fields that are no part of the story (来源, 日期, 版次)
_FIELD = re.compile(r"^[【\[](?P<name>主标题|标题|题目|引题|肩题|副标题|副题|作者|正文|内容|来源|日期|版次|版面|版名|栏目|字数|关键词)[】\]]\s*(?P<rest>.*)$")
_HEADLINE_FIELDS = {"主标题": "## ", "标题": "## ", "题目": "## ", "引题": "### ", "肩题": "### ", "副标题": "### ", "副题": "### "}
_TEXT_FIELDS = ("作者", "正文", "内容")


def split_page(text: str) -> Page:
    """Split a page's text into its masthead and its articles.

    An article starts at a run of heading lines, at a byline lead (``本报讯（记者 …）``, ``又讯``,
    ``新华社北京1月10日电``) or at a bullet (``■``); photo captions (``…摄``) are articles of
    their own; continuation markers (``（下转第三版）``) are cut out and kept as metadata.
    """
    lines = _paragraphs(text)
    masthead, used = parse_masthead(lines)
    articles: list[Article] = []
    if used:
        articles.append(Article(headings=[_heading_text(line) for line in lines[:used]], kind="masthead"))
    headings: list[str] = []
    body: list[str] = []
    meta: dict = {"byline": None, "to": [], "from": []}

    def flush() -> None:
        if not headings and not body:
            return
        titles = [_heading_text(h) for h in headings]
        main = next((_heading_text(h) for h in headings if h.startswith("## ") or h.startswith("# ")), None)
        article = Article(
            headings=titles,
            body=list(body),
            title=main or (titles[0] if titles else None),
            byline=meta["byline"],
            continued_to=meta["to"],
            continued_from=meta["from"],
        )
        articles.append(article)
        headings.clear()
        body.clear()
        meta.update(byline=None, to=[], **{"from": []})

    for line in lines[used:]:
        if field := _FIELD.match(line):
            name, line = field["name"], field["rest"].strip()
            if not line or name not in _HEADLINE_FIELDS and name not in _TEXT_FIELDS:
                continue  # 【正文】 alone, or 【来源】嘉兴日报: no text of the story
            if name in _HEADLINE_FIELDS:
                line = _HEADLINE_FIELDS[name] + line
            elif name == "作者" and meta["byline"] is None:
                if body:
                    flush()  # a byline field opens the story it signs
                meta["byline"] = line
        markers = list(_CONTINUATION.finditer(line))
        if markers:
            if body and any(m["kind"] in ("上接", "紧接", "接") for m in markers):
                flush()  # a continuation from another page starts an article of its own
            for marker in markers:
                target = meta["to"] if marker["kind"] in ("下转", "紧转", "转") else meta["from"]
                target.append(marker["page"])
            line = _CONTINUATION.sub("", line).strip()
            if not line.lstrip("#").strip():
                continue  # the marker alone, or as a heading (### （上接第一版）)
        if is_heading(line):
            if body:
                flush()
            headings.append(line)
            continue
        caption = _CAPTION.search(line)
        if caption and len(line) < 300 and not _BYLINE_LEAD.match(line):
            if body:
                flush()
            credit = caption.group(0).strip("。！ ")
            articles.append(Article(headings=[_heading_text(h) for h in headings], body=[line], kind="caption", byline=credit))
            headings.clear()
            continue
        lead = _BYLINE_LEAD.match(line)
        starts_article = bool(lead and lead.group(0).strip()) or bool(_BULLET.match(line))
        if starts_article and body:
            signed = (
                bool(lead and lead.group(0).strip()) and bool(headings) and meta["byline"] is None
                and not meta["from"] and not _DATELINE.match(body[0])  # a roundup's first item keeps the headline
            )
            if signed and all(len(b) <= DECK_CHARS and b[-1] not in _TERMINAL for b in body):
                pass  # headline and deck lines (短句, no full stop), then the signed lead: one article
            elif signed:
                # headline, a stray unsigned piece, then the signed lead: the headline is the
                # lead's, the piece (set between them by the layout) an article of its own
                moved = list(headings)
                headings.clear()
                flush()
                headings.extend(moved)
            else:
                flush()
        if lead and lead.group(0).strip() and meta["byline"] is None:
            meta["byline"] = lead.group(0).strip(" □■●◆▲")
        tail = _BYLINE_TAIL.search(line)
        if tail and meta["byline"] is None:
            meta["byline"] = tail.group(0).strip()
        body.append(line)
    flush()
    for article in articles:
        if article.kind == "article":
            rejoin_fragment(article)
    rejoin_meeting_piece(articles)
    for article in articles:
        article.text = render(article)
        article.dangling = bool(article.body) and article.body[-1][-1] not in _TERMINAL
    return Page(masthead=masthead, articles=articles)


#: the longest paragraph read as a stray fragment of a sentence (``列席会议。``)
FRAGMENT_CHARS = 20


def breaks_mid_sentence(paragraph: str) -> bool:
    """A prose paragraph that stops mid-sentence: the page layout broke the line, and the next
    piece of the sentence comes in another paragraph. Short lines without end punctuation
    (labels, name lists, bylines) are not prose."""
    lead = _BYLINE_LEAD.match(paragraph)
    prose = paragraph[lead.end() :] if lead else paragraph  # what follows 本报讯（记者 …）
    # it stops on a character or inside a clause (，、), not on a colon, a dash or a bracket
    # and it is prose: a clause mark, not only the 、 of a list of names or units
    return len(prose) >= FRAGMENT_CHARS and _OPEN_END.search(prose) is not None and bool(re.search(r"[，。；：]", prose))


#: a dateline that opens an item without being a byline lead (据新华社莫斯科12月30日电)
_DATELINE = re.compile(rf"^据?(?:新华社|中新社|本报)[{_CJK}]{{0,12}}[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日\s*电")
#: how a paragraph that stops mid-sentence ends
_OPEN_END = re.compile(rf"(?:[{_CJK}]|[，、])$")
#: how a new paragraph starts, never a sentence's rest: a dateline or byline, a bullet, a bracket
_NEW_START = re.compile(r"(?:本报|据?新华社|据|[□■●◆▲（(【〔—―\-]|第[一二三四五六七八九十]+[，、,])")


#: a line this short with no full stop, between a headline and a signed lead, is a deck line;
#: inside a body it is a subheading rather than a line the layout broke
DECK_CHARS = 30


def runs_on(paragraph: str, following: str) -> bool:
    """Whether ``following`` is the rest of the sentence that ``paragraph`` broke off."""
    return (
        len(paragraph) > DECK_CHARS
        and breaks_mid_sentence(paragraph)
        and not _BYLINE_LEAD.match(following)
        and not _NEW_START.match(following)
    )


def rejoin_fragment(article: Article) -> None:
    """A body that opens with a stray end of a sentence (``列席会议。`` right under the heading,
    no byline) while exactly one of its paragraphs stops mid-sentence: the page put the tail of
    that sentence on top; put it back."""
    if len(article.body) < 2 or not article.headings:
        return
    first = article.body[0]
    if len(first) > FRAGMENT_CHARS or first[-1] not in "。！？!?" or re.search(r"[，,：:]", first) or _BYLINE_LEAD.match(first):
        return
    broken = [i for i, paragraph in enumerate(article.body[1:], 1) if breaks_mid_sentence(paragraph)]
    if len(broken) == 1:
        i = broken[0]
        article.body[i] += first
        del article.body[0]


#: a meeting the text has named before: 出席会议, 会议指出 … refer back to it
_MEETING_ANAPHOR = re.compile(r"(?:出席|参加|列席|主持)(?:了)?会议|会议(?:指出|强调|要求|认为|号召|决定|以)")
_MEETING_HELD = re.compile(r"(?:召开|举行)[^。！？]{0,40}?(?:会议|会|座谈会|专题会)")


def rejoin_meeting_piece(articles: list[Article]) -> None:
    """A piece about a meeting set inside an article that never mentions one goes back to the
    article that holds the meeting and stops mid-sentence.

    The page layout can set the rest of a meeting report (``…在主会场出席会议。``, ``会议强调…``)
    under another article. Where exactly one article on the page holds a meeting and stops
    mid-sentence, and a later article with no 会议 of its own has, after a finished sentence, a
    paragraph that refers back to "the meeting", that paragraph and the rest of its article are
    the meeting report's continuation."""
    open_meetings = [
        a
        for a in articles
        if a.kind == "article" and a.body and not a.continued_to
        and breaks_mid_sentence(a.body[-1]) and _MEETING_HELD.search("\n".join(a.body))
    ]
    if len(open_meetings) != 1:
        return
    meeting = open_meetings[0]
    for host in articles[articles.index(meeting) + 1 :]:
        if host.kind != "article":
            continue
        for k in range(1, len(host.body)):
            if "会议" in host.body[k - 1]:
                break  # the host speaks of a meeting of its own
            if host.body[k - 1][-1] in _TERMINAL and _MEETING_ANAPHOR.search(host.body[k]):
                meeting.body[-1] += host.body[k]
                meeting.body.extend(host.body[k + 1 :])
                del host.body[k:]
                return


def render(article: Article) -> str:
    """Heading lines, then the body paragraphs, one a line; a paragraph that stops mid-sentence
    runs on into the next one (the line break is the page layout's, not the writer's)."""
    parts = ["\n".join(article.headings)] if article.headings else []
    lines: list[str] = []
    for i, paragraph in enumerate(article.body):
        # the first paragraph may be a deck line under the headline; it never runs on
        if i > 1 and runs_on(lines[-1], paragraph):
            lines[-1] += paragraph
        else:
            lines.append(paragraph)
    if lines:
        parts.append("\n".join(lines))
    return "\n".join(parts)


# --- sentences ------------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』）)]*|\n+")


def headline_end(text: str) -> int:
    """Where the run of headline lines that opens an article's text ends (0 where none does):
    a kicker, the title and a deck (学习贯彻全国两会精神 / 市委常委会召开扩大会议)."""
    end = 0
    while (stop := text.find("\n", end)) >= 0 and (line := text[end:stop].strip()) and is_heading(line):
        end = stop + 1
    return end


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``: ends at 。！？； (with closing quotes) or a line end."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group(0)[0] != "\n" else match.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans
