"""A faster decoder for spacy-pkuseg's CRF: the same features, weights and words, built per text.

spacy-pkuseg extracts a character's features one character at a time (``get_node_features_idx``):
some 40 string joins and dictionary lookups per character, most of them for word features that
every neighbouring character looks up again. Segmentation was the slowest stage of the pipeline
(~38 µs a character). :class:`CRFDecoder` reads the same features of the same model once per
text, with numpy over the text's code points: a character's and a pair's feature ids come from
tables filled on first sight, the known words (2 to 6 characters) are found all at once by an
Aho-Corasick automaton, and their features (pkuseg's nested loops count some of them several
times) are added for all occurrences together. All the pieces of a text (pkuseg parts it at white
space and at user-dictionary words) are scored in one pass, no feature crossing from one piece
into the next, and each piece gets its own Viterbi pass (pkuseg's, in C). The words are pkuseg's
(the test suite checks this on the seed and the People's Daily).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import ahocorasick
import numpy as np
from spacy_pkuseg import inference
from spacy_pkuseg.config import config
from spacy_pkuseg.feature_extractor import FeatureExtractor

NO_WORD = "**noWord"
NUM_KEY, LETTER_KEY = "\x01", "\x02"  # a **Num or **Letter node as one character of the text
CODES = 0x110000  # code points: a pair of characters is first * CODES + second


class CRFDecoder:
    """Callable that segments one whitespace-free piece of text as ``pkuseg._cut`` does
    (:meth:`cut_pieces`: many pieces at once)."""

    def __init__(self, seg) -> None:
        extractor = seg.feature_extractor
        index: dict[str, int] = extractor.feature_to_idx
        self.index = index
        n_tag, n_feature = seg.model.n_tag, seg.model.n_feature
        weights = np.asarray(seg.model.w, dtype=np.float64)
        # one row a feature, and a zero row (index n_feature) for features the model lacks
        self.rows = np.vstack([weights[: n_feature * n_tag].reshape(n_feature, n_tag), np.zeros((1, n_tag))])
        self.absent = absent = n_feature
        transitions = weights[n_feature * n_tag :].reshape(n_tag, n_tag)  # [tag, previous tag]
        self.edges = 1.0 + transitions.T  # pkuseg's edge scores start at one: [previous tag, tag]
        self.begins = np.array(["B" in seg.idx_to_tag[t] for t in range(n_tag)])
        self.lengths = range(config.wordMax, config.wordMin - 1, -1)  # 6 … 2, pkuseg's order
        self.word_features = bool(config.wordFeature)
        self.letter_norm = bool(config.numLetterNorm)
        # pkuseg's nodes: a digit or a letter is **Num or **Letter, kept here as one character
        self.node_key = str.maketrans(
            {**dict.fromkeys(FeatureExtractor.num, NUM_KEY), **dict.fromkeys(FeatureExtractor.letter, LETTER_KEY)}
        )
        names = {NUM_KEY: "**Num", LETTER_KEY: "**Letter"} if self.letter_norm else {}

        def node(code: int) -> str:
            return names.get(chr(code), chr(code))

        # each character's, character pair's and known word's feature ids, looked up on first sight
        self.chars = FeatureRows(index, absent, ("c", "c-1", "c1", "c-2", "c2"), node, dense=CODES)
        self.pairs = FeatureRows(
            index, absent, ("c-1c", "cc1", "c-2c-1"), lambda c: node(c // CODES) + "." + node(c % CODES)
        )
        self.words = KnownWords(extractor.unigram, self.lengths, index, absent)
        self.no_word = (
            index.get("ww.l." + NO_WORD + "*" + NO_WORD, absent),
            index.get("ww.r." + NO_WORD + "*" + NO_WORD, absent),
        )

    def __call__(self, text: str) -> list[str]:
        return self.cut_pieces([text])[0]

    def cut_pieces(self, pieces: list[str]) -> list[list[str]]:
        """The words of each piece, as ``pkuseg._cut`` gives them, the pieces' scores computed
        together (numpy's work once a call, not once a piece)."""
        texts = [piece for piece in pieces if piece]
        found: list[list[str]] = []
        if texts:
            scores, offsets = self.node_scores_of(texts)
            for text, start, end in zip(texts, offsets, offsets[1:], strict=False):
                tags = np.asarray(inference.run_viterbi(scores[start:end], self.edges)[1])
                starts = np.flatnonzero(self.begins[tags])
                cuts = [0, *starts[starts > 0].tolist(), len(text)]
                found.append([text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)])
        words = iter(found)
        return [next(words) if piece else [] for piece in pieces]

    def node_scores_of(self, pieces: list[str]) -> tuple[np.ndarray, list[int]]:
        """The node scores of non-empty pieces, one after another (no feature crosses from one
        piece into the next), and where each piece starts and ends in them."""
        renamed = [FeatureExtractor.keyword_rename(piece) for piece in pieces]
        key = "".join(renamed)
        if self.letter_norm:
            key = key.translate(self.node_key)
        offsets = np.cumsum([0, *map(len, renamed)]).tolist()
        codes = np.frombuffer(key.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.int64)
        n, rows, absent = len(codes), self.rows, self.absent
        first = np.zeros(n + 1, dtype=bool)  # a piece starts at i (and the text ends at n)
        first[offsets] = True
        joined = ~first[1:n]  # characters i and i + 1 are in the same piece
        joined2 = joined[:-1] & joined[1:]  # i and i + 2
        chars = self.chars.ids(codes)  # c. c-1. c1. c-2. c2.
        pairs = np.full((max(n - 1, 0), 3), absent, dtype=np.int64)  # c-1c. cc1. c-2c-1. of (i, i + 1)
        pairs[joined] = self.pairs.ids(codes[:-1][joined] * CODES + codes[1:][joined])
        scores = rows[0] + rows[chars[:, 0]]  # "$$" (every node's start feature), then "c."
        if n > 1:
            scores[1:] += rows[np.where(joined, chars[:-1, 1], absent)]  # c-1. (the character before)
            scores[1:] += rows[pairs[:, 0]]  # c-1c. (the pair ending here)
            scores[:-1] += rows[np.where(joined, chars[1:, 2], absent)]  # c1.
            scores[:-1] += rows[pairs[:, 1]]  # cc1. (the pair starting here)
        if n > 2:
            scores[2:] += rows[np.where(joined2, chars[:-2, 3], absent)]  # c-2.
            scores[2:] += rows[np.where(joined2, pairs[:-1, 2], absent)]  # c-2c-1.
            scores[:-2] += rows[np.where(joined2, chars[2:, 4], absent)]  # c2.
        if self.word_features:
            self._add_word_features(key, first, scores)
        return scores, offsets

    def _add_word_features(self, key: str, first: np.ndarray, scores: np.ndarray) -> None:
        """``w-1``/``w1`` (a known word ends or starts at the character) and ``ww.l``/``ww.r``
        (the known words on either side of it, ``**noWord`` for each length that has none),
        counted as often as pkuseg's nested loops add them, for all occurrences at once. ``key`` is
        the pieces' text with each **Num/**Letter node as one character (``NUM_KEY``,
        ``LETTER_KEY``); ``first``: where a piece starts (no word runs from one into the next)."""
        n, width = len(key), len(self.lengths)
        starts, word = self.words.find(key)
        ends = starts + self.words.lengths[word] - 1
        piece = np.cumsum(first) - 1
        inside = piece[starts] == piece[ends]
        starts, word, ends = starts[inside], word[inside], ends[inside]
        joined = ~first[1:n]  # characters i and i + 1 are in the same piece
        n_begin = np.bincount(starts, minlength=n)  # words starting at i
        n_end = np.bincount(ends, minlength=n)  # words ending at i
        ended_before = np.concatenate(([0], n_end[:-1] * joined))  # words ending at i - 1, in the piece
        begun_after = np.concatenate((n_begin[1:] * joined, [0]))  # words starting at i + 1, in the piece
        # no word on either side, for each pair of lengths without one
        no_left, no_right = self.no_word
        scores += self.rows[no_left] * ((width - ended_before) * (width - n_begin))[:, None]
        scores += self.rows[no_right] * ((width - n_end) * (width - begun_after))[:, None]
        if not len(starts):
            return
        ids = self.words.feature_ids(word)  # w-1, w1, ww.l/ww.r beside **noWord on either side
        left_free = width - ended_before[starts]
        right_free = width - begun_after[ends]
        one = np.ones_like(starts)
        inner = ~first[starts]  # the word right of character start - 1
        outer = ~first[ends + 1]  # the word left of character end + 1
        parts = [
            (ids[:, 0], ends, one),
            (ids[:, 1], starts, one),
            (ids[:, 2], starts, left_free),
            (ids[:, 3], ends, right_free),
            (ids[inner, 4], starts[inner] - 1, left_free[inner]),
            (ids[outer, 5], ends[outer] + 1, right_free[outer]),
        ]
        # each pair of known words side by side: ww.l at the right one's start, ww.r at the left one's end
        follows = begun_after[ends]
        if follows.any():
            order = np.argsort(starts, kind="stable")
            after = np.searchsorted(starts[order], ends + 1)
            left = np.repeat(np.arange(len(starts)), follows)
            within = np.arange(len(left)) - np.repeat(np.cumsum(follows) - follows, follows)
            right = order[np.repeat(after, follows) + within]
            pair_left, pair_right = self.words.pair_ids(word[left], word[right])
            pair_ones = np.ones_like(left)
            parts += [(pair_left, ends[left] + 1, pair_ones), (pair_right, ends[left], pair_ones)]
        all_ids = np.concatenate([part[0] for part in parts])
        found = all_ids != self.absent
        counts = np.concatenate([part[2] for part in parts])[found]
        at = np.concatenate([part[1] for part in parts])[found]
        weights = self.rows[all_ids[found]] * counts[:, None]
        for tag in range(scores.shape[1]):
            scores[:, tag] += np.bincount(at, weights=weights[:, tag], minlength=n)


class KnownWords:
    """pkuseg's known words of 2 to 6 characters, found in a text all at once (an Aho-Corasick
    automaton), each by its number; the ids of a word's features and of a pair's are looked up
    on first sight."""

    PAIR_CACHE = 2_000_000  # pairs remembered at most (a batch over years meets more)

    def __init__(self, unigram: set[str], lengths: range, index: dict[str, int], absent: int) -> None:
        self.words = sorted(w for w in unigram if len(w) in lengths and NUM_KEY not in w and LETTER_KEY not in w)
        self.lengths = np.array([len(w) for w in self.words], dtype=np.int64)
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for number, word in enumerate(self.words):
            self.automaton.add_word(word, number)
        self.automaton.make_automaton()
        self.index, self.absent = index, absent
        self.table = np.full((len(self.words), 6), -1, dtype=np.int64)  # -1: not looked up yet
        self.pairs: dict[int, int] = {}

    def find(self, key: str) -> tuple[np.ndarray, np.ndarray]:
        """Start and number of each known word in ``key`` (every occurrence, overlaps included)."""
        hits = list(self.automaton.iter(key))  # (index of the last character, number)
        if not hits:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        ends, numbers = np.array(hits, dtype=np.int64).T
        return ends - self.lengths[numbers] + 1, numbers

    def feature_ids(self, numbers: np.ndarray) -> np.ndarray:
        """Each word's ``w-1``, ``w1``, ``ww.l``/``ww.r`` ids beside ``**noWord`` (a row a word)."""
        rows = self.table[numbers]
        if (rows[:, 0] < 0).any():
            get, absent = self.index.get, self.absent
            for number in set(numbers[rows[:, 0] < 0].tolist()):
                word = self.words[number]
                self.table[number] = (
                    get("w-1." + word, absent),
                    get("w1." + word, absent),
                    get("ww.l." + NO_WORD + "*" + word, absent),
                    get("ww.r." + word + "*" + NO_WORD, absent),
                    get("ww.r." + NO_WORD + "*" + word, absent),
                    get("ww.l." + word + "*" + NO_WORD, absent),
                )
            rows = self.table[numbers]
        return rows

    def pair_ids(self, left: np.ndarray, right: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The ``ww.l`` and ``ww.r`` ids of each pair of words (left one, right one)."""
        keys = (left * len(self.words) + right).tolist()
        pairs = self.pairs
        packed = [pairs.get(k, -1) for k in keys]
        if -1 in packed:
            if len(pairs) > self.PAIR_CACHE:
                pairs.clear()
            get, absent, words, size = self.index.get, self.absent, self.words, len(self.words)
            for i, k in enumerate(keys):
                if packed[i] < 0:
                    a, b = words[k // size], words[k % size]
                    packed[i] = pairs[k] = get("ww.l." + a + "*" + b, absent) << 32 | get("ww.r." + a + "*" + b, absent)
        codes = np.array(packed, dtype=np.int64)
        return codes >> 32, codes & 0xFFFFFFFF


class FeatureRows:
    """The ids of a group of templates' features (``c.``, ``c-1.``…) for each key (a character's
    or a pair's code), one row a key, looked up in the model's index the first time the key is
    seen: nothing is read ahead of time, so loading takes no pass over the model's features.
    Keys below ``dense`` find their row in an array, others in a dictionary."""

    MAX_ROWS = 2_000_000  # keys remembered at most (a batch over years meets more pairs)

    def __init__(
        self, index: dict[str, int], absent: int, heads: tuple[str, ...], name: Callable[[int], str], dense: int = 0
    ) -> None:
        self.index, self.absent, self.name = index, absent, name
        self.heads = tuple(head + "." for head in heads)
        self.dense = np.full(dense, -1, dtype=np.int32) if dense else None  # key -> row, -1: not seen
        self.rows: dict[int, int] = {}
        self.table = np.full((256, len(heads)), absent, dtype=np.int64)  # row 0: the model has none
        self.used = 1

    def ids(self, keys: np.ndarray) -> np.ndarray:
        """A row of feature ids for each key (``absent`` where the model lacks one)."""
        if self.dense is not None:
            numbers = self.dense[keys]
            if (numbers < 0).any():
                for key in np.unique(keys[numbers < 0]).tolist():
                    self.dense[key] = self._add(key)
                numbers = self.dense[keys]
            return self.table[numbers]
        if len(self.rows) > self.MAX_ROWS:  # forget them all, and their rows
            self.rows.clear()
            self.table, self.used = np.full_like(self.table[:256], self.absent), 1
        rows = self.rows
        found = [rows.get(key, -1) for key in keys.tolist()]
        if -1 in found:
            found = [
                number if number >= 0 else self._remember(key) for key, number in zip(keys.tolist(), found, strict=True)
            ]
        return self.table[found]

    def _remember(self, key: int) -> int:
        number = self.rows.get(key)
        if number is None:  # not seen twice in the same text
            number = self.rows[key] = self._add(key)
        return number

    def _add(self, key: int) -> int:
        get, absent, name = self.index.get, self.absent, self.name(key)
        ids = [get(head + name, absent) for head in self.heads]
        if min(ids) == absent:  # ids run up to absent: none is in the model
            return 0
        if self.used == len(self.table):
            self.table = np.vstack([self.table, np.full_like(self.table, absent)])
        number, self.used = self.used, self.used + 1
        self.table[number] = ids
        return number


def cut(seg, text: str) -> list[str]:
    """``pkuseg.cut`` (white space parts the text, the user dictionary's words are kept whole,
    the rest is decoded and post-processed) with all the pieces of a text decoded together."""
    if seg.postag:
        return type(seg).cut(seg, text)
    plan: list[str | int] = []  # a user-dictionary word, or the number of a piece to decode
    pieces: list[str] = []
    for part in text.split():
        for piece, is_word, _tag in zip(*seg.preprocesser.solve(part), strict=True):
            if is_word:
                plan.append(piece)
            else:
                plan.append(len(pieces))
                pieces.append(piece)
    decoded = seg._cut.cut_pieces(pieces)
    words: list[str] = []
    for step in plan:
        if isinstance(step, str):
            words.append(step)
        else:
            words.extend(seg.postprocesser(decoded[step]))
    return words


def speed_up(seg) -> None:
    """Make a loaded ``spacy_pkuseg.pkuseg`` segment through :class:`CRFDecoder`, a text's pieces
    at once (its user dictionary and post-processing stay pkuseg's own)."""
    seg._cut = CRFDecoder(seg)
    seg.cut = partial(cut, seg)
