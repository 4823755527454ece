"""CASE_COUNT: epidemic figures (guideline ``measures.md``): a number with what it counts, tied to the GB/T 2260
division it is counted for and the date it refers to.

A figure is a number with a classifier (``52例``, ``1780人``, ``3万剂次``) or a zero phrase (``无新增本土确诊病例``).
What it counts is read from the words before it since the previous figure (or the sentence start), or from the
noun right after its classifier (``新增6例新冠肺炎确诊病例``); a list item with only a place or a day before it
(``其中长春市929例``, ``19日为21例``) takes the reading of the figure before it. The lexicon is the data file
``data/case_count_terms.tsv``. Place and date reuse the LOCATION and DATE mentions of the same text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from imcovid.annotate.count_qualifiers import qualifiers
from imcovid.annotate.digest import numbered_items
from imcovid.annotate.numbers import CHINESE_NUMERAL_CHARS, parse_number
from imcovid.annotate.wordlists import WordListError, threshold

ANNOTATOR = "imcovid-rules/1.14:case_count"  # (1.1: Hong Kong 宗/个案, 分别 figures, heading parts; 1.2: parts
# in parentheses keep the headline place, 境外移入, 在X检出阳性, 检测呈阳性个案, outbreaks across provinces, 采样; 1.3: a date
# glossing 今天 governs, counts of days are no day-only dates, 治愈病例, 日增病例, 阳性患者, X某 after the noun, 阳性检测人员,
# 样本, 分别 with any classifier, large counts with no classifier, doses with 疫苗接种 after them; 1.4: 今天 of a report
# dated in its paragraph, figures of a paragraph that opens abroad (not 本土/境外输入 ones), 为X报告 after a figure, 没有发现新增, N名…核酸检测阳性,
# 可能有 estimates, a test in a clause closed by ； counts no one after it, a sentence broken by a line before 均在…治疗, asymptomatic people in 隔离治疗和医学观察 observed;
# 1.5: a national bulletin's （在云南） note closes its figure's clause, a predicate (死亡, 阳性, 确诊) after a count of people is that count's,
# deaths in a paragraph on a disaster or accident and no epidemic, 较前一天0时新增 as 较前一天新增, a noun and 总数 in the
# figure's own clause a running total, 中国 right before a marker national, a total after a clause over a relative
# period dated by the 截至 moment before it, 境外输入关联 local, 本土 figures of a paragraph opening on a foreign health body;
# 1.6: a figure a national health body reports right after its name (国家卫健委：昨日新增…) is national, the items of a
# numbered roundup (新闻联播要闻) are read one by one with the roundup's lead; 1.7: parts by place after a count of divisions
# and a colon, 来自17个省份：四川132例, and a place's share, 其中深圳占54例, are list items, 百例以上 is a threshold, no figure,
# a new-case total split by a later sentence, 新增确诊病例中，境外输入…；本土…, a sum counted by no metric (only the nearest
# new total of that noun before it, 全国新增确诊1164例 after a city's 新增确诊病例12例, is split), a level given
# again, 超过4000万例，达40050902例 or 6月28日超过1000万例，8月10日超过2000万例, the same count, and 分别 after a comment on
# both nouns, 确诊病例和死亡病例均为全球最多，分别为…例和…例, the nouns' figures in order; 新冠阳性感染者 read as 阳性感染者,
# a city's named zone before 在…发现 a zone, no division, and a streak's level, 连续4天超过200例, or a bound, 5例以下, no
# figure; the clause's place before an aside, 阿荣旗在对…（关联海拉尔区阳性感染者）…发现1例, the figure's in that same
# clause, not a later clause's: …为孝感市报告（关联武汉市病例），新增出院病例2例 keeps the province; 1.8: a zone among
# the places before 各, 九龙坡区、两江新区、沙坪坝区各1例, is one of them (no place), 病故/染疫不治/例死亡 are deaths, 本土新确诊
# and 新型肺炎 read, an earlier item's skip word no longer drops a figure with its own noun (13例无症状转确诊和26例本土无症状),
# a total split at once into confirmed and asymptomatic parts (包括/分别为, 宗/个案) is their sum, an imported one not
# annotated, large counts with no classifier before their noun (累计超过1000万确诊病例), a date before 在对入境人员… dates,
# a count before its verb, 6人被确诊为新冠肺炎病例, is read (not inside a noun phrase: 5名被确诊新冠的患者), a part after
# 其中 takes the whole's disease (2例鼠疫病例，其中1例死亡), deaths after a vaccination and adverse events are no figures,
# 内地新增… is the mainland's, no place, not inside 省内|地市, cases of people arriving, 自香港入境的, imported; 1.9: a
# date after 自/从 before 后, or before 起/开始 with a running total in the clause it governs, opens a period (自2020年1月
# 21日起，累计追踪到…; 从8月5日开始，三亚市实行全域静态管理 starts a measure and dates the figures after it), and a
# bulletin's 截至…24时 day in an earlier paragraph dates the totals since then, a date of earlier-reported cases that a
# later event befell (9月19日报告的…感染者转为确诊病例) dates nothing,
# parts by origin of people discharged (出院病例31例（本土确诊病例30例…）) and breakdowns of people released are no
# figures, 全省/全市 opening a sentence places its later clauses, 再增/又增 are new, 2例确诊病例出院 is recovered; 1.10:
# the 累计 of a test count is not the found cases', parts by where found or by variant are no figures (a variant part
# naming a scope keeps the scope's metric), 无治愈出院病例 a zero, 今天（10日）, a month's roll-over in 自…启动，截至N日,
# several provinces named together give no place, 本市/我省 follow the bulletin they stand in, 甲和乙各… one figure a
# place, 一百零五, numbered list lines after 分布如下：, headline figures, a short headline's reporting verb (not over a
# period), a named place before 各地 kept, 各地 alone no place, 目前 dated by the paragraph's latest day (not a future one); 1.11:
# parts by town or street (其中达来呼布镇2例) are figures with no place code; 1.12: people tested read up to a longer
# distance and right after the count, not under requirements, negation, certificates or staff; infected people after
# a short noun of people; parts introduced with 来自 inside the total's place; 目前 figures with no governing date
# undated; counts of a numbered case's transmission chain no figures; digest items read one at a time; 1.13: a `均在X`
# note runs to the end of a nested place name and keeps a national case figure national; the smallest place after 在;
# world totals without a classifier (超2亿3350万); qualifiers origin/period/subject on every mention; 1.14: credit lines
# (消息来源:新华网) are no sources of cases, 新增本土28例 with no noun, the short 新冠 before the noun, thousands separators
# in a combined total's parts)

@lru_cache(maxsize=1)
def terms() -> dict[str, list[tuple[str, str]]]:
    """kind → [(term, value)], longest term first (so 确诊病例 wins over 病例 at one position)."""
    table: dict[str, list[tuple[str, str]]] = {}
    text = resources.files("imcovid").joinpath("data/case_count_terms.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, term, value = line.split("\t")
        table.setdefault(kind, []).append((term, value))
    for entries in table.values():
        entries.sort(key=lambda e: -len(e[0]))
    return table


def _alternation(kind: str) -> str:
    """The lexicon's terms of ``kind`` as one regex alternation, longest first."""
    return "|".join(re.escape(t) for t, _ in terms()[kind])


# The names of the disease or virus written between a figure's scope and its counted noun (新增2例本土新冠肺炎病毒感染
# 者, 无新增新型冠状病毒肺炎确诊病例): the lexicon's ``disease`` terms, longest first, one alternation shared by the
# patterns below, so that the rules ``case_count.noun_after``, ``zero`` and ``zero_list`` read every wording outlets
# and commissions use, not two of them. (The short 新冠 is read in ``_TAIL`` only, right before a counted noun or a scope.)
_DISEASE = _alternation("disease")

# (The pattern starts with the number itself so that the regex engine can skip to digits; an approximation word
# before it, 近5万, is added to the span afterwards.)
_FIGURE = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[" + CHINESE_NUMERAL_CHARS + r"]+)(?P<q1>余|多)?(?P<wan>万|亿)?"
    r"(?P<qual>余|多)?[ \u00a0]?(?P<cls>例|人次|人|名|剂次|剂|宗)(?!份)")
# A number whose classifier is the next item's, as Shanghai's bulletins write 确诊病例914和无症状感染者25173例 (rule
# ``value.shared_classifier``: 914 cases); its empty groups read as those of a figure with 例. (A pattern of its own,
# looked for only in texts that hold its sign: an alternative inside the figure pattern slows every number.)
_SHARED_SIGN = re.compile(r"[和、](?:本土|本地|境外输入性?)?(?:" + _DISEASE + r")?(?:无症状感染者|确诊病例)\d+例")
_SHARED = re.compile(r"(?P<num>\d+)(?P<q1>)(?P<wan>)(?P<qual>)(?P<cls>)(?=[和、](?:本土|本地|境外输入性?)?"
                     r"(?:" + _DISEASE + r")?(?:无症状感染者|确诊病例)\d+例)")
# (宗: Hong Kong's classifier of cases, 1272宗确诊个案, read for cases and deaths only, rule ``value.hk_classifier``;
# 1,139例 with a thousands separator; 17.4万剂 doses, 剂 only after 万 or 亿; 1.2亿剂次, 3亿多人次 with 亿 as the
# unit, rule ``value.yi``; 56 例 with a space, as some outlets write; 人份 counts samples, not people)
_APPROX = ("超过", "近", "约", "超", "逾", "逼近", "突破", "接近")
# A large case count with no classifier after an approximation verb (全球累计确诊病例已经逼近3.5亿, 感染者突破1000万大关;
# rule ``value.no_classifier``), as national and world totals are written: the counted noun stands before it in its
# clause (looked for in ``_candidates``), the number has 万 or 亿 and ends its clause, so that no classifier or other
# unit (3成, 50%, 1万元) is left out. Read as cases (例). (Small counts written so, 突破两百, are left out: in the
# development gold they are outbreak totals across provinces whose place and period the sentence leaves open.) After a
# 亿 part (超2亿3350万, as national news lists write world totals) the figure is its last digits, and the verb is looked
# for before the 亿 part (its value: ``with_larger_units``).
_NO_CLASSIFIER = re.compile(r"(?:(?<=逼近|突破|超过|接近)|(?<=超)|(?<=\d亿))(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?P<q1>)"
                            r"(?P<wan>万|亿)(?P<qual>余|多)?(?P<cls>)(?=[，。；！？、）)\n]|$|大关)")
_CASE_NOUN_IN_CLAUSE = re.compile(r"确诊|病例|感染者|阳性")
# A large count with no classifier before its counted noun (美国累计超过1000万确诊病例; 分别累计逾3238万确诊、57万病故), as
# world news writes countries' totals: after a word of approximation or total, or a list's joiner, the number has 万 or
# 亿 and the noun follows at once (rule ``value.no_classifier``; read as cases, 例). 1000万元, 3成 and 14亿人 have none.
_LARGE_NOUN_AFTER = re.compile(r"(?<=[超逾近约过达计有共，,、；;和及])(?P<num>\d+(?:\.\d+)?)(?P<q1>)(?P<wan>万|亿)"
                               r"(?P<qual>余|多)?(?P<cls>)(?=确诊病例|确诊|死亡病例|病故)")
# (The case noun is what is counted: it stands right before the verb, with only a word of total, time or mood between
# — 累计确诊病例已经|逼近3.5亿. 确诊患者的救治费用已|超过5亿 and 确诊病例所在的小区共有居民|超过2万 count money and
# residents.)
_NOUN_TO_VERB = re.compile(r"(?:病例|患者|人数|总人数|总数|数量|数)?(?:已经|已|均|累计|总计|共计|共|或将|将|即将|再次)?")
_NO_CLASSIFIER_VERBS = ("逼近", "突破", "超过", "接近", "超")
_NO_CLASSIFIER_VERB = re.compile("|".join(_NO_CLASSIFIER_VERBS))
# (超 alone, as news lists write world and national totals: 美国累计新冠肺炎确诊病例超5425万。 The counted noun must
# still stand right before it, so 超市 and 超级 never come near; rule ``value.no_classifier``, 1.6.)
_ZERO = re.compile(r"(?<!社会面)(?:无|零|没有(?:发现|出现)?|未(?:发现|出现|有|再)?)(?:报告)?(?P<pre>本土|本地|境外输入性?|境外移入)?新增例?(?P<noun>(?:[^，。；、：\n]{1,12}?的)?"
                   r"(?P<recovered>(?:治愈)?出院的?)?(?:本土|本地|境外输入性?|境外移入)?(?:" + _DISEASE + r")?"
                   r"(?:确诊病例|无症状感染者|阳性感染者|死亡病例|病例))(?!的)"
                   r"|(?<![新增])无(?P<deaths>死亡病例)|(?<![新增])无(?P<discharged>(?:治愈)?出院病例)(?!的)|(?:无|没有)新增(?P<suspected>疑似病例)(?=[和、及与])|(?<!社会面)(?P<bare>零新增)(?![本境确无阳死病例天])"
                   r"|(?<=日[，,])(?P<none>无新增)(?=[。；！\n]|$)")
# (深圳没有发现新增病例: a zero as 未发现新增 is.)
# (社会面零新增, 社会面无新增阳性感染者: none found outside quarantine, a part by how cases were found, not the day's
# figure; 7月26日，无新增。: a day of a timeline with no new infection of any kind, positive people; 连续7日无新增阳性感染者的小区:
# the zero qualifies the compounds, it reports no figure; 无新增例本土确诊病例 with a stray 例; 无新增有社区传播风险的新冠肺炎病例; 实现“零新增”: no new local case; 零新增天数
# counts days)
# The further nouns of a zero phrase (无新增本土确诊病例、疑似病例和无症状感染者): each is a zero of its own, with the
# scope of the phrase unless it names its own (和本土无症状感染者); suspected cases are no metric.
_ZERO_ITEM = re.compile(r"[、和及与](?P<item>(?P<scope>本土|本地|境外输入性?|境外移入)?(?:" + _DISEASE + r")?"
                        r"(?P<noun>确诊病例|疑似病例|无症状感染者|阳性感染者|死亡病例))")
# (``deaths`` has no new/cumulative split, so 无死亡病例 of a cumulative line is a zero too.)
_TAIL = re.compile(r"(?:诊断为|为|(?P<new>新增))?(?:" + _DISEASE + r"|新冠(?=本土|本地|境外输入|输入性?(?:确诊|病例)))?(?:(?!境外|输入)[\u4e00-\u9fff]{2,4}?关联的?(?=本土|本地|确诊|无症状|阳性|病例|感染者))?(?P<scope>本土|本地|境外输入关联(?:的)?|境外输入性?|境外移入|输入性?|(?:自|从|经)[\u4e00-\u9fff]{2,8}?入境的)?(?:" + _DISEASE + r"|新冠(?=感染者|无症状感染者|阳性感染者|阳性病例|阳性人员|死亡病例|确诊病例|病例|确诊个案|个案))?"
                   r"(?:在(?P<at>[\u4e00-\u9fff]{2,8}?)检出(?=阳性))?(?:[\u4e00-\u9fff]{2,8}?(?<![中内里])(?<![中内里]的)(?<![中内里]核酸)(?<![中内里]的核酸)(?=(?:核酸)?检测(?:结果)?呈?阳性))?(?:(?:核酸)?检测(?:结果)?呈?(?=阳性)|核酸(?:结果)?呈?(?=阳性))?(?:(?:患者|病人|确诊病例)(?:陆续|均已|已经|已)?(?:康复|治愈)?(?=出院))?"
                   r"(?:(?:患者|病人)(?:不幸)?(?=死亡|离世|病逝))?"
                   r"(?P<noun>确诊病例|无症状感染者|阳性感染者|阳性病例|阳性人员|阳性患者|阳性反应者|阳性者|感染者|密切接触者|(?<![次])(?<!例为)(?<!例均为)密接(?:者|人员)?(?!的)|死亡病例|病例|确诊个案|死亡个案|阳性个案|个案|新确诊|(?<=[人名例])被确诊(?:感染|为)?(?:新冠肺炎|新冠病毒|新冠)(?:确诊病例|病例)?(?!的)"
                   r"|确诊|无症状感染个案|无症状感染|无症状|出院|在院治疗"
                   r"|(?<=患者|病人)(?:死亡|离世|病逝)|(?<=例)死亡|(?<=[万亿])病故|染疫(?:不治|身亡|死亡)"
                   r"|感染(?=[，。！；\n]|$)|阳性(?=[，。！；、\n]|$))"
                   r"(?=[，。；、：（）()\n,;！】#？?｜|…”\"’\s\u3000]|．(?!\d)|$|和|及|已|均|的|以来|中[，,]|[\u4e00-\u9fff]某)")
# (【#天津新增33例本土确诊#】, 天津新增33例本土确诊｜最新通报, “…本土确诊”, …确诊 均在津南区: a headline's bracket,
# hashtag, bar, question mark, closing quote, ellipsis or space ends the noun as a mark does)
# (其中1例为密接, 均为密接: a case's source, after 例为/例均为, is no count of contacts; 追踪到12人为密接 is one)
# (检测出11名跨境货车司机核酸检测阳性: who the people are may stand between the figure and 核酸检测阳性, people testing
# positive, not people tested; the run does not end in 中, 内 or 里 (with 的 or 核酸 after it): 3.2万名入境人员中核酸
# 检测阳性… counts the people among whom some tested positive, not the positive ones; 11名中国籍司机 still reads)
# (1例无症状感染者穆某: the noun may be followed by the case's anonymised name, a surname and 某; 17例阳性患者: people
# testing positive; 35名患者离世, 3名病人死亡: deaths, 死亡/离世 read after 患者/病人 only, 46人死亡 of an earthquake is no figure;
# 7人被确诊感染新冠病毒, 5人被确诊为新冠肺炎病例: people confirmed, the count before its verb (COVID-19 named: 被确诊为密切
# 接触者 is no case; 被确诊新冠的患者 is a relative clause inside a noun phrase, 收治的5名被确诊新冠的患者已全部治愈出院,
# whose count is the patients', of the verb after it);
# 新增19万607例确诊及244例死亡: deaths, 死亡 right after the cases' classifier 例 (people's 人 is not enough);
# 2656人染疫不治, 261人染疫身亡: deaths of the infection (染疫 names it), as overseas papers write other countries' figures;
# 2例新增境外输入性确诊病例 with the new marker after the number; 119宗自香港入境的新冠病例, 3例经满洲里口岸入境的确诊病例:
# cases of people arriving, imported (the scope term 入境的); 新增2例死亡病例, 已有5例新冠死亡病例: deaths; 5名患者出院, 423名患者陆续治愈出院, 2例确诊病例出院 (a bulletin's count before its verb, rule ``case_count.noun_after``): patients discharged, recovered (出院后复阳 is no discharge count); 新增的28例确诊病例的活动轨迹: a figure the phrase refers to; 6天超500人感染: people infected, positive;
# 7月28日我省报告1例无症状感染者以来: the first case, of that day)
# (12例诊断为新冠肺炎确诊病例, 2例新冠病毒无症状感染者, 8例境外输入性新冠肺炎确诊病例已转至…, 新增91例确诊病例中，…,
# 新增9例本土新冠病毒感染者: confirmed and asymptomatic together, positive; 共报告了68例新冠感染者 with the short 新冠, read
# right before a counted noun or a scope (s23: 新增3例新冠确诊病例, 3例本土新冠病例, 新冠本土病例, as news items and Hong Kong
# papers write them; it was read before 感染者 only, which left these unread). Known cost: the development gold's heading
# 从香港非法入境人员中已有4例新冠确诊病例 (imported, no place) is now read, as a cumulative figure of the article's place)
_SENTENCE_END = "。！？\n"
# (A line broken after a comma, as some outlets lay out a sentence over several lines, 3月4日，初春的周末，⏎莱西市…发现了
# 3例…, goes on the same sentence.)
_SENTENCE = re.compile(r"(?:[^。！？\n]|(?<=[，,])\n)+")
_UNSET = "unset"  # no headline figure read yet
_PARAGRAPH_END = "\n"
_RANGE = re.compile(r"(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?(?:至|到|—|－|-|~)$")
# A period that starts at a full date and runs until a day of the same month (自2022年1月15日6时启动，截至16日6时: the
# third round of testing; rule ``as_of.started_until``): that day has the start's month, as the end of a range does.
_STARTED_UNTIL = re.compile(r"(?:\d{1,2}(?:时|点)(?:\d{1,2}分)?)?(?:起|开始|启动)[，,]\s*(?:截至|截止)$")
_MUNICIPALITIES = ("11", "12", "31", "50")
_DAILY = re.compile(r"每日|每天|日均")  # a daily rate over a period has no single as-of date
# A period counted back from the text's day (近一周, 过去约22小时里, 10天来, 两周内; rule ``as_of.relative_period``): a
# figure for it has no single as-of date, whatever date an earlier sentence gives.
_RELATIVE_PERIOD = re.compile(
    r"(?:过去|近|最近)(?:约|的)?[\d一二两三四五六七八九十]*个?(?:小时|天|日|周|星期|月)"
    r"|(?<![月\d])[\d一二两三四五六七八九十]+个?(?:小时|天|周|星期|个月)(?:内|来|以来|里|之内)")
# A day written without its month (17日). Not a count of days (已连续3日零新增, 近7日, 过去14日, 3日内, 7日平均: rule
# ``as_of.day_count``): such a duration dates nothing, so it does not take the bulletin's date from the figures after it.
_DAY_ONLY = re.compile(r"(?<![月\d续近每这去])\d{1,2}日(?!内|来|以来|之内|平均)")  # (续 of 连续, 去 of 过去)
# Filler that may stand between list items: the item then takes the reading of the item before it.
_FILLER = re.compile(r"^(?:[，、；：（）()\s其中为和及分别各均在另有省市州盟旗县区]|(?<![^\n])\d{1,2}[.．、](?!\d)|报告|其余|涉及|(?:按照?)?(?:行政)?(?:地区|区域|地域|区划|域)?(?:分布|划分)(?:来看|看)?)*$")
# (域划分: what is left of 按照行政区域划分 once the place-like 按照行政区 is stripped)
# A sentence that breaks down the figure of the sentence before (其中…, 按照地区分布为：吉林市1024例…, 分别为：…).
_BREAKDOWN = re.compile(r"其中|按照?[^，。：:]{0,8}(?:分布|分型|划分)(?:为|来看|看)?[：:，,]|分别为[：:]")
# (按照行政区域划分，松江区291例…: a list by place of the figure before, in a sentence of its own)
# A part by an attribute of the people (男性531例，女性383例; 年龄…岁): not counted, and it leaves the list it sits in
# going on (…中，男性531例，女性383例。按照行政区域划分，松江区291例).
_ATTRIBUTE_PART = re.compile(r"(?:男性|女性|男|女|岁|年龄|儿童|老人|学生)[^，；。]{0,4}$")
_ANAPHORS = {"全省": "province", "本省": "province", "我省": "province", "全区": "province", "我区": "province",
             "全自治区": "province", "全市": "prefecture", "本市": "prefecture", "我市": "prefecture",
             "全盟": "prefecture", "我盟": "prefecture", "全旗": "county", "我旗": "county", "本旗": "county",
             "全县": "county", "我县": "county", "本县": "county"}
_ANAPHOR = re.compile("|".join(sorted(_ANAPHORS, key=len, reverse=True)))
# The author's own jurisdiction (本市, 我省, 我旗): one division throughout a text, unlike 全市, which follows the city
# named before it.
_OWN_ANAPHOR = re.compile("|".join(sorted((a for a in _ANAPHORS if a[0] in "本我"), key=len, reverse=True)))
_CASE_FAMILIES = ("confirmed", "asymptomatic", "positive")


@lru_cache(maxsize=None)
def _kind_pattern(kind: str) -> tuple[re.Pattern, dict[str, str]]:
    # (longest first: the alternation takes the longest term at a position)
    return re.compile(_alternation(kind)), dict(terms()[kind])


def last_term(kind: str, s: str) -> tuple[int, str, str] | None:
    """(position, term, value) of the term of ``kind`` in ``s`` that ends last (无症状感染者, not its 感染者)."""
    pattern, values = _kind_pattern(kind)
    best = None
    for m in pattern.finditer(s):
        best = m
    return (best.start(), best.group(), values[best.group()]) if best else None


_CLAUSE_TAIL = re.compile(r"[^，；。：,;（(]*$")
_CLAUSE_MARKS = "，,；;：:"  # (marks that end a clause within a sentence: rule ``place.before_aside``)
# A counted noun and 总数 (确诊病例总数, 确诊总数, 死亡病例总数) in the figure's own clause: a running total (the lexicon's
# ``total_noun`` and ``total_word`` terms).
_TOTAL_IN_CLAUSE = re.compile(r"(?:" + _alternation("total_noun") + r")[^，；。：,;\d]{0,3}?(?:"
                              + _alternation("total_word") + ")")
# A clause that ends on a predicate of people after a count of them (事故造成3人死亡，; 其中4人送医途中不治死亡，; 当日有
# 7人被确诊新冠阳性，此外还有): the verb is that count's, and no head of the number that opens the next clause (5人受伤,
# 4人在医院抢救无效身亡, 1名工作人员的家属确诊), which counted wounded people, a further part or people of another
# kind as the first count's (rule ``case_count.predicate_before``). The development gold counts no such 人死亡 of an
# accident either (地震已造成46人死亡). A part after 其中 (3人死亡，其中2人在…) is no new clause of its own: not matched.
# The predicates are the lexicon's ``predicate`` terms, each one of its counted nouns (``category``): the rule compares
# them with the noun a figure's head ends on.
_PREDICATES = frozenset(t for t, _ in terms()["predicate"])
if not _PREDICATES <= {t for t, _ in terms()["category"]}:
    raise WordListError("case_count_terms.tsv: predicate terms that are no category term: "
                        + ", ".join(sorted(_PREDICATES - {t for t, _ in terms()["category"]})))
_PREDICATE_OF_CLAUSE_BEFORE = re.compile(r"[\d一二两三四五六七八九十百千万]+(?:余|多)?[人名][^，；。：,;\d]{0,12}(?:"
                                         + _alternation("predicate") + r")[，,；;]\s*(?:此外|另外)?(?:还|另)?有?$")
# Characters before a figure looked back at for that clause (a count of up to five digits, its 人, 12 characters, the
# predicate and 此外还有 fill it).
_PREDICATE_WINDOW = threshold("case_counts", "predicate_window")


@lru_cache(maxsize=1)
def _before_words() -> tuple[str, ...]:
    return tuple(t for t, _ in terms()["before"])


def skipped(s: str) -> bool:
    if "阳性检测人员" in s:
        # (阳性检测人员的密切接触者157人: 检测人员 there are the people who tested positive, not the testing staff the
        # skip word 检测人员 means)
        s = s.replace("阳性检测人员", "阳性人员")
    return _kind_pattern("skip")[0].search(s) is not None


def metric_for(family: str, temporal: str | None, scope: str | None, classifier: str, dated: bool) -> str | None:
    """The guideline's metric for a counted noun family, a new/cumulative/current marker and a local/imported scope."""
    if classifier == "宗" and family not in _CASE_FAMILIES and family != "deaths":
        return None  # (宗 counts cases, 死亡个案3宗; 3宗案件 of anything else is no figure)
    if family in _CASE_FAMILIES:
        if classifier not in ("例", "人", "名", "宗"):
            return None
        if temporal == "cumulative":
            return "confirmed_cumulative" if family == "confirmed" else f"{family}_cumulative"
        if temporal == "current":
            return None  # a current count of cases is hospitalised only when the text says so (在院)
        if temporal == "new" or dated:
            if family == "positive":
                return "positive_local"
            return f"{family}_imported" if scope == "imported" else f"{family}_local"
        return None
    if family == "tested" and classifier not in ("人", "人次", "名"):  # (名 counts people as 人 does)
        return None
    if family == "screened" and classifier == "例":
        return None  # (例 counts cases: 社会面筛查人员7例 are positives found by screening, not people screened)
    if family == "vaccinated_doses":
        return family if classifier in ("剂次", "剂") else None
    if classifier == "剂":
        return None
    if classifier == "剂次":
        return None
    return family


def _sentence_start(text: str, pos: int, ends: str = _SENTENCE_END) -> int:
    bounds = _boundaries(text, ends)
    i = bisect_right(bounds, pos) - 1
    return bounds[i] if i >= 0 else 0


@lru_cache(maxsize=8)
def _boundaries(text: str, ends: str) -> list[int]:
    """The positions just after each of ``ends`` in ``text``, found once per text (a figure's sentence start is then
    a bisection, not a scan back over the whole text for a mark it may not hold)."""
    bounds = [m.end() for m in re.finditer("[" + re.escape(ends) + "]", text)
              if not (ends == _SENTENCE_END and m.group() == "\n" and m.start() and text[m.start() - 1] in "，,")]
    if ends == _SENTENCE_END:
        bounds = sorted(set(bounds) | {m.end() for m in _SPACE_SENTENCE_END.finditer(text)})
    return bounds


# (rule ``case_count.space_sentence_end``, s23b: a repost stripped of its full stops writes a space where the bulletin
# had 。 — 新增疑似病例 当日新增治愈出院病例476例，其中…, …减少92例 累计收到港澳台地区通报确诊病例…, …北京1例 新增死亡病例3例 —
# and the next statement's figure then took the first statement's noun, the recovered total's parts filed as deaths. A
# space is read as a sentence end only right after a figure's classifier or counted noun (例, 人, 宗) and right before a
# word that opens a bulletin's statement; a space before 其中 (新增确诊病例22例 其中境外输入…) or after a place (广东 新增…)
# is no sentence end.)
_SPACE_SENTENCE_END = re.compile(r"(?<=[例人宗])[ \t\u3000]+(?=当日|累计|截至|无新增|新增|现有|尚在|31个省)")


def _inside_parentheses(text: str, start: int, pos: int) -> bool:
    s = text[start:pos]
    return s.count("（") + s.count("(") > s.count("）") + s.count(")")


def _own_jurisdiction(text: str, places: list[dict], starts: list[int], head_start: int, pos: int, place: str,
                      seen: dict[str, str]) -> str:
    """The place of a figure whose head names the author's own jurisdiction (本市累计报告…) and no division after it:
    the division that anaphor was first resolved to in the text, when the nearest division before it now lies in
    another province (…开往威海的列车上进行管控。截至目前，本市累计报告本土确诊病例3例: Beijing's bulletin, not
    Weihai; rule ``place.own_jurisdiction``). Within one province the nearest stays (呼和浩特市…本市；包头市…本市:
    two cities' own bulletins quoted in one article). A roundup of several provinces' bulletins (…吉林省卫健委通报：…我省
    新增…。河北省卫健委通报：…我省新增…) re-resolves it at each bulletin: the nearest division, when an issuing body or an
    announcing word follows it in the anaphor's sentence, is the new bulletin's issuer, and the anaphor is its own
    from there on. ``seen`` records the current resolution of each anaphor."""
    own = None
    for m in _OWN_ANAPHOR.finditer(text, head_start, pos):
        own = m
    if own is None or _places_within(places, starts, own.end(), pos):
        return place
    if _new_bulletin(text, places, starts, own.start()):
        seen[own.group()] = place
        return place
    first = seen.setdefault(own.group(), place)
    return first if first[:2] != place[:2] else place


# A body that issues a bulletin, or a word announcing one (河北省卫健委通报：, 据上海市卫生健康委消息).
# Right after the place, in its clause: the body's name (河北省卫健委, 河北省新冠肺炎疫情防控工作领导小组办公室), or an
# announcing word (河北通报：; not 威海市公布的中风险地区, 威海市发布会).
_ISSUER = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:卫健委|卫生健康委|指挥部|领导小组|新闻办)|(?:通报|消息|发布|公布)(?![的会])")
_ISSUER_CLAUSE_END = "，,。；;：:！？\n"
_TRAVEL_TO = re.compile(r"(?:前往|开往|去往|赴|抵达|到达|到过|去过|途经|来自|返回|从)$")


def _new_bulletin(text: str, places: list[dict], starts: list[int], pos: int) -> bool:
    """Does the anaphor at ``pos`` open a bulletin of the division nearest before it: that division in its paragraph,
    followed in its own clause by an issuing body or an announcing word (河北省卫健委通报：4月1日0—24时，我省…;
    河北省卫健委通报了最新疫情。4月1日0—24时，我省…)? (…开往威海的列车上进行管控。据通报，截至目前，本市…: Weihai is a
    destination, no issuer follows it in its clause; 患者曾前往威海市参加发布会: a place gone to issues nothing.)"""
    i = bisect_left(starts, pos)
    while i and not places[i - 1].get("code"):
        i -= 1
    if not i or places[i - 1]["start"] < _sentence_start(text, pos, _PARAGRAPH_END) \
            or _TRAVEL_TO.search(text, max(0, places[i - 1]["start"] - 3), places[i - 1]["start"]):
        return False
    end = places[i - 1]["end"]
    stop = min([k for k in (text.find(c, end, pos) for c in _ISSUER_CLAUSE_END) if k >= 0] + [pos])
    return _ISSUER.match(text, end, stop) is not None


def _last_place(places: list[dict], pos: int) -> int:
    """Index + 1 of the last coded place ending by ``pos`` in ``places`` (sorted by start), 0 if none."""
    i = len(places)
    while i and (places[i - 1]["end"] > pos or not places[i - 1].get("code")):
        i -= 1
    return i


def resolve_place(text: str, places: list[dict], head_start: int, pos: int, main_place: str | None = _UNSET,
                  across: bool | None = None) -> str | None:
    """The division the figure at ``pos`` is counted for: an anaphor (我旗, 全省) or a place in its head, else the
    place of the bulletin's last headline figure, else the nearest place before it in the sentence, else in the
    paragraph. (``places``: the places starting before ``pos``, sorted by start; ``across``: whether the places of
    the head lie in several provinces, when the caller has found it already, see _across_provinces.)"""
    last = _last_place(places, pos)
    while last and places[last - 1]["start"] >= head_start and _origin_place(text, places[last - 1]):
        last = _last_place(places, places[last - 1]["start"])  # (a place the people came from: not where counted)
    nearest = places[last - 1] if last else None
    anaphor = None
    for m in _ANAPHOR.finditer(text, head_start, pos):
        anaphor = m
    in_head = nearest if nearest is not None and nearest["start"] >= head_start else None
    if anaphor is not None and (in_head is None or in_head["start"] < anaphor.start()):
        district = _district_before(text, places, anaphor)
        if district is not None:
            return district["code"]
        # (a place people came from is not the jurisdiction: …均来自中国香港。截至3月13日24时，全省累计报告… is the
        # province of the bulletin, not Hong Kong; rule ``place.origin``)
        before = [p for p in places[:_last_place(places[:last], anaphor.start())] if not _origin_place(text, p)]
        return _resolve_anaphor(_ANAPHORS[anaphor.group()], before)
    if in_head is not None:
        # 兰州新区15例: a zone named after a division is not that division (the guideline: null for a zone)
        if _ZONE_AFTER.match(text, in_head["end"]) or _NAMED_ZONE_AFTER.match(text, in_head["end"]):
            return None
        several = last >= 2 and places[last - 2]["start"] >= head_start  # (two places or more in the head)
        if several and (across if across is not None else _across_provinces(text, _places_from(places, last, head_start))):
            return None
        return (several and _common_division(text, _places_from(places, last, head_start))) or in_head["code"]
    if in_head is None and anaphor is None and "全" in text[_sentence_start(text, pos):head_start]:
        # 截至9月20日24时，全省现有确诊病例44例，累计治愈出院病例2306例: an anaphor that opens the sentence, with no
        # place after it, is the place of its later clauses too, not the county a part before left (rule
        # ``place.sentence_anaphor``). (Only 全省/全市/…: 本市 and 我省 in a later clause rarely govern a list.)
        for m in _ANAPHOR.finditer(text, _sentence_start(text, pos), head_start):
            anaphor = m
        if anaphor is not None and anaphor.group().startswith("全") and (nearest is None or nearest["start"] < anaphor.start()):
            before = [p for p in places[:_last_place(places[:last], anaphor.start())] if not _origin_place(text, p)]
            district = _district_before(text, places, anaphor)
            resolved = district["code"] if district is not None else _resolve_anaphor(_ANAPHORS[anaphor.group()], before)
            if resolved is not None:
                return resolved
    # A new figure without a place of its own continues the bulletin's headline place, not the last part of a
    # list by place before it (累计…31例，其中丰泽区28例…南安市1例；无症状感染者28例 → the city, not 南安市).
    if main_place != _UNSET:
        return main_place  # (null for a national bulletin: its figures stay national)
    if nearest is not None and nearest["start"] >= _sentence_start(text, pos):
        return nearest["code"]
    if nearest is not None and nearest["start"] >= _sentence_start(text, pos, _PARAGRAPH_END):
        return nearest["code"]
    return None


def _places_from(places: list[dict], last: int, head_start: int) -> list[dict]:
    """The coded places among places[:last] that start at or after ``head_start`` (looked for from the end)."""
    i = last
    while i and places[i - 1]["start"] >= head_start:
        i -= 1
    return [p for p in places[i:last] if p.get("code")]


def _common_division(text: str, head_places: list[dict]) -> str | None:
    """Several divisions named together before one figure (浙江宁波、绍兴、杭州三地报告新增确诊病例43例): the smallest
    division containing them all (guideline, place_code rule 5), None when there are not several or they share no
    province. A place that contains another of them (浙江 of 宁波) is not one of the several."""
    several = _coordinated(text, head_places)
    if len(several) < 2:
        return None
    for key in ("prefecture_code", "province_code"):
        shared = {p.get(key) or (p["code"] if p.get("level") == key.split("_")[0] else None) for p in several}
        if len(shared) == 1 and None not in shared:
            return shared.pop()
    return None


def _coordinated(text: str, head_places: list[dict]) -> list[dict]:
    """The run of divisions named together right before a figure (宁波、绍兴、杭州; 天津、河南安阳), without a place
    that contains another of them (浙江 of 宁波, 河南 of 安阳: it may stand inside the run, 天津、河南安阳). A dateline's
    place before the run, 新华社杭州12月13日电 浙江省宁波、绍兴、杭州三地…, is not one of them."""
    ancestors = {a for p in head_places for a in (p.get("province_code"), p.get("prefecture_code")) if a != p["code"]}
    run = len(head_places) - 1
    while run > 0 and (_COORDINATED.match(text[head_places[run - 1]["end"]:head_places[run]["start"]])
                       or head_places[run - 1]["end"] == head_places[run]["start"]):
        run -= 1
    return [p for p in head_places[run:] if p["code"] not in ancestors]


def _across_provinces(text: str, head_places: list[dict]) -> bool:
    """Are the divisions named together before a figure in more than one province (天津、北京、上海、河南安阳…，超400人
    感染)? The figure is counted for them all, no one division: its place is null (rule ``place.across_provinces``),
    not the last one named."""
    several = _coordinated(text, head_places)
    provinces = {p.get("province_code") or (p["code"] if p.get("level") == "province" else None) for p in several}
    return len(several) >= 2 and None not in provinces and len(provinces) > 1


_COORDINATED = re.compile(r"^\s*[、和及与，,]\s*$")


# 各地 (places in general), not a division's own places written with a division word before it (全省各地, 本市各地,
# 省内各地, 旗县各地), nor 各地市/各地级市 (a province's prefectures: those are the division's). A division named right
# before 各地 (内蒙古各地, 呼和浩特各地) is read in :func:`_various_places`.
_VARIOUS_PLACES = re.compile(r"(?<![省市区县州盟旗内])各地(?!市|州|盟|级市)")


def _various_places(text: str, places: list[dict], starts: list[int], head_start: int, pos: int) -> bool:
    """Is the figure at ``pos`` counted across places in general: 各地 in its own clause, with no division after it
    (自7月20日南京报告发生本土病例以来，截至7月29日24时，各地累计报告关联病例262例)? Its place is null (rule
    ``place.various_places``), not the division an earlier clause named (南京, where the outbreak began). Not when a
    coded division ends right before 各地 (内蒙古各地累计报告确诊病例10例, 江苏各地, 呼和浩特各地): those are that
    division's own places, and the figure keeps it."""
    m = None
    for m in _VARIOUS_PLACES.finditer(text, head_start, pos):
        pass
    if m is None or _places_within(places, starts, m.end(), pos):
        return False
    return not _division_ends_at(places, starts, m.start())


def _division_ends_at(places: list[dict], starts: list[int], pos: int) -> bool:
    """Does a coded place end exactly at ``pos`` (内蒙古|各地)?"""
    i = bisect_left(starts, pos)
    return any(p.get("code") and p["end"] == pos for p in places[max(0, i - 3):i])


@lru_cache(maxsize=1)
def _unit_patterns() -> tuple[re.Pattern, re.Pattern]:
    """From the lexicon's ``zone`` and ``subunit`` terms: a list item for a zone that is not a division (、高新区18例,
    、国际港务区2例: annotated without a place), and any unit below or beside the divisions (zones, streets,
    communities, townships, 港澳台 as a whole: a figure of a sentence naming one may count for it, and a count for it
    has no code)."""
    zones = [term for term, _ in terms()["zone"]]
    units = zones + [term for term, _ in terms()["subunit"]]
    # (A list item ending in any unit that is no division, 新港街道1例, 某社区2例, is a part by place without a code:
    # guideline, CASE_COUNT place_code — a figure for a zone or a town has null.)
    return re.compile(f"(?:{'|'.join(units)})$"), re.compile("|".join(units))
_ZONE_AFTER = re.compile(r"新区|开发区|高新区|经开区|园区|片区|自贸区")
# A zone named after its province or city (河北省雄安新区新增…5例, 泉州市台商投资区; 包头稀土高新区在隔离重点人员核酸检测中
# 发现2例: the zone where they were found): counted for the zone, no division.
_NAMED_ZONE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:新区|开发区|高新区|经开区|自贸区|投资区)"
                               r"(?=新增|累计|报告|发现|确诊|现有|共有|在[^，。；！？\n]{0,30}?(?:发现|检出|报告))")


_FROM_PLACE_AFTER = re.compile(r"[（(]?(?:来|返|籍|入境)")
_FROM_PLACE_BEFORE = re.compile(r"(?:从|来自|对)(?:中国)?$")  # (来自中国香港: 香港 is the place)


def _origin_place(text: str, place: dict) -> bool:
    """Is ``place`` where people came from, not where a figure is counted (对天津市返连管控人员…发现2人核酸检测结果阳性,
    北京市通州区来(返)沈人员, 来自上海的旅客; rule ``place.origin``)? The figure's place is then the one before it."""
    after = text[place["end"]:place["end"] + 1]
    before = text[place["start"] - 1:place["start"]] if place["start"] else ""
    if after not in _FROM_AFTER_FIRST and before not in _FROM_BEFORE_LAST:
        return False  # (most places: neither character can start or end a cue)
    return bool(_FROM_PLACE_AFTER.match(text, place["end"])
                or _FROM_PLACE_BEFORE.search(text, max(0, place["start"] - 4), place["start"]))


_FROM_AFTER_FIRST = frozenset("（(来返籍入")
_FROM_BEFORE_LAST = frozenset("从自对国")


def _section_place(text: str, places: list[dict], starts: list[int], pos: int, after: int) -> str | None:
    """The code of the place a section heading names (a short line before the figure's paragraph that is only a place,
    【北京】, 内蒙古：), when that heading comes after the last figure (``after``) and the paragraph names no place
    before ``pos``; else None."""
    line = _line_start(text, pos)
    if line < 2 or line <= after:
        return None
    heading = text.rfind("\n", 0, line - 1) + 1
    if heading < after or line - heading > _SECTION_HEADING + 1:
        return None
    i = bisect_left(starts, heading)
    if i < len(places) and places[i]["start"] < pos and places[i]["start"] >= line:
        return None  # (the paragraph names a place of its own)
    named = [p for p in places[i:bisect_left(starts, line)] if p.get("code")]
    if len(named) != 1 or not _SECTION_FRAME.fullmatch(_without_places(text, heading, line - 1, places, starts)):
        return None
    return named[0]["code"]


_SECTION_HEADING = threshold("case_counts", "section_heading")  # characters: the longest line read as a section heading naming a place
_SECTION_FRAME = re.compile(r"\s*[【\[（(]?\s*[】\]）)]?\s*[：:]?\s*")


def _heading_place_after(places: list[dict], starts: list[int], end: int, line_end: int) -> str | None:
    """The code of the first coded place after ``end`` on its line, or of the place right after it that it contains
    (内蒙古满洲里 → 满洲里), else None."""
    i = bisect_left(starts, end)
    while i < len(places) and places[i]["start"] < line_end and not places[i].get("code"):
        i += 1
    if i >= len(places) or places[i]["start"] >= line_end:
        return None
    place = places[i]
    while i + 1 < len(places) and places[i + 1]["start"] == place["end"] and places[i + 1].get("code") \
            and _within(places[i + 1]["code"], place["code"]):
        i += 1
        place = places[i]
    return place["code"]


def _district_before(text: str, places: list[dict], anaphor: re.Match) -> dict | None:
    """The district a 全区/我区/本区 refers to: a district (a name ending in 区 that is no autonomous region) named
    last before it in its sentence (白云区组织开展全区第一轮全员核酸筛查 → 白云区, rule ``place.district_anaphor``); None
    for any other anaphor, or when the sentence names none (then 全区 is the autonomous region, as in 内蒙古)."""
    if not anaphor.group().endswith("区"):
        return None
    sentence = _sentence_start(text, anaphor.start())
    before = [p for p in places if sentence <= p["start"] and p["end"] <= anaphor.start()]
    if not before:
        return None
    last = before[-1]
    if last["surface"].endswith("区") and not last["surface"].endswith(("自治区", "地区", "特别行政区")) \
            and last.get("level") in ("county", None):
        return last
    return None


def _resolve_anaphor(level: str, before: list[dict]) -> str | None:
    for place in reversed(before):
        if level == "province":
            return place.get("province_code") or place["code"]
        if level == "prefecture" and place["code"][:2] in _MUNICIPALITIES:
            return place["code"][:2] + "0000"  # 本市 in Beijing, Tianjin, Shanghai, Chongqing (after 丰台区 too)
        if level == "prefecture" and place.get("level") in ("prefecture", "county"):
            return place.get("prefecture_code") or place["code"]
        if level == "county" and place.get("level") == "county":
            return place["code"]
    return None


def resolve_as_of(text: str, dates: list[dict], pos: int, day_only: list[int] | None = None,
                  heading_start: int | None = None, published: date | None = None) -> str | None:
    """The explicit date governing the figure at ``pos`` (see ``_governing_date``); 昨日/昨天 between it and the
    figure (10月27日通报，昨日0—24时…) means the day before it, and, with no date governing, the day before the
    publication date. A period up to today (7月20日至今) gives ``"today"``, which the caller resolves (the bulletin's
    day, else the publication date)."""
    value, lo = _governing_date(text, dates, pos, day_only, heading_start, published)
    if value == _TODAY:
        return _TODAY
    if value is None and lo == -1 and published is not None and _own_sentence_yesterday(text, dates, pos):
        return (published - timedelta(days=1)).isoformat()
    yesterday = _yesterday_search(text, lo, pos)
    if yesterday is None or (value is None and lo == -1):
        return value
    if value and published and lo > 0 and lo < _sentence_start(text, yesterday.start()) \
            and not _REPORT_DAY_AFTER.match(text, lo) and date.fromisoformat(value) < published:
        # A news story's 昨日 in a later sentence than an event's date (10月30日，…发现一名阳性人员。…上饶市昨天召开
        # 发布会) is the day before the story's own date, not before the event (rule ``as_of.story_yesterday``); a
        # bulletin's or report's date (3月5日0—24时…, 3月6日通报) still governs the 昨日 after it.
        value = None
    base = date.fromisoformat(value) if value else published
    return (base - timedelta(days=1)).isoformat() if base else None


def _own_sentence_yesterday(text: str, dates: list[dict], pos: int) -> bool:
    """Rule ``as_of.own_sentence_yesterday`` (s23b): a 昨日/前一天 in the figure's own sentence, with no date (full or
    a day alone) between the sentence's start and the figure, dates the figure by the day before publication even when
    an earlier date governs nothing here: a digest's dateline that does not reach its numbered items (财联社12月23日电，
    今天《新闻联播》主要内容有：…8、国家卫健委：昨日新增本土确诊病例71例), or a day alone in an earlier sentence about
    travel (他们于上周六（26日）抵达…。北京市卫健委表示，前一天新增12宗输入确诊病例). Before, such a date left the figure
    undated although a text with no date at all dates the same 昨日 by publication. A day alone before the 昨日 in the
    same sentence (17日通报，昨日新增3例) still gives null, as the guidelines want for a day without its month."""
    sentence = _sentence_start(text, pos)
    if any(sentence <= d["start"] < pos for d in dates):
        return False
    if _DAY_ONLY.search(text, sentence, pos):
        return False
    return _yesterday_search(text, sentence, pos) is not None


_REPORT_DAY_AFTER = re.compile(r"\s*(?:0?(?:时|点)?\s*(?:—|－|-|–|至|到)\s*24(?:时|点)|24(?:时|点))|[^，。；：\n]{0,8}?(?:通报|消息|电)")


# A period that runs up to the day of the text (12月5日至今天下午4时, 1月1日至今): its figures are as of that day.
_TO_TODAY = re.compile(r"\s*(?:0?时|24时|(?:上午|下午|晚上|凌晨|中午)?\d{1,2}(?:时|点)(?:\d{1,2}分)?)?\s*[，,]?\s*"
                       r"(?:至|到|—|－|-)+\s*(?:到)?(?:今天|今日|当前|现在|目前|今)")
# (自12月12日下午3时，到今天下午4时: a time of day and a comma may stand before the period's end)
_TODAY = "today"


def _report_day_before_period(text: str, dates: list[dict], pos: int, published: date | None) -> str | None:
    """The day a report was made, written before the period up to today that dates the figure at ``pos`` in its
    paragraph (12月19日，浙江省召开…发布会，会上通报，自12月18日16时，到今天16时，…新增确诊病例15例): 今天 is that day,
    not the publication date, which falls a day later for a telegraph posted after midnight (rule
    ``as_of.report_day``). The day must lie after the period's start day (a period from 12月9日16时 cannot end
    today on the 9th) and not after the publication date, and its sentence must say a report was made (发布会, 通报,
    获悉: ``_REPORT_WORDS``, as of a paragraph that introduces a report) before the period: 12月8日，上虞区发现首例
    阳性人员 is an event's day. Else None."""
    paragraph = _sentence_start(text, pos, _PARAGRAPH_END)
    before = [d for d in dates if paragraph <= d["start"] and d["end"] <= pos and d.get("value")]
    if len(before) < 2 or not _TO_TODAY.match(text, before[-1]["end"], pos):
        return None
    period_start = before[-1]["value"]
    for d in reversed(before[:-1]):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["value"]) or _in_closed_parenthesis(text, d, pos):
            continue
        if period_start < d["value"] and (published is None or d["value"] <= published.isoformat()) \
                and _REPORT_WORDS.search(text, d["end"], _sentence_end(text, d["end"], before[-1]["start"])) is not None:
            return d["value"]
        return None
    return None


def _sentence_end(text: str, pos: int, hi: int) -> int:
    """The end of the sentence at ``pos`` (its 。！？ or line break), at most ``hi``."""
    m = _SENTENCE_STOP.search(text, pos, hi)
    return m.start() if m else hi


_SENTENCE_STOP = re.compile(r"[。！？\n]")


# (较昨日增加 compares, it does not date.) The character before is checked after the word, so that the pattern opens
# with a literal the engine can skip to: the same matches as (?<![较比与同])(?:昨日|昨天), a quarter of the scan.
_YESTERDAY = re.compile(r"昨[日天](?<![较比与同]..)")
# 前一日新增5例 after a bulletin's day is the day before it, as 昨日 is (比前一日减少 compares). A pattern of its own:
# one literal first character lets the engine skip to it, an alternation of two would scan every character.
_DAY_BEFORE = re.compile(r"前一[日天](?<![较比与同]...)")


def _yesterday_search(text: str, lo: int, hi: int) -> re.Match | None:
    """The first 昨日/昨天/前一日/前一天 in text[lo:hi] that dates (not one that compares), else None."""
    found = _YESTERDAY.search(text, lo, hi)
    if text.find("前一", lo, hi) >= 0:
        before = _DAY_BEFORE.search(text, lo, hi)
        if before is not None and (found is None or before.start() < found.start()):
            return before
    return found


def _yesterdays(text: str) -> list[re.Match]:
    found = list(_YESTERDAY.finditer(text))
    if "前一" in text:
        found = sorted(found + list(_DAY_BEFORE.finditer(text)), key=lambda m: m.start())
    return found


def _governing_date(text: str, dates: list[dict], pos: int, day_only: list[int] | None,
                    heading_start: int | None, published: date | None = None) -> tuple[str | None, int]:
    """(value, where a 昨日 may start) of the explicit date governing the figure at ``pos``: the last date before it
    (a bulletin's date governs the paragraphs after it), unless that is a day without its month (``17日``) or opens
    a period (``自…以来``); the position is -1 when a date governs nothing here. (``dates`` sorted by start;
    ``day_only``: the starts of the day-only dates of ``text``, found once.)"""
    if day_only is None:
        day_only = [m.start() for m in _DAY_ONLY.finditer(text)]
    i = len(dates)
    sentence = _sentence_start(text, pos)
    while i and (dates[i - 1]["end"] > pos or (_in_closed_parenthesis(text, dates[i - 1], pos)
                                                and not text.endswith(_DAY_GLOSS, 0, dates[i - 1]["start"]))
                 or (dates[i - 1]["end"] < sentence and _opens_period(text, dates[i - 1]))
                 or _TRAVEL_AFTER.match(text, dates[i - 1]["end"]) or _earlier_cases_after(text, dates[i - 1]["end"])):
        i -= 1  # (a date in a closed parenthesis, 来自7月2日…航班, is an aside: it governs nothing after it)
    full = dates[i - 1] if i else None
    if heading_start is not None and (full is None or full["start"] < heading_start):
        return None, heading_start  # a heading's figure with no date of its own
    if full is not None and not _dates_later_paragraphs(text, full, pos):
        return None, -1
    after = full["end"] if full else 0
    days = day_only[bisect_left(day_only, after):bisect_left(day_only, pos)]
    if days:
        # The end of a period that starts at a full date (3月13日20时至14日21时, 3月1日—21日) has its month;
        # a day alone elsewhere does not.
        if full and full.get("value") and len(days) == 1 and (_RANGE.match(text, after, days[0])
                                                               or _STARTED_UNTIL.match(text, after, days[0])):
            day = int(re.match(r"\d{1,2}", text[days[0]:days[0] + 2]).group())
            try:
                return _period_end(date.fromisoformat(full["value"]), day).isoformat(), -1
            except ValueError:
                return None, -1
        return None, -1  # the governing date is a day without its month
    if full is None:
        return None, _sentence_start(text, pos, _PARAGRAPH_END)
    end, value = full["end"], full.get("value")
    if _TO_TODAY.match(text, end, pos):
        return _TODAY, -1  # 12月5日至到今天下午4时…累计报告: the running total is as of today, not the period's start
    if _opens_period(text, full, pos):
        # A period's start is not the figure's date; a report date before it in the sentence is
        # (截至10月26日24时，10月17日以来累计报告…: as of 10-26, not the outbreak's first day).
        # The same holds for the bulletin's own date earlier in the paragraph (10月26日0—24时…。自10月17日以来…).
        earlier = dates[i - 2] if i >= 2 else None
        if earlier is not None and earlier.get("value") and (
                (earlier["start"] >= sentence and _AS_OF_CUE.search(text, max(0, earlier["start"] - 3), earlier["start"]))
                or (earlier["start"] >= _sentence_start(text, pos, _PARAGRAPH_END)
                    and _BULLETIN_WINDOW.match(text, earlier["end"]))
                or _bulletin_day_before_period(text, earlier, value, pos)):
            return earlier["value"], -1
        return None, -1
    if value and _present_after_event_day(text, full, sentence):
        return _report_day_before(text, dates[:i - 1]), -1
    if value and len(value) == 10 and full["start"] < sentence and _PRESENT_OPENING.match(text, sentence):
        # 7月13日晚上10时，记者…了解到…。2021年7月12日，…报告1例…。目前排查出…密切接触者10人: the present is the
        # latest day the paragraph has told of, not the event day of the sentence before (rule ``as_of.present_latest``)
        paragraph = _sentence_start(text, pos, _PARAGRAPH_END)
        later = [d["value"] for d in dates[:i] if d["start"] >= paragraph and d.get("value")
                 and len(d["value"]) == 10 and d["value"] > value
                 and (published is None or d["value"] <= published.isoformat())  # (not a day still to come)
                 and not _future_clause(text, d)]  # (患者7月25日将出院: an event still to come)
        if later:
            return max(later), -1
    return value, (end if value else -1)


# A sentence that opens on the present (目前, 截至目前): its figures are as of the report's day.
_PRESENT_OPENING = re.compile(r"\s*(?:截至|截止)?目前")


def _present_after_event_day(text: str, d: dict, sentence: int) -> bool:
    """Is the date ``d``, the last before a sentence that opens on the present (目前，…共有169例), an event's day in an
    earlier paragraph (10月17日，一上海旅行团中两名游客在西安核酸阳性…) rather than a report's date (截至11月16日24时,
    11月16日0—24时, 11月16日通报, 1月15日，本市新增2例…: a sentence with a count's marker)? Then the event's day does
    not govern the present figure: the last report's date before it does (:func:`_report_day_before`: a bulletin's
    date, its dateline), else as_of is null (guideline, CASE_COUNT as_of: a bulletin date governs 截至目前; no
    governing explicit date → null; rule ``as_of.present_after_event``).
    Why: a feature's running total "now" (the s20 and s21 reviews: 内蒙古 169, dated by the day the outbreak began a
    month before) took the day of the story told in the paragraph before. Within the date's own paragraph the present
    is the latest day it told of (rule ``as_of.present_latest``), unchanged."""
    if not _PRESENT_OPENING.match(text, sentence) or "\n" not in text[d["end"]:sentence]:
        return False
    return not _report_day(text, d, sentence)


def _report_day(text: str, d: dict, hi: int, counts_only: bool = False) -> bool:
    """Is the date ``d`` a report's date (截至11月16日24时, 11月16日0—24时, 11月16日通报, or a sentence of that day
    that reports its figures, 1月18日15时，本市新增2例…: a count's marker) rather than an event's day? With
    ``counts_only``, a date of report words with no figure (11月6日，…在…新闻发布会上表示，…由境外输入源头引起) is
    none: it dates what was said, not a count."""
    if _AS_OF_CUE.search(text, max(0, d["start"] - 3), d["start"]) or _BULLETIN_WINDOW.match(text, d["end"]) \
            or (not counts_only and _REPORT_DAY_AFTER.match(text, d["end"])):
        return True
    told = text[d["end"]:_sentence_end(text, d["end"], hi)]
    return (not counts_only and bool(_REPORT_WORDS.search(told))) or last_term("temporal", told) is not None


def _report_day_before(text: str, dates: list[dict]) -> str | None:
    """The day of the last report's date among ``dates`` (those before an event's day that a present figure follows),
    else None. A bulletin (1月18日15时，本市新增2例… then each case's story told by its days, then 截至目前，本市累计报告
    …3例) dates its present figures by its report's date, not null (guideline, as_of: a bulletin date governs 截至目前;
    rule ``as_of.present_after_event``). Why: the s21 review of that rule found a Beijing bulletin's running total,
    dated before by the latest day the last case's story told of, left undated. Only a date that opens its sentence
    (after 截至 at most) counts: a date inside a case's story (为1月15日通报确诊病例的母亲) is no bulletin's. A date that
    says when something was said, with no figure (11月6日，…在新闻发布会上表示), counts only as the text's first date
    in its first two lines, its dateline (1月18日，北京市召开第262场新闻发布会；新华社北京1月18日电)."""
    for k in range(len(dates) - 1, -1, -1):
        d, value = dates[k], dates[k].get("value")
        if value and len(value) == 10 and _OPENING_DATE.fullmatch(text, _sentence_start(text, d["start"]), d["start"]) \
                and _report_day(text, d, len(text), counts_only=k > 0 or text.count("\n", 0, d["start"]) > 1):
            if k + 1 < len(dates) and _PERIOD_TO.fullmatch(text, d["end"], dates[k + 1]["start"]) \
                    and dates[k + 1].get("value") and len(dates[k + 1]["value"]) == 10:
                return dates[k + 1]["value"]  # (1月17日0时至1月18日15时，本市新增2例: the period's end)
            return value
    return None


_PERIOD_TO = re.compile(r"[\d时点:：]*\s*(?:至|到|—|－|-|–)\s*")


# What may precede a report's date in its sentence: nothing, or 截至 (not 为1月15日通报确诊病例的母亲, a case's story).
_OPENING_DATE = re.compile(r"\s*(?:截至|截止)?\s*(?:\d{4}年)?")
# A word of the future (the lexicon's future_word terms; not 模拟, 虚拟).
_FUTURE_WORD = re.compile(r"(?<![模虚])(?:" + _alternation("future_word") + r")")


def _future_clause(text: str, date_mention: dict) -> bool:
    """Is the date an event still to come: a word of the future in its clause (患者7月25日将出院, 计划于8月1日开学)?
    Such a day is not one the paragraph has told of (rule ``as_of.present_latest`` does not take it)."""
    lo = max(text.rfind(c, 0, date_mention["start"]) for c in _CLAUSE_MARKS + "。！？\n") + 1
    ends = [j for j in (text.find(c, date_mention["end"]) for c in _CLAUSE_MARKS + "。！？\n") if j >= 0]
    hi = min(ends) if ends else len(text)
    return _FUTURE_WORD.search(text, lo, hi) is not None


def _period_end(start: date, day: int) -> date:
    """The date of the day ``day`` that ends a period started on ``start`` (3月13日20时至14日21时: 3月14日): of the
    start's month, or of the next month when it is before the start's day (自2022年1月30日6时启动，截至2日6时: 2月2日;
    3月31日20时至1日8时: 4月1日; rule ``as_of.started_until`` and a range's end). ValueError for no such day."""
    if day >= start.day:
        return start.replace(day=day)
    return (start.replace(day=1) + timedelta(days=32)).replace(day=day)


def _relative_period_in(text: str, lo: int, hi: int) -> bool:
    """Is a relative period (近一周, 10天来) written in text[lo:hi]? (Its places in ``text`` are found once.)"""
    ends = _relative_periods(text)
    i = bisect_left(ends, (lo,))
    return i < len(ends) and ends[i][0] < hi and any(a >= lo and b <= hi for a, b in ends[i:i + 4])


def _total_after_period(text: str, sentence: int, pos: int, metric: str) -> bool:
    """Is the figure at ``pos`` a running total (confirmed_cumulative, …) in a clause of its own after a clause that
    counts over a relative period, after 截至 in its sentence (截至当地时间12月30日，美国儿童确诊病例在一周内增加了
    32.5万例，…，使得美国儿童确诊病例总数达到7890756例)? The total is counted up to the 截至 moment, the period is the
    other figure's (rule ``as_of.total_after_period``)."""
    if not metric.endswith("_cumulative") or "截" not in text[sentence:pos]:
        return False
    clause = max(text.rfind(mark, sentence, pos) for mark in "，；,;")
    if clause <= sentence or _relative_period_in(text, clause, pos):
        return False
    first = next((a for a, b in _relative_periods(text) if sentence <= a < clause), None)
    cut = min((i for i in (text.find("截至", sentence, pos), text.find("截止", sentence, pos)) if i >= 0), default=-1)
    return first is not None and 0 <= cut < first


# A period counted back from an explicit moment (截至北京时间12月31日6时22分的过去24小时内): dated by that moment
# (rule ``as_of.anchored_period``), unlike one counted back from the text's own day — also where the sentence opens
# with the moment and the period follows in a later clause (截至美国东部时间1月24日下午6时20分，全美共报告…，而在过去的
# 24小时内，美国新增确诊789789例).
_ANCHORED = re.compile(r"(?:截至|截止)(?:[^，。；！？\n]{2,30}?的|[^。；！？\n]{2,80}?[，,]\s*(?:而|并且|且|其中)?(?:在)?)"
                       r"(?:过去|近|最近)")


def _anchored_period(text: str, lo: int, hi: int) -> bool:
    return "截" in text[lo:hi] and _ANCHORED.search(text, lo, hi) is not None


@lru_cache(maxsize=8)
def _relative_periods(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _RELATIVE_PERIOD.finditer(text) if not _WHO_PERIOD.match(text, m.end())]


# A relative period that says who the people are, not over which days they were counted (排查近14天返乡人员934人,
# 近14天内有外地旅居史的人员; rule ``as_of.who_period``): it takes no as-of date away from the figure.
_WHO_PERIOD = re.compile(r"(?:内|以来)?(?:有|曾)?[^，。；：！？\n]{0,10}?(?:旅居史|居住史|接触史|旅行史|返乡|返回|返[京沪津渝连沈宁]"
                         r"|到过|去过|途经|入境|抵达|来自|从)")


def _dates_later_paragraphs(text: str, d: dict, pos: int) -> bool:
    """Does the date ``d`` govern the figure at ``pos``: yes within its own paragraph; in a later one only when its
    paragraph reports something counted (a bulletin's date, 截至… lines) or is a short dateline (rule
    ``as_of.paragraph``: 2月28日12时，三亚机场发通告：… dates no figure of the next paragraph of a feature)."""
    end = text.find("\n", d["end"])
    if end < 0 or pos <= end:
        return True
    return _paragraph_counts(text, text.rfind("\n", 0, d["start"]) + 1, end)


@lru_cache(maxsize=256)
def _paragraph_counts(text: str, start: int, end: int) -> bool:
    return end - start <= _DATELINE or _kind_pattern("category")[0].search(text, start, end) is not None \
        or _REPORT_WORDS.search(text, start, end) is not None


# A paragraph that introduces a report (3月18日下午，XX市召开疫情防控新闻发布会。) dates the figures of the paragraphs after it.
_REPORT_WORDS = re.compile(r"通报|发布会|获悉|公布|卫健委|卫生健康委|新闻办")


_DATELINE = threshold("case_counts", "dateline")  # characters: a paragraph this short that holds a date is a dateline or heading for what follows


def with_yesterday_dates(text: str, dates: list[dict], published: date | None,
                         stated: tuple[str, int] | None = None) -> list[dict]:
    """``dates`` with each 昨日/昨天 of ``text`` added as a date of its own (the day before the date governing it, else
    before the publication date), so that it governs the paragraphs after it as a written date does: a national
    bulletin that opens 今日通报，昨日0—24时… dates its asymptomatic, cumulative and 港澳台 paragraphs by that day too
    (rule ``as_of.yesterday_governs``). A 昨日 inside a date mention, or comparing (较昨日), adds nothing. Before the
    reporting day a national bulletin states (``stated``, see ``national_stated_day``) 昨日 is that day: a post
    published a day or two after the announcement still reports the announced day's 昨日."""
    if "昨" not in text and "前一" not in text:
        return dates
    starts = [d["start"] for d in dates]
    added = []
    for m in _yesterdays(text):
        i = bisect_right(starts, m.start())
        if i and dates[i - 1]["end"] > m.start():
            continue  # (part of a date mention already)
        value = resolve_as_of(text, dates, m.end(), published=published)  # (the original dates only: no chain)
        if stated is not None and m.start() < stated[1]:
            value = stated[0]
        if value and value != _TODAY:
            added.append({"type": "DATE", "start": m.start(), "end": m.end(), "value": value, "surface": m.group()})
    added += _today_after_yesterday(text, dates, added)
    return sorted(dates + added, key=lambda d: d["start"]) if added else dates


_TODAY_WORD = re.compile(r"今[日天](?![（(])(?<![较比与同]..)")


def _today_after_yesterday(text: str, dates: list[dict], yesterdays: list[dict]) -> list[dict]:
    """A 今日/今天 after a 昨日 of the same paragraph (昨日0时至24时新增4例，今日0时至12时新增2例) is the day after that
    昨日, not the 昨日 governing it (rule ``as_of.today_after_yesterday``)."""
    if not yesterdays or "今" not in text:
        return []
    starts = [d["start"] for d in dates]
    out = []
    for m in _TODAY_WORD.finditer(text, yesterdays[0]["end"]):
        i = bisect_right(starts, m.start())
        if i and dates[i - 1]["end"] > m.start():
            continue  # (part of a date mention already)
        before = [y for y in yesterdays if y["end"] <= m.start() and "\n" not in text[y["end"]:m.start()]]
        if before:
            day = date.fromisoformat(before[-1]["value"]) + timedelta(days=1)
            out.append({"type": "DATE", "start": m.start(), "end": m.end(), "value": day.isoformat(),
                        "surface": m.group()})
    return out


# A date on which a report was announced (国家卫健委3月17日通报：, 据国家卫健委网站3月18日消息，, 中新网2月6日电).
_ANNOUNCED = re.compile(r"(?:[^，。；：\n]{0,8}?)(?:通报|消息|发布|公布|电)[：:，,]?")


def with_announcement_days(text: str, dates: list[dict]) -> list[dict]:
    """``dates`` with the announcement date of a national daily bulletin read as the day before: the National Health
    Commission announces each morning the figures of the day before (3月17日通报 … 截至3月16日24时), so a bulletin
    that gives only its announcement date reports the day before it (rule ``as_of.announced_day_before``). Only in a
    national report (the caller checks), and only for a date followed by the announcement word; a reporting window
    written after it (3月16日0—24时) governs the figures anyway."""
    out = []
    for d in dates:
        value = d.get("value")
        if value and len(str(value)) == 10 and _ANNOUNCED.match(text, d["end"]) \
                and not _BULLETIN_WINDOW.match(text, d["end"]) and _national_announcer(text, d["start"]):
            try:
                d = {**d, "value": (date.fromisoformat(str(value)) - timedelta(days=1)).isoformat()}
            except ValueError:
                pass
        out.append(d)
    return out


def _national_announcer(text: str, pos: int) -> bool:
    """Is the date at ``pos`` that of a national announcement: 国家卫健委 before it, or a national figure (31个省…报告新增)
    in its sentence? (北京3月9日通报 in a national report announces Beijing's figures of that day.)"""
    sentence = _sentence_start(text, pos)
    stop = min([i for i in (text.find(c, pos) for c in _SENTENCE_END) if i >= 0] or [len(text)])
    return "国家卫" in text[sentence:pos] or _national_at(text, sentence, stop) >= 0


_WINDOW_DAY = re.compile(r"(?<![月\d])(?P<day>\d{1,2})日\s*(?=0?(?:时|点)?\s*(?:—|－|-|–|至|到)\s*24(?:时|点))"
                         r"|(?<=截至|截止)(?P<as_of_day>\d{1,2})日\s*(?=24(?:时|点))")  # (截至28日24时: the same day)


def with_window_days(text: str, dates: list[dict], stated: tuple[str, int] | None = None) -> list[dict]:
    """``dates`` with a day written without its month before a reporting window (今天（17日）通报：16日0—24时) added
    as a full date when it is the reporting day a national bulletin states in full in its 截至 line (``stated``, rule
    ``as_of.window_day``): the text gives that day's month. Any other day without its month dates nothing, also the
    day before publication (guideline, measures.md as_of: "a day without its month (17日) → null"; until release
    28.0.0 the day before publication was read, a convention no development gold supported)."""
    if stated is None or "24" not in text:
        return dates
    days = {date.fromisoformat(stated[0]).day: stated[0]}
    added = [{"type": "DATE", "start": m.start(), "end": m.end(), "value": days[int(m.group("day") or m.group("as_of_day"))],
              "surface": m.group()} for m in _WINDOW_DAY.finditer(text)
             if int(m.group("day") or m.group("as_of_day")) in days]
    return sorted(dates + added, key=lambda d: d["start"]) if added else dates


# A reporting window with no day of its own (1月12日，河南省卫健委通报，0—24时，全省新增…) is dated by the date governing
# it, the announcement's, as the guideline's as_of says ("from an explicit date governing it"). No development gold has
# such a window, so no day-before reading is made for it (a session-19 rule, as_of.bare_window, was dropped for that);
# a national bulletin's announcement date is read as the day before by with_announcement_days.


_TODAY_GLOSS = re.compile(r"(?<![较比与同])今[天日]\s*[（(]\s*(?P<day>\d{1,2})日\s*[）)]")


def with_today_glosses(text: str, dates: list[dict], published: date | None) -> list[dict]:
    """``dates`` with a day written without its month that glosses 今天 (禹州市今天（10日）0—12时新增…) added as the
    publication date when it is that date's day (rule ``as_of.today_gloss``): the text says which day it is. Another
    day (今天（9日）in a post published on the 10th, a repost) still dates nothing (guideline: a day without its month)."""
    if published is None or "今" not in text:
        return dates
    starts = [d["start"] for d in dates]
    added = []
    for m in _TODAY_GLOSS.finditer(text):
        i = bisect_right(starts, m.start("day"))
        if (i and dates[i - 1]["end"] > m.start("day")) or int(m.group("day")) != published.day:
            continue
        added.append({"type": "DATE", "start": m.start("day"), "end": m.end("day") + 1, "value": published.isoformat(),
                      "surface": text[m.start("day"):m.end("day") + 1]})
    return sorted(dates + added, key=lambda d: d["start"]) if added else dates


_STATED = re.compile(r"\s*24(?:时|点)")


def national_stated_day(text: str, dates: list[dict], published: date | None) -> tuple[str, int] | None:
    """(day, position) of the reporting day a national bulletin states in its 截至X月X日24时 line, when that is a
    day of the week before publication (rule ``as_of.stated_day``): its figures before that line written with no
    date of their own (国家卫健委通报：31个省…新增…) are of that day — also in a post published a day or more after
    the announcement. (Called for national reports only.)"""
    if published is None:
        return None
    earliest, latest = (published - timedelta(days=_STATED_WITHIN)).isoformat(), published.isoformat()
    for d in dates:
        value = str(d.get("value") or "")
        if len(value) == 10 and earliest <= value < latest and _STATED.match(text, d["end"]) \
                and _AS_OF_CUE.search(text, max(0, d["start"] - 3), d["start"]):
            return value, d["start"]
    return None


_STATED_WITHIN = threshold("case_counts", "stated_within")  # days: a bulletin reposted later than this is dated by its own words only


# A date of a person's journey (于8月3日抵达上海浦东国际机场, 7月8日从阿联酋到达): it dates no figure after it.
_TRAVEL_AFTER = re.compile(r"[^，。；]{0,12}?(?:抵达|到达|抵京|抵沪|(?<!对)入境(?!人员)|出发|乘坐|乘机|返回|返京|航班)")
# (10月11日包头市在对入境人员核酸筛查中发现2例…: the inbound people screened are a group, not a journey, and the date is
# the finding's; 7月2日从蒙古国入境 is a journey)
_AS_OF_CUE = re.compile(r"截至|截止|至$")
_BULLETIN_WINDOW = re.compile(r"0?(?:时|点)?\s*(?:—|－|-|–|至|到)\s*24(?:时|点)|24(?:时|点)")  # 0—24时, 24时


# A date opening a period (自10月17日额济纳旗发生疫情以来) governs only its own sentence, and there no figure.
_PERIOD_START = re.compile(r"[^，。；！？\n]{0,30}?(?:以来|至今|之后|以后)")
# After 自/从 a date also opens a period with a bare 后 (这是自7月28日扬州出现本土确诊病例后，扬州首次实现…零新增: the
# figures come after the event, never on its day), or with 起/开始 where running totals of the period follow in the
# clause it governs (自2020年1月21日起，累计追踪到密切接触者43034人): bulletins write the start of their running totals so (rule
# ``as_of.from_period``). 起/开始 also start a measure (从8月5日开始，三亚市实行全域静态管理。当天，三亚新增…): with no
# word of a running total (the lexicon's ``period_total``) in the clause the start governs (up to the figure), the date
# dates the figures after it as any date does. (下午 is no 后; 之后/以后 are in _PERIOD_START already.)
_FROM_PERIOD = re.compile(r"(?P<start>起|开始)|[^，。；！？\n]{0,30}?(?<![之以午])后")
_FROM_BEFORE_DATE = ("自", "从")
_PERIOD_TOTAL = re.compile(_alternation("period_total"))
_CLAUSE_OR_SENTENCE_END = re.compile(r"[，,；;。！？\n]")  # (with ASCII marks, as some outlets write)


def _opens_period(text: str, d: dict, hi: int | None = None) -> bool:
    """Does the date ``d`` open a period (自10月17日…以来, 7月20日至今, 自2020年1月21日起…累计, 自7月28日…后) for the
    figures in text up to ``hi`` (without ``hi``: for those of its sentence; 起/开始 only with a ``period_total`` word in
    the clause the start governs)?"""
    hi = len(text) if hi is None else hi
    if _PERIOD_START.match(text, d["end"], hi):
        return True
    if not text.endswith(_FROM_BEFORE_DATE, 0, d["start"]):
        return False
    m = _FROM_PERIOD.match(text, d["end"], hi)
    if m is None or m.group("start") is None:
        return m is not None
    # (The clause the start governs, after 起's comma: 从8月6日起，浦东新区实行封控管理，当天…新增229例，累计报告…1000例
    # starts a measure, whatever a later clause totals.)
    clause = _CLAUSE_OR_SENTENCE_END.search(text, m.end() + 1 if text.startswith(("，", ","), m.end()) else m.end())
    return _PERIOD_TOTAL.search(text, m.end(), min(clause.start() if clause else len(text), hi)) is not None


def _bulletin_day_before_period(text: str, earlier: dict, period_start: str | None, pos: int) -> bool:
    """Is ``earlier`` a bulletin's day (截至2021年8月6日24时, 8月6日0—24时) in an earlier paragraph that still governs the
    figure at ``pos`` (``_dates_later_paragraphs``) and falls after the period's start? Then a running total since
    that start (截至2021年8月6日24时，…。⏎自2020年1月21日起，累计追踪到密切接触者43034人) is as of the bulletin's day, not
    of the period's start (rule ``as_of.from_period``)."""
    value = earlier.get("value") or ""
    if not (period_start and _ISO_DAY.fullmatch(value) and _ISO_DAY.fullmatch(period_start) and value > period_start):
        return False
    cued = _AS_OF_CUE.search(text, max(0, earlier["start"] - 3), earlier["start"]) is not None \
        or _BULLETIN_WINDOW.match(text, earlier["end"]) is not None
    return cued and _dates_later_paragraphs(text, earlier, pos)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# A date in a clause that names cases reported or found on it before, and what befell them since (9月19日报告的外省返滇
# 无症状感染者转为确诊病例1例; 9月4日报告的无症状感染者中，有2例治愈出院), is those cases' history, not the date of the
# figures after it (rule ``as_of.earlier_cases``). The later event (the lexicon's ``later_event``) must follow the cases
# in their clause, or in their sentence after 中: without one the figure counts what was reported that day
# (8月9日报告的本土确诊病例105例; 8月8日报告的本土感染者中，三亚市1047例) and the date dates it.
_EARLIER_CASES = re.compile(r"[^，。；！？\n\d]{0,4}?(?:报告|发现|确诊|通报)的[^，。；！？\n\d]{0,12}?(?:感染者|病例|患者|阳性)"
                            r"(?P<among>中)?")
_LATER_EVENT = re.compile(_alternation("later_event"))


def _earlier_cases_after(text: str, end: int) -> bool:
    """Does the date ending at ``end`` name cases reported earlier, the subject of a later event (rule
    ``as_of.earlier_cases``)?"""
    m = _EARLIER_CASES.match(text, end)
    if m is None:
        return False
    stop = _SENTENCE_STOP if m.group("among") else _CLAUSE_OR_SENTENCE_END
    clause = stop.search(text, m.end())
    return _LATER_EVENT.search(text, m.end(), clause.start() if clause else len(text)) is not None


# A date in parentheses right after a day word (今天（7月31日）下午3时，…召开新闻发布会) is that day's date, not an aside: it
# governs the figures after it as a written date does (rule ``as_of.day_gloss``).
_DAY_GLOSS = tuple(day + paren for day in ("今天", "今日", "当天", "当日") for paren in "（(")


def _in_closed_parenthesis(text: str, d: dict, pos: int) -> bool:
    opening = max(text.rfind("（", 0, d["start"]), text.rfind("(", 0, d["start"]))
    if opening < 0 or max(text.rfind("）", 0, d["start"]), text.rfind(")", 0, d["start"])) > opening:
        return False
    closing = [i for i in (text.find("）", d["end"], pos), text.find(")", d["end"], pos)) if i >= 0]
    return bool(closing)


def _mention(text: str, start: int, end: int, metric: str, value: int, place: str | None, as_of: str | None,
             rule: str, qualified: dict[str, str | None] | None = None) -> dict:
    # (The value is written in decimal digits: the mention record's `value` column is text, shared with DATE.)
    # ``qualified``: the figure's origin, period and subject (:mod:`imcovid.annotate.count_qualifiers`), null if none.
    return {"type": "CASE_COUNT", "start": start, "end": end, "surface": text[start:end], "metric": metric,
            "value": str(value), "place_code": place, "as_of": as_of, "annotator": ANNOTATOR, "rule": rule,
            **(qualified or _NO_QUALIFIERS)}


_NO_QUALIFIERS = {"origin": None, "period": None, "subject": None}


def _reading_qualifiers(text: str, reading: dict, metric: str, pos: int) -> dict[str, str | None]:
    """The qualifiers of a figure from its reading: the marker its words state (a zero phrase's only when it writes
    新增: ``stated_temporal``), its scope, its counted noun."""
    temporal = reading["stated_temporal"] if "stated_temporal" in reading else reading["temporal"]
    return qualifiers(text, pos, metric, reading["family"], temporal, reading["scope"])


# Half-width punctuation (广东21例,上海15例;本土病例93例(内蒙古56例): outlets that write it, Traditional sources
# converted to Simplified) read as the full-width marks the figure rules are written for. One character for one, so
# offsets do not move; a comma between digits (1,139例) stays a thousands separator.
_HALF_WIDTH = re.compile(r",(?!\d{3}(?!\d))|[;:()]")
_FULL_WIDTH = {",": "，", ";": "；", ":": "：", "(": "（", ")": "）"}


def full_width_punctuation(text: str) -> str:
    """``text`` with the clause and list punctuation of the figure rules in full width, at the same offsets."""
    if not any(mark in text for mark in _FULL_WIDTH):  # (most texts: five scans in C, no regular expression)
        return text
    return _HALF_WIDTH.sub(lambda m: _FULL_WIDTH[m.group()], text)


def find_case_counts(text: str, places: list[dict], dates: list[dict], published: date | None = None) -> list[dict]:
    """Every figure of ``text``; ``places`` and ``dates`` are its LOCATION and DATE mentions, ``published`` its
    publication date (the day 昨日 counts from when no date governs a figure). The rules read the text with its
    punctuation in full width (``full_width_punctuation``); surfaces are those of ``text``."""
    read = full_width_punctuation(text)
    items = numbered_items(read)  # (a roundup after a digest's lead, a digest's NO.1 … or N丨 items: s21mdig)
    if items:
        mentions = _find_by_item(read, items, places, dates, published)
    else:
        mentions = _find_case_counts(read, places, dates, published)
    if read is not text:
        for m in mentions:
            m["surface"] = text[m["start"]:m["end"]]
    return mentions


# A numbered item (1、…) at a paragraph's start or after a sentence's or the lead's end. (Arabic numbers with 、 only:
# 一、二、 number a bulletin's sections, 一、新增情况, not news items.)
_ITEM_NUMBER = re.compile(r"(?:(?<=[。！？；：:\n])|^)[ \t\u3000]*(?P<n>\d{1,2})、")
_ROUNDUP_ITEMS = threshold("case_counts", "roundup_items")
# What replaces the other items of a roundup when one item is read: sentence ends, so that the item stays a sentence
# of its own in the lead's paragraph, at its own offsets.
_MASK = "。"
_ANY_FIGURE = re.compile(r"[\d无零没未" + CHINESE_NUMERAL_CHARS + r"]")  # (what every figure or zero phrase holds)


def roundup_items(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each item of a roundup of separate news in ``text``: a run of numbered items 1、2、3…, in
    one paragraph or one a line, at least ``roundup_items`` long, after a digest's lead (data kind ``roundup_lead``:
    今天《新闻联播》主要内容有：1、习近平…。2、…。11、国家卫健委：昨日新增…), else []. The last item ends at its
    paragraph's end."""
    if "5、" not in text:
        return []  # (no fifth item: most texts, found by one scan in C)
    runs: list[list[re.Match]] = []
    for m in _ITEM_NUMBER.finditer(text):
        n = int(m.group("n"))
        if runs and n == int(runs[-1][-1].group("n")) + 1:  # (on one line or one a line: 联播 posts have both)
            runs[-1].append(m)
        elif n == 1:
            runs.append([m])
    items: list[tuple[int, int]] = []
    lead_words = _kind_pattern("roundup_lead")[0]
    for i, run in enumerate(runs):
        if len(run) < _ROUNDUP_ITEMS or lead_words.search(text, *_lead(text, run[0].start())) is None:
            continue  # (too short, or no digest's lead: a bulletin's numbered points, whose first point dates the rest)
        last_end = text.find("\n", run[-1].end())
        last_end = len(text) if last_end < 0 else last_end
        if i + 1 < len(runs):
            # (a second run in the paragraph, 国内要闻：1、…5、…。国际要闻：1、…, ends the first run's last item: else
            # its items would be read as one item, each figure with the others blanked out)
            last_end = min(last_end, runs[i + 1][0].start())
        ends = [m.start() for m in run[1:]] + [last_end]
        items += [(m.start(), e) for m, e in zip(run, ends)]
    return items


def _lead(text: str, first: int) -> tuple[int, int]:
    """(start, end) of the lead of a list whose first item starts at ``first``: its line up to the item, or the line
    before when the item opens its line (items one a line)."""
    line = text.rfind("\n", 0, first) + 1
    if text[line:first].strip():
        return line, first
    return text.rfind("\n", 0, max(line - 1, 0)) + 1, first


def _find_by_item(text: str, items: list[tuple[int, int]], places: list[dict], dates: list[dict],
                  published: date | None) -> list[dict]:
    """The figures of a text holding a roundup (rule ``case_count.roundup_item``): each item is read alone, the other
    items replaced by sentence ends, so that a place or a date of one news item (在京闭幕, 2022年3月5日召开,
    新疆…声明) is not the place or date of a figure in another (国家卫健委：昨日新增本土确诊病例55例); the lead before
    the items (财联社12月24日电，今天《新闻联播》…) governs every item. The text outside the items is read once, with
    every item masked."""
    def masked(keep: tuple[int, int] | None) -> tuple[str, list[dict], list[dict]]:
        chars = list(text)
        for a, b in items:
            if (a, b) != keep:
                chars[a:b] = _MASK * (b - a)
        out = [(a, b) for a, b in items if (a, b) != keep]

        def shown(m: dict) -> bool:
            return not any(a <= m["start"] < b for a, b in out)

        return "".join(chars), [m for m in places if shown(m)], [m for m in dates if shown(m)]

    category = _kind_pattern("category")[0]
    outside = [(0, items[0][0])] + [(b, a) for (_, b), (a, _) in zip(items, items[1:]) if b < a] \
        + [(items[-1][1], len(text))]
    mentions = []
    if any(category.search(text, a, b) for a, b in outside):  # (a lead and a close with nothing counted: not read)
        mentions = [m for m in _find_case_counts(*masked(None), published)
                    if not any(a <= m["start"] < b for a, b in items)]
    for a, b in items:
        if category.search(text, a, b) is None or _ANY_FIGURE.search(text, a, b) is None:
            continue  # (nothing counted, or no number or zero, in the item: most items of a roundup)
        mentions += [m for m in _find_case_counts(*masked((a, b)), published) if a <= m["start"] < b]
    return sorted(mentions, key=lambda m: m["start"])


def _find_case_counts(text: str, places: list[dict], dates: list[dict], published: date | None) -> list[dict]:
    places = sorted((p for p in places if p["type"] == "LOCATION" and not text.startswith("时间", p["end"])),
                    key=lambda p: p["start"])  # (北京时间 is a time zone, not the place a figure is counted for)
    places = with_list_short_forms(text, places)
    # (another disease named anywhere in the text, looked for once: most texts name none, and their figures skip the check)
    other_diseases = _kind_pattern("other_disease")[0].search(text) is not None
    adverse_events = _kind_pattern("adverse_event")[0].search(text) is not None  # (likewise, a vaccine's adverse events)
    dates = sorted((d for d in dates if d["type"] == "DATE"), key=lambda d: d["start"])
    nouns = [m.start() for m in _kind_pattern("category")[0].finditer(text)]
    if "核酸" in text:
        # (a bare test after a count of people, 共2100多人就地核酸, names what is counted: rule case_count.tested_right_after)
        nouns = sorted(nouns + [m.start() for m in _TESTED_BARE.finditer(text)])
    if "感染" in text:
        # (an infection with the virus named, 已经有超过百名船员感染新冠病毒, names what is counted: rule
        # case_count.infected_after)
        nouns = sorted(nouns + [m.start() for m in _INFECTION_NAMED.finditer(text)])
    if "新增" in text:
        # (a sentence with new cases and no noun, 美国单日新增突破60万例, has figures too: rule case_count.bare_new;
        # so has a text with no counted noun anywhere, 杭州再新增6例，其中富阳3例。)
        nouns = sorted(nouns + [m.start() for m in _BARE_NEW.finditer(text)]
                       + [m.start() for m in _TIMELINE_ZERO.finditer(text)])
    if not nouns:
        return []  # nothing counted: no figure can be read
    # The dates a bulletin writes without a full date mention (昨日, 16日0—24时) or as its announcement day.
    national_report = _national_report(text)
    stated_day = national_stated_day(text, dates, published) if national_report else None
    dates = with_yesterday_dates(text, dates, published, stated_day)
    dates = with_announcement_days(text, dates) if national_report else dates
    dates = with_window_days(text, dates, stated_day)
    dates = with_today_glosses(text, dates, published)
    starts = [p["start"] for p in places]
    respective = _respective_places(text, places, starts) if "分别" in text else {}
    article_place = _UNSET  # (the article's own place, found when a figure first needs it)
    day_only = [m.start() for m in _DAY_ONLY.finditer(text)]
    mentions = []
    previous_end = 0
    context: dict | None = None  # the reading of the figure before, within the sentence
    total: dict | None = None  # the reading of a total of imported and local cases whose parts follow
    zero_scope = None  # the scope of the last zero phrase, for its further nouns
    zero_new = False  # whether the last zero phrase wrote 新增 (for the period of its further nouns)
    bulletin_day = None  # the as-of date of the last daily (new) figure
    main_place: str | None = _UNSET  # place of the last figure that was not a list item (a bulletin's headline figure)
    restore: tuple[int, str | None] | None = None  # (paragraph end, main place) after a division's running total
    reporter = (-1, -1)  # (sentence, start) of the national health body that reported the last figure, if one did
    own_places: dict[str, str] = {}  # 本市/我省… → the division it was first resolved to (see _own_jurisdiction)
    reported_by_body = _kind_pattern("national_reporter")[0].search(text) is not None  # (most texts name none)
    for match in sorted(_candidates(text, nouns), key=lambda m: m.start()):
        start, end = match.start(), match.end()
        if start < previous_end:
            continue
        if text.startswith("以上", end) and match.re is _FIGURE and match.group("num") in _MAGNITUDES:
            continue  # (新增百例以上的省份增至4个: a threshold, no figure, nor the head of the parts after it)
        if match.re is _FIGURE and text.startswith(_UPPER_BOUND, end):
            continue  # (连续7天新增病例5例以下: an upper bound, no figure)
        if _STREAK_BEFORE.search(text, max(0, start - _STREAK_SPAN), start):
            continue  # (日增本土感染者连续4天超过200例: a threshold the days of a streak passed, no day's figure)
        if match.re is _ZERO and match.group("suspected"):
            # 无新增疑似病例和无症状感染者: suspected cases are no metric, but the nouns after them are zeros of their
            # own (rule ``case_count.zero_list``), with no scope of an earlier zero phrase
            zero_scope = None
            continue
        sentence = _sentence_start(text, start)
        if restore is not None and start > restore[0]:
            main_place, restore = restore[1], None  # (rule ``place.sub_total``: see _sub_total)
        if previous_end < sentence and not _BREAKDOWN.match(text, sentence) and not _list_continues(text, sentence):
            # (a sentence opening with 其中 breaks down the figure of the sentence before; one opening with a scope,
            # 境外输入病例34例…, breaks down the total of imported and local cases before it)
            context = total if total is not None and _SCOPE_START.match(text, sentence) else None
        head_start = own_start = max(sentence, previous_end)
        # A parenthesis closed before the figure is an aside (（为境外输入，来自7月2日阿富汗—武汉…），新增死亡病例0例):
        # its places and words are not the figure's.
        close = max(text.rfind("）", head_start, start), text.rfind(")", head_start, start))
        opening = max(text.rfind("（", head_start, close), text.rfind("(", head_start, close)) if close >= 0 else -1
        aside = None
        if close >= 0 and close - opening > 4:
            head_start = close + 1  # (not a short insertion inside a name: 北京涉冬（残）奥闭环人员4例)
            aside = (opening, close)
        head = text[head_start:start]
        inside = _inside_parentheses(text, sentence, start)
        unit = (inside or _unit_patterns()[0].search(head)) and not _places_within(places, starts, head_start, start) \
            and _unit_in_list(text, head, context)
        if "来源" in text[sentence:start] and _by_source(text, sentence, start):
            continue  # 病例来源为：集中隔离点14人…: parts by source, an attribute (not a credit line's 来源)
        if other_diseases and _other_disease(text, head_start, end):
            continue  # 英国已累计报告猴痘病例9例: another disease's figure (rule ``case_count.other_disease``)
        if adverse_events and _kind_pattern("adverse_event")[0].search(_figure_words(text, head_start, end)):
            continue  # 接种疫苗后出现血栓病例30例: a vaccine's adverse events (rule ``case_count.adverse_event``)
        if inside and _origin_part(text, places, starts, start):
            # (青岛市报告乌克兰、阿根廷、韩国输入各1例): parts of imported cases by the country they came from, an
            # attribute (rule ``case_count.origin_part``); the parenthesis is theirs.
            previous_end = _closing(text, end)
            continue
        if inside and context is not None and context.get("family") not in _CASE_FAMILIES \
                and _ORIGIN_SCOPE_PART.match(text, _opening_before(text, sentence, start) + 1):
            # 新增出院病例31例（本土确诊病例30例，境外输入确诊病例1例）: parts of people discharged (or dead, in hospital)
            # by where they were infected, an attribute; they are no new cases (rule ``case_count.state_origin_part``).
            previous_end = _closing(text, end)
            continue
        if _released_breakdown(text, sentence, start):
            # 12例无症状感染者解除医学观察，其中本土10例（驻马店市9例，…），境外输入2例: a breakdown of people released is
            # released people too, not under observation nor new (rule ``case_count.released_list``)
            previous_end = _closing(text, end)
            continue
        own_part = inside and _own_metric_part(head)
        # (A place right after the figure, 有654例在九台区: looked for only inside parentheses, where it decides.)
        after = _place_after(text, _tail_end(text, end), places, starts) if inside else None
        if inside and not unit and not own_part and not _places_within(places, starts, head_start, start) \
                and not _split(head) and not after:
            # A part inside parentheses counts only when it is a part by place (内蒙古56例); the words up to the
            # closing parenthesis (轻型…, 含3例…转确诊病例) belong to no other figure.
            # (…up to the end of its own item when a list by place goes on after a semicolon: 南京市报告14例，其中1例
            # 为…；淮安市报告4例)
            close = min([i for i in (text.find("）", end), text.find(")", end), text.find("；", end)) if i >= 0]
                        or [end])
            previous_end = _parts_after_note(text, end, close, context) or close
            continue
        if match.re is _ZERO_ITEM:
            reading = read_zero_item(match, zero_scope)
            if reading is None:
                continue
        else:
            reading = read_zero(match) if match.re is _ZERO else None
        if reading is not None and match.re is _ZERO:
            zero_scope = reading["scope"]
            # (whether the zero phrase writes 新增: 无新增死亡病例 is the day's, 无死亡病例 of an imported section's
            # totals says no period; its further nouns share the phrase's, as they share its scope)
            zero_new = "新增" in match.group()
        if reading is not None and match.re in (_ZERO, _ZERO_ITEM):
            reading = {**reading, "stated_temporal": "new" if zero_new else None}
        if not inside and context is not None and context.get("paren_outer") is not None \
                and _closed_between(text, context["end"], start):
            # 新增感染者10例（确诊病例6例、无症状感染者4例），其中朝阳区5例…: after the split in parentheses, a list
            # goes on from the figure before it, not from the split's last part (rule ``case_count.after_split``)
            context = context["paren_outer"]
        reading = reading if match.re in (_ZERO, _ZERO_ITEM) else read_figure(
            text, match, _blank_scope_clause(head), context,
            "" if unit or (inside and after) or _place_right_after(text, end, places, starts) or start in respective
            or _origin_part_place(text, end, places, starts, None if main_place is _UNSET else main_place)
            else _blank_scope_clause(_without_places(text, head_start, start, places, starts)))
        previous_end = _trailing_place_end(text, reading["end"], places, starts) if reading else _tail_end(text, end)
        if reading is None:
            # The parts in parentheses of a figure that is not counted (含3例由无症状感染者转为确诊病例（辽宁1例…）)
            # belong to it, not to the list before it.
            previous_end = _own_parenthesis_end(text, previous_end)
            if inside:
                # A part by attribute inside a list by place (其中1例为无症状感染者转为确诊病例；淮安市报告4例): its
                # clause is its own; the list goes on after it.
                stops = [i for i in (text.find(c, previous_end) for c in "，；、）)") if i >= 0]
                previous_end = max(previous_end, min(stops)) if stops else previous_end
            elif ("含" not in head[-6:] and not _FILLER.match(re.split(r"[，,；;]", head)[-1])
                  and not skipped(re.split(r"[，,；;]", head)[-1]) and not _ATTRIBUTE_PART.search(head)) \
                    or _released_head(head):
                # (a part by attribute inside a list by place, 佛山报告5例，3例来自孟加拉国，其余2例…；东莞报告1例, or a
                # part by severity before one, 轻型2025例、普通型27例；按照地区分布为：吉林市1024例, does not end the list)
                context = None  # (a figure not counted heads no list; a reclassification note 含… sits inside one)
            continue
        outer, context = context, reading
        if inside and outer is not None and reading["rule"] != "case_count.list_item" and not own_part and _split(head):
            context = {**reading, "paren_outer": outer.get("paren_outer") or outer}
        split = _split_after(text, reading["end"]) if reading["family"] in ("confirmed", "asymptomatic") \
            and reading["temporal"] == "new" and reading["scope"] is None else None
        if split is None and reading["family"] in ("confirmed", "asymptomatic") and reading["temporal"] == "new" \
                and reading["scope"] is None and _split_later(text, reading["end"], reading["family"]):
            split = "total"  # (a national total whose parts a later sentence gives: 新增确诊病例中，境外输入…；本土…)
        if split is not None and split != "total":
            reading = context = {**reading, "scope": split}  # 新增确诊病例36例，均为境外输入病例（上海20例…）
        metric = metric_for(reading["family"], reading["temporal"], reading["scope"], reading["classifier"],
                            dated=_DAY_WORD.search(head) is not None or (
                                reading["family"] in _CASE_FAMILIES and reading["temporal"] is None
                                and _dated(text, sentence, start, head, outer)))
        # (the sentence is read only for a figure whose metric depends on it: most take their marker from the head)
        if metric is not None and reading["temporal"] is None and reading["family"] in _CASE_FAMILIES \
                and not _DAY_WORD.search(head) and not _SENTENCE_DAY.search(text, sentence, start) \
                and _headline_report(text, start):
            reading = {**reading, "rule": "case_count.headline_report"}  # (new cases by a headline's reporting verb)
        elif metric is not None and reading["temporal"] is None and reading["family"] in _CASE_FAMILIES \
                and reading["rule"] == "case_count.head" and not _DAY_WORD.search(head):
            reading = {**reading, "rule": "case_count.dated_sentence"}  # (new cases by the sentence's day alone)
        if metric is not None and reading["temporal"] is None and metric.endswith(("_local", "_imported")) \
                and context is not None and context.get("temporal") is None:
            # The parts of a day's cases are that day's cases too (今天发布的914例确诊病例中…。按照行政区域划分，松江区
            # 291例…: a list in a sentence with no day of its own; rule ``case_count.dated_parts``).
            context = {**context, "temporal": "new"}
        if metric in ("confirmed_local", "confirmed_imported") and reading["rule"] != "case_count.list_item" \
                and _positive_total(text, start, reading["end"], reading["value"]):
            # 深圳新增86例病例，其中，75例…确诊病例，11例…无症状感染者: both together. Imported ones (新增从香港输入个案
            # 44宗，分别为34宗确诊、10宗无症状感染) no metric counts (the guideline's positive_local is local): not
            # annotated, but the figure still heads its parts (their place and day) until the mentions are returned.
            imported = metric == "confirmed_imported"
            metric = metric if imported else "positive_local"
            reading = {**reading, "rule": _IMPORTED_TOTAL if imported else "case_count.positive_total"}
        if metric == "screened" and "筛查" in head and "核酸" in text[sentence:start]:
            metric = "tested"  # 开展了一次核酸筛查，累计筛查3000多万人次: nucleic-acid screening tests people
        state = _state(head)
        if state is not None and reading["family"] in (*_CASE_FAMILIES, "close_contacts"):
            metric = state  # 尚在医学观察的无症状感染者, 在定点医院隔离治疗的确诊病例
            if reading["rule"] != "case_count.list_item":
                # 治愈出院本土确诊病例89例（海城区67例、银海区21例…）: its parts by place are recovered people too, not
                # new cases (the list goes on from the state, as for 新增治愈出院病例…（四川71例…）)
                context = {**context, "family": state}
        elif reading["temporal"] == "current" and (last_term("observation", head) or reading["family"] == "close_contacts"):
            metric = "under_observation"  # 尚在医学观察的密切接触者; 现有密切接触者1245人 (contacts held now)
        elif reading["temporal"] == "current" and reading["family"] in _CASE_FAMILIES and _in_hospital(text, reading["end"]):
            metric = state = "hospitalised"  # 现有确诊病例20例（…均已转至定点医疗机构救治）: said to be in hospital
            if reading["family"] == "asymptomatic" and _observed_too(text, reading["end"]):
                # …无症状感染者22例，均在定点医疗机构隔离治疗和医学观察: the asymptomatic people are the ones under
                # observation, as 尚在医学观察的无症状感染者 (rule ``case_count.state``). Said to be in hospital only
                # (…无症状感染者2例。均在定点医院隔离治疗), they are hospitalised, the state the text names (review s22:
                # the guideline's metric follows the state words, 在院 → hospitalised; it says nowhere that an
                # asymptomatic infection is under observation wherever it is held)
                metric = state = "under_observation"
        elif reading["temporal"] == "current" and reading["family"] in _CASE_FAMILIES and _in_observation(text, reading["end"]):
            # 现有无症状感染者80例（均在定点医院隔离医学观察）: said to be under medical observation (rule
            # ``case_count.state``, as 尚在医学观察的无症状感染者)
            metric = state = "under_observation"
        if metric is None and reading["temporal"] is None and reading["family"] in _CASE_FAMILIES \
                and _sentence_marker(text, sentence, start) == "new":
            # 新增本土确诊病例141例（…），其中无症状转确诊1例，本土无症状感染者37例: the sentence's 新增 governs a list
            # item whose figure before it was a part by attribute (not counted, so no reading to continue).
            rule = reading["rule"] if reading["rule"] == "case_count.list_item" else "case_count.sentence_marker"
            reading = context = {**reading, "temporal": "new", "rule": rule}
            metric = metric_for(reading["family"], "new", reading["scope"], reading["classifier"], dated=False)
        if metric is None and reading["temporal"] is None and reading["family"] in _CASE_FAMILIES and state is None:
            marker = _paragraph_marker(text, start)
            if marker == "new" and reading["scope"] is not None and _WINDOW_OPEN.match(text, _line_start(text, start)):
                # 9月18日0—24时，…报告新增本土确诊病例1例…。境外输入确诊病例1例，由首都机场…: a later sentence of a
                # day's bulletin paragraph reports that day's cases, imported or local (rule
                # ``case_count.bulletin_paragraph``).
                reading = context = {**reading, "temporal": "new", "rule": "case_count.bulletin_paragraph"}
                metric = metric_for(reading["family"], "new", reading["scope"], reading["classifier"], dated=False)
            elif marker == "current" and _in_hospital(text, reading["end"]):
                # 截至8月22日24时，…现有本土确诊病例42例，…。境外输入无症状感染者2例。以上人员均在定点医院隔离治疗: the
                # paragraph's 现有 governs its later sentences, in hospital as its closing sentence says (rule
                # ``case_count.paragraph_current``).
                reading = context = {**reading, "temporal": "current", "rule": "case_count.paragraph_current"}
                metric = state = "hospitalised"
        if (metric is None or reading["value"] is None) and split != "total":
            continue
        if metric == "deaths" and (_other_death_cause(text, start) or _after_vaccination(text, head_start, end)):
            # 公寓楼倒塌…死亡总人数达到90人, 接种疫苗后共出现3例死亡: no epidemic figure (rules
            # ``case_count.other_death_cause``, ``case_count.after_vaccination``)
            continue
        # A national bulletin (31个省…): a figure counted for the country has no place; its parts by place keep theirs.
        national = _national_at(text, sentence, start)
        if reading.get("intro") is not None and national >= reading["intro"]:
            national = _national_at(text, sentence, reading["intro"])  # (来自17个省份：四川132例: no national part)
        if national < 0 and reported_by_body:
            national = _national_reporter_at(text, places, starts, sentence, start)
            if national >= 0:
                reporter = (sentence, national)
            elif reporter[0] == sentence and not _places_within(places, starts, head_start, start):
                national = reporter[1]  # (…新增本土确诊病例9例，新增本土无症状感染者4例: the same body's next figure)
        abroad = not own_part and _abroad(text, places, starts, sentence, start, reading["scope"] is not None)
        across = False  # (divisions of several provinces named together before the figure: see _across_provinces)
        if own_part and mentions:
            place = mentions[-1]["place_code"]  # 香港特别行政区20342例（出院15448例）: the part's own place
        elif national >= own_start or unit or abroad:
            place = None  # (a national total, a part for a unit that is not a division, a foreign figure)
        else:
            carried = None if national >= 0 else main_place
            if carried != _UNSET and reading["rule"] != "case_count.list_item" and not own_part:
                # 【北京】⏎新增3例本土确诊病例: a section heading that is only a place names the place of the figures
                # under it that name none, not the place the section before left (rule ``place.section_heading``).
                section = _section_place(text, places, starts, start, mentions[-1]["start"] if mentions else 0)
                carried = section or carried
            # (found once for the figure: resolve_place uses it, and the figure keeps it)
            across = _across_provinces(
                text, [p for p in places[bisect_left(starts, head_start):bisect_left(starts, start)] if p.get("code")])
            place = resolve_place(text, places[:bisect_left(starts, start)], head_start, start, carried, across)
            across = across and place is None
            if _various_places(text, places, starts, head_start, start):
                # (各地累计报告关联病例262例: counted across places, no one division's; nor the article's place)
                place, across = None, True
            # (the aside's clause opens after the last clause mark before it, else at the sentence's start: 10月11日…
            # 阿荣旗在对…（关联海拉尔区阳性感染者）…发现1例 has none; and the figure must be in that same clause: an aside
            # closing a clause before the figure's, …均为石家庄市报告（藁城区…），新增本土无症状感染者1例, says nothing
            # of where the later figure was counted)
            clause = max(sentence, max(text.rfind(c, sentence, aside[0]) for c in _CLAUSE_MARKS) + 1) \
                if aside is not None else -1
            if aside is not None and national < 0 \
                    and not any(c in _CLAUSE_MARKS for c in text[aside[1] + 1:start]) \
                    and _places_within(places, starts, aside[0], aside[1]) \
                    and _places_within(places, starts, clause, aside[0]) \
                    and not _places_within(places, starts, head_start, start):
                # 阿荣旗在对集中隔离密接人员（关联海拉尔区阳性感染者）核酸筛查中发现1例: the aside's place is not where
                # the figure was counted, nor the place a figure before left; the place of the aside's own clause, before
                # it, is (rule ``place.before_aside``; a place in an earlier clause or aside, 新增…1例（黄冈市…），新增死亡
                # 病例0例, is not)
                place = resolve_place(text, places[:bisect_left(starts, aside[0])], clause, aside[0], carried)
            heading = _heading_start(text, start)
            if heading is not None and national < 0 and not national_report \
                    and not _places_within(places, starts, heading, _line_end(text, start)):
                # A heading with no place of its own (6天超500人感染) is about the article's place, not the place of the
                # paragraph's last figure before it (rule ``place.heading``).
                if article_place is _UNSET:
                    article_place = _article_place(places, text)
                place = article_place if article_place is not None else place
            elif heading is not None and national < 0 and not _places_within(places, starts, heading, start):
                # A heading that names its place after its figure (一天新增19例本土确诊！内蒙古满洲里疫情再起): that
                # place, not the one the body before it left (rule ``place.heading``).
                place = _heading_place_after(places, starts, reading["end"], _line_end(text, start)) or place
        if reading["rule"] == "case_count.list_item" and text.startswith("在", reading["end"]) and not after:
            after = _place_after(text, reading["end"], places, starts)
        if reading["rule"] == "case_count.list_item" and not after:
            # (the total's place, not the item before's: 其中有8例来自额济纳旗、2例来自阿拉善左旗)
            after = _origin_part_place(text, reading["end"], places, starts, place if main_place is _UNSET else main_place)
        if after and not _places_within(places, starts, head_start, start) and reading["rule"] == "case_count.list_item":
            place = after  # 长春市961例（有654例在九台区）: a part whose place follows its figure
        at = reading.get("at")
        if at is not None and not unit and not abroad:
            # 已有2人在湖南检出阳性、2人在广州检出阳性: the place written between the figure and 检出阳性 is where the
            # people tested positive, the figure's own place (rule ``place.tested_positive_at``)
            # (the last, most specific one where several are written: 在内蒙古额济纳旗检出阳性 is the banner's)
            at_place = next((p for p in reversed(places) if at[0] <= p["start"] and p["end"] <= at[1] and p.get("code")),
                            None)
            place = at_place["code"] if at_place is not None else place
        if reading.get("second") and reading["rule"] == "case_count.respective_nouns" and mentions:
            place = mentions[-1]["place_code"]  # (…分别为1189例和22348例: the second noun's figure, of the same place)
        if start in respective and reading["rule"] in ("case_count.list_item", "case_count.head"):
            # 市南区、李沧区分别报告3例、2例: each figure the place of its rank (the first one too when it has its noun:
            # 沈阳市、大连市新增本土确诊病例分别为5例、3例)
            place = respective[start]
        if reading["rule"] != "case_count.list_item" and not own_part and not inside:
            # (A part by place inside parentheses that repeats the marker, 吉林省新增…1456例（长春市新增1100例、延边州新增16例），
            # is no headline: the figure after the parenthesis, 新增本土无症状感染者1345例, stays the province's; rule
            # ``place.parenthesis_part``.)
            if _sub_total(reading, place, main_place, text, sentence, start):
                # (the paragraph's own figures after it keep its place: 西安市已累计报告…10例、无症状感染者8例)
                restore = (_paragraph_end(text, start), main_place)
            main_place = place
        if not unit and not abroad and not across and (place is None or (
                reading["rule"] != "case_count.list_item" and not _places_within(places, starts, head_start, start))):
            # 当日新增死亡病例2例，均为本土病例，在吉林: a place named right after the figure is where it is counted
            # (that figure's alone: the bulletin's figures after it stay national), also over the place carried from
            # the figure before when the figure names none (惠州市新增1例，新增无症状感染者18例，均在东莞市).
            after_place = _place_after(text, reading["end"], places, starts)
            if after_place and national >= 0 and place is None and reading["family"] in _CASE_FAMILIES \
                    and _bare_distribution_note(text, reading["end"]):
                # (本土病例20例，均在内蒙古 reads as 本土病例20例（均在内蒙古）: rule place.distribution_note; cases only,
                # as its evidence: a national death's note keeps placing it, 新增死亡病例2例，在吉林 as the bulletin's
                # 新增死亡病例2例，均为本土病例，在吉林, the development gold's 220000)
                after_place = None
            if after_place and (place is None or not _within(after_place, place)):
                place = after_place  # (均在呼和浩特市 after a figure carried for 内蒙古 is a breakdown: the province stays)
        if place is None and not unit and not across and national < 0 and article_place is _UNSET:
            article_place = None if national_report else _article_place(places, text)
        if place is None and not unit and not abroad and not across and article_place is not None and national < 0 \
                and not _unit_patterns()[1].search(text, sentence, reading["end"]):
            # No place in the figure's sentence or paragraph (长春 named in the diary's first lines, 3月22日，新增确诊
            # 1979例): the article's own place, as for MEASURE (guideline, place_code rule 3). Not in an article that
            # reports national figures, whose figures without a place are the country's, nor for a sentence that
            # names a unit that is no division (排查进入示范区返乡人员934人: the zone's count has no code).
            place = article_place
            anaphor = _ANAPHOR.search(text, head_start, start)
            if anaphor is not None:
                # 本市 with no place before it: the article's place at the anaphor's level (丰台区 → 北京市).
                entry = next((p for p in places if p.get("code") == article_place), None)
                place = _resolve_anaphor(_ANAPHORS[anaphor.group()], [entry]) if entry else place
            if reading["rule"] != "case_count.list_item" and not own_part and not inside:
                # (全市新增…3例，分别为：市南区2例…；新增…4例: the next figure continues the city found here, not the
                # article's most named place; rule ``place.headline_fallback``)
                main_place = place
        if place is not None and not unit and not abroad and _OWN_ANAPHOR.search(text, head_start, start):
            place = _own_jurisdiction(text, places, starts, head_start, start, place, own_places)
        if reading["rule"] != "case_count.list_item" and last_term("temporal", head):
            total = None
        if split == "total":
            total = reading
            continue  # a total of imported and local cases, split right after: no metric counts it
        if own_part:
            context = outer  # the next item of the list continues the list, not the part in parentheses
        span_start = reading.get("span_start", start)
        if span_start == start:
            # The qualifier of an approximate figure stays in the span (近5万).
            span_start -= next((len(a) for a in _APPROX if text.endswith(a, 0, start)), 0)
        as_of = None if _DAILY.search(head) or (_relative_period_in(text, sentence, start)
                                                and not _anchored_period(text, sentence, start)
                                                and not _total_after_period(text, sentence, start, metric)) \
            or _period_head(head) else resolve_as_of(text, dates, start, day_only, _heading_start(text, start),
                                                                   published)
        if as_of == _TODAY:
            # A period up to today (7月20日至今, 12月5日至到今天下午4时): the bulletin's day, else the day the paragraph
            # says the report was made, else the text's own.
            as_of = bulletin_day or _report_day_before_period(text, dates, start, published) \
                or (published.isoformat() if published else None)
        if as_of is None and metric and bulletin_day \
                and (_PERIOD_START.search(text, sentence, start) or _from_period_in(dates, text, sentence, start)) \
                and _starts_before(dates, sentence, start, bulletin_day):
            # 8月8日南京市无新增…。7月20日以来，南京市累计报告…: a running total since the outbreak's first day is
            # counted up to the bulletin's day, the date of its daily figure before it (and 自7月20日…以来首日实现
            # “零新增” is that day's figure).
            as_of = bulletin_day
        if as_of is None and stated_day and start < stated_day[1] and not _DAILY.search(head) \
                and _heading_start(text, start) is None:  # (a heading, 内蒙古新增本土确诊55例, has no date of its own)
            # 国家卫健委通报：31个省…新增确诊病例1317例 … 截至3月16日24时…: the bulletin's reporting day, stated later
            as_of = stated_day[0]
        if reading["temporal"] == "new" and reading["rule"] != "case_count.list_item" \
                and (as_of or _DAY_ONLY.search(text, sentence, start)):
            bulletin_day = as_of  # (a daily figure dated by a day alone, 21日新增…, leaves no bulletin day)
        if reading["rule"] == "case_count.head" and head_start == sentence and _SCOPE_PART.match(text, sentence):
            reading = {**reading, "rule": "case_count.scope_part"}
        before_noun = _STATE_BEFORE_NOUN.search(head, max(0, len(head) - 24)) \
            if state and metric == state and head.endswith("病例") else None
        if before_noun is not None:
            span_start = min(span_start, head_start + before_noun.start())  # (治愈出院确诊病例12例: the state's words too)
        rule = ("case_count.parenthesis_metric" if own_part else "case_count.successive" if reading.get("successive")
                else "case_count.state" if state and metric == state and reading["rule"] != "case_count.paragraph_current"
                else "case_count.all_of_scope" if split is not None else reading["rule"])
        each = _each_place(text, places, bisect_left(starts, start), head_start, start)
        if each:
            # 松原市、四平市各1例: the figure once for each place. The first mention's span holds them all, each later one
            # starts at its own place (四平市各1例): mentions of one type and metric need spans of their own, as their
            # ids are made from the span (two mentions on one span made a duplicate id, and the build rejected the
            # whole article).
            first = min(span_start, _each_start(places, starts, head_start, start), each[0][1])
            qualified = _reading_qualifiers(text, reading, metric, first)
            for i, (code, place_start) in enumerate(each):
                mentions.append(_mention(text, first if i == 0 else max(first, place_start), reading["end"], metric,
                                         reading["value"], code, as_of, "case_count.each", qualified))
            continue
        if reading["family"] in _CASE_FAMILIES and text.startswith("中", reading["end"]) \
                and _REFERENCE_OPENS.match(text, reading["end"]):
            written = text[span_start:reading["end"]]  # (the marker the phrase writes, not one inferred)
            earlier = _restated(mentions, reading["value"], reading["family"],
                                "new" if "新增" in written else "cumulative" if "累计" in written else None)
            if earlier is not None:
                # 新增的3例确诊病例中，2例为…; 118例境外输入新冠肺炎确诊病例中，74例来自俄罗斯: a figure named again to
                # break it down is the figure it names, of that metric, place and day (rule ``case_count.restated``).
                metric, place, as_of = earlier["metric"], earlier["place_code"], earlier["as_of"]
                rule = "case_count.restated"
                mentions.append(_mention(text, span_start, reading["end"], metric, reading["value"], place, as_of,
                                         rule, {k: earlier[k] for k in _NO_QUALIFIERS}))  # (and its qualifiers)
                continue
        mentions.append(_mention(text, span_start, reading["end"], metric, reading["value"], place, as_of, rule,
                                 _reading_qualifiers(text, reading, metric, span_start)))
    if mentions and _HEADING_PART.search(text):
        mentions = _with_heading_parts(text, places, mentions)
    return [m for m in mentions if m["rule"] != _IMPORTED_TOTAL]


_IMPORTED_TOTAL = "imported_positive_total"  # (a figure read only to head its parts: see _positive_total)


# A section heading of a bulletin's case descriptions naming a division and its count (迎江区（2例）, 大观区3例:, 一、宜秀区
# (2例)), each followed by the descriptions of its cases: a part by place of the headline figure before it (rule
# ``case_count.heading_part``). A heading line naming a counted noun before it (一、确诊病例, 本土无症状感染者情况) says
# whose part it is.
_HEADING_PART = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十\d]{1,2}[、.．]\s*)?(?P<name>[\u4e00-\u9fff]{2,12}?)\s*"
                           r"(?:[（(]\s*(?P<num>\d+)\s*例\s*[）)]|(?P<bare>\d+)\s*例)\s*[：:]?\s*$", re.M)
_SECTION_NOUN = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十\d]{1,2}[、.．]\s*)?(?:新增)?(?:本土|本地|境外输入)?"
                           r"(?P<noun>确诊病例|无症状感染者|阳性感染者)(?:情况)?[：:]?\s*$", re.M)
_METRIC_SCOPE = {"confirmed_local": ("confirmed", "local"), "confirmed_imported": ("confirmed", "imported"),
                 "asymptomatic_local": ("asymptomatic", "local"), "asymptomatic_imported": ("asymptomatic", "imported"),
                 "positive_local": ("positive", "local")}


def _with_heading_parts(text: str, places: list[dict], mentions: list[dict]) -> list[dict]:
    """``mentions`` with the figures of the bulletin's place headings (see ``_HEADING_PART``) that no rule read."""
    coded = [p for p in places if p.get("code")]
    covered = [(m["start"], m["end"]) for m in mentions]
    added = []
    for m in _HEADING_PART.finditer(text):
        # The name is places alone (迎江区, 安庆市迎江区: the last one's code), nothing else (病例1 is no place).
        names = [p for p in coded if m.start("name") <= p["start"] and p["end"] <= m.end("name")]
        if not names or sum(p["end"] - p["start"] for p in names) != m.end("name") - m.start("name") \
                or any(s < m.end() and e > m.start() for s, e in covered):
            continue
        code = max(names, key=lambda p: p["end"])["code"]
        headline = next((x for x in reversed(mentions) if x["end"] <= m.start() and x["metric"] in _METRIC_SCOPE
                         and x["rule"] not in ("case_count.list_item", "case_count.heading_part")), None)
        if headline is None or (headline["place_code"] and not _within(code, headline["place_code"])):
            continue  # (a heading that is no part of the figure before it, or of another division)
        family, scope = _METRIC_SCOPE[headline["metric"]]
        section = None
        for section in _SECTION_NOUN.finditer(text, headline["end"], m.start()):
            pass
        if section is not None:
            family = {"确诊病例": "confirmed", "无症状感染者": "asymptomatic", "阳性感染者": "positive"}[section.group("noun")]
        metric = "positive_local" if family == "positive" else f"{family}_{scope}"
        value = int(m.group("num") or m.group("bare"))
        end = m.start("name") + len(text[m.start("name"):m.end()].rstrip(" \t\u3000：:"))  # (迎江区（2例）, not its colon)
        added.append(_mention(text, m.start("name"), end, metric, value, code, headline["as_of"],
                              "case_count.heading_part", {k: headline[k] for k in _NO_QUALIFIERS}))
    return sorted(mentions + added, key=lambda x: x["start"]) if added else mentions


# Places named together, then 分别 and as many figures (市南区、李沧区分别报告3例、2例; rule
# ``place.respectively``): the n-th figure is the n-th place's.
# (The figures may be of any classifier and approximate: 深圳和广州两个城市最新公布的接种量分别超过1700万剂和1713万剂.)
_RESPECTIVE_FIGURE = r"(?:超过|超|近|约|逾)?\d+(?:\.\d+)?万?(?:例|剂次|剂|人次|人|名)"
_RESPECTIVE_FIGURES = re.compile(r"分别(?:报告|新增|有|为|是|发现|达到?)?(?:[^，。；：\d]{0,16}?[为达]?)"
                                 r"(?P<figures>" + _RESPECTIVE_FIGURE + r"(?:[、和及，,]" + _RESPECTIVE_FIGURE + r")+)")
_RESPECTIVE_NUMBER = re.compile(r"\d+(?:\.\d+)?万?(?:例|剂次|剂|人次|人|名)")
# (沈阳市、大连市分别新增本土确诊病例5例和3例: the counted noun may stand between 分别 and the figures; 沈阳市、大连市新增本土
# 确诊病例分别为5例、3例: or between the places and 分别, rule ``place.respectively_after_noun``)
_RESPECTIVE_GAP = re.compile(r"[^，。；：、和及与\d]{1,16}$")


def _respective_places(text: str, places: list[dict], starts: list[int]) -> dict[int, str]:
    """{start of a figure: code of its place} for each 'places 分别 figures' run whose counts agree, else {}."""
    out: dict[int, str] = {}
    for m in _RESPECTIVE_FIGURES.finditer(text):
        i = bisect_right(starts, m.start())
        run: list[dict] = []
        pos = m.start()
        if i and places[i - 1]["end"] < pos and _RESPECTIVE_GAP.match(text, places[i - 1]["end"], pos) \
                and last_term("category", text[places[i - 1]["end"]:pos]) is not None:
            pos = places[i - 1]["end"]  # (places, then the counted noun, then 分别)
        while i and places[i - 1]["end"] == pos and places[i - 1].get("code"):
            run.insert(0, places[i - 1])
            i -= 1
            if i and _COORDINATED.match(text[places[i - 1]["end"]:run[0]["start"]]):
                pos = places[i - 1]["end"]
            else:
                break
        figures = list(_RESPECTIVE_NUMBER.finditer(m.group("figures")))
        if len(run) >= 2 and len(run) == len(figures):
            for place, figure in zip(run, figures):
                out[m.start("figures") + figure.start()] = place["code"]
    return out


def _each_place(text: str, places: list[dict], last: int, head_start: int, pos: int) -> list[tuple[str, int]]:
    """(code, start) of the places named together before 各 and a figure (松原市、四平市各1例, 东莞和江门各报告2例 →
    both; 天津和北京各报告新增本土确诊病例1例, with the figure's marker and noun between 各 and it), else []."""
    each = _EACH_BEFORE.search(text, max(0, pos - 3), pos) or _EACH_NOUN_BEFORE.search(text, head_start, pos)
    if each is None:
        return []
    pos = each.start() + 1
    item = [p for p in _places_from(places, last, head_start) if p["end"] <= pos]
    ancestors = {a for p in item for a in (p.get("province_code"), p.get("prefecture_code")) if a != p["code"]}
    several = [p for p in item if p["code"] not in ancestors]
    if not several:
        return []
    # 九龙坡区、两江新区、沙坪坝区各1例: a zone named among the divisions (no LOCATION, no code) is one of them too, its
    # figure without a place (rule ``case_count.each``), as a zone's own list item is (、高新区18例).
    zones = _zones_opening_list(text, head_start, several[0]["start"])
    for a, b in zip(several, several[1:]):
        between = _zones_in_list(text, a["end"], b["start"])
        if between is None:
            return []
        zones += between
    after = _zones_in_list(text, several[-1]["end"], pos - 1)
    if after is None:
        return []
    zones += after
    if len(several) + len(zones) < 2:
        return []
    return sorted([(p["code"], p["start"]) for p in several] + [(None, start) for start in zones], key=lambda e: e[1])


def _zones_in_list(text: str, start: int, end: int) -> list[int] | None:
    """The starts of the zones named as items of a list of places between ``start`` and ``end`` (、两江新区、, 和高新区):
    [] for a plain joiner (or nothing, at the list's end), None for any other words."""
    gap = text[start:end]
    if not gap.strip() or _COORDINATED.match(gap):
        return []
    zone = _zone_item()
    if re.fullmatch(f"(?:[、和及与]{zone.pattern})+[、和及与]?", gap) is None:
        return None
    return [start + z.start() for z in re.finditer(f"(?<=[、和及与]){zone.pattern}", gap)]


def _zones_opening_list(text: str, head_start: int, first: int) -> list[int]:
    """The starts of the zones that open a list before its first division (（两江新区、九龙坡区各1例): only after an
    opening bracket, a comma or colon, or the figure's head start."""
    zone = _zone_item()
    m = re.search(f"((?:{zone.pattern}、)+)$", text[head_start:first])
    if m is None or not (m.start() == 0 or text[head_start + m.start() - 1] in "（(：:，,"):
        return []
    return [head_start + m.start() + z.start() for z in zone.finditer(m.group(1))]


@lru_cache(maxsize=1)
def _zone_item() -> re.Pattern:
    """A zone's name as a list item: a few characters ending on one of the lexicon's ``zone`` terms (两江新区, 高新区)."""
    zones = "|".join(sorted((term for term, _ in terms()["zone"]), key=lambda t: (-len(t), t)))
    return re.compile(f"[\u4e00-\u9fff]{{0,{_ZONE_ITEM_MAX - 2}}}?(?:{zones})")


_EACH_BEFORE = re.compile(r"各(?:报告|新增|有)?$")
# 各 with a verb after it, then the figure's marker and noun (各报告新增本土确诊病例1例; not 各地新增…, 各区累计…: every place).
_EACH_NOUN_BEFORE = re.compile(r"各(?:报告|新增|累计报告|发现|确诊|有)[^，。；：、\d各]{0,14}$")
_ZONE_ITEM_MAX = threshold("case_counts", "zone_item")


def _each_start(places: list[dict], starts: list[int], head_start: int, pos: int) -> int:
    first = [p for p in places[bisect_left(starts, head_start):bisect_left(starts, pos)] if p.get("code")]
    return first[0]["start"] if first else pos


_AT_PLACE = re.compile(r"(?:[，,]\s*均?为[^，。；！？\n]{0,10})?[，,]?\s*(?:均|全部)?在")
_DISTRIBUTION_NOTE = re.compile(r"(?:[，,\s]+(?:均|全部)?|均|全部)在")  # (a news list's item: …10例 均在黑龙江哈尔滨市, cleaned to …10例均在…)


def _bare_distribution_note(text: str, end: int) -> bool:
    """Is the figure ending at ``end`` followed by a bare note of where all of it is (…本土病例20例，均在内蒙古, or after a
    space or nothing in a news list, 昨日新增本土病例10例均在黑龙江哈尔滨市), with no
    clause of its own between (…死亡病例2例，均为本土病例，在吉林)? In a national report such a note is the same as the
    bracketed one the bulletins print (本土病例20例（均在内蒙古）, 本土1例（在黑龙江黑河市）): the figure stays the
    country's and the division gets no row, since it has no number of its own (rule ``place.distribution_note``; the
    guideline's parts by place are annotated "each with its own place_code" only where they have a number; the
    development gold keeps the bracketed form national). Why: the two layouts of one bulletin line gave different
    rows (150000 for the comma form, none for the bracket)."""
    return _DISTRIBUTION_NOTE.match(text, end) is not None


def _within(code: str, other: str) -> bool:
    """Is the division ``code`` inside (or equal to) the division ``other`` (GB/T 2260 prefixes)?"""
    prefix = other[:2] if other.endswith("0000") else other[:4] if other.endswith("00") else other
    return code.startswith(prefix)


def _place_after(text: str, end: int, places: list[dict], starts: list[int]) -> str | None:
    """The code of a place named right after a figure ending at ``end`` (…2例，均为本土病例，在吉林; 3例，均在呼和浩特市),
    else None."""
    m = _AT_PLACE.match(text, end)
    if not m:
        return None
    i = bisect_left(starts, m.end())
    if i >= len(places) or places[i]["start"] != m.end():
        return None
    while places[i].get("code") and _nested_place_at(places, starts, places[i]["end"]):
        # (…88例在呼伦贝尔满洲里市: a division written from the larger one down is its smallest one, as the trailing
        # clause runs over both, rule place.trailing_clause; not the prefecture)
        i = bisect_left(starts, places[i]["end"])
    return places[i].get("code")


def _place_right_after(text: str, end: int, places: list[dict], starts: list[int]) -> bool:
    """Is a division named right after the figure ending at ``end``, after 在 (其中88例在莱西市、3例在市南区)? Then
    the figure is a part by place, read as a list item (rule ``case_count.list_item``) with that place, not a part by
    another attribute, though its head names none. (After 来自: :func:`_origin_part_place`.)"""
    if not text.startswith("在", end):
        return False
    i = bisect_left(starts, end + 1)
    return i < len(places) and places[i]["start"] == end + 1 and bool(places[i].get("code"))


# The verb between a part's figure and its place: 在 (其中88例在莱西市) or 来自 (其中有164例来自额济纳旗).
_PART_PLACE_VERB = re.compile(r"在|来自")


def _origin_part_place(text: str, end: int, places: list[dict], starts: list[int], total_place: str | None) -> str | None:
    """The division written after 来自 right after a list item's figure (内蒙古…共有169例…，其中有164例来自额济纳旗),
    when it lies inside the place of the total the part belongs to: the part is counted there, a part by place
    (guideline: a total and its parts by place are all annotated, each with its own place_code; rule
    ``place.origin_part``). Why: the s21 review found the share of Inner Mongolia's total that came from 额济纳旗
    unannotated, and 来自 reads a part by place as 在 does (有654例在九台区). A place outside the total's (北京…其中2例来自
    河北: where the cases came from, an attribute), a foreign one (来自孟加拉国, no code), a place that qualifies a noun
    (来自额济纳旗的旅行团: whose group) or no total's place gives None."""
    if not text.startswith("来自", end) or not total_place:
        return None
    i = bisect_left(starts, end + 2)
    if i >= len(places) or places[i]["start"] != end + 2 or not places[i].get("code"):
        return None
    if text.startswith("的", places[i]["end"]):
        return None  # (有8例来自额济纳旗的旅行团: whose group the cases were in, not where they are counted)
    code = places[i]["code"]
    return code if code != total_place and _within(code, total_place) else None


_TRAILING_PLACE = re.compile(r"[，,]\s*(?:均|全部)?(?:(?P<by>为)|在)|（(?:均|全部)?在?|在")
# (…1例，为葫芦岛市报告；: the city that reported the figure, the clause is the figure's own as …1例，在武汉市； is;
# 本土病例1例（在云南）；无新增死亡病例: a national bulletin's note of where its one case is, whose place is not the
# next figure's: the country's, null)


def _trailing_place_end(text: str, end: int, places: list[dict], starts: list[int]) -> int:
    """The end of the places that say where the figure ending at ``end`` was counted (…1例，在武汉市；, …3例（苏州市）,
    …2例，均在长春市、吉林市), else ``end``: that clause is the figure's own, so its places are no head of the next
    figure (rule ``place.trailing_clause``: 新增本土确诊病例1例，在武汉市；新增本土无症状感染者3例 keeps the province's
    place for the second figure, as the first keeps it)."""
    if text.startswith("来自", end):
        # (其中有164例来自额济纳旗、5例来自阿拉善左旗: the part's place after 来自, as after 在, is no head of the next
        # part; rule ``place.origin_part``)
        i = bisect_left(starts, end + 2)
        return places[i]["end"] if i < len(places) and places[i]["start"] == end + 2 and places[i].get("code") else end
    if text[end:end + 1] not in ("，", ",", "（", "在"):
        return end
    m = _TRAILING_PLACE.match(text, end)
    if not m:
        return end
    pos = m.end()
    while True:
        i = bisect_left(starts, pos)
        if i >= len(places) or places[i]["start"] != pos or not places[i].get("code"):
            break
        pos = places[i]["end"]
        if _nested_place_at(places, starts, pos):
            continue  # (均在呼伦贝尔满洲里市: a prefecture and its city written together are one place of the clause)
        if not text.startswith(("、", "和"), pos):
            break
        pos += 1
    if pos == m.end():
        return end
    if m.group("by"):
        return pos + len("报告") if text.startswith("报告", pos) and text[pos - 1] not in "、和" else end
    if text[pos - 1] in "、和":
        # (88例在莱西市、3例在市南区: after a bare 在 the 、 goes on the list of parts, and the clause ends at the place)
        return pos - 1 if m.group() == "在" else end
    if m.group().startswith("（"):
        return pos + 1 if text.startswith("）", pos) else end
    return pos


def _nested_place_at(places: list[dict], starts: list[int], pos: int) -> bool:
    """Does a division start right at ``pos``, the end of the one before, and lie inside it (呼伦贝尔|满洲里市,
    内蒙古|呼伦贝尔市, 阿拉善盟|额济纳旗)? Then the two are one place written from the larger division down, and a
    trailing clause (…20例，均在呼伦贝尔满洲里市，新增…) runs to the end of the smaller one (rule
    ``place.trailing_clause``). Why: the clause stopped after 呼伦贝尔, so 满洲里市 became the head place of the next
    figure of the Inner Mongolia bulletin (its 1 asymptomatic case filed under 150781 instead of the region)."""
    i = bisect_left(starts, pos)
    if i >= len(places) or places[i]["start"] != pos or not places[i].get("code") or i == 0:
        return False
    before = places[i - 1]
    return before["end"] == pos and bool(before.get("code")) and _within(places[i]["code"], before["code"]) \
        and places[i]["code"] != before["code"]


def _national_at(text: str, lo: int, hi: int) -> int:
    """The start of the last national term (31个省, 全国) in text[lo:hi] whose clause reports figures (31个省（自治区、
    直辖市）和新疆生产建设兵团报告新增…, 全国新增…; not 全国新型冠状病毒肺炎专家组成员, a title), else -1."""
    found = -1
    if not any(text.find(term, lo, hi) >= 0 for term in _national_terms()):
        return found
    for m in _national_pattern().finditer(text, lo, hi):
        if m.group() in _not_national():
            continue  # (省内地市: a word holding 内地, read whole, so the 内地 inside it is not found)
        clause = _NATIONAL_CLAUSE.match(text, m.end()).group()
        if last_term("temporal", clause) or _REPORTED.search(clause) \
                or _SPREAD_BEFORE.search(text, max(lo, m.start() - 16), m.start()):
            found = m.start()
    return found


# What a national health body writes between its name and the figure it reports: its website, a report word, a colon
# and the day (国家卫健委：昨日新增…, 国家卫健委通报疫情：昨日…, 据国家卫健委官网12月24日消息，12月23日0—24时，新增…).
# Anything else between them (派出工作组赴…, 专家组抵达后，当地…) and the body is not the figure's reporter.
_REPORTER_GAP = re.compile(r"(?:网站|官网|官方网站)?(?:\d{1,2}月\d{1,2}日)?(?:通报(?:疫情)?|消息|发布|公布|最新数据(?:显示)?|数据显示)?"
                           r"[：:，,]?\s*(?:昨[日天]|今[日天]|当[日天]|(?:\d{4}年)?\d{1,2}月\d{1,2}日)?"
                           r"(?:0?(?:时|点)?\s*(?:—|－|-|–|至|到)\s*24(?:时|点))?[，,]?\s*")
# The figure's own head after that gap opens on its marker (新增本土确诊病例, 累计报告…), with no clause break before it.
_REPORTED_HEAD = re.compile(r"(?:本土|境外输入)?(?:无|没有)?(?:新增|累计|现有|共有|报告)[^，。；：,;:！？\n]*")


def _national_reporter_at(text: str, places: list[dict], starts: list[int], sentence: int, pos: int) -> int:
    """The start of a national health body (data kind ``national_reporter``: 国家卫健委, 中国疾控中心) that reports the
    figure at ``pos`` right after its name, with no place of the figure's own between them, else -1 (rule
    ``place.national_reporter``). ``国家卫健委：昨日新增本土确诊病例55例，其中陕西52例`` is the country's figure and its
    part Shaanxi's; the figure used to take a place from a news item or paragraph before it (新疆, 重庆)."""
    found = -1
    for m in _kind_pattern("national_reporter")[0].finditer(text, sentence, pos):
        gap = _REPORTER_GAP.match(text, m.end(), pos)
        head = _REPORTED_HEAD.match(text, gap.end(), pos) if gap is not None else None
        if head is not None and head.end() == pos and not _places_within(places, starts, m.end(), pos):
            found = m.start()
    return found


# An outbreak said to have reached several provinces before its figure in the same sentence (本轮疫情已波及21个省份，
# 累计确诊1327人): the figure is the outbreak's across them, no one division's (rule ``place.spread_provinces``).
_SPREAD_BEFORE = re.compile(r"(?:波及|涉及|蔓延|扩散|扩大)(?:到|至)?了?[\d一二两三四五六七八九十余多]+$")


@lru_cache(maxsize=1)
def _national_terms() -> tuple[str, ...]:
    return tuple(t for t, _ in terms()["national"])


@lru_cache(maxsize=1)
def _national_pattern() -> re.Pattern:
    """The national terms and the words that hold one but name no whole country (kind ``not_national``), longest
    first at a position: a not_national word starting before its national term (省内地市) is found in its place."""
    entries = sorted(terms()["national"] + terms()["not_national"], key=lambda e: -len(e[0]))
    return re.compile("|".join(re.escape(t) for t, _ in entries))


@lru_cache(maxsize=1)
def _not_national() -> frozenset[str]:
    return frozenset(t for t, _ in terms()["not_national"])


def _abroad(text: str, places: list[dict], starts: list[int], sentence: int, pos: int, scoped: bool = False) -> bool:
    """Is the figure at ``pos`` counted abroad: its sentence names a foreign country or the world (美国, 泰国, 全球;
    the ``countries`` word list and the lexicon's ``foreign`` terms) after every division it names (rule
    ``place.abroad``: no GB/T 2260 division, so null, not the article's place)? ``scoped``: the figure says 本土 or
    境外输入, which China's bulletins count at home, so a country earlier in its paragraph does not take it abroad."""
    names = _foreign_names(text)
    if not names:
        return False
    if names[-1].start() >= sentence and _foreign_after_divisions(text, places, starts, names, sentence, pos):
        return True
    return (not scoped or _foreign_reporter(text, names, sentence, pos)) \
        and _abroad_paragraph(text, places, starts, names, sentence, pos)


# Characters: the longest qualifier between a country and its health body (中央, 国家…).
_HEALTH_BODY_GAP = threshold("case_counts", "health_body_gap")
_GAP_BREAK = re.compile(r"[，,、；;]")  # (a country and a body in different clauses or list items are not one name)


def _foreign_reporter(text: str, names: list[re.Match], sentence: int, pos: int) -> bool:
    """Does the paragraph of the figure at ``pos`` open on a foreign health authority (韩国中央防疫对策本部通报。3月5日，
    新增本土确诊病例21万例; the lexicon's ``health_body`` after a country's name)? Then its 本土 figures are that
    country's domestic ones, not China's (rule ``place.foreign_reporter``); the paragraph rule decides the rest."""
    paragraph = _sentence_start(text, pos, _PARAGRAPH_END)
    if paragraph >= sentence:
        return False
    first_end = min([i for i in (text.find(c, paragraph, sentence) for c in "。！？") if i >= 0] or [sentence])
    body = _kind_pattern("health_body")[0]
    for m in names:
        if paragraph <= m.start() < first_end:
            found = body.search(text, m.end(), min(first_end, m.end() + _HEALTH_BODY_GAP + _longest_health_body()))
            if found is not None and found.start() - m.end() <= _HEALTH_BODY_GAP \
                    and not _GAP_BREAK.search(text, m.end(), found.start()):
                return True
    return False


@lru_cache(maxsize=1)
def _longest_health_body() -> int:
    return max(len(t) for t, _ in terms()["health_body"])


def _abroad_paragraph(text: str, places: list[dict], starts: list[int], names: list[re.Match], sentence: int,
                      pos: int) -> bool:
    """A figure in a paragraph that opens on a foreign country (一项研究显示，印度尼西亚首都雅加达…。…截至3月31日，雅加达
    已报告超过38.2万例确诊病例) is counted abroad when neither its sentence nor the paragraph after that country names
    a division or an anaphor (本市, 全省): it is not the article's place from another paragraph (rule
    ``place.abroad_paragraph``). The country must stand in the paragraph's first sentence, so that a case's story
    that names a country in passing (曾在日本工作) does not move a bulletin's figure abroad. Not for a figure said to
    be 本土 or 境外输入 (the caller's ``scoped``): those are counted in China by definition. An anaphor anywhere in the
    paragraph before the figure (当前，俄罗斯疫情持续高位运行，我市境外输入压力巨大。3月5日，新增…) keeps the figure
    at home, and a country named as the cause of a local pressure (受俄罗斯疫情影响) or as where an embassy sits
    (中国驻美国大使馆) does not open a foreign paragraph: the usual opening of a border city's bulletin."""
    paragraph = _sentence_start(text, pos, _PARAGRAPH_END)
    if paragraph >= sentence or _ANAPHOR.search(text, paragraph, pos) is not None:
        return False
    first_end = min([i for i in (text.find(c, paragraph, sentence) for c in "。！？") if i >= 0] or [sentence])
    return _foreign_after_divisions(text, places, starts, names, paragraph, pos, first_end, in_passing=True)


def _foreign_after_divisions(text: str, places: list[dict], starts: list[int], names: list[re.Match], lo: int,
                             pos: int, hi: int | None = None, in_passing: bool = False) -> bool:
    """Does text[lo:pos] name a foreign country (starting before ``hi``), not as where cases came from, after every
    division it names? ``in_passing``: also skip a country named as a cause (受…影响) or an embassy's seat (驻…)."""
    found = -1
    near = places[max(0, bisect_left(starts, lo) - 1):bisect_left(starts, pos)]
    for m in names:
        if m.start() < lo or m.end() > pos or (hi is not None and m.start() >= hi):
            continue
        if any(p["start"] <= m.start() < p["end"] for p in near):
            continue  # (朝鲜 of 延边朝鲜族自治州 is no country)
        if _ORIGIN_AFTER.match(text, m.end()) or _ORIGIN_BEFORE.search(text, max(0, m.start() - 2), m.start()) \
                or _in_closed_parenthesis(text, {"start": m.start(), "end": m.end()}, pos):
            continue  # where imported cases come from (缅甸输入, 来自美国, (缅甸1例)): the figure is still counted here
        if in_passing and _named_in_passing(text, m, pos):
            continue
        found = m.start()
    if found < 0:
        return False
    return not any(p.get("code") and p["start"] > found for p in near)


def _named_in_passing(text: str, m: re.Match, pos: int) -> bool:
    """Is the country ``m`` named as the seat of an embassy or consulate (中国驻美国大使馆) or inside a 受…影响 cause
    (受俄罗斯、蒙古国疫情影响) of its sentence?"""
    if m.start() and text[m.start() - 1] == "驻":
        return True
    before = _CAUSE_BEFORE.search(text, max(0, m.start() - _CAUSE_WINDOW), m.start())
    return before is not None and _CAUSE_AFTER.match(text, m.end(), min(pos, m.end() + _CAUSE_WINDOW)) is not None


# 受俄罗斯、蒙古国疫情影响: a cause, 受 in the country's clause before it and 影响 in it after (a few characters each way).
_CAUSE_WINDOW = threshold("case_counts", "cause_window")
_CAUSE_BEFORE = re.compile(r"受[^，,。！？；\n]*$")
_CAUSE_AFTER = re.compile(r"[^，,。！？；\n]*?影响")


_ORIGIN_AFTER = re.compile(r"(?:输入|籍|入境|来|返|航班|回国|抵)")
_ORIGIN_BEFORE = re.compile(r"(?:来自|从|自|经|由|赴)$")


@lru_cache(maxsize=8)
def _foreign_names(text: str) -> list[re.Match]:
    """The foreign names of ``text`` (found once per text: most texts name none). A 日 that ends a date is no
    country's first character (10月17日本轮疫情, 5日本地: not 日本, Japan)."""
    return [m for m in _foreign_pattern().finditer(text)
            if not (m.group().startswith(("日", "月")) and m.start() and text[m.start() - 1] in _DATE_DIGITS)]


_DATE_DIGITS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十〇")


@lru_cache(maxsize=8)
def _foreign_starts(text: str) -> list[int]:
    return [m.start() for m in _foreign_names(text)]


@lru_cache(maxsize=1)
def _foreign_pattern() -> re.Pattern:
    from imcovid.annotate.wordlists import words

    names = set(words("countries")) | {term for term, _ in terms()["foreign"]}
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


def _national_report(text: str) -> bool:
    """Does the text report national figures anywhere?"""
    return _national_at(text, 0, len(text)) >= 0


_NATIONAL_CLAUSE = re.compile(r"[^，。；！？\n]*")
_REPORTED = re.compile(r"报告|出现|\d+(?:\.\d+)?万?余?[例人]")


def _article_place(places: list[dict], text: str) -> str | None:
    """The article's main division (its most mentioned one, as MEASURE takes it)."""
    from imcovid.annotate.measures import _main_place

    return _main_place(places, text)


def _sentence_marker(text: str, sentence: int, pos: int) -> str | None:
    """The new/cumulative/current marker last written in the sentence before ``pos`` (None if none)."""
    found = last_term("temporal", text[sentence:pos])
    return found[2] if found else None


def _paragraph_end(text: str, pos: int) -> int:
    end = text.find(_PARAGRAPH_END, pos)
    return len(text) if end < 0 else end


def _sub_total(reading: dict, place: str | None, main_place: str | None, text: str, sentence: int, start: int) -> bool:
    """Is the figure a running total of a division inside the bulletin's place, opening a paragraph of its own after
    the bulletin's figures (江苏…新增本土确诊病例40例…。⏎7月20日至今，南京市累计报告本土确诊病例215例。⏎目前，在定点医院
    隔离治疗的确诊病例297例)? Its place is that of the figures after it in its paragraph only; the next paragraphs' go
    back to the bulletin's (rule ``place.sub_total``)."""
    return reading["temporal"] == "cumulative" and place is not None and main_place not in (None, _UNSET) \
        and place != main_place and _within(place, main_place) \
        and _sentence_start(text, start, _PARAGRAPH_END) == sentence


def _from_period_in(dates: list[dict], text: str, lo: int, hi: int) -> bool:
    """Does a date in text[lo:hi] open a period with 自/从 (自7月28日…后, 自2020年1月21日起)?"""
    return any(lo <= d["start"] and d["end"] <= hi and _opens_period(text, d, hi) for d in dates)


def _starts_before(dates: list[dict], lo: int, hi: int, day: str) -> bool:
    """Does the period opening in text[lo:hi] (7月20日以来) start before ``day``?"""
    opening = [d for d in dates if lo <= d["start"] < hi and d.get("value") and len(str(d["value"])) == 10]
    return bool(opening) and str(opening[0]["value"]) < day


# Parts of a breakdown by how the cases were found (rule ``case_count.found_part``): 在隔离管控中发现, 为隔离管控人员,
# 为社区筛查发现, 系闭环管理人员 — attributes, not metrics. (为境外输入 names a scope, and is not matched.)
# Discharged and released together (出院和解除医学观察人员): recovered, as the gold reads them. A release alone
# (解除医学观察的无症状感染者, of contacts) stays no figure: the development gold is split on it.
_RELEASED_INFECTED = re.compile(r"出院(?:和|及|、)解除(?:隔离)?医学观察")
_FOUND_AFTER = re.compile(r"[^，；。]{0,30}?(?:在[^，；。]{0,16}中(?:发现|确诊)|在[^，；。、]{0,12}?检出"
                          r"|(?:为|系|是)[^，；。]{0,20}?(?:中|期间)(?:结果)?(?:呈|为)阳性"
                          r"|(?:为|系|是)(?!境外|本土|本地|输入|确诊|无症状|阳性|新冠|重症|轻型|普通型|死亡|出院)"
                          r"[^，；。]{0,15}?(?:人员|发现|检出|筛查|对象|者|学生|师生|员工|家属|感染者|病例))")
# (8例为集中隔离期间核酸检测中结果呈阳性: found by a test; 其中2例为此前报告的无症状感染者，1例为密接者: who the parts are; 其中2例为确诊病例 names a metric, and is read)


# The families whose breakdown by scope (其中境外输入病例30例，本土病例306例) stays that family; the generic nouns of
# cases such a part names (a part that names 确诊病例 or 无症状感染者 of its own is read as written).
_TOTAL_FAMILIES = ("recovered", "deaths")
_GENERIC_CASE_NOUNS = ("病例", "本土病例", "本地病例")
# A split of a figure right after it into confirmed cases and asymptomatic infections (，其中，75例诊断为新冠肺炎确诊病例，11例
# 诊断为新冠病毒无症状感染者; ：确诊病例3例、无症状感染者5例).
# Hong Kong's wording too, 宗 and 个案 (新增从香港输入个案44宗，分别为34宗确诊、10宗无症状感染; 当中包括86宗确诊和33宗无症状感染
# 个案), and a split opening on 包括/分别为 as on 其中.
# (a number with thousands separators, 1,033宗, as Hong Kong papers write their mainland figures, is one number)
_PART_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
_CONFIRMED_PART = (r"(?:(?P<c>" + _PART_NUMBER + r")[例宗][^，；。\d]{0,14}?确诊(?:病例|个案)?|确诊病例(?P<c2>"
                   + _PART_NUMBER + r")例)")
_ASYMPTOMATIC_PART = (r"(?:(?P<a>" + _PART_NUMBER + r")[例宗][^，；。\d]{0,14}?无症状感染(?:者|个案)?|无症状感染者(?P<a2>"
                      + _PART_NUMBER + r")例)")
_POSITIVE_SPLIT = re.compile(r"[（(]?[，,：:]?\s*(?:(?:其中|当中包括|包括|分别为|分别是)[，,：:]?\s*)?" + _CONFIRMED_PART
                             + r"(?:[，,、；;]|[和及]的?)\s*" + _ASYMPTOMATIC_PART)
_WRITTEN_FAMILY = re.compile(r"确诊|无症状|阳性|感染|死亡|出院|治愈")


def _positive_total(text: str, start: int, end: int, value: int) -> bool:
    """Is the figure text[start:end], written with the generic 病例 (新增86例病例), a count of confirmed cases and
    asymptomatic infections together: split right after it into the two, whose sum it is (rule
    ``case_count.positive_total``; the guideline's ``positive_local``)? Only the sum decides: a total of imported and
    local cases split after it (新增病例39例，其中境外输入…) or parts by how they were found stay as they are."""
    if _WRITTEN_FAMILY.search(text, start, end):
        return False
    split = _POSITIVE_SPLIT.match(text, end)
    if split is None:
        return False
    confirmed = int((split.group("c") or split.group("c2")).replace(",", ""))
    asymptomatic = int((split.group("a") or split.group("a2")).replace(",", ""))
    return confirmed + asymptomatic == value


def _aside_on_place_part(text: str, end: int, head: str, bare_head: str | None) -> bool:
    """Is the cue after a figure ending at ``end`` an aside in parentheses on a part by place (其中呼和浩特市1例（系同一
    航班确诊病例）、锡林郭勒盟1例…; rule ``case_count.place_part_aside``)? The part is counted for its place; the
    aside says who the people were."""
    return text.startswith(("（", "("), end) and bare_head is not None and len(bare_head) < len(head)


# "Of the N cases," opening a breakdown right after a figure's noun.
_REFERENCE_OPENS = re.compile(r"中[，,：:]")


def _restated(mentions: list[dict], value: int, family: str, temporal: str | None) -> dict | None:
    """The figure a breakdown names again: the last figure before of the same value and family (新增的3例确诊病例 →
    the 3 confirmed cases), new or cumulative as the phrase says when it says (新增, 累计); None if none."""
    wanted = str(value)
    for m in reversed(mentions):
        if m["value"] != wanted or not m["metric"].startswith(family):
            continue
        cumulative = m["metric"].endswith("_cumulative")
        if temporal == "cumulative" and not cumulative or temporal == "new" and cumulative:
            continue
        return m
    return None


def _parts_after_note(text: str, end: int, close: int, context: dict | None) -> int | None:
    """Inside the parentheses of a part by place, after a note on its cases (包头市4例（含1例由无症状感染者转为确诊病例，
    其中昆都仑区2例、青山区2例）): the start of a 其中 list whose figures add up to the part's own, its parts by place
    (rule ``case_count.parts_after_note``); None when there is none or it breaks the note's figure down."""
    if context is None or "其中" not in text[end:close]:
        return None
    opening = text.find("其中", end, close)
    values = [int(v) for v in re.findall(r"(\d+)例", text[opening:close])]
    return opening if len(values) >= 2 and sum(values) == int(context["value"]) else None


def _credit_pattern() -> re.Pattern:
    """An outlet's credit line: 来源 after a ``credit`` word of the lexicon (消息来源：新华网) or opening a line or
    sentence (来源：中国新闻网), then the outlet's name, with no figure, up to white space or the line's end. (s23b: a
    name followed across the white space by a bare figure of people or cases, 信息来源：集中隔离点 14人，社区筛查 3人,
    is a source of cases with a space before its number, not an outlet: the figure counts the source's people.)"""
    return re.compile(r"(?:(?:" + _alternation("credit") + r")来源|(?:^|(?<=[\s。！？]))来源)[:：\s]*"
                      r"[^\s\d:：，,。；;！？]{2,20}(?=\s|$)(?![ \t\u3000]*\d+(?:\.\d+)?[万]?[人例宗名])", re.M)


_CREDIT = _credit_pattern()


def _by_source(text: str, lo: int, hi: int) -> bool:
    """Whether a 来源 in ``text[lo:hi]`` (a figure's sentence up to it) introduces the sources of cases (病例来源为：
    集中隔离点14人…: parts by an attribute, rule ``case_count.by_source``), and not an outlet's credit (rule
    ``case_count.credit_line``: 消息来源:新华网 2月20日0—24时，…新增确诊病例7例, an aggregator's repost with no sentence
    end after the credit, whose figures stay figures)."""
    credits = []
    for m in _CREDIT.finditer(text, lo):  # (not cut at hi: the outlet's name must end at white space, not the figure)
        if m.start() >= hi:
            break
        credits.append(m.span())
    pos = text.find("来源", lo, hi)
    while pos >= 0:
        if not any(a <= pos < b for a, b in credits):
            return True
        pos = text.find("来源", pos + 2, hi)
    return False


def _released_head(head: str) -> bool:
    """Does the figure's own clause count people released (解除医学观察的本土无症状感染者31例)? Such a figure is not
    counted, and the list by place after it (其中赤峰市19例…) is its own, not a continuation of the list before (rule
    ``case_count.released_list``)."""
    clause = _CLAUSE_TAIL.search(head).group()
    return "解除" in clause and _RELEASED_INFECTED.search(clause) is None


def _found_cue_after(text: str, end: int) -> bool:
    """Does the clause after a figure ending at ``end`` hold a cue of ``_FOUND_AFTER`` at all (为, 系, 是, 发现)? A
    test with string methods first: most figures of a list by place have none, and the pattern is costly."""
    m = _CUE_OR_STOP.search(text, end, end + 48)
    while m is not None and m.group() in "发检确" and not text.startswith(("发现", "检出"), m.start()) \
            and not text.startswith("中确诊", m.start() - 1):
        m = _CUE_OR_STOP.search(text, m.end(), end + 48)
    return m is not None and m.group() in "为系是发检确"


_CUE_OR_STOP = re.compile(r"[为系是发检确，；。]")  # (在隔离点检出, 在…核酸检测中确诊: how they were found)


def _in_breakdown(text: str, start: int, head: str) -> bool:
    """Is the figure at ``start`` in a breakdown (其中…, 其中：…) of the figure before: its sentence opens with 其中,
    or 其中 opens one of its clauses before it?"""
    sentence = _sentence_start(text, start)
    if _BREAKDOWN.match(text, sentence) or "其中" in head:
        return True
    opening = text.rfind("其中", sentence, start)  # (其中2例为…，1例为…: the second part is in the same breakdown)
    if opening >= 0 and text.find("；", opening, start) < 0:
        return True
    # 额济纳旗新增确诊病例中，29例为全员核酸筛查中确诊；3例为…: "of the cases, …" opens a breakdown as 其中 does, to
    # the sentence's end (rule ``case_count.of_which``).
    return "中" in text[sentence:start] and _OF_WHICH.search(text, sentence, start) is not None


_OF_WHICH = re.compile(r"(?:病例|感染者|阳性人员|阳性)中[，,：:]")
_SPLIT_AFTER = re.compile(r"[。，；：,;（(\s]*(?:(?:其中|当中)[，,：:]?)*(?:(?P<split>境外输入|本土|本地)|均为(?P<all>境外输入|本土|本地)"
                          r"|\d+[例宗](?:为|是)(?:境外输入|本土|本地)[^。；，]{0,6}[，、]\d+[例宗](?:为|是)(?:境外输入|输入|本土|本地))")
# (当中1260宗为本地个案，12宗为输入个案: Hong Kong's wording of the same split)
# (其中38例为境外输入病例，4例为本土病例: both parts with their figures first, as the 2020 bulletins wrote them; one part
# alone, 其中3例为境外输入病例, leaves the total a figure)
# (本地 is how some commissions write 本土, Jilin's among them: the same scope wherever 本土 is read)
# A number of people that makes up a team (组建了1860人的核酸检测支援队伍): response staff, not a figure.
_TEAM_AFTER = re.compile(r"的[^，。；！？\n]{0,10}?(?:队伍|队|团队|小组|专班)")
# A number of people per room, table or group (病房六人一间, 每桌10人一桌): a size, not a count (rule
# ``case_count.per_unit``).
_PER_UNIT = re.compile(r"一(?:间|组|桌|车|户|室|班|批|屋)")
# A figure that only names whose relative or contact someone is (北京海淀区1例确诊病例的密接者在河北廊坊检测阳性, 报告的1例
# 确诊病例的家属): no count of cases (rule ``case_count.relation_after``); 新增的3例确诊病例的密接 with its marker is the
# day's figure named again. The relations are the lexicon's ``relation_after`` terms.
_RELATION_AFTER = re.compile(r"的(?:" + _alternation("relation_after") + r")")
_SKIP_AFTER = re.compile(r"[^，；。、（(\n]{0,8}?(?:解除|转为确诊|转确诊)")  # 4例无症状感染者解除医学观察: released, not counted
_SCOPE_START = re.compile(r"\s*(?:其中[，,：:]?)*(?:境外输入|本土|本地)")  # (其中其中: a doubled word of one outlet)
# A line that is only the local or imported part of the total before it, with no noun of its own (新增无症状感染者
# 1904例，其中境外输入162例。⏎本土1742例⏎吉林792例…): a figure of that total's kind (rule ``case_count.scope_part``);
# left out, its list by place would continue the imported part before it.
_SCOPE_PART = re.compile(r"\s*(?:其中[，,：:]?)*(?:境外输入|本土|本地)\s*\d+\s*例")
_STATE = re.compile(r"(?:尚在|正在|在)[^，；。的]{0,10}?(?P<state>医学观察|健康监测|隔离治疗|住院治疗|在院治疗)的")
_STATES = {"医学观察": "under_observation", "健康监测": "under_observation", "隔离治疗": "hospitalised",
           "住院治疗": "hospitalised", "在院治疗": "hospitalised"}


_IN_HOSPITAL = re.compile(r"(?:定点医院|医院|医疗机构)[^，。；！？\n]{0,6}(?:治疗|救治)")


_IN_OBSERVATION = re.compile(r"医学观察|隔离观察")
_NEXT_MARKER = re.compile(r"现有|累计|新增|尚在|[；。！？\n]")


def _in_observation(text: str, end: int) -> bool:
    """Does the figure's own clause chain, up to the next figure's marker or the end of its clause, say the people
    are under medical observation (…80例，均在指定场所进行集中隔离医学观察)?"""
    stop = _NEXT_MARKER.search(text, end)
    return _IN_OBSERVATION.search(text, end, stop.start() if stop else len(text)) is not None


def _observed_too(text: str, end: int) -> bool:
    """Does the in-hospital phrase after the figure ending at ``end`` (to its sentence's end, over a broken line at
    most) name medical observation as well (隔离治疗和医学观察)?"""
    hi = text.find("。", end)
    hi = min(len(text) if hi < 0 else hi, _line_end(text, min(len(text), _line_end(text, end) + 1)))
    return _IN_OBSERVATION.search(text, end, hi) is not None


def _in_hospital(text: str, end: int) -> bool:
    """Does the rest of the figure's sentence say the cases are in hospital (均在定点医院隔离治疗), or a later sentence
    of its paragraph say so of all the people above (。以上人员均在定点医院隔离治疗, 。均在定点医院隔离治疗: the
    closing sentence of the Inner Mongolia bulletins' 现有 paragraph)?"""
    stop = min([i for i in (text.find(c, end) for c in "。！？\n") if i >= 0] or [len(text)])
    if _IN_HOSPITAL.search(text, end, stop) is not None:
        return True
    line_end = _line_end(text, stop)
    if "治疗" in text[stop:line_end] and _ALL_IN_HOSPITAL.search(text, stop, line_end) is not None:
        return True
    if stop < len(text) and text[stop] == "\n" and _BROKEN_IN_HOSPITAL.match(text, stop) is not None:
        # …无症状感染者20例（本土1例，境外输入19例）⏎均在定点医疗机构隔离治疗和医学观察。: the sentence goes on after a line
        # break that a page's markup left where no sentence ends (rule ``case_count.state``, as on one line).
        return True
    # A paragraph of its own a little further on that opens with 以上患者均在定点医院接受隔离治疗 (the 2020 bulletins):
    # about all the people above, unless a paragraph between reports new figures.
    window = text[line_end:line_end + _CLOSING_WINDOW]
    if "以上" not in window and "上述" not in window:
        return False  # (most figures: no such paragraph)
    for m in _CLOSING_PARAGRAPH.finditer(text, line_end, line_end + _CLOSING_WINDOW):
        return "新增" not in text[line_end:m.start()]
    return False


_CLOSING_WINDOW = threshold("case_counts", "closing_window")  # characters after a figure's paragraph looked at for a closing paragraph
_CLOSING_PARAGRAPH = re.compile(r"\n\s*(?:以上|上述)(?:患者|人员|病例)均(?:已)?(?:在|转至|转运至)[^，。；！？\n]{0,6}"
                                r"(?:定点医院|医院|医疗机构)[^，。；！？\n]{0,6}(?:治疗|救治)")


# The closing sentence of a paragraph of current counts that puts all of them in hospital (以上人员均在定点医院隔离治疗,
# 上述病例均已转至定点医疗机构救治). It must open its sentence: 所有密切接触者均在… is about other people.
_ALL_IN_HOSPITAL = re.compile(r"[。！？](?:目前[，,])?(?:以上|上述)?(?:人员|病例|患者|感染者)?均(?:已)?(?:在|转至|转运至)"
                              r"[^，。；！？\n]{0,6}(?:定点医院|医院|医疗机构)[^，。；！？\n]{0,6}(?:治疗|救治)")
_BROKEN_IN_HOSPITAL = re.compile(r"\n\s*均(?:已)?(?:在|转至|转运至)[^，。；！？\n]{0,6}(?:定点医院|医院|医疗机构)"
                                 r"[^，。；！？\n]{0,6}(?:治疗|救治)")
# A paragraph that opens on a day's reporting window (9月18日0—24时, 2022年10月25日0时至24时, 据…通报，11月10日0—24时).
_WINDOW_OPEN = re.compile(r"[^，。；！？\n]{0,16}?[，,]?\s*(?:\d{4}年)?\d{1,2}月\d{1,2}日\s*0?(?:时|点)?\s*(?:—|－|-|–|至|到)\s*24(?:时|点)")


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _paragraph_marker(text: str, pos: int) -> str | None:
    """The new/cumulative/current marker last written in the paragraph before ``pos`` (None if none)."""
    found = last_term("temporal", text[_line_start(text, pos):pos])
    return found[2] if found else None


_SCOPE_CLAUSE = re.compile(r"[，,]\s*均?为(?:本土|本地|境外输入)病例")


def _blank_scope_clause(head: str) -> str:
    """``head`` with a clause saying the scope of the figure before (，均为本土病例) blanked out, at the same offsets: it
    names no noun of the figures after it (新增死亡病例3例，均为本土病例，其中北京2例: deaths in Beijing, not cases)."""
    if "为" not in head:
        return head
    return _SCOPE_CLAUSE.sub(lambda m: "\u3000" * len(m.group()), head)


_SPLIT_LATER_WINDOW = threshold("case_counts", "split_later_window")
_SPLIT_LATER = re.compile(r"[。\n]\s*(?:新增)?(?:" + _DISEASE + r")?(?P<noun>确诊病例|无症状感染者)中[，,：:]\s*"
                          r"(?:境外输入|本土|本地)")


def _split_later(text: str, end: int, family: str) -> bool:
    """Is the new-case figure ending at ``end`` (of ``family``) split by a later sentence that opens on its noun and 中
    (…报告新增确诊病例217例，新增无症状感染者719例。⏎新增确诊病例中，境外输入病例58例…；本土病例159例)? Then it is
    the sum of imported and local cases, as when its parts follow it right away (``_split_after``)."""
    if "中" not in text[end:end + _SPLIT_LATER_WINDOW]:
        return False
    # (the first such sentence of the figure's noun, with no other new figure of that noun before it: a city's
    # 新增确诊病例3例 followed by the country's 新增确诊病例…。新增确诊病例中，… or 全国新增确诊1164例…。新增确诊病例中，…
    # is not split: the sentence splits the nearest total before it)
    m = next((m for m in _SPLIT_LATER.finditer(text, end, end + _SPLIT_LATER_WINDOW)
              if last_term("category", m.group("noun"))[2] == family), None)
    if m is None or _new_figure_between(text, end, m.start(), family):
        return False
    # (both parts named in that sentence: 新增确诊病例中，本土病例10例 alone restates an all-local total, which stays)
    stop = _SENTENCE_STOP.search(text, m.end())
    split = text[m.start():stop.start() if stop else len(text)]
    return "境外输入" in split and ("本土" in split or "本地" in split)


_NUMBER_CHAR = re.compile(r"[\d" + CHINESE_NUMERAL_CHARS + r"]")


def _new_figure_between(text: str, lo: int, hi: int, family: str) -> bool:
    """Is there a new figure of ``family`` in text[lo:hi]: a counted noun of that family in the full or the short form
    (新增确诊病例1164例, 新增确诊1164例, 新增本土确诊病例5例) with a new-case marker before it in its clause and a number
    after it in its clause?"""
    pattern, families = _kind_pattern("category")
    for c in pattern.finditer(text, lo, hi):
        if families[c.group()] != family:
            continue
        before = _CLAUSE_TAIL.search(text, lo, c.start()).group()
        temporal = last_term("temporal", before)
        after = _CLAUSE_STOP.search(text, c.end(), hi)
        if temporal is not None and temporal[2] == "new" \
                and _NUMBER_CHAR.search(text, c.end(), after.start() if after else hi):
            return True
    return False


def _split_after(text: str, end: int) -> str | None:
    """After a new-case figure with no local/imported scope: ``total`` when its imported and local parts follow
    (新增确诊病例87例。其中境外输入病例47例…本土病例40例: the sum of two metrics, counted by none), ``imported`` or
    ``local`` when the text says all of them are (均为境外输入病例), else None."""
    m = _SPLIT_AFTER.match(text, end)
    if not m:
        return None
    if m.group("all"):
        return "imported" if m.group("all") == "境外输入" else "local"
    return "total"


# A state written right before the counted noun, with no 的 (治愈出院确诊病例12例, 现有在院治疗确诊病例1800例; rule
# ``case_count.state``): the noun's people in that state.
_STATE_BEFORE_NOUN = re.compile(r"(?P<state>治愈出院|出院|在院治疗|住院治疗|在院|住院)的?(?:本土|本地|境外输入)?"
                                r"(?:" + _DISEASE + r")?(?:确诊病例|(?<!院)病例)$")
# (出院病例, 住院病例 are counted nouns of their own in the lexicon: the state is that noun's, already)
_STATES_BEFORE_NOUN = {"治愈出院": "recovered", "出院": "recovered", "在院治疗": "hospitalised",
                       "住院治疗": "hospitalised", "在院": "hospitalised", "住院": "hospitalised"}


def _state(head: str) -> str | None:
    """The metric of a count of people in a state (尚在医学观察的…, 在定点医院隔离治疗的…, 治愈出院确诊病例) in the
    figure's clause."""
    if head.endswith(_STATE_VERBS):
        head = head[:head.rindex("病例") + 2]  # (在院治疗的确诊病例有5例: the verb before the number)
    before = _STATE_BEFORE_NOUN.search(head, max(0, len(head) - 24)) if head.endswith("病例") else None
    if before is not None:
        return _STATES_BEFORE_NOUN[before.group("state")]
    if "的" not in head:
        return None  # (every state phrase ends with 的)
    clause = _STATE_CLAUSE.search(head).group()
    m = None
    for m in _STATE.finditer(clause):
        pass
    return _STATES[m.group("state")] if m else None


_STATE_CLAUSE = re.compile(r"[^，；。：,;]*$")
_STATE_VERBS = ("病例有", "病例为", "病例共", "病例共有")
_ITEM_TAIL = re.compile(r"[^（(，、；]*$")


def _own_metric_part(head: str) -> bool:
    """A part in parentheses with a metric of its own (香港特别行政区20342例（出院15448例，死亡238例）): counted,
    unlike parts by attribute (轻型5例, 境外输入605例)."""
    item = _ITEM_TAIL.search(head).group()
    family = last_term("category", item)
    return bool(family and family[2] in ("recovered", "deaths", "hospitalised") and not skipped(item))


# A list item named by a division's short form that is also an ordinary word (其中中山2例、珠海3例: 中山, 大同, 安顺 …,
# ``places.word_short_forms``), which the place annotator reads only where the text vouches for the place: the item
# and its figure vouch for it within the division of the place named before it in the sentence (广东省…，其中中山2例),
# when exactly one division of that name lies there (rule ``place.list_short_form``; the places are the figures'
# own, not LOCATION mentions).
_LIST_ITEM_OPENERS = frozenset("中、，；：\n")  # (the character before such an item: 其中, a list's marks, a line)


@lru_cache(maxsize=1)
def _list_item_names() -> re.Pattern:
    """The ordinary-word short forms right before a figure (中山2例, 大同市4例), the names first so that the engine
    skips to them: one pass over a text for all of them."""
    from imcovid.annotate.places import word_short_forms

    names = sorted(word_short_forms(), key=len, reverse=True)
    return re.compile("(?P<name>" + "|".join(map(re.escape, names)) + r")(?=(?:市|报告|新增)?\d+例)")


def with_list_short_forms(text: str, places: list[dict]) -> list[dict]:
    """``places`` (sorted by start) with the list items named by an ordinary-word short form (see above)."""
    added = []
    for m in _list_item_names().finditer(text):
        from imcovid.annotate.places import divisions, word_short_forms  # (imported only for a text that has one)

        short_forms = word_short_forms()
        codes = short_forms.get(m.group("name"))
        if not m.start() or text[m.start() - 1] not in _LIST_ITEM_OPENERS \
                or any(p["start"] < m.end() and p["end"] > m.start() for p in places):
            continue
        sentence = _sentence_start(text, m.start())
        before = [p for p in places if sentence <= p["start"] and p["end"] <= m.start() and p.get("code")]
        if not before:
            continue
        # (the nearest place before that holds one division of the name: 广东省…，其中广州2例、中山3例 → 广东省)
        inside = next((found for found in ([c for c in codes if c != p["code"] and _within(c, p["code"])]
                                           for p in reversed(before)) if found), [])
        if len(inside) != 1:
            continue
        division = divisions()[inside[0]]
        added.append({"type": "LOCATION", "start": m.start(), "end": m.end(), "surface": m.group("name"),
                      "code": division.code, "level": division.level, "name": division.name,
                      "province_code": division.province_code, "prefecture_code": division.prefecture_code,
                      "rule": "place.list_short_form"})
    return sorted(places + added, key=lambda p: p["start"]) if added else places


# COVID-19 named in a figure's words (the lexicon's ``covid_word`` terms, Latin letters in any case): a figure that also
# names another disease (新冠和流感) is still counted.
_COVID_WORD = re.compile(_alternation("covid_word"), re.I)
_CLAUSE_END = re.compile(r"[，。；！？\n]")


def _other_disease(text: str, head_start: int, end: int) -> bool:
    """Do the words of the figure ending at ``end`` (its head from ``head_start``, its clause after it) name a disease
    other than COVID-19 (data/case_count_terms.tsv, kind ``other_disease``) and not COVID-19 itself?"""
    words = _figure_words(text, head_start, end)
    return _kind_pattern("other_disease")[0].search(words) is not None and _COVID_WORD.search(words) is None


def _figure_words(text: str, head_start: int, end: int) -> str:
    """The words of the figure ending at ``end``: its own clause (from ``head_start`` or the last comma before the
    figure, to the clause's end after it), and for a part that breaks down the figure before it (其中1例死亡, 其中，
    21例为重症) the clause before as well: the whole's disease and cause (报告2例鼠疫病例，其中1例死亡; 接种疫苗后出现
    血栓病例30例，其中7例死亡) are its parts' too."""
    stop = _CLAUSE_END.search(text, end)
    # (Only the figure's own clause otherwise: a head reaching back over commas to the sentence's start would let
    # 当前正值流感高发季节，…新增本土确诊病例5例 drop a COVID-19 figure.)
    clause_start = max(head_start, _clause_start(text, head_start, end))
    # (the breakdown word opening the clause, or in a clause of its own before it: 其中，1例死亡)
    breakdown = clause_start if _BREAKDOWN.match(text, clause_start) \
        else clause_start - 3 if text.endswith(("其中，", "其中,"), 0, clause_start) else -1
    if breakdown > 0:
        clause_start = _clause_start(text, 0, breakdown - 1)
    return text[clause_start:stop.start() if stop else len(text)]


def _clause_start(text: str, lo: int, pos: int) -> int:
    """The start of the clause holding ``pos``: after the last comma, semicolon or sentence end in ``text[lo:pos]``."""
    return max(text.rfind(mark, lo, pos) for mark in "，；,;。！？\n") + 1


def _after_vaccination(text: str, head_start: int, end: int) -> bool:
    """Do the words of the deaths figure ending at ``end`` (its clause, and the whole's for a part: ``_figure_words``)
    say the deaths followed a vaccination or name an adverse event (data/case_count_terms.tsv, kinds
    ``after_vaccination`` and ``adverse_event``: 接种第三剂疫苗后共出现3例死亡, 血栓病例30例，其中7例死亡)? Adverse
    events of the vaccines are no deaths of the epidemic, though their words name COVID-19 (新冠疫苗)."""
    words = _figure_words(text, head_start, end)
    return _kind_pattern("after_vaccination")[0].search(words) is not None \
        or _kind_pattern("adverse_event")[0].search(words) is not None


# (the words of an epidemic paragraph, COVID-19's names and the lexicon's ``epidemic_word`` terms: a deaths figure among
# them is the epidemic's, whatever else the paragraph names)
_EPIDEMIC_WORD = re.compile(_alternation("covid_word") + "|" + _alternation("epidemic_word"), re.I)


def _other_death_cause(text: str, pos: int) -> bool:
    """Does the paragraph (line) of the deaths figure at ``pos`` name a cause of death other than an epidemic (data/
    case_count_terms.tsv, kind ``other_death_cause``: 倒塌, 龙卷风, 事故…) and no epidemic word (新冠, 确诊, 病例, 感染,
    疫情)? General news of the outlets reports the dead of disasters and accidents (公寓楼倒塌…死亡总人数达到90人,
    突发龙卷风…因灾死亡6人) in the same words as an epidemic's deaths; they are no figure of this corpus."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    paragraph = text[lo:hi if hi >= 0 else len(text)]
    return _kind_pattern("other_death_cause")[0].search(paragraph) is not None and _EPIDEMIC_WORD.search(paragraph) is None


def _list_continues(text: str, sentence: int) -> bool:
    """Does the line starting at ``sentence`` go on a list by place from the line before: that line ends with a
    semicolon (吉林1834例，其中吉林市1210例…；) or is a list lead ending with its figure (本土病例2388例), or the line
    is a place's part (吉林1834例，其中…) after a line of the list, whatever mark ends the lines (rule
    ``case_count.list_lines``: outlets end them with 。, a comma or nothing)?"""
    if sentence == 0 or text[sentence - 1] != "\n":
        return False
    return sentence in _list_lines(text)


def _place_line(text: str, start: int) -> bool:
    """Does the line at ``start`` open with a part by place (吉林1834例, 吉林报告1834例): a short name with nothing
    counted, new or cumulative in it, then its figure?"""
    m = _PLACE_LINE.match(text, start)
    return bool(m and last_term("category", m.group("name")) is None and last_term("temporal", m.group("name")) is None
                and last_term("scope", m.group("name")) is None and not skipped(m.group("name")))


_PLACE_LINE = re.compile(r"[ \t\u3000]*(?:\d{1,2}[.．、](?!\d)\s*)?(?P<name>[\u4e00-\u9fff]{2,12}?)(?:报告)?\d+例(?:[，,；;。：:]|\s*$)", re.M)
# (1. 许昌市74例；: a list's line may open with its item number)


@lru_cache(maxsize=8)
def _list_lines(text: str) -> frozenset[int]:
    """The starts of the lines of ``text`` that go on a list by place (see ``_list_continues``), found once."""
    start = text.find("\n") + 1
    found = set()
    previous = bool(start) and (_lead_line(text, start - 1) or _FIGURE_AT_END.search(text, 0, start - 1) is not None)
    # (previous: the line before is in a list or leads one)
    while start:
        end = text.find("\n", start)
        if not text[start:end if end >= 0 else len(text)].strip():
            start = end + 1 if end >= 0 else 0
            continue  # (a blank line between the lines of a list ends nothing)
        continues = _line_continues(text, start) or (previous and _place_line(text, start))
        if continues:
            found.add(start)
        line_end = end if end >= 0 else len(text)
        previous = continues or _lead_line(text, line_end) or _FIGURE_AT_END.search(text, start, line_end) is not None
        # (…，其中境外输入162例，本土1742例。⏎吉林792例…: a line ending with a figure and a full stop leads a list of
        # place lines too)
        start = end + 1 if end >= 0 else 0
    return frozenset(found)


_FIGURE_AT_END = re.compile(r"\d\s*[例人]。\s*$")


def _line_continues(text: str, sentence: int) -> bool:
    """The line before ends with a semicolon, or is a list lead with a list after it."""
    last = sentence - 2
    while last >= 0 and text[last].isspace():
        last -= 1
    if last >= 0 and (text[last] in "；;" or (text[last] in "：:为" and _lead_line(text, sentence - 1))):
        # (a lead ending 分别为 with no colon, 本土病例1366例，分别为⏎吉林836例…, leads its list as well)
        return True
    return _lead_line(text, sentence - 1) and _list_follows(text, sentence)


def _lead_line(text: str, line_end: int) -> bool:
    """Is the line ending at ``line_end`` a list lead: a figure with nothing after it (本土病例2388例)?"""
    line = text[text.rfind("\n", 0, line_end) + 1:line_end].rstrip()
    # (a dash, 本土病例4例——, leads a list as a colon does)
    return bool(re.search(r"\d\s*[例人](?:[（(]|——?|－－?)?$|\d\s*[例人]\s*[，,]?\s*(?:分别|均)?[为在]?[：:]$"
                          r"|\d\s*[例人]\s*[，,]?\s*分别为$|\d\s*[例人]\s*[，,]\s*(?:地区|区域)?(?:分布|具体)?如下[：:]$", line))
    # (…87例，分布如下：⏎1. 许昌市74例；: the lead names the list after it)


def _list_follows(text: str, line_start: int) -> bool:
    """Does the line starting at ``line_start`` end with a semicolon or a comma (an item of a list)?"""
    end = text.find("\n", line_start)
    line = text[line_start:end if end >= 0 else len(text)].rstrip()
    return line.endswith(("；", ";", "，", ","))


def _next_line(text: str, line_end: int) -> int:
    """The start of the first line after ``line_end`` (a newline) that is not blank."""
    m = _BLANK_LINES.match(text, line_end + 1)
    return m.end() if m else line_end + 1


_BLANK_LINES = re.compile(r"(?:[ \t\u3000]*\n)*")


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return end if end >= 0 else len(text)


def _heading_start(text: str, pos: int) -> int | None:
    """The start of the line holding ``pos`` when that line is a heading (short, no sentence end): a date of the
    article body before it does not govern its figures (guideline: as_of from an explicit governing date)."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start:line_end if line_end >= 0 else len(text)].rstrip()
    if line and line[-1] not in "。！？；：:…”\"）)的和及与、，," and len(line) <= 40 and line_start > 0 \
            and not (line_end >= 0 and (_list_follows(text, _next_line(text, line_end))
                                         or _list_continues(text, _next_line(text, line_end)))) \
            and not _list_continues(text, line_start) and not _BREAKDOWN.match(text, line_start) \
            and not _SCOPE_PART.match(text, line_start):
        # (a list lead or a line of its list, 本土病例2388例⏎吉林1834例…, and a breakdown, 其中境外输入139例, are no
        # headings whatever mark ends them)
        return line_start
    return None


def _candidates(text: str, nouns: list[int]):
    """Numbers with a classifier and zero phrases, in the sentences that name something counted (a figure reads
    its noun from its own sentence: before it, right after it, or from the figure before it)."""
    shared = _SHARED_SIGN.search(text) is not None
    # (the verbs before a count with no classifier, looked for once: most texts have none, and their sentences skip it)
    bare = any(verb in text for verb in _NO_CLASSIFIER_VERBS)
    # (where those verbs stand, so that the pattern, which opens on a look-behind and is tried at every position,
    # runs only in the sentences that hold one)
    verbs = [m.start() for m in _NO_CLASSIFIER_VERB.finditer(text)] if bare else []
    for sentence in _SENTENCE.finditer(text):
        if bisect_left(nouns, sentence.start()) != bisect_left(nouns, sentence.end()) \
                or _list_continues(text, sentence.start()) or _BREAKDOWN.match(text, sentence.start()) \
                or _SCOPE_PART.match(text, sentence.start()):
            # (a line of a list by place, 吉林1834例，其中…；, or the breakdown of the sentence before, 其中境外输入139例)
            yield from _FIGURE.finditer(text, sentence.start(), sentence.end())
            if shared:
                yield from _SHARED.finditer(text, sentence.start(), sentence.end())
            has_verb = bisect_left(verbs, sentence.start()) != bisect_left(verbs, sentence.end())
            for figure in (_NO_CLASSIFIER.finditer(text, sentence.start(), sentence.end()) if has_verb else ()):
                clause = max(text.rfind(c, sentence.start(), figure.start()) for c in "，,；;：:")
                # (the lookbehind's verb: 逼近, 突破, 超过, 接近, or 超 alone; before the figure's 亿 part where it
                # has one, 超2亿3350万, rule ``value.no_classifier`` with ``value.larger_units``)
                lead = with_larger_units(text, figure.start(), 0)[1]
                if text[lead - 2:lead] in _NO_CLASSIFIER_VERBS:
                    verb = lead - 2
                elif text[lead - 1:lead] == "超":
                    verb = lead - 1
                else:
                    continue  # (营收2亿3350万: no verb of approximation before the 亿 part)
                nouns_before = list(_CASE_NOUN_IN_CLAUSE.finditer(text, max(clause, sentence.start()), verb))
                if nouns_before and _NOUN_TO_VERB.fullmatch(text, nouns_before[-1].end(), verb):
                    yield figure
            if "万" in sentence.group() or "亿" in sentence.group():
                yield from _LARGE_NOUN_AFTER.finditer(text, sentence.start(), sentence.end())
            for zero in _ZERO.finditer(text, sentence.start(), sentence.end()):
                yield zero
                item = _ZERO_ITEM.match(text, zero.end())
                while item:
                    yield item
                    item = _ZERO_ITEM.match(text, item.end())


_UNIT = re.compile(r"^[，、；（(\s]*(?:其中)?(?P<name>[\u4e00-\u9fff]{2,6})$")


def _closed_between(text: str, a: int, b: int) -> bool:
    return text.find("）", a, b) >= 0 or text.find(")", a, b) >= 0


def _split(head: str) -> bool:
    """A part in parentheses that splits positive people into confirmed cases and asymptomatic infections
    (新增阳性感染者28例（确诊病例3例、无症状感染者25例）): the parts get their own metrics."""
    family = last_term("category", head)
    return bool(family and family[2] in ("confirmed", "asymptomatic") and not skipped(head) and "含" not in head)


def _unit_in_list(text: str, head: str, context: dict | None) -> bool:
    """A part of a list by place whose place is not a division (高新18例, 国际港务区2例): a short name after a
    list separator, with nothing counted in it; it is annotated without a place code."""
    m = _UNIT.match(head)
    return bool(context and m and not skipped(m.group("name")) and last_term("category", m.group("name")) is None
                and last_term("temporal", m.group("name")) is None and last_term("scope", m.group("name")) is None
                and "含" not in m.group("name") and m.group("name") != "其中")


def _without_places(text: str, a: int, b: int, places: list[dict], starts: list[int]) -> str:
    """text[a:b] without the place mentions inside it (上海, 内蒙古: short forms have no suffix to strip)."""
    pieces, pos = [], a
    for p in places[bisect_left(starts, a):bisect_left(starts, b)]:
        if p["end"] <= b and p["start"] >= pos:
            pieces.append(text[pos:p["start"]])
            pos = p["end"]
    pieces.append(text[pos:b])
    return "".join(pieces)


def _places_within(places: list[dict], starts: list[int], a: int, b: int) -> bool:
    """Is a place mention inside text[a:b]? (``places`` sorted by start, ``starts`` their starts)"""
    return any(p["end"] <= b for p in places[bisect_left(starts, a):bisect_right(starts, b)])


def _origin_part(text: str, places: list[dict], starts: list[int], start: int) -> bool:
    """Is the figure at ``start`` (inside parentheses) a part of imported cases by country of origin: its item names
    a foreign country (缅甸1例, 乌克兰、阿根廷、韩国输入各1例, 来自美国1例), with no division of ours after it?"""
    all_names = _foreign_names(text)
    if not all_names or all_names[0].start() >= start:
        return False  # (most texts name no country before the figure)
    k = bisect_left(_foreign_starts(text), start)
    while k and all_names[k - 1].end() > start:
        k -= 1
    if not k:
        return False
    last = all_names[k - 1]  # (the last country named before the figure)
    if _closed_between(text, last.end(), start):
        return False  # (named outside the figure's parenthesis)
    opening = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
    if opening > last.start():
        return False
    item_start = max(opening + 1, *(text.rfind(c, opening + 1, start) + 1 for c in "（(、，；"))
    in_item = last.start() >= item_start
    listed = "输入" in text[last.end():start] or _ORIGIN_BEFORE.search(text, max(0, last.start() - 2), last.start())
    if not (in_item or listed):
        return False
    if any(p.get("code") for p in places[bisect_left(starts, last.end()):bisect_left(starts, start)]):
        return False  # (美国输入、在上海: a division after the country is where the part is counted)
    i = bisect_right(starts, last.start())
    return not (i and places[i - 1]["end"] > last.start())  # (朝鲜 of 延边朝鲜族自治州)


# The opening of a part by origin (本土确诊病例30例, 境外输入1例): see ``case_count.state_origin_part``.
_ORIGIN_SCOPE_PART = re.compile(r"\s*(?:本土|本地|境外输入性?|境外|输入性?)")


def _opening_before(text: str, lo: int, pos: int) -> int:
    """The position of the last opening parenthesis in text[lo:pos] (lo - 1 when none)."""
    return max(text.rfind("（", lo, pos), text.rfind("(", lo, pos), lo - 1)


# A clause of people released (解除医学观察, 解除隔离) followed by 其中 and no new marker up to the figure.
_RELEASED_THEN_PARTS = re.compile(r"解除[^，,；;。]*[，,]\s*其中(?![^。]*?(?:新增|累计|现有|尚在|正在|目前))")


def _released_breakdown(text: str, sentence: int, start: int) -> bool:
    """Is the figure at ``start`` in a breakdown (其中…) of people released, written in its sentence before it?"""
    return "解除" in text[sentence:start] and _RELEASED_THEN_PARTS.search(text, sentence, start) is not None


def _closing(text: str, end: int) -> int:
    """The position after the parenthesis closing after ``end`` (``end`` when none closes before the sentence ends)."""
    stop = min([i for i in (text.find(c, end) for c in "。\n") if i >= 0] or [len(text)])
    closing = [i for i in (text.find("）", end, stop), text.find(")", end, stop)) if i >= 0]
    return min(closing) + 1 if closing else end


def _own_parenthesis_end(text: str, end: int) -> int:
    """After a figure ending at ``end``: the end of a parenthesis that opens before the clause ends, else ``end``."""
    stop = min([i for i in (text.find(c, end) for c in "，；。\n") if i >= 0] or [len(text)])
    openings = [i for i in (text.find("（", end, stop), text.find("(", end, stop)) if i >= 0]
    if not openings:
        return end
    opening = min(openings)
    closing = text.find("）" if text[opening] == "（" else ")", opening)
    return closing + 1 if closing >= 0 else end


def _tail_end(text: str, end: int) -> int:
    tail = _TAIL.match(text, end)
    return tail.end() if tail else end


def read_zero_item(match: re.Match, scope: str | None) -> dict | None:
    """A further noun of a zero phrase (…、疑似病例和无症状感染者) → value 0, the phrase's scope unless its own."""
    if match.group("noun") == "疑似病例":
        return None
    own = last_term("scope", match.group("scope")) if match.group("scope") else None
    return {"family": last_term("category", match.group("noun"))[2], "temporal": "new",
            "scope": own[2] if own else scope, "classifier": "例", "value": 0, "end": match.end(),
            "span_start": match.start("item"), "rule": "case_count.zero_list"}


_RESPONSE_FAMILIES = ("tested", "screened", "vaccinated_doses")
# A part of a case figure by the virus variant (其中奥密克戎变异株感染者30例): an attribute, as sex or severity is; the
# lexicon's ``variant`` terms.
_VARIANT_PART = re.compile(_alternation("variant"))


def _response_to_cases(context: dict, family: tuple[int, str, str]) -> bool:
    """Does a case figure follow a count of the response (tests, screening, doses) in a list whose marker was the
    response count's? 累计采样检测120万人，共检出阳性15例: the 累计 of the tests is not the cases', so the marker is not
    carried over (rule ``case_count.response_marker``). The figure is then read by its own words: the day's new cases
    when its sentence gives a day (1月15日，…累计采样检测120万人，共检出阳性15例; rule ``case_count.dated_sentence``), a
    running total by its own 共检出 when none does (see _response_total), else no figure."""
    return context["family"] in _RESPONSE_FAMILIES and family[2] in _CASE_FAMILIES


def _response_total(text: str, start: int, clause: str) -> str | None:
    """The marker of a case figure after a response count whose marker is not carried (_response_to_cases):
    ``cumulative`` when its own clause says it is a total (共检出, 共发现: the lexicon's ``period_total`` words, the
    guideline's 共 of running totals) and no day is written in its sentence before it (累计采样检测120万人，共检出阳性
    15例: all the cases of the testing so far), else None (with a day, the day's cases; rule
    ``case_count.response_marker``)."""
    if _PERIOD_TOTAL.search(clause) is None or _SENTENCE_DAY.search(text, _sentence_start(text, start), start):
        return None
    return "cumulative"


# A state of quarantine or control that says where cases were found, not how many people are in it now: the parts of
# a case figure after 其中 (隔离点23例，居家隔离31例，封管控区5例).
# (The lexicon's ``found_state`` terms, then at most a short word, 中 or 人员, before the number.)
_FOUND_STATE = re.compile(r"(?:" + _alternation("found_state") + r")[^，；。\d]{0,4}$")


def _found_in_state(text: str, start: int, head: str, clause: str, family: tuple | None, temporal: tuple | None,
                    context: dict | None, tail: re.Match | None) -> bool:
    """Is the figure at ``start`` a part of the case figure before by the state the cases were found in (rule
    ``case_count.found_in_state``)? Its clause is only that state (居家隔离31例), it is in a breakdown (其中…) of a case
    figure, and no current marker (尚在医学观察14例, 现有) or counted noun after the number (居家隔离的2例确诊病例)
    makes it a count of its own. Parts of people under observation (密切接触者120人，其中集中隔离80人) keep theirs."""
    if tail or temporal is not None and temporal[0] >= len(head) - len(clause) \
            or (context is not None and context.get("family") not in _CASE_FAMILIES):
        return False
    if _FOUND_STATE.search(clause) is None or not _in_breakdown(text, start, head):
        return False
    # (the figure broken down is a case figure: the context's, or, when an earlier part was no figure and left none
    # (隔离点23例), the last counted noun before the sentence's 其中: 确诊病例的密切接触者100人，其中… counts contacts)
    sentence = _sentence_start(text, start)
    opening = text.rfind("其中", sentence, start)
    counted = last_term("category", text[sentence:opening]) if opening >= 0 else None
    return context is not None or (counted is not None and counted[2] in _CASE_FAMILIES)


def read_zero(match: re.Match) -> dict:
    """``无新增本土确诊病例`` → value 0 of the new-case metric of its noun (a bare ``零新增``: of local confirmed
    cases, what a bulletin's 零新增 means)."""
    if match.group("bare"):
        return {"family": "confirmed", "temporal": "new", "scope": None, "classifier": "例", "value": 0,
                "end": match.end(), "rule": "case_count.zero"}
    if match.group("none"):
        return {"family": "positive", "temporal": "new", "scope": None, "classifier": "例", "value": 0,
                "end": match.end(), "rule": "case_count.zero"}
    noun = match.group("noun") or match.group("deaths") or match.group("discharged")
    family = (0, "出院", "recovered") if match.group("recovered") or match.group("discharged") \
        else last_term("category", noun)
    # (无新增出院确诊病例, 无新增治愈出院病例: no case discharged that day, rule ``case_count.zero``; so is a bulletin's
    # 无治愈出院病例 with no 新增, as 无死亡病例 is a zero of deaths)
    scope = last_term("scope", noun) or (last_term("scope", match.group("pre")) if match.group("pre") else None)
    # (无本土新增确诊病例: the scope written before 新增, as some outlets order the words)
    return {"family": family[2] if family else "confirmed", "temporal": "new", "scope": scope[2] if scope else None,
            "classifier": "例", "value": 0, "end": match.end(), "rule": "case_count.zero"}


# A case's number right after its noun (确诊病例3, 病例12): one case named, not a count. The digits end where a
# name's would (的, 在, 与, a list's or clause's mark), not before a classifier (确诊病例3例) or a unit of time
# (确诊病例10月17日以来累计报告169例, 24小时内: a date or a span after the noun, the count still to come).
_CASE_NUMBER = re.compile(r"\d+(?=[的在与和及同、，,。；;：:（()）\s]|$)")


def _numbered_case(head: str, family: tuple[int, str, str]) -> bool:
    """Is the counted noun the head ends on a numbered case (与确诊病例3在同一传播链上的，已达到28人)? Then the figure
    counts the people linked to that one case, a part by another attribute (a chain), which the guideline does not
    annotate (CASE_COUNT, parts by other attributes), and not cases of the noun (rule ``case_count.numbered_case``).
    Why: the s20 review found 大连's chain counts 28 and 27 filed as the city's running total. Cases with their own
    classifier (确诊病例3例) are counts, not numbers."""
    return family[2] in _CASE_FAMILIES and _CASE_NUMBER.match(head, family[0] + len(family[1])) is not None


def read_figure(text: str, match: re.Match, head: str, context: dict | None, bare_head: str | None = None) -> dict | None:
    """What the figure ``match`` counts, from its head (the words since the previous figure), the noun right after
    it, or the figure before it in a list."""
    start = match.start()
    if start > 0 and (text[start - 1] == "第" or text[start - 1].isdigit()
                      or (text[start - 1] in "至到-~—－ " and _RANGE_END.search(text, max(0, start - 8), start))):
        return None  # an ordinal (第3例) or the end of a range (3至5例; not 达到51例, 增至91例: a figure reached)
    if match.group("num")[0] not in "0123456789" and len(match.group("num")) == 1 and match.group("num") in "千百万十":
        # A unit alone is no number (百人), unless an approximation says it is one (十余例 10, 近百例 100, 千余人 1000;
        # rule ``value.approximate_unit``, as the guideline's 80余); 数十例, 上百例, 几十例 state none.
        approximate = match.group("q1") or match.group("qual") or text.endswith(_APPROX, 0, start)
        if not approximate or text[start - 1:start] in ("数", "上", "几", "成"):
            return None
    classifier = match.group("cls") or "例"  # (no classifier of its own: the next item's 例)
    if classifier == "剂" and not match.group("wan"):
        return None  # (2剂 is a course of doses per person; 17.4万剂 a total given)
    if match.group("wan") == "亿" and classifier in ("人", "名"):
        return None  # (14亿人 is a population, not a count; 亿 counts doses, tests and cases: 1.2亿剂次, 3亿多人次, 2.9亿例)
    value = parse_number(match.group("num") + (match.group("wan") or ""))  # 3000多万人次 → 30000000
    if value is None:
        return None
    value, number_start = with_larger_units(text, start, value)
    tail = _TAIL.match(text, match.end())
    if match.group("num") == "一" and ((classifier in ("名", "人") and not tail) or text[start - 1:start] == "的"):
        return None  # 一名 is an article ("a"), not a figure, unless a counted noun follows; so is 的一例 (系12月23日报告
        # 的一例境外输入确诊病例的密接人员: one case described, whose contact the person is)
    # (a short note on the counted noun before its number, 累计报告确诊病例（轻型）10例, is no clause of its own: the clause
    # is the noun's, not the note's 轻型, a part by severity)
    clause = _CLAUSE_TAIL.search(_NOUN_NOTE.sub("", head) if head.endswith(("）", ")")) else head).group()
    if _found_cue_after(text, match.end()) and (clause.startswith("其中") or _in_breakdown(text, start, head)) \
            and _FOUND_AFTER.match(text, match.end()) and not _aside_on_place_part(text, match.end(), head, bare_head):
        return None  # 其中3例确诊病例和886例无症状感染者在隔离管控中发现: parts by how they were found
    released = _RELEASED_INFECTED.search(clause) if "解除" in clause else None
    if "较前" in clause:
        # 韩国较前一天新增新冠确诊病例210755例: the day's new cases counted against the day before, as news agencies
        # report Korea's and Japan's figures, not a change compared (较前一日增加1例, the skip term 较前)
        clause = _COMPARED_NEW.sub("", clause)
    if clause.endswith("其中有") and _PART_PLACE_VERB.match(text, match.end()):
        clause = clause[:-1]  # (其中有164例来自额济纳旗: the existential 有 of a part by place, not 中有's part by attribute)
    if skipped(_without_item_before(text[max(0, start - len(clause) - 2):start]) if tail and released is None
               else clause if released is None else clause.replace(released.group(), "")) \
            or _SKIP_AFTER.match(text, _tail_end(text, match.end())) or "含" in head[-6:] \
            or (tail and _RELATION_AFTER.match(text, tail.end()) and last_term("temporal", clause) is None) \
            or _PER_UNIT.match(text, match.end()) \
            or (text.startswith("的", match.end()) and _TEAM_AFTER.match(text, match.end())) \
            or head.endswith(_before_words()):
        return None
    family = last_term("category", head) if released is None else (len(head) - len(clause) + released.start(), "", "recovered")
    if family is not None and _numbered_case(head, family):
        return None
    if family is not None and family[1] in _PREDICATES and not tail \
            and _PREDICATE_OF_CLAUSE_BEFORE.search(text, max(0, start - _PREDICATE_WINDOW), start):
        return None  # 3人死亡，5人受伤: 死亡 is the predicate of the clause before (rule ``case_count.predicate_before``)
    if family is not None and family[2] == "tested" and not tail and (
            _TESTED_REQUIRED_BEFORE.search(head, 0, family[0])
            or any(head.startswith(t, family[0] + len(family[1])) for t, _ in terms()["tested_document"])):
        return None  # 需要进行核酸检测的员工有9000人, 核酸检测证明的…嫌疑人61人: a requirement or a document, no one tested
    if family is not None and family[2] == "tested" and ("；" in head[family[0]:] or ";" in head[family[0]:]):
        return None  # (在南京9人均已隔离、采样检测，均阴性；在外地1人: a test in a clause closed by ； counts no one after it)
    temporal = last_term("temporal", head)
    if _found_in_state(text, start, head, clause, family, temporal, context, tail):
        return None  # 共检出59例阳性，其中隔离点23例，居家隔离31例: where the cases were found (rule ``case_count.found_in_state``)
    if _VARIANT_PART.search(clause) and temporal is None and last_term("scope", clause) is None \
            and _in_breakdown(text, start, head):
        # (其中境外输入奥密克戎变异株感染者2例 names its scope too: read as the part by scope it is, not dropped)
        return None  # 新增…33例，其中奥密克戎变异株感染者30例: a part by variant, an attribute (rule ``case_count.variant_part``)
    rule = "case_count.head"
    if family is not None and temporal is None and context is not None and context["family"] in _TOTAL_FAMILIES \
            and family[1] in _GENERIC_CASE_NOUNS and _in_breakdown(text, start, head):
        # 当日新增治愈出院病例336例，其中境外输入病例30例，本土病例306例（海南88例…）: the parts of a count of recovered
        # people (or deaths) are recovered people too, not new cases; 病例 names whom they were (rule
        # ``case_count.breakdown_family``).
        family = (family[0], family[1], context["family"])
        temporal = (len(head), "", context["temporal"]) if context["temporal"] else None
        rule = "case_count.breakdown_family"
    if family and temporal and family[0] <= temporal[0] < family[0] + len(family[1]):
        # (在院治疗13例: the 在院 of the counted noun is no current marker for the items after it, …；无症状感染者650例)
        temporal = None
    if temporal is not None and temporal[2] == "new" and temporal[0] < len(head) - len(clause):
        total = _TOTAL_IN_CLAUSE.search(clause)
        if total is not None:
            # …一周内增加了32.5万例，创下一周新增病例数新高，使得美国儿童确诊病例总数达到7890756例: the running total
            # its own clause names, not the 新增 of a clause before it (rule ``case_count.total_in_clause``; 当日新增病例
            # 总数为35例, with 新增 in its own clause, stays new).
            temporal = (len(head) - len(clause) + total.start(), total.group(), "cumulative")
            rule = "case_count.total_in_clause"
    scope = last_term("scope", head)
    semicolon = max(head.rfind("；"), head.rfind(";")) if context is not None and family is not None and not tail else -1
    if semicolon >= 0 and family[0] < semicolon:
        if (temporal is None or temporal[0] < semicolon) and (scope is None or scope[0] < semicolon):
            # 雁塔区2例，为集中隔离人员；长安区1例: the noun is the note of the item before the semicolon, not this
            # item's; it is the next item of the list (read below with the figure before's reading)
            family = temporal = scope = None
    end = match.end()
    family_tail = None
    if tail:
        family_tail = last_term("category", tail.group("noun")) or (
            (0, "感染", "positive") if tail.group("noun") == "感染" else None)
        family = family_tail or family
        if tail.group("scope"):
            scope = last_term("scope", tail.group("scope"))
        if (tail.group("new") or tail.group("noun") == "新确诊") and temporal is None:
            # 报告2例新增境外输入性新冠肺炎确诊病例: the marker after the number; 18例本土新确诊 (wire digests): new ones
            temporal = (len(head), "", "new")
        end = tail.end()
        rule = "case_count.noun_after"
    if family is not None and family[2] not in _CASE_FAMILIES and not tail and re.search(r"(?:发现|检出|查出)$", head):
        return None  # (在集中隔离人员中发现17例: cases by how they were found, not people under observation)  # 进行例行核酸检测时发现2人: people found positive, not people tested
    if family is None and not tail and classifier in ("剂", "剂次"):
        vaccinated = _VACCINATED_AFTER.match(text, match.end())
        if vaccinated is not None:
            # 美国已完成3亿剂新冠疫苗接种: doses given, the vaccination written after them (rule
            # ``case_count.vaccinated_after``); doses supplied, bought or shipped (提供了3.5亿剂疫苗) have no 接种 after them.
            family, end, rule = (len(head), "", "vaccinated_doses"), vaccinated.end(), "case_count.vaccinated_after"
    if family is None and not tail and classifier in ("人", "名", "人次"):
        tested = _TESTED_AFTER.match(text, match.end())
        if tested is not None and _future_clause(text, {"start": match.start(), "end": tested.end()}):
            tested = None  # (3万人接受核酸检测将于明日进行: a test still to come counts no one tested)
        if tested is not None and _TESTED_NEGATED_BEFORE.search(text, match.end(), tested.start("verb")):
            tested = None  # (1500人未按时接受核酸检测: people who did not take the test)
        if tested is not None and not skipped(tested.group()):
            # 对2.3万名重点人员开展了核酸检测: the people tested, the noun after them (rule ``case_count.tested_after``)
            family, end, rule = (len(head), "", "tested"), tested.end(), "case_count.tested_after"
        bare = _TESTED_RIGHT_AFTER.match(text, match.end()) if family is None and classifier != "人次" else None
        if bare is not None and _future_clause(text, {"start": match.start(), "end": bare.end()}):
            bare = None  # (全市1100万人口核酸检测将于明日开始: a test still to come)
        if bare is not None:
            # 共2100多人就地核酸: the people tested, the bare test right after them (rule ``case_count.tested_right_after``)
            family, end, rule = (len(head), "", "tested"), bare.end(), "case_count.tested_right_after"
        observed = _OBSERVED_AFTER.match(text, match.end()) if family is None and classifier != "人次" else None
        if observed is not None:
            # 共有2.3万人居家隔离: people in quarantine, the state after them (rule ``case_count.observed_after``)
            family, end, rule = (len(head), "", "under_observation"), observed.end(), "case_count.observed_after"
        infected = _INFECTED_AFTER.match(text, match.end()) if family is None and classifier != "人次" else None
        if infected is not None and _future_clause(text, {"start": match.start(), "end": infected.end()}):
            infected = None  # (预计有3名员工确诊: an infection still to come, like the tested rules' guard)
        if infected is not None:
            # 已经有超过百名船员感染新冠病毒: people infected, their infection after them (rule ``case_count.infected_after``)
            family = (len(head), "", "confirmed" if infected.group("confirmed") else "positive")
            end, rule = infected.end(), "case_count.infected_after"
    if family is None and (temporal is not None or scope is not None) and context is not None:
        # 15日至16日每日新增4例, 其中境外输入8例、本土11例: a new marker or scope, the noun of the figure before.
        family = (0, "", context["family"])
    if family is None and temporal is not None and temporal[2] == "new" and context is None \
            and match.group("cls") == "例" and not _clause_after_marker(head, temporal) and not _noun_after(text, match.end()):
        # 美国单日新增突破60万例: new cases with no noun written are confirmed cases (rule ``case_count.bare_new``)
        family = (temporal[0], "", "confirmed")
        rule = "case_count.bare_new"
    if family is None:
        bare = head if bare_head is None else bare_head
        if context is not None and re.search(r"[；;]", bare):
            # (…，来自柬埔寨；深圳报告13例: an item of a list by place starts after the semicolon)
            bare = re.split(r"[；;]", bare)[-1]
            head = re.split(r"[；;]", head)[-1]
        if context is not None and "其中" in bare:
            note = _NOTE_BEFORE_PARTS.match(bare)
            if note is not None:
                # 新增确诊病例8例，均为隔离管控人员，其中朝阳区5例: a note on all the cases between the figure and its
                # parts by place; the list (``case_count.list_item``) starts at 其中
                bare, head = bare[note.end():], head[head.rindex("其中"):] if "其中" in head else head
        intro = _DISTRIBUTION_INTRO.search(bare) if context is not None else None
        intro_start = None
        if intro is not None:
            # 当日新增本土确诊307例，来自17个省份：四川132例: the count of the divisions the parts are in, and its colon,
            # open the list (rule ``case_count.list_item``); they are no attribute of the part, and their 个省份 does not
            # make the part national
            intro_start = start - len(bare) + intro.start()
            bare = bare[:intro.start()]
        if context is not None and bare.endswith(_SHARE_VERB) and bare != head:
            # 259宗本土确诊病例中，四川占59宗; 其中深圳占54宗: a place's share of the total is a part by place (rule
            # ``case_count.list_item``); 占 right after the place (masked in ``bare``), with nothing else before the number
            bare = bare[:-len(_SHARE_VERB)]
        again = _LEVEL_AGAIN.match(bare) if context is not None and bare == head else None
        if again is not None and classifier == context.get("classifier") and value is not None \
                and (context.get("value") or 0) <= value and text[end:end + 1] in _CLAUSE_ENDS:
            # (only a level that ends its clause, counted as the figure before was and not below it: 超过100人被集中隔离,
            # 达到1000人次的核酸检测 count other people)
            # 全球累计确诊病例超过4000万例，达40050902例 (the exact level after the rounded one); 全球累计确诊病例6月28日超过
            # 1000万例，8月10日超过2000万例 (the levels of later days): the same count again (rule ``case_count.level_again``),
            # dated by its own day when it has one
            return {**context, "value": value, "classifier": classifier, "end": end,
                    "span_start": start - len(head) + again.start("verb"), "rule": "case_count.level_again",
                    "successive": False, "intro": None}
        if context is None or not _FILLER.match(_strip_places_and_days(bare)):
            return None
        successive = False
        if bare == head and _strip_places_and_days(head) == head:
            # a part by another attribute (其中7例为…), not by place or day; but 先后新增确诊9例、5例、5例 (or 分别达5例和
            # 3例): the figures of successive days or places, each a figure of the list's kind (rule
            # ``case_count.successive``)
            successive = head.strip() in _SUCCESSIVE_JOINS \
                and _SUCCESSIVE.search(text, _sentence_start(text, start), start) is not None
            if not successive:
                return None
        if context.get("respective_next") and head.strip() in _SUCCESSIVE_JOINS:
            # 确诊病例和无症状感染者分别为5例和30例: the second figure counts the second noun (rule
            # ``case_count.respective_nouns``)
            return {**context, "family": context["respective_next"], "respective_next": None, "value": value,
                    "classifier": classifier, "end": end, "span_start": _item_start(head, start),
                    "rule": "case_count.respective_nouns", "second": True}
        pair = context.get("respective_pair")
        if pair and _RESPECTIVE_AGAIN.search(bare) and _RESPECTIVE_FIGURES_AFTER.match(text, match.end()):
            # …分别为1251例和24659例，其中上海分别为1189例和22348例: a part by place given for both nouns again
            return {**context, "family": pair[0], "respective_next": pair[1], "value": value, "classifier": classifier,
                    "end": end, "span_start": _item_start(head, start), "rule": "case_count.list_item",
                    "successive": False, "second": False}
        return {**context, "value": value, "classifier": classifier, "end": end, "span_start": _item_start(head, start),
                "rule": "case_count.list_item", "successive": successive, "intro": intro_start}
    if temporal is None and _period_head(head):
        temporal = (len(head), "", "new")  # 6天超500人感染: the cases of a period up to the text's day
    if temporal is None and _REACHED.search(head):
        # 确诊病例达92例: a running total reached; so is one risen to (美国确诊病例升至140886例, 已超过14万例)
        temporal = (len(head) - 1, "达", "cumulative")
    if temporal is None and context is None and family is not None and family[2] in _CASE_FAMILIES \
            and _AS_OF_SENTENCE.match(text, _sentence_start(text, start)):
        # 截至3月5日9时，…本轮疫情已发现11例阳性: cases counted up to a moment are a running total (rule
        # ``case_count.as_of_total``)
        temporal = (len(head), "", "cumulative")
        rule = "case_count.as_of_total"
    if temporal is None and context is None and tail and tail.group("scope") and not _CLAUSE_TAIL.search(head).group():
        # 8例境外输入性确诊病例已转至定点医疗机构救治: a sentence opening on the day's imported cases restates them
        temporal = (len(head), "", "new")
    if temporal is None and context is not None and family is not None and not _response_to_cases(context, family):
        temporal_value = context["temporal"]
    else:
        temporal_value = temporal[2] if temporal else None
        if temporal is None and context is not None and family is not None and context.get("temporal"):
            rule = "case_count.response_marker"  # (the response count's marker, not carried: see _response_to_cases)
            temporal_value = _response_total(text, start, clause)
    if scope is None and context is not None and temporal is None:
        scope_value = context["scope"]
    else:
        scope_value = scope[2] if scope else None
    respective_next = None
    respective = _RESPECTIVE_NOUNS.search(head) if family is not None and not tail and "分别" in head[-5:] else None
    if respective is not None:
        first = last_term("category", head[:respective.start()])
        second = last_term("category", respective.group())
        if first is not None and second is not None and first[2] != second[2] \
                and _RESPECTIVE_FIGURES_AFTER.match(text, match.end()):
            # 新增本土确诊病例和无症状感染者分别为5例和30例: two nouns, then 分别 and their figures in the same order;
            # the first figure counts the first noun, the next one the second (rule ``case_count.respective_nouns``).
            family, respective_next, rule = first, second[2], "case_count.respective_nouns"
    # (A family or scope read from the tail has its position in the tail, not in the head: 新增9例本土新冠病毒感染者
    # starts at 新增, not at the sentence's start.)
    marks = [t[0] for t in (family, temporal, scope) if t is not None and t[1]
             and not (tail and (t is family or (t is scope and tail.group("scope"))))]
    span_start = start - len(head) + min(marks) if marks else number_start
    reading = {"family": family[2], "temporal": temporal_value, "scope": scope_value, "classifier": classifier,
               "value": value, "end": end, "span_start": span_start, "rule": rule}
    if tail and tail.group("at") and family is family_tail:
        reading["at"] = (tail.start("at"), tail.end("at"))  # 2人在广州检出阳性: where they tested positive
    if respective_next is not None:
        reading["respective_next"] = respective_next
        reading["respective_pair"] = (family[2], respective_next)
    return reading


# People a clause says were tested after their figure (2.3万名重点人员开展了核酸检测, 15万人进行核酸筛查); staff who test
# (200名医务人员开展核酸检测) are the lexicon's skip terms.
_REACHED = re.compile(r"(?:已|累计)?(?:达到?|(?:上?升|增加?)(?:至|到))$|(?:已|累计)超过$")  # (a bare 超过 is a threshold:
# 首个确诊病例超过10万例的国家)
_NOUN_NOTE = re.compile(r"(?<=病例|染者)[（(][^（()）]{1,4}[）)]$")
# People whose clause says after their count that they took a test (对2.3万名重点人员开展了核酸检测, 有约15000名与奥运
# 相关的日本境外人士入境并接受了新冠病毒检测): the verb within ``tested_window`` characters of the classifier, in its
# clause, not negated (the lexicon's ``tested_negation``: 1200人未进行核酸检测) nor a requirement (a ``tested_modal`` term
# right before the verb: 9000名员工需要进行核酸检测), and a test of the lexicon's ``tested_test`` kind (rule
# ``case_count.tested_after``).
_TESTED_WINDOW = threshold("case_counts", "tested_window")
_TESTED_NEGATION = "".join("(?<!%s)" % re.escape(t) for t, _ in terms()["tested_negation"] + terms()["tested_modal"])
_TESTED_AFTER = re.compile(r"[^，。；！？\n]{0,%d}?%s(?P<verb>开展|进行|完成|接受|参加|参与)了?[^，。；！？\n]{0,4}?(?:%s)"
                           % (_TESTED_WINDOW, _TESTED_NEGATION, _alternation("tested_test")))
# A negation a few words before the verb of the test (1500人未按时接受核酸检测, 1500人没有按要求进行核酸检测): people
# who did not take it, like the negation right before the verb above (rule ``case_count.tested_after``; the gap is
# ``tested_negation_gap`` characters, too short for a noun phrase such as 未接种疫苗的人员 to put a count under it).
_TESTED_NEGATED_BEFORE = re.compile(r"(?:%s)[\u4e00-\u9fff]{0,%d}$"
                                    % (_alternation("tested_negation"), threshold("case_counts", "tested_negation_gap")))
# A test in the noun before a count of people that is a requirement (需要进行核酸检测的员工有9000人: this pattern, the
# lexicon's ``tested_modal``) or a document (核酸检测证明的…嫌疑人61人: a ``tested_document`` term right after the test,
# checked in ``read_figure``): the people are not said to be tested (rule ``case_count.head``).
_TESTED_REQUIRED_BEFORE = re.compile(r"(?:%s)(?:开展|进行|完成|接受|参加|参与)?$" % _alternation("tested_modal"))
# A nucleic acid test right after a count of people, with no verb (全校师生及家长共2100多人就地核酸, 全市1100万人口核酸
# 检测结束; 口 of 人口 after the classifier 人), not followed within ``tested_not_window`` characters of its clause by a
# result, staff, sites or a document (2人核酸阳性, 10名核酸采样人员, 1200人核酸检测证明过期; the lexicon's ``tested_not``
# and ``tested_document``), nor by a noun of people of up to ``infected_who`` characters that ends its run of
# words (the lexicon's ``people_noun_end``: 1500名核酸检测志愿者 counts volunteers; 1500人核酸检测工作 has no noun of
# people) (rule ``case_count.tested_right_after``).
_TESTED_BARE = re.compile(_alternation("tested_bare"))
# People whose clause ends, right after their count and a short noun of who they are, on their infection or
# confirmation (已经有超过百名船员感染新冠病毒, 已经有100多名工人被确诊感染, 当日有7人被确诊新冠阳性, 又有1名工作人员确诊):
# people infected (positive) or confirmed, as news of other countries and of firms writes them (rule
# ``case_count.infected_after``). The noun of who they are, when there is one, ends as a noun of people does (the
# lexicon's ``people_noun_end``: 船员, 员工, 工人), so that a word of doubt, fear, condition, time or the future before
# the verb is not read as that noun (3名员工可能感染新冠病毒, 担心感染, 一旦确诊, 此前确诊, 将被确诊); only an adverb
# of the lexicon's ``infected_adverb`` kind may stand between (3名员工已经确诊, 先后确诊). Not under negation (the
# lexicon's ``infected_negation``: 100名密接人员未感染), not after 的 (1名工作人员的家属确诊 counts a relative of the people, not them), and only at the end of the clause (1名工人确诊
# 病例的密接 is no figure of cases).
_INFECTION_NAMED = re.compile(r"感染了?(?:%s|新冠)" % _DISEASE)
_PEOPLE_END = "".join(t for t, _ in terms()["people_noun_end"])
_INFECTED_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{0,%d}?[%s])?(?:%s)?(?<!的)%s(?:(?P<confirmed>被确诊|确诊)(?:感染|为)?|感染了?)(?:%s)?(?:阳性)?"
                             r"(?=[，。；！？\n,;]|$)"
                             % (threshold("case_counts", "infected_who") - 1, _PEOPLE_END, _alternation("infected_adverb"),
                                "".join("(?<!%s)" % re.escape(t) for t, _ in terms()["infected_negation"]), _DISEASE + "|新冠"))
_TESTED_RIGHT_AFTER = re.compile(r"口?(?:%s)(?![^，。；！？\n]{0,%d}?(?:%s|%s))(?![\u4e00-\u9fff]{0,%d}?[%s](?![\u4e00-\u9fff]))"
                                 % (_alternation("tested_bare"), threshold("case_counts", "tested_not_window"),
                                    _alternation("tested_not"), _alternation("tested_document"),
                                    threshold("case_counts", "infected_who") - 1, _PEOPLE_END))
_VACCINATED_AFTER = re.compile(r"(?:新冠)?(?:病毒)?疫苗(?:的)?接种")
# People a state right after their figure puts under observation (2.3万人居家隔离, 560人正在集中隔离); not a facility
# or the people of one (集中隔离点, 集中隔离人员).
_OBSERVED_AFTER = re.compile(r"(?:正在|仍在|尚在|在|进行|实行|实施)?(?:集中隔离|居家隔离|居家健康监测|隔离医学观察|医学观察)"
                             r"(?![点场所酒人的])")
_AS_OF_SENTENCE = re.compile(r"\s*(?:截至|截止)")
# The end of a range: a number (with its classifier) before 至/到/a dash right before the figure (3至5例, 3例—5例).
_RANGE_END = re.compile(r"[\d" + CHINESE_NUMERAL_CHARS + r"]\s*(?:例|人|名)?\s*[至到\-~—－]$")


_COMPARED_NEW = re.compile(r"较前一[日天](?:\d{1,2}(?:时|点))?(?=新增)")  # (较前一天0时新增: the hour the count runs from)
# A clause on all the cases of the figure before (均为隔离管控人员, 均在闭环管理中发现, 系外省来返人员), up to the 其中
# that opens its parts.
_NOTE_BEFORE_PARTS = re.compile(r"[，,]\s*(?:均|都|全部|全|系)[^，。；,;]{1,20}[，,]\s*(?=其中)")
# A clause that gives the figure before's count again, at a level reached (，达…, ，8月10日超过…): a comma, the day it was
# reached if any, and a verb of reaching, right before the number (not 为: ，为3例确诊和2例无症状 names parts).
_LEVEL_AGAIN = re.compile(r"[，,]\s*(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日)?(?P<verb>达到|达|超过|突破|增至|升至)$")
_CLAUSE_ENDS = ("", "，", "。", "；", ",", ";", "\n", "！", "？")
_SHARE_VERB = "占"  # (四川占59例: the share of a total a place accounts for)
# A streak of days above a level (连续4天超过200例, 连续5日破千): the number is the level, not a count of any day or
# period (连续11天无新增 is a zero of the text's day, read elsewhere).
_STREAK_BEFORE = re.compile(r"连续[\d一二两三四五六七八九十]+(?:天|日)(?:超过|超|逾|突破|破|高于|在)$")
_STREAK_SPAN = len("连续十一天超过")
_UPPER_BOUND = ("以下", "以内")  # (5例以下, 10例以内: a bound, not a count)
_MAGNITUDES = ("十", "百", "千", "万")  # (a lone order of magnitude before 例以上 is a threshold: 百例以上)
_SUCCESSIVE = re.compile(r"先后|依次|分别")
_COUNT_OF_UNITS = r"[\d一二两三四五六七八九十]+个"
# The opening of a list of parts by place in wire news on the country's figures (来自17个省份：, 新增百例以上的省份增至4个：,
# 达到两位数的有12个省份，位居前三的是): a clause naming a count of divisions (the lexicon's ``distribution_unit``), ended by a
# colon or by 位居前N的是, right before the first part's place.
_DISTRIBUTION_INTRO = re.compile(
    r"[^，,；;。：:\d]{0,16}?(?:" + _COUNT_OF_UNITS + r"(?:" + _alternation("distribution_unit") + r")|(?:"
    + _alternation("distribution_unit") + r")[^，,；;。：:\d]{0,8}?" + _COUNT_OF_UNITS + r")"
    r"(?:[：:]|[，,]位居前[\d一二两三四五六七八九十]+(?:位|名)?的(?:是|为|依次为|分别为))$")
_SUCCESSIVE_JOINS = ("、", "和", "及")  # (the marks between the figures of 分别为5例、3例 and 分别达5例和3例)
# Two counted nouns joined, then 分别 (确诊病例和无症状感染者分别为, 死亡病例、治愈出院病例分别达): the part from the join.
_RESPECTIVE_NOUNS = re.compile(r"[和、及与](?:[^，。；、和及与]{1,16}|[^，。；、和及与\d]{1,16}[，,]\s*)"
                               r"分别(?:为|是|达到?|有|报告|新增|超过?|逾|近|约)?$")
# (美国累计确诊病例和死亡病例均为全球最多，分别为…例和…例: a comment on both nouns, with no figure, may stand between
# them and 分别)
_RESPECTIVE_AGAIN = re.compile(r"分别(?:为|是|达到?|有|报告|新增|超过?|逾|近|约)?$")  # (其中上海分别为…)
_RESPECTIVE_FIGURES_AFTER = re.compile(r"\s*[和、及与]\s*[\d" + CHINESE_NUMERAL_CHARS + r"]")  # (…5例和30例)


# A figure right after a count of days (6天超500人感染, 5天新增300例; rule ``case_count.period_head``): the new cases of
# that period, with no single as-of date. (连续11天无新增 counts days up to the text's day: that day's zero.)
_PERIOD_HEAD = re.compile(r"(?<!连续)(?<![月日\d前])[\d一二两三四五六七八九十]+(?:天|日)(?:内|来|里|时间[，,]?)?(?:超过?|近|逾|新增|共)?$")
# (10天时间，超800例感染者: the period may be followed by 时间 and a comma)


_TIMELINE_ZERO = re.compile(r"(?<=日[，,])无新增(?=[。；！\n]|$)")  # (7月26日，无新增。: see _ZERO)
# (with a scope written between 新增 and the number, as news lists and headlines shorten a bulletin: 31省份新增本土28例:
# 福建20例、黑龙江8例; rule ``case_count.bare_new`` reads it as the scope's confirmed cases)
_BARE_NEW = re.compile(r"新增(?:" + _alternation("scope") + r")?(?:突破|超过?|近|逾|达)?[\d一二两三四五六七八九十]")


def _without_item_before(clause: str) -> str:
    """A figure's clause (with the two characters before it, an earlier figure's number and classifier when the head
    starts right after one) without the last list item before it (…、13例无症状转确诊和26例本土无症状 → …26例本土无症状's
    clause holds no 转确诊): when the figure names its own noun after it, the words after an earlier figure, up to the
    joiner, are that item's (its skip words too), while a word before the earlier figure (解除医学观察3例…和2例…) still
    governs both."""
    last = None
    for last in _ITEM_BEFORE.finditer(clause):
        pass
    return clause if last is None else clause[:last.start("words")] + clause[last.end():]


_ITEM_BEFORE = re.compile(r"[\d" + CHINESE_NUMERAL_CHARS + r"](?:例|宗|人|名)(?P<words>[^、和及与，,；;]*)[、和及与]")


def _noun_after(text: str, end: int) -> bool:
    """Is a counted noun written after the figure ending at ``end``, before its clause ends (新增1例外省病例关联无症状
    感染者)?"""
    stop = _CLAUSE_STOP.search(text, end, end + 24)
    return _kind_pattern("category")[0].search(text, end, stop.start() if stop else min(len(text), end + 24)) is not None


_CLAUSE_STOP = re.compile(r"[，。；！？\n]")


def _clause_after_marker(head: str, temporal: tuple) -> bool:
    """Does a clause boundary stand between the new marker and the figure (新增…，其中3例)? Then the marker is not
    the figure's."""
    return any(c in head[temporal[0]:] for c in "，；：,;（(")


_DAY_WORD = re.compile(r"\d日|月|日")


def _dated(text: str, sentence: int, start: int, head: str, context: dict | None) -> bool:
    """Does the sentence of the figure at ``start`` report a day's or period's cases (guideline: an unmarked count of
    cases then takes the new-case metric)? A day written before it in its sentence, also before an earlier figure
    (3月16日…核酸检测…筛查出28名阳性人员; 4月9日，全市共完成核酸检测1183万人次，检出阳性人员26例; rule
    ``case_count.dated_sentence``) — but not for the parts of a figure that was not counted (解除医学观察无症状感染者31例，其中
    本土无症状感染者12例: released people, broken down)."""
    if _DAY_WORD.search(head):
        return True
    if (context is None or skipped(text[sentence:start])) and _in_breakdown(text, start, head):
        return False  # (…31例，其中本土无症状感染者12例，境外输入性无症状感染者19例: neither part)
    if _sentence_marker(text, sentence, start) == "new":
        return False  # (the sentence's 新增 governs the figure: rule case_count.sentence_marker reads it)
    return _SENTENCE_DAY.search(text, sentence, start) is not None or _headline_report(text, start)


# The verb of a headline that reports its figure (南京通报1例…, 深圳发现2例…), not a running total's (已报告, 共报告,
# 累计报告, 此前报告, 曾报告), nor a negated one (未发现, 没有发现, 没发现, 未报告).
_HEADLINE_MAX = threshold("case_counts", "headline_report")  # characters: the longest headline line
_HEADLINE_REPORT = re.compile(r"(?<![已共计前曾未有没])(?:通报|报告|发现)了?$")
# A period or a total before the verb (本轮疫情以来扬州报告300例, 南京迄今报告200例): the lexicon's headline_period terms.
_HEADLINE_PERIOD = re.compile(r"(?<!截)(?:" + _alternation("headline_period") + r")")  # (not 截至今日)


def _headline_report(text: str, start: int) -> bool:
    """Is the figure at ``start`` reported by the verb right before it in a headline line (short, no sentence end:
    南京通报1例境外输入关联核酸阳性人员 in a news digest)? A headline reports new cases though it writes no day, as a
    dated sentence does (rule ``case_count.headline_report``); a sentence with no day (南京报告1例确诊病例。) still does
    not, nor 已报告11例 (a running total), nor a line with a period or total before the verb (今年以来内蒙古报告15例,
    扬州先后发现300例, 一周内南京报告10例: a running total, not new cases), nor a longer line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)].rstrip()
    if len(line) > _HEADLINE_MAX or "。" in line:
        return False
    verb = _HEADLINE_REPORT.search(text, line_start, start)
    if verb is None:
        return False
    return _HEADLINE_PERIOD.search(text, line_start, verb.start()) is None \
        and not _relative_period_in(text, line_start, verb.start())


# A day written in a sentence before a figure's own clause: a date (4月9日, 16日) or a day word (昨日, 当日); not 两日,
# 几日 (a period).
_SENTENCE_DAY = re.compile(r"\d日|\d月|[昨今当]日|[昨今]天")
def _period_head(head: str) -> bool:
    tail = max(0, len(head) - 12)  # (the pattern ends the head: look at its end)
    return ("天" in head[tail:] or "日" in head[tail:]) and _PERIOD_HEAD.search(head, tail) is not None


# The larger units written before a figure's last digits (10万3965例, 32亿7087.4万剂次): the figure's value.
_LARGER_UNITS = re.compile(r"(?:(?P<yi>\d+(?:\.\d+)?)亿)?(?:(?P<wan>\d+(?:\.\d+)?)万)?$")


def with_larger_units(text: str, start: int, value: int) -> tuple[int, int]:
    """(value, start) of a figure starting at ``start`` with the 亿 and 万 parts written before it added (rule
    ``value.larger_units``: 10万3965例 is 103965, not 3965); unchanged when none is written."""
    if start == 0 or text[start - 1] not in "亿万":
        return value, start
    m = _LARGER_UNITS.search(text, max(0, start - 24), start)
    if not m or not (m.group("yi") or m.group("wan")):
        return value, start
    total = value
    for unit, scale in (("yi", 100_000_000), ("wan", 10_000)):
        if m.group(unit):
            total += round(float(m.group(unit)) * scale)
    return total, m.start()


_PLACE_OR_DAY = re.compile(r"\d{1,2}日|[\u4e00-\u9fff]{1,8}?(?:省|市|州|盟|旗|县|区|地区|镇|乡|街道|苏木)")


def _strip_places_and_days(head: str) -> str:
    return _PLACE_OR_DAY.sub("", head)


def _item_start(head: str, start: int) -> int:
    stripped = head.rstrip()
    cut = max(stripped.rfind(c) for c in "，、；：（( \u3000\t\n") + 1  # (a space between heading items too; a line
    # break inside a sentence, 吉林3499例，⏎其中长春市3100例, is no part of the item)
    # (其中 and 为 open the item only as words at its start: 榆中县76例 keeps its 中)
    opener = _ITEM_OPENER.match(stripped, cut)
    return start - len(head) + (opener.end() if opener else cut)


_ITEM_OPENER = re.compile(r"(?:其中|分别为|为|和|及)*")  # (和3例 of 分别达5例和3例: the join is no part of the span)
