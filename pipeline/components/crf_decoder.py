"""A faster decoder for spacy-pkuseg's CRF: the same features, weights and words, built per text.

spacy-pkuseg extracts a character's features one character at a time (``get_node_features_idx``):
some 40 string joins and dictionary lookups per character, most of them for word features that
every neighbouring character looks up again. Segmentation was the slowest stage of the pipeline
(~38 µs a character). :class:`CRFDecoder` reads the same features of the same model once per
text: each candidate word (2 to 6 characters) is looked up once, features absent from the model
are skipped, and a character's node scores are one gather over its feature rows. Viterbi is
pkuseg's own. The words are pkuseg's (the test suite checks this on the People's Daily).
"""

from __future__ import annotations

import numpy as np
from spacy_pkuseg import inference
from spacy_pkuseg.config import config
from spacy_pkuseg.feature_extractor import FeatureExtractor

NO_WORD = "**noWord"


class CRFDecoder:
    """Callable that segments one whitespace-free piece of text as ``pkuseg._cut`` does."""

    def __init__(self, seg) -> None:
        extractor = seg.feature_extractor
        index: dict[str, int] = extractor.feature_to_idx
        self.index = index
        self.unigram: set[str] = extractor.unigram
        n_tag, n_feature = seg.model.n_tag, seg.model.n_feature
        weights = np.asarray(seg.model.w, dtype=np.float64)
        # one row a feature, and a zero row (index n_feature) for features the model lacks
        self.rows = np.vstack([weights[: n_feature * n_tag].reshape(n_feature, n_tag), np.zeros((1, n_tag))])
        self.absent = absent = n_feature
        transitions = weights[n_feature * n_tag :].reshape(n_tag, n_tag)  # [tag, previous tag]
        self.edges = 1.0 + transitions.T  # pkuseg's edge scores start at one: [previous tag, tag]
        self.begins = np.array(["B" in seg.idx_to_tag[t] for t in range(n_tag)])
        self.lengths = range(config.wordMax, config.wordMin - 1, -1)  # 6 … 2, pkuseg's order
        self.normal = {ch: "**Num" for ch in FeatureExtractor.num}
        self.normal.update({ch: "**Letter" for ch in FeatureExtractor.letter})
        self.word_features = bool(config.wordFeature)
        self.letter_norm = bool(config.numLetterNorm)
        # each character's, character pair's and known word's feature ids, looked up on first sight
        self.chars = FeatureRows(index, absent, ("c", "c-1", "c1", "c-2", "c2"))
        self.pairs = FeatureRows(index, absent, ("c-1c", "cc1", "c-2c-1"))
        self.word_ids: dict[str, tuple[int, ...]] = {}

    def _word_ids(self, word: str) -> tuple[int, ...]:
        """Feature ids of a known word: it ends or starts here (w-1, w1), and it stands beside
        no word (ww.l/ww.r with **noWord), on either side."""
        ids = self.word_ids.get(word)
        if ids is None:
            get, absent = self.index.get, self.absent
            ids = self.word_ids[word] = (
                get("w-1." + word, absent),
                get("w1." + word, absent),
                get("ww.l." + NO_WORD + "*" + word, absent),
                get("ww.r." + word + "*" + NO_WORD, absent),
                get("ww.r." + NO_WORD + "*" + word, absent),
                get("ww.l." + word + "*" + NO_WORD, absent),
            )
        return ids

    def __call__(self, text: str) -> list[str]:
        if not text:
            return []
        tags = inference.run_viterbi(self.node_scores(text), self.edges)[1]
        starts = np.flatnonzero(self.begins[np.asarray(tags)])
        cuts = [0, *(int(s) for s in starts if s > 0), len(text)]
        return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]

    def nodes(self, text: str) -> list[str]:
        """The characters as pkuseg's features see them (``FeatureExtractor.normalize_text``)."""
        renamed = FeatureExtractor.keyword_rename(text)
        if not self.letter_norm:
            return list(renamed)
        normal = self.normal
        return [normal.get(ch, ch) for ch in renamed]

    def node_scores(self, text: str) -> np.ndarray:
        """Each character's score for each tag: the sum of its features' weights, added in
        pkuseg's order of templates."""
        nodes = self.nodes(text)
        n = len(nodes)
        rows = self.rows
        chars = self.chars.ids(nodes)  # c. c-1. c1. c-2. c2.
        pairs = self.pairs.ids([a + "." + b for a, b in zip(nodes, nodes[1:], strict=False)])
        scores = rows[0] + rows[chars[:, 0]]  # "$$" (every node's start feature), then "c."
        if n > 1:
            scores[1:] += rows[chars[:-1, 1]]  # c-1. (the character before)
            scores[1:] += rows[pairs[:, 0]]  # c-1c. (the pair ending here)
            scores[:-1] += rows[chars[1:, 2]]  # c1.
            scores[:-1] += rows[pairs[:, 1]]  # cc1. (the pair starting here)
        if n > 2:
            scores[2:] += rows[chars[:-2, 3]]  # c-2.
            scores[2:] += rows[pairs[:-1, 2]]  # c-2c-1.
            scores[:-2] += rows[chars[2:, 4]]  # c2.
        if self.word_features:
            self._add_word_features(nodes, scores)
        return scores

    def _add_word_features(self, nodes: list[str], scores: np.ndarray) -> None:
        """``w-1``/``w1`` (a known word ends or starts at the character) and ``ww.l``/``ww.r``
        (the known words on either side of it, ``**noWord`` for each length that has none),
        counted as often as pkuseg's nested loops add them."""
        n, width = len(nodes), len(self.lengths)
        unigram = self.unigram
        joined = "".join(nodes)  # **Num and **Letter make some nodes longer than one character
        offsets = None if len(joined) == n else np.cumsum([0, *map(len, nodes)]).tolist()
        ends: list[list[str]] = [[] for _ in range(n)]  # known words ending at i, longest first
        begins: list[list[str]] = [[] for _ in range(n)]  # known words starting at i, longest first
        occurrences: list[tuple[int, int, str]] = []
        for length in self.lengths:
            if offsets is None:
                found = [(s, w) for s in range(n - length + 1) if (w := joined[s : s + length]) in unigram]
            else:
                found = [
                    (s, w) for s in range(n - length + 1) if (w := joined[offsets[s] : offsets[s + length]]) in unigram
                ]
            for start, word in found:
                ends[start + length - 1].append(word)
                begins[start].append(word)
                occurrences.append((start, start + length - 1, word))
        n_end = np.array([0, *map(len, ends), 0])  # n_end[i + 1]: words ending at i (0 outside)
        n_begin = np.array([0, *map(len, begins), 0])
        get, absent = self.index.get, self.absent
        ids: list[int] = []
        places: list[int] = []
        counts: list[int] = []
        # no word on either side, for each pair of lengths without one
        for prefix, left, right in (("ww.l.", n_end[:-2], n_begin[1:-1]), ("ww.r.", n_end[1:-1], n_begin[2:])):
            ids.extend([get(prefix + NO_WORD + "*" + NO_WORD, absent)] * n)
            places.extend(range(n))
            counts.extend(((width - left) * (width - right)).tolist())
        for start, end, word in occurrences:
            w_end, w_begin, l_right, r_left, r_right, l_left = self._word_ids(word)
            ids += (w_end, w_begin, l_right, r_left)
            places += (end, start, start, end)
            counts += (1, 1, width - n_end[start], width - n_begin[end + 2])
            if start > 0:  # the word right of character start - 1
                ids.append(r_right)
                places.append(start - 1)
                counts.append(width - n_end[start])
            if end + 1 < n:  # the word left of character end + 1
                ids.append(l_left)
                places.append(end + 1)
                counts.append(width - n_begin[end + 2])
                for other in begins[end + 1]:
                    ids += (get("ww.l." + word + "*" + other, absent), get("ww.r." + word + "*" + other, absent))
                    places += (end + 1, end)
                    counts += (1, 1)
        all_ids = np.array(ids, dtype=np.int64)
        found = all_ids != absent
        weights = self.rows[all_ids[found]] * np.asarray(counts, dtype=np.float64)[found, None]
        at = np.asarray(places)[found]
        for tag in range(scores.shape[1]):
            scores[:, tag] += np.bincount(at, weights=weights[:, tag], minlength=n)


class FeatureRows:
    """The ids of a group of templates' features (``c.``, ``c-1.``…) for each key (a character,
    a pair), one row a key, looked up in the model's index the first time the key is seen:
    nothing is read ahead of time, so loading takes no pass over the model's features."""

    def __init__(self, index: dict[str, int], absent: int, heads: tuple[str, ...]) -> None:
        self.index, self.absent = index, absent
        self.heads = tuple(head + "." for head in heads)
        self.rows: dict[str, int] = {}  # key -> its row; row 0 (all absent) for keys the model lacks
        self.table = np.full((256, len(heads)), absent, dtype=np.int64)
        self.used = 1

    def ids(self, keys: list[str]) -> np.ndarray:
        """A row of feature ids for each key (``absent`` where the model lacks one)."""
        rows = self.rows
        numbers = [rows.get(key, -1) for key in keys]
        if -1 in numbers:
            numbers = [number if number >= 0 else self._add(key) for key, number in zip(keys, numbers, strict=True)]
        return self.table[numbers]

    def _add(self, key: str) -> int:
        number = self.rows.get(key)
        if number is not None:  # seen twice in the same text
            return number
        get, absent = self.index.get, self.absent
        ids = [get(head + key, absent) for head in self.heads]
        if all(i == absent for i in ids):
            number = 0
        else:
            if self.used == len(self.table):
                self.table = np.vstack([self.table, np.full_like(self.table, absent)])
            number, self.used = self.used, self.used + 1
            self.table[number] = ids
        self.rows[key] = number
        return number


def speed_up(seg) -> None:
    """Make a loaded ``spacy_pkuseg.pkuseg`` segment through :class:`CRFDecoder` (its user
    dictionary and post-processing stay pkuseg's own: only ``_cut`` is replaced)."""
    seg._cut = CRFDecoder(seg)
