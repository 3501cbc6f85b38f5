"""Markdown's inline markup out of a page's text, its lines kept.

Pages exported from e-paper sites come as Markdown (``.md``, and ``.txt`` files written the same
way, as the seed page is): headings the page parser reads (``## 标题``), but also images, links,
bold type, quotes and list bullets that no newspaper printed. A Markdown renderer would join the
lines of a paragraph, and the page parser reads a page line by line, so only the markup goes:
``![图](url)`` → nothing, ``[张德](url)`` → 张德, ``**本报讯**`` → 本报讯, a line's ``> `` or ``* ``.
"""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
#: a quote's or a list's marker at a line's start (not a heading's #, nor a line of text)
_LINE_MARKER = re.compile(r"^[ \t]*(?:(?:>[ \t]?)+|[*+\-][ \t]+)", re.MULTILINE)
#: a thematic break (---, ***, ___), no text of the page
_RULE = re.compile(r"^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)


def strip_markup(text: str) -> str:
    """``text`` without Markdown's images, link targets, bold markers, quote and bullet markers
    and thematic breaks; every line stays a line."""
    if not any(mark in text for mark in ("![", "](", "**", "__", "<!--", ">", "* ", "- ", "+ ", "---", "***", "___")):
        return text  # most plain pages: nothing to do
    text = _COMMENT.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _STRONG.sub(r"\2", text)
    text = _RULE.sub("", text)
    return _LINE_MARKER.sub("", text)


__all__ = ["strip_markup"]
