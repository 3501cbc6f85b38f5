"""Canonical entities: every mention gets an ``entity`` id, stable across documents and runs.

Abbreviated bodies resolve against the paper's home place (``市委`` in a 大同 paper is
中共大同市委, ``省委`` 中共山西省委); a person is a name plus the place where they serve: the
paper's, the one their post names (邯郸市委书记 in a 吕梁 paper), none for the nation's leaders
(two untitled 王明 in two cities are two people); a place is its official division name where known.
"""

from __future__ import annotations

import hashlib
import re

from spacy.language import Language
from spacy.tokens import Doc

from .entities import doc_text, mentions_of
from .grammar import grammar

_LEVEL_ABBREVIATION = re.compile(r"^(?:[一二三四五六七八九十\d]+届)?(?P<level>自治区|自治州|自治县|省|市|县|区|州)(?P<rest>.*)$")
#: a party committee's organs, named alone where the paper's home committee is meant, and what
#: joins them to the committee's name (中共绍兴市委政法委, 中共绍兴市纪委)
_PARTY_ORGANS = {"政法委": "委", "组织部": "委", "宣传部": "委", "统战部": "委", "纪委": "", "纪委监委": ""}
_HEAD_OF_GOVERNMENT = re.compile(r"^(?:常务)?副?(?P<level>省|市|县|区|州)长$")


def entity_id(label: str, key: str) -> str:
    """A short stable id for a canonical entity (label and canonical key)."""
    digest = hashlib.blake2b(f"{label}\t{key}".encode(), digest_size=8).hexdigest()
    return f"{label[0].lower()}_{digest}"


def province_of(place: str | None) -> str | None:
    """The province of a division name (大同 → 山西省), from the adcode table."""
    if not place:
        return None
    return grammar().provinces.get(grammar().division_names.get(place, place))


def _home_unit(level: str, home: str) -> str | None:
    """The unit a level word stands for in a paper whose home place is ``home``: 市 in a 大同
    paper is 大同市, 省 山西省; None where the home place is no unit of that level."""
    home_full = grammar().division_names.get(home, home)
    if home_full.endswith(level):
        return home_full
    if level == "自治区":  # 自治区党委 in an 乌鲁木齐 paper: 新疆维吾尔自治区's
        province = province_of(home)
        return province if province and province.endswith(level) else None
    return province_of(home) if level == "省" else None


#: a division's name as written before its bodies (大同市, 山西省, 灵丘县)
_DIVISION = r"(?P<place>[\u4e00-\u9fff]{2,12}?[省市县区州旗盟])"
#: the division's party committee or its discipline commission, and what is under it (大同市委宣传部,
#: 山西省纪委; not 大庆市委市政府: two bodies)
_PARTY_COMMITTEE = re.compile(rf"^(?:中共|中国共产党)?{_DIVISION}(?P<rest>(?:纪委|委)(?!员)(?!.*政府).*)$")
#: its government and its people's congress's standing committee, written short or in full
#: (大同市政府, 大同市人民政府; 大同市人民代表大会常务委员会, 大同市人大常委会)
_STATE_ORGAN = re.compile(rf"^{_DIVISION}(?P<organ>人民政府|政府|人民代表大会常务委员会|人大常委会)(?P<rest>.*)$")
_STATE_ORGAN_NAMES = {"政府": "人民政府", "人民代表大会常务委员会": "人大常委会"}


def standard_name(name: str) -> str:
    """A party committee's or a state organ's body by one name, however the text writes it:
    大同市委宣传部, 中共大同市委宣传部 and 市委宣传部 in a 大同 paper are all 中共大同市委宣传部 (the
    committee's own name); 市政府办公室 is 大同市人民政府办公室."""
    names = grammar().division_names
    state = _STATE_ORGAN.match(name)
    if state is not None and state["place"] in names:
        # 市政府 and 市人民政府 are one body, by the government's own name (大同市人民政府)
        organ = _STATE_ORGAN_NAMES.get(state["organ"], state["organ"])
        return f"{names[state['place']]}{organ}{state['rest']}"
    match = _PARTY_COMMITTEE.match(name)
    if match is None or match["place"] not in names:
        return name
    return f"中共{names[match['place']]}{match['rest']}"


def canonical_name(label: str, text: str, home: str | None) -> str:
    """The canonical form of a mention's text in a paper whose home place is ``home``."""
    g = grammar()
    if label == "PLACE":
        return g.division_names.get(text, text)
    if label == "ORG":
        return standard_name(_expanded(text, home))
    if label != "TITLE" or not home:
        return text
    post = _HEAD_OF_GOVERNMENT.match(text)
    place = _home_unit(post["level"], home) if post else None
    return f"{place}{text}" if place else text  # 市长 in a 大同 paper is 大同市市长


def _expanded(text: str, home: str | None) -> str:
    """A body's name with the home place an abbreviation leaves out (市公安局: 大同市公安局)."""
    g = grammar()
    if not home:
        return text
    if text in _PARTY_ORGANS:
        # 政法委 named alone in a 绍兴 paper is the city committee's: 中共绍兴市委政法委
        full = g.division_names.get(home, home)
        return f"中共{full}{_PARTY_ORGANS[text]}{text}"
    if text.startswith(g.zone_prefixes):
        return f"{g.division_names.get(home, home)}{text}"  # 经开区管委会 in a 大同 paper is 大同市's
    match = _LEVEL_ABBREVIATION.match(text)
    place = _home_unit(match["level"], home) if match else None
    if place is None:
        return text
    rest = match["rest"]
    if rest == "委":
        return f"中共{place}委"
    return f"{place}{rest}"


def canonical_key(label: str, text: str, home: str | None) -> str:
    """The key of a mention's entity; a person's is the name and the place where they serve
    (``home``: the paper's, or the one their post names; empty for the nation's leaders)."""
    name = canonical_name(label, text, home)
    if label == "PERSON":
        return f"{name}@{grammar().division_names.get(home, home) if home else ''}"
    return name


#: posts of the nation's party and state, held by one person however many papers name them
_NATIONAL_POST = re.compile(r"^(?:中共中央|中央|国家|国务院|全国|中国|中华人民共和国)|^(?:总书记|国家主席|副?总理|国务委员|副?委员长)$")


def service_place(titles: list, mentions: list, home: str | None) -> str | None:
    """Where a person serves, from the posts the text gives them: none for a national post
    (总书记, 国务院副总理), the place a post names (邯郸市委书记 in a 吕梁 paper: 邯郸市; the most
    local of 河北省委常委、邯郸市委书记), else the paper's ``home``."""
    g = grammar()
    places = []
    for title in titles:
        if _NATIONAL_POST.search(title.text):
            return ""
        for m in mentions:
            if m.label == "PLACE" and title.start <= m.start and m.end <= title.end:
                places.append(g.division_names.get(m.text, m.text))
    if not places:
        return home
    local = [p for p in places if g.provinces.get(p) != p]
    return (local or places)[0]


class Canonical:
    """Give each mention its canonical entity id."""

    def __init__(self, nlp: Language, name: str = "canonical", home_place: str | None = None) -> None:
        self.name = name
        self.home_place = home_place

    def __call__(self, doc: Doc) -> Doc:
        home = doc._.home_place or self.home_place
        mentions = mentions_of(doc)
        # a person's place of service, by the posts the text gives them anywhere in the document
        served: dict[str, str | None] = {}
        for official in doc._.officials or []:
            if official.name.text not in served or served[official.name.text] == home:
                served[official.name.text] = service_place(official.titles, mentions, home)
        bodies = {m.start: m for m in mentions if m.label == "ORG"}
        names = {(m.start, m.end): self._organ_name(doc, m, home) or canonical_name("ORG", m.text, home) for m in mentions if m.label == "ORG"}
        for mention in mentions:
            name = canonical_name(mention.label, mention.text, home)
            key = canonical_key(mention.label, mention.text, served.get(mention.text, home) if mention.label == "PERSON" else home)
            if mention.label == "ORG":
                key = name = names[(mention.start, mention.end)]
            body = bodies.get(mention.start) if mention.label == "TITLE" else None
            if body is not None and body.end < mention.end:
                # a post of an abbreviated body: 市委书记 in a 大同 paper is 中共大同市委书记
                key = name = names[(body.start, body.end)] + mention.text[body.end - body.start :]
            mention.entity = entity_id(mention.label, key)
            mention.canonical = name
        for event in doc._.events or []:
            for fillers in event.args.values():
                for argument in fillers:
                    match = next((m for m in mentions_of(doc) if (m.start, m.end) == (argument.start, argument.end)), None)
                    argument.entity = match.entity if match else None
        return doc


    @staticmethod
    def _organ_name(doc: Doc, organ, home: str | None) -> str | None:
        """A party organ in a post listed after another post of its committee (东胜区委常委、组织部
        部长): the organ is that committee's (东胜区委组织部), not the home city's."""
        if organ.text not in _PARTY_ORGANS:
            return None
        text = doc_text(doc)
        committee = next(
            (m for m in mentions_of(doc) if m.label == "ORG" and m.text.endswith("委") and m.text not in _PARTY_ORGANS
             and 0 < organ.start - m.end <= 6 and "、" in text[m.end : organ.start]),
            None,
        )  # fmt: skip
        if committee is None:
            return None
        base = canonical_name("ORG", committee.text, home)
        return base + organ.text if _PARTY_ORGANS[organ.text] else base[:-1] + organ.text


@Language.factory("canonical", default_config={"home_place": None})
def make_canonical(nlp: Language, name: str, home_place: str | None) -> Canonical:
    return Canonical(nlp, name, home_place=home_place)
