"""Records that cross stage boundaries: documents, mentions, officials, events.

Defined once here; :mod:`pipeline.output` serialises them with orjson.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Mention:
    """An entity mention: ``text == doc_text[start:end]``."""

    label: str  # PERSON, ORG, PLACE, TITLE
    start: int
    end: int
    text: str
    source: str = "rule"  # ner, rule
    entity: str | None = None
    canonical: str | None = None  # the entity's name: 市委 in a 大同 paper is 中共大同市委


@dataclass(slots=True)
class Post:
    """A title normalised into the body it belongs to (where written) and the post itself:
    市人大常委会副主任 is 市人大常委会 + 副主任."""

    body: Mention | None
    post: str


@dataclass(slots=True)
class Official:
    """A person and the posts the text gives them, with the person's place in a name list."""

    name: Mention
    titles: list[Mention] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)  # one a title, in the same order
    list_position: int = 0  # 1-based position in a shared-title name list; 0 when alone
    list_size: int = 1


@dataclass(slots=True)
class Argument:
    text: str
    start: int
    end: int
    entity: str | None = None


@dataclass(slots=True)
class Event:
    """A meeting, directive, visit or talk with its role fillers."""

    type: str  # meeting, directive, visit, talk
    start: int  # the trigger's offsets
    end: int
    trigger: str
    args: dict[str, list[Argument]] = field(default_factory=dict)
    date: str | None = None
    name: str | None = None
    content: str | None = None
    sentence: tuple[int, int] = (0, 0)

    def add(self, role: str, argument: Argument) -> None:
        if not self.has(role, argument.text):
            self.args.setdefault(role, []).append(argument)

    def drop(self, role: str, text: str) -> None:
        """Take ``text`` out of ``role`` (a chair told after the attendees is no attendee)."""
        kept = [a for a in self.args.get(role, []) if a.text != text]
        if kept:
            self.args[role] = kept
        else:
            self.args.pop(role, None)

    def has(self, role: str, text: str) -> bool:
        """Whether ``text`` already fills ``role`` (a visitor is no companion of their own visit)."""
        return any(a.text == text for a in self.args.get(role, []))


@dataclass(slots=True)
class Document:
    """An article with its issue metadata; ``text`` is what mention offsets index."""

    id: str
    source: str
    text: str
    paper: str | None = None
    date: str | None = None
    issue: str | None = None
    page: str | None = None
    title: str | None = None
    byline: str | None = None
    kind: str = "article"
    index: int = 0  # the article's position on its page
    continued_to: list[str] = field(default_factory=list)
    continued_from: list[str] = field(default_factory=list)
    ends_mid_sentence: bool = False  # a piece whose continuation the page put elsewhere
    sentences: list[tuple[int, int]] = field(default_factory=list)
