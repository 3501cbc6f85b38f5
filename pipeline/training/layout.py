"""Lay the People's Daily corpus out as issue folders: a real workload for batch runs.

One folder a day (``1998-01-01/``), one file a page (``01.txt``), articles in the order of their
line ids; an article's first paragraph is its headline (``## …``), as the corpus gives it.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .corpora import read_pd1998


def layout_pd1998(corpora: Path, out_dir: Path, splits: tuple[str, ...] = ("train", "dev")) -> dict[str, int]:
    """Write the issue folders; return counts of days, pages and characters."""
    pages: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for split in splits:
        for sentence in read_pd1998(corpora / "pd1998" / f"{split}.txt"):
            if not sentence.id:
                continue
            day, page, article, _paragraph = sentence.id.split("-")
            pages[(day, page)][article].append(sentence.text)
    characters = 0
    days = set()
    for (day, page), articles in sorted(pages.items()):
        folder = out_dir / f"{day[:4]}-{day[4:6]}-{day[6:]}"
        folder.mkdir(parents=True, exist_ok=True)
        blocks = []
        for _article, paragraphs in sorted(articles.items()):
            head, *body = paragraphs
            blocks.append("\n\n".join([f"## {head}", *body]))
        text = "\n\n".join(blocks) + "\n"
        characters += len(text)
        (folder / f"{page}.txt").write_text(text, encoding="utf-8")
        days.add(day)
    return {"days": len(days), "pages": len(pages), "characters": characters}
