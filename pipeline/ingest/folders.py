"""Issue folders: find pages under an input folder and the issue date their path gives."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

PAGE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})

_DATE_NAME = re.compile(
    r"^(?:(?P<y>(?:19|20)\d{2})[-_.]?(?P<m>\d{2})[-_.]?(?P<d>\d{2})"
    r"|(?P<cy>(?:19|20)\d{2})年(?P<cm>\d{1,2})月(?P<cd>\d{1,2})日)$"  # 2022年1月11日
)
_YEAR, _MONTH_OR_DAY = re.compile(r"^(19|20)\d{2}$"), re.compile(r"^\d{1,2}$")


@dataclass(slots=True)
class Issue:
    """One issue: the folder, its date where the path gives it, and its page files."""

    key: str  # the folder relative to the input root, with "/" ("." for the root itself)
    date: dt.date | None
    pages: list[Path] = field(default_factory=list)
    content_hash: str | None = None  # set by the runner, once, from the pages' bytes


def _valid(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def date_from_parts(parts: tuple[str, ...]) -> dt.date | None:
    """The date a folder path names: ``2022-01-11``, ``20220111``, ``2022年1月11日`` or nested
    ``2022/01/11``."""
    for i in range(len(parts) - 1, -1, -1):
        match = _DATE_NAME.match(parts[i])
        if match:
            return _valid(match["y"] or match["cy"], match["m"] or match["cm"], match["d"] or match["cd"])
        if i >= 2 and _YEAR.match(parts[i - 2]) and _MONTH_OR_DAY.match(parts[i - 1]) and _MONTH_OR_DAY.match(parts[i]):
            return _valid(parts[i - 2], parts[i - 1], parts[i])
    return None


def page_sort_key(path: Path) -> tuple:
    """Pages in page order: ``2.txt`` before ``10.txt``."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", path.name))


def find_issues(root: Path, errors: list[tuple[Path, str]] | None = None) -> Iterator[Issue]:
    """Walk ``root`` and yield its issues in path order.

    A page belongs to the nearest folder whose path names a date; pages with no dated folder
    above them form issues of their own folder, dated by their masthead where it has one.
    Symlinked folders are not followed (no loops); unreadable folders are reported in ``errors``.
    """
    root = Path(root)
    if root.is_file():
        yield Issue(key=".", date=date_from_parts(root.parent.parts), pages=[root])
        return
    issues: dict[str, Issue] = {}

    def on_error(error: OSError) -> None:
        if errors is not None:
            errors.append((Path(error.filename or root), f"cannot read folder: {error.strerror}"))

    for folder, dirs, files in os.walk(root, onerror=on_error, followlinks=False):
        dirs.sort()
        here = Path(folder)
        rel = here.relative_to(root)
        pages = sorted((here / f for f in files if Path(f).suffix.lower() in PAGE_SUFFIXES), key=page_sort_key)
        if not pages:
            continue
        parts = rel.parts
        # the issue is the deepest dated folder on the path, else this folder
        issue_parts = parts
        for depth in range(len(parts), 0, -1):
            if date_from_parts(parts[:depth]) is not None and (
                _DATE_NAME.match(parts[depth - 1]) or depth >= 3
            ):
                issue_parts = parts[:depth]
                break
        key = "/".join(issue_parts) or "."
        issue = issues.get(key)
        if issue is None:
            issue = issues[key] = Issue(key=key, date=date_from_parts(issue_parts))
        issue.pages.extend(pages)
    yield from (issues[k] for k in sorted(issues))
