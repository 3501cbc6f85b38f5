"""The rule layer's grammar: bodies, places and titles as patterns over characters.

Chinese bodies and posts are compounds (``市公安局云泉分局云新派出所``,
``市人大常委会党组书记``) whose inner boundaries a word segmenter does not reliably keep,
so the grammar is written over characters, from lexicons in ``pipeline/data``: a place or
level prefix, free modifiers, and a head word from a closed list. It is compiled once.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

CJK = r"\u4e00-\u9fff"
_FUNCTION_CHARS = "和与及同在对向从任"
#: verbs of going to a place: after them 同 and 和 start a name (深入同煤集团, 走进和林格尔县)
GOING_VERBS = ("深入", "来到", "走进", "前往", "抵达", "到达", "赴")


def _alternation(words) -> str:
    """A regex alternation of ``words`` as a character trie (longest alternatives first), which
    Python's backtracking engine matches in time linear in the word's length rather than in the
    size of the list."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        ends = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return pattern(trie)


#: the characters before 城镇 that make it a kind of town, not a town named …城 (小城镇建设)
_NOT_TOWN_NAME = frozenset("小新大各全中老该本")
#: the endings of site heads that name zones
_ZONE_ENDINGS = ("园区", "开发区", "示范区", "高新区", "保税区", "自贸区", "产业园", "工业园", "科技园", "软件园", "物流园", "创业园", "创新园", "保护区", "风景名胜区", "度假区", "地质公园", "森林公园", "国家公园")


def _first_chars(words) -> str:
    """The characters ``words`` start with, escaped for a character class."""
    return "".join(re.escape(c) for c in sorted({w[0] for w in words if w}))


#: verbs of speaking that a name right before stands as their subject (颜鲲表示, 温彬说：)
SPEECH_AFTER_NAME = r"表示|介绍|指出|认为|告诉|透露|坦言|强调|说[，,：:]"

#: the digits an ordinal is written in (第十五届, 15届, １５届)
_NUMERALS = "一二三四五六七八九十0123456789０１２３４５６７８９"


@dataclass(frozen=True)
class AnchoredPattern:
    """A pattern tried only where one of its first words starts.

    A name list compiles to a trie whose first level has hundreds of branches (962 first
    characters of places), and Python's engine tests them one by one at every position its
    first-character class lets through: some 3 µs a character of text. Every match of these
    patterns starts with a known pair of characters (``pairs``: the first two of each place,
    level word or standalone body) or a known single character (``singles``: 市, a numeral), so
    :meth:`finditer` looks those up, a set lookup a position, and runs the pattern there alone.
    It yields what ``pattern.finditer`` yields."""

    pattern: re.Pattern
    pairs: frozenset[str]
    singles: frozenset[str]

    @classmethod
    def of(cls, pattern: re.Pattern, first_words) -> AnchoredPattern:
        words = {w for w in first_words if w}
        return cls(pattern, frozenset(w[:2] for w in words if len(w) >= 2), frozenset(w for w in words if len(w) == 1))

    def finditer(self, text: str, accept: Callable[[re.Match], bool] | None = None) -> Iterator[re.Match]:
        """The matches, left to right, none inside another; one ``accept`` turns down takes no
        text, so a match may start inside it."""
        pairs, singles, match = self.pairs, self.singles, self.pattern.match
        end = 0
        for start in range(len(text)):
            if start < end or not (text[start : start + 2] in pairs or text[start] in singles):
                continue
            found = match(text, start)
            if found and (accept is None or accept(found)):
                end = found.end()
                yield found


#: what makes a building's name no name (某, 不少, 大部分, 一; 文明 of a campaign, 建成)
_QUANTIFIED = re.compile(r"[某些各每多一几]|不少|部分|文明|建成|新建|这|那")


@dataclass(frozen=True)
class Grammar:
    """Compiled patterns and word sets of the rule layer."""

    place: AnchoredPattern  # places: divisions, countries, named sites after a place (group "site")
    listed_site: re.Pattern  # group "name": a site named next in a list (北王镇、天坛镇)
    site_tail: re.Pattern  # groups "site", "site2": sites right after a place (袍江经济技术开发区 + 斗门街道)
    site_heads: tuple[str, ...]
    building_heads: tuple[str, ...]  # of those, the heads of buildings and works (大厦, 水库)
    area_heads: tuple[str, ...]  # the site heads of zones and areas, longest first (综合保税区, 新区, 基地)
    body: AnchoredPattern  # bodies (ORG) with a place or level prefix, or standalone
    post: re.Pattern  # a post: qualifiers and a head (副市长, 党组书记, 二级警长)
    title_prefix: re.Pattern  # a level word or bare body ending right before a post
    title_modifier: re.Pattern  # what may come between a body and its post (案件查处队)
    after_name_title: re.Pattern  # a post head written right after a name
    after_name_heads: tuple[str, ...]  # the same heads, longest first (赵强局长, 王刚副市长)
    surnames: frozenset[str]
    double_surnames: frozenset[str]
    status_name: re.Pattern  # group 1: the name right after a status noun (低保户钱木根、)
    status_speaker: re.Pattern  # group 1: a name between a status noun and a verb of speaking
    byline_names: re.Pattern  # group 1: the space-separated names after a byline role or source
    credit_names: re.Pattern  # group 1: a name right after a byline role, up to the next role or the credit's end
    not_names: frozenset[str]
    status_nouns: frozenset[str]  # nouns of status or occupation written right before a name (村民, 教授)
    not_titles: frozenset[str]
    generic_bodies: frozenset[str]
    generic_places: frozenset[str]
    place_not_end: frozenset[str]
    clause_verb: re.Pattern  # verbs of a clause (召开, 听取, 会见): no name runs through one
    meeting_endings: tuple[str, ...]  # a statistical ORG ending so is a meeting (民主生活会)
    lead_verbs: tuple[str, ...]  # a statistical ORG starting so is verb + object (研究市人大)
    division_names: dict[str, str]  # name as written -> official name
    countries: frozenset[str]  # countries and regions by the names news writes (白俄罗斯, 欧盟)
    provinces: dict[str, str]  # official division name -> its province's official name
    title_heads: tuple[str, ...]
    foreign_heads: tuple[str, ...]  # heads of posts only foreigners hold (国务卿, 大臣)
    long_title_heads: tuple[str, ...]  # heads of two characters or more (政委, 书记): no name starts so
    title_words: frozenset[str]  # qualifiers and level words of posts (国家, 常务): never names
    verbs: frozenset[str]  # verbs of the news (贯彻, 召开): never a given name (学习贯彻总书记…)
    common_words: frozenset[str]  # words a surname starts (包括, 卫生): never a name a rule reads
    nominal_words: frozenset[str]  # of those, nouns and adjectives (温暖): a name between a post and a role verb
    zone_prefixes: tuple[str, ...]  # zones a city paper names without their place (经开区管委会)
    body_heads: tuple[str, ...]  # the last words of bodies' names (人民政府, 公司, 局)
    campaigns: frozenset[str]  # words a campaign for a place opens with (平安绍兴, 美丽中国)

    def is_generic_site(self, site: str) -> bool:
        """Whether a site read after a place names none of its own: it ends in a generic place
        noun (整顿农村, 城镇), unless that noun is a site head after a name (潇河建筑产业化园区)."""
        if len(site) == 3 and site.endswith("城镇") and site[0] not in _NOT_TOWN_NAME:
            return False  # 五台县台城镇: the town 台城, not a 城镇 (but 小城镇, 新城镇)
        building = next((h for h in self.building_heads if site.endswith(h)), None)
        if building is not None:
            # 深圳帝王大厦; but 北京大商场, 南京某小区, 石家庄市不少商场, 文明小区 name no site
            own = site[: -len(building)]
            return len(own) < 2 or bool(_QUANTIFIED.search(own))
        return any(site.endswith(word) and not (word in self.site_heads and len(site) - len(word) >= 2) for word in self.generic_places)

    def surname_length(self, text: str, start: int = 0) -> int:
        """The length of the surname that starts ``text`` at ``start`` (2 for 欧阳), 0 if none does."""
        if text[start : start + 2] in self.double_surnames:
            return 2
        return 1 if text[start : start + 1] in self.surnames else 0


def _read_lexicon() -> dict:
    with resources.files("pipeline.data").joinpath("lexicon.toml").open("rb") as handle:
        return tomllib.load(handle)


def _read_common_words(name: str = "common_words.txt") -> frozenset[str]:
    """``common_words.txt`` or ``nominal_words.txt`` (``newsgraph train words``); none while it is
    being rebuilt."""
    path = resources.files("pipeline.data").joinpath(name)
    if not path.is_file():
        return frozenset()
    return frozenset(line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))


def _read_divisions() -> tuple[dict[str, str], dict[str, str]]:
    """Names of administrative divisions as written (full, and short for province/city level),
    and each division's province."""
    names: dict[str, str] = {}
    provinces: dict[str, str] = {}
    by_code: dict[str, str] = {}
    text = resources.files("pipeline.data").joinpath("admin_divisions.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for adcode, name, _short in rows:
        by_code[adcode] = name
    for adcode, name, short in rows:
        provinces.setdefault(name, by_code.get(adcode[:2] + "0" * 10, name))
        names.setdefault(name, name)
        # short forms only for provinces and prefecture-level cities: county short forms are
        # too often ordinary words (城关, 新城, 和平)
        # (Taiwan's cities by their full names only: 一台北京牌, 新北京人, 舞台中央)
        if adcode.endswith("00000000") and len(short) >= 2 and not (adcode.startswith("71") and name[-1] != "省"):
            names.setdefault(short, name)
            if name.endswith("自治州"):
                names.setdefault(short + "州", name)  # 恩施州, 湘西州: how news writes them
    # a county-level division renamed since the list was made keeps its short form under another
    # level (太谷县 is 太谷区 since 2019, 潞城市 潞城区 since 2018; 怀柔区 was 怀柔县): the same
    # place. Only 县 and 区: short + 市 is too often a word (大城市, 新兴市场), and so is a short
    # in 山 + 区 (沂蒙山区, 结合山区)
    for adcode, name, short in rows:
        county = adcode.endswith("000000") and not adcode.endswith("00000000")
        # (a short ending in a conjunction is left out: 村民和县长 is no 民和县)
        if county and len(short) >= 2 and name[-1] in "县区市" and short[-1] not in "区县市" + _FUNCTION_CHARS:
            # an autonomous county is written as a county (化隆县), never as a district
            for level in "县区" if short[-1] != "山" and "自治" not in name else "县":
                names.setdefault(short + level, name)
                provinces.setdefault(short + level, provinces[name])
    return names, provinces


#: characters that make a one-character body head the start of another word (部门, 办理)
_WORD_AFTER_HEAD = {"部": "门署分位队落件", "办": "公法理事学好展案", "委": "托屈", "局": "面势限", "署": "名"}
#: characters that make it the end of another word (干部, 全部, 布局, 举办)
_WORD_BEFORE_HEAD = {"部": "干全内外局东西南北中大一细", "局": "格布结大全开出骗残变", "办": "举创开兴承包代主合", "署": "签部"}


#: words that make a long body head the start of a phrase (市委中心工作: the committee's central task)
_WORDS_AFTER_LONG_HEAD = {
    "中心": ("工作", "任务", "环节", "城区", "城市", "地带", "地位"),
    "政府": ("工作报告",),
    # 外国投资, 城投债: the verb 投资 and a bond, no investment company
    **{head: ("资", "债") for head in ("建投", "城投", "交投", "文投", "旅投", "国投")},
    # 六中全会, 二中队: a plenum and a squad, no school
    **{f"{n}中": ("全会", "全体", "队") for n in "一二三四五六七八九十"},
}


def head_ends_a_word(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` in a one-character body head ends another word there
    (布局, 格局: no bureau; 南部, 干部; but 安全局 and 安全部 are bodies)."""
    return end >= 2 and text[end - 2] in _WORD_BEFORE_HEAD.get(text[end - 1], "") and not text.endswith("安全", 0, end - 1)


def head_runs_on(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` in a body head runs on into another word (北京公安部门:
    部门, not the ministry 公安部; 市委中心工作)."""
    if not 0 < end < len(text):
        return False
    if text[end] in _WORD_AFTER_HEAD.get(text[end - 1], ""):
        return True
    return any(text.endswith(head, 0, end) and text.startswith(words, end) for head, words in _WORDS_AFTER_LONG_HEAD.items())


@cache
def grammar() -> Grammar:
    """The compiled grammar (built on first use, then shared)."""
    lex = _read_lexicon()
    bodies, titles, places = lex["bodies"], lex["titles"], lex["places"]
    divisions, provinces = _read_divisions()
    countries = places["countries"].split()
    # a name that starts with a conjunction or preposition (和县) stands only where no word
    # runs into it: in 县总工会和县妇联, 和 is "and"
    names = [*divisions, *countries]
    function_start = tuple(_FUNCTION_CHARS)
    risky = [n for n in names if n.startswith(function_start)]
    place_names = _alternation([n for n in names if not n.startswith(function_start)])
    if risky:
        # (a look-behind is of one width: one a length of the verbs)
        verbs = ["曾任", "现任", "历任", "担任", "兼任", "出任", "升任", "调任", *GOING_VERBS]
        after_verbs = "|".join(f"(?<={'|'.join(v for v in verbs if len(v) == n)})" for n in sorted({len(v) for v in verbs}))
        # ...or after a verb of holding a post (曾任和顺县委书记) or of going there (走进和林格尔县), but not
        # after 主任 (主任和县长)
        place_names = rf"{place_names}|(?:(?<![{CJK}》」』”）)])|(?<=[省市州])|{after_verbs})(?:{_alternation(risky)})"
    # a site head that is no word's first character (村民, 镇里, 村委会, 港口, 港澳 are no sites), nor
    # the first of 乡镇, 乡村 or 镇村 (中国乡镇企业; but 大河乡村民 is a township and its villagers,
    # and 象角村村民 a village and its villagers), nor a deputy's post (王舍人镇副镇长)
    site_heads = rf"(?:{_alternation([*places['site_heads'], *places['building_heads']])})(?![民委里口澳台])(?<!副[镇乡村])(?<!乡(?=镇))(?<![乡镇](?=村(?![民委])))"
    not_inside = re.escape(bodies["not_inside"])
    # modifiers inside a name: no function words or punctuation, no post head, no verb of action
    # (研究 is a verb, but a research unit's name holds it: 国务院发展研究中心, 政策研究室)
    stop_words = [*titles["heads"], *titles["foreign_heads"], *(v for v in bodies["verbs"] if v != "研究"), *bodies["quantities"], *bodies["former"]]
    stops = rf"{_alternation(stop_words)}|研究(?!中心|院|所|室|会|处|基地)"
    # nor a date (a dateline runs into the body it reports on: 北京１月２１日电国务院)
    date = r"[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日"
    mod_char = rf"(?:(?!{stops}|{date})[^\s{not_inside}，,。、；;：:“”《》])"
    # a department named with 和 inside (住房和城乡建设局) is read through it as one modifier
    mod = rf"(?:(?:{_alternation(bodies['and_compounds'])}|{mod_char}){{0,10}}?)"
    unit_mod = rf"(?:{mod_char}{{0,6}}?)"
    ordinal = rf"(?:[{_NUMERALS}]+届)"
    levels = _alternation([*bodies["level_prefixes"], *bodies["zone_prefixes"]])
    not_before = "".join(sorted({w for w in bodies["not_level_before"] if len(w) == 1}))
    # 中央 is a level (中央财经委员会) where no place name follows it (中央河南省… is two names)
    # a level character that starts another word is none (区域, 区别, 省份, 市场 but 市场监管局),
    # nor one that starts a post (区长丰街道: 区长)
    level = rf"(?<![{re.escape(not_before)}]){ordinal}?(?:{levels})(?![域别分间份长]|场(?!监))|中央(?!{place_names})"
    heads = bodies["heads"]
    single_heads = [h for h in heads if len(h) == 1]
    long_heads = [h for h in heads if len(h) > 1]
    # a one-character head must not start a post word (市商务局 + 局长 is no 市商务局局) or
    # another word (市直有关部门, 作出部署, 办理, 局面)
    single = "|".join(
        (f"(?<![{_WORD_BEFORE_HEAD[h]}])" if h in _WORD_BEFORE_HEAD else "") + f"{re.escape(h)}(?![长员{_WORD_AFTER_HEAD.get(h, '')}])"
        for h in single_heads
    )
    # a long head that is the start of another word is none (市委书记处理问题: 书记 + 处理;
    # 共产党员, 银行间借贷, 银行业)
    no_word_after = r"(?<!书记处(?=理))(?<!党(?=员))(?<!党组(?=织))(?<!银行(?=[间业卡]))(?<!中央行)"
    # nor one whose last character starts another word (宣传部门, 公安部门: departments)
    runs_on = "|".join(f"(?<={re.escape(h)})[{re.escape(after)}]" for h, after in _WORD_AFTER_HEAD.items())
    no_word_after += f"(?!{runs_on})" + "".join(
        f"(?<!{re.escape(h)}(?={'|'.join(words)}))" for h, words in _WORDS_AFTER_LONG_HEAD.items()
    )
    long_head = rf"(?:{_alternation(long_heads)}){no_word_after}"
    head = rf"(?:{long_head}|{single})"
    # a unit under a body: a long head, or a ministry's department (住房和城乡建设部住房保障司)
    unit = rf"(?:{unit_mod}(?:{long_head}|(?<=[^公上官])司(?![令机法长])))"
    # a CPPCC committee is named by its term before its place (政协第十五届大同市委员会)
    cppcc = rf"(?:政协|中国人民政治协商会议)(?:第?{ordinal})?(?:{place_names}|全国)"
    prefix = rf"(?:{cppcc}|{ordinal}?(?:中共|中国共产党)?(?:{place_names}){{1,3}}|中共|中国共产党|{level})"
    companies = rf"(?:{_alternation(bodies['companies'])})(?![事行工产]?业)"
    standalone = rf"(?:{_alternation(bodies['standalone'])}|{companies}){no_word_after}"
    # each pattern opens with a class of the characters it can start with: the engine skips
    # every other position at once instead of trying the tries' hundreds of branches there
    body_first_words = [*names, *bodies["level_prefixes"], *bodies["zone_prefixes"], *bodies["standalone"], *bodies["companies"], "中共", "中国", "中央", "政协", "第", *_NUMERALS]
    # a national body after its term (十一届全国人大, 第十四届全国人大常委会)
    tight = rf"(?:{prefix})(?:{_alternation(bodies['tight_heads'])})"
    body = re.compile(rf"(?=[{_first_chars(body_first_words)}])(?:(?:{prefix}){ordinal}?{mod}{head}|{tight}|(?:第?{ordinal})?{standalone}){unit}*")
    # a site's own name: no bracket, digit or level character (乡镇村) of its own; greedy, so
    # 富港村 is a village, not the port 富港
    # 都 ends no body's modifier (市里都要…), but names many a town (甘都镇)
    # and 上/下 open many a village's name (下古县村, 上庄村), but not 下辖 or 上级
    site_not_inside = not_inside.replace("都", "").replace("上", "").replace("下", "")
    site_stops = rf"{stops}|[上下](?:辖|属|级|面|游|午|旬|半年|一步|去|来|到)|下乡|[以之][上下]|至"
    site_char = rf"(?:(?!{site_stops})[^\s{site_not_inside}，,。、；;：:“”《》（）()乡镇村0-9０-９])"
    # zones (园区, 示范区, 开发区) have long formal names (国家农业高新技术产业示范区); other sites short ones
    zone_heads = _alternation([h for h in places["site_heads"] if h.endswith(_ZONE_ENDINGS)])
    # an ethnic township names its nationalities before its head (江南朝鲜族满族乡)
    ethnic = _alternation(places["ethnic_groups"].split())
    # (a town named after a village: 姚村镇, 南村镇)
    site_mod = rf"(?:{site_char}{{5,10}}(?={zone_heads})|{site_char}{{1,4}}?(?:{ethnic}){{1,3}}(?=[乡镇])|{site_char}{{1,3}}村(?=[镇乡])|{site_char}{{0,4}})"
    # a division, then up to two levels of site under it (古县岳阳镇东庄村)
    sites = rf"(?P<site>{site_mod}(?:{site_heads}))(?P<site2>{site_char}{{1,4}}(?:{site_heads}))?"
    # a district's 区 that starts 区域 is none (潮白河区域: no 白河区; 大同区域: 大同)
    # a region a plan names: a division's name or one to three provinces' abbreviations and a
    # direction, then the region's head (太原都市圈, 晋南城镇圈, 苏南城市群; 京津冀 is a name of its own)
    regions = _alternation(places["regions"])
    abbreviations = re.escape(places["province_abbreviations"])
    region = rf"(?:(?:{place_names})|[{abbreviations}]{{1,3}}[东西南北中]?)(?:{regions})(?<!带(?=来))"
    place = re.compile(rf"(?=[{_first_chars(names)}{abbreviations}])(?:{region}|(?:{place_names})(?<!区(?=域))(?:{sites})?)")
    # a site after 、 (和, 及) with a name of its own and a site head, up to the next list or clause break
    listed_site = re.compile(rf"(?:、|和|及)(?P<name>{site_char}{{2,8}}?(?:{site_heads}))(?=[、，,。；;和及与\s]|$)")
    title_heads = [*titles["heads"], *titles["foreign_heads"]]
    qualifiers = _alternation(titles["qualifiers"])
    # (主席团 and 主席国, the presidency's country, are no posts)
    post = re.compile(rf"(?:{qualifiers}){{0,2}}(?:{_alternation(title_heads)})(?![会团]|(?<=主席)国)")
    # what may stand right before a post when no body or place mention does: a level word
    # (国家主席) or a bare body whose place is left out (政法委书记, 纪委书记)
    title_prefix = re.compile(
        rf"(?:(?<![{re.escape(not_before)}])(?:{_alternation(titles['level_prefixes'])})"
        rf"|(?<![{CJK}])[{CJK}]{{0,3}}?(?:{_alternation(bodies['bare_heads'])}))$"
    )
    # a post's unit may be left unnamed (新疆军区某汽车团团长), though no body's name holds 某
    title_char = mod_char.replace(not_inside, not_inside.replace("某", ""))
    title_modifier = re.compile(rf"{title_char}{{0,10}}")
    after_name = re.compile(rf"(?:{_alternation(titles['after_name'])})")
    persons = lex["persons"]
    status_name = re.compile(
        rf"(?:{_alternation(persons['status_nouns'])})([{CJK}]{{2,4}}?)(?=家?[、，,。；;和与及等\s（(]|$)"
    )
    # …and before a verb of speaking (分析师温彬表示, 教授黎友焕表示): a given name of one character too
    status_speaker = re.compile(rf"(?:{_alternation(persons['status_nouns'])})([{CJK}]{{2,3}}?)(?={SPEECH_AFTER_NAME})")
    byline_names = re.compile(
        rf"(?:(?:{_alternation(persons['byline_roles'])})|来源[:：]\s*[{CJK}]{{2,12}})((?:[ \t\u3000]+[{CJK}]{{2,4}}(?![{CJK}]))+)"
    )
    # a credit written without spaces (（记者孟梅实习生夏冬梅）): a name between two roles, or
    # between a role and the credit's end
    roles = _alternation(persons["byline_roles"])
    credit_names = re.compile(rf"(?:{roles})([{CJK}]{{2,3}}?)(?=摄?(?:(?:{roles})|[）)\s、]))")
    all_site_heads = tuple(sorted([*places["site_heads"], *places["building_heads"]], key=len, reverse=True))
    return Grammar(
        place=AnchoredPattern.of(place, [*names, *places["province_abbreviations"]]),
        body=AnchoredPattern.of(body, body_first_words),
        post=post,
        title_prefix=title_prefix,
        title_modifier=title_modifier,
        after_name_title=after_name,
        after_name_heads=tuple(sorted(titles["after_name"], key=len, reverse=True)),
        surnames=frozenset("".join(lex["persons"]["surnames"].split())),
        double_surnames=frozenset(lex["persons"]["double_surnames"]),
        status_name=status_name,
        status_speaker=status_speaker,
        byline_names=byline_names,
        credit_names=credit_names,
        not_names=frozenset([*persons["not_names"], *persons["status_nouns"]]),
        status_nouns=frozenset(persons["status_nouns"]),
        not_titles=frozenset(titles["not_titles"]),
        generic_bodies=frozenset(bodies["generic"]),
        generic_places=frozenset(places["generic"]),
        listed_site=listed_site,
        site_tail=re.compile(sites),
        site_heads=all_site_heads,
        building_heads=tuple(places["building_heads"]),
        area_heads=tuple(h for h in all_site_heads if h.endswith(("区", "园", "基地"))),
        place_not_end=frozenset(places["not_end"]),
        clause_verb=re.compile(_alternation(bodies["clause_verbs"])),
        meeting_endings=tuple(bodies["meeting_endings"]),
        lead_verbs=tuple(bodies["lead_verbs"]),
        division_names=divisions,
        countries=frozenset(countries),
        provinces=provinces,
        title_heads=tuple(sorted(title_heads, key=len, reverse=True)),
        foreign_heads=tuple(titles["foreign_heads"]),
        long_title_heads=tuple(sorted((h for h in title_heads if len(h) >= 2), key=len, reverse=True)),
        title_words=frozenset([*titles["qualifiers"], *titles["level_prefixes"]]),
        verbs=frozenset([*bodies["verbs"], *bodies["clause_verbs"]]),
        common_words=_read_common_words(),
        nominal_words=_read_common_words("nominal_words.txt"),
        zone_prefixes=tuple(bodies["zone_prefixes"]),
        body_heads=tuple(sorted([*heads, *bodies["tight_heads"]], key=len, reverse=True)),
        campaigns=frozenset(bodies["campaigns"]),
    )
