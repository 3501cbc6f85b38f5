"""Events: meetings, directives, visits and talks, with their roles and dates.

Triggers are verbs of a closed list (ANNOTATION.md); roles are read from the mentions around
them: the subject name list before the verb (back to the previous role verb or the sentence
start), the organiser body before ``召开``/``举行`` or at the head of the meeting's name, the
sites between ``深入``/``来到`` and the visit verb (or ``在`` and it: ``在上海考察``). Dates come from
the trigger's sentence, else from the event the sentence belongs to, else from the article's
lead; a sentence that says its event happened some day it does not give (``近日``, ``日前``)
takes none. A headline and the article that report one meeting, visit or talk give one event.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from ..ingest.page import headline_end, split_sentences
from ..records import Argument, Event, Mention
from .dates import DATE_PATTERN, DateMention, dateline_date, day_told_after, find_dates, range_end
from .entities import add_mention, doc_text, mentions_of, sync_spans
from .grammar import grammar

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)

# -- meetings -------------------------------------------------------------------------------
_MEETING_NOUN = (
    r"(?:会议|常委会|全会|大会|座谈会|专题会|推进会|调度会|部署会|视频会|工作会|论坛|例会|见面会|报告会|研讨会|协调会|联席会"
    r"|学习会|集体学习|现场会|动员会|表彰会|总结会|务虚会|办公会|汇报会|通报会|交流会|恳谈会|分析会|培训会|观摩会|启动会"
    r"|发布会|对接会|推介会|洽谈会|评审会|听证会|茶话会|团拜会|讲评会|点评会|碰头会|联谊会|誓师会|峰会|年会|生活会|议事会|协商会)"
)
_NAME_CHAR = r"[^，,。；;：:！？!?“”\s]"
_NAME_PAREN = r"[（(][^）)]{1,6}[）)]"
#: a quoted word inside a meeting's name (庆祝…暨“七一”表彰大会)
_NAME_QUOTE = r"“[^“”，,。]{1,10}”"
#: a meeting's noun, and a bracketed kind of it after it (集体学习（扩大）会, 常务会议（扩大）)
_MEETING_END = rf"(?:{_MEETING_NOUN}(?:[（(](?:扩大|视频|电视电话|网络|联席)[）)](?:会议|会)?)?)"
_NAME_PART = rf"(?:(?:{_NAME_CHAR}|{_NAME_PAREN}|{_NAME_QUOTE}){{0,60}}?{_MEETING_END})"
MEETING_AFTER_VERB = re.compile(
    rf"(?P<verb>主持召开|召开了?|举行了?|主持(?!下))的?(?P<name>{_NAME_PART}(?:暨{_NAME_PART})*)(?!议|晤|谈|会议|扩大会|(?:主任|主席|秘书长|党组)(?:扩大)?会议|精神|上|中|期间|的|前|后|决定|{_NAME_PAREN}(?:会议|会))"
)
#: what runs into a meeting's name and is no part of it: a dateline (新华社北京1月14日电（记者孙杰）),
#: a description up to its last 的 (为期一天的…, 由…举办的…)
_NAME_LEAD = re.compile(r"^(?:.*?(?:日电|日讯|本报讯)(?:[（(][^）)]*[）)])?)?(?:.*的)?了?")
#: a meeting described or counted, not reported: 是…召开的一次十分重要的会议, 每年召开一次全国性会议
_DESCRIBED = re.compile(
    r"^(?:一[次场个]|[两几数多三][次场个]|各[种类项级]|[这此该同]类|有关|相关|一些|多次|若干"
    # 已召开了５届年会: a count of sessions, no one of them (but 十五届三中全会 is one)
    r"|[0-9０-９一二三四五六七八九十几多]+[届次](?:年会|会议|大会|全会|会)$)"
)
#: a meeting held over and over, none in particular (多次召开村镇干部会议, 每年召开一次)
_HABITUAL = re.compile(r"(?:多次|屡次|经常|定期|每年|每月|每周|每季度|曾经|坚持)$")
#: a meeting referred back to: 这次会议 is the article's meeting, and no name of it
_REFERRED = re.compile(r"^(?:这|此|本|该)[次场个]?(?:会议|会)$")
#: the day and time between a meeting and its verb (会议今天上午在北京开幕, 会议10日召开; a 于 phrase
#: may give them too: …第二次全体会议，于一九九八年一月二十日至二十二日在北京举行)
_WHEN = (
    r"(?:今天|昨天|今日|昨日|(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日"
    r"(?:至[0-9０-９一二三四五六七八九十]{1,3}日)?)?(?:上午|下午|晚上|晚)?(?:开始)?"
)
#: what may stand between the body that holds a meeting and 召开/举行
_SUBJECT_TO_VERB = re.compile(rf"\s*(?:{_WHEN})?\s*(?:[在于][^，,。；;]{{0,15}})?")
MEETING_BEFORE_VERB = re.compile(
    rf"(?P<name>(?:{_NAME_CHAR}|{_NAME_PAREN}|{_NAME_QUOTE}){{2,60}}?{_MEETING_END})(?:{_WHEN})?(?:[，,]?于[^，,。]{{2,25}}?)?(?:在[^，,。]{{1,15}})?(?:(?:以|采取|采用|通过)[^，,。]{{0,10}}?(?:视频|电视电话|线上|网络)[^，,。]{{0,10}}?(?:形式|方式)|通过视频(?:会议)?)?(?:隆重|胜利|顺利)?(?P<verb>召开|举行|开幕(?![式会词上])|闭幕(?![式会词上]))(?![的后前时]|之际|期间|以来)"
)
#: a meeting told as the occasion of what is said, held on a day given (在3月5日召开的全市经济工作会议上，
#: …强调; not a meeting cited with no day, 在中央经济工作会议上的讲话)
MEETING_HELD_AT = re.compile(
    r"在(?:今天|昨天|今日|昨日|刚刚|(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日)(?:上午|下午|晚上|晚)?"
    rf"(?P<verb>召开|举行)的(?P<name>{_NAME_PART})上[，,]"
)
#: a verb each of the patterns above needs
_HELD_VERB = re.compile(r"主持|召开|举行|开幕|闭幕")
_PLANNED = re.compile(r"(?:关于|决定|将于|定于|拟于|拟|筹备|准备|建议|即将|计划|需要|(?<![必无])需(?!求)|下周|下星期|明天|(?<!光)明日(?!报)|(?<![上中少大])将(?![军领士]))[^，,。]{0,20}$")

#: a day fixed for what follows, across the clauses that share its subject (内塔尼亚胡定于一月二十日
#:赴华盛顿，同克林顿…举行会谈; 阿拉法特也将于一月二十二日在华盛顿同克林顿就…问题举行会谈)
_FIXED_FOR = re.compile(r"(?:将于|定于|拟于|预定于|计划于)[^。；;，,]*(?:[，,](?:同|与|和|并)[^。；;，,]*)?$")

# -- role verbs -----------------------------------------------------------------------------
CHAIR = re.compile(r"主持(?:召开)?(?:会议)?(?:并(?:发表)?(?:重要)?讲话)?")
ATTEND = re.compile(r"(?:在主会场|在分会场|在[^，,。]{1,10})?(?:出席|参加|列席|参会|到会(?:指导)?|收听收看|(?<=主席台|台前排)就座)(?:会议|了会议)?")
#: what is attended that is no meeting (签约仪式, 开工活动, 颁奖典礼, 文艺晚会)
#: (a meeting's own opening is the meeting: 出席了研讨会开幕式)
_OTHER_OCCASION = re.compile(r"(?:(?!会|论坛)[^，,。；;]){0,20}?(?:仪式|典礼|活动|开幕式|闭幕式|揭牌|签约|开工|竣工|首发|晚会|演出|比赛|展览|展会)")
#: an occasion named to date a speech, not attended in the story (学习贯彻习近平总书记在参加江苏代表团
#: 审议时的重要讲话精神)
_OCCASION_OF_SPEECH = re.compile(r"[^，,。；;“”]{0,30}?时的")
#: the ones who attend or accompany, listed after the verb (出席会议的还有…, 参加调研的有…)
_LISTED_AFTER = re.compile(
    # (出席会议的市领导有：A、B: the group they are named as between)
    r"(?P<verb>出席|参加|列席|陪同)(?P<what>[^，,。；;的]{0,8})的(?:还)?(?:[\u4e00-\u9fff]{0,6}?(?:领导|同志|嘉宾|代表|人员|负责人))?(?:还)?有"
)
#: what the listed attend: nothing named, a meeting or an event (今天茶话会, 庆祝活动), a visit
_LISTED_FOR = re.compile(r"|.*(?:会|会议|活动|仪式)|(?:调研|考察|视察|检查|慰问|走访)")
#: a name followed by the word of a relative: the one listed is the relative (刘少奇夫人王光美)
_RELATIVE_AFTER = re.compile(r"的?(?:夫人|遗孀|之子|之女|的儿子|的女儿)")
#: the bodies a meeting is held by, named after it (研讨会由山西省作家协会主办, 会议由A、B联合举办)
_HOSTED_BY = re.compile(rf"{_MEETING_NOUN}[^，,。；;]{{0,6}}由(?P<hosts>[^，,。；;]{{2,60}}?)(?:联合|共同)?(?:主办|举办)")
SPEAK = re.compile(
    r"(?:并|在会上|在会议上)?(?:发表(?:重要)?讲话|讲话|发言|致辞|领学"
    # a report delivered to a congress or a session (向大会作了题为《…》的报告, 作政府工作报告)
    # (not 作 of 工作, 合作: 在工作报告中说)
    r"|(?<![工合创写运操协动制著杰力佳习发振])[作做]了?(?:题为)?(?:[《『“][^》』”]{1,60}[》』”]的)?[^，,。；;《》『』]{0,8}?报告(?![会团]))"
)

# -- directives -----------------------------------------------------------------------------
DIRECTIVE = re.compile(
    r"(?P<trigger>提出(?:了)?[^，,。；]{0,6}要求|(?:作出|(?<![工合创写运操协动制著])作(?!出))(?![的为风用品家者])(?:了)?[^，,。；]{0,6}部署|(?:安排)?部署|"
    r"强调|指出|要求|指示|批示|勉励|叮嘱|嘱咐)"
)
#: 对…进行(了)(再)部署: a deployment carried out, the clause before it what is deployed
_CARRIED_OUT = re.compile(r"对[^，,。；;]+进行(?:了)?(?:再|全面|专题|具体)?$")
_NOMINAL_AFTER = re.compile(r"^(?:的|精神|和|与|、|要求|落实|安排|上|等)")
_NOMINAL_BEFORE = re.compile(r"(?:重要|作出的|的|部署|决策|战略|总体|工作|具体|明确|统一|和|、|按照|根据|对照|落实|贯彻|在|研究|上述|严格|这一|这些|这项|此项|该项|一些|许多|各项|种种|的新|更高|基本)$")
#: what joins a clause's own subject to its verb (美国则要求, 日方也强调)
_OWN_SUBJECT_LINK = re.compile(r"(?:则|也|还|又|却|亦|更|随即|同时|一再|再次|多次)?")
#: an instruction denied (她也不会给人们提出什么苛刻的要求)
_DENIED = re.compile(r"(?:不会|不要|不再|没有|从不|从未|并未|未曾)[^，,。；;]{0,8}$")
_MEETING_AS_OBJECT = re.compile(r"(?:主持召开|主持|召开|出席|参加)[^，,。；;]*$")
_SPEAKER_PRONOUN = re.compile(r"(?:他|她)(?:还|并|同时|也|再次|进一步|最后)?$")
_FULL_STOPS = ("。", "！", "？", "!", "?", "；")
#: an instruction told before that now speaks (批示指出, 讲话中强调): its giver's words
_INSTRUCTION_SPEAKS = re.compile(r"(?:重要)?(?:批示|指示|讲话)(?:中|还|并|同时|进一步)?")
_MEETING_SPEAKER = re.compile(r"(?:会议|会上|大会)(?:还|并|同时|也|再次|进一步|最后)?$")
#: a person who speaks at a meeting or while doing something else: 钱其琛在记者招待会上指出,
#: 习近平在参加江苏代表团审议时强调
_AT_MEETING = re.compile(
    r"(?:在(?:[^，,。；;]{0,20}(?:会议|会)上|[^，,。；;]{1,40}时)"
    # 江泽民会见全国宣传部长会议代表时强调: the one who meets, visits or attends
    r"|(?:会见|会谈|考察|调研|视察|出席|参加|看望|慰问)[^，,。；;在]{1,40}时)(?:还|并|同时|也|再次|进一步|最后)?$"
)

# -- visits and talks -----------------------------------------------------------------------
VISIT = re.compile(r"(?:调研|视察|考察|检查|督查|督导|慰问|走访|看望|拜访)")
#: how a visit is made, between its site and its verb (在西韩岭乡蹲点调研, 在平城区实地检查)
_VISIT_MANNER = re.compile(r"(?:蹲点|实地|专题|现场|暗访|明察暗访|随机)$")
#: what is done where an inspection goes (详细了解, 实地察看, 访贫问苦, 现场办公)
_INSPECTS = re.compile(rf"{VISIT.pattern}|了解|察看|查看|调查|指导|督促|实地|参观|现场办公|访贫问苦|暗访|蹲点|询问|听取|研究解决")
#: a delegation or inspection group, the visitor where no person is named (荆门市党政代表团)
_GROUP = re.compile(r"(?:代表团|考察团|督查组|督导组|调研组|检查组|巡视组|巡察组|工作组)$")
#: 到 moves where it follows no verb it completes (统一到, 落实到, 做到, 受到, 意识到)
_MOVE = re.compile(r"(?:先后来到|先后到|来到|深入|走进|前往|赴|(?<![一实做达受得看想听感识现及伸盖落遇找提])到)")
#: a verb done together with the ones told before (李鹏…等领导一同会见了代表)
_TOGETHER = re.compile(r"(?:一同|一起|共同|同时)$")
#: the opening or closing sitting of a session, named by it alone (主持闭幕大会)
_SITTINGS = frozenset(("开幕会", "开幕大会", "开幕式", "闭幕会", "闭幕大会", "闭幕式"))
#: a group named by where it goes (赴西藏慰问组, 赴京代表团)
_GROUP_GOING = re.compile(r"(?:慰问|考察|调研|检查|督导|工作|代表|学习|参观|访问|医疗|救援)?[组团队]")
#: talks held with each of the parties named after it (X分别与A和B会谈)
_SEPARATELY_WITH = re.compile(r"分别(?:与|同|和|跟)")
#: a verb done with each of its objects in turn (分别会见了A和B)
_SEPARATELY = re.compile(r"分别(?:了)?$")
#: a talk spoken of, not held by the one before it: 谈到…会见, 就…会谈进行评价
_TALK_SPOKEN_OF = re.compile(r"谈到|谈及|提到|说起|谈起")
_COMMENT_AFTER = re.compile(r"[^，,。；;]{0,12}?(?:进行|作出|予以|作)?(?:评价|评论|表示欢迎|表示赞赏|表示支持|发表看法)")
TALK = re.compile(r"(?P<trigger>会见|会谈|会晤|通电话|接见|视频通话|视频连线|通话|茶叙)(?!时|前|后)")
COMPANY = re.compile(r"陪同|一同|参加")

_CLAUSE_END = re.compile(r"[，,。；;！!]")
#: a committee contracted into its meeting's name (县委常委会议, 政治局常务委员会议): the body
#: before it owns the meeting
_CONTRACTED_COMMITTEE = re.compile(r"(?:常委|常务委员)会议")
#: a month of a year past without its day (１９３６年１０月，他到绥东…, 去年３月): not the day of the
#: story's lead
_PAST_MONTH = re.compile(r"(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4}|去|前|上)年[0-9０-９一二三四五六七八九十]{1,2}月")
#: words that say a sentence's event happened on a day it does not give
_UNDATED = re.compile(rf"近日|(?<![抗节生假当每今昨明次翌周平往终纪])日前|近期|前不久|此前|不久前|前夕|{_PAST_MONTH.pattern}")
#: a sentence that carries the last visit on to more sites: (随后，)他(还)先后来到…, 代表们先后来到…
_GOES_ON = re.compile(
    r"(?:(?:随后|接着|之后|其间|期间)[，,]?(?:他|她|他们|她们)?|(?:他|她|他们|她们)|(?:调研|考察|督查|督导|检查|慰问|代表)[组团]"
    # the deputies or members on the visit (代表们先后来到…, 委员们还走进…)
    r"|(?:代表|委员|成员|专家)们)"
    r"(?:一行)?(?:还|又|也)?(?:先后|分别|相继|陆续)?"
)
_GOES_TO = frozenset(("先后来到", "先后到", "来到", "深入", "走进", "前往"))
#: a pronoun that opens a clause as its subject (他详细了解…, 她们还), not 他人
_PRONOUN_SUBJECT = re.compile(r"[他她]们?(?!人)")
_AT_SITE = re.compile(r"\s*(?:随后|接着|先后)?[，,]?在(?P<site>[^，,。；]{2,30})[，,]")
_CREDIT = re.compile(r"(?:记者|通讯员|摄影|编辑|来源[:：][\s　]*[\u4e00-\u9fff]+)[\s　]*(?:[\u4e00-\u9fff]{2,4}[\s　、]+)*$")
_SHARED_SUBJECT = re.compile(r"主持|召开|举行|调研|视察|考察|检查|慰问|表示")
_TOPIC = re.compile(r"就|对|围绕|针对")
#: a notice issued, before the 要求 that tells what it asks (印发通知，要求…)
_ISSUED = re.compile(
    r"(?:联合)?(?:印发|下发|发出|出台|发布)(?:了)?(?:《[^》]{1,40}》|[^，,。；;《]{0,16}?(?:通知|意见|方案|办法|规定|决定|通报|倡议书?))[，,]?$"
)
#: a visit verb before the one visited in its clause (看望慰问了困难群众王秀兰)
_VISITED_AFTER = re.compile(r"(?:看望|慰问|探望|走访|走进|来到)[^，,。；;]{0,12}$")
_BARRIER = re.compile(r"主持|出席|参加|列席|会见|会谈|陪同|召开|举行|强调|指出|要求|表示|(?:调研|视察|检查|慰问)(?![组团])|。")


def _clause_start(text: str, sentence: tuple[int, int], at: int) -> int:
    """Where the clause holding position ``at`` starts: after the last comma or semicolon."""
    return max(sentence[0], *(text.rfind(c, sentence[0], at) + 1 for c in "，,；;"))


class Events:
    """Find meetings, directives, visits and talks with their roles and dates."""

    def __init__(self, nlp: Language, name: str = "events") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        known = len(mentions_of(doc))
        doc._.events = self.match(doc)
        if len(mentions_of(doc)) != known:
            sync_spans(doc)  # an owner read from a contracted meeting name (县委常委会议: 县委)
        return doc

    # -- helpers ----------------------------------------------------------------------------

    @staticmethod
    def _persons(doc: Doc) -> list[Mention]:
        """The document's people, less the reporters and photographers of its bylines."""
        text = doc_text(doc)
        return sorted(
            (
                m for m in mentions_of(doc)
                if m.label == "PERSON"
                and not _CREDIT.search(text, max(text.rfind("\n", 0, m.start) + 1, m.start - 60), m.start)
            ),
            key=lambda m: m.start,
        )

    @staticmethod
    def _bodies(doc: Doc) -> list[Mention]:
        return sorted((m for m in mentions_of(doc) if m.label in ("ORG", "PLACE")), key=lambda m: (m.start, -m.end))

    def _subject(self, doc: Doc, sentence: tuple[int, int], at: int, lists_only: bool = False) -> list[Mention]:
        """The names before ``at`` back to the previous role verb or the sentence start.

        With ``lists_only``, only the name list that is the verb's subject: the names before a
        ``就``/``对`` phrase, joined by 、和及 or by titles; where a chain of verbs shares one
        subject (X主持召开…会议并讲话，…作出部署), the names before the chain's first verb.
        """
        text = doc_text(doc)
        start, last_barrier = sentence[0], None
        for barrier in _BARRIER.finditer(text, sentence[0], at):
            if barrier.end() <= at:
                start, last_barrier = max(start, barrier.end()), barrier
        persons = [p for p in self._persons(doc) if start <= p.start and p.end <= at]
        if not lists_only:
            return persons
        if not persons and last_barrier is not None and _SHARED_SUBJECT.match(last_barrier.group()):
            return self._subject(doc, sentence, last_barrier.start(), lists_only=True)
        if persons:
            topic = _TOPIC.search(text, persons[0].end, at)
            if topic:
                persons = [p for p in persons if p.end <= topic.start()]
        if not persons:
            return []
        chosen = [persons[-1]]
        for p in reversed(persons[:-1]):
            gap = self._untitled(doc, p.end, chosen[0].start)
            # (…和无党派人士代表赵刚: a group's representative, listed as a post would be)
            if re.fullmatch(r"(?:[、和及与，,\s]|[省市县区]?领导|[\u4e00-\u9fff]{1,6}代表)*", gap):
                chosen.insert(0, p)
            else:
                break
        return chosen

    @staticmethod
    def _clause_of_its_own(doc: Doc, sentence: tuple[int, int], at: int) -> bool:
        """Whether the clause of the verb at ``at`` opens with a place or a body as its subject
        (，美国则要求…), so that no person named in a clause before it is the one who speaks."""
        text = doc_text(doc)
        clause_start = _clause_start(text, sentence, at)
        return any(
            m.label in ("PLACE", "ORG") and m.start == clause_start and _OWN_SUBJECT_LINK.fullmatch(text, m.end, at)
            for m in mentions_of(doc)
        )

    @staticmethod
    def _untitled(doc: Doc, start: int, end: int) -> str:
        """The text from ``start`` to ``end`` with the titles written inside it taken out."""
        gap = doc_text(doc)[start:end]
        for title in mentions_of(doc):
            if title.label == "TITLE" and start <= title.start and title.end <= end:
                gap = gap.replace(title.text, "")
        return gap

    @staticmethod
    def _arg(m: Mention) -> Argument:
        return Argument(m.text, m.start, m.end, m.entity)

    @staticmethod
    def _issue_date(doc: Doc) -> dt.date | None:
        issue = doc._.issue_date
        return dt.date.fromisoformat(issue) if isinstance(issue, str) else issue

    def _date_in(self, doc: Doc, sentence: tuple[int, int], dateline: DateMention | None, trigger: int | None = None) -> str | None:
        """The first date of a sentence, read against the dateline's day where the story has one;
        ``trigger``: where the event's verb stands, if the sentence has one."""
        text = doc_text(doc)
        dates = list(find_dates(text, dateline.date if dateline else self._issue_date(doc), sentence[0], sentence[1]))
        if dateline is not None and dates and dates[0].start == dateline.start:
            if len(dates) > 1:
                dates = dates[1:]  # 新华社郑州1月12日电 … 1月11日至12日在…考察: the dateline is when it was filed
            elif self._undated(text, sentence, dateline, trigger):
                return None  # 新华社北京1月7日电 习近平近日…: filed that day, done some day before
        if dates and trigger is not None:
            # the date of the verb's own clause where it has one (李鹏将于明天离京，今天他会见了…)
            clause = _clause_start(text, sentence, trigger)
            own = [d for d in dates if clause <= d.start < trigger]
            if own:
                return own[0].date.isoformat()
        return dates[0].date.isoformat() if dates else None

    def _day_after_told(self, doc: Doc, event: Event, dateline: DateMention | None, previous: str | None) -> str | None:
        """The day the event's sentence tells against the one before (当天下午…, 次日…)."""
        reference = dateline.date if dateline else self._issue_date(doc)
        before = dt.date.fromisoformat(previous) if previous else None
        day = day_told_after(doc_text(doc), reference, event.sentence[0], event.start, before)
        return day.isoformat() if day else None

    def _recent(self, date: str, doc: Doc) -> bool:
        """Whether ``date`` lies within the year before the issue (or the issue is unknown)."""
        issue = self._issue_date(doc)
        return issue is None or dt.timedelta(days=-2) <= issue - dt.date.fromisoformat(date) <= dt.timedelta(days=366)

    @staticmethod
    def _undated(text: str, sentence: tuple[int, int], dateline: DateMention | None, trigger: int | None = None) -> bool:
        """Whether a sentence says its event happened some day it does not give (日前, 近日)
        before the event's ``trigger``: no date is taken for it from the story around. What an
        instruction says after its verb (要汲取近期事故教训) dates nothing."""
        start = max(sentence[0], dateline.end) if dateline is not None and sentence[0] <= dateline.start < sentence[1] else sentence[0]
        end = sentence[1] if trigger is None else trigger
        return bool(_UNDATED.search(text, start, end)) and not DATE_PATTERN.search(text, start, sentence[1])

    # -- the pass ---------------------------------------------------------------------------

    def match(self, doc: Doc) -> list[Event]:
        text = doc_text(doc)
        sentences = split_sentences(text) or [(0, len(text))]
        dateline = dateline_date(text, self._issue_date(doc))
        lead_date = None
        for s in sentences[:6]:
            lead_date = self._date_in(doc, s, dateline)
            if lead_date:
                break
        if lead_date and not self._recent(lead_date, doc):
            lead_date = None  # a feature's lead (１９２１年９月２６日，她出生于…) dates no news of the issue
        meetings = self._meetings(doc, sentences)
        visits = self._visits(doc, sentences)
        talks = self._talks(doc, sentences)
        main = [*meetings, *visits, *talks]
        main.sort(key=lambda e: e.start)
        for event in main:
            event.date = self._date_in(doc, event.sentence, dateline, event.start)
        told = {id(e) for e in main if e.date is not None}  # dated by their own sentence
        for i, event in enumerate(main):
            if event.date is None:
                event.date = self._day_after_told(doc, event, dateline, main[i - 1].date if i else None)
        if main and main[0].date is None and not self._undated(text, main[0].sentence, dateline, main[0].start):
            main[0].date = lead_date
        for previous, event in zip(main, main[1:], strict=False):
            if event.date is None and (event.type != "meeting" or event.name is None) and not self._undated(text, event.sentence, dateline, event.start):
                # the story goes on where the last dated event was; 主持会议 is that meeting
                event.date = previous.date
        issue = self._issue_date(doc)
        future = [e for e in main if issue is not None and e.date is not None and dt.date.fromisoformat(e.date) > issue]
        for event in future:
            event.date = None  # a day after the issue taken from elsewhere in the story dates nothing
        # 会议决定，市人大常委会第三次会议于2月5日召开: a sentence that dates it after the issue plans it
        planned = [e for e in future if id(e) in told]
        meetings, visits, talks = ([e for e in kind if e not in planned] for kind in (meetings, visits, talks))
        main = [e for e in main if e not in planned]
        self._attach_roles(doc, sentences, meetings, visits)
        directives = self._directives(doc, sentences, main, lead_date, dateline)
        events = self._merge([*main, *directives], text)
        for event in events:
            for chair in event.args.get("chair", []):
                event.drop("attendee", chair.text)  # 执行主席A、B就座…执行主席B主持会议: B chairs
        events.sort(key=lambda e: e.start)
        return events

    def _meetings(self, doc: Doc, sentences: list[tuple[int, int]]) -> list[Event]:
        text = doc_text(doc)
        found: list[Event] = []
        seen: set[int] = set()
        for sentence in sentences:
            chunk = text[sentence[0] : sentence[1]]
            if not _HELD_VERB.search(chunk):
                continue  # both patterns need one: spare the long name patterns most sentences
            named_after = {m.start("verb") for m in MEETING_AFTER_VERB.finditer(chunk)}
            for pattern in (MEETING_AFTER_VERB, MEETING_BEFORE_VERB, MEETING_HELD_AT):
                for match in pattern.finditer(chunk):
                    cut = _NAME_LEAD.match(match["name"])
                    cut_len = cut.end() if cut else 0
                    start = sentence[0] + match.start("name") + cut_len
                    if start in seen or (pattern is MEETING_BEFORE_VERB and match.start("verb") in named_after):
                        continue  # 市人大常委会召开第九十二次会议: the body before 召开 is no meeting
                    before = chunk[: match.start()]
                    if pattern is MEETING_AFTER_VERB and _HABITUAL.search(before):
                        continue
                    if _PLANNED.search(before) or (pattern is MEETING_AFTER_VERB and match["verb"] == "主持" and not match["name"].endswith(("会议", "会"))):
                        continue
                    name = match["name"][cut_len:]
                    if len(name) < 2 or _DESCRIBED.match(name) or name[0] in "为对就向下":
                        # 主持为政协九届一次会议作准备: what the work is for, not what is held (主持下举行: under
                        # whose chairing)
                        continue
                    if match["verb"] in ("开幕", "闭幕") and re.search(r"[在了的、]|出席|参加|主持", name):
                        continue  # a session opens: its name is its subject, not a clause (…出席了研讨会)
                    seen.add(start)
                    event = Event(
                        type="meeting",
                        start=sentence[0] + match.start("verb"),
                        end=sentence[0] + match.end("verb"),
                        trigger=match["verb"],
                        name=None if name == "会议" or _REFERRED.match(name) else name,  # 会议 alone refers back
                        sentence=sentence,
                    )
                    self._organizers(doc, event, sentence, start, name, sentence[0] + match.start())
                    found.append(event)
        return found

    def _organizers(self, doc: Doc, event: Event, sentence: tuple[int, int], name_start: int, name: str, verb_start: int) -> None:
        bodies = self._bodies(doc)
        text = doc_text(doc)
        # the owners at the head of each part of the name (…暨…); a contracted name's committee
        # (县委常委会议: 常委会 + 会议) is its body's, 县委
        offset = name_start
        for part in name.split("暨"):
            for body in bodies:
                if body.start == offset and body.label == "ORG" and body.end <= offset + len(part):
                    committee = _CONTRACTED_COMMITTEE.search(text, body.start, body.end + 1)
                    if committee and committee.end() == body.end + 1 and committee.start() - body.start >= 2:
                        body = add_mention(doc, Mention("ORG", body.start, committee.start(), text[body.start : committee.start()], source="rule"))
                    event.add("organizer", self._arg(body))
                    break
            offset += len(part) + 1
        # the subject of 召开/举行
        if event.trigger.startswith(("召开", "举行")):
            # 全国政协今天在人民大会堂举行…: a time and a place may stand between; the place a
            # meeting is held in (在市委党校召开) holds none
            subject = [
                b for b in bodies
                if sentence[0] <= b.start and b.end <= verb_start and b.label == "ORG" and text[b.start - 1 : b.start] not in ("在", "于")
            ]
            if subject and _SUBJECT_TO_VERB.fullmatch(text, subject[-1].end, verb_start):
                holders = [subject[-1]]
                for body in reversed(subject[:-1]):  # 市委、市政府在这里隆重召开…: both hold it
                    if body.end < holders[0].start and text[body.end : holders[0].start] in ("、", "和", "与"):
                        holders.insert(0, body)
                for body in holders:
                    event.add("organizer", self._arg(body))

    def _attach_roles(self, doc: Doc, sentences, meetings: list[Event], visits: list[Event]) -> None:
        text = doc_text(doc)
        for sentence in sentences:
            here = [m for m in meetings if m.sentence == sentence]
            target = here[0] if here else (meetings[0] if meetings else None)
            visit_here = [v for v in visits if v.sentence == sentence]
            chunk_start, chunk_end = sentence
            for match in _HOSTED_BY.finditer(text, chunk_start, chunk_end):
                if target is None:
                    break
                hosts = [b for b in self._bodies(doc) if b.label == "ORG" and match.start("hosts") <= b.start and b.end <= match.end("hosts")]
                for body in self._listed_bodies(text, hosts) if hosts else []:
                    target.add("organizer", self._arg(body))
            for match in CHAIR.finditer(text, chunk_start, chunk_end):
                if target is None:
                    break
                chair = self._subject(doc, sentence, match.start(), lists_only=True)
                meeting = target
                if here:
                    after = [m for m in here if m.start >= match.start()]
                    meeting = after[0] if after else here[-1]
                for person in chair[-1:]:
                    meeting.add("chair", self._arg(person))
                if "讲话" in match.group():
                    for person in chair[-1:]:
                        meeting.add("speaker", self._arg(person))
            for match in ATTEND.finditer(text, chunk_start, chunk_end):
                if TALK.match(text, match.end()):
                    continue  # 参加会见: bystanders of a talk, no role (ANNOTATION: talks name their principals)
                if _OCCASION_OF_SPEECH.match(text, match.end(), chunk_end):
                    continue
                names = self._subject(doc, sentence, match.start())
                # 省领导A、B参加调研: the visit's companions, though a meeting was held on it
                told = [v for v in visits if v.start < match.start()]
                joins_visit = told and "参加" in match.group() and VISIT.match(text, match.end())
                if visit_here or (visits and not meetings) or joins_visit:
                    visit = visit_here[0] if visit_here else told[-1] if joins_visit else visits[0]
                    if "参加" in match.group():
                        for person in names:
                            if not visit.has("visitor", person.text):
                                visit.add("companion", self._arg(person))
                    continue
                if target is None:
                    continue
                if not here and _OTHER_OCCASION.match(text, match.end(), chunk_end):
                    continue  # 会后，…出席重点项目签约仪式: another occasion, not the meeting told before
                for person in names:
                    if not target.has("chair", person.text):
                        target.add("attendee", self._arg(person))
                tail = text[match.end() : match.end() + 14]
                if re.match(r"(?:会议|[^，,。；;并]{0,4}(?:大会|会|式))?并(?:发表|作)?(?:了)?(?:重要|动员|总结|主旨|表态|交流|典型)?(?:讲话|发言|致辞)", tail):
                    for person in names:
                        target.add("speaker", self._arg(person))
            for match in _LISTED_AFTER.finditer(text, chunk_start, chunk_end):
                # 出席会议的还有市领导A、B; 陪同调研的有C: the names after it (not 刘少奇 in 刘少奇夫人王光美)
                if TALK.search(match["what"]) or not _LISTED_FOR.fullmatch(match["what"]):
                    continue  # 参加会见的有…: the talk's bystanders; 参加男子组角逐的有: no meeting
                names = [
                    p for p in self._persons(doc)
                    if match.end() <= p.start and p.end <= chunk_end and not _RELATIVE_AFTER.match(text, p.end)
                ]
                earlier = [v for v in visits if v.start < match.start()]
                to_visit = match["verb"] == "陪同" or VISIT.search(match["what"])
                if to_visit or (not match["what"] and earlier and not [m for m in meetings if m.start < match.start()]):
                    if earlier:
                        for person in names:
                            if not earlier[-1].has("visitor", person.text):
                                earlier[-1].add("companion", self._arg(person))
                    continue
                meeting = next((m for m in reversed(meetings) if m.start < match.start()), target)
                for person in names if meeting is not None else []:
                    if not meeting.has("chair", person.text):
                        meeting.add("attendee", self._arg(person))
            for visit in visit_here[:1]:
                # …来我市考察，市委书记张敏、市长李刚陪同考察: the companions of the clause after it
                for match in re.finditer(r"陪同(?!下)", text[visit.end : chunk_end]):
                    at = visit.end + match.start()
                    clause = max(visit.end, *(text.rfind(c, visit.end, at) + 1 for c in "，,；;"))
                    for person in self._persons(doc):
                        if clause <= person.start and person.end <= at and not visit.has("visitor", person.text):
                            visit.add("companion", self._arg(person))
            earlier_visits = [v for v in visits if v.start < chunk_start]
            if not visit_here and earlier_visits:
                # 市委书记王建国，市长刘志强陪同。: the companions of the visit just reported
                visit = earlier_visits[-1]
                for match in re.finditer(r"陪同(?!下)", text[chunk_start:chunk_end]):
                    for person in self._subject(doc, sentence, chunk_start + match.start()):
                        if not visit.has("visitor", person.text):
                            visit.add("companion", self._arg(person))
            for match in SPEAK.finditer(text, chunk_start, chunk_end):
                if target is None or "主持" in text[max(chunk_start, match.start() - 4) : match.start()]:
                    continue
                before = text[max(chunk_start, match.start() - 6) : match.start()]
                if re.search(r"(?:重要|的|在)$", before) and not match.group().startswith(("发表", "并")) and not re.search(r"作了?重要$", before):
                    continue
                names = self._subject(doc, sentence, match.start(), lists_only=True)
                # 王建平、李秀英、赵国强等企业家代表先后发言, 陈建国、赵丽作为受表彰代表发言: the list speaks
                # …市政协主席刘秀珍，市委副书记高建军等市级领导作交流发言: the list that 等 closes
                in_turn = (
                    re.search(r"(?:先后|分别|相继|依次)$", before)
                    or re.search(r"作为[^，。；]{0,12}代表$", text[chunk_start : match.start()])
                    or (names and text.startswith("等", names[-1].end))
                )
                if not in_turn:
                    # 工商联主席孙国良、…董事长张学政发言: the names the enumeration comma joins speak
                    listed = names[-1:]
                    for person in reversed(names[:-1]):
                        gap = text[person.end : listed[0].start]
                        if "、" not in gap or re.search(r"[，,。；;]", gap):
                            break
                        listed.insert(0, person)
                    names = listed
                for person in names:
                    target.add("speaker", self._arg(person))

    def _visits(self, doc: Doc, sentences) -> list[Event]:
        """One visit a sentence: a visit verb (调研, 慰问…) or a movement verb (深入, 来到…) that
        lands on a named site, with the subject's names as visitors and the sites named."""
        text = doc_text(doc)
        bodies = self._bodies(doc)
        found: list[Event] = []
        for sentence in sentences:
            triggers = [
                m for m in VISIT.finditer(text, *sentence)
                if self._is_visit_verb(text, m, sentence)
                # 王文涛在太原市小店区调研时强调: the visit told with the site, as the instruction's time
                or (text.startswith("时", m.end()) and self._sites_before(text, bodies, m, sentence))
            ]
            moves = [
                m for m in _MOVE.finditer(text, *sentence)
                if any(self._lands_on(text, m.end(), b) for b in bodies) or (triggers and m.start() < triggers[0].start())
            ]
            if not triggers and not moves:
                continue
            anchor = moves[0] if moves and (not triggers or moves[0].start() < triggers[0].start()) else triggers[0]
            trigger = triggers[0] if triggers else anchor
            event = Event("visit", trigger.start(), trigger.end(), trigger.group(), sentence=sentence)
            company = COMPANY.search(text, sentence[0], anchor.start())
            if company and company.group() == "陪同" and text.startswith("下", company.end()):
                # (金湘军)在市委书记王建国陪同下(，金湘军)来到…: the companions sit inside 在…陪同下
                escort_from = max(sentence[0], text.rfind("在", sentence[0], company.start()))
                people = [p for p in self._persons(doc) if sentence[0] <= p.start and p.end <= anchor.start()]
                visitors = [p for p in people if not escort_from <= p.start < company.start()]
                for person in people:
                    if escort_from <= person.start < company.start():
                        event.add("companion", self._arg(person))
                company = None
            else:
                visitors = self._subject(doc, sentence, anchor.start())
                welcomed = [p for p in visitors if text[p.start - 1 : p.start] == "对"]
                if welcomed:
                    # 吴俊清对陈国强一行来晋中考察表示欢迎: the guests visit, the host welcomes
                    visitors = [p for p in visitors if p.start >= welcomed[-1].start]
            if not visitors:
                groups = [b for b in bodies if sentence[0] <= b.start and b.end <= anchor.start() and _GROUP.search(b.text) and len(b.text) > 3]
                visitors = groups[-1:]  # where a visit names only the group, the group is the visitor
            if text.startswith("的", trigger.end()):
                # 王刚与来我市考察的天津市河西区党政代表团举行座谈: the group the clause describes visits
                guests = [b for b in bodies if b.start == trigger.end() + 1 and _GROUP.search(b.text)]
                for person in self._persons(doc):
                    if person.start > trigger.end() and not self._untitled(doc, trigger.end() + 1, person.start).strip("、"):
                        guests.append(person)  # 到晋中考察的省委书记王刚一行
                        break
                if not guests:
                    continue
                event.add("visitor", self._arg(guests[0]))
                for site in self._sites_before(text, bodies, trigger, sentence):
                    event.add("site", self._arg(site))
                found.append(event)
                continue
            if found and visitors and _TOGETHER.search(text, max(sentence[0], trigger.start() - 2), trigger.start()):
                for person in visitors:  # 副省长李明一同调研: along on the visit told before
                    if not found[-1].has("visitor", person.text):
                        found[-1].add("companion", self._arg(person))
                continue
            sites = self._sites(doc, bodies, anchor, trigger, sentence)
            if anchor is trigger and triggers:
                sites = self._sites_before(text, bodies, trigger, sentence) + sites
            for move in moves:
                if move.start() >= max(anchor.end(), trigger.end()):
                    sites += self._sites(doc, bodies, move, move, sentence)  # 来到A、B，深入C、D
            if not visitors:
                if found and anchor.group() in _GOES_TO and _GOES_ON.fullmatch(text, sentence[0], anchor.start()):
                    for site in sites:
                        found[-1].add("site", self._arg(site))  # 他先后来到A、B: the visit goes on
                continue
            for person in visitors:
                if company and person.start > company.start():
                    continue
                role = "visitor"
                if company and company.group() == "陪同" and self._between_is_list(text, person.end, company.start()):
                    role = "companion"
                event.add(role, self._arg(person))
            for site in sites:
                event.add("site", self._arg(site))
            # a move alone is a visit where what is done there is an inspection's (来到A、B，详细了解…,
            # 到黄冈地区农村调查研究), not a trip (赴北京对接项目, 到中国使馆参加联欢会)
            if "visitor" in event.args and (triggers or ("site" in event.args and _INSPECTS.search(text, anchor.end(), sentence[1]))):
                found.append(event)
        if found:
            self._activity_sites(doc, sentences, found)
        return found

    @staticmethod
    def _lands_on(text: str, at: int, body: Mention) -> bool:
        """Whether a movement verb ending at ``at`` lands on ``body``: right on it, or across a
        generic place word (深入城区东城街道社区养老服务中心)."""
        if _GROUP_GOING.match(text, body.end):
            return False  # 赴西藏慰问组, 赴京代表团: a group named by where it goes
        return body.start == at or (at < body.start <= at + 3 and text[at : body.start] in grammar().generic_places)

    def _sites(self, doc: Doc, bodies: list[Mention], anchor: re.Match, trigger: re.Match, sentence) -> list[Mention]:
        """The places and bodies a visit lands on: between a movement verb and the visit verb
        (来到X调研), else the verb's object in its clause."""
        if trigger.start() > anchor.end():
            site_to = trigger.start()
            # 赴北京拜访中国中车集团: the verb's own object, right after it, is a site too
            after = sorted((b for b in bodies if b.start >= trigger.end() and not self._nested(b, doc)), key=lambda b: b.start)
            objects = after[:1] if after and after[0].start == trigger.end() else []
            for body in after[1:]:
                if objects and doc_text(doc)[objects[-1].end : body.start] in ("、", "和", "及"):
                    objects.append(body)
            between = [b for b in bodies if anchor.end() <= b.start and b.end <= site_to and not self._nested(b, doc)]
            return between + objects
        else:
            clause_end = _CLAUSE_END.search(doc_text(doc), anchor.end(), sentence[1])
            site_to = clause_end.start() if clause_end else sentence[1]
        return [b for b in bodies if anchor.end() <= b.start and b.end <= site_to and not self._nested(b, doc)]

    def _sites_before(self, text: str, bodies: list[Mention], trigger: re.Match, sentence) -> list[Mention]:
        """``在曲靖市麒麟区调研``, ``一行来晋中考察``: the places and bodies between 在 (or 来) and
        the visit verb, where they fill what lies between (a list of them at most)."""
        at = max(text.rfind("在", sentence[0], trigger.start()), text.rfind("来", sentence[0], trigger.start()))
        if at < 0:
            return []
        inside = [b for b in bodies if at < b.start and b.end <= trigger.start()]
        outermost = [b for b in inside if not any(o is not b and o.start <= b.start and b.end <= o.end for o in inside)]
        rest = text[at + 1 : trigger.start()]
        for body in sorted(outermost, key=lambda b: b.start, reverse=True):
            rest = rest[: body.start - at - 1] + rest[body.end - at - 1 :]
        rest = _VISIT_MANNER.sub("", rest)  # 在西韩岭乡蹲点调研: how the visit is made
        return outermost if outermost and not rest.strip("、和及与 ") else []

    def _activity_sites(self, doc: Doc, sentences, visits: list[Event]) -> None:
        """``在X，<visitor>听取…``: X is a site of the visit its visitor is on."""
        text = doc_text(doc)
        bodies = self._bodies(doc)
        for sentence in sentences:
            match = _AT_SITE.match(text, sentence[0], sentence[1])
            if not match:
                continue
            if _PRONOUN_SUBJECT.match(text, match.end(), sentence[1]):
                # 在X，他详细了解…: the visit told last before
                visit = next((v for v in reversed(visits) if v.start < match.start()), None)
            else:
                subject = [p.text for p in self._persons(doc) if match.end() <= p.start < sentence[1]][:1]
                visit = next((v for v in visits if subject and v.has("visitor", subject[0])), None)
            if visit is None:
                continue
            for body in bodies:
                if match.start("site") <= body.start and body.end <= match.end("site") and not self._nested(body, doc):
                    visit.add("site", self._arg(body))

    @staticmethod
    def _is_visit_verb(text: str, match: re.Match, sentence: tuple[int, int]) -> bool:
        before = text[max(sentence[0], match.start() - 3) : match.start()]
        after = text[match.end() : match.end() + 3]
        if match.group() == "检查" and (re.search(r"(?:的|和|督导|监督|纪律|自我|核酸)$", before) or after.startswith("身体")):
            return False  # an inspection as a noun or a test, not a visit; 检查身体, a medical check
        if re.search(r"作(?:了|出)?(?:些|一些)?$", before):
            return False  # 本文拟对此作些考察: a study made, no visit
        if match.group() == "慰问" and (re.match(r"[电信函金品款]", after) or re.search(r"(?:表示|致以|转达|致电)$", before)):
            return False  # a telegram of sympathy (慰问电, 表示慰问), not a visit
        paragraph = text.rfind("\n", 0, match.start()) + 1
        if text.count("“", paragraph, match.start()) > text.count("”", paragraph, match.start()):
            return False  # inside a quotation (“严令禁止、严格检查”): words, no visit reported
        # not a team, a report, or a back-reference (在调研中指出)
        return not re.match(r"组|团|报告|结果|中(?![央国共华])|时|期间|后", after)

    @staticmethod
    def _not_the_subject(text: str, person: Mention, limit: int) -> bool:
        """Whether ``person`` stands in a clause of time (蒋介石发动…进攻后，) or a phrase (根据毛泽东
        的意见): not the subject a later 他 refers to."""
        clause_end = _CLAUSE_END.search(text, person.end, limit)
        clause_start = max(text.rfind(c, 0, person.start) for c in "，,。；;\n") + 1
        if re.search(r"根据|按照|依照|经|据|对|向|同|与|和|给|被|把", text[clause_start : person.start]):
            return True  # 根据毛泽东等的意见，他…: a name inside a phrase, not the clause's subject
        return clause_end is not None and re.search(r"(?:后|时|前|以来|之际|期间)$", text[person.end : clause_end.start()]) is not None

    @staticmethod
    def _listed_bodies(text: str, bodies: list[Mention]) -> list[Mention]:
        """The last body and those listed with it by 、和及与 (市委办公室、市政府办公室), outermost only."""
        outer = [b for b in bodies if not any(o is not b and o.start <= b.start and b.end <= o.end for o in bodies)]
        listed = outer[-1:]
        for body in reversed(outer[:-1]):
            if text[body.end : listed[0].start] not in ("、", "和", "及", "与"):
                break
            listed.insert(0, body)
        return listed

    @staticmethod
    def _visited(text: str, person: Mention) -> bool:
        """Whether ``person`` is the one visited: at home (刘大山家中) or the object of a visit verb."""
        clause_start = max(text.rfind(c, 0, person.start) for c in "，,。；;\n") + 1
        return text.startswith("家", person.end) or bool(_VISITED_AFTER.search(text, clause_start, person.start))

    @staticmethod
    def _between_is_list(text: str, start: int, end: int) -> bool:
        return len(text[start:end].strip()) <= 2

    def _nested(self, mention: Mention, doc: Doc) -> bool:
        """A mention inside a longer ORG/PLACE (市公安局 in 市公安局反诈中心)."""
        return any(
            m is not mention and m.label in ("ORG", "PLACE") and m.start <= mention.start and mention.end <= m.end and (m.end - m.start) > (mention.end - mention.start)
            for m in mentions_of(doc)
        )

    def _talks(self, doc: Doc, sentences) -> list[Event]:
        text = doc_text(doc)
        found: list[Event] = []
        for sentence in sentences:
            for match in TALK.finditer(text, *sentence):
                event = Event("talk", match.start(), match.end(), match["trigger"], sentence=sentence)
                # X与Y举行会谈: the parties stand before the light verb
                light = re.search(r"(?:举行了?|进行了?)(?:视频|电话|正式|工作)?$", text[sentence[0] : match.start()])
                if match["trigger"] == "会晤" and not light:
                    continue  # 首脑会晤, 去年的会晤: a summit named, not held (举行视频会晤 is)
                if _PLANNED.search(text, sentence[0], match.start()) or _FIXED_FOR.search(text, sentence[0], match.start()):
                    continue  # 克林顿将于本月２０日同内塔尼亚胡举行会晤: planned, not held
                if text.startswith(("记者", "中外记者"), match.end()):
                    continue  # 会见记者: a press conference, no talk
                if re.match(r"的[^，,。；;]{0,10}将", text[match.end() : sentence[1]]):
                    continue  # 克林顿同…会谈的中心内容将是…: the talks to come, described
                subject = self._subject(doc, sentence, sentence[0] + light.start() if light else match.start())
                # 塔拉索夫…谈到克林顿会见内塔尼亚胡, 朱邦造就…会谈进行评价: who speaks of a talk is no party to it
                comment_after = _COMMENT_AFTER.match(text, match.end(), sentence[1])
                subject = [
                    p for p in subject
                    if not _TALK_SPOKEN_OF.search(text, p.end, match.start())
                    and not (comment_after and re.search(r"[对就]", text[p.end : match.start()]))
                ]
                # X分别与A和B会谈: one talk with each, X named in the clause (not 拜会了明仁，分别同…)
                each = _SEPARATELY_WITH.search(text, sentence[0], match.start())
                with_each = [p for p in subject if each and p.start >= each.end()]
                hosts = [p for p in subject if each and _clause_start(text, sentence, each.start()) <= p.start and p.end <= each.start()]
                if len(with_each) > 1 and hosts:
                    for guest in with_each:
                        one = Event("talk", match.start(), match.end(), match["trigger"], sentence=sentence)
                        for person in [*hosts, guest]:
                            one.add("participant", self._arg(person))
                        found.append(one)
                    continue
                for person in subject:
                    event.add("participant", self._arg(person))
                guests: list[Mention] = []
                for person in self._persons(doc):
                    if match.end() <= person.start < sentence[1]:
                        if re.search(r"陪同|在座|参加|出席|表示|介绍", text[match.end() : person.start]):
                            break
                        guests.append(person)
                if subject and len(guests) > 1 and _SEPARATELY.search(text, sentence[0], match.start()):
                    # X分别会见了A和B: one talk with each; A、B分别会见了C和D: A with C, B with D
                    respectively = len(subject) == len(guests)
                    for i, guest in enumerate(guests):
                        one = Event("talk", match.start(), match.end(), match["trigger"], sentence=sentence)
                        for person in [*([subject[i]] if respectively else subject), guest]:
                            one.add("participant", self._arg(person))
                        found.append(one)
                    continue
                for person in guests:
                    event.add("participant", self._arg(person))
                if len(event.args.get("participant", [])) >= 1:
                    found.append(event)
        return found

    @staticmethod
    def _is_instruction(text: str, match: re.Match, sentence: tuple[int, int]) -> bool:
        """A trigger used as a verb of instruction, not as a noun (重要指示, 指出的问题, 部署要求)."""
        trigger = match["trigger"]
        if _DENIED.search(text, max(sentence[0], match.start() - 10), match.start()):
            return False
        if trigger.startswith(("提出", "作")):
            return True
        before = text[max(sentence[0], match.start() - 6) : match.start()]
        if trigger in ("指示", "批示") and re.search(r"(?<!多次|屡次)作出(?:了)?(?:重要)?$", before) and not text.startswith("精神", match.end()):
            return True  # 对防汛救灾工作作出重要指示 (but 传达…重要指示精神, 多次作出重要批示)
        if before.endswith(("强调", "指出")):
            return False  # 强调指出: one instruction, told by the verb before
        after = text[match.end() : match.end() + 4]
        if _NOMINAL_AFTER.match(after) or _NOMINAL_BEFORE.search(before):
            return False
        if trigger == "要求":
            # 要求 instructs when a pause or a 要 clause follows, or a speaker stands right before it
            # or a clause opens with it (…充分肯定了成绩，要求各级各部门再接再厉), not a noun's (，要求是…)
            return bool(
                re.match(r"[，,:：]|[\u4e00-\u9fff]{0,2}要", after) or re.search(r"[\u4e00-\u9fff]$", before)
                # (…检查森林防火工作，要求严格落实…: 严格 before a verb instructs; 要求严, 要求高 describe)
                or (re.search(r"[，,]$", before) and (not re.match(r"[是的和与高严很更不也都]", after) or re.match(r"严格[^，,。；;的]", after)))
            )
        return True

    def _directives(
        self, doc: Doc, sentences, main: list[Event], lead_date: str | None, dateline: DateMention | None
    ) -> list[Event]:
        text = doc_text(doc)
        found: list[Event] = []
        last_speakers: list[Mention] = []
        for sentence in sentences:
            for match in DIRECTIVE.finditer(text, *sentence):
                if not self._is_instruction(text, match, sentence):
                    continue
                trigger = match["trigger"]
                lead = text[sentence[0] : match.start()]
                told = found[-1] if found else None
                if (
                    told is not None and told.sentence == sentence and told.content and told.end < match.start()
                    and told.trigger not in ("批示", "指示")  # (作出批示，要求…: merged below)
                    and not re.search(r"(?:会议|会上|他|她|并|还|同时)[^，,。；;]{0,4}$", lead)
                    and not any(told.end <= p.start and p.end <= match.start() for p in self._persons(doc))
                ):  # fmt: skip
                    continue  # 会议强调，要把…与落实省委、市委部署结合起来: a verb inside what is said
                # 提出…要求, 作出…部署, 对…进行(再)部署: the clause before says what is asked
                compound = trigger.startswith(("提出", "作")) or (trigger == "部署" and bool(_CARRIED_OUT.search(lead)))
                event = Event("directive", match.start(), match.end(), trigger, sentence=sentence)
                # 会议强调: the meeting itself instructs; but in 习近平主持召开…会议强调 (a headline)
                # the meeting is the object and the one who held it speaks
                meeting_speaks = bool(_MEETING_SPEAKER.search(lead)) and not _MEETING_AS_OBJECT.search(lead)
                at_meeting = _AT_MEETING.search(lead)
                # 王刚在会上强调, 钱其琛在记者招待会上指出: the person before 在 speaks, not the meeting
                speakers: list[Mention] = self._subject(doc, sentence, sentence[0] + at_meeting.start(), lists_only=True) if at_meeting else []
                if speakers:
                    meeting_speaks = False
                elif meeting_speaks:
                    pass  # 会议强调: the meeting itself instructs
                elif _INSTRUCTION_SPEAKS.fullmatch(lead):
                    speakers = last_speakers  # …作出批示。批示指出: the one who gave it instructs
                elif pronoun := (_SPEAKER_PRONOUN.search(lead) or re.search(r"(?:他|她)[^，,。]{0,10}$", lead)):
                    # 伍绍祖出席了…，他勉励: the sentence's subject; else the last speaker's
                    subject = [
                        p for p in self._persons(doc)
                        if sentence[0] <= p.start and p.end <= sentence[0] + pronoun.start() and not self._not_the_subject(text, p, match.start())
                    ]
                    speakers = subject[:1] or last_speakers
                elif self._clause_of_its_own(doc, sentence, match.start()):
                    speakers = []  # …内塔尼亚胡采纳了…方案，美国则要求…: the clause's own subject asks
                else:
                    speakers = self._subject(doc, sentence, match.start(), lists_only=True)
                    if speakers and all(self._visited(text, p) for p in speakers):
                        # 郭青走进老党员刘大山家中，…叮嘱: the one visited is no speaker, the visitor is
                        visitors = [p for p in self._persons(doc) if sentence[0] <= p.start and p.end <= speakers[0].start and not self._visited(text, p)]
                        speakers = visitors[:1]
                if not speakers and not meeting_speaks:
                    bodies = [b for b in self._bodies(doc) if sentence[0] <= b.start and b.end <= match.start() and b.label == "ORG"]
                    issued = _ISSUED.search(lead)
                    if issued and bodies and not any(sentence[0] <= p.start < match.start() for p in self._persons(doc)):
                        # 市委办公室、市政府办公室印发通知，要求…: the bodies that issue it instruct
                        for body in self._listed_bodies(text, [b for b in bodies if b.end <= sentence[0] + issued.start()]):
                            event.add("speaker", self._arg(body))
                    elif (compound or trigger == "安排部署") and bodies and not any(sentence[0] <= p.start < match.start() for p in self._persons(doc)):
                        event.add("speaker", self._arg(bodies[-1]))  # 市总工会…作出具体部署
                    elif "会议" not in lead:
                        continue  # nobody instructs here
                for person in speakers:
                    event.add("speaker", self._arg(person))
                if speakers:
                    last_speakers = speakers
                if compound:
                    event.content = text[sentence[0] : match.end()].strip()
                else:
                    content_start = match.end()
                    if text.startswith(("指出", "强调"), content_start):
                        content_start += 2  # 强调指出，…: one verb of two characters more
                    while content_start < sentence[1] and text[content_start] in "，,:： \u3000":
                        content_start += 1
                    event.content = text[content_start : sentence[1]].strip().rstrip("。；;") or None
                if not event.content and "speaker" not in event.args and not meeting_speaks:
                    continue  # neither who instructs nor what (but 会议指出 at a line's end is the meeting's)
                told = found[-1] if found else None
                if (
                    told is not None and told.trigger in ("批示", "指示") and not compound
                    and re.fullmatch(r"[，,]?", text[told.end : match.start()]) and told.args.get("speaker") == event.args.get("speaker")
                ):  # fmt: skip
                    told.content = event.content  # 作出批示，要求… (批示指出…): one instruction, and what it asks
                    continue
                event.date = self._date_in(doc, sentence, dateline, match.start())
                if event.date is None and not self._undated(text, sentence, dateline, match.start()):
                    event.date = self._context_date(text, sentence, match, main, lead_date)
                found.append(event)
            persons = [p for p in self._persons(doc) if sentence[0] <= p.start < sentence[1]]
            if persons and not any(e.sentence == sentence for e in found):
                last_speakers = persons[:1]
        return found

    @staticmethod
    def _context_date(text: str, sentence, match: re.Match, main: list[Event], lead_date: str | None) -> str | None:
        """A directive's date when its sentence gives none: the event it was given at."""
        lead = text[sentence[0] : match.start()]
        if _MEETING_SPEAKER.search(lead):
            meetings = [e for e in main if e.type == "meeting"]
            return meetings[0].date if meetings else lead_date
        same = [e for e in main if e.sentence == sentence and e.start < match.start()]
        if same:
            return same[-1].date
        if re.search(r"会议上|会上", lead) and not re.search(r"随后|当天|当日|同日", lead):
            return None  # given at another meeting, which the text does not date (but 在随后召开的座谈会上)
        # (not an event of a month past the story recalls: 去年３月，…召开全国禁毒工作会议)
        before = [e for e in main if e.start <= match.start() and not (e.date is None and _PAST_MONTH.search(text, *e.sentence))]
        return before[-1].date if before else (main[0].date if main and main[0].date else lead_date)

    @staticmethod
    def _key(event: Event) -> set[str]:
        for role in ("chair", "organizer", "visitor", "participant"):
            if event.args.get(role):
                return {a.text for a in event.args[role]}
        return set()

    def _merge(self, events: list[Event], text: str) -> list[Event]:
        """One event per occurrence: a headline and its article's report of it become one."""
        merged: list[Event] = []
        # the first line is a headline when more follows and it ends in no full stop; so are the
        # headline lines after it (a kicker, the title, a deck)
        first_line = text.find("\n")
        in_headline = first_line >= 0 and not text[:first_line].rstrip().endswith(_FULL_STOPS)
        headline = max(headline_end(text), first_line + 1) if in_headline else 0
        absorbed: set[int] = set()  # headline meetings that already took in their article's report
        for event in events:
            if event.type == "directive":
                # a headline's directive (…会议强调, …作出批示强调 …) is the one its article reports
                # in full: the headline is the first line, and ends in no full stop
                speakers = {a.text for a in event.args.get("speaker", [])}
                told = next(
                    (
                        d for d in merged
                        if d.type == "directive" and d.trigger == event.trigger and d.sentence[0] < max(headline, 1)
                        and (d.content is None or in_headline)
                        # (the headline's 桥本 is the article's 桥本龙太郎)
                        and _same_parties(speakers, {a.text for a in d.args.get("speaker", [])})
                    ),
                    None,
                )  # fmt: skip
                if told is not None and event.sentence[0] > told.sentence[0]:
                    merged[merged.index(told)] = event
                else:
                    merged.append(event)
                continue
            twin = None
            for other in merged:
                if other.type != event.type:
                    continue
                if other.date and event.date and other.date != event.date:
                    # 3月3日至4日…调研。4日，张敏深入…: a day of the trip told before is the same visit
                    end = _trip_end(text, other) if event.type == "visit" else None
                    if end is None or not other.date < event.date <= end.isoformat():
                        continue
                same_key = self._key(other) & self._key(event)
                if event.type == "visit" and same_key and self._key(other) != self._key(event) and (
                    self._separately(other, text) or self._separately(event, text)
                ):
                    continue  # 市领导A、B分别深入基层…: A's visit told after is its own
                names = (other.name or "", event.name or "")
                same_name = all(names) and (names[0] in names[1] or names[1] in names[0] or names[0].endswith(names[1][-4:]))
                if event.type == "meeting" and "暨" in "".join(names) and all(names) and not same_name and not same_key:
                    continue
                # the headline's meeting (中纪委举行第二次全会) is the first its article reports in full
                headline_twin = (
                    in_headline and other.sentence[0] < headline and event.sentence[0] >= headline
                    and event.date is not None and id(other) not in absorbed
                    and (
                        event.type == "meeting"
                        # 荆门市党政代表团来我市考察: the article's visit its lead says the group made
                        # (河北省邯郸市党政代表团 in the headline, 邯郸市党政代表团 in the lead)
                        or (event.type == "visit" and self._key(other) and all(_told_in(v, text[slice(*event.sentence)]) for v in self._key(other)))
                    )
                )  # fmt: skip
                # talks: the one a headline or an earlier line reports, with fewer parties told (or
                # one party and no one named across the table: 会见了代表), or met together (一同会见);
                # a headline's parties all in the article's talk (not the talks held one by one that
                # the headline sums up: 会见A和B … 分别会见了A和B)
                headline_talk = other.sentence[0] < headline <= event.sentence[0]
                same_talk = event.type == "talk" and (
                    _parties_within(self._key(other), self._key(event))
                    or (not headline_talk and _parties_within(self._key(event), self._key(other)))
                    or min(len(self._key(event)), len(self._key(other))) <= 1
                    or bool(_TOGETHER.search(text, max(0, event.start - 3), event.start))
                )  # fmt: skip
                if same_key and event.type == "talk":
                    same_key = same_talk
                # 市政协十三届三次会议闭幕。…主持闭幕大会: the session's closing sitting is its closing
                sitting = event.type == "meeting" and any(
                    (a.name or "").startswith(b.trigger) and a.name in _SITTINGS for a, b in ((event, other), (other, event))
                )
                if same_key or same_name or headline_twin or same_talk or sitting or (event.type == "meeting" and (not event.name or not other.name)):
                    twin = other
                    if headline_twin:
                        absorbed.add(id(other))
                    break
            if twin is None:
                merged.append(event)
                continue
            if event.name and (not twin.name or len(event.name) > len(twin.name)):
                twin.name = event.name
            twin.date = twin.date or event.date
            for role, fillers in event.args.items():
                for argument in fillers:
                    twin.add(role, argument)
        for event in merged:
            _drop_short_forms(event)
        return [e for e in merged if not self._headline_summary(e, merged, headline)]

    @staticmethod
    def _separately(event: Event, text: str) -> bool:
        """A group's visits told at once, each made on its own (市领导A、B、C分别深入基层走访慰问)."""
        return len(event.args.get("visitor", [])) >= 2 and "分别" in text[event.sentence[0] : event.start]

    def _headline_summary(self, event: Event, events: list[Event], headline: int) -> bool:
        """A headline's talk whose parties the article reports in talks of their own (钱其琛会见
        韦拉和邦尼奇; then one talk with each): the headline tells them together, no talk of its own."""
        if event.type != "talk" or event.sentence[0] >= headline:
            return False
        told = set().union(*(self._key(e) for e in events if e.type == "talk" and e.sentence[0] >= headline))
        return bool(told) and _parties_within(self._key(event), told)


def _same_party(a: str, b: str) -> bool:
    """One person named in full and by a part of the name (安德烈·科科申 and 科科申, 芭芭拉·卡斯蒂约·
    哥斯达 and 卡斯蒂约), or by the family name alone (桥本龙太郎 and 桥本)."""
    short, full = sorted((a, b), key=len)
    return short == full or short in full.split("·") or (len(short) >= 2 and len(full) >= 4 and "·" not in full and full.startswith(short))


def _drop_short_forms(event: Event) -> None:
    """One person once in a role: a headline's short name (桥本, 布莱尔) gives way to the full name
    its article gives (桥本龙太郎, 托尼·布莱尔)."""
    for role, fillers in list(event.args.items()):
        if role in ("site", "organizer"):
            continue  # 北京 and 北京石景山发电总厂 are two sites
        texts = [a.text for a in fillers]
        for text in texts:
            if any(len(other) > len(text) and _same_party(text, other) for other in texts):
                event.drop(role, text)


def _trip_end(text: str, event: Event) -> dt.date | None:
    """The last day of the range that dates an event in its sentence (3月3日至4日), or None."""
    start = dt.date.fromisoformat(event.date)
    for match in DATE_PATTERN.finditer(text, *event.sentence):
        end = range_end(text, DateMention(match.start(), match.end(), match.group(), start))
        if end is not None:
            return end
    return None


def _told_in(name: str, sentence: str) -> bool:
    """Whether ``sentence`` names ``name``, or it without the places it opens with (河北省邯郸市党政
    代表团 as 邯郸市党政代表团): a tail of six characters or more."""
    return any(name[k:] in sentence for k in range(max(1, len(name) - 5)))


def _parties_within(few: set[str], many: set[str]) -> bool:
    """Whether every party of ``few`` is one of ``many``."""
    return all(any(_same_party(a, b) for b in many) for a in few)


def _same_parties(one: set[str], other: set[str]) -> bool:
    """Whether two sets name the same parties, in full or in part (桥本 and 桥本龙太郎)."""
    return _parties_within(one, other) and _parties_within(other, one)


@Language.factory("events")
def make_events(nlp: Language, name: str) -> Events:
    return Events(nlp, name)
