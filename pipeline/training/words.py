"""Common words that a surname starts (包括, 卫生, 公司): never a name read by a rule.

The rule layer reads a name from its surname where a post stands beside it (``包括总书记…`` is
no name 包括 before 总书记). Which words of two or three characters that start with a surname
are words and not names, the People's Daily training split tells: those it uses at least twice
and never as a person's name. The list is written to ``pipeline/data/common_words.txt``; those
of them it tags as nouns or adjectives only (温暖, 高峰: names of people too, where a post stands
before one and a verb of its role after it) to ``pipeline/data/nominal_words.txt``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ..components.grammar import grammar
from .corpora import Sentence, parse_pku_tokens, read_pd1998

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "data" / "common_words.txt"
NOMINAL_OUTPUT = DEFAULT_OUTPUT.with_name("nominal_words.txt")


def common_words(sentences: Iterable[Sentence], min_count: int = 2) -> list[str]:
    """Words of two or three characters led by a surname, used ``min_count`` times or more and
    never as a PERSON, sorted."""
    as_word: Counter[str] = Counter()
    as_name: Counter[str] = Counter()
    for sentence in sentences:
        names = {(start, end) for start, end, label in sentence.entities if label == "PERSON"}
        offset = 0
        for word in sentence.words or []:
            (as_name if (offset, offset + len(word)) in names else as_word)[word] += 1
            offset += len(word)
    g = grammar()
    return sorted(
        w for w, n in as_word.items() if n >= min_count and not as_name[w] and 2 <= len(w) <= 3 and g.surname_length(w) and len(w) > g.surname_length(w)
    )


#: PKU tags of nouns and adjectives, and of verbs: a word with any other use before a verb of a
#: role modifies it (书记明确要求: an adverb; 委员全部出席: a numeral), it names no one, and so
#: does a word mostly a verb (主任应邀出席)
_NOMINAL_TAGS = frozenset(("n", "nr", "nz", "ng", "a", "an", "ag"))
_VERB_TAGS = frozenset(("v", "vn"))


def word_tags(lines: Iterable[str]) -> dict[str, Counter[str]]:
    """How often each word of PKU-tagged ``lines`` carries each part-of-speech tag."""
    tags: dict[str, Counter[str]] = {}
    for line in lines:
        fields = line.split()
        for word, tag, _, _ in parse_pku_tokens(fields[1:] if fields and re.match(r"\d{8}-", fields[0]) else fields):
            tags.setdefault(word, Counter())[tag] += 1
    return tags


def nominal_words(words: Iterable[str], tags: dict[str, Counter[str]], verb_share: float = 0.2) -> list[str]:
    """Of ``words``, those used as nouns or adjectives only, and as verbs in less than
    ``verb_share`` of their uses (温暖, 高峰; not 明确, 全部, 应邀)."""
    nominal = []
    for word in words:
        counts = tags.get(word, Counter())
        total = sum(counts.values())
        other = any(n for t, n in counts.items() if t not in _NOMINAL_TAGS | _VERB_TAGS)
        if total and not other and sum(counts[t] for t in _VERB_TAGS) < verb_share * total:
            nominal.append(word)
    return sorted(nominal)


def write_common_words(corpus_dir: Path, output: Path = DEFAULT_OUTPUT, limit: int | None = None) -> Path:
    """Write the common words of ``pd1998/train.txt`` to ``output``, one a line, and those of them
    used as nouns or adjectives to :data:`NOMINAL_OUTPUT` beside it."""
    corpus = Path(corpus_dir) / "pd1998" / "train.txt"
    sentences = list(read_pd1998(corpus))
    words = common_words(sentences[:limit] if limit else sentences)
    with corpus.open(encoding="utf-8") as lines:
        tags = word_tags(line for i, line in enumerate(lines) if not limit or i < limit)
    header = "# Words led by a surname that pd1998/train.txt uses twice or more and never as a name.\n# Rebuild: newsgraph train words\n"
    _write_lines(output, header, words)
    nominal_header = (
        "# Of common_words.txt, those pd1998/train.txt tags as nouns or adjectives only (never an adverb, rarely a verb):\n"
        "# a name where a post stands before it and a verb of its role after it (政法委书记温暖出席).\n# Rebuild: newsgraph train words\n"
    )
    _write_lines(output.with_name(NOMINAL_OUTPUT.name), nominal_header, nominal_words(words, tags))
    return output


def _write_lines(path: Path, header: str, words: Iterable[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(header + "".join(f"{w}\n" for w in words), encoding="utf-8")
    tmp.replace(path)
