"""E-paper HTML pages to plain text with one block element a paragraph."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

_DROP = "script, style, noscript, template, iframe, nav, footer, header > nav, head"
_BLOCKS = "p, div, br, h1, h2, h3, h4, h5, h6, li, tr, td, section, article, title, founder-content"
_HEADINGS = {"h1": "# ", "h2": "## ", "h3": "### "}


def html_to_text(html: str) -> str:
    """Visible text of an HTML page; headings become Markdown headings, blocks paragraphs."""
    tree = LexborHTMLParser(html)
    for node in tree.css(_DROP):
        node.decompose()
    body = tree.body or tree.root
    if body is None:
        return ""
    for tag, marker in _HEADINGS.items():
        for node in body.css(tag):
            text = node.text(separator="", strip=True)
            node.replace_with(f"\n\n{marker}{text}\n\n" if text else "\n")
    for node in body.css(_BLOCKS):
        node.insert_before("\n\n")
        node.insert_after("\n\n")
    text = body.text(separator="", strip=False)
    lines = [line.strip() for line in text.replace("\xa0", " ").splitlines()]
    paragraphs, current = [], []
    for line in lines:
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs) + "\n"
