"""Officials: titles (TITLE mentions) and who holds them (``HOLDS_TITLE``).

Patterns, in the order a party paper writes them:

* a title chain before a name list: ``省委常委、市委书记卢东亮``,
  ``市人大常委会副主任赵宇、刘美、张忠义`` (every name gets every title, in list order);
  chains joined by ``，`` belong together when no name comes between;
* a post head after a name: ``赵革书记``, ``习近平总书记``;
* apposition: ``谷明，市人大常委会主任，``;
* election: ``…当选中共中央总书记``.

Group words (``市领导``) and occupations (``民警``, ``记者``) give no title. Names come from
the NER where it found them, else from a surname-led reading of the text after a title.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Mention, Official, Post
from .entities import (
    ARRIVAL_VERBS,
    NOT_NAME_LAST,
    ROLE_VERB_AFTER_NAME,
    add_mention,
    doc_text,
    known_words,
    mentions_of,
    occurrences,
    sync_spans,
)
from .grammar import grammar

if not Doc.has_extension("officials"):
    Doc.set_extension("officials", default=None)

# Words that may follow a name directly (so a two-character name ends there).
#: a conjunction right after a name, then a verb: the conjunction is the name's last character
_NAME_ENDS_IN_CONJUNCTION = re.compile(r"[和与及](?:主持|出席|参加|列席|讲话|致辞|指出|强调|表示|介绍|说)")
_AFTER_NAME = re.compile(
    r"(?:主持|出席|参加|列席|在|会见|会谈|率|强调|指出|表示|说|等|一行|提出|对|同|与|和|及|深入|来到|到|前往|赴|陪同|"
    r"带队|调研|视察|考察|检查|作|讲话|发言|发表|要求|分别|入选|获|先后|看望|慰问|也|就|向|以|为|是|主持|同志|介绍|致辞|"
    r"代表|宣布|批示|指示|部署|听取|希望|认为|感谢|欢迎|来|去|从|被|将|已|还|又|并|通报|传达|带领|走访|当选|担任|任|"
    r"书记|市长|县长|省长|主席|总理|总统|部长|局长|主任|院长|先生|女士|告诉|透露|坦言|应约|应邀|举行|视频)"
)
#: a verb that gives or takes a post, and the link between the person and the post
_APPOINTING = re.compile(r"任命|选举|推选|推举|聘任|提名|当选|免去|免职")
_APPOINTED_TO = re.compile(r"(?:当选为?|为|的)$")
#: a résumé's post held now (现任, 现为), right before the post
_CURRENTLY = re.compile(r"现(?:任|为|担任)$")
#: a résumé's or an obituary's posts held before (曾任, 历任, 先后担任), right before the first post
_FORMERLY = re.compile(r"(?:曾|历|先后|曾经)(?:任|担任)$")
#: a notice's 任 right before a post (张建国任…局长), or a résumé's 兼任 (拟任: not held yet)
_ASSIGNED = re.compile(r"(?P<kind>兼)?任$")
#: characters that make 任 part of another verb (担任, 曾任, 出任, 继任, 升任)
_TAKES_UP = frozenset("担现曾出继新升调改留连转委聘就历离到上接拟")
#: an elder as a noun after a preposition (向老同志通报): no name 向老 before the form of address
_ELDER_NOUN = re.compile(r"老(?:同志|干部|党员|战士|领导)")
#: a foreign name after its post: the segmenter's words of it (Chinese characters and the dot of a
#: transliteration), the characters that are no part of one, and what may end one that the NER missed
_FOREIGN_NAME_PART = re.compile(r"[\u4e00-\u9fff·]+")
_NOT_FOREIGN_NAME_CHAR = frozenset("的了在和与及对将已正也都就来去说府署应向同为")
#: a post stood for, not held (市长候选人)
_CANDIDATE = "候选人"
#: the first words of unions of states and world bodies, whose posts foreigners hold
_INTERNATIONAL = ("联合国", "北约", "欧盟", "东盟", "非盟", "世界", "国际", "亚太经合组织")
_HONORIFICS = ("爵士", "阁下", "殿下", "夫人")
_FOREIGN_NAME_END = re.compile(r"一行|等|夫妇|先生|女士|[，,。、；;：:（(\s]|$")
#: the verbs a foreign name of two characters may stand before with no NER name (拜登举行视频会晤)
_FOREIGN_NAME_VERB = re.compile(rf"举行|进行|视频|通电话|通话|会见|会谈|表示|应约|应邀|{ARRIVAL_VERBS}|访问|发表")
#: particles, no given name of one character
_PARTICLES = frozenset("了过着的地得们吗呢吧啊")
#: a party committee's departments named without it (组织部, 政法委)
_PARTY_ORGAN = re.compile(r"纪委监委|政法委|纪委|监委|组织部|宣传部|统战部|[\u4e00-\u9fff]{2,3}(?:支队|大队|中队)")
_GROUP_WORD = re.compile(r"(?:省市|市县|省|市|县|区|州|镇)领导(?:同志)?")
#: one-character verbs and links a name runs into (金力率…, 王刚在…, 李明等): the segmenter's
#: word across them is no reason to doubt the name
_ROLE_CHAR_AFTER_NAME = frozenset("率在等说和与及同")
#: conjunctions and prepositions that are surnames too: before a name, they start none
_PREPOSITIONS = frozenset("和与及对把被在为从就同跟向由")
#: and the verbs that list the names after them (陪同调研的市领导有李刚、王华)
_BEFORE_A_NAME = _PREPOSITIONS | frozenset("有是")
#: last characters of a body's name (市委, 公司): no name before a post ends in one
_BODY_END = set("委组局部会办院厅处科室队所站中心长员记司团社厂")
_LIST_ITEM = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?=、|及|和|等|[，,。；;]|出席|参加|列席)")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position ``at`` starts."""
    return max(text.rfind(c, 0, at) for c in "。！？\n") + 1


def _under_appointing_heading(text: str, line_start: int) -> bool:
    """Whether the line at ``line_start`` is an item of a personnel notice under its heading line
    (决定任命： / 赵立明为市教育局局长； / 周海涛为市卫健委主任。), the items before it between."""
    end = text.rfind("\n", 0, line_start)  # the lines before, read back up to 30, not the whole text
    for _ in range(30):
        if end < 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line.endswith(("：", ":")):
            return bool(_APPOINTING.search(line)) and len(line) <= 20
        if not (line.endswith(("；", ";", "。", "，")) and ("为" in line or "的" in line)):
            return False
        end = start - 1
    return False


def _inside_word(doc: Doc, at: int) -> bool:
    """Whether character ``at`` is inside a word of the segmenter (not a word's first character)."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span is not None and doc[span.start].idx < at


@dataclass(slots=True)
class _Title:
    start: int
    end: int
    text: str
    body: Mention | None  # the body or place the post belongs to, where written
    post: str  # the post itself: 副主任, 党组书记


class Officials:
    """Find titles attached to named persons and the ``HOLDS_TITLE`` pairs."""

    def __init__(self, nlp: Language, name: str = "officials") -> None:
        self.name = name
        self.tokenizer = nlp.tokenizer

    @property
    def known_words(self) -> set[str]:
        """The segmenter's words (今天, 邀请, 大使)."""
        return known_words(self.tokenizer)

    def __call__(self, doc: Doc) -> Doc:
        officials = self.match(doc)
        self.set_annotations(doc, officials)
        return doc

    # -- names ------------------------------------------------------------------------------

    def _person_at(self, doc: Doc, start: int, in_list: bool = False) -> Mention | None:
        """A PERSON mention starting at ``start``: the NER's, else a surname-led reading."""
        for m in mentions_of(doc):
            if m.label == "PERSON" and m.start == start:
                longer = self._read_name(doc_text(doc), start)
                if longer is not None and longer.end == m.end + 1 and _NAME_ENDS_IN_CONJUNCTION.match(doc_text(doc), m.end):
                    # 康正和主持会议: 和 with a verb after it ends the name, it joins nothing
                    doc._.mentions = [x for x in mentions_of(doc) if x is not m]
                    m = add_mention(doc, longer)
                self._drop_places_inside(doc, m)
                return m
        person = self._read_name(doc_text(doc), start) or (self._read_list_item(doc_text(doc), start) if in_list else None)
        text = doc_text(doc)
        if person is None or (len(person.text) == 2 and _inside_word(doc, person.end) and text[person.end : person.end + 1] not in _ROLE_CHAR_AFTER_NAME):
            return None  # 主席都遭到: 遭 starts the word 遭到, no given name ends there (but 金力率…)
        g = grammar()
        for m in mentions_of(doc):
            inside = person.start <= m.start and m.end <= person.end
            if m.label in ("ORG", "PLACE") and m.start < person.end and person.start < m.end and not (inside and m.label == "PLACE"):
                return None  # the text there is a body or a place, not a name
            if m.label == "PLACE" and (m.start, m.end) == (person.start, person.end) and (m.text in g.countries or m.text in g.division_names):
                return None  # 藤森、吉布提|总统古莱德: a country (or a division) all of the reading, no name
        self._drop_places_inside(doc, person)
        return person

    @staticmethod
    def _occupation_after(doc: Doc, end: int) -> int | None:
        """Where an occupation listed after a post ends (、山西大学教授): a body and a status noun
        that is no post, before the name the post belongs to too."""
        text = doc_text(doc)
        if not text.startswith("、", end):
            return None
        body = next((m for m in mentions_of(doc) if m.label == "ORG" and m.start == end + 1), None)
        at = body.end if body is not None else end + 1
        noun = next((n for n in sorted(grammar().status_nouns, key=len, reverse=True) if text.startswith(n, at)), None)
        return at + len(noun) if noun and body is not None else None

    @staticmethod
    def _foreign(title: _Title) -> bool:
        """Whether a post is a foreign country's or a diplomat's (日本首相, 驻上海总领事), that of a
        division the country is written before (日本山梨县知事), an international body's, or one
        only foreigners hold (国务卿, 市议员)."""
        g = grammar()
        if title.text.startswith(_INTERNATIONAL) or title.text.endswith(g.foreign_heads):
            return True  # 北约秘书长, 欧盟委员会主席: a post of a union of states or a world body; 国务卿
        return "驻" in title.text or any(title.text[:k] in g.countries and title.text[:k] != "中国" for k in range(2, min(7, len(title.text))))

    def _foreign_name_after(self, doc: Doc, start: int, names: list[Mention]) -> list[Mention]:
        """A foreign name right after a foreign post, read whole (日本首相岸田|文雄表示, 驻上海总领事
        赤松|秀|一一行): no surname list reads it, and the NER often keeps only its first word. The
        segmenter's words are taken while it knows none of them (今天, 邀请); with no name from the NER,
        only up to a party or a delimiter (贝宁总统抵京: no name)."""
        g = grammar()
        text = doc_text(doc)
        known = self.known_words
        if not known:
            return names  # a segmenter whose words are not known here (HanLP's): no reading past the NER
        end = start
        window = doc.char_span(start, min(len(text), start + 8), alignment_mode="expand")
        for token in window if window is not None else ():
            # the name's head glued to the post's word (知事长|崎幸太郎: 长崎幸太郎) is its first piece
            head = end - token.idx
            piece = token.text[head:] if end == start and 0 < head < len(token) else token.text
            if token.idx + len(token) - len(piece) != end or not _FOREIGN_NAME_PART.fullmatch(piece) or end - start + len(piece) > 6:
                break
            if piece in g.verbs or (piece in known if len(piece) > 1 else piece in _NOT_FOREIGN_NAME_CHAR):
                break
            if end - start >= 2 and (_FOREIGN_NAME_END.match(text, end) or text.startswith(_HONORIFICS, end)):
                break  # 赤松秀一|一行, 贝恩德|爵士
            if end - start >= 2 and (_FOREIGN_NAME_VERB.match(text, end) or ROLE_VERB_AFTER_NAME.match(text, end)):
                break  # 拜登|视频通话: a verb the segmenter does not know
            end += len(piece)
        if names and names[0].end >= end:
            return names
        if not names and not (end - start >= 2 and _FOREIGN_NAME_VERB.match(text, end)) and (end - start < 3 or not _FOREIGN_NAME_END.match(text, end)):
            return names
        if any(m.label != "PERSON" and m.start < end and start < m.end and not (start <= m.start and m.label == "PLACE") for m in mentions_of(doc)):
            return names  # a body or a title runs into it
        doc._.mentions = [m for m in mentions_of(doc) if not (m.label in ("PERSON", "PLACE") and start <= m.start and m.end <= end)]
        return [add_mention(doc, Mention("PERSON", start, end, text[start:end], source="rule"))]

    @staticmethod
    def _drop_places_inside(doc: Doc, person: Mention) -> None:
        """A place read inside a name (长春 in 秘书长刘长春) is part of the name."""
        doc._.mentions = [m for m in mentions_of(doc) if not (m.label == "PLACE" and person.start <= m.start and m.end <= person.end)]

    def _name_before(self, doc: Doc, end: int) -> Mention | None:
        """A surname-led name of two or three characters that ends at ``end`` (before a post)."""
        text = doc_text(doc)
        for length in (3, 2):
            start = end - length
            if start < 0 or text[end - 1] in _BODY_END:
                continue
            if length == 2 and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
                continue  # a two-character name inside running text is too often a word (信访局长)
            if length == 2 and _ELDER_NOUN.match(text, end - 1):
                continue  # 向老同志通报: a preposition and 老同志, no 向老 and the form of address 同志
            if length == 3 and _inside_word(doc, start):
                continue  # 新闻出版局长: 闻 is inside the segmenter's word 新闻, no name starts there
            person = self._read_name(text[:end], start)
            if person is not None and person.end == end and person.text not in grammar().title_words:
                overlaps = any(m.label in ("ORG", "PLACE", "TITLE", "PERSON") and m.start < end and start < m.end for m in mentions_of(doc))
                if not overlaps:
                    return person
        return None

    @staticmethod
    def _read_list_item(text: str, start: int) -> Mention | None:
        """An item of a name list after a title (``刘斌、开桂兰、方祖中``): two to four characters
        between list delimiters, whatever the surname."""
        match = _LIST_ITEM.match(text, start)
        g = grammar()
        if match is None or match[1] in g.not_names or match[1] in g.common_words or match[1].endswith(g.title_heads) or match[1].startswith(g.long_title_heads) or match[1][0] in _PARTICLES:
            return None  # 政治局委员、书记处书记、: the next post of a chain, no name
        if len(match[1]) >= 3 and match[1][0] in _BEFORE_A_NAME and g.surname_length(match[1], 1):
            return None  # 市领导有李刚、: 有 lists the names, it starts none
        return Mention("PERSON", start, match.end(1), match[1], source="rule")

    def _read_name(self, text: str, start: int) -> Mention | None:
        """A Chinese name read from its surname: the longest reading (two, then one given-name
        characters) that a delimiter or a verb follows."""
        g = grammar()
        surname_len = g.surname_length(text, start)
        if not surname_len or (text[start] in _PREPOSITIONS and g.surname_length(text, start + 1)):
            return None  # 主席和李鹏总理: 和 joins two names, it starts none
        for given in (2, 1):
            end = start + surname_len + given
            name = text[start:end]
            if len(name) != surname_len + given or not all("\u4e00" <= c <= "\u9fff" for c in name):
                continue
            if end < len(text) and "\u4e00" <= text[end] <= "\u9fff" and not _AFTER_NAME.match(text, end):
                continue
            verb = _AFTER_NAME.match(text, end - 1) if given == 2 else None
            if verb and len(verb.group()) > 1:
                continue  # 孙丽陪同下: the verb starts at the third character
            if "某" in name[surname_len:]:
                return None  # 王某某, 张某: a name withheld names no one
            if given == 1 and name[-1] in _PARTICLES:
                continue  # 李书记来了: 来 is a surname, but 了 no given name
            if given == 2 and name[-1] in NOT_NAME_LAST:
                continue  # 谷明等在主席台就座, 战线的同志: 等 closes the list, no given name ends in 的
            if name[surname_len:] in g.verbs or name in g.verbs:
                return None  # 学习贯彻总书记…, 习近平总书记强调: a verb before or after the post, no name
            if name in g.common_words and not (name in g.nominal_words and ROLE_VERB_AFTER_NAME.match(text, end)):
                continue  # 包括总书记…, 卫生部长: a word of the news, no name (but 政法委书记温暖出席: a noun before a role verb)
            if name in g.not_titles or name in g.not_names or any(name.endswith(h) for h in g.title_heads if len(h) > 1):
                return None  # 党总支副书记: a word before the post, no name
            if name[surname_len:] in g.not_names:
                return None  # 一位领导同志: 位 is a surname, 领导 no given name
            return Mention("PERSON", start, end, name, source="rule")
        return None

    def _appointed(self, doc: Doc, title_start: int) -> list[Mention]:
        """The person a sentence appoints, elects or removes to or from the post starting at
        ``title_start``: 任命王华为市财政局局长, 当选为中共中央总书记, 免去赵刚的市财政局局长职务."""
        text = doc_text(doc)
        sentence_start = _sentence_start(text, title_start)
        link = _APPOINTED_TO.search(text[sentence_start:title_start])
        if link is None:
            return []
        if not _APPOINTING.search(text, sentence_start, sentence_start + link.start()) and not _under_appointing_heading(text, sentence_start):
            return []
        end = sentence_start + link.start()
        person = next((m for m in mentions_of(doc) if m.label == "PERSON" and m.end == end), None)
        if person is None:
            # the name fills what lies between the verb (or the list's comma) and 为: 任命王华为
            verbs = [m.end() for m in _APPOINTING.finditer(text, sentence_start, end)]
            start = max([*verbs, *(text.rfind(c, 0, end) + 1 for c in "，,、；;：:\n")])
            person = self._read_name(text[:end], start)
        if person is None or person.end != end:
            return []
        # 选举刘海燕、刘敬民、张茅为副市长: the list before the last name shares the post
        return self._listed_before(doc, person, sentence_start)

    def _listed_before(self, doc: Doc, last: Mention, since: int, read_names: bool = False) -> list[Mention]:
        """The name list that ends with ``last`` (刘海燕、刘敬民、张茅), back to ``since``; a note
        after a name (林文漪（女）) is skipped; with ``read_names``, names the NER missed are read."""
        text = doc_text(doc)
        names = [last]
        while text[names[0].start - 1 : names[0].start] in ("、", "和", "及"):
            before = names[0].start - 1
            note = re.search(r"[（(][^（）()]{1,6}[）)]$", text[max(0, before - 8) : before])
            if note:
                before -= len(note.group())
            listed = next((m for m in mentions_of(doc) if m.label == "PERSON" and m.end == before and m.start >= since), None)
            if listed is None and read_names:
                listed = self._name_before(doc, before)
            if listed is None or listed.start < since:
                break
            names.insert(0, listed)
        return names

    def _assigned(self, doc: Doc, title_start: int) -> list[Mention]:
        """The names a personnel notice puts in the post starting at ``title_start``:
        ``张建国任市财政局局长``, ``李明、王芳任市财政局副局长``; after ``兼任``, the person the
        résumé is about (…，任晋察冀中央局副书记，后兼任张家口市委书记)."""
        text = doc_text(doc)
        link = _ASSIGNED.search(text, max(0, title_start - 2), title_start)
        if link is None:
            return []
        if link["kind"]:
            sentence_start = _sentence_start(text, title_start)
            people = [m for m in mentions_of(doc) if m.label == "PERSON" and sentence_start <= m.start and m.end <= link.start()]
            return people[:1]
        if text[link.start() - 1 : link.start()] == "担" and text[link.start() - 2 : link.start() - 1] not in "曾将拟原再":
            # 范俊峰担任审判长: the one right before 担任 holds it (not 曾担任, 将担任)
            name_end = link.start() - 1
            person = next((m for m in mentions_of(doc) if m.label == "PERSON" and m.end == name_end), None)
            return [person] if person else []
        if text[link.start() - 1 : link.start()] in _TAKES_UP:
            return []  # 曾任, 继任: a verb of its own, not a notice's 任
        name_end = link.start() - 2 if text.endswith("同志", 0, link.start()) else link.start()  # 郭永强同志任…
        person = next((m for m in mentions_of(doc) if m.label == "PERSON" and m.end == name_end), None)
        person = person or self._name_before(doc, name_end)
        return self._listed_before(doc, person, _sentence_start(text, title_start), read_names=True) if person else []

    @staticmethod
    def _resume_holder(doc: Doc, title_start: int, title_end: int) -> list[Mention]:
        """The person a résumé says holds the post starting at ``title_start`` now, or held it
        before: the sentence's first name before ``现任`` or ``曾任`` (刘建华，男，汉族，…，现任天镇县委
        副书记、县长，拟任…); where the sentence names no one, the name that opens the sentence
        before (张启楣同志1942年8月出生…。曾任宁波市委书记…); the one a clause describes
        (曾任…团长的任宏昌), or the one a bracket follows (甘英（曾任…副主席）)."""
        text = doc_text(doc)
        held = _CURRENTLY.search(text, max(0, title_start - 3), title_start)
        before = held or _FORMERLY.search(text, max(0, title_start - 4), title_start)
        if not before:
            return []
        if title_end < len(text) and _inside_word(doc, title_end):
            return []  # 现任欧盟轮值主席国英国: the post is part of a word (主席国), held by no one
        people = [m for m in mentions_of(doc) if m.label == "PERSON"]
        if text.startswith("的", title_end):
            # 曾任许昌市豫剧团团长的任宏昌: the one the clause describes
            return [m for m in people if m.start == title_end + 1][:1]
        if text[before.start() - 1 : before.start()] in ("（", "("):
            return [m for m in people if m.end == before.start() - 1][:1]  # 甘英（曾任北京市政协副主席）
        sentence_start = _sentence_start(text, title_start)
        subject = [m for m in people if sentence_start <= m.start and m.end <= title_start]
        if subject or held or sentence_start < 2:
            return subject[:1]
        opening = _sentence_start(text, sentence_start - 1)
        return [m for m in people if m.start == opening][:1]

    def _names_after(self, doc: Doc, start: int) -> list[Mention]:
        """The name list that starts at ``start``: ``赵宇、刘美、张忠义``."""
        text = doc_text(doc)
        names: list[Mention] = []
        pos = start
        while True:
            while pos < len(text) and text[pos] == " ":
                pos += 1
            person = self._person_at(doc, pos, in_list=bool(names) or text[pos + 2 : pos + 5].find("、") >= 0)
            if person is None:
                break
            names.append(person)
            pos = person.end
            separator = text[pos : pos + 1]
            if separator == "、" or (separator == " " and self._person_at(doc, pos + 1)):
                pos += 1  # 赵宇、刘美 (or 田爱雨 李兴旺 in a headline)
                continue
            break
        return names

    # -- titles -----------------------------------------------------------------------------

    def _titles(self, doc: Doc) -> list[_Title]:
        """Posts (``副主任``) extended leftwards over the body, place or level word they belong to."""
        g = grammar()
        text = doc_text(doc)
        bodies = [m for m in mentions_of(doc) if m.label in ("ORG", "PLACE")]
        titles: list[_Title] = []
        for post in g.post.finditer(text):
            start = post.start()
            shares_bu = False  # 组织部长: the department's 部 is the post's first character
            if text.startswith("们", post.end()):
                continue  # 议员们, 代表们: the post's holders in general, no one named
            if any(b.start <= start and post.end() < b.end for b in bodies):
                continue  # 书记 inside 中央书记处: a body's name, not its post
            best = None
            for body in bodies:
                if body.start < start < body.end <= post.end():
                    best = body  # the post's qualifier is the body's tail: 市人大常委会党组 + 党组书记
                    break
                attached = body.end <= start and start - body.end <= 10 and g.title_modifier.fullmatch(text, body.end, start)
                # the nearest body, but in 博世集团中国区总裁 the place is the unit's, the post the body's
                unit_place = body.label == "PLACE" and best is not None and best.label == "ORG"
                if attached and (best is None or (body.end, -body.start) > (best.end, -best.start)) and not unit_place:
                    best = body
            if best is not None and text[best.start - 1 : best.start] == "驻":
                # 中国驻美国大使, 泰国驻昆明总领事: the post is the sending country's
                sender = next((b for b in bodies if b.end == best.start - 1), None)
                start = sender.start if sender else best.start - 1
                best = sender  # 驻美国大使 alone: no body of its own
            elif best is not None:
                start = best.start
                # 美国国防部长, 日本山梨县知事: the country written before its ministry or its division
                # is the title's too
                country = next((b for b in bodies if b.label == "PLACE" and b.end == best.start), None)
                foreign = country is not None and country.text in g.countries and country.text != "中国" and best.text not in g.countries
                if country is not None and (best.label == "ORG" or foreign):
                    start = country.start
            else:
                prefix = g.title_prefix.search(text, max(0, start - 6), start)
                if not prefix and text.startswith("部", start):
                    # 组织部长: the department's 部 is its head's too (组织部 + 部长)
                    prefix = g.title_prefix.search(text, max(0, start - 5), start + 1)
                    shares_bu = prefix is not None
                if prefix:
                    start = prefix.start()
            if titles and start < titles[-1].end:
                continue
            title = text[start : post.end()]
            if title in g.not_titles:
                continue
            organ = _PARTY_ORGAN.fullmatch(text, start, post.start() + shares_bu) if best is None else None
            if organ is not None:
                # 市委常委、组织部部长: the committee's department, its 市委 left out, is a body in the
                # post (as 政法委 in 政法委书记), and so is a police unit (刑侦支队支队长); 党委, 政府
                # left so are generic
                best = add_mention(doc, Mention("ORG", start, organ.end(), organ.group(), source="rule"))
            # the post word: what follows the body, or all of 部长 where the body ends inside it (组织部长)
            post_word = text[best.end : post.end()] if best else title
            if best is not None and best.end > post.start() and not g.post.fullmatch(post_word):
                post_word = post.group()
            titles.append(_Title(start, post.end(), title, best, post_word))
        return titles

    def match(self, doc: Doc) -> list[Official]:
        text = doc_text(doc)
        g = grammar()
        officials: list[Official] = []
        titles = self._titles(doc)
        i = 0
        while i < len(titles):
            chain = [titles[i]]
            while i + 1 < len(titles):
                gap = text[chain[-1].end : titles[i + 1].start]
                if gap in ("、", "，", ",", "及", "兼"):
                    chain.append(titles[i + 1])
                    i += 1
                else:
                    break
            i += 1
            if text.startswith(_CANDIDATE, chain[-1].end):
                # 市委副书记、市长候选人王强: the posts before the candidacy are held, the last not yet
                names = self._names_after(doc, chain[-1].end + len(_CANDIDATE))
                chain = chain[:-1]
                if not chain:
                    continue
            else:
                names = self._names_after(doc, chain[-1].end)
            if chain[-1].text.endswith(g.foreign_heads):
                # 国王|花园涌去: a king's name is none a Chinese surname reads, only one found before
                names = [n for n in names if any(m is n for m in mentions_of(doc))]
            if not names and (occupation := self._occupation_after(doc, chain[-1].end)):
                names = self._names_after(doc, occupation)  # 全国政协委员、山西大学教授李华: the name after both
            if self._foreign(chain[-1]) and len(names) <= 1:
                names = self._foreign_name_after(doc, chain[-1].end, names)
            if not names:
                # apposition: 谷明，市人大常委会主任，; 张吉福（大同市市长）
                before = text[: chain[0].start]
                match = re.search(r"([\u4e00-\u9fff·]{2,6})[，,（(]$", before)
                after = text[chain[-1].end : chain[-1].end + 1]
                closes = "）)" if match and match.group()[-1] in "（(" else "，,。"
                if match and (after in closes or after == ""):
                    person = next(
                        (m for m in mentions_of(doc) if m.label == "PERSON" and m.end == match.end(1)), None
                    ) or self._name_before(doc, match.end(1))
                    titled = person is not None and any(t.end == person.start for t in titles)
                    if person and not titled:
                        names = [person]  # 市政协主席赵文斌，市委常委，…: a list goes on, no apposition
            if not names:
                names = self._appointed(doc, chain[0].start)
            if not names:
                names = self._resume_holder(doc, chain[0].start, chain[-1].end)
            if not names:
                names = self._assigned(doc, chain[0].start)
            for position, person in enumerate(names, 1):
                officials.append(
                    Official(
                        name=person,
                        titles=[Mention("TITLE", t.start, t.end, t.text) for t in chain],
                        posts=[Post(t.body, t.post) for t in chain],
                        list_position=position if len(names) > 1 else 0,
                        list_size=len(names),
                    )
                )
        # names after a group word take no title, but they are names: 市领导周鹏、任希杰
        for match in _GROUP_WORD.finditer(text):
            for person in self._names_after(doc, match.end()):
                add_mention(doc, person)
        # titles written after a name: 赵革书记, 习近平总书记 (the name read back from the title
        # where the NER missed it)
        for match in g.after_name_title.finditer(text):
            if not any(m.label == "PERSON" and m.end == match.start() for m in mentions_of(doc)):
                person = self._name_before(doc, match.start())
                if person is not None:
                    add_mention(doc, person)
        for person in [m for m in mentions_of(doc) if m.label == "PERSON"]:
            match = g.after_name_title.match(text, person.end)
            if match and any(
                person.start <= t.start < person.end and match.end() <= t.end and (t.start == person.start or t.body is None)
                for t in titles
            ):
                # 任科技|副县长, 公司副|总经理, 应国家|主席, 吉布提|总统: the "name" ends in the post's own
                # qualifier or level (科技副县长, 副总经理, 国家主席), or is the country before it (but
                # 恩古巴尼省长 is a name, 古巴 inside it no body of the post)
                continue
            if match and match.group() not in g.not_titles:
                title = Mention("TITLE", match.start(), match.end(), match.group())
                officials.append(Official(name=person, titles=[title], posts=[Post(None, match.group())]))
        return officials

    def set_annotations(self, doc: Doc, officials: list[Official]) -> None:
        merged: dict[tuple[int, int], Official] = {}
        for official in officials:
            name = official.name
            if any(s < name.end and name.start < e and (s, e) != (name.start, name.end) for s, e in merged):
                continue  # 选举…张茅为副市长: the appointee 张茅 was read first, not 张茅为 + 副市长
            person = add_mention(doc, official.name)
            official.name = person
            official.titles = [add_mention(doc, t) for t in official.titles]
            key = (person.start, person.end)
            if key in merged:
                known = {(t.start, t.end) for t in merged[key].titles}
                for title, post in zip(official.titles, official.posts, strict=True):
                    if (title.start, title.end) not in known:
                        merged[key].titles.append(title)
                        merged[key].posts.append(post)
            else:
                merged[key] = official
        doc._.officials = sorted(merged.values(), key=lambda o: o.name.start)
        # a statistical name across a post and the name read after it (执行董事黄培修: 董事黄) is none
        held = [(m.start, m.end) for o in doc._.officials for m in (o.name, *o.titles)]
        doc._.mentions = [
            m for m in mentions_of(doc)
            if not (m.label == "PERSON" and any(s < m.end and m.start < e and (s, e) != (m.start, m.end) for s, e in held))
        ]
        self._propagate_names(doc)
        sync_spans(doc)

    def _propagate_names(self, doc: Doc) -> None:
        """A name found once (by the NER or after a title) is a name wherever else it is written."""
        text = doc_text(doc)
        # a statistical name that runs one character into the words after it (刘强榜|上有名) where
        # the name is written alone elsewhere (刘强当选): the name alone
        written = Counter(m.text for m in mentions_of(doc) if m.label == "PERSON")
        known = self.known_words
        for mention in [m for m in mentions_of(doc) if m.label == "PERSON" and m.source == "ner" and len(m.text) == 3]:
            runs_on = "\u4e00" <= text[mention.end : mention.end + 1] <= "\u9fff" and any(
                text[mention.end - 1 : mention.end - 1 + n] in known for n in (1, 2, 3, 4)
            )  # 榜 starts the words after it, 羽田孜为首 or 李希林、 end a name
            if runs_on and written[mention.text] == 1 and written[mention.text[:2]] and text.count(mention.text) == 1:
                doc._.mentions = [m for m in mentions_of(doc) if m is not mention]
                shorter = add_mention(doc, Mention("PERSON", mention.start, mention.end - 1, mention.text[:2], source="rule"))
                for official in doc._.officials or []:
                    if official.name is mention:
                        official.name = shorter
        names = {m.text for m in mentions_of(doc) if m.label == "PERSON" and len(m.text) >= 2}
        # one reading a document: a string found as a name is no place elsewhere in it
        doc._.mentions = [m for m in mentions_of(doc) if not (m.label == "PLACE" and m.source == "ner" and m.text in names)]
        # nor the head of an official's name: 丁小 where the text goes on 丁小强 (市委书记丁小强)
        others = [(m.start, m.end) for m in mentions_of(doc) if m.label != "PERSON"]
        official_names = {o.name.text for o in doc._.officials or []}
        # nor its tail: 张利 where the text reads 对常张利 and 常张利 is named in full
        for mention in [m for m in mentions_of(doc) if m.label == "PERSON"]:
            for name in sorted(official_names | names, key=len, reverse=True):
                if len(name) <= len(mention.text):
                    continue
                if name.startswith(mention.text):
                    start, end = mention.start, mention.start + len(name)
                elif name.endswith(mention.text) and len(name) >= 3:
                    start, end = mention.end - len(name), mention.end
                else:
                    continue
                if start < 0 or text[start:end] != name or any(s < end and start < e for s, e in others):
                    continue
                doc._.mentions = [m for m in mentions_of(doc) if m is not mention]
                whole = add_mention(doc, Mention("PERSON", start, end, name, source="rule"))
                for official in doc._.officials or []:
                    if official.name is mention:
                        official.name = whole
                break
        taken = [(m.start, m.end) for m in mentions_of(doc) if m.label != "TITLE"]
        for name in sorted(names, key=len, reverse=True):
            for start in occurrences(text, name):
                end = start + len(name)
                if any(s < end and start < e for s, e in taken):
                    continue
                add_mention(doc, Mention("PERSON", start, end, name, source="rule"))
                taken.append((start, end))


@Language.factory("officials")
def make_officials(nlp: Language, name: str) -> Officials:
    return Officials(nlp, name)
