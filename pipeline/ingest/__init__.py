"""Ingest: issue folders → pages → articles (documents) with issue metadata and sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..numerals import parse_number
from ..output import document_id
from ..records import Document
from .decode import DecodeError, decode_page
from .folders import Issue, find_issues, page_sort_key
from .html import html_to_text
from .markdown import strip_markup
from .page import Article, Masthead, split_page, split_sentences

__all__ = ["Issue", "PageError", "find_issues", "page_key", "read_page", "read_issue", "split_sentences", "page_sort_key"]

MAX_PAGE_BYTES = 50 * 1024 * 1024
#: articles longer than this are cut at sentence ends into several documents (bounded memory)
MAX_ARTICLE_CHARS = 10_000
#: a page with a longer line is refused: no newspaper prints a megabyte without a line break
MAX_LINE_CHARS = 1_000_000


@dataclass(slots=True)
class PageError:
    """A page that could not be read: its path (relative to the input) and what is wrong."""

    source: str
    message: str


def _page_number(path: Path, masthead: Masthead) -> str | None:
    if masthead.page:
        return masthead.page
    match = re.fullmatch(r"(?:page[-_]?|第)?([A-Z]?\d{1,3})(?:版)?", path.stem, flags=re.IGNORECASE)
    if match:
        value = match[1]
        return value.lstrip("0") or "0" if value.isdigit() else value
    return None


def split_long(article: Article, limit: int = MAX_ARTICLE_CHARS) -> list[Article]:
    """An article, or its pieces of at most ``limit`` characters cut at sentence ends."""
    if len(article.text) <= limit:
        return [article]
    pieces, start = [], 0
    for sentence_start, sentence_end in split_sentences(article.text):
        if sentence_end - start > limit and sentence_start > start:
            pieces.append(article.text[start:sentence_start])
            start = sentence_start
    pieces.append(article.text[start:])
    cut = [p[i : i + limit] for p in pieces for i in range(0, len(p), limit)]  # a sentence over the limit
    last = len(cut) - 1
    # a jump to another page leaves from the last piece; a continuation arrives at the first
    return [
        replace(
            article, text=text, body=[text], continued_to=article.continued_to if i == last else [],
            continued_from=article.continued_from if i == 0 else [], dangling=article.dangling if i == last else False,
        )
        for i, text in enumerate(cut)
    ]


def read_page(path: Path, source: str, issue_date: str | None) -> list[Document]:
    """A page file's articles as documents (no NLP yet). Raises ``DecodeError``/``OSError``."""
    if not path.is_file():
        raise DecodeError("not a regular file (a pipe, a device or a dangling link); only page files are read")
    size = path.stat().st_size
    if size > MAX_PAGE_BYTES:
        raise DecodeError(f"page is {size // 1_000_000} MB; pages over {MAX_PAGE_BYTES // 1_000_000} MB are refused")
    text, _encoding = decode_page(path.read_bytes())
    longest = max((len(line) for line in text.split("\n")), default=0)
    if longest > MAX_LINE_CHARS:
        raise DecodeError(
            f"one line of {longest:,} characters: not a newspaper page (a dump or a binary file?); "
            f"lines over {MAX_LINE_CHARS:,} characters are refused"
        )
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
    else:
        text = strip_markup(text)  # a Markdown export's images, links and bold type
    page = split_page(text)
    page.articles = [piece for article in page.articles for piece in split_long(article)]
    masthead = page.masthead
    date = issue_date or (masthead.date.isoformat() if masthead.date else None)
    number = _page_number(path, masthead)
    documents = []
    for index, article in enumerate(page.articles):
        documents.append(
            Document(
                id=document_id(source, index),
                source=source,
                text=article.text,
                paper=masthead.paper,
                date=date,
                issue=masthead.issue,
                page=number,
                title=article.title,
                byline=article.byline,
                kind=article.kind,
                index=index,
                continued_to=article.continued_to,
                continued_from=article.continued_from,
                ends_mid_sentence=article.dangling,
                sentences=split_sentences(article.text),
            )
        )
    return documents


def read_issue(issue: Issue, root: Path) -> tuple[list[Document], list[PageError]]:
    """All documents of an issue; pages that cannot be read become errors, the rest go on."""
    documents: list[Document] = []
    errors: list[PageError] = []
    issue_date = issue.date.isoformat() if issue.date else None
    paper = issue_no = None
    for path in issue.pages:
        source = path.relative_to(root).as_posix() if path != root else path.name
        try:
            page_docs = read_page(path, source, issue_date)
        except (DecodeError, OSError) as error:
            message = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            errors.append(PageError(source, message))
            continue
        # the masthead of the front page speaks for the whole issue
        paper = paper or next((d.paper for d in page_docs if d.paper), None)
        issue_no = issue_no or next((d.issue for d in page_docs if d.issue), None)
        issue_date = issue_date or next((d.date for d in page_docs if d.date), None)
        documents.extend(page_docs)
    for document in documents:
        document.paper = document.paper or paper
        document.issue = document.issue or issue_no
        document.date = document.date or issue_date
    return join_continuations(documents), errors


def page_key(label: str | None) -> str | None:
    """A page label as written in a marker or a masthead, comparable: ``三``, ``3``, ``03`` → ``3``;
    ``十二`` → ``12``; ``A3`` stays ``A3``."""
    if not label:
        return None
    number = parse_number(label.strip())
    return str(number) if number is not None else label.strip().upper()


def join_continuations(documents: list[Document]) -> list[Document]:
    """An article continued on another page of the issue (``（下转第三版）``) and its continuation
    there (``（上接第一版）``) become one document: the n-th jump from page p to page q meets the
    n-th continuation on page q from page p. Jumps whose other end is not in the issue stay as
    they are (their markers are kept in ``continued_to``/``continued_from``)."""
    arrivals: dict[tuple[str, str], list[Document]] = {}
    for document in documents:
        for origin in document.continued_from:
            arrivals.setdefault((page_key(document.page), page_key(origin)), []).append(document)
    joined: set[int] = set()
    for document in documents:
        if id(document) in joined:
            continue
        head = document
        while head.continued_to:
            waiting = arrivals.get((page_key(head.continued_to[-1]), page_key(head.page)))
            if not waiting:
                break
            tail = waiting.pop(0)
            if tail is document or id(tail) in joined:
                break
            joined.add(id(tail))
            separator = "" if head.ends_mid_sentence else "\n"
            document.text = document.text + separator + tail.text
            document.ends_mid_sentence = tail.ends_mid_sentence
            document.continued_to = list(tail.continued_to)
            head = tail
        if head is not document:
            document.sentences = split_sentences(document.text)
    return [d for d in documents if id(d) not in joined]
