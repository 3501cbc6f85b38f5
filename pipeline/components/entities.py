"""Entity mentions: the statistical NER's spans merged with the rule layer's bodies and places.

The rule layer (:mod:`pipeline.components.grammar`) finds bodies by their suffix grammar and
places from the administrative-division list; it lies under the trained ``ner`` component:
where both find a span, the longer wins; nested mentions that ANNOTATION.md asks for (a place
inside a body, a body inside a post) are kept in ``doc._.mentions`` and ``doc.spans["mentions"]``,
while ``doc.ents`` keeps the outermost, non-overlapping view.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..records import Mention
from .grammar import GOING_VERBS, SPEECH_AFTER_NAME, grammar, head_ends_a_word, head_runs_on

#: characters that start no name after a status noun: function words, and 区 (居民区, 棚户区)
_NOT_NAME_START = frozenset("和与及对把被在为向从就区")
#: a named building where leaders meet or a meeting is held (在迎宾馆会见)
_VENUE = re.compile(
    r"在(?P<name>[\u4e00-\u9fff]{1,8}?(?:国宾馆|宾馆|饭店|酒店|大厦|大会堂|会堂|礼堂|会议中心|会展中心|行政中心|市民中心|市民之家"
    r"|体育馆|体育场|博物馆|纪念馆|展览馆|剧院))(?=(?:隆重|亲切|胜利|顺利)?(?:会见|会谈|会晤|举行|召开|开幕|闭幕|主持|出席|接见))"
)
#: a dateline's credit, never inside a body's name (新华社北京电（记者马晓春）中央军委委员)
_CREDIT_INSIDE = re.compile(r"[（(](?:记者|通讯员|特约|本报|实习生)")
#: 任 between a name and the body it is put at the head of (张建国任市财政局局长)
_ASSIGNED_TO = re.compile(r"任(?:[市省县区州镇乡]|中共)")
#: a name listed after a credit's name (记者马小林、曹剑杰）)
_CREDIT_LISTED = re.compile(r"、([\u4e00-\u9fff]{2,3}?)(?=摄?[）)\s、])")
#: the conjunctions that join two bodies' names (湖南省人民政府与华为技术有限公司)
_COORDINATING = frozenset("和与及")

#: characters that end a clause's verb, not a name (金力率…, 张三在…)
NOT_NAME_END = frozenset("率在等说到与及对向将也都就还又称同跟作否却赴")
#: the manner a name's 以 opens (张敏以视频方式出席; but the lyricist 张俊以)
_BY_MEANS = re.compile(r"视频|线上|书面|远程|[^，,。；;]{0,6}?(?:方式|身份|名义|形式)")
#: what stands on either side of a name in a list, and one-character words at a name's edge
_NAME_DELIMITERS = "、，,。；;：:（()）“”\n 　"
_NAME_EDGE_WORDS = frozenset("和与及在对同向为是的了时后前以用把被让给请据由从经将会等说也都就还又称跟作率到曾则已正亦才便即均皆")


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


#: two-character verbs of a role that a name runs into (孙丽陪同下, 王刚出席), and the words of
#: a party that follow a name (张跃一行, 李明等人): the name ends before them
#: verbs of arriving that a name before them may run into (耶伦抵达, 布林肯访华)
ARRIVAL_VERBS = "访华|抵达|抵京|到访|来访"
ROLE_VERB_AFTER_NAME = re.compile(
    rf"陪同|出席|主持|参加|列席|会见|会谈|强调|指出|表示|调研|视察|考察|慰问|看望|讲话|发言|致辞|领学|介绍|带领|带队|率队|宣布|当选|担任|暗访|督导|督查|走访|察看|应约|应邀|{ARRIVAL_VERBS}"
    r"|一行|一同(?!志)|一起|等人|实习|摄影|诉称|视频通话"
)
_ARRIVES = re.compile(ARRIVAL_VERBS)
#: where a clause starts, and a day told before the place a clause's subject acts at (近日在上海调研)
_CLAUSE_START = r"(?:^|(?<=[，。；：！？\n\u3000 ]))"
_DAY_BEFORE_AT = r"(?:近日|日前|今天|昨天|当天|上午|下午)?"
#: a three-character name at the start of a clause, right before the verb it speaks or acts with
_CLAUSE_SUBJECT = re.compile(
    rf"{_CLAUSE_START}(?P<name>[\u4e00-\u9fff]{{3}})"
    r"(?=主持(?:召开|会议)?|强调|指出|会见|会谈|出席|表示|要求|率团|率领"
    rf"|{_DAY_BEFORE_AT}在[^，。]{{1,12}}(?:会见|主持|出席|考察|调研|强调|指出)"
    # …对此作出批示, 对做好…提出要求: the one who instructs about something
    r"|对[^，,。；]{1,15}?(?:作出|提出|批示|指示|强调|指出))"
)
#: a name at the start of a clause that meets someone with 同 or 与 (尹力同外宾举行会谈)
_CLAUSE_TALKER = re.compile(
    rf"{_CLAUSE_START}(?P<name>[\u4e00-\u9fff]{{2,3}}?)"
    r"(?=[同与][^，,。；;]{1,20}?(?:举行(?:了)?(?:视频|电话)?(?:会谈|会晤|茶叙)|会谈|通电话|视频通话)"
    # …or acts somewhere (韩正在北京出席…: the place after 在, then the role verb), or chairs
    rf"|{_DAY_BEFORE_AT}在[^，,。；;]{{1,12}}?(?:会见|主持|出席|考察|调研|视察)|主持召开|率团"
    # …or comes with his wife (习近平和夫人彭丽媛, 马克龙偕夫人)
    r"|[和偕及]夫人)"
)
#: a name between 由 and 主持 (会议由尹力主持)
_CHAIRED_BY = re.compile(r"由(?P<name>[\u4e00-\u9fff]{2,3}?)(?:同志)?主持")
#: a three-character name right after a post and before the verb it acts with (市政府党组成员孙立新
#: 出席: the segmenter cuts 孙立|新, and the NER tags its words)
_TITLED_SUBJECT = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{3})(?=出席|主持|参加|陪同|列席|讲话|致辞|发言|强调|指出|表示|会见|会谈|调研|视察|考察|慰问|看望|带队|宣布)"
)
#: a name right after the body it speaks for (泗水县文化市场综合执法局颜鲲表示): two or three
#: characters before a verb of speaking
_BODY_SPEAKER = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?={SPEECH_AFTER_NAME})")
#: a party congress by its number (十五大, 二十大): a meeting, no body
_CONGRESS = re.compile(r"[一二三四五六七八九十]{2,3}大")
#: prepositions that a statistical name may run in from (从市统计局, 在北京)
_PREPOSITIONS = frozenset("从在对向与和被把给为于由自据经")
#: a verb of going to a place, after which 同, 和, 与 are a name's first character, no preposition
#: (深入|同|煤集团: 同煤集团)
_GOING_TO = re.compile(rf"(?:{'|'.join(GOING_VERBS)}|走访|考察|调研|视察)$")
#: marks that neither start nor end a name
_EDGE_MARKS = "/／\\|-–—_~～、，,;；:："
#: forms of address after a surname (孙女士, 王总)
_ADDRESSED = ("女士", "先生", "总", "老师", "同志")
#: a date that a statistical name starts with (26日央行), and words of a day that no name holds
_LEADING_DATE = re.compile(r"[0-9０-９一二三四五六七八九十]{1,4}[日月年号](?![度份])")
_DAY_WORD = re.compile(r"昨天|今天|明天|前天|昨日|日前|近日")
#: conjunctions and adverbs that open a clause (但同时, 应客人), and adverbs that end its subject
#: (利维曾, 阿方则): no name starts or ends so
_NOT_CLAUSE_NAME_START = frozenset("但应而却也都还又即若如虽因据")
_NOT_CLAUSE_NAME_END = frozenset("曾则已正亦才便即均皆")
#: last characters of a street, a hall or a station, which end no name
_PLACE_LAST = frozenset("街路巷馆站寺庙")
#: two places' short names before the pair they make (鞍港两地, 中白两国): no one place
#: (after a list of places, 天祝、景泰两地, the last is one of them)
_PAIR_OF_PLACES = re.compile(r"两地|两市|两省|两国|两区|两县|双方")
#: a company's legal form after its name
_COMPANY_FORMS = ("集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司")
#: what a surname makes a form of address with (张大爷, 李总, 朱博士): no name of its own
_FORMS_OF_ADDRESS = frozenset(
    ["总", "董", "老", "阿姨", "奶奶", "爷爷", "大爷", "大妈", "大娘", "大姐", "大哥", "大叔", "大婶", "师傅", "老师", "博士", "医生", "老汉", "婆婆", "嫂", "姐", "哥", "叔", "婶"]
)
#: the heads of enterprises and institutions a list names one after another, and such a name
#: after 、 up to the list's next item or the clause's verb
_ENTERPRISE_HEADS = ("有限公司", "公司", "集团", "医院", "学校", "中学", "小学", "大学", "学院", "工厂", "银行")
_LISTED_ENTERPRISE = re.compile(
    rf"(?:、|和|及)(?P<name>[\u4e00-\u9fff]{{2,12}}?(?:{'|'.join(_ENTERPRISE_HEADS)}))"
    r"(?=[、，,。；;和及与等\s]|检查|调研|考察|视察|走访|慰问|看望|负责|$)"
)
#: a site named where someone goes or is (来到御河生态公园检查, 在万达广场举行): the name up to the
#: next break or the verb of what is done there
_SITE_HEADS = "生态公园|湿地公园|公园|广场|新区|立交桥|大桥|大街|大道|步行街|商圈"
_SITE_GONE_TO_END = r"(?=[，,。、；;和及与\s]|检查|调研|考察|视察|察看|参观|督导|看望|慰问|实地|$)"
_SITE_GONE_TO = re.compile(
    rf"(?:来到|走进|深入|前往|抵达|到达)(?P<name>[\u4e00-\u9fff]{{2,6}}?(?P<head>{_SITE_HEADS})){_SITE_GONE_TO_END}"
    # (在 only before what is held there: 在万达广场举行, not 在街心修起体育公园)
    rf"|在(?P<name2>[\u4e00-\u9fff]{{2,6}}?(?P<head2>{_SITE_HEADS}))(?=举行|举办|召开|开幕|开展|隆重)"
)
#: the next site of the list the one gone to opens (来到御河生态公园、西京立交桥检查)
_SITE_LISTED = re.compile(rf"[、和](?P<name>[\u4e00-\u9fff]{{2,6}}?(?P<head>{_SITE_HEADS})){_SITE_GONE_TO_END}")
#: words that make the characters before a site head no name of their own (这个公园, 新建广场)
_NO_SITE_NAME = re.compile(r"[某些各每多几个座条片处的了着和与及]|不少|部分|文明|新建|建成|这|那|城市|全市|我市|本市|附近|周边|大型|市民|休闲|文化")
#: the countryside in general, one character before it (和美乡村, 新农村)
_COUNTRYSIDE = ("乡村", "农村", "城乡", "乡镇")
#: the levels of a township's bodies (镇党委, 乡政府, 街道办事处)
_TOWNSHIP_LEVELS = ("街道", "镇", "乡")
#: last characters of a group's or an office's name, never of a person's (调研组, 工作队)
_GROUP_LAST = frozenset("组队局办厅委")
#: a township named after a village (侯村乡, 王村镇), not 王村乡亲们, 侯村乡村振兴, 李村镇上
_VILLAGE_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{1,3}村(?:乡(?![亲里间下土情愁音邻村镇])|镇(?![上里中压守定静]))")
#: the divisions written under a division of each level (省 → 市, 州…; 市 → 县, 区…)
_DIVISION_UNDER = {
    "省": ("市", "州", "盟", "地区"), "自治区": ("市", "州", "盟", "地区"),
    "市": ("县", "区", "市", "旗"), "州": ("县", "市"), "盟": ("旗", "市"), "地区": ("县", "市"),
}
#: last characters of a division or a township, under which villages and townships are named
_DIVISION_LAST = frozenset("省市县区州旗盟乡镇")
#: works named by nothing but their place (德国图林根州工厂, 在深圳市工厂)
_PLACES_WORKS = re.compile(r"[省市州县区国](?:的)?(?:工厂|厂区|生产基地)$")
#: a foreign country's division written after it (日本山梨县, 德国巴伐利亚州, 韩国京畿道; no 都: 日本人都), and the
#: characters of a word that names no one division (美国各州, 日本首都, 美国的州)
_FOREIGN_DIVISION = re.compile(r"[\u4e00-\u9fff·]{1,5}?[州县省道郡府邦]")
_NOT_IN_FOREIGN_DIVISION = frozenset("各多全首本该这那几数两三等一其每诸个之的和与及在同向对也部")
#: a body's research groups, no bodies of their own (太原理工大学团队, 山西大学课题组)
_TEAMS = ("科研团队", "课题组", "团队")
#: a visit verb inside a span, unless it names a body's trade (中央纪律检查委员会, 考察团)
_VISIT_VERB = re.compile(r"(?:检查|考察)(?!委员会|组|团|室|站|院|处|局|所|司)")
#: characters that end no name a rule reads from its context (专家满意了, 战线的同志)
NOT_NAME_LAST = frozenset("了过着的地得们") | NOT_NAME_END
#: a weekday, a date or a page label, as a masthead writes them (星期二, 第01版, A3版, 5月16日)
_CALENDAR_OR_PAGE = re.compile(
    r"(?:星期|礼拜|周)[一二三四五六日天]|第?[0-9０-９A-Za-zＡ-Ｚ一二三四五六七八九十]{1,3}版"
    r"|(?:[0-9０-９]{4}年)?[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,3}日)?"
)
NER_LABEL_MAP = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "PLACE": "PLACE", "LOC": "PLACE", "GPE": "PLACE"}

for _name, _default in (("mentions", None), ("issue_date", None), ("home_place", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def _division_suffix(name: str) -> str:
    """The level word that ends a division's name (省, 自治区, 市…), or ''."""
    return next((s for s in ("自治区", "地区", "省", "市", "州", "盟") if name.endswith(s) and len(name) > len(s) + 1), "")


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from the tokens on every access."""
    key = ("newsgraph", "text", len(doc))
    text = doc.user_data.get(key)
    if text is None:
        text = doc.user_data[key] = doc.text
    return text


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` starts in ``text``, left to right, without overlaps (as ``re.finditer`` on
    the escaped word, without compiling a pattern for each name a document brings)."""
    start = text.find(word)
    while start >= 0 and word:
        yield start
        start = text.find(word, start + len(word))


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a tokenizer made ``doc`` from (its words and spaces give it back exactly),
    so that :func:`doc_text` need not rebuild it."""
    doc.user_data[("newsgraph", "text", len(doc))] = text


def mentions_of(doc: Doc) -> list[Mention]:
    """The document's mentions (an empty list before the entity stage ran)."""
    if doc._.mentions is None:
        doc._.mentions = []
    return doc._.mentions


def add_mention(doc: Doc, mention: Mention) -> Mention:
    """Add a mention unless the same (label, start, end) is there; return the kept one."""
    for existing in mentions_of(doc):
        if (existing.label, existing.start, existing.end) == (mention.label, mention.start, mention.end):
            return existing
    doc._.mentions.append(mention)
    return mention


def split_at_mention_edges(doc: Doc) -> None:
    """Split the tokens a mention starts or ends inside, so that every mention is a span of
    whole tokens (the segmenter's 习近|平同 becomes 习近|平|同 under the mention 习近平)."""
    starts = [token.idx for token in doc]
    cuts: dict[int, set[int]] = {}
    for mention in mentions_of(doc):
        for edge in (mention.start, mention.end):
            i = bisect_right(starts, edge) - 1
            if i >= 0 and starts[i] < edge < starts[i] + len(doc[i]):
                cuts.setdefault(i, set()).add(edge)
    if not cuts:
        return
    text = doc_text(doc)
    doc.ents = []
    doc.spans.pop("mentions", None)
    with doc.retokenize() as retokenizer:
        for i, inner in cuts.items():
            token = doc[i]
            bounds = [token.idx, *sorted(inner), token.idx + len(token)]
            pieces = [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
            retokenizer.split(token, pieces, heads=[(token, k) for k in range(len(pieces))])
    remember_text(doc, text)


def sync_spans(doc: Doc) -> None:
    """Sort ``doc._.mentions`` and mirror them into ``doc.spans["mentions"]``, the outermost
    into ``doc.ents`` (tokens split where a mention's edge falls inside one)."""
    mentions = mentions_of(doc)
    mentions.sort(key=lambda m: (m.start, -m.end, m.label))
    spans = [doc.char_span(m.start, m.end, label=m.label) for m in mentions]
    if None in spans:  # a mention's edge inside a token: split it, then every mention aligns
        split_at_mention_edges(doc)
        spans = [doc.char_span(m.start, m.end, label=m.label) for m in mentions]
    spans = [span for span in spans if span is not None]
    doc.spans["mentions"] = spans
    doc.ents = filter_spans([s for s in spans if s.label_ != "TITLE"])


def _unbalanced(text: str) -> bool:
    """Whether ``text`` closes a bracket it did not open, or leaves one open."""
    depth = 0
    for char in text:
        depth += (char in "（(") - (char in "）)")
        if depth < 0:
            return True
    return depth != 0


def known_words(tokenizer) -> set[str]:
    """The segmenter's words (今天, 邀请, 政府; its model is read after the components are made):
    none where the tokenizer is not pkuseg's (HanLP's)."""
    extractor = getattr(getattr(tokenizer, "pkuseg_seg", None), "feature_extractor", None)
    return getattr(extractor, "unigram", None) or set()


class EntityRules:
    """Merge the statistical NER with the rule layer's bodies and places."""

    def __init__(self, nlp: Language, name: str = "entity_rules") -> None:
        self.name = name
        self.tokenizer = nlp.tokenizer

    def __call__(self, doc: Doc) -> Doc:
        rule_spans = self.match(doc)
        self.set_annotations(doc, rule_spans)
        return doc

    def match(self, doc: Doc) -> list[Mention]:
        g = grammar()
        text = doc_text(doc)
        found: list[Mention] = []
        # no body's name runs through a verb of a clause (北京|拜访|中国中车集团: 中国中车集团)
        for match in g.body.finditer(text, accept=lambda m: not g.clause_verb.search(m.group())):
            if _unbalanced(match.group()) or _CREDIT_INSIDE.search(match.group()):
                continue  # 各县（区）委: the bracket belongs to the text around, not to a name; nor a credit
            end = match.end()
            cut = next((k for k in (end - 2, end - 1) if any(text.startswith(h, k) and k + len(h) > end for h in g.title_heads)), None)
            if cut and text[match.start() : cut].endswith(g.body_heads):
                end = cut  # 交警大队|大队长: the post runs back into the name (no unit 大队大队; but 国防部长)
            for part_start, part_end in self.split_coordinated(text, "ORG", match.start(), end):
                if text[part_start:part_end] not in g.generic_bodies:
                    found.append(Mention("ORG", part_start, part_end, text[part_start:part_end]))
        local_names: set[str] = set()
        for match in g.place.finditer(text):
            if match.group() in g.generic_places:
                continue  # 城区 is a district of some cities, and a common noun
            if text.startswith("族", match.end()):
                continue  # 蒙古族, 朝鲜族: a people, no place
            sites = [site for site in (match["site"], match["site2"]) if site]
            end = match.end()
            for i, site in enumerate(sites):
                if g.is_generic_site(site):
                    # 某县整顿农村: the county, and no site; but 潇河建筑产业化园区 names its 园区
                    sites, end = sites[:i], match.start("site2" if i else "site")
                    break
            found.append(Mention("PLACE", match.start(), end, text[match.start() : end]))
            under = g.place.pattern.match(text, end) if end < match.end() else None
            under_end = (under.start("site") if under["site"] else under.end()) if under is not None else end
            if end < under_end <= match.end() and text[end:under_end] in g.division_names:
                # 郑州市中原区城乡…: the generic site cut off (中原区城乡) holds a division under the place
                found.append(Mention("PLACE", end, under_end, text[end:under_end]))
            for site in sites:
                head = next((h for h in g.site_heads if site.endswith(h)), "")
                if len(site) - len(head) >= 2:
                    local_names.add(site)  # 诸暨市赵家镇: 赵家镇 on its own later in the text
        found = self.match_local_names(text, local_names, found)
        # 忻州国际会展中心: a building read as a body (中心) and as a site is the site (ANNOTATION.md)
        buildings = {(m.start, m.end) for m in found if m.label == "PLACE" and m.text.endswith(g.building_heads)}
        found = [m for m in found if not (m.label == "ORG" and (m.start, m.end) in buildings)]
        for person in self.match_people(text, [m.end for m in found if m.label == "ORG"]):
            if not any(m.start < person.end and person.start < m.end for m in found):
                found.append(person)
        return found

    @staticmethod
    def sites_after_places(text: str, mentions: list[Mention]) -> list[Mention]:
        """A place the NER found, then sites under it (袍江经济技术开发区斗门街道, 琅琊山 + a site
        head): one PLACE, as the grammar reads a division and its sites."""
        g = grammar()
        for place in list(mentions):
            if place.label != "PLACE" or place.source != "ner" or place not in mentions:
                continue
            match = g.site_tail.match(text, place.end)
            if match is None:
                continue
            sites = [s for s in (match["site"], match["site2"]) if s]
            end = place.end
            for i, site in enumerate(sites):
                named = i == 0 and site in g.building_heads and place.text not in g.division_names and place.text not in g.countries
                if g.is_generic_site(site) and not named:
                    break  # 某县整顿农村, 城镇, 郑州商场: no site of its own (but 石漫滩水库, 方庄小区)
                one_char_head = not any(site.endswith(h) for h in g.site_heads if len(h) > 1)
                if one_char_head and (len(site) == 1 or text[end - 1] not in _DIVISION_LAST):
                    break  # 双泾村 + 村干部, 闻喜 + 营造百村: a village under a division or a township
                end += len(site)
            others = [m for m in mentions if m is not place and m.start < end and place.end < m.end]
            if end == place.end or any(m.label != "PLACE" or m.start < place.end or m.end > end for m in others):
                continue
            mentions = [m for m in mentions if m not in others]
            mentions[mentions.index(place)] = Mention("PLACE", place.start, end, text[place.start : end], source="ner")
        return mentions

    @staticmethod
    def bodies_named_again(text: str, mentions: list[Mention]) -> list[Mention]:
        """One name, one reading in a document: a body's name of three characters or more is a
        body wherever else it stands free (中国宝武 in 中国宝武总经理, where the NER read a place
        and a word); a place inside it stays a place."""
        g = grammar()
        # (not a bare head, which names a kind of body: 代表团, 人民法院)
        names = {m.text for m in mentions if m.label == "ORG" and len(m.text) >= 3 and m.text not in g.body_heads and m.text not in g.generic_bodies}
        # a company by its name without its legal form (比亚迪股份有限公司: 比亚迪董事长王传福)
        # (the NER's name of the same string gives way: 比亚迪 is no person where 比亚迪股份有限公司 is written)
        companies = set()
        for m in mentions:
            suffix = next((s for s in _COMPANY_FORMS if m.label == "ORG" and m.text.endswith(s)), None)
            short = m.text.removesuffix(suffix) if suffix else ""
            if len(short) >= 2 and short not in g.division_names and short not in g.countries and short not in g.generic_bodies:
                companies.add(short)
        names |= companies
        found = [m for m in mentions if not (m.label == "PERSON" and m.source == "ner" and m.text in companies)]
        for name in sorted(names, key=len, reverse=True):
            for start in occurrences(text, name):
                end = start + len(name)
                if head_runs_on(text, end) or any(
                    m.start < end and start < m.end and not (m.label == "PLACE" and start <= m.start and m.end <= end) for m in found
                ):
                    continue
                found.append(Mention("ORG", start, end, name, source="rule"))
        return found

    @staticmethod
    def nested_divisions(text: str, mentions: list[Mention]) -> list[Mention]:
        """A division written under the one above it (太原市小店区, 山西省长治市潞州区): one PLACE, the
        divisions inside it not listed, as a place inside a place is not split (越城区迪荡街道,
        诸暨市赵家镇)."""
        places = sorted((m for m in mentions if m.label == "PLACE"), key=lambda m: (m.start, -m.end))
        outermost = [
            p for i, p in enumerate(places)
            if not any((o.start, o.end) != (p.start, p.end) and o.start <= p.start and p.end <= o.end for o in places)
            and not any((o.start, o.end) == (p.start, p.end) for o in places[:i])
        ]  # fmt: skip
        joined: list[Mention] = []
        for place in outermost:
            last = joined[-1] if joined else None
            under = _DIVISION_UNDER.get(_division_suffix(last.text), ()) if last is not None else ()
            if (
                last is not None and last.end == place.start and under and place.text.endswith(under)
                # no other name across the two (a body around both is fine: 大同市灵丘县公安局)
                and not any(
                    m.label != "PLACE" and m.start < place.end and last.start < m.end
                    and not (last.start <= m.start and m.end <= place.end) and not (m.start <= last.start and place.end <= m.end)
                    for m in mentions
                )
            ):  # fmt: skip
                joined[-1] = Mention("PLACE", last.start, place.end, text[last.start : place.end], source=last.source)
            else:
                joined.append(place)
        made = [j for j in joined if j not in outermost]
        if not made:
            return mentions
        inside = [p for p in places if any(j.start <= p.start and p.end <= j.end for j in made)]
        return [m for m in mentions if m not in inside] + made

    @staticmethod
    def venues(text: str, mentions: list[Mention]) -> list[Mention]:
        """A named building where leaders meet or a meeting is held (在迎宾馆会见, 在金陵饭店举行,
        在市行政中心召开) is a PLACE, as the annotation has buildings: the NER reads a hotel as a
        company, and misses names of no known place."""
        found = list(mentions)
        for match in _VENUE.finditer(text):
            start, end = match.span("name")
            if match["name"][0] in _NOT_NAME_START - {"区"} or match["name"][0] in "这那该本此各":
                continue  # 在这家宾馆: a building pointed at, not named (but 在区会议中心: the district's)
            same = [m for m in found if (m.start, m.end) == (start, end) and m.label in ("ORG", "PLACE")]
            if any(m.label == "PLACE" for m in same):
                continue
            if any(m.start < end and start < m.end and (m.start, m.end) != (start, end) and not (start <= m.start and m.end <= end) for m in found):
                continue  # a name crossing it: read otherwise
            # one place as written: 北京人民大会堂 holds no 北京 and 人民大会堂 of its own
            found = [m for m in found if m not in same and not (m.label == "PLACE" and start <= m.start and m.end <= end)]
            found.append(Mention("PLACE", start, end, match["name"], source="rule"))
        return found

    def foreign_divisions(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A foreign country's division written right after it (日本山梨县知事, 美国纽约州): a PLACE
        no division list holds. Its last word is its head alone or one the segmenter does not
        know (美国联邦|政府, 日本|报道 name none), and no other name runs across it."""
        g = grammar()
        text = doc_text(doc)
        known = known_words(self.tokenizer)
        found = list(mentions)
        for country in mentions:
            if country.label != "PLACE" or country.text not in g.countries or country.text == "中国":
                continue
            match = _FOREIGN_DIVISION.match(text, country.end)
            if match is None or _NOT_IN_FOREIGN_DIVISION.intersection(match.group()):
                continue
            span = doc.char_span(*match.span())
            if span is None or (len(span[-1]) > 1 and (not known or span[-1].text in known)):
                continue  # 日本政府: a word of its own; no reading where the segmenter's words are unknown
            crossed = [m for m in found if m.start < match.end() and match.start() < m.end]
            if any(m.label != "PLACE" or m.start < match.start() or m.end > match.end() for m in crossed):
                continue
            # 德国图林|根州: the NER's pieces of the division give way to it
            found = [m for m in found if m not in crossed]
            found.append(Mention("PLACE", match.start(), match.end(), match.group(), source="rule"))
        return found

    @staticmethod
    def townships_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
        """A township's body written after the township's name (西河镇党委, 东岗乡政府): the
        grammar reads only ``镇党委``; where the text names the township elsewhere (or right
        there) the body is the township's, and the township a place."""
        townships = {m.text for m in mentions if m.label == "PLACE" and m.text.endswith(_TOWNSHIP_LEVELS) and len(m.text) >= 3}
        if not townships:
            return mentions
        found = list(mentions)
        for org in mentions:
            level = next((lv for lv in _TOWNSHIP_LEVELS if text.startswith(lv, org.start)), None)
            if org.label != "ORG" or org.source == "ner" or level is None:
                continue
            for name in sorted(townships, key=len, reverse=True):
                start = org.start + len(level) - len(name)
                if start >= 0 and text.startswith(name, start):
                    found.remove(org)
                    found.append(Mention("ORG", start, org.end, text[start : org.end], source=org.source))
                    if not any(m.label == "PLACE" and (m.start, m.end) == (start, start + len(name)) for m in found):
                        found.append(Mention("PLACE", start, start + len(name), name, source="rule"))
                    break
        return found

    @staticmethod
    def listed_sites(text: str, mentions: list[Mention]) -> list[Mention]:
        """Sites named after a site in a list (先后来到北王镇、天坛镇): each with a name of its own
        and a site head, where no other mention stands."""
        g = grammar()
        found: list[Mention] = []
        for mention in mentions:
            if mention.label != "PLACE" or not mention.text.endswith(g.site_heads):
                continue
            end = mention.end
            while match := g.listed_site.match(text, end):
                start, stop = match.span("name")
                name = match["name"]
                taken = any(m.start < stop and start < m.end for m in (*mentions, *found))
                if taken or name in g.generic_places or name[0] in "全各本该每" or g.clause_verb.search(name):
                    break
                found.append(Mention("PLACE", start, stop, name))
                end = stop
        return found

    @staticmethod
    def sites_gone_to(text: str, mentions: list[Mention]) -> list[Mention]:
        """A site named with no place before it where someone goes or is (来到御河生态公园, 在万达
        广场, 深入御东新区): a name of two characters or more and a site head, where no other
        mention stands and no word of quantity or of a clause is in it."""
        g = grammar()
        found: list[Mention] = []
        for match in _SITE_GONE_TO.finditer(text):
            group = "name" if match["name"] else "name2"
            start, stop = match.span(group)
            name = match[group]
            own = name[: -len(match["head"] or match["head2"])]
            known = any(m.label == "PLACE" and (m.start, m.end) == (start, stop) for m in mentions)
            if not known:
                if any(m.start < stop and start < m.end for m in mentions) or name in g.generic_places:
                    continue
                if _NO_SITE_NAME.search(own) or g.clause_verb.search(name) or _VISIT_VERB.search(name) or own in g.generic_places:
                    continue
                found.append(Mention("PLACE", start, stop, name))
            while (listed := _SITE_LISTED.match(text, stop)) and not _NO_SITE_NAME.search(listed["name"][: -len(listed["head"])]):
                start, stop = listed.span("name")  # 来到御河生态公园、西京立交桥: the list goes on
                if any(m.start < stop and start < m.end for m in mentions):
                    break
                found.append(Mention("PLACE", start, stop, listed["name"]))
        return found

    @staticmethod
    def listed_enterprises(text: str, mentions: list[Mention]) -> list[Mention]:
        """Enterprises and institutions named after one in a list (深入到大同煤矿集团、同煤大唐塔山
        发电公司检查): each with a name of its own and the head of its kind, where no other mention
        stands."""
        g = grammar()
        found: list[Mention] = []
        for mention in mentions:
            if mention.label != "ORG" or not mention.text.endswith(_ENTERPRISE_HEADS):
                continue
            end = mention.end
            while match := _LISTED_ENTERPRISE.match(text, end):
                start, stop = match.span("name")
                name = match["name"]
                if any(m.label == "ORG" and (m.start, m.end) == (start, stop) for m in mentions):
                    end = stop  # 北京大学 known already: the list goes on
                    continue
                taken = any(m.start < stop and start < m.end and not (start <= m.start and m.end <= stop) for m in (*mentions, *found))
                if taken or name in g.generic_bodies or name[0] in "全各本该每有相一这那" or "等" in name or g.clause_verb.search(name) or _VISIT_VERB.search(name):
                    break
                found.append(Mention("ORG", start, stop, name))
                end = stop
        return found

    @staticmethod
    def match_local_names(text: str, names: set[str], found: list[Mention]) -> list[Mention]:
        """One name, one reading in a document: a site first written under its division
        (诸暨市赵家镇) is a PLACE where it stands alone later (来到赵家镇), and a body written on it
        (赵家镇敬老院) starts at its name, not at its head (镇敬老院)."""
        for name in sorted(names, key=len, reverse=True):
            for start in occurrences(text, name):
                end = start + len(name)
                if any(m.label == "PLACE" and m.start <= start and end <= m.end for m in found):
                    continue  # inside the full form, or a longer place
                for i, m in enumerate(found):
                    if m.label == "ORG" and start < m.start < end <= m.end:
                        found[i] = Mention("ORG", start, m.end, text[start : m.end])  # 镇敬老院 → 赵家镇敬老院
                if not any(m.start < end and start < m.end and m.label == "PLACE" for m in found):
                    found.append(Mention("PLACE", start, end, name))
        return found

    @staticmethod
    def match_people(text: str, body_ends: Iterable[int] = ()) -> Iterator[Mention]:
        """Names the text itself marks as names: after a status noun (低保户钱木根、), in a
        byline after a reporter's role or the source (本报记者 吴华 张世敬), and between a body
        (ending at one of ``body_ends``) and a verb of speaking."""
        g = grammar()

        def is_name(name: str, shortest: int = 1) -> bool:
            surname = g.surname_length(name)
            return (
                bool(surname)
                and shortest <= len(name) - surname <= 2
                and name not in g.not_names
                and name not in g.common_words
                and name[surname:] not in g.verbs
                and name[0] not in _NOT_NAME_START
                and name[-1] not in NOT_NAME_LAST
                and not any(name.endswith(head) for head in g.title_heads)
            )

        # after a status noun only full names (two given-name characters): a two-character
        # reading there is too often a word (专家呼吁, 农民富了); PD1998 dev: 17 of 20 right
        for match in g.status_name.finditer(text):
            if is_name(match[1], shortest=2):
                yield Mention("PERSON", match.start(1), match.end(1), match[1])
        for match in g.status_speaker.finditer(text):
            if is_name(match[1]) and match[1][-1] not in _NOT_CLAUSE_NAME_END:  # 农民党当即表示: no name
                yield Mention("PERSON", match.start(1), match.end(1), match[1])
        for match in g.byline_names.finditer(text):
            for token in re.finditer(r"\S+", match[1]):
                name = token.group().removesuffix("摄") if len(token.group()) > 2 else token.group()  # 于宏摄: a photo credit
                if is_name(name):
                    start = match.start(1) + token.start()
                    yield Mention("PERSON", start, start + len(name), name)
        for match in g.credit_names.finditer(text):
            # （记者孟梅实习生夏冬梅）, and the names listed after one (（记者马小林、曹剑杰）)
            found = match
            while found is not None and is_name(found[1], shortest=len(found[1]) - 1):
                yield Mention("PERSON", found.start(1), found.end(1), found[1])
                found = _CREDIT_LISTED.match(text, found.end(1))
        for match in _CHAIRED_BY.finditer(text):
            # 会议由尹力主持: the one who chairs, named between 由 and 主持
            if is_name(match["name"]) and match["name"][0] not in _NOT_CLAUSE_NAME_START:
                yield Mention("PERSON", match.start("name"), match.end("name"), match["name"])
        for end in body_ends:
            # 执法局颜鲲表示: the speaker named right after the body, no post between
            match = _BODY_SPEAKER.match(text, end)
            if match and is_name(match["name"]) and match["name"][0] not in _NOT_CLAUSE_NAME_START:
                yield Mention("PERSON", match.start("name"), match.end("name"), match["name"])
        # a full name that opens a clause and speaks, chairs or meets (习近平主持召开…, 钱其琛强调),
        # or follows a post (党组成员孙立新出席): three characters, the surname's and two given ones,
        # before the clause's role verb
        for match in (*_CLAUSE_SUBJECT.finditer(text), *_TITLED_SUBJECT.finditer(text)):
            name = match["name"]
            if match.re is _TITLED_SUBJECT and not text.endswith(g.title_heads, 0, match.start()):
                continue  # (市政府党组成员)孙立新出席: only right after a post
            if (
                g.surname_length(name) == 1
                and is_name(name, shortest=2)
                and name[1:] not in g.not_names
                and name[0] not in _NOT_CLAUSE_NAME_START
                and name[-1] not in _NOT_CLAUSE_NAME_END
            ):
                yield Mention("PERSON", match.start("name"), match.end("name"), name)
        for match in _CLAUSE_TALKER.finditer(text):
            # 尹力同外宾举行会谈: a name of two characters too, where it meets someone in its clause
            # (韩正在北京出席: a two-character name may end in 正, a lone surname is no subject)
            name = match["name"]
            if is_name(name) and name[0] not in _NOT_CLAUSE_NAME_START and (len(name) == 2 or name[-1] not in _NOT_CLAUSE_NAME_END):
                yield Mention("PERSON", match.start("name"), match.end("name"), name)

    @staticmethod
    def split_coordinated(text: str, label: str, start: int, end: int) -> list[tuple[int, int]]:
        """A statistical ORG through a conjunction between two whole names
        (湖南省人民政府与华为技术有限公司, 湖南省与华为…, 刑侦支队联合潞州分局): the parts, a division
        left to the places."""
        g = grammar()
        if label != "ORG" or not text[start:end].endswith(g.body_heads):
            return [(start, end)]
        for at in range(start + 2, end - 2):
            # 刑侦支队联合潞州分局 (破获…): two bodies acting together, 联合 no part of a name (联合会 is)
            joint = 2 if text.startswith("联合", at) and not text.startswith("联合会", at) else 0
            if (text[at] in _COORDINATING or joint) and (text[start:at].endswith(g.body_heads) or text[start:at] in g.division_names):
                first = [] if text[start:at] in g.division_names else [(start, at)]
                return [*first, *EntityRules.split_coordinated(text, label, at + (joint or 1), end)]
        return [(start, end)]

    @staticmethod
    def join_surnames(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """A statistical name that is a surname alone, right before another (司徒|建强): one name."""
        g = grammar()
        joined: list[tuple[str, int, int]] = []
        for span in sorted(spans, key=lambda s: (s[1], s[2])):
            if joined and span[0] == "PERSON" and joined[-1][0] == "PERSON" and joined[-1][2] == span[1]:
                _, start, end = joined[-1]
                if g.surname_length(text, start) == end - start:
                    joined[-1] = ("PERSON", start, span[2])
                    continue
            joined.append(span)
        return joined

    @staticmethod
    def whole_transliterations(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """A name written with the dot of a transliteration (艾尔肯·吐尼亚孜, 玉苏甫江·麦麦提) that
        the segmenter cut one character short at an end, between a delimiter and the name or the
        name and a verb of its role: whole, and a person where the NER read a place."""
        found = []
        for label, start, end in spans:
            if "·" in text[start + 1 : end - 1] and label in ("PERSON", "PLACE"):
                if start >= 1 and _is_cjk(text[start - 1]) and text[start - 1] not in _NAME_EDGE_WORDS and (start == 1 or text[start - 2] in _NAME_DELIMITERS):
                    start -= 1  # 、玉|苏甫江·麦麦提
                at_verb = ROLE_VERB_AFTER_NAME.match(text, end + 1)
                if end < len(text) and _is_cjk(text[end]) and text[end] not in NOT_NAME_LAST and text[end] not in _NAME_EDGE_WORDS and (end + 1 == len(text) or text[end + 1] in _NAME_DELIMITERS or at_verb):
                    end += 1  # 艾尔肯·吐尼亚|孜出席
                if label == "PLACE" and ROLE_VERB_AFTER_NAME.match(text, end):
                    label = "PERSON"  # a place does not attend
            found.append((label, start, end))
        return found

    @staticmethod
    def townships_named_after_villages(text: str, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """A township named after a village that the segmenter cut or read as a name (侯村|乡西村,
        PERSON 侯村乡): the township, with the village under it where one follows, one PLACE."""
        spans = sorted(spans, key=lambda s: s[1])
        found: list[tuple[str, int, int]] = []
        skip = None
        for i, (label, start, end) in enumerate(spans):
            if i == skip:
                continue
            township = _VILLAGE_TOWNSHIP.match(text, start) if label in ("PLACE", "PERSON") else None
            if township is None or not end - 1 <= township.end() - 1 <= end:
                found.append((label, start, end))
                continue  # the span must be the township's name, or it and its 乡 / 镇
            end = township.end()
            nxt = spans[i + 1] if i + 1 < len(spans) else None
            if nxt is not None and nxt[0] == "PLACE" and nxt[1] in (end - 1, end) and nxt[2] > end:
                end, skip = nxt[2], i + 1  # 侯村|乡西村: the village under the township
            found.append(("PLACE", start, end))
        return found

    @staticmethod
    def countryside(text: str, start: int, end: int) -> bool:
        """Whether a statistical PLACE is the countryside in general (和美乡村, 新农村), not a
        village under its township (大河乡水乡村)."""
        return text[start + 1 : end] in _COUNTRYSIDE and not (start and text[start - 1] in _DIVISION_LAST)

    @staticmethod
    def no_body(text: str, start: int, end: int, rule_mentions: list[Mention]) -> bool:
        """Whether a statistical ORG from ``start`` to ``end`` names no body."""
        g = grammar()
        name = text[start:end]
        if (assigned := _ASSIGNED_TO.search(name)) and assigned.start() >= 2:
            return True  # 张建国任市财政局局长: a name, 任 and the body, no body's name
        if name.endswith(g.meeting_endings) or name.startswith(g.lead_verbs):
            return True  # 专题民主生活会 is a meeting, 研究市人大 a verb and its object
        if name.endswith(g.title_heads):
            return True  # 民建中央常委: a body and a post, the post no part of a body's name
        for head in (h for h in g.title_heads if len(h) >= 2 and h in name[1:-2]):
            rest = name[name.index(head) + len(head) :]
            if 2 <= len(rest) <= 3 and g.surname_length(rest) and not rest.endswith(g.body_heads):
                return True  # 韩国全罗北道知事金宽永: a place, a post and a name, no body
        if any(text.startswith(head, end - 1) for head in g.title_heads if len(head) > 2):
            return True  # 巴西众|议长: a post across the name's end (众议长)
        if _CONGRESS.fullmatch(name):
            return True  # 十五大: the Party's congress, a meeting
        if _PLACES_WORKS.search(name):
            return True  # 德国图林根州工厂: the works in a place, no name (but 大同机车厂)
        if head_runs_on(text, end) or head_ends_a_word(text, end):
            return True  # 北京公安部门: the departments (部门), no ministry 公安部; 哈南部, 老干部
        # 平安绍兴(建设), 美丽中国: a campaign for a place, no body
        return not name.endswith(g.body_heads) and any(
            r.label == "PLACE" and start < r.start < end and text[start : r.start] in g.campaigns for r in rule_mentions
        )

    def set_annotations(self, doc: Doc, rule_mentions: list[Mention]) -> None:
        g = grammar()
        text = doc_text(doc)
        mentions: list[Mention] = list(rule_mentions)
        spans = [
            (label, *part)
            for ent in doc.ents
            if (label := NER_LABEL_MAP.get(ent.label_)) is not None
            for part in self.split_coordinated(text, label, ent.start_char, ent.end_char)
        ]
        spans = self.whole_transliterations(text, self.join_surnames(text, spans))
        spans = self.townships_named_after_villages(text, spans)
        for label, start, end in spans:
            if label == "ORG" and text[start:end].endswith(g.area_heads) and end - start > 4:
                label = "PLACE"  # 前海深港现代服务业合作区: a named zone is a place (ANNOTATION.md)
            while end - start > 1 and text[end - 1] in _EDGE_MARKS:
                end -= 1  # 宁彪/摄影: the slash of a credit is no part of the name
            while end - start > 1 and text[start] in _EDGE_MARKS:
                start += 1  # 记者/吴军: nor the slash before it
            if label == "PERSON" and end - start >= 3 and text[end - 1] == text[start] and text.startswith(_ADDRESSED, end):
                end -= 1  # 孙晶孙女士, 王诚王总: the surname again, in the form of address
            if label == "ORG" and start > 0 and text[start - 1] in "同和与" and _GOING_TO.search(text, 0, start - 1):
                start -= 1  # 深入|同|煤集团: the segmenter's preposition is the company's first character
            if label != "PERSON" and text[start] in _PREPOSITIONS and any(r.start == start + 1 and r.label == label for r in rule_mentions):
                start += 1  # 记者从市统计局获悉: the preposition before the grammar's body is no part of it
            if label != "PERSON":
                # 26日央行, 南京车管所昨天…: a date before a name, a day word after it, are no part of it
                if lead := _LEADING_DATE.match(text, start, end):
                    start = lead.end()
                if day := _DAY_WORD.search(text, start, end):
                    end = day.start()
            if label == "PERSON" and end - start >= 3:
                # 金力率相关部门, 孙丽陪同下, 赵丽发言, 阿不都热依木·买买提率: the verb is no part of the name
                for cut in (4, 2, 1):
                    verb = ROLE_VERB_AFTER_NAME.match(text, end - cut)
                    runs_into_verb = verb is not None and verb.end() >= end
                    runs_into_word = cut == 1 and (text[end - 1] in NOT_NAME_END or (text[end - 1] == "以" and _BY_MEANS.match(text, end)))
                    if end - start - cut >= 2 and (runs_into_verb or runs_into_word):
                        end -= cut
                        break
            elif label == "PLACE" and end - start >= 4 and (verb := _ARRIVES.search(text, start + 2, end)) and verb.end() == end:
                # 耶伦抵达 (one word of the segmenter's, read as a place): the verb is no part of the name
                end = verb.start()
            team = next((t for t in _TEAMS if label == "ORG" and text.endswith(t, start, end)), None)
            if team and text[start : end - len(team)].endswith(g.body_heads):
                end -= len(team)  # 太原理工大学团队: a team, its university the body
            if label == "PERSON" and end - start >= 4 and g.surname_length(text, start):
                post = next((h for h in g.after_name_heads if text.endswith(h, start, end) and end - len(h) - start >= 2), None)
                if post:
                    end -= len(post)  # 赵强局长: the name, then the post it is addressed by
            if label == "PERSON" and (zone := next((h for h in g.area_heads if text.startswith(h, end)), None)):
                label, end = "PLACE", end + len(zone)  # 曹妃甸综合保税区: a zone named by its place, no name
            if label == "PERSON" and (text[end - 1] in _PLACE_LAST or text[end - 1] in _GROUP_LAST or text[start:end] in g.not_names):
                continue  # 钟楼街: a street, no name; 调研组: a group; 党总支, 干部: words, no names
            if label == "PLACE" and end - start == 2 and _PAIR_OF_PLACES.match(text, end) and text[start - 1 : start] not in "、和与及同":
                continue  # 鞍港两地: 鞍山 and 香港, each by its short form
            rest = text[start + g.surname_length(text, start) : end]
            if label == "PERSON" and (rest in g.title_heads or rest in _FORMS_OF_ADDRESS or rest in g.status_nouns):
                continue  # 刘书记, 王局长, 张总, 张大爷: a surname and a form of address, no name; 向记者
            if label == "PERSON" and "某" in text[start + 1 : end]:
                continue  # 王某某: a name withheld (court reports) names no one
            if label != "PERSON" and "某" in text[start:end]:
                # 北京军区某部, 宜兴市某中学: a unit left unnamed; the body before it is named (its
                # place is the grammar's already)
                end = text.index("某", start)
                if label == "ORG" and not text[start:end].endswith(g.body_heads):
                    continue
            if end - start < 2:
                continue  # one character is an abbreviation (美, 中), not a name as written
            span_text = text[start:end]
            if _unbalanced(span_text):
                continue  # 马（致远: a bracket of the text around (王（实甫）、马（致远）), no name
            if _CALENDAR_OR_PAGE.fullmatch(span_text):
                continue  # a masthead's 星期二, 第01版: no names
            if span_text in g.generic_bodies or (label != "PERSON" and (g.clause_verb.search(span_text) or _VISIT_VERB.search(span_text))):
                continue  # a bare 党组, or a span through a verb (召开市人大常委会, 永济市检查防汛)
            if label == "ORG" and self.no_body(text, start, end, rule_mentions):
                continue
            if label == "PLACE" and (
                text.startswith("族", end)
                or span_text in g.generic_places or span_text[-1] in g.place_not_end or self.countryside(text, start, end)
            ):
                continue  # 蒙古族 is a people; 城区, 和美乡村 name no place; 陆港型, 津布局 are no names
            if label in ("PLACE", "ORG") and any(r.label == "PERSON" and start <= r.start and r.end <= end for r in rule_mentions):
                continue  # 脱贫户张福生家: a home is no named place; …研究所高级分析师温彬: no body through a name
            clash = False
            for rule in rule_mentions:
                if rule.start <= start and end <= rule.end and ((rule.start, rule.end) != (start, end) or rule.label != label):
                    clash = True  # inside a rule span, or the same span read otherwise: the grammar wins
                    break
                if start < rule.end and rule.start < end and not (start <= rule.start and rule.end <= end):
                    clash = True  # crossing a rule span
                    break
            if clash:
                continue
            # a statistical span that contains rule spans of its own label replaces them
            mentions = [
                m
                for m in mentions
                if not (m.label == label and start <= m.start and m.end <= end and (m.start, m.end) != (start, end))
            ]
            mentions.append(Mention(label, start, end, text[start:end], source="ner"))
        mentions = self.bodies_named_again(text, mentions)
        mentions = self.sites_after_places(text, mentions)
        mentions = self.nested_divisions(text, mentions)
        mentions.extend(self.listed_sites(text, mentions))
        mentions.extend(self.sites_gone_to(text, mentions))
        listed = self.listed_enterprises(text, mentions)
        # (大|唐云冈|热电公司: no name inside an enterprise's)
        mentions = [m for m in mentions if not (m.label in ("ORG", "PERSON") and any(o.start <= m.start and m.end <= o.end for o in listed))] + listed
        mentions = self.townships_bodies(text, mentions)
        mentions = self.venues(text, mentions)
        mentions = self.foreign_divisions(doc, mentions)
        doc._.mentions = []
        for mention in sorted(mentions, key=lambda m: (m.start, -m.end, m.label)):
            add_mention(doc, mention)
        sync_spans(doc)


@Language.factory("entity_rules")
def make_entity_rules(nlp: Language, name: str) -> EntityRules:
    return EntityRules(nlp, name)
