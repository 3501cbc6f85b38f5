"""Common words that a surname starts (包括, 卫生, 公司): never a name read by a rule.

The rule layer reads a name from its surname where a post stands beside it (``包括总书记…`` is
no name 包括 before 总书记). Which words of two or three characters that start with a surname
are words and not names, the People's Daily training split tells: those it uses at least twice
and never as a person's name. The list is written to ``pipeline/data/common_words.txt``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from ..components.grammar import grammar
from .corpora import Sentence, read_pd1998

DEFAULT_OUTPUT = Path(__file__).resolve().parent.parent / "data" / "common_words.txt"


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


def write_common_words(corpus_dir: Path, output: Path = DEFAULT_OUTPUT, limit: int | None = None) -> Path:
    """Write the common words of ``pd1998/train.txt`` to ``output``, one a line."""
    sentences = list(read_pd1998(Path(corpus_dir) / "pd1998" / "train.txt"))
    words = common_words(sentences[:limit] if limit else sentences)
    header = "# Words led by a surname that pd1998/train.txt uses twice or more and never as a name.\n# Rebuild: newsgraph train words\n"
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(".tmp")
    tmp.write_text(header + "".join(f"{w}\n" for w in words), encoding="utf-8")
    tmp.replace(output)
    return output
