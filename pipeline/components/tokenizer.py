"""Word segmentation: spaCy's pkuseg tokenizer, reading half-width punctuation as full-width.

pkuseg's CRF decodes through :mod:`.crf_decoder` (the same words, 2–4× faster).

The segmenter and the NER learned from the People's Daily, which writes ``，（）：`` in full
width; web and e-paper text often writes ``,():``, which the models never saw (``李化,`` came out
as one word). The tokenizer segments a copy of the text with those marks widened, one character
for one, so that every word keeps its place in the original text, and gives each token the
widened form as its ``norm_`` (the NER reads norms).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from spacy.lang.zh import ChineseTokenizer
from spacy.tokens import Doc
from spacy.util import registry

from .crf_decoder import speed_up
from .entities import NOT_NAME_END, remember_text
from .grammar import grammar

WIDEN = str.maketrans({",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"})


DEFAULT_USER_DICT = "newsgraph"


def read_user_dict(user_dict: str | None) -> list[str]:
    """Words of a user dictionary: ``"newsgraph"`` (the shipped one), a file path, or none."""
    if not user_dict:
        return []
    if user_dict == DEFAULT_USER_DICT:
        text = resources.files("pipeline.data").joinpath("user_dict.txt").read_text(encoding="utf-8")
    else:
        text = Path(user_dict).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


class NewsTokenizer(ChineseTokenizer):
    """:class:`spacy.lang.zh.ChineseTokenizer` with punctuation widened before pkuseg, and a
    user dictionary of words the segmenter must keep whole (the user-dictionary hook)."""

    def __init__(self, vocab, segmenter: str = "pkuseg", user_dict: str | None = DEFAULT_USER_DICT) -> None:
        super().__init__(vocab, segmenter=segmenter)
        self.user_dict = user_dict

    def from_disk(self, path, **kwargs):
        super().from_disk(path, **kwargs)
        if self.pkuseg_seg is not None:
            speed_up(self.pkuseg_seg)
            words = read_user_dict(self.user_dict)
            if words:
                self.pkuseg_update_user_dict(words)
        return self

    def __call__(self, text: str) -> Doc:
        if self.segmenter != "pkuseg" or self.pkuseg_seg is None:
            return super().__call__(text)
        wide = text.translate(WIDEN)
        cut = regroup_glued_names(self.pkuseg_seg.cut(wide), self.pkuseg_seg.feature_extractor.unigram)
        words, spaces, originals = words_and_spaces(cut, wide, text)
        doc = Doc(self.vocab, words=originals, spaces=spaces)
        if wide != text:  # the words pkuseg saw are the norms of those written
            for token, word in zip(doc, words, strict=True):
                if token.text != word:
                    token.norm_ = word
        remember_text(doc, text)
        return doc


#: one-character words that follow a name (习近平对…, 黄坤明率…, 王刚同…): a segmenter that does not
#: know the name glues its last character to them; the entity rules' verbs after a name, less 到
#: (主席都遭到), and the particles and conjunctions, and 给 (习近平给…回信)
_AFTER_NAME = (NOT_NAME_END - {"到"}) | frozenset("和为是的了给")


def regroup_glued_names(words: list[str], known: set[str] | frozenset[str]) -> list[str]:
    """Give back a name's last character that the segmenter glued to the word after it, or the
    word after it that it glued to the name: a surname and one or two characters, then a word
    that follows names, in words the segmenter does not know (习近|平对 → 习近平|对; 黄坤|明率 →
    黄坤明|率; 赵乐际率 → 赵乐际|率; 王|小洪率 → 王小洪|率); and a surname it glued to the post
    before it, or a name to its post (副|总张|智伟 → 副|总|张智伟; 理事沈一宝 → 理事|沈一宝); and
    the 兼 between two posts glued to the second one's body (副总统|兼国会 → 副总统|兼|国会). Known
    words (乔石|来到, 王克|上将) and idioms it cut (胡作|非为) are left as they are."""
    surnames = grammar().surnames
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        after = words[i + 1] if i + 1 < len(words) else ""
        if (
            len(word) >= 2 and word[-1] in surnames and word not in known and _given_name(after, known)
            and (out[-1] if out else "") + word[:-1] in _post_ends()
        ):  # fmt: skip
            # 副|总张|智伟 → 副|总|张智伟, 分析|师于|丽娟 → 分析|师|于丽娟: a post's last character glued to the surname
            out += [word[:-1], word[-1] + after]
            i += 2
            continue
        if len(word) >= 4 and word not in known and _given_name(word[-2:], known) and word[:-3] in _post_ends() and word[-3] in surnames:
            # 理事沈一宝 → 理事|沈一宝: a post and the name after it as one word
            out += [word[:-3], word[-3:]]
            i += 1
            continue
        if len(word) >= 3 and word[0] == "兼" and word not in known and word[1:] in known and out and out[-1].endswith(grammar().title_heads):
            # 副总统|兼国会|主席 → 副总统|兼|国会|主席: 兼 after a post joins the next one
            out += ["兼", word[1:]]
            i += 1
            continue
        if word[:1] in surnames and (len(word) == 1 or word not in known):
            if (
                len(word) == 2 and len(after) == 2 and after[1] in _AFTER_NAME and after[0] not in _AFTER_NAME
                and after not in known and word + after not in known
            ):  # fmt: skip
                out += [word + after[0], after[1]]
                i += 2
                continue
            if len(word) == 4 and word[3] in _AFTER_NAME and word[2] not in _AFTER_NAME and word[1:3] not in known:
                out += [word[:3], word[3]]
                i += 1
                continue
            if (
                len(word) == 1 and len(after) == 3 and after[2] in _AFTER_NAME and after[1] not in _AFTER_NAME
                and after not in known and after[:2] not in known
            ):  # fmt: skip
                out += [word + after[:2], after[2]]
                i += 2
                continue
        out.append(word)
        i += 1
    return out


def _given_name(word: str, known) -> bool:
    """Whether ``word`` may be a given name: one or two Chinese characters the segmenter does not
    know as a word, none of them a word that follows a name."""
    return 1 <= len(word) <= 2 and word not in known and all("\u4e00" <= c <= "\u9fff" and c not in _AFTER_NAME for c in word)


@cache
def _post_ends() -> frozenset[str]:
    """Words a name follows: posts (副总, 理事) and nouns of status (分析师, 教授), with the bare
    final words of posts (总)."""
    g = grammar()
    words = {*g.title_heads, *g.status_nouns, "副总", "老总", "理事"}
    return frozenset(w for w in words if len(w) >= 2)


def words_and_spaces(words: list[str], wide: str, text: str) -> tuple[list[str], list[bool], list[str]]:
    """spaCy's ``util.get_words_and_spaces`` for words found in order in ``wide`` (the same
    words and spaces: white space between words is a token of its own, one space after a word is
    its ``whitespace_``), in one pass, with each word also as written in ``text``."""
    tokens: list[str] = []
    spaces: list[bool] = []
    position, end = 0, len(wide)
    for word in words:
        if word.isspace():
            continue
        start = wide.find(word, position)
        if start < 0:
            raise ValueError(f"the segmenter's word {word!r} is not in the text after position {position}")
        if start > position:  # white space the segmenter dropped
            tokens.append(wide[position:start])
            spaces.append(False)
        tokens.append(word)
        position = start + len(word)
        space = position < end and wide[position] == " "
        spaces.append(space)
        position += space
    if position < end:
        tokens.append(wide[position:])
        spaces.append(False)
    if wide == text:
        return tokens, spaces, tokens
    originals, offset = [], 0
    for token, space in zip(tokens, spaces, strict=True):
        originals.append(text[offset : offset + len(token)])
        offset += len(token) + space
    return tokens, spaces, originals


@registry.tokenizers("newsgraph.ChineseTokenizer.v1")
def create_news_tokenizer(segmenter: str = "pkuseg", user_dict: str | None = DEFAULT_USER_DICT):
    def make_tokenizer(nlp) -> NewsTokenizer:
        return NewsTokenizer(nlp.vocab, segmenter=segmenter, user_dict=user_dict)

    return make_tokenizer
