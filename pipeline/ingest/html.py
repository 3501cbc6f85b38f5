"""E-paper HTML pages to plain text with one block element a paragraph.

An e-paper page wraps its article in the site's chrome: navigation links (首页, 上一版, the
page's other headlines), a date and page banner, a copyright footer. The links and the chrome
lines are dropped; what they say about the issue (the paper's name, often only in ``<title>``,
the date, the page) is put back as a one-line masthead (``绍兴日报 2024年08月21日 第01版``) that
the page parser reads like a printed one.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from .page import MASTHEAD_DATE as _DATE

_DROP = "script, style, noscript, template, iframe, nav, footer, header > nav, head"
_BLOCKS = "p, div, br, h1, h2, h3, h4, h5, h6, li, tr, td, section, article, title, founder-content"
_HEADINGS = {"h1": "# ", "h2": "## ", "h3": "### ", "h4": "#### ", "h5": "#### ", "h6": "#### "}
#: a link longer than this is text that happens to be linked, not navigation
_NAV_LINK_CHARS = 40

_PAPER = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:日报|晚报|早报|时报|商报)")
_PAPER_ALONE = re.compile(rf"(?:{_PAPER.pattern})(?:数字报|电子版|数字版)?")
_PAGE = re.compile(r"第\s*([0-9A-Z０-９]{1,3})\s*版")
#: what a chrome line may hold besides a paper, a date and a page: 星期三, 要闻, separators
_CHROME_REST = re.compile(r"^[\s|｜:：/\-—·]*(?:星期[一二三四五六日天])?[\s|｜:：/\-—·]*(?:[\u4e00-\u9fff]{0,6})?[\s|｜:：/\-—·]*$")
#: the site's navigation words, where they are plain text rather than links
_NAV_WORDS = re.compile(r"首页|上一版|下一版|上一篇|下一篇|上一期|下一期|返回目录|返回首页|版面导航|标题导航|往期回顾|本版标题|PDF版?|版面概览")
_SEPARATORS_ONLY = re.compile(r"^[\s|｜/／\\·•>»›<«‹\-—_=*、,，.。:：;；]+$")
_FOOTER = re.compile(r"版权所有|ICP备|All Rights Reserved|Copyright|©|未经书面授权|违法和不良信息举报", re.IGNORECASE)


def _is_chrome(line: str) -> bool:
    """A banner line of the site (2024年08月21日 星期三 | 绍兴日报 第01版：要闻), not article text."""
    if _FOOTER.search(line) or _PAPER_ALONE.fullmatch(line):
        return True  # a footer; a banner cell that holds the paper's name alone (运城日报)
    navigation = _NAV_WORDS.sub("", line)
    if _SEPARATORS_ONLY.match(navigation or "|"):
        return True  # 首页 | 上一版 | 下一版
    if not (_DATE.search(line) or _PAGE.search(line)):
        return False
    rest = _PAGE.sub("", _DATE.sub("", _PAPER.sub("", navigation)))
    return bool(_CHROME_REST.match(rest)) and len(line) <= 40


def html_to_text(html: str) -> str:
    """Visible text of an HTML page; headings become Markdown headings, blocks paragraphs; the
    site's links and banner lines give way to a one-line masthead."""
    tree = LexborHTMLParser(html)
    title = tree.css_first("title")
    page_title = title.text(strip=True) if title is not None else ""
    for node in tree.css(_DROP):
        node.decompose()
    body = tree.body or tree.root
    if body is None:
        return ""
    for link in body.css("a"):
        if len(link.text(strip=True)) <= _NAV_LINK_CHARS:
            link.decompose()  # 上一版, 返回目录, the page's other headlines
    for tag, marker in _HEADINGS.items():
        for node in body.css(tag):
            text = node.text(separator="", strip=True)
            node.replace_with(f"\n\n{marker}{text}\n\n" if text else "\n")
    for node in body.css(_BLOCKS):
        node.insert_before("\n\n")
        node.insert_after("\n\n")
    text = body.text(separator="", strip=False)
    lines = [line.strip() for line in text.replace("\xa0", " ").replace("\u3000", " ").splitlines()]
    paragraphs, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    # what the navigation links leave between them (首页 | 往期回顾: a bare |) says nothing
    paragraphs = [p for p in paragraphs if not _SEPARATORS_ONLY.match(p)]
    chrome = [p for p in paragraphs if _is_chrome(p)]
    paragraphs = [p for p in paragraphs if p not in chrome]
    masthead = _masthead(page_title, chrome)
    return "\n\n".join([*([masthead] if masthead else []), *paragraphs]) + "\n"


def _masthead(page_title: str, chrome: list[str]) -> str | None:
    """``绍兴日报 2024年08月21日 第01版`` from the page's title and banner lines, where they
    name the paper."""
    paper = _PAPER.search(page_title) or next((m for line in chrome if (m := _PAPER.search(line))), None)
    if paper is None:
        return None
    lines = (*chrome, page_title)  # the banner first, then the title
    date = next((m.group() for line in lines if (m := _DATE.search(line))), None)
    page = next((m.group() for line in lines if (m := _PAGE.search(line))), None)
    return " ".join(part for part in (paper.group(), date, page) if part) if date or page else f"{paper.group()} 数字报"
