"""ORGANIZATION: names of bodies, found three ways, the longest name as written winning.

1. By the generic word that ends them (党委, 指挥部, 委员会, 医院, 日报社, 分局, 有限公司 …), read leftwards as far as the
   name goes. A span needs a name element — a place, or a level such as 自治区 / 国家 / 中共, or for a company a
   proper name that is not an ordinary word — so that a bare 指挥部 ("the headquarters") or 保险公司 is not an
   organization; the position that follows a body (阿拉善盟盟委|书记) is not part of it.
2. By name, from a list of well-known bodies without a generic ending (``data/organizations.txt``: 新华社, 华为,
   Intel), the online platforms (``data/organization_platforms.txt``: 小红书, 拼多多; not where the text names one as
   the place of posts, 在小红书上) and the institution names of jieba's dictionary that end like one (北京大学, 协和医院).
   A known maker's name right before its product (辉瑞|疫苗) names the product, not the maker.
3. From attributions: media named in ``据"内蒙古日报"微信公众号`` and police or traffic police of a place
   (成都交警, 闵行警方); a body cited with 据…消息/通报 that begins with a division (据某市地铁运营消息); a listed firm
   at its market cues (its stock's move, its shares or a stake in it, 持有某某2.34%股权) or, named by a brand and a trade
   that is as often an ordinary noun, where it acts at a clause start (某某科技|发布声明, 从某某生物|方面获悉); an
   account named with @ whose name has a body's mark (@商丘日报, @中国消防|官微; not @张文宏医生, @腾讯视频).
4. From a division and a state firm's trade (某省电信, ``data/organization_branch_trades.txt``), and the one body a
   story names by its function alone at a clause start (疾控中心, ``data/organization_bare_bodies.txt``); a newspaper
   named by its title in 《》 (《卫报》).
5. By Baidu's LAC tagger (``org_tagger.py``), asked only where the rules found nothing: at a generic ending whose name
   has no name element the rules know (农业部, 某某培训中心, 伊利|股份), and at a clause's subject before a verb of
   saying or a head's title (国台办|发言人); what it reads is kept only through the rules' own gates.
"""

from __future__ import annotations


import re
from bisect import bisect_left
from functools import lru_cache

from imcovid.annotate.coverage import Coverage
from imcovid.annotate.lexicon import SOURCE as LEXICON
from imcovid.annotate.lexicon import (begins_frequent_three, dictionary_tag, institution_names, is_common_word,
                                      is_function_word, is_word, starts_follower)
from imcovid.annotate.matcher import Matcher
from imcovid.annotate.name_parts import NAME_DOTS, NAME_PARTS, SINGLE
from imcovid.annotate.name_reader import is_han, looks_transliterated, read_name, surname_length
from imcovid.annotate.org_tagger import SOURCE as TAGGER
from imcovid.annotate.org_tagger import tagged_spans, window_ending_at
from imcovid.annotate.wordlists import threshold, word_set, words

ANNOTATOR = f"imcovid-rules/1.23:organization+{LEXICON}"
# A name LAC read (org_tagger.py), where it stands or recurs: the model made it, the rules chose where to ask and kept it.
TAGGER_ANNOTATOR = f"{TAGGER}:ORG+imcovid-rules/1.23"

_SUFFIXES = words("organization_endings")
# (An ending in 委 is not one where 员会 follows: 自治区|委员会, not 自治|区委 + 员会. Nor is a short form in 联 one
# where 合会 follows: 鄂尔多斯市工商|联合会, the longer ending read as the whole name, not 鄂尔多斯市工商联 + 合会.)
_SUFFIX_RE = re.compile("|".join(s + "(?!员会)" if s.endswith("委") else s + "(?!合会)" if s.endswith("联") else s
                                 for s in sorted(_SUFFIXES, key=len, reverse=True)))
# Endings of companies: their names need no place (科强食品公司, 华住集团).
# (data/organization_company_endings.txt: 公司, 集团 … and the trades that end listed firms' short names, 药业, 控股.)
_COMPANY = word_set("organization_company_endings")
# Foundations and research institutes, named by a proper name (永龄基金会, 斯克里普斯研究所).
_NAMED_INSTITUTIONS = frozenset({"基金会", "研究所", "研究院"})
# Endings whose bodies are named by a short proper name like companies: a port's customs (策克海关), a township clinic.
# Schools, whose ending with 生 makes the word for their students (大学生, 中学生).
_SCHOOLS = frozenset({"大学", "中学", "小学"})
_SCHOOL = "学校"
# (a holder's rank, 某某第一大股东|某某控股有限公司, is no part of the holder's name, which begins after it)
_RANKED_HOLDER = re.compile(r"第[一二三四五六七八九十]{1,3}大股东")
# (and a rank, 俄罗斯第二大|银行, 亚太区第二大地产|基金: the second largest bank, a body described, not named)
_DESCRIBED = re.compile(r"最(?:大|新|早|近|后|先|美|小|长|多|少|好|佳|优|强)|第[一二三四五六七八九十]{1,3}大")
_PROPER_NAMED = _COMPANY | {"海关", "中学", "小学", "幼儿园", "学院", "大学", "医院", "卫生院", "日报", "晚报", "都市报", "晨报", "商报", "时报", "客户端",
                             "律师事务所", "证券", "基金", "影业", *_NAMED_INSTITUTIONS}
# Zones and ports name their own bodies (策克口岸经济开发区管委会): below the code table like townships.
_ZONE = re.compile(r"[\u4e00-\u9fff]{2}(?:开发区|高新区|示范区|园区|口岸)")
# (莱西市政府|大楼: the building, a place, not the body.)
_NOT_A_BODY = re.compile(r"城|路|街|站(?!点)|小区|大楼|办公楼|大院")
# 莱西城区|中心, 市区|中心: the centre of a town, not a body.
# A whole division (全省, 全市, 全区 …; not 全国, which begins names: 全国妇联) before a firm's ending names its trade there.
# (Not the first two characters of a place's name before its level, 全州|县: a county named 全州, not "the whole 州".)
_WHOLE_DIVISION = re.compile(r"全[省市区县州盟旗](?![省市区县州盟旗])")
_TOWN_CENTRE = re.compile(r"(?:城区|市区|城市|县城|镇区|老城|新城)$")
# The short ending 疾控 before a word that makes it "disease control" as an activity (疾控部门, 疾控工作), not a body.
_NOT_AFTER_SHORT_CDC = re.compile(r"部门|工作|体系|系统|机构|人员|队伍|能力|专业|措施|中心")
# Standing names that are complete on their own.
_STANDALONE = re.compile(r"党中央|中共中央|国务院(?:联防联控机制(?:综合组)?)?|全国人大(?:常委会)?|全国政协|人大常委会|国家卫生健康委(?:员会)?|国家卫健委|国家疾控局|中央军委")
# The People's Liberation Army's five theater commands, whose names hold no place.
_THEATER = re.compile(r"(?:东部|南部|西部|北部|中部)战区")
# A name element at the start of the span.
# (共青团, and 团 before a level's committee: the Youth League's bodies, 共青团某某委员会, 团市委.)
_NAME_START = re.compile(r"^(?:中共|中国|中央|国家|全国|国务院|首都|武警|解放军|中国人民解放军|自治区|省|市|盟|旗|县|示范区|新区|"
                         r"开发区|共青团|团(?=[省市区县州盟旗]委))")
# A foreign country at the start names a body of its own (英国卫生安全局).
_COUNTRY_START = re.compile("^(?:" + "|".join(sorted(words("countries"), key=len, reverse=True)) + ")")
# A country written inside the words read before an ending (有国家流行史|英国卫生安全局): a foreign body's name begins
# with its country, as a domestic one begins with its place (the gazetteer has no foreign countries).
_COUNTRIES = frozenset(words("countries"))
# The dictionary's tags of verbs: a two-character word so tagged ends no head of a name (抵达|机场, 驻|港部队派出).
_VERB_TAGS = ("v", "vn", "vd")
_COUNTRY_INSIDE = re.compile("|".join(sorted(_COUNTRIES, key=len, reverse=True)))
# (A dash joins two stations or two places, 市光路-东方体育中心, not the parts of one body's name.)
# (而 and 但 begin a clause: 但|耀才证券随后发出公告)
_LEFT_STOP = set("，。、；：:,;！？!?“”\"'（）()《》【】 \n/／|丨-—–~～@的和与及或在对向从到把被由经按据将为是了着等以并暨这那该此每各其而但")
# A company's or hospital's proper name is short and stops at these too (某客运公司, 即拼多多运营公司, 记者致电科强食品公司,
# 转运至|初家医院, 前往|…).
_COMPANY_LEFT_STOP = _LEFT_STOP | set("即某一些好找给记者电起至往0123456789")  # …9月4日起|公司将…: not a name
# 电 stops a firm's name only as the call of 致电, 来电 (记者致电|科强食品公司), not inside one (国投电力|控股股份有限公司).
_CALLED = frozenset("致来去回")
# The one unit whose standard name holds a stop character (与): every hospital's department of respiratory and critical
# care medicine, named so by the national department list; it is a unit of the hospital before it.
_DEPARTMENT_WITH_STOP = "呼吸与危重症医学科"
# Homes of care (data/organization_endings.txt): named by words of their own after the place (深圳幸福之家|养老院,
# 上海市第一社会|福利院); a place's homes (上海养老院) are a kind.
_HOMES = frozenset({"养老院", "敬老院", "福利院"})
# Units below a body, written right after its name: 商务部|消费促进司, 中国人寿|上海分公司, 华东理工大学|信息学院.
# (and a department named by its function, 某医院|急诊医学部门; not 等部门, 相关部门, 各部门: kinds of department)
# (总司长 is a title, director-general, not a 总司 unit: 以色列卫生部|总司长某某)
_SUB_UNIT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:分公司|分行(?!业)|支行|学院|分局|大队|中队|支队|派出所|办公室|院区|党支部|(?<!总)司(?!令)|分院|代表处|总局|(?:(?![等各有相部])[\u4e00-\u9fff]){2,4}?部门|"
                       # (a university's department, 医学院|微生物学系; a CDC's institute, 中国疾控中心|病毒病预防控制所)
                       r"研究所|研究院|团委|科(?![研技学普室员长普])|处(?![理置于在罚分])|学系|预防控制所)"
                       rf"|{_DEPARTMENT_WITH_STOP}"
                       # (a firm's department named by its function, 某某联通|市场部; not 市场部门, a kind)
                       rf"|(?:{'|'.join(sorted(words('organization_firm_departments'), key=len, reverse=True))})(?!门)")
# The number of a unit (综合业务|一|科, 治安|三|大队) is part of its name, not a count.
_ORDINAL = re.compile(r"[一二三四五六七八九十]+(?=(?:科|处|大队|中队|支队)$)")
# What begins no unit of the body before it: 海关|所属|口岸监管科 names a second body, 卫健委|相关处室 a kind.
# 联合 opens a clause of bodies acting together (甲乙生物|联合军事科学院…研发), not a unit of the body before it.
_NOT_A_UNIT_HEAD = re.compile(r"所属|下属|旗下|相关|有关|各|该|其|等|和|与|及|联合")
# A firm's holdings and deals (and 包括, which opens a list of members): the words read leftwards before a name end
# at them (_LEAD: 减持所持|公司, 认购方包括|中再集团), no unit after a name begins with them (甲乙控股有限公司|收购丙丁
# 公司), the endings read no firm X股份 right after one (减持|恒大系股份: shares traded), and no stake's name runs
# across them (_STAKE).
_DEALS = "持有|所持|减持|增持|收购|出售|入股|包括"
_DEAL = re.compile(_DEALS)
# Words that begin a clause and are not part of a name read leftwards.
_LEAD = re.compile(r"^.*?(?:按照|根据|通过|围绕|组织|召开|成立|位于|主持|听取|会同|联合|来到|来自|深入|前往|派出|派驻|协调|推动|要求|决定|发布|通报|接受|加强|依托|支持|指导|督导|调研|贯彻|落实|部署|出席|参加|陪同|援引|引述|引用"
                   # (the verbs that take a patient or a team to a hospital or a body: 送往|磨西镇卫生院, 抵达|…)
                   r"|送往|转往|送至|转至|送到|转到|转入|抵达|赶赴|赶往|奔赴|住进"
                   # (a firm announcing or setting up another: 甲乙华融宣布|丙丁银行…, 筹划设立|…公司)
                   r"|宣布|设立"
                   # (verbs of ranking and selection: 是山西省唯一入选|首批商务部…, 位居|中国医药工业企业百强)
                   r"|入选|位居|位列|名列|跻身|领跑|叠加"
                   # (a firm's holdings and deals, and the members a list opens with: 减持所持|公司股份, 甲乙集团持有|丙丁集团,
                   # 认购方包括|中再集团)
                   rf"|{_DEALS})")
_BREAKER = re.compile(r"旗下|所属|下属|书记|主任|主席|组长|委员|秘书长|部长|局长|厅长|院长|兼任|兼|经理|发起人|受益人|管理人|托管人|投资人|认购人|担任|督导|强调|来到|深入|召开|主持|听取|通过|免去|任命|撤销|被"
                      # (…市民告诉|健康时报记者, …工作人员表示|…: a verb of saying ends the clause of the one who says;
                      # its words of two or more characters, data/verbs_of_saying.txt)
                      + "".join("|" + w for w in sorted(words("verbs_of_saying"), key=len, reverse=True) if len(w) > 1))
# Stop characters that are part of a name here: 应对, and the 和 of 文化和旅游厅, 工业和信息化厅, 住房和城乡建设局, 卫生和
# 计划生育委员会 (卫生与公众服务部),
# 人力资源和社会保障局.
# (and 疾病控制与预防中心, the name of CDCs)
# (and the 和 of a task force's 统筹疫情防控和经济运行 …领导小组, the 的 of the early name of the disease in a task force's
# name, 新型冠状病毒感染的肺炎疫情防控…指挥部)
_PASS_WORDS = frozenset({"应对", "针对", "联防", "化和", "业和", "房和", "源和", "生和", "生与", "制与", "控和", "染的"})
# Trades in firms' names that begin with a stop character and are too rare for _begins_word's threshold: the 经 of
# 北京联创房地产|经纪有限公司 does not end the name as the 经 of 经调查 does.
_TRADES_AT_STOPS = frozenset({"经纪", "经贸", "经销", "经管"})
_BODY_WORD_TAGS = frozenset({"nt", "ns"})  # 新闻办, 海关; not 常委 (j), a position
_ATTRIBUTED = re.compile(r"据[^，。“”\"《》「」据\s]{0,12}?[\"“《「]\s*(?P<name>[^\"”》」，。]{2,24}?)\s*[\"”》」]\s*(?:微信公众号|官方微信|微信|官方微博|微博|客户端|公众号|官网|官方网站|网站|消息|报道)")
# A township, village or community names the body of its own (赛汉陶来苏木党委, 巴彦德勒格尔嘎查党支部, 额尔敦社区党委);
# these places are below the county level of the code table.
# (Chinese names of villages and communities are two to four characters, Mongolian names of sumu and gacha up to six.)
_TOWNSHIP = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6}(?:苏木|嘎查)|[\u4e00-\u9fff]{0,2}(?P<short>[\u4e00-\u9fff]{2}(?:社区|街道|镇|乡|村)))$")
# A subdistrict named after its road (新华路街道, 昭乌达路街道办事处): the road's whole name begins it, read back to the
# verb or preposition of the clause (给予|新华路街道办事处主任, 约谈|敕勒川路街道党工委书记, 对|中山路街道).
_ROAD_ENDS = frozenset("路街")
_PREPOSITIONS_BEFORE_ROAD = frozenset("对向在由经给被将把与和及")  # (also before a community's short name: 对|东兴社区)
_LONGEST_ROAD_NAME = threshold("organizations", "longest_road_name")
# Verbs that hold a local body to account or go to it, right before a community's short name (给予|新华街道办事处,
# 约谈|新华街道党工委): not part of the name, which the dictionary's tags alone cannot tell (建设|新村社区 is one name).
_VERBS_BEFORE_UNITS = word_set("organization_verbs_before_units")


def _road_name_start(head: str, road: int) -> int:
    """Where the name of the road at ``head[road]`` (路, 街) begins: after the first verb or preposition of the
    clause before it (给予|昭乌达路, 对|新华路) that leaves two characters or more of the road's name (解放路 keeps
    its 解放), else at most ``longest_road_name`` characters back."""
    begin = max(0, road - _LONGEST_ROAD_NAME - 2)
    for k in range(begin, road - 3):
        if dictionary_tag(head[k : k + 2]) in ("v", "vn", "p"):
            return k + 2
    if head[begin : begin + 1] in _PREPOSITIONS_BEFORE_ROAD and road - begin > 2:
        begin += 1
    return max(begin, road - _LONGEST_ROAD_NAME)


# A task force of a township, subdistrict or community names the task between the place and its ending (小红门乡|社区|防控组,
# 金桥街道|疫情防控|指挥部, 东兴社区|新冠肺炎疫情防控|领导小组): the township is read before the task.
_TASK_FORCE_ENDINGS = word_set("organization_task_force_endings")
_TOWNSHIP_TASK = re.compile(r"(?:(?:新冠肺炎|新冠)?疫情)?(?:防控|防疫)?(?:工作)?$|(?<=[乡镇村])社区$")


def _township_task(head: str, ending: str) -> str:
    """The words before a task force's ending without its task (小红门乡|社区, 金桥街道|疫情防控): where a township's
    name ends, if it does (other endings and heads are returned whole)."""
    return _TOWNSHIP_TASK.sub("", head) if ending in _TASK_FORCE_ENDINGS else head


# Endings that are also ordinary nouns (基金, 证券): the name before them must not end in a word of any kind.
_NAMED_BY_BRAND = frozenset({"证券", "基金", "影业"})
_KIND_OF_COMPANY = word_set("organization_company_kinds")
_FUND_KINDS = word_set("organization_fund_kinds")
_HOSPITAL_KINDS = word_set("organization_hospital_kinds")


_HAN_HEAD = re.compile(r"[\u4e00-\u9fff]{2,4}")


# Tags of words that can name a body (places, brands, institutions: 华夏, 南方, 新华) and of personal names.
_NAMING_TAGS = ("ns", "nz", "nt")
_NAME_TAGS = ("nr", "nrfg", "nrt")


# Media named where a report opens or ends: ``春城晚报讯（记者 …）``, ``（每日甘肃网记者 …）``, ``来源：西安发布``. Before 记者
# and in a source line the name must end like an outlet (来源：网络, 来源：综合 are no outlets).
_OUTLET_ENDING = r"(?:报|网|台|社|客户端|发布|新闻|传媒|频道)"
# (Also where a clause begins: ，中国青年网记者了解到 names the outlet its reporter works for.)
_MEDIA_LEAD = re.compile(r"(?:^|(?<=[\n（(，。；：]))(?:(?P<name>[\u4e00-\u9fff]{2,10}?)讯[（(]|"
                         rf"(?P<outlet>[\u4e00-\u9fff]{{1,10}}?{_OUTLET_ENDING})(?:全媒体|融媒体)?记者)")
_SOURCE_LINE = re.compile(r"(?:^|(?<=\n))(?:来源|稿源|信息来源)[:：][ \u3000]*"
                          rf"(?P<name>[\u4e00-\u9fff]{{1,14}}{_OUTLET_ENDING})(?=\n|$)")
_NOT_IN_MEDIA = _LEFT_STOP - {"每"}  # (每日甘肃网)
# Not media: 本报记者, 首席记者, 见习记者, 互联网 …
_NOT_MEDIA = re.compile(r"^(?:本|首席|特约|见习|实习|驻|随队|前方)|(?:首席|特约|见习|实习|驻站)$|^互联网$")
# A body counted or pointed at is no name: 一家互联网公司, 多家上市公司, 该公司.
_COUNTED = re.compile(r"[一二两三四五六七八九十百几多每这那该首\d][家个所处座间]|\d[人例名]|\d[万千亿][家个所处座间]")  # (长春共有133人治愈|医院: a count, no name)
# A count of the big ones right before the kind (国际|四大|会计师事务所, 国内|十大|律师事务所, 各大|医院): a group of
# such bodies, none named (第四大 is a rank: _DESCRIBED; 五大连池 is no count before a kind).
_GROUP_BEFORE_KIND = re.compile(r"(?<!第)(?:[两三四五六七八九十几多各]|\d)大$")
# A count of the largest of a trade before its kind (全球 15 大|能源|公司, 澳大利亚三大|媒体|公司): the group of the trade's
# largest firms, none named; the count may stand before the name read (15 |大能源公司) or inside it.
_RANKED_TRADE = re.compile(r"(?<!第)(?:[两三四五六七八九十几多各]|\d)[ \u3000]?大[\u4e00-\u9fff]{1,4}$")


def _ranked_trade(text: str, start: int, head_end: int, in_place: Coverage) -> bool:
    """A count and 大 and a trade of up to four characters before the kind, not inside a place (五大连池市政府)."""
    m = _RANKED_TRADE.search(text, max(0, start - 3), head_end)
    if not m or m.end() != head_end:
        return False
    big = m.end() - len(m.group().lstrip("两三四五六七八九十几多各0123456789 \u3000"))  # (where 大 stands)
    return not in_place.touches(big, big + 1)


# A classifier right after a numeral or 每/这/那 (每一|位, 这|家) counts what follows it; it is no part of a name.
# (the classifiers of such counts: a body right after one is the body counted, 两家|北京医院)
_CLASSIFIERS = frozenset("家个所处座间人例名位")
_COUNTER_BEFORE = re.compile(r"[位名家个]")
_POINTED = re.compile(r"[这那该此][家个所间]$")  # (a determiner and a classifier pointing at a body named before)
_NAME_TAGS_OF_WORDS = ("nr", "nrfg", "nrt")
# Words that point back at a body the story told of (涉事|医院, 上述|公司, 该|医院): before an ending they name none.
_REFERRING = word_set("organization_referring_words")


def _referring_head(head: str) -> bool:
    """The words before a body's ending only point back at a body told of before (来到涉事|医院, 上述|企业, 该|医院):
    "the hospital involved" is no hospital's name. Only the whole head: 该 or 涉事 inside a longer head is left to
    the other checks (a name holding such characters stays a name)."""
    return head in _REFERRING


def _ordinary_start(text: str, i: int) -> bool:
    """An ordinary dictionary word begins at ``i`` or after one modifying character there (电动|汽车, 科技, 房地产, 新|能源),
    not a name's characters (科强|食品, 阿里|巴巴): after a pointing word the former describes the firm, the latter names it."""
    return any((tag := dictionary_tag(text[j : j + 2])) is not None and tag not in _NAME_TAGS_OF_WORDS
               or begins_frequent_three(text, j) for j in (i, i + 1))


_COUNT_WORD = re.compile(r"[一二两三四五六七八九十百千几多每这那\d]$")
# A body named by a place and "one" (西安一公司 "a company in Xi'an"): counted, not named.
# (八一|中学, 一零一|中学: a number that names a school, not "one")
_ONE_OF = re.compile(r"(?<![第统唯万一二三四五六七八九十零〇百])一$")


def _recur(text: str, names, spans: dict[tuple[int, int], str]) -> None:
    """Every occurrence of each of ``names`` (a body found once by a rule) is the same body where it recurs."""
    for name in sorted(names):
        for m in re.finditer(re.escape(name), text):
            spans.setdefault((m.start(), m.end()), "organization.recurrence")


def _title_after_body(text: str, start: int, ending: str) -> bool:
    """The ending at ``start`` begins a head's title that follows the body's own ending (运输局|局长, 运输局|副局长):
    it stands after 副 or right after the same ending, so the body's name ends before it."""
    return text[start - 1 : start] == "副" or text.startswith(ending, start - len(ending))


def _unit_head_title(text: str, start: int, end: int) -> bool:
    """A two-character unit ending (支队, 大队, 总队, 中队) that begins its head's title X长 right after the unit's own
    name (刑侦总队|总队长, 交警支队|副支队长). The one-character endings are caught as words (局长); these titles are
    not words jieba knows, so without this the unit's name ran on into the title (…支队支队)."""
    return (end - start >= 2 and text.startswith("长", end) and not text.startswith(_LONG_PLACES, end)
            and _title_after_body(text, start, text[start:end]))


# (交警大队|长江路中队: 长 begins a place there, not a title)
_LONG_PLACES = ("长江", "长春", "长沙", "长安", "长城", "长治", "长宁", "长白")


def _generic_outlet(name: str) -> bool:
    """综合讯, 新闻快讯, 晚报记者, 电视台记者, 外地电视台: a kind of report or outlet, not one named."""
    head = re.sub(_OUTLET_ENDING + "$", "", name)
    return (is_word(name, but=("nrt",)) or name[-1] in _BEFORE_XUN or len(head) < 2
            or is_word(head, but=_NAMING_TAGS + _NAME_TAGS)
            or head[:2] in _WHERE_FROM or bool(_COUNTED.search(name)))


# Characters that make a word with 讯 (快讯, 简讯, 资讯): 新闻快讯 is no outlet 新闻快.
_BEFORE_XUN = frozenset("快简通资喜电短音")
# Words that say where an outlet is from without naming it (外地电视台, 境外媒体).
_WHERE_FROM = word_set("organization_where_from")


# Police of a place: 成都交警, 闵行警方, 长沙公安 (the place is checked against the found places).
_POLICE = re.compile(r"公安|警方|交警|交管部门")
# jieba's institution names (tag nt) that end like an organization; short ones are too often generic.
_NT_ENDING = re.compile(r"(?:大学|学院|医院|集团|公司|银行|协会|委员会|政府|部|局|署|社|报|党|中心|研究所|研究院|法院|检察院|基金会|联合会)$")


def _known_names() -> list[str]:
    names = list(words("organizations")) + list(words("organization_platforms"))
    # (Not the dictionary's kinds of body: 上市公司 is any listed company, 人民法院 any court.)
    kinds = word_set("organization_kinds_of_state_body")
    return names + [name for name in institution_names() if _NT_ENDING.search(name) and name[:2] not in _KIND_OF_COMPANY
                    and name not in kinds]


@lru_cache(maxsize=1)
def _matcher() -> Matcher:
    return Matcher(_known_names())


def _is_word_char(c: str) -> bool:
    return c.isascii() and c.isalnum()


def _inside_word(text: str, start: int, end: int) -> bool:
    """A name said twice (滴滴) next to another pair makes an AABB word (点点滴滴, 滴滴答答), or after a status word's
    first character an ABB one (娇滴滴), not the company."""
    if end - start != 2 or text[start] != text[start + 1]:
        return False
    before, after = text[max(0, start - 2) : start], text[end : end + 2]
    # (娇|滴滴的老公: after a character that makes a status word with its first half, 娇滴 (jieba's tag z), the pair ends
    # an ABB adjective, 娇滴滴, not the company)
    status_word = start > 0 and dictionary_tag(text[start - 1 : start + 1]) == "z"
    return status_word or any(len(pair) == 2 and pair[0] == pair[1] and pair != text[start:end] for pair in (before, after))


_GENERIC_BEFORE = re.compile(r"(?:各级|各地|当地|地方|各)$")


def _split_by_words(text: str, start: int, end: int) -> bool:
    """A known name of three characters whose first character ends a verb, adverb or adjective begun right before it
    and whose other two are an ordinary word (加|快科技 is 加快 and 科技): two words of the sentence, not the name. (对|比亚迪
    stays: 亚迪 is no word.)"""
    return (end - start == 3 and start > 0 and dictionary_tag(text[start - 1 : start + 1]) in _WORD_BEFORE_NAME_TAGS
            and is_common_word(text[start - 1 : start + 1], _TWO_WORDS) and is_common_word(text[start + 1 : end], _TWO_WORDS))


_WORD_BEFORE_NAME_TAGS = frozenset({*_VERB_TAGS, "d", "a", "ad"})


def _known(text: str) -> list[tuple[int, int]]:
    spans = []
    for start, end, name in _matcher().find(text):
        # Latin names are whole words only: Intel, not Intelligence.
        if name[0].isascii() and start > 0 and _is_word_char(text[start - 1]):
            continue
        if name[-1].isascii() and end < len(text) and _is_word_char(text[end]):
            continue
        if name.endswith("部") and text.startswith(("门", "队"), end):
            continue  # 商务部|门: 部门 "the department in charge"; 公安部|队: 部队 "troops", not the ministry
        if name.endswith(tuple(_SCHOOLS)) and text.startswith("生", end):
            continue  # 内蒙古大学|生: its students, not the university
        if name.endswith("党") and text.startswith("员", end):
            continue  # 共产党|员: a party member (党员), not the party
        if _inside_word(text, start, end):
            continue  # 点点|滴滴: the name is part of an ordinary word
        if _split_by_words(text, start, end):
            continue  # 加|快科技|强省: 加快 and 科技, two ordinary words, not the outlet 快科技
        if _GENERIC_BEFORE.search(text, max(0, start - 2), start):
            continue  # 各级|党委政府, 当地|政府: every such body, not one named
        if _product_name(text, start, name):
            continue  # 腾讯|视频, 网易|云音乐: a product of the firm, named as a product, not the firm as a body
        if _product_after(text, end) and not (_ENDS_LIKE_A_BODY.search(name) or _inside_title_marks(text, start)):
            # (a body's name ends like one, 国家卫健委|疫苗…; a title's words name a document: 《世界卫生组织|新冠疫苗接种
            # 指南》 is the body's guide, not a product)
            continue  # 辉瑞|疫苗获得授权, 国药和科兴|疫苗: the maker's product, named by its maker, not the maker as a body
        if name in _PLATFORMS and _platform_as_place(text, start, end):
            continue  # 在小红书|上, 上了新浪微博|热搜, 淘宝|直播: the platform as the place of posts, not the company
        spans.append((start, end))
    return spans


def _begins_inside_a_place(start: int, place_spans: list[tuple[int, int]]) -> bool:
    """A known name whose first character is the last of a place's name (北|京东城区, 南|京东路, 上|海航): the text
    names the place there, the known name is only its characters run on into the next word."""
    return any(a < start < b for a, b in place_spans)


_PRODUCTS_AFTER_FIRM = tuple(sorted(words("organization_products_after_firm"), key=len, reverse=True))


def _inside_title_marks(text: str, start: int) -> bool:
    """``start`` stands inside 《…》 (its opening mark before it on the line, not closed yet): a document's title."""
    opening = text.rfind("《", 0, start + 1)
    return opening >= 0 and not any(c in text[opening:start] for c in "》\n")
# A known name that ends with a generic ending of bodies (世界卫生组织, 国家卫健委, 中国疾控中心) names a body, no maker.
_ENDS_LIKE_A_BODY = re.compile(f"(?:{_SUFFIX_RE.pattern})$")


def _product_after(text: str, end: int) -> bool:
    """A kind of product follows the known name at ``end`` right away (辉瑞|疫苗, 科兴|新冠疫苗): the text names the
    product by its maker, as in 接种印度版阿斯利康疫苗, not the maker as a body. Not where the product word begins a longer
    name with an ending of its own (某某|疫苗公司, 某某|疫苗研究所): that is a body, which the endings read whole."""
    product = next((p for p in _PRODUCTS_AFTER_FIRM if text.startswith(p, end)), None)
    if product is None or _SUFFIX_RE.match(text, end + len(product)):
        return False
    # (the product word before a noun of its own modifies it as the name does: 《世界卫生组织|新冠疫苗接种指南》,
    # 世卫组织|疫苗专家组 are the body's guide and team, not a product)
    after = text[end + len(product) : end + len(product) + 2]
    return not (is_common_word(after) and dictionary_tag(after) in _NOUN_TAGS)


_PLATFORMS = frozenset(words("organization_platforms"))
_PLATFORM_PARTS = tuple(sorted(words("organization_platform_parts"), key=len, reverse=True))


def _platform_as_place(text: str, start: int, end: int) -> bool:
    """An online platform's name written as the place where posts, shops and streams are (在小红书|上, 小红书|上，一个…,
    微博|上的笔记; 新浪微博|热搜, 淘宝|直播, 推特|社区): the text names the platform there, not the company that runs
    it. The 上 of place is one that begins no word with the character after it (京东|上市, 美团|上线, 拼多多|上涨: the
    firm's acts, where it stays a body), and a platform that acts (推特官方冻结, 淘宝回应称) is none of these."""
    if text.startswith("上", end):
        return not (is_common_word(text[end : end + 2]) or _LAST_PERIOD.match(text, end))
    if _VISITS_BEFORE.search(text, max(0, start - 2), start) and not _word_ends_with_up(text, start):
        return True  # 她上|小红书，偶然发现; 刷|快手: going on the platform, to read or post there
    return text.startswith(_PLATFORM_PARTS, end)


# The 上 of "last" before a period (上个月, 上季度, 上半年, 上一年, 上星期), which the dictionary does not hold as words:
# 京东|上季度净利润, the firm's figures, not the platform as a place.
_LAST_PERIOD = re.compile(r"上(?:一|个)?(?:半年|半月|季度|年度|星期|礼拜|月|季|年|周|旬)")


# Verbs of going on a platform right before its name (上|小红书, 刷|抖音, 逛|淘宝, 登录|知乎): the platform as a place.
# (Not 在, which names a body as often: 在京东的支持下.)
_VISITS_BEFORE = re.compile(r"(?:(?<![线网])上|刷|逛|登录|登陆)$")


def _word_ends_with_up(text: str, start: int) -> bool:
    """The 上 right before ``start`` ends a word with the character before it (马上, 早上, 晚上, 会上, 加上, 以上): a time,
    a meeting or an addition, no going on the platform (发布会上|京东宣布, 早上|快手发布公告; not 她上|小红书)."""
    return text.startswith("上", start - 1) and start >= 2 and is_word(text[start - 2 : start])


# Whole names of a firm's product (腾讯视频, 百度地图; data list): only the firm's name inside one is dropped.
_FIRM_PRODUCTS = tuple(sorted(words("organization_firm_products"), key=len, reverse=True))


def _product_name(text: str, start: int, name: str) -> bool:
    """The known name at ``start`` begins the whole name of one of its firm's products (腾讯|视频, 网易|云音乐): only
    whole product names of firms, so that a body or an outlet before 会议 or 视频 stays (世卫组织会议, 据新华社视频报道,
    人民日报视频号)."""
    return any(product.startswith(name) and len(product) > len(name) and text.startswith(product, start)
               for product in _FIRM_PRODUCTS)


# Mongolian name parts that begin with a stop character: a township named with them (那仁宝力格苏木卫生院); and the
# countries that do (以色列卫生部), which begin a name of their own.
_PARTS_WITH_STOPS = tuple(sorted({p for p in NAME_PARTS if p[0] in _LEFT_STOP}
                                 | {c for c in words("countries") if c[0] in _LEFT_STOP}))


def _begins_word(text: str, i: int) -> bool:
    """A frequent two-character word that is not a function word begins at ``i`` (经济, 和平; not 其他, 及时)."""
    word = text[i : i + 2]
    return is_common_word(word, 1000) and not is_function_word(word)


def _ends_word(text: str, i: int) -> bool:
    """A frequent two-character noun ends at ``i`` (数据; not 根据, 依据, which are function words)."""
    word = text[i - 1 : i + 1]
    return i > 0 and is_common_word(word, 1000) and dictionary_tag(word) in ("n", "nz", "vn") and not is_function_word(word)


# A body's second name, one of the endings, in brackets inside a longer name: 领导小组（指挥部）办公室.
_ALIAS_BEFORE = re.compile(rf"(?<=[\u4e00-\u9fff])（(?:{_SUFFIX_RE.pattern})）$")


# Endings that make a noun with a verb right before them (协调中心, 指导中心, 发布中心): the verb begins no clause there.
_VERB_COMPOUND_ENDINGS = frozenset({"中心"})


def _joins_two_names(text: str, i: int) -> bool:
    """The 和, 与 or 及 at ``i`` begins a word (和平, 与会) but stands between two names: a body's ending or a known name
    ends right before it (中国人寿|和|平安人寿, 中国平安|和|平安银行), or the character after it begins a word of its own
    (中国太保|和|平安人寿: 平安 as much as 和平), so it joins them and begins no word."""
    if text[i] not in _JOINERS:
        return False
    if is_common_word(text[i + 1 : i + 3]):
        return True
    window = text[max(0, i - _LONGEST_BEFORE_JOINER) : i]
    return (any(_SUFFIX_RE.fullmatch(window, k) for k in range(max(0, len(window) - 6), len(window)))
            or any(e == len(window) for _, e, _ in _matcher().find(window)))


_JOINERS = frozenset("和与及")
_LONGEST_BEFORE_JOINER = threshold("organizations", "longest_before_joiner")


def _read_left(text: str, suffix_start: int, suffix_end: int, in_place: Coverage) -> int:
    """Start of the name that ends with the generic word at ``suffix_start``: back to a stop character, a function
    word (不仅, 以及) or a clause-opening verb, but not past a position or verb word inside it."""
    start = suffix_start
    while start > 0 and suffix_end - start < 40:
        if text[start - 1] == "）" and (alias := _ALIAS_BEFORE.search(text, max(0, start - 8), start)):
            start = alias.start()  # …领导小组（指挥部）|办公室: the body's second name in brackets is part of the name
            continue
        if (text[start - 1] in _LEFT_STOP and text[start - 2 : start] not in _PASS_WORDS
                and text[start - 1 : start + 1] not in _TRADES_AT_STOPS
                and not in_place.touches(start - 1, start)  # the 和 of 呼和浩特 does not end a name
                and not (_begins_word(text, start - 1)  # nor the 经 of 经济开发区, the 和 of 和平路
                         and not _joins_two_names(text, start - 1))  # (but 中国人寿|和|平安人寿: two firms)
                and not _ends_word(text, start - 1)  # nor the 据 of 大数据局
                and not text.startswith(_PARTS_WITH_STOPS, start - 1)):  # nor the 那 of 那仁宝力格苏木
            break
        if (start - 2 >= 0 and not in_place.touches(start - 1, start) and is_function_word(text[start - 2 : start])
                and not _NAME_START.match(text[start - 2 : start + 3])  # (jieba tags 首都 as an adverb)
                and not _begins_word(text, start - 1)):  # 从中|国铁路: 中国 is read as the word it begins
            break  # (jieba's tags have errors such as 大连/d, so a place is never cut this way)
        start -= 1
    # A position or a verb inside the span means the name starts after it (…书记代钦兼任|额济纳旗旗委).
    breaks = list(_BREAKER.finditer(text, start, suffix_start))
    if breaks:
        start = breaks[-1].end()
    # (Every clause-opening verb: 贯彻|落实|省委.)
    while (lead := _LEAD.match(text[start:suffix_start])) and start + lead.end() <= suffix_start and lead.end():
        if start + lead.end() == suffix_start and text[suffix_start:suffix_end] in _VERB_COMPOUND_ENDINGS:
            break  # …应变协调|中心, 技术指导|中心: the verb and the ending make the body's own noun, not a clause
        start += lead.end()  # (not into the ending: 协调|机制; 派出|工作组 is a bare generic word, dropped later)
    # (7日晚|江南幼儿园, 3月起|市卫健委: the unit and part of the day of a date written in digits begin no name)
    if times := list(_TIME_AFTER_DIGITS.finditer(text, start, suffix_start)):
        start = times[-1].end()
    return start


# The unit of a date or time written in digits, and a part of the day or 起/前/后 after it (7日|晚, 3月|起, 8时|许).
# A dateline's 电 or 讯 after the day (中新网广州6月22日电|广州海关) ends it too, but not a word that begins with 电 (1日|电力公司).
_TIME_AFTER_DIGITS = re.compile(r"\d(?:年|月|日|号|时|点)(?:晚上|晚间|早上|上午|下午|中午|凌晨|傍晚|夜间|夜|晚|早|起|前|后|至|许|以来|当天"
                                r"|(?<=日)(?:电(?![力网信视商器气池子影台梯动脑站厂缆线话竞])|讯))?")


# The one-character endings of government bodies' short forms (卫健|委, 商务|部), listed after a known body.
# Papers are named by ordinary words as often as by proper names (健康时报, 法治晚报): nothing else ends so.
_PAPERS = frozenset({"时报", "晚报", "都市报", "晨报", "商报"})
# Heads that are time words, pronouns, adverbs … (今天|晚报, 这份|晚报) name no paper.
_NOT_PAPER_TAGS = ("t", "r", "d", "p", "c", "m", "q", "f", "u")


def _paper_head(head: str) -> bool:
    """Two to four Chinese characters that are not a time word, pronoun, adverb … (健康|时报, not 今天|晚报)."""
    tag = dictionary_tag(head) or ""
    return _HAN_HEAD.fullmatch(head) is not None and not tag.startswith(_NOT_PAPER_TAGS)


# Hospitals too are named by words as often as by proper names (仁济医院, 协和医院, 东方医院).
_NAMED_BY_WORDS = _PAPERS | {"医院"}


# A hospital named only by a word is read where someone goes, is sent or books there (送到|仁济医院, 转运至|初家医院,
# 预约了|…): elsewhere such a word before 医院 is as often a kind or a description as a name.
_TO_A_HOSPITAL = frozenset("到至往了进入去赴")
# A hospital's grade or ownership after a place (上海|三甲|医院, 北京|公立|医院) describes the place's hospitals of that
# grade, naming none; a kind that names one after its place (北京|儿童|医院) is not in the list.
_HOSPITAL_GRADES = word_set("organization_hospital_grades")
# The endings of a firm's branch at a place, which an airline's short form may begin (东航|内蒙古分公司).
_AIRLINE_BRANCHES = frozenset({"分公司", "营业部", "基地"})


def _graded_hospitals(between: str) -> bool:
    """The words between a place and 医院 are a grade or ownership alone (上海|三甲, 本市|二级, 常州|公立): a kind of
    hospital of the place, not a name (上海市|第六人民, 北京|儿童 are names)."""
    return between.lstrip("省市区县州盟旗") in _HOSPITAL_GRADES


def _hospital_head(head: str) -> bool:
    """Two characters before 医院 that name one hospital: not a kind (定点, 方舱, 社区) nor a time word,
    pronoun, adverb … (这次, 其他, 以来)."""
    return len(head) == 2 and head not in _HOSPITAL_KINDS and head[-2:] not in _HOSPITAL_KINDS and _paper_head(head)


_SHORT_GOVERNMENT = frozenset({"委", "部", "局", "厅", "办", "署"})
_DATED = re.compile(r"\d{1,2}月\d{1,2}日")

# Bodies named by a level word and 委 alone (盟委, 省委): names, unlike a bare 委员会.
# (Not 党委 or 党工委 alone: no level word, so no one body — 陈永奇（党委副书记）; the real sets' gold never counts them.)
_BARE_BODIES = frozenset({"盟委", "旗委", "省委", "市委", "区委", "县委", "州委"})
# A level or kind of level before a body's function names a kind of body, not one (省级党委常委, 由省级政府“一把手”兼任,
# 省会城市党委书记), and so does a range of levels (县级以上人民政府: every government at county level or above).
_LEVEL_KIND = re.compile(r"(?:[省市县区乡镇村州盟旗地]级(?:以上|以下)?|各级|上级|同级|基层|省会城市)")
# 省委省政府, 市委市政府: two bodies written together, each a name.
_PAIRED = re.compile(r"^(?:省|市|区|县|州|盟|旗)委(?=(?:省|市|区|县|州|盟|旗)(?!委))")
# 满洲里市委市政府, 梁园区委区政府: the same pair after the place's name, read from the government's ending as one
# name; the party committee ends at its 委 and the government, named by its level, begins after it. (Only a
# government: 市委|市场监管局 would be the place's market bureau, not the city's; 市政, 区政 are words.)
_PAIRED_AFTER_PLACE = re.compile(r"(?<=[\u4e00-\u9fff])(?:省|市|区|县|州|盟|旗)委(?=(?:省|市|区|县|州|盟|旗)(?:人民)?政府$)")
# 中共满洲里市委满洲里市人民政府, 中共呼和浩特市委办公厅呼和浩特市人民政府办公厅: joint issuers written together, the
# second named from its own place on; a committee's or an office's ending right before that place ends the first.
_JOINT_FIRST_ENDS = re.compile(r"(?:委|办公厅|办公室)$")
_JOINT_SECOND_ENDS = re.compile(r"(?:政府|办公厅|办公室)$")
# A level word (市, 区 …) before a body's function names the body of that level (当晚|市疾控中心, 区纪委监委): it
# starts the name, unless it ends a word (城市, 社区, 辖区) or a determiner makes it "every/this city" (全市, 该区).
_LEVEL = frozenset("省市区县州盟旗")
_DETERMINERS = frozenset("全本该我各此两每外某多周")
# The town and village levels (镇, 乡, 村) name a body the same way where the story is about one town or village: 镇党委
# 书记…, 与镇卫生院配合, 确保村委…, 涉事镇党委. Only in _level_start, where nothing else names the body; not where the
# level word ends a word (乡镇, 城镇, 农村, 乡村) or a determiner makes it every town (各镇, 全镇).
_TOWN_LEVEL = frozenset("镇乡村")


# Words of the day that open a clause (昨日, 当天, 近日 …; not 今日, which begins names: 今日头条).
# A level word with 级 begins the description of a kind of team (国家级|公共卫生专家组, 省级|督导组), not a name.
_LEVELLED = re.compile(r"(?:国家|自治区|省|市|县|区|盟|旗)级")
# Verbs of sending or forming a team (派出|国家工作组): the team sent is a kind (data/organization_sending_verbs.txt).
_SENDING_VERBS = tuple(words("organization_sending_verbs"))
_SENT_BEFORE = re.compile("(?:" + "|".join(sorted(_SENDING_VERBS, key=len, reverse=True)) + ")(?:的|了)?$")  # (派出的|国家工作组)
_DAY_WORD = re.compile(r"昨日|昨天|今天|前天|明天|当天|当日|同日|次日|近日|日前|目前|此前|随后|此后")
# The title of a document, a ranking or a programme in 《》: the words inside it name no body unless the title begins
# with the body issuing it (《北京市卫健委关于…的通知》, 《某某指挥部通告》) or is the body's own (《内蒙古日报》).
_TITLE_GOES_ON = re.compile(r"[^》\n]*》")


def _in_a_title(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` stands inside 《…》, after the title's first word and with more of the title after it, and
    not before 关于 (who issues it)."""
    opening = text.rfind("《", max(0, start - 30), start + 1)
    if opening < 0 or "》" in text[opening:start] or not text[opening + 1 : start].strip():
        return False  # (a body that begins the title issues it: 《某某市疫情防控指挥部通告》)
    rest = _TITLE_GOES_ON.match(text, end)
    return bool(rest) and rest.end() - end > 1 and not text.startswith(("关于", "印发", "发布"), end)


def _after_person_or_count(text: str, start: int, end: int, place_starts: list[int]) -> int | None:
    """Where the name read leftwards holds an anonymised person or a count before a place (许某已转入|宁夏…医院, 3名
    工作人员前往|北京…医院), the start of the first place after them: the body is named from its place, and what
    stands before it belongs to the clause. None where nothing anonymised or counted stands before a place, or where
    only a classifier stands between them (两家|北京医院, 98个|西安卫健委: the body counted, or no telling)."""
    name = text[start:end]
    marks = [m.end() for m in _COUNTED.finditer(name)] + [i + 1 for i, c in enumerate(name) if c == "某"]
    if not marks:
        return None
    after = start + max(marks)
    first = bisect_left(place_starts, after)
    if first == len(place_starts) or place_starts[first] >= end:
        return None
    place = place_starts[first]
    if place == after and text[place - 1] in _CLASSIFIERS:
        return None
    return place


def _town_level(text: str, start: int, i: int, head_end: int) -> bool:
    """``text[i]`` is a town's or a village's level word right before the body's function (镇|党委, 镇|卫生院, 村|委):
    the body of the one town or village the story is about. Only the last character before the ending, so that a
    town's own name is not cut (云山镇党委 is read from its township); not where the level word ends any word (小镇,
    乡镇, 古镇: a kind of town), follows another kind of place (各苏木|镇卫生院: every sumu and town) or stands as an
    alternative in brackets (社区（村委）). The level word begins the name read, or only a verb stands before it
    (确保|村委); not a word describing a kind of village (贫困|村党支部)."""
    return text[i] in _TOWN_LEVEL and i == head_end - 1 and text[i - 1 : i] not in _ALTERNATIVE_OPENERS \
        and not (i > 0 and is_word(text[i - 1 : i + 1])) and not _PLACE_KIND.search(text, max(0, i - 2), i) \
        and (i == start or dictionary_tag(text[start:i]) in _VERB_TAGS)


# 所在社区（村委）, 社区/村委: the village level given as an alternative to a kind of place names every village's body.
_ALTERNATIVE_OPENERS = frozenset("（(/／")


def _level_start(text: str, start: int, head_end: int) -> int | None:
    """Offset of the level word that begins a body's name in ``text[start:head_end]``, else None."""
    for i in range(head_end - 1, start - 1, -1):
        if text[i] not in _LEVEL and not _town_level(text, start, i, head_end):
            continue
        before = text[i - 1] if i > 0 else "，"
        if before in _DETERMINERS or before in "）)" or (i > start and is_common_word(text[i - 1 : i + 1])) \
                or (i + 1 < head_end and is_common_word(text[i : i + 2])):
            return None
        if text[i] == "区" and i - 2 >= start and text[i - 2 : i] == "自治":
            return i - 2  # 自治|区政协: the level word is 自治区, not its last character
        return i
    return None


# A body's name followed by a part of its grounds names an address (长安大学南校区西院教学区, 长安大学崇业路住宅区).
_ADDRESS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:校区|家属院|家属区|住宅区|宿舍区|教学区|生活区|小区)")
# The head of a bureau fused with its name: 西安市大数据局长 is 西安市大数据局 + (局)长.
_FUSED = frozenset("局厅署")


def _fused_head(text: str, start: int, end: int, in_place: Coverage) -> bool:
    """A one-character ending of a bureau followed by 长, after a place and a function (西安市大数据局|长)."""
    if text[start] not in _FUSED or not text.startswith("长", end):
        return False
    left = _read_left(text, start, end, in_place)
    # (a place, then a function of at least two characters: not 呼和浩特市|局长)
    return start - left >= 3 and in_place.touches(left, start - 2) and not in_place.touches(start - 2, start)


_LONGEST_JOINED = threshold("organizations", "longest_joined")
_ATTACHED = "附属"
# An item ends at its generic ending, unless a position goes on from it (公安局|长).
_LISTED_BODY = re.compile(rf"[\u4e00-\u9fff]{{1,8}}?(?P<suffix>{_SUFFIX_RE.pattern})(?![长员])")


# A head's title right after a body begins no unit of it: what follows is the head's name, which may end like a unit
# (俄罗斯卫生部|部长穆拉什科: a transliterated -ko name ends in 科, as a hospital's department does); the head's own
# office is a unit (院长办公室).
_TITLE_NOT_UNIT = re.compile(r"(?:部长|局长|厅长|司长|署长|院长|主任|主席|秘书长|发言人|总干事)(?!办公室|办)")


def _word_with_place_character(unit: str) -> bool:
    """A unit read as one character and 处 is a word (查处, 判处, 惩处, 到处, 之处): an office named 处 has a name of two
    characters or more before it (综合处, 财务审计处), or an ordinal (一处), which _ORDINAL reads."""
    return len(unit) == 2 and unit.endswith("处") and not _ORDINAL.match(unit)


def _unit_words(text: str, start: int, end: int, in_place: Coverage | None) -> str:
    """The unit's words with the characters of a place inside it left out (呼和浩特|分行: the 和 of a place is no stop)."""
    if in_place is None:
        return text[start:end]
    return "".join(c for k, c in enumerate(text[start:end], start) if not in_place.covers(k, k + 1))


def _join(text: str, spans: dict[tuple[int, int], str], whole: set[tuple[int, int]],
          in_place: Coverage | None = None) -> dict[tuple[int, int], str]:
    """Add, for each name, the name it makes with the one name right after it or with a unit written after it;
    one step only and at most ``_LONGEST_JOINED`` characters, so touching names never chain into one. Two names
    that each stand whole (``whole``: 党中央|国务院) stay two."""
    longest_from: dict[int, int] = {}
    for s, e in spans:
        if (s, e) not in whole:
            longest_from[s] = max(longest_from.get(s, e), e)
    any_from: dict[int, int] = {}
    for s, e in spans:
        any_from[s] = max(any_from.get(s, e), e)
    out = dict(spans)
    for s, e in spans:
        end = longest_from.get(e, e)
        if end == e and text.startswith(_ATTACHED, e):
            end = any_from.get(e + len(_ATTACHED), e)  # 交大医学院|附属|瑞金医院: a body attached to another is one name
        unit = _SUB_UNIT.match(text, end)
        # (记 stops a firm's name before 记者, not a unit's: 婚姻登记处.)
        if (unit and not _NOT_A_UNIT_HEAD.match(unit.group()) and "记者" not in unit.group()
                and not _DEAL.search(unit.group())
                and not _TITLE_NOT_UNIT.match(unit.group())
                and not _unit_head_title(text, unit.end() - 2, unit.end()) and not _COUNTED.search(unit.group())
                and not _word_with_place_character(unit.group())
                and not (set(_ORDINAL.sub("", _unit_words(text, *unit.span(), in_place)).replace(_DEPARTMENT_WITH_STOP, ""))
                         - {"记"}) & _COMPANY_LEFT_STOP
                and not any(is_function_word(text[k : k + 2]) for k in range(end, unit.end() - 1))):
            end = unit.end()
        if end != e and end - s <= _LONGEST_JOINED:
            out.setdefault((s, end), "organization.joined" if end != (unit.end() if unit else -1) else "organization.sub_unit")
    return out


_PLACE_KIND = re.compile(r"(?:苏木|嘎查|社区|街道|镇|乡|村)$")


# What may stand between a country and the ending of its body's name: not a count, a pronoun, an adverb or a verb
# (俄罗斯|第二大|银行, 俄罗斯|整个|银行, 俄罗斯|使用|…协会: the country is the subject or owner there, no name).
_NOT_AFTER_COUNTRY_TAGS = frozenset({"m", "q", "r", "d", "p", "c", "u", "f", "t", "v", "vd", "a", "ad", "b"})


# A verb of going or giving aid whose object is the country (援助|巴基斯坦抗疫医疗专家组, 赴|意大利…专家组): the country
# hosts the team sent there; the body is the sender's, not the country's.
_TO_THE_HOST = re.compile(r"(?:援助?|支援|驰援|赴|派往|前往)$")
# Kinds of body written before a body's name in apposition (跨国企业|法国达能集团, 金融机构|俄罗斯联邦储蓄银行).
_KINDS_IN_APPOSITION = word_set("organization_kinds_after_list")
# A firm's short name, the words a subsidiary's name begins with (小米|印度公司, 药明康德|美国研究中心), takes at most this
# many characters; words longer than that before the country are the clause's (有国家流行史|英国卫生安全局).
_LONGEST_FIRM_BEFORE_COUNTRY = threshold("organizations", "longest_firm_before_country")
# Tags of a common word that ends the clause's words before the country, no part of a name (接种|美国莫德纳公司,
# 包括|俄罗斯外贸银行, 就此召见|美国驻俄罗斯使馆).
_CLAUSE_TAGS = frozenset({"v", "vd", "vn", "p", "d", "c", "u", "r", "m", "q", "f", "t", "ad", "a"})


def _clause_before_country(before: str) -> bool:
    """The words before a country inside a name read back from its ending are the clause's, so the foreign body's
    name begins with the country: a single character, more than a firm's short name, a kind of body in apposition
    (跨国企业|法国达能集团) or a common verb or function word (接种|美国莫德纳公司). Anything else may be the firm whose
    subsidiary the country and the ending name (小米|印度公司, 蔚来|德国公司, 药明康德|美国研究中心): read whole, as it
    was before the country was looked for."""
    if len(before) < 2 or len(before) > _LONGEST_FIRM_BEFORE_COUNTRY:
        return True
    if any(before.endswith(kind) for kind in _KINDS_IN_APPOSITION):
        return True
    last = before[-2:]
    return is_common_word(last) and dictionary_tag(last) in _CLAUSE_TAGS


def _country_inside(name: str, ending: int) -> int | None:
    """Where in ``name`` (read back from its ending) the last country written inside it begins, if the name of a
    foreign body begins there: no word runs across the country's edges (完美|国际, 道德|国家, 中英|国际), the words before it
    are not a transliterated name it is part of (贝斯以色列女执事医疗中心), and no count, pronoun or verb follows it.
    Where a verb of going or aid takes the country as its object (援助|巴基斯坦…专家组), or the words before it may be a
    firm's name (小米|印度公司), there is none."""
    found = None
    for c in _COUNTRY_INSIDE.finditer(name, 1, len(name) - ending):
        after = name[c.end() : len(name) - ending]
        if is_common_word(name[c.start() - 1 : c.start() + 1]) or is_common_word(name[c.end() - 1 : c.end() + 1]) \
                or looks_transliterated(name[: c.start()]) or set(after) & _COMPANY_LEFT_STOP \
                or (after and (dictionary_tag(after[:2]) or dictionary_tag(after[:1])) in _NOT_AFTER_COUNTRY_TAGS):
            continue
        found = c.start()
        if name[found - 1] == "驻":  # (驻|韩国使馆, 美国驻|俄罗斯使馆: the mission of the country before 驻, in this one)
            found -= 1
            found -= max((len(w) for w in _COUNTRIES if name.endswith(w, 0, found)), default=0)
    if found and (_TO_THE_HOST.search(name, 0, found) or not _clause_before_country(name[:found])):
        return None
    return found or None  # (驻韩国使馆 alone: the name is read as it was)


_GROUP_WORDS = word_set("organization_group_words")


def _generic_head(township: str) -> bool:
    """The words before 社区, 嘎查 … are an ordinary word (城市, 当地, 有关, 贫困; 美丽|乡村), or there are none."""
    kind = _PLACE_KIND.search(township)
    head = township[: kind.start()] if kind else township
    # (a proper noun the dictionary knows, however frequent, names one: 新华|街道, 和平|社区; not its place words, which
    # hold ordinary ones: 城市, 美丽)
    # (but not a word of an ethnic or religious group, which names a group's community in general: 穆斯林|社区委员会)
    proper = dictionary_tag(head) in ("nz", "nt") and head not in _GROUP_WORDS
    return (len(head) < 2 or head[-2:] in ("苏木", "嘎查", "乡镇") or is_common_word(head) and not proper
            or is_function_word(head[:2]) or (len(head) == 2 and is_common_word(head, 100) and not proper)
            or bool(kind and is_common_word(head[-1] + kind.group()[0])))


def _named_zone(head: str) -> bool:
    """A zone or port with a name of its own before it (策克口岸…; not 产业园区, 边境口岸, 高新技术开发区)."""
    zone = _ZONE.search(head)
    return bool(zone) and not is_common_word(zone.group()[:2])


_FUNCTION_WORD_MIN = threshold("organizations", "function_word_min")
# What a paper's own word may go on with (日报社, 晚报业集团, 报刊): the 报 still ends a paper's name.
_PAPER_GOES_ON = frozenset("社业刊")


def _paper_in_a_word(text: str, ending: str, end: int) -> bool:
    """A paper's ending (日报, 时报 …) whose 报 makes an ordinary word with the next character (近日|报道, 报告), or
    a trade's ending whose last character does (讨医|药费, 控|股权): the ending is part of that word, no name's end."""
    if end >= len(text):
        return False
    if ending.endswith("报"):
        return text[end] not in _PAPER_GOES_ON and is_common_word(text[end - 1 : end + 1])
    # (not 公司 and 集团, whose last character begins no word here: 公司|司机 is 公司 and 司机)
    # (国大药房|门店: the next character begins a word of its own, 门店, and 房门 is no reading)
    return (ending in _COMPANY and len(ending) > 1 and not ending.endswith(("公司", "集团"))
            and is_common_word(text[end - 1 : end + 1]) and dictionary_tag(text[end - 1 : end + 1]) == "n"
            and not is_common_word(text[end : end + 2]))


_HOLDING_ENDING = "控股"


def _holds_as_verb(text: str, at: int, spans: dict[tuple[int, int], str]) -> bool:
    """控股 at ``at`` before 的 is the verb, to hold a controlling stake, not the end of a firm's name (X控股): where
    _controlled_firms read a held firm after it (中粮|控股的|中粮期货), where a body already read ends before it with
    a body's ending (国资委|控股的企业, 某某集团|控股的子公司), where a person's full name does (郭家学|控股的公司), or
    where an ordinary noun does (大股东|控股的, 该公司|控股的). Elsewhere X控股的 is a firm's possessive, as finance
    news writes it (海航控股的股价, 腾讯控股的市值: 腾讯, 海航 are no ordinary nouns)."""
    if text[at : at + 3] != _CONTROLLED:
        return False
    if any(e == at and (rule == "organization.controlled_firm" or any(x.end() == e for x in _SUFFIX_RE.finditer(text, s, e)))
           for (s, e), rule in spans.items()):
        return True
    if _firm_follows(text, at + len(_CONTROLLED)):
        return True
    if any((name := read_name(text, k)) and len(name) == at - k for k in (at - 4, at - 3) if k >= 0):
        return True  # (three or four characters: a two-character "name" is as often a firm's, 华润)
    before = text[max(0, at - 2) : at]
    return is_common_word(before) and dictionary_tag(before) in ("n", "vn")


def _firm_follows(text: str, i: int) -> bool:
    """A firm's name begins at ``i``: a short name and a body's ending (某某|银行, 某某|期货), not a kind of firm
    (上市公司, 子公司, 相关公司) nor an ordinary word before the ending (医药|企业)."""
    ending = _SUFFIX_RE.search(text, i + 2, i + 12)
    if not ending or ending.start() - i > 6:
        return False
    head, name = text[i : ending.start()], text[i : ending.end()]
    return (_HAN_HEAD.fullmatch(head) is not None and not _KIND_OF_FIRM_HELD.search(name) and not _kind_of_firm_only(name)
            and _firm_short_name(head, set()))
_INDUSTRY_AFTER_TRADE = re.compile("|".join(sorted(words("organization_industry_after_trade"), key=len, reverse=True)))


def _industry_after_trade(text: str, ending: str, start: int, end: int, in_place: Coverage) -> bool:
    """A trade ending of a firm (医药, 药业, 实业, 航空 …; not 公司, 集团 or a registered form) right followed by a word
    of an industry or a field (医药|产业, 医药|领域), or by a word of its market, products or firms where no proper
    name stands before the trade (民用航空|市场, 中医药|产品, 内蒙古医药|企业; not 东方航空|市场份额, 恒瑞医药|产品获批):
    the words name the trade, not a firm."""
    if ending not in _TRADES:
        return False
    if _INDUSTRY_AFTER_TRADE.match(text, end):
        return True
    return bool(_MARKET_AFTER_TRADE.match(text, end)) and start > 0 and _no_proper_name_before(text, start, in_place)


_MARKET_AFTER_TRADE = re.compile("|".join(sorted(words("organization_market_after_trade"), key=len, reverse=True)))
# Tags of ordinary words before a trade (传统|医药, 民用|航空, 全省|医药) and of a place alone (中国|医药企业, ns), not
# of firms' names (恒瑞, nz; 东方, s; 海航, j).
_ORDINARY_HEAD_TAGS = frozenset({"n", "vn", "a", "ad", "b", "v", "d", "ns"})


def _no_proper_name_before(text: str, start: int, in_place: Coverage) -> bool:
    """What stands right before the trade at ``start`` is an ordinary word (传统|医药, 民用|航空), a character that makes a
    word with the trade's first (中|医药: 中医), or a place (内蒙古|医药, 中国|医药), not a firm's own name (恒瑞|医药)."""
    before = text[max(0, start - 2) : start]
    return (in_place.touches(start - 1, start) or is_common_word(text[start - 1 : start + 1])
            or (len(before) == 2 and is_common_word(before) and dictionary_tag(before) in _ORDINARY_HEAD_TAGS))


def _in_a_word(text: str, start: int, end: int) -> bool:
    """A one-character ending that makes an ordinary word with the character before or after it (大局, 部署, 局长)."""
    if end - start != 1:
        return False
    before = text[start - 1 : end]
    # (民政|局, 财政|局: after a function's two-character word, 政局 is not the word "political situation".)
    function_before = (text[start] in "局厅" and start >= 2 and is_common_word(text[start - 2 : start], _FUNCTION_WORD_MIN)
                       and dictionary_tag(text[start - 2 : start]) == "n")
    # (卫生部|副部长, 核工业部|副部长: 部副 is a word of the dictionary, but before 副 and the same ending again it is
    # the body's ending and its deputy's title; 局副局长 … are no words anyway)
    deputy_after = text[end : end + 1] == "副" and text.startswith(text[start:end], end + 1)
    return ((is_common_word(before) and dictionary_tag(before) not in _BODY_WORD_TAGS and not function_before)
            or (is_common_word(text[start : end + 1]) and not deputy_after))


def _media(text: str, place_surfaces: set[str]) -> list[tuple[int, int]]:
    """Spans of the outlets named where a report opens or ends."""
    spans = []
    for m in _MEDIA_LEAD.finditer(text):
        group = "name" if m.group("name") else "outlet"
        start = m.start(group)
        # (一位市民告诉|健康时报记者: the clause of the one who tells ends at the verb; the outlet follows it)
        if cut := list(_BREAKER.finditer(text, start, m.end(group))):
            start = cut[-1].end()
        spans.append((start, m.end(group)))
    spans += [(m.start("name"), m.end("name")) for m in _SOURCE_LINE.finditer(text)]
    # (通辽讯: a place as the outlet is a place; 本报记者: not a name)
    return [(a, b) for a, b in spans if not (_NOT_MEDIA.search(text[a:b]) or text[a:b] in place_surfaces
                                              or set(text[a:b]) & _NOT_IN_MEDIA or _generic_outlet(text[a:b]))]


# Facilities named by their place (常州国际机场, 西安地铁, 某市某某岛旅游区) are organizations where the text has them act as a body
# (常州机场发布通告, 记者从珠海机场获悉), and then at every mention; else they are places of travel, not bodies.
# (The airport's own name may stand between its city and 机场: 呼和浩特白塔国际机场.)
# (Tourist zones, scenic areas and parks too: 北海市涠洲岛旅游区亦宣布…, 某某乐园表示.)
# (A railway station too, named by its place and a direction: 阜阳西站加开68列, 阜阳西站站长储茂高.)
_FACILITY = re.compile(r"(?:[\u4e00-\u9fff]{2,3}?(?=(?:国际)?机场|旅游区|景区|乐园|度假区))?"
                       r"(?:国际)?(?:机场|地铁|旅游区|景区|乐园|度假区)|[东西南北]?站(?![点台长内外前口务])")
# What a body does, and the posts of its staff named right after it (阜阳站值班站长…: the station as an employer).
_BODY_ACTS = re.compile(r"(?:[^，。；\n]{0,8}?)(?:发布|提醒|启动|通报|表示|宣布|公告|通知|回应|临时采取|采取|决定|获悉|"
                        r"发(?:出)?(?:通告|通知|公告)|站长|科长|负责人|党委书记)")
_SOURCE_BEFORE = re.compile(r"(?:从|据|向)$")


def _acting_facilities(text: str, place_ends: dict[int, int]) -> list[tuple[int, int]]:
    found: dict[str, list[tuple[int, int]]] = {}
    acting: set[str] = set()
    for end, start in place_ends.items():
        m = _FACILITY.match(text, end)
        if not m:
            continue
        name = text[start : m.end()]
        found.setdefault(name, []).append((start, m.end()))
        act = _BODY_ACTS.match(text, m.end())
        if (act and act.end() - m.end() <= 4) or _SOURCE_BEFORE.search(text[max(0, start - 1) : start]) \
                and text.startswith("获悉", m.end()):
            acting.add(name)
    return sorted(span for name in acting for span in found[name])


# A seat of government or an airport stands for the body only as its clause's subject or as a source cited: after a
# stop or the start, a day (9日|白宫表示, 周四|…, 当天|…), a word opening a clause (但|白宫表示) or 据 (据|白云机场消息): data/
# organization_clause_openers.txt; or a verb of saying, which opens the clause it reports (data/verbs_of_saying.txt). After a word of where (在|白宫, 抵达|首都机场: data/organization_where_before.txt)
# it is the place where someone speaks or arrives (特朗普在白宫表示, 钟南山在白云机场表示), never the body.
_WHERE_BEFORE = tuple(sorted(words("organization_where_before"), key=len, reverse=True))
_WHERE_BEFORE_END = re.compile("(?:" + "|".join(_WHERE_BEFORE) + ")$")
# (a verb of saying opens the clause it reports: 美媒称|白宫发表声明)
_OPENERS = sorted({*words("organization_clause_openers"), *words("verbs_of_saying")}, key=len, reverse=True)
_CLAUSE_OPENED = re.compile(r"(?:^|[。！？!?\n，,；;：:“”\"（(）)【】]|\d{1,2}日|周[一二三四五六日天]|" + _DAY_WORD.pattern + "|"
                            + "|".join(_OPENERS) + ")$")
_LONGEST_OPENER = max(map(len, [*_OPENERS, *_DAY_WORD.pattern.split("|"), "31日"]))
_LONGEST_WHERE = max(map(len, _WHERE_BEFORE))


def _after_where(text: str, i: int) -> bool:
    """A word of where ends right before ``i`` (在|白宫, 抵达|首都机场)."""
    return _WHERE_BEFORE_END.search(text, max(0, i - _LONGEST_WHERE), i) is not None


def _opens_clause(text: str, i: int) -> bool:
    """What begins at ``i`` is its clause's subject or a cited source (see above), not after a word of where."""
    return not _after_where(text, i) and _CLAUSE_OPENED.search(text, max(0, i - _LONGEST_OPENER), i) is not None


# An airport named by its own name, not a place's (首都机场, 白云机场, 禄口国际机场), is its operator where the text has
# it act or cites it (白云机场|发布提醒, 据首都机场|消息), as a facility after a place is (_acting_facilities). It must be
# its clause's subject or the source cited (_opens_clause): 钟南山在|白云机场|表示 is where he spoke. Not a kind (国内|
# 机场, 各|机场, 多个|机场), a pointed one (该|机场) nor a verb's object (抵达|机场).
_AIRPORT_ACTS = re.compile(r"(?:方面)?(?:\d{1,2}日)?(?:发布|提醒|启动|通报|表示|宣布|公告|通知|回应|发出|决定|(?P<news>消息))")
_AIRPORT_KINDS = word_set("organization_airport_kinds")
_AIRPORT = "机场"
_LONGEST_AIRPORT_HEAD = threshold("organizations", "longest_airport_head")


def _airports_acting(text: str) -> list[tuple[int, int]]:
    """(found from each 机场 looking back, the longest head that names one first: no pattern tried at every character)"""
    spans = []
    i = text.find(_AIRPORT)
    while i >= 0:
        end = i + len(_AIRPORT)
        act = _AIRPORT_ACTS.match(text, end)
        head_end = i - 2 if text[i - 2 : i] == "国际" else i
        for k in range(_LONGEST_AIRPORT_HEAD, 1, -1):
            a = head_end - k
            if not act or a < 0:
                continue
            head, before = text[a:head_end], text[a - 1 : a]
            if not all(is_han(c) for c in head) or set(head) & _LEFT_STOP or head.startswith(_WHERE_BEFORE):
                continue
            if act.group("news") and before != "据":
                continue  # (…机场消息 without 据: news of the airport, not from it)
            if not _opens_clause(text, a) or head[0] in _NOT_A_NAME_START \
                    or _COUNT_WORD.match(head[0]) or head in _AIRPORT_KINDS or head in _GENERIC_KINDS \
                    or head[-2:] in _GENERIC_KINDS or dictionary_tag(head[-2:]) in _VERB_TAGS:
                continue
            spans.append((a, end))
            break
        i = text.find(_AIRPORT, end)
    return spans


# The accounts of government information offices, named 地名 + 发布 (微信公众号“西安发布”, 据@陕西发布：).
_ACCOUNT_BEFORE = re.compile(r"[@“\"「]$")
_ACCOUNT_AFTER = re.compile(r"[”\"」：:）) \u3000]")
# (郴州发布2月16日通告称: the account's name, then the date of what it published.)
_ACCOUNT_DATED = re.compile(r"\d{1,2}月\d{1,2}日(?:\d{1,2}时)?(?:通告|通报|消息|发布|称|表示)")


# (据杭州发布消息: cited as the source with 据, the account's name; without 据, 杭州发布消息 may be a verb phrase.)
_ACCOUNT_CITED_AFTER = re.compile(r"消息|称|通报|通告|显示|微博|微信|公众号")


def _official_accounts(text: str, place_ends: dict[int, int]) -> list[tuple[int, int]]:
    spans = []
    for end, start in place_ends.items():
        if text.startswith("发布", end) and (_ACCOUNT_BEFORE.search(text[max(0, start - 1) : start])
                                           and _ACCOUNT_AFTER.match(text, end + 2)
                                           or _ACCOUNT_DATED.match(text, end + 2)
                                           or text[start - 1 : start] == "据"
                                           and _ACCOUNT_CITED_AFTER.match(text, end + 2)):
            spans.append((start, end + 2))
    return sorted(spans)


# An agency's dateline opening a line names the outlet (中宏网3月14日电, 中新网北京3月1日电).
_DATELINE = re.compile(rf"(?:^|(?<=\n))(?P<name>[\u4e00-\u9fff]{{1,8}}?{_OUTLET_ENDING})(?:[\u4e00-\u9fff]{{2,4}})?"
                       r"\d{1,2}月\d{1,2}日(?:\d{1,2}时)?(?:电|消息|讯)")
# An outlet or account cited without quotes: 据珠海香洲官微, 据香港大公文汇网报道, 郴州发布2月16日通告称; an outlet
# that cites another (据参考消息网援引《某某报》…) is named as the source as much.
_CITED_CHANNEL = re.compile(r"据(?P<name>[\u4e00-\u9fff]{2,10}?)(?:官微|官方微信|官方微博|微信公众号|公众号)")
# (The date may be a month alone, with its year: 据开屏新闻2020年12月报道.)
_CITED_OUTLET = re.compile(rf"据(?P<name>[\u4e00-\u9fff]{{2,10}}?(?:报|网|台|客户端|新闻|周刊))"
                           r"(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)?(?:消息|报道|援引)")
# An outlet that opens a clause as the one that reports or publishes (米内网数据显示, 经济参考报发布的《…》, 新京报报道称).
_OUTLET_ACTING = re.compile(rf"(?:^|(?<=[，。；：:\n]))(?P<name>[\u4e00-\u9fff]{{2,10}}?(?:报|网|台|客户端|新闻|周刊))"
                            r"(?=数据显示|发布的|报道称|消息称|援引|刊文|刊发|披露)")
# An outlet someone speaks to (王丽告诉九派新闻，…; 澎湃新闻多次致电…; 接受中国新闻网采访): the one told is the outlet.
_TOLD_OUTLET = re.compile(rf"(?:告诉|致电|接受)(?P<name>[\u4e00-\u9fff]{{2,10}}?(?:报|网|台|客户端|新闻|周刊))"
                          r"(?=记者|采访|专访|[，。；：:,])")


# An account named in quotes after the kind of channel it is: 政务微信“上海教育”发布公告, 微信公众号“健康中国”称.
_CHANNEL_THEN_NAME = re.compile(r"(?:政务微信|政务微博|微信公众号|官方微信|官方微博|公众号|客户端|视频号|抖音号)"
                                r"[\"“「](?P<name>[^\"”」，。、\s]{2,16}?)[\"”」]")


# An account named with @ (微博's mention): @商丘日报发布…, 据@上海发布，, @中国消防官微发布视频, 据@人民日报12月16日报道,
# （@吉林发布）. The name runs over Chinese characters to a stop, a digit or a word of the channel or act after it
# (data/organization_handle_followers.txt); a name that ends with 发布 where the run ends is the account's own
# (@陕西发布：). Shorter handles without an outlet's ending are people's as often (@李某某): none. An @ names people,
# stars, shows and products as often as bodies (@张文宏医生, @欧阳娜娜, @腾讯视频): the account is a body's only where
# its name has a body's mark (see _handle_of_a_body).
_HANDLE = re.compile(r"@(?P<run>[\u4e00-\u9fff]{2,16})")
_HANDLE_FOLLOWERS = tuple(sorted(words("organization_handle_followers"), key=len, reverse=True))
_SHORTEST_HANDLE = threshold("organizations", "shortest_handle")
_SPORTS_TEAM_ENDINGS = tuple(words("organization_sports_team_endings"))
_PEOPLE_BEFORE_HANDLE = re.compile("(?:" + "|".join(sorted(map(re.escape, words("organization_handle_people_before")),
                                                           key=len, reverse=True)) + ")$")


# A name that begins with the nation or a national level (中国消防, 国家应急广播, 全国妇联): a body's account.
_NATIONAL_START = re.compile(r"(?:中国|国家|全国|中央|中共)")
# What ends a person's name as written in an account (@张文宏医生, @钟南山院士, @某某老师): a position or honorific.
_PERSON_ENDINGS = tuple(sorted(set(words("person_positions")) | set(words("person_honorifics")), key=len, reverse=True))


def _handle_of_a_body(name: str, start: int, place_ends: dict[int, int]) -> bool:
    """The account's name ``name`` (at ``start``) has a body's mark: it ends like a body or an outlet (@吉林省卫生健康委,
    @商丘日报, @上海发布) or begins with a place or the nation (@广东民声热线, @北京疾控, @中国消防). Not a name that
    ends with a person's position or honorific (@张文宏医生, @钟南山院士). Without a mark an account is a person's, a
    star's, a show's or a product's as often (@欧阳娜娜, @老师好我叫何同学, @王者荣耀, @腾讯视频): none is read."""
    if name.endswith(_PERSON_ENDINGS):
        return False
    if _ENDS_LIKE_A_BODY.search(name) or re.search(_OUTLET_ENDING + "$", name):
        return True
    if start in place_ends:
        return not _runs_into_the_clause(name[place_ends[start] - start :])
    nation = _NATIONAL_START.match(name)
    return bool(nation) and not _runs_into_the_clause(name[nation.end() :])


# jieba's tags of the words that begin the clause after an account, not its name: adverbs, times, adjectives, verbs
# (@北京疾控|紧急提醒, @中国消防|今日发布, @北京疾控|再次提醒).
_HANDLE_CLAUSE_TAGS = frozenset({"d", "t", "a", "ad", "v", "vd", "p", "c", "r"})


def _runs_into_the_clause(tail: str) -> bool:
    """What follows the place or the nation in an account's name holds an ordinary word of the clause after it (an
    adverb, a time, an adjective or a verb: 北京疾控|紧急, 中国消防|今日): the run went past the name, which the followers'
    list did not cut; the account's name is not known there."""
    return any(is_common_word(tail[i : i + 2]) and dictionary_tag(tail[i : i + 2]) in _HANDLE_CLAUSE_TAGS
               for i in range(len(tail) - 1))


def _handles(text: str, place_ends: dict[int, int]) -> list[tuple[int, int]]:
    """(start, end) of the accounts named with @ (see above); ``place_ends``: the end of each place by its start. A
    发布 right after a place's whole name is the account's own name, a place's news office (@上海发布|消息,
    @湖北发布|通报称), whatever follows; after any other name it is the act (@商丘日报|发布…, @北京疾控|发布提醒)."""
    spans = []
    for m in _HANDLE.finditer(text):
        run, start = m.group("run"), m.start("run")
        if _PEOPLE_BEFORE_HANDLE.search(text[max(0, m.start() - 6) : m.start()].rstrip()):
            continue  # 网友@某某, 我是 @某某: a person's account
        cut = next((i for i in range(2, len(run)) if run.startswith(_HANDLE_FOLLOWERS, i)
                    and not (run.startswith("发布", i) and (i + 2 == len(run) or place_ends.get(start) == start + i))),
                   len(run))
        name = run[:cut]
        if name.endswith(_SPORTS_TEAM_ENDINGS):
            continue  # 据@中国女排消息: a sports team's account, no organization
        if ((len(name) >= _SHORTEST_HANDLE or re.search(_OUTLET_ENDING + "$", name)) and not _stops_in_outlet(name)
                and _handle_of_a_body(name, start, place_ends)):
            spans.append((start, start + cut))
    return spans


# A digest cites the source of each item as an account written right before the item's title in 【】 (虎嗅早报:
# @界面新闻【…】, @澎湃【…】, @cnBeta【…】, @晚点LatePost【…】): the account is an outlet or a body whatever its length
# or script, where @ opens a line or a sentence (a person's handle is quoted inside a sentence, not as an item's source).
_DIGEST_CITATION = re.compile(r"(?:^|(?<=[\n。！？!?]))@(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,16})(?=【)")


def _person_shaped(name: str) -> bool:
    """A run shaped like a person's name (a surname and one or two characters, or every character one of
    transliteration) that the dictionary does not know as a body: an account's owner (张某某|微信公众号消息), a partner
    (某某与|雷某某|达成) and the sued (起诉|王某某) are as often persons, whom persons.py reads (review s20, revorg3).
    (Not used for the firms before 公告 nor a digest's sources: 万科|公告, @雷锋网【 are firms of this shape, and persons
    are rarely either.)"""
    return _surname_led(name) or (looks_transliterated(name) and dictionary_tag(name) not in _BODY_TAGS)


def _surname_led(name: str) -> bool:
    """A surname and one or two characters that the dictionary does not know as a body (郭台铭, 俞敏洪): a person's
    name, which persons.py reads, wherever a rule here would take a clause's subject or a headline's speaker."""
    return len(name) <= 3 and surname_length(name, 0) > 0 and dictionary_tag(name) not in _BODY_TAGS


def _digest_citations(text: str, spans: dict[tuple[int, int], str]) -> list[tuple[int, int]]:
    """(start, end) of the accounts a digest cites before an item's 【title】 (see above), where no rule read a name
    there already (_handles keeps its cut: @顺丰控股|公告【)."""
    found = Coverage(len(text), list(spans))
    return [(m.start("name"), m.end("name")) for m in _DIGEST_CITATION.finditer(text)
            if not found.touches(m.start("name"), m.start("name") + 1)]


# A listed firm discloses by announcement: its name opens a clause and is followed, after the day and the time of day
# and the exchange where it files, by 公告 or 发布公告 (碧桂园服务12月14日晚间在港交所公告, 赛微电子12月14日晚间公告,
# 獐子岛1月18日晚间公告). Only a firm or an authority files 公告 as a verb after its name; not a pronoun or a kind word
# (公司公告, 该公司公告: _NOT_A_NAME_START and ordinary words), nor a place (北京市公告 stays a place's).
# (an adverb may stand before the act: 奇瑞新能源|也发布公告; the same adverbs as _FIRM_ACT_ADVERBS below)
_DISCLOSURE_ADVERBS = "|".join(sorted(words("organization_firm_act_adverbs"), key=len, reverse=True))
_DISCLOSING = re.compile(r"(?:^|(?<=[。！？!?\n，,；;：:】）)]))(?:(?:\d{1,2}月)?\d{1,2}日[，,]?)?"
                         r"(?P<name>[\u4e00-\u9fffA-Za-z*][\u4e00-\u9fffA-Za-z0-9*\-]{1,11}?)"
                         r"(?:[（(][^（）()\n]{2,14}[）)])?(?:(?:\d{1,2}月)?\d{1,2}日)?(?:晚间|晚上|早间|盘后|盘前|午间|晚|当晚|当日|今日)?"
                         rf"(?:{_DISCLOSURE_ADVERBS})?(?:在[\u4e00-\u9fff]{{1,6}}?(?:交所|交易所|官网))?(?:发布|披露|发)?公告(?=[，,。：:称])")
# (a name read over an act, a kind of notice or a list is none: 某医院发布停诊|公告, 某某再度发布风险提示|公告, 甲和乙先后|公告)
_ACT_IN_NAME = re.compile("|".join(sorted(map(re.escape, words("organization_acts_in_names")), key=len, reverse=True)))
_KIND_BEFORE_ANNOUNCEMENT = re.compile("(?:" + "|".join(sorted(words("organization_announcement_non_names"), key=len, reverse=True)) + ")$")


def _disclosing_firms(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the names before an announcement of their own (see above) that no rule found."""
    found = Coverage(len(text), list(spans))
    names = []
    for m in _DISCLOSING.finditer(text):
        a, b = m.span("name")
        name = m.group("name")
        if found.touches(a, b) or name[0] in _NOT_A_NAME_START or name in places or "的" in name \
                or _KIND_BEFORE_ANNOUNCEMENT.search(name) or is_word(name, 30, but=_BODY_TAGS) \
                or starts_follower(name) or is_function_word(name[:2]) or _DAY_WORD.match(name) \
                or _ACT_IN_NAME.search(name):
            continue  # 公司公告, 该公司公告, 此前公告: no name
        names.append((a, b))
    return names


# A name written before its stock code in brackets is a listed firm's (比亚迪（002594）表示, 微博-SW(09898.HK)发布公告,
# 某某医学（000516.SZ）旗下): A-share codes of six digits, Hong Kong codes of four or five with .HK, and tickers of letters
# with their exchange (.O, .N). The name runs left to a stop character, a digit or the clause's opening words.
_TICKER = re.compile(r"[（(](?:(?:SH|SZ)?\d{6}(?:\.(?:SH|SZ|SS))?|\d{4,5}\.HK|[A-Z]{1,5}\.(?:O|N|OQ|US|HK))[）)]")
_TICKER_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z*][\u4e00-\u9fffA-Za-z0-9*\-]{1,11}$")
_OPENING_WORDS = re.compile(r"^(?:据|由|与|和|对|向|将|被|从|其中|而|但|且|此外|同时|另外|目前|如|包括|以及)+")


def _ticker_names(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the names written right before a stock code in brackets (see above) that no rule found."""
    found = Coverage(len(text), list(spans))
    names = []
    for m in _TICKER.finditer(text):
        run = _TICKER_NAME.search(text, max(0, m.start() - 12), m.start())
        if not run:
            continue
        a = run.start()
        while a < m.start() and (text[a].isdigit() or text[a] in "月日号"):
            a += 1  # (1月6日|诺辉健康(6606.HK): the day before the name)
        if opener := _OPENING_WORDS.match(text, a, m.start()):
            a = opener.end()
        if day := _DAY_WORD.match(text, a, m.start()):
            a = day.end()  # (随后|紫金矿业（601899）)
        if (kind := text.rfind("公司", a, m.start())) >= 0 and m.start() - kind - 2 >= 2:
            a = kind + 2  # (新三板挂牌公司|天风期货（834277）: the kind of firm written before its name)
        if (deal := _DEAL.search(text, a, m.start())) and deal.start() == a:
            a = deal.end()  # (减持|某某股份(600000): the verb of the deal)
        if (de := text.rfind("的", a, m.start())) >= 0:
            a = de + 1  # (以某某公司为主体的|新东方在线（01797.HK）: a phrase before 的; 股价上涨的|（600519）: no name)
        name = text[a : m.start()]
        if len(name) < 2 or found.touches(a, m.start()) or name[0] in _NOT_A_NAME_START or name in places \
                or _KIND_BEFORE_ANNOUNCEMENT.search(name) or is_word(name, 30, but=_BODY_TAGS):
            continue
        names.append((a, m.start()))
    return names


# A body's own account cited by its channel at a clause's opening, with or without quotes and without 据 (阿里巴巴微信公众号
# 12月14日消息, “苏州市场监管”微信公众号12月14日消息, 未势能源微信公众号消息): the account's owner is a body. (据 before
# it is _ATTRIBUTED's and _CITED_CHANNEL's.) Not a kind of account (官方微信公众号) nor a pronoun (其微信公众号).
_OWN_ACCOUNT = re.compile(r"(?:^|(?<=[。！？!?\n，,；;：:】]))(?:[“\"「](?P<quoted>[^”\"」，。\s]{2,16}?)[”\"」]|"
                          r"(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,11}?))"
                          r"(?:微信公众号|官方微信|官方微博|公众号|官微)(?:(?:\d{1,2}月)?\d{1,2}日)?(?=消息|发布|称|显示|通报)")


def _own_accounts(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the owners of accounts cited at a clause's opening (see above) that no rule found."""
    found = Coverage(len(text), list(spans))
    names = []
    for m in _OWN_ACCOUNT.finditer(text):
        group = "quoted" if m.group("quoted") else "name"
        a, b = m.span(group)
        name = m.group(group)
        if found.touches(a, b) or name[0] in _NOT_A_NAME_START or name in places or "的" in name \
                or is_word(name, 30, but=_BODY_TAGS) or name.startswith(("官方", "政务", "个人")) or _person_shaped(name) \
                or len(name) < 3:  # (某某|微信公众号: a person's name of two characters as often as a body's)
            continue
        names.append((a, b))
    return names


# A source cited by 据 whose name is written in letters, alone or with characters, before 报道 (据外媒Teslarati报道,
# 据Tech星球报道): a news outlet; the Chinese outlets cited so are _CITED_OUTLET's (据…报|网|台…). A kind of outlet may
# stand between (外媒, 美媒).
_LATIN_CITED = re.compile(r"据(?:外媒|美媒|英媒|日媒|韩媒|港媒|媒体)?(?P<name>[A-Za-z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*){0,3}"
                          r"[\u4e00-\u9fff]{0,3}?)(?:\d{1,2}日)?(?=报道|消息|援引)")


def _latin_cited_outlets(text: str, spans: dict[tuple[int, int], str]) -> list[tuple[int, int]]:
    """(start, end) of the outlets named in letters after 据 (see above) that no rule found."""
    found = Coverage(len(text), list(spans))
    return [m.span("name") for m in _LATIN_CITED.finditer(text) if not found.touches(*m.span("name"))]


# A digest item's headline in 【】 after its source (@界面新闻【豆瓣电影：对…追责】, @某某【某某电子：拟收购…】), opened by
# its speaker and a colon; only in that form (a 【label：…】 elsewhere is as often 温馨提示, 延伸阅读, 核酸检测), and only
# where the text names the speaker again as acting (豆瓣电影 … 豆瓣电影|针对; not 【编者按：…】, nor a topic: 【比特币：…】 比特币|跌破): a speaker that is neither a person,
# a place, a country, a kind of outlet nor an ordinary word is a body. Persons are left out by their shape (a surname and one or two characters, or every
# character one of transliteration: 福奇, 佩斯科夫) and by the words for people and their posts (专家, 发言人, 董事长).
_HEADLINE_SPEAKER = re.compile(r"(?:^|(?<=[\n。！？!?]))@[^【\n@]{2,16}【(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9\-]{1,9}?)[：:](?![\d】])")
_SPEAKER_ACT = re.compile(f"(?:{_DISCLOSURE_ADVERBS}|对外|再|又|" + "|".join(sorted({*(w for w in words("verbs_of_saying") if len(w) > 1),
                                                                        *words("organization_subject_acts")},
                                                                       key=len, reverse=True)) + ")")
_NOT_A_SPEAKING_BODY = re.compile("|".join(sorted(words("organization_headline_non_speakers"), key=len, reverse=True))
                                  + "|[者人媒]$")  # (and any word for a person or a kind of outlet: 某某者, 美媒)


def _speaker_cut(name: str) -> int:
    """Where a headline's speaker ends before the act the headline opens with (世纪佳缘|再回应：, 某国政府|首次对外发声：):
    at the first adverb or act of a body (data/organization_firm_act_adverbs.txt, _SUBJECT_FOLLOWERS) after two
    characters; else the whole run."""
    return next((i for i in range(2, len(name)) if _SPEAKER_ACT.match(name, i)), len(name))


# (where the speaker is named again, a body's act follows it, after its day and time of day and at most one other
# character: 豆瓣电影|针对, 长江存储|回应, 某某电子|晚间|称, 獐子岛|1月18日晚间|公告; a topic named again is followed by what befalls it: 比特币|跌破, 世界杯|阿根廷夺冠)
_SPEAKS_AFTER = re.compile(r"(?:(?:\d{1,2}月)?\d{1,2}日)?(?:晚间|晚上|早间|盘后|盘前|午间|当晚|当日|今日|今天|昨日|昨天)?"
                           r"[^，。；！？!?\n【】\d]?" + _SPEAKER_ACT.pattern.replace("(?:", "(?:针对|就|对此|公告|披露|", 1))


def _speaks_again(text: str, name: str, at: int) -> bool:
    """The speaker of a headline (at ``at``) is named again elsewhere in the text and there speaks or acts as a body (see above): a headline
    opened by a topic and a colon (【比特币：跌破3万美元】, 【世界杯：阿根廷夺冠】) names no speaker (review s20, revorg3)."""
    return any(_SPEAKS_AFTER.match(text, m.end()) for m in re.finditer(re.escape(name), text) if m.start() != at)


def _headline_speakers(text: str, spans: dict[tuple[int, int], str], places: set[str],
                       place_spans: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) of the bodies that open a headline in 【】 as its speaker (see above) that no rule found."""
    found = Coverage(len(text), list(spans))
    in_place = Coverage(len(text), list(place_spans))
    names = []
    for m in _HEADLINE_SPEAKER.finditer(text):
        a = m.start("name")
        b = a + _speaker_cut(m.group("name"))
        name = text[a:b]
        if found.touches(a, b) or in_place.covers(a, b) or name[0] in _NOT_A_NAME_START or name in places \
                or name in _COUNTRIES or _DESCRIBED.match(name) or _COUNT_WORD.match(name[0]) or _NOT_A_SPEAKING_BODY.search(name) \
                or is_word(name, 30, but=_BODY_TAGS) or looks_transliterated(name):
            continue  # (【北京西城|通报：…】: places; 【最新百强县榜单|发布：…】: a thing described)
        if _surname_led(name):
            continue  # (【俞敏洪：…】: a person's name)
        if not _speaks_again(text, name, a):
            continue  # (【编者按：…】: a label the text never names again; 【比特币：跌破…】 比特币跌破…: a topic, no speaker)
        names.append((a, b))
    return names


# The other party of a firm's deal or partnership is a firm: what a body named just before buys, merges with or sues
# (微软…收购|动视暴雪，, 某某集团并购|某某科技), and the partner it signs with (京东集团与|Shopify|达成战略合作). The
# party's name runs to a stop, a list mark, 的 or its kind (公司, 业务); an ordinary word, a place or a run that begins
# with a word of the clause (包括…) is no party.
_DEAL_AFTER_BODY = re.compile(r"[^，。；！？!?\n]{0,14}?(?:收购|并购|起诉|入股)了?"
                              r"(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,7}?)"
                              r"(?=[，。；;、和与及的（(】\n]|$|公司|集团|股份|业务|旗下)")
_DEAL_NON_PARTIES = "|".join(sorted(words("organization_deal_non_parties"), key=len, reverse=True))
# (a determiner or count begins no party's name; a kind of two characters or more ends none: not 拼多|多)
_NOT_A_PARTY = re.compile(rf"^(?:{_DEAL_NON_PARTIES}|[一二三四五六七八九十\d])|(?:"
                          + "|".join(w for w in _DEAL_NON_PARTIES.split("|") if len(w) >= 2) + ")$")
_CLAUSE_WORD_START = frozenset({"v", "vd", "p", "c", "d", "r", "m", "q", "u"})  # (包括|动视暴雪: a verb)
_PARTNER_AFTER_BODY = re.compile(r"(?:宣布|正式|将|已|还|也)?(?:与|同)(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,7}?)"
                                 r"(?:达成|签署|签订)")


def _parties_of_deals(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the other parties of the deals of the bodies found (see above) that no rule found."""
    found = Coverage(len(text), list(spans))
    names = []
    for _, end in sorted(spans):
        for pattern in (_DEAL_AFTER_BODY, _PARTNER_AFTER_BODY):
            m = pattern.match(text, end)
            if not m:
                continue
            a, b = m.span("name")
            name = m.group("name")
            if found.touches(a, b) or name[0] in _NOT_A_NAME_START or name in places or "的" in name \
                    or is_word(name, 30, but=_BODY_TAGS) or _NOT_A_PARTY.search(name) \
                    or _person_shaped(name) and (pattern is _PARTNER_AFTER_BODY or "起诉" in m.group()) \
                    or _NOT_A_SPEAKING_BODY.search(name) \
                    or len(name) > 2 and (is_function_word(name[:2]) or dictionary_tag(name[:2]) in _CLAUSE_WORD_START):
                continue  # (收购|包括动视暴雪…: a word of the clause; 与|当地政府签署: a body of a kind, no name; 起诉|前员工: people;
            # 与|雷某某|达成, 起诉|王某某: a person's shape where a person may stand; a firm bought keeps it: 收购|雷蛇)
            names.append((a, b))
    return names


def _named_channels(text: str) -> list[tuple[int, int]]:
    """Accounts and apps named in quotes right after the kind of channel (the reverse order of 据“X”微信公众号)."""
    return [(m.start("name"), m.end("name")) for m in _CHANNEL_THEN_NAME.finditer(text)]


# A firm's department before the title of the one who heads it (光大保德信基金|海外投资部|总监), and a fund firm before
# its fund manager's title (中邮创业基金|基金经理): the firm's name is the whole run of Chinese characters before the
# title (it stands where a clause or line begins).
_FIRM = r"(?:基金|证券|银行|集团|公司|保险|资管)"
_HEAD_TITLE = re.compile(r"总监|执行董事|董事长|总经理|副总经理|负责人|首席[\u4e00-\u9fff]{0,5}?(?:师|家|官)|主管|(?<=基金)基金经理")
_FIRM_DEPARTMENT = re.compile(rf"(?P<firm>[\u4e00-\u9fff]{{2,6}}?{_FIRM})[\u4e00-\u9fff]{{2,6}}?(?:部|中心|研究院|研究所)")
_FUND_FIRM = re.compile(r"(?P<head>[\u4e00-\u9fff]{2,6}?)基金")
_HAN_RUN_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,14}$")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _firms_before_titles(text: str) -> list[tuple[int, int]]:
    """Firms and their departments named before the title of a person (a kind of fund is no firm: 偏股|基金)."""
    spans = []
    for title in _HEAD_TITLE.finditer(text):
        end = title.start()
        run = _HAN_RUN_BEFORE.search(text, max(0, end - 14), end)
        if not run or (run.start() > 0 and run.start() == max(0, end - 14) and is_han(text[run.start() - 1])):
            continue  # (the run goes on further left: the name does not stand where a clause begins)
        name = run.group()
        if title.group() == "基金经理":
            m = _FUND_FIRM.fullmatch(name)
            if m and m.group("head")[-2:] not in _FUND_KINDS and not is_common_word(m.group("head"), 1):
                spans.append((run.start(), end))
        elif (m := _FIRM_DEPARTMENT.fullmatch(name)) and m.group("firm")[-4:-2] not in _FUND_KINDS:
            spans.append((run.start(), end))
    return spans


# Two outlets of one house joined by a slash or a middle dot before their reporter (扬子晚报 / 紫牛新闻记者 张斌,
# 齐鲁晚报·齐鲁壹点记者): the first ends like an outlet (found by the outlet endings); the second, the house's app or
# brand, often has no outlet's ending, and is named by standing there. The pair must stand before 记者: 文字/摄影记者
# holds no outlet (摄影 is a word, and 文字 ends no outlet).
_PAIRED_OUTLET = re.compile(rf"[\u4e00-\u9fff]{{1,10}}?{_OUTLET_ENDING}[ \u3000]*[/／·・][ \u3000]*"
                            r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?:首席|特约|实习|见习)?记者")


# Editions and kinds of reporter after the slash (海外版, 融媒体, 全媒体; data list): no outlet.
_REPORTER_KINDS = word_set("organization_reporter_kinds")


def _paired_outlets(text: str, place_surfaces: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the second outlet of a pair before 记者 (see above): no stop character, count, place, person's
    name, ordinary word (not 摄影, 文字), rank (首席), edition or kind of reporter (海外版, 融媒体)."""
    spans = []
    for m in _PAIRED_OUTLET.finditer(text):
        name = m.group("name")
        if (name[0] in _NOT_AN_OUTLET_START or set(name) & _NOT_IN_MEDIA or _NOT_MEDIA.search(name)
                or _COUNTED.search(name) or name in place_surfaces or dictionary_tag(name) in _NAME_TAGS
                or (is_word(name) and dictionary_tag(name) not in _SHORT_NAME_TAGS) or name in _REPORTER_KINDS):
            continue  # (人民日报/海外版记者, 南方日报 / 融媒体记者: an edition or a kind of reporter, no outlet)
        spans.append(m.span("name"))
    return spans


# An airline's short form, one character and 航 (东航, 国航, 南航), the dictionary's abbreviation or unknown to it; not
# 民航 or 首航 (data/organization_not_airlines.txt), nor a verb or noun (返航, 领航, 续航).
_NOT_AIRLINES = word_set("organization_not_airlines")
# The airline named by its flight: its short form right before the flight's number (东航MU5735航班, 国航CA1234).
_AIRLINE_FLIGHT = re.compile(r"(?P<name>[\u4e00-\u9fff]航)(?=(?:[A-Z][A-Z\d]|\d[A-Z])\d{2,4}(?!\d))")


def _airline_short_form(word: str) -> bool:
    """``word`` is one character and 航 that may be an airline's short form (东航, 川航, 深航), not 民航, 返航, 领航."""
    return len(word) == 2 and word[1] == "航" and word not in _NOT_AIRLINES and dictionary_tag(word) in (None, "j")


def _airlines_by_flight(text: str) -> list[tuple[int, int]]:
    """(start, end) of airlines named by their flight's number right after their short form (东航|MU5735)."""
    return [m.span("name") for m in _AIRLINE_FLIGHT.finditer(text) if _airline_short_form(m.group("name"))]


# An airline's short form recurs as the airline (东航MU5735…，东航表示), but not after a word of direction or before
# one of sailing or of a terminal (向东航行, 东航站楼), nor where its first character ends a word begun before it
# (我国|航空, 中国|航天员, 上海|航班, 广东|航运: _airline_recurrences).
_AIRLINE_RECURS = r"(?<![向往朝])%s(?![行站线道向])"


def _airline_recurrences(text: str, names: set[str]) -> list[tuple[int, int]]:
    """(start, end) of every other occurrence of the airlines named by their flight (see above), except inside a
    longer word: the short form's first character ends a frequent word begun before it (我国|航空 holds 国航, 上海|航班
    海航), which is the sentence's word, not the airline."""
    return [m.span() for name in sorted(names) for m in re.finditer(_AIRLINE_RECURS % re.escape(name), text)
            if not (m.start() > 0 and is_common_word(text[m.start() - 1 : m.start() + 1]))]


# An app named by its company's operation (支付宝, 微信支付; data list) is the company where it opens a clause (or
# follows 旗下) and announces, replies or launches (支付宝宣布组织架构调整, 微信支付回应称); elsewhere it is the app
# (用支付宝扫码, 支付宝健康码).
_APP_ACTING = re.compile(r"(?:^|(?<=[，,；;：:。！？!?\n“\"])|(?<=旗下))(?P<name>"
                         + "|".join(sorted(map(re.escape, words("organization_app_bodies")), key=len, reverse=True))
                         + r")(?:方面)?(?:\d{1,2}日)?(?:也|还|正式|再次|今日|昨日|近日|日前)?"
                           r"(?:宣布|表示|回应|推出|发布公告|发布声明|发文|声明|称(?!号))")


def _apps_acting(text: str) -> list[tuple[int, int]]:
    """(start, end) of the apps acting as their company (see above)."""
    return [m.span("name") for m in _APP_ACTING.finditer(text)]


def _named_outlet(name: str) -> bool:
    """An outlet's name: no stop character, no generic outlet (当地电视台), not the paper itself or a rank (本报, 首席)."""
    return not (_stops_in_outlet(name) or _generic_outlet(name) or _NOT_MEDIA.search(name))


# jieba's tags of the nouns an outlet's name is made of (经济|参考报, 和平|网): a stop character inside one stops nothing.
_NOUN_TAGS = frozenset({"n", "nz", "nt", "ns", "vn", "an"})


def _stops_in_outlet(name: str) -> bool:
    """A stop character stands in ``name`` as a word of its own (对此|新京报, 据|某某网): the name runs past the clause. One
    that begins or ends a frequent noun of the name (the 经 of 经济参考报, the 和 of 和平网) is part of the name."""
    for i, c in enumerate(name):
        if c not in _NOT_IN_MEDIA:
            continue
        nouns = [w for w in (name[i : i + 2], name[i - 1 : i + 1] if i else "") if len(w) == 2
                 and is_common_word(w, 1000) and dictionary_tag(w) in _NOUN_TAGS]
        if not nouns:
            return True
    return False


# An outlet named by its reporter at a clause's start (南都记者从某法院获悉, 财联社记者注意到) or after a verb of telling
# or citing (某某向|南都|记者提供, 业内人士对|财联社|记者表示, 接受|券商中国|记者采访): outlets without an outlet's ending
# (南都, 券商中国, 第一财经) as well. What follows 记者 must be a reporter's act, or the clause must have the verb before.
_REPORTER = re.compile(r"(?:^|(?<=[，,。；;：:\n（(“”\"]))(?P<lead>[^，,。；;：:\n（(“”\"]{0,30}?(?:向|对|接受|据|告诉))?"
                       r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?:首席|特约|实习|见习)?记者"
                       r"(?P<act>从|在|向|于|\d|获悉|了解到|查证|注意到|发现|采访|致电|联系|走访|提供|询问|独家|调查|暗访|实地|"
                       r"第一时间|近日|日前|今天|昨天|昨日|今日)?")
_NOT_AN_OUTLET_START = frozenset("这那该本此我贵各多一两几某每")
_SHORT_NAME_TAGS = frozenset({"j", "nt", "nz"})  # (the dictionary's abbreviations and proper nouns: 央视, 新华社)


def _outlets_before_reporters(text: str, place_surfaces: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the outlets named by their reporters (see above): a name of two to eight characters that holds
    no stop character, no verb and no count, is no place, no person's name and no rank or pronoun (本报, 这位, 首席)."""
    spans = []
    for m in _REPORTER.finditer(text):
        name = m.group("name")
        if not (m.group("lead") or m.group("act")):
            continue  # (…他记者出身: no reporter at work, no outlet)
        if (name[0] in _NOT_AN_OUTLET_START or set(name) & _NOT_IN_MEDIA or _NOT_MEDIA.search(name)
                or (len(name) == 2 and name[0] in _LEVEL)  # 省台, 市报: a station or paper named by its level alone
                or _COUNTED.search(name) or name in place_surfaces or dictionary_tag(name) in _NAME_TAGS
                or (is_word(name) and dictionary_tag(name) not in _SHORT_NAME_TAGS)
                or any(dictionary_tag(name[k : k + 2]) in _CLAUSE_TAGS for k in range(len(name) - 1))):
            # 这位|记者, 本报|记者, 老人告诉|记者, 北京|记者, 中外|记者, 现场|记者 (央视 is an abbreviation, j); and no
            # verb, time word, place word, adverb or pronoun inside (疫情期间|记者, 采访中|记者: when, not which outlet)
            continue
        spans.append(m.span("name"))
    return spans


def _cited(text: str, place_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Outlets and accounts named as the source of a report without quotes; a channel's account must begin with a
    place (据珠海香洲官微), an outlet must not be a generic one (据当地电视台报道)."""
    starts = {s for s, _ in place_spans}
    spans = [(m.start("name"), m.end("name")) for m in _CITED_CHANNEL.finditer(text) if m.start("name") in starts]
    spans += [(m.start("name"), m.end("name")) for m in _CITED_OUTLET.finditer(text)
              if not (_stops_in_outlet(m.group("name")) or _generic_outlet(m.group("name"))
                      or m.group("name").endswith(("官网", "网站", "政府网")))]  # (a body's site: the body is named)
    # (an outlet acting as a source, one told, a dateline's: each a named outlet, not a kind or a word of ours)
    spans += [(m.start("name"), m.end("name")) for pattern in (_OUTLET_ACTING, _TOLD_OUTLET, _DATELINE)
              for m in pattern.finditer(text) if _named_outlet(m.group("name"))]
    return spans


# A listed firm named by its stock's move in a list of moves (诺唯赞涨20.00%；热景生物涨15.50%): the short name before
# 涨 or 跌 and a percentage, where a clause or list item begins. Not an index, a board or a price (沪指, 创业板指, 猪肉价格).
# A move may be rounded (某某科技涨超30%, 某某汽车涨近20%, 某某股份跌逾5%) and said of the session (某某盘中一度涨超3%) or
# of a new share (新股|某某涨超3%): neither is part of the name. Coins, commodities and sectors move in rounded
# figures as often (比特币涨超5%, 沪镍涨近4%, 元宇宙涨逾3%): such a move names a firm only with a sign of listed shares in
# its sentence (个股方面, 中概股, 新股; data/organization_listed_share_words.txt) or a firm's form in the name (某某股份,
# 某某科技), or where the name is a firm's elsewhere in the text (find_organizations).
_STOCK_MOVE = re.compile(r"(?:(?<=[，,；;、：:。\n])|^)(?:新股|次新股)?(?P<name>[\u4e00-\u9fffA-Z*]{2,8}?)"
                         r"(?P<session>(?:盘中|早盘|午盘|午后|尾盘)?(?:一度)?)(?:涨|跌)(?:停|幅达?|(?P<round>幅超|超|近|逾|约))?"
                         r"\s*\d+(?:\.\d+)?%")
_LISTED_SHARE_WORD = re.compile("|".join(sorted(words("organization_listed_share_words"), key=len, reverse=True)))
_SENTENCE_ENDS = "。！？!?\n"
# (Nor a figure of a firm's accounts: 营收, 净利润, 销量, 人次 …)
_NOT_A_STOCK = re.compile(r"(?:指|指数|板块|概念|股|价|价格|费|率|额|量|值|润|收|入|本|数|出|口|业绩|规模|人次)$")
# Moves this close to each other make a list of stocks (a single 涨10% is a price or a figure as often as a stock).
_STOCK_LIST_GAP = threshold("organizations", "stock_list_gap")


def _stock_moves(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(start, end) of the firms named by their moves in a list of moves, and of the names whose rounded moves show no
    sign of a listed firm: these are firms only where the text names them as firms elsewhere."""
    if "%" not in text:
        return [], []
    moves = list(_STOCK_MOVE.finditer(text))
    spans, unsure = [], []
    for k, m in enumerate(moves):
        name = m.group("name")
        listed = (k > 0 and m.start() - moves[k - 1].end() <= _STOCK_LIST_GAP) \
            or (k + 1 < len(moves) and moves[k + 1].start() - m.end() <= _STOCK_LIST_GAP)
        widened = m.group("round") or m.group("session")
        if widened and name.isascii():
            continue  # 中概ETF KWEB、CQQQ|盘中一度涨超3%: a fund's or an index's ticker, no firm's name
        if not listed or _NOT_A_STOCK.search(name) or is_word(name, 1) \
                or (len(name) >= 4 and is_common_word(name[:2]) and is_common_word(name[2:4])):
            continue  # a word or a phrase of two words (猪肉价格), not a firm's short name
        if widened and not (_FIRM_FORM.search(name) or _TRADE_FORM.search(name) or _REGISTERED_FORM.search(name)
                            or _listed_shares_before(text, m.start("name"))):
            unsure.append(m.span("name"))  # 比特币涨超5%，以太坊涨近8%: coins, commodities or sectors as often
            continue
        spans.append(m.span("name"))
    return spans, unsure


def _listed_shares_before(text: str, start: int) -> bool:
    """A word of listed shares (个股, 中概股, 新股) in the sentence before ``start``."""
    begin = max(text.rfind(c, 0, start) for c in _SENTENCE_ENDS) + 1
    return bool(_LISTED_SHARE_WORD.search(text, begin, start))


# A listed firm named by its stock hitting the daily limit (九安医疗涨停, 若某某股份一字跌停): only a listed share (or a board
# or index, refused as for moves: 板块, 概念, 指数) moves to the limit, so the short name before 涨停 or 跌停, where a clause
# begins (after a conditional or a day word), is a firm's even when it stands alone, unlike a move in percent.
_LIMIT_MOVE = re.compile(r"(?:(?<=[，,；;、：:。！？\n])|^)(?:若|如果|如|其中|随后|而|但|且|昨日|今日|昨天|今天)?"
                         r"(?P<name>[\u4e00-\u9fffA-Z*]{2,6}?)(?:一字|集体|直线|午后|尾盘|早盘|盘中|再度|再次)?(?:封|触及|冲击)?(?:涨停|跌停)")


def _limit_moves(text: str) -> list[tuple[int, int]]:
    if "停" not in text:
        return []
    spans = []
    for m in _LIMIT_MOVE.finditer(text):
        if not _limit_name(m.group("name")):
            continue  # (个股|涨停, 该股|涨停, 多只|涨停: no firm named)
        spans.append((m.start("name"), m.end("name")))
        a = m.start("name")
        while a > 0 and text[a - 1] == "、":  # 甲乙重工、|丙丁水泥涨停: the shares listed before it hit the limit too
            item = _LIMIT_ITEM_BEFORE.search(text, max(0, a - 8), a - 1)
            if not item or not _limit_name(item.group("name")):
                break
            spans.append(item.span("name"))
            a = item.start("name")
    return sorted(spans)


# A listed firm named by its shares or its filings (所持甲乙高新股份809万股, 甲乙科技股价大跌, 甲乙股份公告称): only a listed
# firm has a share price (甲乙电源的股价), shares counted in 股 or an exchange filing, so the short name before these cues, where a clause
# begins or after a verb of holding or trading shares, is a firm's; its name then recurs as the firm (_NAMING_CUES). The
# name is checked as for a limit move (no board, no pronoun, no ordinary word: 公司股价, 该股股价, 个股公告 name none).
_SHARE_CUE = re.compile(r"(?:(?:(?<=[，,；;：:。！？\n])|^)(?:而|但|且|其中|随后|同期|当日|当天|今日|昨日|昨天|今天|近日|日前|近期|此前)?"
                        r"|(?:所持|持有|减持|增持|买入|卖出|买进|抛售|质押|回购)+)"
                        r"(?P<name>[\u4e00-\u9fffA-Z*]{2,6}?)"
                        r"(?:(?:股份|股票|A股|H股)(?=[\d,，.]+(?:万|亿)?股|共计?|合计|累计)"
                        r"|(?<=[\u4e00-\u9fff])的?股价|(?:晚间|早间|当晚|当日)?(?:发布|披露)?公告(?:称|显示|表示|指出))")


# A stake in a firm held or traded (康华生物持有甲乙生物2.34%股权, 收购丙丁科技51%股份): only a firm's equity is held
# in a percentage of 股权 or 股份, so the name between the verb and the percentage is a firm's.
# (a bound on the stake is no part of the name: 减持|公司|不超2.96%股份 names none; nor is the holding it comes from,
# 转让|所持|某某啤酒20%股权, and no name runs across a second deal: 收购控股股东持有|某某科技51%股权)
_STAKE_VERBS = "持有|收购|入股|增持|减持|转让|出售|受让|认购"
_STAKE = re.compile(rf"(?:{_STAKE_VERBS})(?:其?所持有?的?|的)?"
                    rf"(?P<name>(?:(?!{_STAKE_VERBS}|{_DEALS})[\u4e00-\u9fffA-Z*]){{2,8}}?)"
                    r"(?:不超过?|不低于|不少于|约|近|逾|超过?)?\d+(?:\.\d+)?%的?(?:股权|股份)")
# Words that make the words before a stake a part, a role or a kind rather than a firm's name (剩余|30%股权, 发行人,
# 原股东, 非核心业务, 境外企业; data/organization_stake_not_names.txt).
_NOT_A_STAKE_NAME = re.compile("|".join(sorted(words("organization_stake_not_names"), key=len, reverse=True)))


def _share_cues(text: str) -> list[tuple[int, int]]:
    if "股" not in text and "公告" not in text:
        return []
    return [m.span("name") for m in (*_SHARE_CUE.finditer(text), *_STAKE.finditer(text))
            if _limit_name(m.group("name")) and not set(m.group("name")) & _LEFT_STOP  # (房价与|股价: a list of prices)
            and not _COUNTED.search(m.group("name"))  # (多家券商|公告: firms counted, none named)
            and not _KIND_OF_FIRM_HELD.search(m.group("name"))
            and not (m.re is _STAKE and _NOT_A_STAKE_NAME.search(m.group("name")))]


def _kind_of_subsidiary(head: str) -> bool:
    """``head`` + 公司 is a subsidiary named by its kind (全资|子公司, 控股|子公司, 快递|子公司), not a firm whose name
    ends in 子 (金种子|公司): the words before 子 are an ordinary word, or none."""
    return head.endswith("子") and (len(head) == 1 or is_common_word(head[-3:-1], 1))


# A kind of firm whose stake is traded, none named (转让|子公司|100%股权, 收购|标的公司|51%股权).
_KIND_OF_FIRM_HELD = re.compile(r"(?:^[\u4e00-\u9fff]{0,2}|子|分)公司$")


# A firm named by a brand and a trade that is as often an ordinary noun after a word (商汤|科技, 斯微|生物, 九安|医疗;
# data/organization_brand_trades.txt), which no ending reads as a firm (绿色低碳|科技, 精准|医疗 are no firms). Where a
# clause begins and the firm acts right after it (its statement, filing, reply, approval, share price, officer, or its
# side of a story where it speaks: 商汤科技11日发布声明, 九安医疗回复…关注函, 记者从斯微生物方面获悉, 某某生物方面向
# 记者表示; not 方面 alone, a field as often: 对新冠医疗|方面的投入), the two make the firm's short name; the name then
# recurs as the firm (接种了斯微生物的疫苗).
_BRAND_TRADES = "|".join(sorted(words("organization_brand_trades"), key=len, reverse=True))
_FIRM_ACTS = "|".join(sorted({*(w for w in words("verbs_of_saying") if len(w) > 1), *words("organization_subject_acts"),
                              *words("organization_firm_cues"), *words("organization_firm_acts")}, key=len, reverse=True))
_FIRM_ACT_ADVERBS = "|".join(sorted(words("organization_firm_act_adverbs"), key=len, reverse=True))
_BRAND_TRADE = re.compile(r"(?:(?<=[，,；;、：:。！？!?\n（(“\"])|^|(?<=[从与和及对向由将被据的]))"
                          rf"(?P<name>(?P<head>[\u4e00-\u9fff]{{2,3}}?)(?:{_BRAND_TRADES}))"
                          rf"(?:方面(?=获悉|了解到|得知|表示|称|回应|向[^，,。；;！？]*?记者)|(?:方面)?(?:\d{{1,2}}日)?(?:{_FIRM_ACT_ADVERBS})?(?P<act>{_FIRM_ACTS}))")

# (an event named after the act, which the dictionary lacks: 低碳科技|发布会, 启动仪式)
_ACT_GOES_ON = re.compile(r"会|仪式")


def _brand_trade_firms(text: str, place_surfaces: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the firms named by a brand and a trade where a clause begins and the firm acts."""
    spans = []
    for m in _BRAND_TRADE.finditer(text):
        head = m.group("head")
        act_end = m.end("act")
        if m.group("act") and (is_word(text[m.start("act") : act_end + 1], 1) or _ACT_GOES_ON.match(text, act_end)):
            continue  # 某某科技|发布会, 某某科技|称号: the act's word runs on into a noun, the firm does not act
        if (head[0] in _NOT_A_NAME_START or head in place_surfaces or dictionary_tag(head) == "ns"
                or _COUNTRY_START.match(head) or is_word(head, _TRADE_HEAD_WORD) or is_function_word(head[:2])
                or (len(head) == 3 and (is_word(head[:2], _TRADE_HEAD_WORD) or is_word(head[1:], _TRADE_HEAD_WORD)))
                or set(head) & _LEFT_STOP or _COUNTED.search(head)):
            continue  # 智慧|医疗, 北京|科技, 美国|生物, 该|生物, 国内合成|生物: a kind of trade, a place's, or a phrase; not a brand
        spans.append(m.span("name"))
    return spans


# Words of the trading day and adverbs before 涨停 (开盘即|涨停, 截至收盘|涨停, 一度|涨停): when, not which share.
_NOT_A_SHARE = re.compile(r"盘|截至|截止|[即就便也均都再又曾]$|一度$|直接$|全线$|纷纷$|集体$")
# An item of a list of shares before 、 (its own start a clause's or another item's).
_LIMIT_ITEM_BEFORE = re.compile(r"(?:(?<=[，,；;、：:。！？\n])|^)(?P<name>[\u4e00-\u9fffA-Z*]{2,6})$")


def _limit_name(name: str) -> bool:
    """A share's short name: not a board, an index or a price, no pronoun, not an ordinary word or two frequent ones
    (猪肉价格; a rarer word in a firm's name, 海螺|水泥, is no phrase), and a brand the dictionary lists as a proper
    noun is a name (nz, nt)."""
    return not (_NOT_A_STOCK.search(name) or name[0] in _NOT_A_NAME_START or is_word(name, 1, but=("nz", "nt"))
                or is_function_word(name[:2]) or _NOT_A_SHARE.search(name)
                or (len(name) >= 4 and is_common_word(name[:2], 1000) and is_common_word(name[2:4], 1000)))


# The trades that end listed firms' short names (国药|控股, 国大|药房, 老百姓大|药房): their heads are often abbreviations that the
# dictionary lists as rare words (国药 91, 国大 114); a frequent word there is a kind (社区|大药房, 海洋|医药).
_TRADES = _COMPANY - {"集团", "股份有限公司", "有限责任公司", "有限公司", "公司"}
_TRADE_HEAD_WORD = threshold("organizations", "trade_head_word")


_LONGEST_PORT = threshold("organizations", "longest_port")


# Rules that find a body by how the text names it, not by a generic ending: their names recur as the body.
_NAMING_CUES = frozenset({"organization.stock_move", "organization.limit_move", "organization.share_cue", "organization.cited_source", "organization.attributed",
                          "organization.controlled_firm", "organization.reporter_outlet",
                          "organization.paired_outlet", "organization.airline_flight", "organization.handle"})
# The cues of business and digest news (session 20, org3): read last, where no other rule or LAC named a body; their
# names recur as the body too.
_BUSINESS_CUES = frozenset({"organization.digest_citation", "organization.disclosing_firm", "organization.ticker_name",
                            "organization.own_account", "organization.latin_cited", "organization.headline_speaker",
                            "organization.deal_party", "organization.founders_firm", "organization.latin_subject",
                            "organization.speaking_subject"})


# An item of an enumeration of firms: two to five characters between list marks (台积电、鸿海和永龄基金会). Business news
# pairs partners with a slash (西藏药业/斯微生物、丽珠集团: the developer and the firm it licensed from).
_LIST_MARK = "、和及与/／"
_LIST_ITEM = re.compile(r"(?:(?![、和及与等以/／])[\u4e00-\u9fffA-Za-z]){2,8}")
_ITEM_END = re.compile(r"[、和及与/／]|以及|等|[，。；;,（(）)“”\n]|$")
_FIRM_RULES = frozenset({"organization.known_name", "organization.stock_move", "organization.limit_move", "organization.share_cue", "organization.firm_before_title"})


def _is_firm(name: str, rule: str) -> bool:
    return rule in _FIRM_RULES and not name.endswith(tuple(_SHORT_GOVERNMENT)) or name.endswith(tuple(_COMPANY))


# An acronym in brackets after a list item (印度报业托拉斯（PTI）): a body's name glossed, which may be longer than a
# firm's short name.
_GLOSS_BEFORE = re.compile(r"[（(][A-Z][A-Za-z]{1,7}[）)]$")
_LONGEST_GLOSSED = threshold("organizations", "longest_glossed")


def _glossed_item(item: str, places: set[str]) -> bool:
    """A list item glossed by an acronym: a run of Chinese characters, not a place, not an ordinary word."""
    return (2 <= len(item) <= _LONGEST_GLOSSED and bool(re.fullmatch(r"[\u4e00-\u9fff]+", item))
            and item not in places and not is_word(item, 1, but=("nz", "nt", "nrt")))


def _firm_item(item: str, places: set[str]) -> bool:
    """A short name that can only be a firm's in a list of firms: no place, no ordinary word, no stop character."""
    if not 2 <= len(item) <= 5 or item in places or set(item) & _LEFT_STOP or set(item) & set(_LIST_MARK):
        return False
    return not is_word(item, 1, but=("nz", "nt", "nrt")) and not is_word(item[:2], 1000, but=("nz", "nt", "nrt", "ns"))


def _firms_listed_with_firms(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> None:
    """In an enumeration that begins with a firm found already (by a trade ending, a list of known names …) and
    reaches another body found already, the short items between them are firms too (复星实业与台积电、鸿海和永龄基金会:
    台积电, 鸿海), and so is every other occurrence of their names."""
    firms = sorted((a, b) for (a, b), rule in spans.items() if _is_firm(text[a:b], rule))
    body_starts = {a for a, _ in spans}
    listed: set[str] = set()
    for a, b in firms:
        items, e = [], b
        while (mark := 2 if text.startswith("以及", e) else 1 if text[e : e + 1] in _LIST_MARK else 0) and len(items) < 8:
            if e + mark in body_starts:  # (the enumeration reaches a body found already: the items are firms)
                for s2, t2 in items:
                    if _firm_item(text[s2:t2], places):
                        spans.setdefault((s2, t2), "organization.listed_firm")
                        listed.add(text[s2:t2])
                break
            m = _LIST_ITEM.match(text, e + mark)
            if not m or not _ITEM_END.match(text, m.end()):
                break
            items.append((m.start(), m.end()))
            e = m.end()
    _recur(text, listed, spans)  # (and where the firm's name recurs)


# A list whose 等 is followed by a kind of firm (甲、乙、丙等货运平台, 甲、乙等多家车企): each item names one.
_KINDS_AFTER_LIST = "|".join(sorted(words("organization_kinds_after_list"), key=len, reverse=True))
_KIND_AFTER_LIST = re.compile(r"等(?:多个|众多|知名|主要|大型|头部|国内|各大|[一二两三四五六七八九十几多\d]+个"
                              # (等超100家省内企业: a count may be rounded, 超, 近, 逾, 约)
                              # (等超1000户企业, 等100余家企业: firms are counted in 户 too, and a count may be 余 or 多 more)
                              r"|(?P<counted>多家|(?:超|近|逾|约)?[一二两三四五六七八九十几多\d]+(?:余|多)?[家户])"
                              # (等多家业界知名公司: words that rank the firms may stand between the count and the kind)
                              r"(?:业界|业内|国内|国际|全球|行业|知名|头部|龙头|领先|大型|主要|重点){0,2})?"
                              # (等5家航运企业: a count in 家 makes any trade before 企业/公司 a kind of firm)
                              rf"(?:{_KINDS_AFTER_LIST}|(?<=家)[\u4e00-\u9fff]{{2}}(?:企业|公司))")
_LIST_OPENER = re.compile(r"^(?:在|由|与|如|包括|像|例如|比如|从|对|和|及|向|经|据|综合|是|有)+")
_LIST_SPLIT = re.compile(r"以及|[、和及与]")
# Words that introduce a list inside a clause (…下属企业包括甲、乙等多家公司).
_LIST_INTRODUCED = re.compile(r"包括|例如|比如|诸如")


def _counted_item(item: str, places: set[str]) -> bool:
    """An item of a list counted in 家 (甲、乙等10家公司): a name of two to eight characters or letters that is not a
    place's and holds no stop character (not 北京、上海等多家企业, not 其中某公司)."""
    return (2 <= len(item) <= 8 and item not in places and bool(re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", item))
            and not set(item) & _LEFT_STOP and not _COUNT_WORD.match(item[0]) and not item.startswith(("某", "多", "其"))
            and not any(item.endswith(p) or item.startswith(p) and not _place_and_name(item, p, places)
                        for p in places if len(p) >= 2))


# Characters a firm's own name must have after the place it begins with (湖北|宏图中药材, 襄阳|欣保丰农业), so that a
# place with a short word after it (北京|市区, 武汉|三镇) is never read as a firm of a counted list.
_NAME_AFTER_PLACE = threshold("organizations", "name_after_place")


def _place_and_name(item: str, place: str, places: set[str]) -> bool:
    """``item`` is a place and a name of its own after it (英山县|吉利中药材): the words after the place are long enough
    to name a firm, are no place themselves and begin with no level word (湖北|省农业厅 is a body, not a firm's name)."""
    rest = item[len(place):]
    return (len(rest) >= _NAME_AFTER_PLACE and rest not in places and rest[0] not in _LEVEL
            and not any(rest.startswith(p) for p in places if len(p) >= 2))


# A firm written once in its registered form (国投电力控股股份有限公司) is named again by the words before that form
# (国投电力): where those words recur alone, they are the firm.
_REGISTERED_FORM = re.compile(r"(?:控股|集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司)$")
_REGISTERED_ENDINGS = frozenset({"股份有限公司", "有限责任公司", "有限公司", "股份公司"})
_SHORTEST_SHORT_FORM = threshold("organizations", "shortest_short_form")  # (two characters are as often an ordinary word: 华为 is known, 东方 is not a firm)
# A firm named by two characters and its trade (富途证券, 东盛集团): the two characters name it again alone (富途承担)
# where the dictionary does not know them as a word at all (东方, 招商, 盐湖 are words; 富途, 东盛 are not). So do the
# trades of brand-and-trade names (某某生物 … 某某方面称, data/organization_brand_trades.txt).
_TRADE_FORM = re.compile(rf"(?:证券|药业|制药|控股|股份|集团|{_BRAND_TRADES})$")


def _short_form(head: str, places: set[str]) -> bool:
    """Words before a firm's registered form or trade that can stand for the firm: Chinese characters only, no place
    nor a name that begins with one, no ordinary word; two characters only where the dictionary lacks them."""
    if not (2 <= len(head) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", head)) or head in places \
            or any(head.startswith(p) for p in places):
        return False
    if len(head) < _SHORTEST_SHORT_FORM:
        # (or a brand the dictionary knows as a proper noun or an abbreviation that is no frequent word: 国美|集团 …
        # 国美员工, 中粮; not 美的 or 平安, which it tags as other words)
        brand = dictionary_tag(head) in ("nz", "j") and not is_common_word(head, 1000)
        return (brand or not is_word(head, 1)) and head[0] not in _NOT_A_NAME_START and not _COUNT_WORD.match(head[0])
    return not is_common_word(head, 1)


# (扬子江药业集团 … 扬子江: the trade and 集团 after the words of the name, as 控股 and the registered form are)
_FIRM_FORM = re.compile(r"(?:药业|医药|制药|科技|电子|股份|控股)?集团$")


# A post written right before a firm's short form makes it a person's name (科学家|沃森 after 沃森生物): the person rules
# read names after posts (data/person_positions.txt), and a span the organizations take is not theirs.
_POSITIONS = words("person_positions")
_POSITION_BEFORE = re.compile("(?:" + "|".join(sorted(_POSITIONS, key=len, reverse=True)) + ")$")
_LONGEST_POSITION = max(map(len, _POSITIONS))


# Kinds of place after two characters that make them a place's name, not a firm's short form (新华|街道, 国美|小区);
# not where the one-character kind begins a whole ordinary word (国美|市值, 国美|区域; data list).
_PLACE_KINDS_AFTER = ("苏木", "嘎查", "社区", "街道", "小区", "路", "街", "镇", "乡", "村", "区", "县", "市")
_WORDS_AFTER_SHORT_FORM = tuple(words("organization_words_after_short_form"))
# Facility words after a brand (万达|广场, 万达|影城; data list): the site, a facility in annotation.md, not the firm.
_FACILITIES_AFTER_BRAND = tuple(sorted(words("organization_facilities_after_brand"), key=len, reverse=True))


def _after_surname(text: str, i: int) -> bool:
    """A surname stands right before ``i`` as a word of its own (张|建华说, 志愿者王|红星, 王|永辉表示): the two
    characters from ``i`` are a person's given name, not a firm's short form; not a preposition (和, 向, 由, also
    surnames) nor a character that ends a word begun before it (旗下|国美)."""
    return (i > 0 and text[i - 1] in SINGLE and text[i - 1] not in _LEFT_STOP
            and not (i > 1 and is_common_word(text[i - 2 : i])))


def _short_forms_of_registered_firms(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> None:
    heads = set()
    for a, b in spans:
        m = _REGISTERED_FORM.search(text, a, b) or _FIRM_FORM.search(text, a, b) or _TRADE_FORM.search(text, a, b)
        if m and m.end() == b:
            head = text[a : m.start()]
            if _short_form(head, places) and (m.re is not _TRADE_FORM or len(head) == 2):
                heads.add(head)
    longest_at: dict[int, int] = {}
    for a, b in spans:
        longest_at[a] = max(longest_at.get(a, b), b)
    for head in sorted(heads):
        for m in re.finditer(re.escape(head), text):
            if len(head) == 2 and _inside_words(text, m.start(), m.end()):
                continue  # 中|国金|融: two characters of a short form cut from other words, not the firm
            if len(head) == 2 and text.startswith(_PLACE_KINDS_AFTER, m.end()) \
                    and not text.startswith(_WORDS_AFTER_SHORT_FORM, m.end()):
                continue  # 新华|街道, 新华|路: a place named by the same two characters, not the firm (新华集团); but
                # 国美|市值, 国美|区域: a whole word that begins with the kind's character, which is no place
            if len(head) == 2 and (_after_surname(text, m.start()) or text.startswith(_FACILITIES_AFTER_BRAND, m.end())):
                continue  # 张|建华, 志愿者王|红星: a person's given name; 万达|广场: the site, not the firm
            if _product_name(text, m.start(), head):
                continue  # 阿里巴巴|国际站: the firm's product named whole, not the firm (as for known names)
            if _POSITION_BEFORE.search(text, max(0, m.start() - _LONGEST_POSITION), m.start()):
                continue  # 世卫组织科学家|沃森表示: a person after a post (persons.py reads it), not 沃森生物's short form
            if longest_at.get(m.start(), m.end()) > m.end():
                continue  # (智飞|生物: the brand at the start of the full name found there is no name of its own, which
                # the name before it could be joined to: A股疫苗公司|智飞)
            spans.setdefault((m.start(), m.end()), "organization.short_form")


def _inside_words(text: str, start: int, end: int) -> bool:
    """The first character of ``text[start:end]`` ends a word begun before it and the last begins a word after it
    (中国|金融 holds 国金; 恒大|化解 keeps 恒大: one side alone is often chance)."""
    return start > 0 and is_common_word(text[start - 1 : start + 1]) and is_common_word(text[end - 1 : end + 1])


# Characters read back from 等 for the items of a list before a kind (a list of a dozen firms and colleges, 联合甲、乙、
# …等12家企事业单位, runs to some ninety).
_LONGEST_LIST_BEFORE_KIND = threshold("organizations", "longest_list_before_kind")


def _verb_before_first_item(text: str, begin: int, end: int) -> int:
    """Characters of a verb that opens the clause of a list before its first item (联合|甲大学、乙公司…等12家单位,
    携手|甲、乙等企业): a two-character verb of the dictionary with a name of ``_SHORTEST_SHORT_FORM`` characters or
    more after it in the item; or a preposition of the dictionary at the item's start or after one character (可|通过|
    美团、饿了么等平台) with a name of two characters or more after it; else 0 (联合利华, 联合国: a name that begins with
    the verb keeps it)."""
    first = re.match(r"[^、和及与]*", text[begin:end]).group()
    verb = first[:2]
    if len(first) - 2 >= _SHORTEST_SHORT_FORM and dictionary_tag(verb) == "v":
        return 2
    # (可|通过|甲乙、丙丁等平台, 通过|甲乙、丙丁等平台: a preposition of means, alone or after a modal, opens the clause)
    for at in (0, 1):
        if dictionary_tag(first[at : at + 2]) == "p" and len(first) - at - 2 >= 2:
            return at + 2
    return 0


_GENERIC_FIRM_KIND = re.compile(r"(?:企业|公司|单位|机构|平台)$")


def _trades_before_generic_kind(kind: str, items: list[str]) -> bool:
    """A counted list whose every unfound item is an ordinary word, before a generic kind of firm, names trades, not
    firms (化工、钢铁等多家企业); before a kind that is itself a trade the same words are the firms' short names
    (工行、建行、中行等7家银行)."""
    return bool(_GENERIC_FIRM_KIND.search(kind)) and all(is_common_word(item) for item in items)


def _whole_items_from(text: str, begin: int, end: int) -> int:
    """Where the list read back from ``end`` begins with a whole item: ``begin`` where the reading stopped at a stop
    mark or the text's start; else, where it stopped at its length limit inside an item, after the next 、 (the cut
    item is left out rather than read as a fragment of a name)."""
    if begin == 0 or text[begin - 1] in "，。；;：:\n“”\"（）()！？!?、" or end - begin < _LONGEST_LIST_BEFORE_KIND:
        return begin
    mark = text.find("、", begin, end)
    return mark + 1 if mark >= 0 else begin


# A list before 等, a trade of two characters and a generic kind of body (甲、乙等担保机构, 甲、乙、丙等视频平台): the
# trade only says what the bodies do, so the items are names as before a kind of the list above (data list of the
# generic kinds). Only the strict test of every item applies (no ordinary word: 化工、钢铁等传统企业 names trades).
_KINDS_QUALIFIED_BY_TRADE = "|".join(sorted(words("organization_generic_kinds_after_trade"), key=len, reverse=True))
_TRADE_KIND_AFTER_LIST = re.compile(rf"等(?P<trade>[\u4e00-\u9fff]{{2}})(?:{_KINDS_QUALIFIED_BY_TRADE})")
# A list counted right after its last item, with no 等 (甲、乙、丙和丁4家公司): the count names the items one by one,
# so it must equal the number of items; not after a word that ends a clause's other words (其中|4家, 共|3家, 有|2家).
_COUNT_AFTER_LIST = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])(?<![等的有了共约超近逾余这那其各每和与及或中是为])"
                               r"(?P<counted>(?P<count>[两三四五六七八九十]|\d{1,2})家)"
                               rf"(?:{_KINDS_AFTER_LIST}|[\u4e00-\u9fff]{{2}}(?:企业|公司))")
_CHINESE_COUNTS = {c: n for n, c in enumerate("一两三四五六七八九十", 1)}
_LONGEST_TRADE_ITEM = threshold("organizations", "longest_trade_item")


def _list_count(m: re.Match) -> int | None:
    """The count written after a list with no 等 (4家, 四家), or None for a list before 等."""
    if m.re is not _COUNT_AFTER_LIST:
        return None
    count = m.group("count")
    return int(count) if count.isdigit() else _CHINESE_COUNTS[count]


def _kinds_after_lists(text: str) -> list[re.Match]:
    """Every list's end before a kind of firm: 等 and a kind (the list), 等 and a trade with a generic kind, or an exact
    count and a kind after the last item; a 等 the first reading takes is not read again as a trade's."""
    ends = list(_KIND_AFTER_LIST.finditer(text))
    taken = {m.start() for m in ends}
    ends += [m for m in _TRADE_KIND_AFTER_LIST.finditer(text) if m.start() not in taken]
    return ends + list(_COUNT_AFTER_LIST.finditer(text))


_EARLIER_LIST_END = re.compile(r"等[^、，。；;：:\n]{0,10}?(?:以及|[及和与])")


def _after_earlier_list(text: str, begin: int, end: int) -> int:
    """Where the words read back from a list's 等 hold an earlier list's 等, its kind and a joiner (甲、乙等10余家银行|及|
    丙、丁等担保机构), the list begins after that joiner; else at ``begin``."""
    last = None
    for last in _EARLIER_LIST_END.finditer(text, begin, end):
        pass
    return last.end() if last else begin


def _item_of_trade(text: str, a: int, b: int, trade: str, spans: dict[tuple[int, int], str], places: set[str]) -> bool:
    """An item of a list before 等, a trade and a generic kind that names one body of that trade: it ends in the
    trade after a name of two characters or more (河南甲乙担保、郑州丙丁担保等担保机构), or it begins with a body found
    already and goes on with the trade (甲乙视频 beside 甲乙, in 丙丁、甲乙视频等视频平台: the firm's own platform). No stop
    character, no place alone, at most ``longest_trade_item`` characters."""
    item = text[a:b]
    if not 2 <= len(item) <= _LONGEST_TRADE_ITEM or item in places or set(item) & _LEFT_STOP \
            or _COUNT_WORD.match(item[0]) or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", item):
        return False
    if item.endswith(trade) and len(item) - len(trade) >= 2 and item[: -len(trade)] not in places:
        return True
    return item.endswith(trade) and any(s == a and a < e < b for s, e in spans)


def _exactly_counted_item(item: str, places: set[str]) -> bool:
    """An item of a list whose count after it is the number of items (甲、乙、丙和丁4家公司) may be a place and a name of
    two characters that is no common word (厦门|信达): the count already says the items are the firms."""
    return 2 <= len(item) <= 8 and bool(re.fullmatch(r"[\u4e00-\u9fff]+", item)) and any(
        item.startswith(p) and len(item) - len(p) >= 2 and item[len(p):] not in places
        and not is_common_word(item[len(p):]) for p in places if len(p) >= 2)


def _firms_listed_before_kind(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> None:
    """The items of a list before 等 and a kind of firm are firms, all or none (在货车帮、运满满、货拉拉等货运平台上),
    and so is every other occurrence of their names. So are the items before 等, a trade and a generic kind
    (甲、乙等担保机构: ``organization.listed_before_trade_kind``) and those before an exact count and a kind with no 等
    (甲、乙、丙和丁4家公司: ``organization.exactly_counted_list``, only where the count is the number of items)."""
    listed: set[str] = set()
    for m in _kinds_after_lists(text):
        count = _list_count(m)
        strict_rule = "organization.listed_before_trade_kind" if m.re is _TRADE_KIND_AFTER_LIST \
            else "organization.listed_before_kind"
        counted_rule = "organization.exactly_counted_list" if count else "organization.counted_list"
        begin = m.start()
        while begin > 0 and m.start() - begin < _LONGEST_LIST_BEFORE_KIND:
            if gloss := _GLOSS_BEFORE.search(text, max(0, begin - 12), begin):
                begin = gloss.start()  # (an item glossed by its acronym: 印度报业托拉斯（PTI）)
                continue
            if text[begin - 1] in "，。；;：:\n“”\"（）()！？!?":
                break
            begin -= 1
        begin = _whole_items_from(text, begin, m.start())
        begin = _after_earlier_list(text, begin, m.start())
        segment = text[begin : m.start()]
        if not _LIST_SPLIT.search(segment):
            continue  # one item alone before 等 is as often a kind as a name
        opener = _LIST_OPENER.match(segment)
        offset = begin + (opener.end() if opener else 0)
        if m.groupdict().get("counted") and (inner := list(_LIST_INTRODUCED.finditer(segment))):
            offset = begin + inner[-1].end()  # (该公司下属企业包括|长江存储、紫光展锐等多家公司: the list begins after 包括)
        offset += _verb_before_first_item(text, offset, m.start())
        items, at, glossed = [], offset, set()
        for part in _LIST_SPLIT.split(text[offset : m.start()]):
            gloss = _GLOSS_BEFORE.search(part)
            if gloss and gloss.start():
                glossed.add(at)
            items.append((at, at + (gloss.start() if gloss and gloss.start() else len(part))))
            at += len(part) + 1
        # (万孚生物、东方生物等公司: one item found already, by a known name or an ending, is a firm whatever words it
        # is made of; the other items still need a firm's short name. Where two are found, _list_siblings reads the
        # others by its own tests.)
        if count and len(items) != count:
            continue  # (the count is not the items': the words before it are no list of these firms)
        found = {(a, b) for a, b in items if (a, b) in spans} if sum((a, b) in spans for a, b in items) == 1 else set()
        # (a trade's list needs one item, at least, that shows the trade: 甲乙担保、…等担保机构, 腾讯视频 among 视频平台;
        # 甲乙海运、丙丁罗特等航运企业 may list kinds as well as firms)
        anchored = m.re is not _TRADE_KIND_AFTER_LIST or any(
            _item_of_trade(text, a, b, m.group("trade"), spans, places) for a, b in items)
        if not count and anchored and all((a, b) in found or (_glossed_item(text[a:b], places) if a in glossed
                                   else _firm_item(text[a:b], places) and not _two_words(text[a:b], places)
                                   or m.re is _TRADE_KIND_AFTER_LIST
                                   and _item_of_trade(text, a, b, m.group("trade"), spans, places))
               for a, b in items):
            for a, b in items:
                spans.setdefault((a, b), strict_rule)
                listed.add(text[a:b])
        elif m.groupdict().get("counted") and all(_counted_item(text[a:b], places) or count and _exactly_counted_item(text[a:b], places)
                                                  for a, b in items if (a, b) not in spans) \
                and any((a, b) not in spans for a, b in items) \
                and not _trades_before_generic_kind(m.group(), [text[a:b] for a, b in items if (a, b) not in spans]):
            # 翔宇医疗、华阳集团、TCL科技、完美世界等10家公司: a list counted in 家 of a kind of firm names firms,
            # even items that are also ordinary words (完美世界) or mix letters and characters (TCL科技).
            for a, b in items:
                spans.setdefault((a, b), counted_rule)
                listed.add(text[a:b])
    _recur(text, listed, spans)


# A list of firms (中信证券（211名）、海通证券（282名）、甲乙君安（301名）…和东方证券（416名）): where two or more items of one
# enumeration are firms found already, the other items are firms too, and every other occurrence of their names of three
# characters or more. Unlike _firms_listed_with_firms, the items may carry a bracketed note (a rank, a stock code,
# a share), the unknown item may be the last one, and an item that ends in the trade of a listed sibling is a firm even
# where its head is an ordinary word (招商|证券, 东方|证券 beside 中信证券). The last item must end the clause (or stand
# before a note, 等 or 均), so that no predicate is read into it (中石化、中石油和中国建筑毫无悬念…).
_BRACKET_NOTE = re.compile(r"[（(][^（）()\n]{1,14}[）)]")
_SIBLING_CLAUSE = re.compile(r"[^，,。；;！？!?：:\n]+")
_SIBLING_LAST_LINK = re.compile(r"以及|[和及与]")
# Words that end the words before a list's first item (股东还包括|合肥百货、…).
_LIST_INTRODUCER = re.compile(r"包括|分别是|分别为|依次是|依次为|例如|比如|除了?")
_AFTER_LAST_SIBLING = re.compile(r"$|等|均|都|分别|先后|依次")
# Endings of found names that make them firms for a list (证券, 银行: an ending the spans share with _NAMED_BY_BRAND).
_SIBLING_FIRM_ENDINGS = tuple(_COMPANY | _NAMED_BY_BRAND | {"银行"})


def _sibling_firm(name: str, rule: str) -> bool:
    return rule not in _TAGGED_RULES and (_is_firm(name, rule) or name.endswith(_SIBLING_FIRM_ENDINGS))


def _sibling_item(item: str, places: set[str], trades: set[str], loose: bool = True) -> bool:
    """An unknown item of a list of firms that can be a firm's short name: two to six characters, no place, no stop
    character, no pronoun or count at its start; and either no ordinary word (_firm_item), or the trade of a sibling
    after a head of two characters or more (东方证券), or, where ``loose``, four characters that are no word and not
    two frequent words (甲乙君安; not 分享通信)."""
    if not (2 <= len(item) <= 6 and re.fullmatch(r"[\u4e00-\u9fffA-Z*]+", item)) or item in places \
            or set(item) & _LEFT_STOP or item[0] in _NOT_A_NAME_START or _COUNT_WORD.match(item[0]) \
            or is_function_word(item[:2]):
        return False
    if len(item) >= 4 and item[-2:] in trades:
        return True
    if _two_words(item, places):
        return False  # 爱心|人士, 小区|业主: two ordinary words, people beside the firms (合肥|百货 is a firm's name)
    return _firm_item(item, places) or (loose and len(item) == 4 and not is_word(item, 1, but=("nz", "nt")))


# How often each half of a four-character list item must be in the dictionary for the item to be two words, not a
# firm's short name: 爱心|人士, 小区|业主, 周边|商户 (a donors' list beside two firms) are people; 国泰|君安 (76, 31) is a
# firm's. (1,000 let 小区业主 and 周边商户 through: an independent review's cases.)
_TWO_WORDS = threshold("organizations", "two_words")


def _list_items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The items of the enumeration in the clause text[a:b], bracketed notes left out: split at 、, and the last part
    once more at 和, 及, 以及 or 与 where that leaves two items; an empty list where the clause holds no 、."""
    clause = _BRACKET_NOTE.sub(lambda m: "\0" * len(m.group()), text[a:b])
    if "、" not in clause:
        return []
    items, at = [], a
    for part in clause.split("、"):
        items.append((at, at + len(part.rstrip("\0"))))
        at += len(part) + 1
    if (etc := clause.find("等", items[-1][0] - a)) > items[-1][0] - a:  # (…、英特尔|等超1000户企业)
        items[-1] = (items[-1][0], a + etc)
    last = _SIBLING_LAST_LINK.search(clause, items[-1][0] - a, items[-1][1] - a)
    if last:
        left = clause[items[-1][0] - a : last.start()].rstrip("\0")
        items[-1:] = [(items[-1][0], items[-1][0] + len(left)), (a + last.end(), items[-1][1])]
    return items


def _two_words(item: str, places: set[str]) -> bool:
    """Four characters that are two ordinary words (爱心|人士, 小区|业主): people or things beside the firms of a list,
    not a firm's short name (合肥|百货 begins with a place, a firm's name)."""
    return len(item) == 4 and is_common_word(item[:2], _TWO_WORDS) and is_common_word(item[2:], _TWO_WORDS) \
        and dictionary_tag(item[:2]) != "ns" and item[:2] not in places


def _list_siblings(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> None:
    if "、" not in text:
        return
    ends = {b: a for (a, b), rule in spans.items() if _sibling_firm(text[a:b], rule)}
    listed: set[str] = set()
    for clause in _SIBLING_CLAUSE.finditer(text):
        items = _list_items(text, *clause.span())
        found = [(a, b) for a, b in items if b in ends and ends[b] >= a]
        if len(found) < 2:
            continue
        trades = {text[b - 2 : b] for _, b in found}
        for k, (a, b) in enumerate(items):
            if (a, b) in found:
                continue
            # The first item may hold the words before the list: after an introducer it begins there (股东还包括|合肥百货);
            # without one, only a name that is no word at all is taken (not 今年腾讯).
            introduced = k > 0
            if k == 0 and (heads := [m.end() for m in _LIST_INTRODUCER.finditer(text[a:b])]):
                a, introduced = a + heads[-1], True
            note = _BRACKET_NOTE.match(text, b)
            if k == len(items) - 1 and not _AFTER_LAST_SIBLING.match(text[note.end() if note else b : clause.end()]):
                continue
            if _sibling_item(text[a:b], places, trades, loose=introduced):
                spans.setdefault((a, b), "organization.list_sibling")
                listed.add(text[a:b])
    _recur(text, [n for n in listed if len(n) >= 3], spans)


# A centre or base written before 项目 or 工程 names a building project (甲乙金融中心项目开工, …中心项目效果图), not a
# body, and so does the same name where it recurs (活动设置甲乙金融中心主会场); a project's team (…中心项目组) or an
# engineer (工程师) leaves the body as it is.
_PROJECT_ENDINGS = ("中心", "基地")
_PROJECT_AFTER = re.compile(r"项目(?![组部办])|工程(?![师部])")


def _drop_projects(text: str, spans: dict[tuple[int, int], str]) -> None:
    projects = {text[a:b] for a, b in spans if text[a:b].endswith(_PROJECT_ENDINGS) and _PROJECT_AFTER.match(text, b)}
    for a, b in [span for span in spans if text[span[0]:span[1]] in projects]:
        del spans[(a, b)]


# A list whose items are each glossed by a Latin name in brackets (甲乙电（TSMC）、丙丁科（MediaTek）及戊己（Qualcomm）):
# the news glosses foreign firms so, and two or more glossed items joined by list marks are firms (a person is glossed by
# a full name with a space, which the one-word gloss refuses; a lone gloss may be a place or a product, left alone). Each
# name recurs as the firm where it has three characters or more (as for other cued names).
_LATIN_GLOSS = r"[（(][A-Z][A-Za-z&\-]{1,19}[）)]"
_GLOSSED_ITEM = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,8}}){_LATIN_GLOSS}")
_GLOSS_LINK = re.compile(r"、|和|及|与|以及")
# Variants of the virus are glossed in lists the same way (德尔塔（Delta）、奥密克戎（Omicron）等变异株): a list followed
# closely by 株 or 变异 names strains, not firms.
_VARIANT_AFTER = re.compile(r"株|变异|变种|病毒")
_VARIANT_REACH = threshold("organizations", "variant_reach")


def _glossed_firm(item: str, places: set[str]) -> bool:
    """A glossed list item that can be a firm's name: Chinese characters only, no place, no function word, and no
    frequent ordinary word (a brand the dictionary tags as a proper noun is one: nz, nt)."""
    return (2 <= len(item) <= 8 and item not in places and not is_function_word(item)
            and not is_word(item, 1000, but=("nz", "nt", "nr", "nrt")))


def _glossed_lists(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> None:
    if "（" not in text and "(" not in text:
        return
    runs: list[list[tuple[int, int]]] = []
    last_end = -1
    for m in _GLOSSED_ITEM.finditer(text):
        a, b = m.span("name")
        while a < b and text[a] in _LEFT_STOP:
            a += 1
        # (the name begins after the last stop character inside the run: 中国台湾的|甲乙电)
        a = max([a] + [i + 1 for i in range(a, b) if text[i] in _LEFT_STOP])
        if b - a < 2:
            last_end = -1
            continue
        linked = last_end >= 0 and _GLOSS_LINK.fullmatch(text[last_end:a]) is not None
        if linked:
            runs[-1].append((a, b))
        else:
            runs.append([(a, b)])
        last_end = m.end()
    listed = set()
    for run in runs:
        if len(run) < 2 or not all(_glossed_firm(text[a:b], places) for a, b in run) \
                or _VARIANT_AFTER.search(text, run[-1][1], run[-1][1] + _VARIANT_REACH) \
                or 2 * sum(looks_transliterated(text[a:b]) for a, b in run) > len(run):
            continue  # (拜登（Biden）、约翰逊（Johnson）: a list of mostly transliterated names is one of persons)
        for a, b in run:
            spans.setdefault((a, b), "organization.glossed_list")
            listed.add(text[a:b])
    _recur(text, [n for n in listed if len(n) >= 3], spans)


# A foreign body named in apposition right after its kind (美国知名食品企业|家乐氏（Kellogg's）, 全球知名调查机构|盖洛普
# （Gallup）, 汽车租赁巨头|Hertz, 物流地产平台|ESR): business and world news introduce a foreign firm so, once, and then
# name it bare (地产平台ESR … ESR与GIC). After the kind (data/organization_kinds_before_name.txt) a Chinese name is read
# only where its Latin form glosses it in brackets, a Latin name as written; each recurs (a Chinese one from three
# characters on, as other cued names). Not after a kind that ends a name found already (苹果公司|iPhone: that firm's
# product), nor a Latin abbreviation that names no body (公司|CEO), nor a model (公司|Model 3), nor after a person's
# kind (企业家|马某（Ma）, 媒体人|…), nor a name holding a firm officer's title (公司创始人|马某).
_KINDS_BEFORE_NAME = "|".join(sorted(words("organization_kinds_before_name"), key=len, reverse=True))
_LATIN_NAME = r"[A-Za-z][A-Za-z0-9&'’.\-]*(?: [A-Z][A-Za-z0-9&'’.\-]*){0,3}"
_NAME_AFTER_KIND = re.compile(rf"(?:{_KINDS_BEFORE_NAME})[ \u3000]?"
                              rf"(?:(?P<han>[\u4e00-\u9fff]{{2,6}}?)[ \u3000]?[（(](?P<gloss>{_LATIN_NAME})[）)]"
                              rf"|(?P<latin>{_LATIN_NAME})(?![A-Za-z0-9]| ?\d))")
_KIND_ENDS_AT = re.compile(rf"(?:{_KINDS_BEFORE_NAME})$")
# (a rank's kind, after which a name may stand in apposition: a kind of firm or institution, or a city)
_RANKED_KIND = re.compile(rf"(?:{_KINDS_BEFORE_NAME}|城市)")


def _after_ranked_kind(head: str, rank_end: int) -> int | None:
    """Where a name begins after a rank and its kind in ``head`` (第二大钢铁企业|鞍钢), or None where the rank
    describes the body itself (第二大|银行, 最大方舱|医院): two characters of name at least must follow the kind."""
    kinds = list(_RANKED_KIND.finditer(head, rank_end))
    if not kinds or len(head) - kinds[-1].end() < 2:
        return None
    return kinds[-1].end()


# (企业|家, 银行|家, 媒体|人: the kind and this character make a word for a person, 企业家, 媒体人; a name read there
# must be glossed by one Latin word, as a firm is, 企业|家乐氏（Kellogg's）, not by a person's full name, 企业家|马某（Jack Ma）)
_PERSON_AFTER_KIND = frozenset("家人者商")
# (a kind that points back, 该公司|iPhone, 本平台|Pro, or stands bare at a clause's start, 公司|Model Y, ，公司|Omicron, is the
# firm the story is about, and what follows it is that firm's product or term; a kind introduces a body's name only as
# the head of a description, 数据服务公司|Chenwu, 汽车租赁巨头|Hertz)
_POINTING = frozenset("该本这那此其各每我贵某")
# (分析师|艾夫斯（Dan Ives）, 基金会主席|盖茨（Bill Gates）, 基金会前|主席|盖茨: a post between the kind and the name
# makes a person; the post begins the words after the kind, or follows a word of its time or rank there)
_POST_FIRST = re.compile("(?:前|原|现任|时任|首席|高级|资深|知名|著名)?(?:"
                         + "|".join(sorted(_POSITIONS, key=len, reverse=True)) + ")")
# (银行|净息差（NIM）, 平台|创作者（Creator）: a measure, an act or a kind of person glossed, no body)
_TERM_END = re.compile("(?:" + "|".join(sorted(words("organization_term_endings"), key=len, reverse=True)) + ")$")
# (公司|iPhone出货量, 平台|Plus会员, Omicron变异株: a Latin word that modifies the noun after it, a product's name)
_MODIFIED_AFTER = re.compile("(?:" + "|".join(sorted(words("organization_modified_after_latin"), key=len, reverse=True))
                             + ")")


def _described_kind(text: str, kind_start: int) -> bool:
    """The kind at ``kind_start`` heads a description: a Han or Latin word before it that does not point back (数据服务|
    公司, mRNA|巨头, 风险资本|公司; not 该|公司, 这家|公司, ，|公司)."""
    before = text[kind_start - 1 : kind_start]
    if not before or not (is_han(before) or before.isalpha()):
        return False
    if before in _CLASSIFIERS and text[kind_start - 2 : kind_start - 1] in _POINTING:
        return False  # (这家|公司, 该所|机构)
    # (资本|公司, 数据|平台: a pointing character that ends a word before the kind points at nothing)
    return before not in _POINTING or dictionary_tag(text[kind_start - 2 : kind_start]) is not None


_ENDS_IN_SUFFIX = re.compile(rf"(?:{_SUFFIX_RE.pattern})$")
# (公司|首席战略官（CSO）: an officer's title glossed by its C-suite abbreviation, not a firm)
_CHIEF_OFFICER = re.compile(r"C[A-Z]{1,2}O")


def _latin_body_name(name: str) -> bool:
    """A Latin string that can name a body: a capital in it, three letters or more (two not both capitals), no digit
    (公司|MCV4疫苗, 公司|FY22-24收入: a product's or a fiscal year's code), and no abbreviation of a title, an indicator
    or a product kind (CEO, CSO, GMV, APP)."""
    letters = sum(c.isalpha() for c in name)
    # (two capitals alone are as often a department or a role as a body: 公司|HR, 平台|UP主, 机构|LP)
    return (any(c.isupper() for c in name) and (letters >= 3 or letters == 2 and not name.isupper())
            and not any(c.isdigit() for c in name) and not _CHIEF_OFFICER.fullmatch(name)
            and not {name, name.upper(), name.split()[0].upper()} & _LATIN_NOT_BODIES)  # (公司|CEO Tim Cook)


def _names_after_kinds(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> None:
    ends = {b for _, b in spans}
    named: set[str] = set()
    for m in _NAME_AFTER_KIND.finditer(text):
        kind_end = m.start("han") if m.group("han") else m.start("latin")
        while kind_end > m.start() and text[kind_end - 1] in " \u3000":
            kind_end -= 1
        if kind_end in ends:
            continue  # (苹果公司|iPhone: the kind ends a name found already, what follows is that body's product)
        if not _described_kind(text, m.start()):
            continue  # (该公司|iPhone, ，公司|Omicron: the firm the story is about, then its product)
        if m.group("han"):
            a, b = m.span("han")
            # (租车企|业赫兹环球: a shorter kind inside a longer one, 车企 in 车企业; the name begins after the last kind
            # that ends inside it, 租车企业|赫兹环球)
            a = max([a] + [a + j for j in range(1, b - a - 1) if _KIND_ENDS_AT.search(text, m.start(), a + j)])
            han = text[a:b]
            if _POST_FIRST.match(han) or _TERM_END.search(han):
                continue  # (分析师|艾夫斯（Dan Ives）: a person after a post; 净息差（NIM）: a term)
            if ((han[0] in _PERSON_AFTER_KIND and (" " in m.group("gloss") or looks_transliterated(han[1:])))
                    or set(han) & _LEFT_STOP or han in places or is_function_word(han[:2])
                    or re.search(_FIRM_CUE, han) or is_word(han, _FUNCTION_WORD_MIN, but=("nz", "nt", "nr", "nrt"))
                    or not _latin_body_name(m.group("gloss"))):
                continue
            if not _ENDS_IN_SUFFIX.search(han):
                # (a name in a body's ending, 环球同业银行|金融电讯协会（SWIFT）, is the endings' to read in full: only
                # its gloss is read here, 生产商|约翰迪尔公司（John Deere）)
                spans.setdefault((a, b), "organization.name_after_kind")
                named.add(han)
            spans.setdefault(m.span("gloss"), "organization.name_after_kind")
            named.add(m.group("gloss"))
        elif _latin_body_name(m.group("latin")) and not _MODIFIED_AFTER.match(text, m.end("latin")):
            spans.setdefault(m.span("latin"), "organization.name_after_kind")
            named.add(m.group("latin"))
    _recur_named(text, named, spans)


def _recur_named(text: str, named: set[str], spans: dict[tuple[int, int], str]) -> None:
    """Each name a rule read recurs as the body wherever the text writes it again: a Latin name as a whole word (not
    inside a longer Latin word), a Han name through :func:`_recur` (short forms of at least _SHORTEST_SHORT_FORM
    characters)."""
    for name in sorted(named):
        if name.isascii():
            for r in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text):
                spans.setdefault((r.start(), r.end()), "organization.recurrence")
        elif len(name) >= _SHORTEST_SHORT_FORM:
            _recur(text, [name], spans)


# A name a story introduces in quotes, set in apposition with a kind of body, is that body's name: after a kind of firm
# (金融服务公司|“Ally Invest”的首席策略师: the quotes only set the Latin name apart, as a space does in 租赁巨头|Hertz), or
# after a verb of naming and before the kind (一家名为“Main Street Travel”的旅行社, 一支叫“心灵港湾”的青年志愿服务队).
# The name is the body's only where the kind is one of a body (not 一个叫“莱西”的山东小城, 名为“清零行动”的活动, 一款名为“X”的
# App); a nickname given by others (被称为“抗疫先锋”的团队) is no verb of naming here.
_CALLED_KINDS = "|".join(sorted({*words("organization_kinds_before_name"), *words("organization_kinds_after_called_name")},
                                key=len, reverse=True))
_QUOTED_NAME = rf"[“\"「](?P<name>{_LATIN_NAME}|[\u4e00-\u9fff]{{2,10}})[”\"」]"
_CALLED_BODY = re.compile(rf"(?:名为|名叫|叫做|叫作|取名为?|名称为|(?<![喊吼大尖哭])叫){_QUOTED_NAME}的"
                          rf"(?:(?![的和与及、，。])[\u4e00-\u9fff]){{0,6}}?(?:{_CALLED_KINDS})")
_QUOTED_AFTER_KIND = re.compile(rf"(?:{_KINDS_BEFORE_NAME}){_QUOTED_NAME}")


def _quoted_body_name(name: str, places: set[str]) -> bool:
    """A quoted string that can name a body: a Latin name as a body's (``_latin_body_name``), or two Han characters or
    more that are not a place (一个叫“莱西”的… is a place's name wherever the kind is wrong)."""
    if name.isascii():
        return _latin_body_name(name)
    return name not in places


def _called_bodies(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> None:
    """Names introduced in quotes in apposition with a kind of body (see above); each recurs as the body."""
    ends = {b for _, b in spans}
    named: set[str] = set()
    for m in _CALLED_BODY.finditer(text):
        if _quoted_body_name(m.group("name"), places):
            spans.setdefault(m.span("name"), "organization.called_body")
            named.add(m.group("name"))
    for m in _QUOTED_AFTER_KIND.finditer(text):
        # (Latin only: a kind before a Han name in quotes is as often a firm's product or campaign, 公司“春雷计划”; and
        # the kind heads a description, not 该公司|“X” or a name found already, 苹果公司|“Pro”)
        kind_end = m.start("name") - 1
        if (m.group("name").isascii() and _latin_body_name(m.group("name")) and kind_end not in ends
                and _described_kind(text, m.start())):
            spans.setdefault(m.span("name"), "organization.called_body")
            named.add(m.group("name"))
    _recur_named(text, named, spans)


# A Latin name that a deal takes as its object names the firm bought or held (微软正考虑收购 Discord, 拟并购Slack, 增持
# Tesla): a firm is what one buys whole, holds or increases a stake in, and business news writes a foreign firm so with
# no other cue, then bare wherever it recurs. The name follows the deal's verb at once (a space between them is the
# Latin's typesetting), ends at a non-Latin character, and passes the same checks as a name after a kind (three
# letters, no digit, no title or indicator: 收购NFT, 增持ETF are things, not firms).
_LATIN_DEAL = re.compile(rf"(?P<deal>收购|并购|入股|控股|增持|减持)[ \u3000]?(?P<latin>{_LATIN_NAME})(?![A-Za-z0-9]| ?\d)")
# (增持, 减持: one raises or cuts a holding of anything, securities and coins as well as a firm's shares, 减持MBS, 增持
# Bitcoin; their object is read as a firm only where the text gives it a firm's cue somewhere, its shares or its
# officers, 增持Tesla股份, Tesla首席执行官)
_HOLDING_DEALS = frozenset({"增持", "减持"})
_FIRMS_SHARES = r"(?:的)?(?:股份|股权|股票|公司|持股)"


def _acts_as_firm(text: str, name: str) -> bool:
    return re.search(rf"(?<![A-Za-z0-9]){re.escape(name)}[ \u3000]?(?:{_FIRMS_SHARES}|{_FIRM_CUE})", text) is not None


def _latin_firms_in_deals(text: str, spans: dict[tuple[int, int], str]) -> None:
    named = set()
    for m in _LATIN_DEAL.finditer(text):
        if _latin_body_name(m.group("latin")) and (m.group("deal") not in _HOLDING_DEALS
                                                   or _acts_as_firm(text, m.group("latin"))):
            spans.setdefault(m.span("latin"), "organization.latin_deal")
            named.add(m.group("latin"))
    for name in sorted(named):
        for r in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text):
            spans.setdefault((r.start(), r.end()), "organization.recurrence")


# A body's Latin acronym in brackets right after its name: 美国疾控中心（CDC）, 美国广播公司（ABC）; foreign news often
# writes a space before the bracket (卫生服务总局 (DGHS), 国际兴奋剂检测机构 (ITA)). A grouping of states is glossed by a
# letter and its count (七国集团（G7）, 二十国集团（G20）), which is read only after a name ending in 集团.
_ACRONYM_GLOSS = re.compile(r"[ \u3000]?[（(](?P<acronym>[A-Z][A-Za-z]{1,7}|(?P<grouping>[A-Z]\d{1,2}))[）)]")
_GROUPING_ENDING = "集团"


# The other way round, the acronym written first and the found name in brackets after it: CDE（国家药监局药品审评中心）.
# (Not glued to a word before it: 半导体ETF（…）, 阿里巴巴CEO（…） are a product and a title, not the bracket's body.)
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z0-9\u4e00-\u9fff])(?P<acronym>[A-Z][A-Za-z]{1,7})[（(]$")
_LATIN_NOT_BODIES = frozenset(words("organization_latin_not_bodies"))


_UNIT_AFTER_GLOSS = re.compile(rf"[\u4e00-\u9fff]{{0,3}}?(?P<ending>{_SUFFIX_RE.pattern})")


def _name_goes_on(text: str, at: int) -> bool:
    """A unit's name right after a gloss (after one space at most), up to three characters and a body's ending
    (医学院): the glossed words go on into the unit's name."""
    at += text[at : at + 1] in " \u3000"
    unit = _UNIT_AFTER_GLOSS.match(text, at)
    return bool(unit) and not _in_a_word(text, unit.start("ending"), unit.end())


def _acronym_glosses(text: str, spans: dict[tuple[int, int], str]) -> None:
    """Add the acronym glossed after a found name (or written before it, the name glossing it in brackets), and every
    other occurrence of it as a whole Latin word."""
    acronyms = set()
    for (s, e) in sorted(spans):
        m = _ACRONYM_GLOSS.match(text, e)
        grouping = bool(m and m.group("grouping"))
        if grouping and not text[s:e].endswith(_GROUPING_ENDING):
            continue  # 华为（P50）: a letter and a number after a firm name a product; only a grouping of states has one
        if m and _name_goes_on(text, m.end()):
            continue  # 菲律宾大学 (UP) 医学院: the gloss stands inside a longer name, the unit's, not after a body's name
        if not m and text[e : e + 1] in "）)" and e < len(text):
            m = _ACRONYM_BEFORE.search(text, max(0, s - 10), s)
        if m and (grouping or sum(c.isupper() for c in m.group("acronym")) >= 2) \
                and m.group("acronym") not in _LATIN_NOT_BODIES:
            spans.setdefault((m.start("acronym"), m.end("acronym")), "organization.acronym_gloss")
            acronyms.add(m.group("acronym"))
    for acronym in sorted(acronyms):
        for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(acronym)}(?![A-Za-z0-9])", text):
            spans.setdefault((m.start(), m.end()), "organization.recurrence")


# A name glossed by a Latin acronym that no rule read (国际兴奋剂检测机构 (ITA), 政府间气候变化专门委员会（IPCC）): the
# gloss shows the words before it are a body's proper name, so a body's ending before the bracket is read leftwards as
# the endings' names are, without the place or country they would need. Kinds of body that end only such glossed names:
# data/organization_glossed_kinds.txt (机构, 组织).
_GLOSSED_KINDS = words("organization_glossed_kinds")
_GLOSSED_ENDING = re.compile("(?:" + "|".join(sorted(set(_SUFFIXES) | set(_GLOSSED_KINDS), key=len, reverse=True))
                             + r")(?=[ \u3000]?[（(][A-Z][A-Za-z]{1,7}[）)])")
_SHORTEST_GLOSSED_NAME = threshold("organizations", "shortest_glossed_name")
# (市场研究|机构（IDC）, 美国|市场调查|机构（NPD）, 咨询|公司 (McKinsey): a kind of firm that a short description heads
# is the kind the gloss's body is of, not its name; the gloss alone names it, as 全球知名调查机构|盖洛普（Gallup） does.
# Only the kinds news writes before a firm's name in apposition (data/organization_kinds_before_name.txt), not 组织 or
# 联盟, whose short names are names (人权观察组织（HRW）, 非洲联盟（AU）). A world body's name begins with its scope,
# 国际|清算|银行（BIS）: data/organization_glossed_scopes.txt.)
_GENERIC_GLOSSED_KIND = re.compile("(?:" + "|".join(sorted(words("organization_kinds_before_name"), key=len, reverse=True))
                                   + ")$")
_LONGEST_KIND_DESCRIPTION = threshold("organizations", "longest_kind_description")
_GLOSSED_SCOPES = tuple(words("organization_glossed_scopes"))


def _described_kind_glossed(text: str, start: int, end: int, in_place: Coverage) -> bool:
    """The words ``text[start:end]`` before a gloss are a kind headed by a short description (市场研究机构, 咨询公司,
    大型律师事务所), a place or country before it aside (美国|市场调查机构): a kind of firm at the end, at most
    ``longest_kind_description`` characters before it, and no world body's scope at the start (国际清算银行)."""
    kind = _GENERIC_GLOSSED_KIND.search(text, start, end)
    if not kind:
        return False
    while start < kind.start() and in_place.touches(start, start + 1):
        start += 1  # (北京|咨询机构: the place says where the kind is, not which body)
    if country := _COUNTRY_START.match(text[start : kind.start()]):
        start += country.end()  # (美国|市场调查机构: so does a country, which the gazetteer lacks)
    description = text[start : kind.start()]
    return len(description) <= _LONGEST_KIND_DESCRIPTION and not description.startswith(_GLOSSED_SCOPES)


def _glossed_bodies(text: str, spans: dict[tuple[int, int], str], in_place: Coverage) -> list[tuple[int, int]]:
    """Names ending in a body's ending right before a Latin acronym gloss of two capitals or more that names a body (not
    公司（CEO）), read leftwards; at least ``shortest_glossed_name`` characters and more than the ending, not a counted
    or anonymised body (一家研究机构（ABC）), and not where a name found already ends at the gloss or crosses this one."""
    found = []
    for m in _GLOSSED_ENDING.finditer(text):
        gloss = _ACRONYM_GLOSS.match(text, m.end())
        if not gloss or gloss.group("grouping") or sum(c.isupper() for c in gloss.group("acronym")) < 2 \
                or gloss.group("acronym") in _LATIN_NOT_BODIES:
            continue
        if any(b == m.end() or a < m.end() < b for a, b in spans):
            continue  # (a name found already ends here or runs over the ending: its gloss is _acronym_glosses')
        start = _read_left(text, m.start(), m.end(), in_place)
        if inside := [a for a, b in spans if a < start < b <= m.start()]:
            start = min(inside)  # 联合国|政府间气候变化专门委员会 (IPCC): a known name begins the glossed one
        name = text[start : m.end()]
        if len(name) < _SHORTEST_GLOSSED_NAME or len(name) <= len(m.group()) or "某" in name \
                or _COUNTED.search(name) or _ONE_OF.search(name[: -len(m.group())]) or _referring_head(name[: -len(m.group())]) \
                or any(a < start < b for a, b in spans) or _described_kind_glossed(text, start, m.end(), in_place):
            continue
        found.append((start, m.end()))
    return found


# Parties listed before a joint act (复星医药和百欧恩泰共同开发, 新浪财经、第一财经、吴晓波频道联合承办): where one of them is
# a body found already, the others are bodies too. Only acts done together (共同, 联合, 携手), not 分别 or 纷纷, which
# follow lists of people and places as often.
# (not the words these begin: 命运共同体, 共同富裕, 联合国, 工商联合会)
_JOINT_ACT = re.compile(r"等?(?:共同(?!体|富裕|点|愿望|利益)|联合(?!国|会|体|社|作战|收购方)|携手)")
_LONGEST_PARTNER = threshold("organizations", "longest_joint_partner")
# (中国政府和|中国人民|携手, 政府和|广大群众|共同: an item ending in a word for a people is people, no party;
# data/organization_people_words.txt, read at the item's end only: 人民医院, 人民优选 are bodies)
_PEOPLE_ITEM = re.compile("(?:" + "|".join(sorted(words("organization_people_words"), key=len, reverse=True)) + ")$")


def _joint_partners(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> list[tuple[int, int]]:
    """The unknown items of a list of two or more written right before a joint act, one of whose items ends with a
    body found already; an item is taken only whole (between list marks or a stop), as a firm's short name can be
    (_firm_item: no ordinary word, no place), not shaped like a person's name (甲公司和王某某共同出资) and holding no
    word for people (中国政府和中国人民携手)."""
    ends = {b for _, b in spans}
    found = []
    for m in _JOINT_ACT.finditer(text):
        items, e = [], m.start()
        while len(items) < 6:
            k = e
            while k > 0 and e - k < _LONGEST_PARTNER and text[k - 1] not in _LEFT_STOP:
                k -= 1
            whole = k == 0 or text[k - 1] in _LEFT_STOP
            items.append((k, e, whole))
            if k > 0 and whole and text[k - 1] in "、和与及" and k - 1 > 0:
                e = k - 1
                continue
            break
        if len(items) < 2 or not any(e in ends for _, e, _ in items):
            continue
        for k, e, whole in items:
            item = text[k:e]
            if e in ends or not whole or not _firm_item(item, places) or _person_shaped(item) \
                    or _NOT_A_SPEAKING_BODY.search(item) or _PEOPLE_ITEM.search(item):
                continue  # (中国政府和|中国人民|携手: people, not a party; data/organization_people_words.txt)
            found.append((k, e))
    return found


# An acronym of capitals acting as a body (SIPRI表示, PAG接盘, 特斯拉对 NHTSA 表示): the acts are a body's (saying,
# announcing, buying), not a product's (发布, 上线). Not an abbreviation that names no body (data/organization_latin_
# not_bodies.txt: CEO表示, PCR, TA表示). A person is written so too, by initials (SBF, CZ, AOC): _acting_acronyms leaves
# those after a post (创始人SBF表示) and two capitals (JK表示); initials standing alone as a subject are still read.
_ACTING_ACRONYM = re.compile(r"(?<![A-Za-z0-9.\-])(?P<acronym>[A-Z]{2,6})(?![A-Za-z0-9.\-])[ \u3000]?"
                             r"(?:也|还|则|已|再次|此前|随后|当天|周[一二三四五六日])?"
                             r"(?:表示|宣布|指出|透露|回应|披露|声称|警告|强调|公告|通报|承认|接盘|收购|称(?![为号作之赞]))")


def _recur_acronyms(text: str, acronyms: set[str], spans: dict[tuple[int, int], str]) -> None:
    """Every other occurrence of an acronym found acting, as a whole Latin word (SIPRI的数据, not SIPRIX)."""
    for acronym in sorted(acronyms):
        for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(acronym)}(?![A-Za-z0-9])", text):
            spans.setdefault((m.start(), m.end()), "organization.recurrence")


_SHORTEST_ACTING_ACRONYM = threshold("organizations", "shortest_acting_acronym")
# (FTX创始人|SBF表示, 众议员|AOC称, 首席执行官 SBF: initials written right after a post are the person holding it; CEO
# SBF: so is an acronym right after another Latin word, as are the words of an English phrase, I AM表示)
_LATIN_WORD_BEFORE = re.compile(r"[A-Za-z0-9][ \u3000]$")


def _names_a_person(text: str, acronym: str) -> bool:
    """The acronym stands right after a post somewhere in the text (FTX创始人|SBF近日…, 众议员 AOC), or in brackets
    right after a person's name: a transliterated full name (萨姆·班克曼-弗里德（SBF）) or a name shaped as a person's
    right after a post (创始人|赵长鹏（CZ）). It is that person's initials, wherever it acts."""
    for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(acronym)}(?![A-Za-z0-9])", text):
        if _POSITION_BEFORE.search(text[max(0, m.start() - _LONGEST_POSITION - 1) : m.start()].rstrip(" \u3000")):
            return True
    for m in re.finditer(rf"(?:(?P<foreign>[\u4e00-\u9fff]+(?:·[\u4e00-\u9fff\-]+)+)|(?P<name>[\u4e00-\u9fff]{{2,3}}))"
                         rf"[ \u3000]?[（(]{re.escape(acronym)}[）)]", text):
        if m.group("foreign") or (_person_shaped(m.group("name"))
                                  and _POSITION_BEFORE.search(text, max(0, m.start() - _LONGEST_POSITION), m.start())):
            return True
    return False


def _acting_acronyms(text: str, spans: dict[tuple[int, int], str]) -> list[tuple[int, int]]:
    """Acronyms of capitals right before a body's act (_ACTING_ACRONYM), of ``shortest_acting_acronym`` capitals at
    least (two are as often a person's initials, a country's or a board's mark: JK表示, US称, ST宣布); not an
    abbreviation that names no body, not a name found already, not after another Latin word (CEO SBF表示, I AM表示),
    nor a person's initials: written after a post or glossing a person's name anywhere in the text (创始人SBF表示;
    FTX创始人SBF接受采访…SBF表示; 萨姆·班克曼-弗里德（SBF）… SBF表示)."""
    found = Coverage(len(text), list(spans))
    acting = []
    for m in _ACTING_ACRONYM.finditer(text):
        acronym, (a, b) = m.group("acronym"), m.span("acronym")
        if len(acronym) < _SHORTEST_ACTING_ACRONYM or acronym in _LATIN_NOT_BODIES or found.touches(a, b) \
                or _LATIN_WORD_BEFORE.search(text, max(0, a - 2), a) or _names_a_person(text, acronym):
            continue
        acting.append((a, b))
    return acting


# A school named by its place and its number (莱西七中, 北京四中, 某某二小): the short form of 第七中学.
_NUMBERED_SCHOOL = re.compile(r"第?[一二三四五六七八九十]{1,3}(?:中|小)(?![\u4e00-\u9fff]?学|心|国|间|文|华|央|医|等|型|旬|期|级|部|区|时|段|批|组|块|片|些|半|伙|孩|朋|店|卖|吃|事)")


def _numbered_schools(text: str, place_ends: dict[int, int]) -> list[tuple[int, int]]:
    return [(start, m.end()) for end, start in place_ends.items() if (m := _NUMBERED_SCHOOL.match(text, end))]


# A hospital named by its city and its number (上海六院, 市一院 is a level's): the city's Nth hospital; then the number
# alone names it again (六院还没开放). Not 院长, 院士, 院子 … (words that begin with 院).
_NUMBERED_HOSPITAL = re.compile(r"第?[一二三四五六七八九十]{1,3}院(?![长士子落内外区里墙部系校线办])")


def _numbered_hospitals(text: str, place_ends: dict[int, int]) -> list[tuple[int, int]]:
    found = [(start, m.end()) for end, start in place_ends.items() if (m := _NUMBERED_HOSPITAL.match(text, end))]
    spans = list(found)
    for short in sorted({_NUMBERED_HOSPITAL.search(text, s, e).group() for s, e in found}):
        for m in re.finditer(re.escape(short), text):
            if not any(s <= m.start() < e for s, e in found) and _NUMBERED_HOSPITAL.match(text, m.start()) \
                    and not (m.start() > 0 and text[m.start() - 1] in "第一二三四五六七八九十"):
                spans.append((m.start(), m.end()))
    return sorted(spans)


# A place's department of a function (广州市交通运输部门, 海南气象部门): named by its place and function, as 市疾控中心
# is by its level (a kind of department without a place, 卫生部门, 相关部门, is none).
# A community health centre (铜山|社区卫生服务中心, 东湖街道|社区卫生服务站): named by its community, a name no gazetteer
# lists and LAC reads only in some contexts. COVID itineraries name them where a case was seen or vaccinated.
_COMMUNITY_CLINIC = re.compile(r"社区卫生服务(?:中心|站)")
_COMMUNITY_LEVEL = re.compile(r"(?:街道|镇|乡)$")
# A place word used as often as 城市 (25,084) is a kind of community, not one (东湖 1,866 and 新城 824 name one).
_COMMUNITY_PLACE_WORD_MAX = threshold("organizations", "community_place_word_max")
_THING_NAMES = word_set("person_thing_names")  # (the epidemic's transliterated things: 奥密克戎, 德尔塔, 辉瑞)


# 内 (within) after a body or an area ends a phrase of where, not a community's name (医联体内, 医共体内, 辖区内).
_WITHIN = "内"


def _community_name(core: str) -> bool:
    """The words before 社区卫生服务中心 name a community: two to four characters that the dictionary knows as a
    proper name (东湖, 铜山; not as frequent as 城市) or not at all (禄口, 铁心桥); no ordinary word (当地, 辖区, 城区)."""
    if not (2 <= len(core) <= 4 and _HAN_HEAD.fullmatch(core)) or core[0] in _NOT_A_NAME_START | _DETERMINERS \
            or _COUNT_WORD.match(core[0]) or "某" in core:
        return False
    if core in _THING_NAMES:
        return False  # 奥密克戎|社区卫生服务中心: a variant before the kind, no community
    if core.endswith(_WITHIN):
        return False  # 医联体内|社区卫生服务中心: the centres within a body or area, none named by a community
    tag = dictionary_tag(core)
    if tag is not None:
        return tag in ("nz", "nt") or (tag == "ns" and not is_common_word(core, _COMMUNITY_PLACE_WORD_MAX))
    # (今年新建|, 中心城区|, 辖区内|: words read into the head begin with a frequent word; 禄口, 铁心桥 do not)
    return not is_word(core[:2], _FUNCTION_WORD_MIN) and not is_function_word(core[:2])


def _community_clinics(text: str, in_place: Coverage) -> list[tuple[int, int]]:
    found = []
    for m in _COMMUNITY_CLINIC.finditer(text):
        start = _read_left(text, m.start(), m.end(), in_place)
        # (骑电动车至|禄口社区卫生服务中心: a verb of going ends the words before the name)
        start += max((i + 1 for i, c in enumerate(text[start : m.start()]) if c in _TO_A_HOSPITAL), default=0)
        if _community_name(_COMMUNITY_LEVEL.sub("", text[start : m.start()])):
            found.append((start, m.end()))
    return found


_PLACE_DEPARTMENT = re.compile(r"(?P<function>[\u4e00-\u9fff]{2,6}?)部门")
# (also where the place runs on into a smaller one before the kind of department, 商丘市|梁园区相关部门, or counts the
# places whose departments act together, 昆明、保山|两地市场监管部门: no one department is named)
_NOT_A_FUNCTION = re.compile(r"^(?:相关|有关|各|其他|其它|多个|多|职能|主管|所属|当地|本地|属地|执法|监管|行业|涉事|上述|该)"
                             r"|[等和与及、]|相关|有关|^[两三四五六七八九十几多各]地")


def _place_departments(text: str, place_ends: dict[int, int]) -> list[tuple[int, int]]:
    spans = []
    for end, start in place_ends.items():
        if (m := _PLACE_DEPARTMENT.match(text, end)) and not _NOT_A_FUNCTION.search(m.group("function")):
            spans.append((start, m.end()))
    return spans


# A unit named by a quoted proper name, perhaps with its kind, before a unit's ending (火车站“24h”青年志愿服务队,
# “南京路上好八连”中队): the quotes are part of the name as written.
_QUOTED_UNIT = re.compile(r"[“\"](?P<quoted>[^”\"\n，。；！？!?]{1,12})[”\"](?:(?![的之和与及在是为])[\u4e00-\u9fff]){0,6}?"
                          r"(?:中队|小队|分队|志愿服务队|服务队|突击队|志愿队|工作室|工作站|服务站|协会)")
# (他说“…”: words quoted after a verb of saying or a colon are said, not a name)
_SAID_BEFORE = re.compile(r"(?:说|称|道|问|喊|叫|表示|指出|强调|认为|[:：])$")


def _quoted_units(text: str, spans: dict[tuple[int, int], str], in_place: Coverage) -> list[tuple[int, int]]:
    found = []
    for m in _QUOTED_UNIT.finditer(text):
        if _SAID_BEFORE.search(text, max(0, m.start() - 2), m.start()):
            continue
        start = _read_left(text, m.start(), m.end(), in_place)
        # (a body named before it is its own name: 武警上海总队|“…”中队)
        start = max([start, *(e for s, e in spans if start < e <= m.start())])
        found.append((start, m.end()))
    return found


# A state firm's engineering bureau named by its group's two-character short name and its number (中铁一局, 中建八局).
_NUMBERED_BUREAU = re.compile(r"中[\u4e00-\u9fff][一二三四五六七八九十]{1,2}局(?![长势部面限])")


# A state firm's branch named by its division and its trade alone (陕西电信, 江苏体彩): data/organization_branch_trades.txt.
_BRANCH_TRADE = re.compile("|".join(sorted(words("organization_branch_trades"), key=len, reverse=True)))


def _branches_of_trades(text: str, place_ends: dict[int, int]) -> list[tuple[int, int]]:
    """A division right followed by a state firm's trade names that firm's branch there (陕西|电信, 江苏|体彩); not
    where the trade runs on into a longer word of the dictionary (…移动|通信)."""
    spans = []
    for end, start in place_ends.items():
        m = _BRANCH_TRADE.match(text, end)
        if m and not any(is_word(text[m.start() : m.end() + k]) for k in (1, 2)):
            spans.append((start, m.end()))
    return sorted(spans)


# A body cited as the source of news or of a report with 据 (据天津地铁运营消息, 据辽宁省卫健委14日通报): what stands between 据 and
# the cue, when it begins with a division and goes on past it, names the body whatever its ending.
# (A day word between the name and the cue is the report's day, not part of the name: 据广州市卫健委|今日|通报.)
_CITED_BODY = re.compile(r"据(?P<name>[\u4e00-\u9fff]{3,12}?)(?:(?:\d{1,2}月)?\d{1,2}日|今日|今天|昨日|昨天|当日|当天)?"
                         r"(?:消息|通报)")
# (A body's site or channel ends no body's name: the body is found inside it; a meeting is no body; 据某市最新疫情防控|通报:
# an activity or a topic, not who reports.)
_NOT_A_CITED_BODY = re.compile(r"(?:网站|官网|网|微信号|微信|微博|公众号|客户端|发布会|会议|通报|数据|防控|疫情|情况)$|最新")


def _cited_bodies(text: str, place_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    starts = {s: e for s, e in place_spans}
    ends = {e for _, e in place_spans}
    spans = []
    for m in _CITED_BODY.finditer(text):
        a, b = m.span("name")
        if a not in starts or b in ends or _NOT_A_CITED_BODY.search(m.group("name")):
            continue  # (据北海市通报: the place itself speaks for its government, a place; 据庞星火通报: a person)
        spans.append((a, b))
    return spans


# A body cited by its own website (据国际奥委会官网消息, 据国家卫健委官网): whoever owns the site is the source, so the
# name before 官网 is a body's, however it ends. Not a place alone (据北京市官网: the place stands for its government, a
# place), a bare generic word (据卫健委官网), an ordinary word, nor a body pointed at or anonymised (据当地政府官网).
_CITED_SITE = re.compile(r"据(?P<name>[\u4e00-\u9fff]{2,12}?)(?:官网|官方网站)")


def _cited_sites(text: str, place_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    places = set(place_spans)
    spans = []
    for m in _CITED_SITE.finditer(text):
        a, b = m.span("name")
        name = m.group("name")
        if (a, b) in places or name[0] in _NOT_A_NAME_START or _GENERIC_BEFORE.search(name[:2]) \
                or "某" in name or _COUNTED.search(name) or _SUFFIX_RE.fullmatch(name) \
                or is_word(name, 30, but=_BODY_TAGS) or name.endswith(("网", "网站")):
            continue
        spans.append((a, b))
    return spans


# A government body's short form listed before a body found (已会同|发改委、工信部、公安部): an item of the same list,
# with a government ending of its own (委 部 局 厅 办 署), where the list begins (after a stop or a clause's verb).
# (The bodies listed after a name are read in find_organizations; this is the same list read leftwards.)
_ITEM_BEFORE = re.compile(r"[\u4e00-\u9fff]{1,14}$")


def _bodies_listed_before(text: str, spans: dict[tuple[int, int], str]) -> None:
    taken = Coverage(len(text), list(spans))
    for (s, _) in sorted(spans):
        while s > 1 and text[s - 1] == "、":
            run = _ITEM_BEFORE.search(text, max(0, s - 15), s - 1)
            if not run or (run.start() == s - 15 and run.start() > 0 and is_han(text[run.start() - 1])):
                break  # (a run longer than any list item: no telling where the item begins)
            a = run.start()
            if lead := _LEAD.match(run.group()):
                a += lead.end()  # 已会同|发改委
            item = text[a : s - 1]
            if opener := _LIST_OPENER.match(item):
                a, item = a + opener.end(), item[opener.end():]
            m = _LISTED_BODY.fullmatch(item)
            if (not m or m.group("suffix") not in _SHORT_GOVERNMENT or len(item) <= len(m.group("suffix"))
                    or item[0] in _DETERMINERS or _GENERIC_BEFORE.search(item[:2]) or set(item) & _LEFT_STOP
                    or "某" in item or _COUNTED.search(item) or taken.touches(a, s - 1)
                    or _in_a_word(text, a + m.start("suffix"), s - 1)):
                break
            spans.setdefault((a, s - 1), "organization.listed_before")
            s = a


# A body named by its function alone (疾控中心) at the start of a clause or after a citing word, not as an item of a
# list of kinds (医院、疾控中心等): data/organization_bare_bodies.txt.
_BARE_BODY = re.compile("(?:" + "|".join(sorted(words("organization_bare_bodies"), key=len, reverse=True))
                        + ")(?![、和与及等])")
_BARE_BODY_BEFORE = re.compile(r"(?:^|[，。；：！？“”\n]|(?<![\u4e00-\u9fff])(?:据|根据|经|由)|^(?:据|根据|经|由))$")


def _bare_bodies(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _BARE_BODY.finditer(text)
            if _BARE_BODY_BEFORE.search(text, max(0, m.start() - 3), m.start())]


# A country's diplomatic mission is named by where it is stationed and its kind (中国驻洛杉矶总领馆, 驻釜山总领馆,
# 美国驻华大使馆, 中国常驻联合国代表团: data/organization_mission_kinds.txt), with its country before 驻 or, left out,
# at a clause's start or after a particle (已联系|驻釜山总领馆 is not; 进驻|使馆 is a verb). Not the missions in general:
# 驻外使馆, 各国驻华使馆, a bare 驻华使馆 (whose country the text has not said).
_MISSION_KINDS = "|".join(sorted(words("organization_mission_kinds"), key=len, reverse=True))
_LONGEST_MISSION_HOST = threshold("organizations", "longest_mission_host")
_MISSION = re.compile(rf"(?P<stationed>常驻|驻)(?P<host>[\u4e00-\u9fff]{{1,{_LONGEST_MISSION_HOST}}}?)"
                      rf"(?P<kind>{_MISSION_KINDS})")
# (a country right before 驻 or before a seat of government, found looking back from them: no pattern tried at every
# character)
_NATION_BEFORE = re.compile("(?:" + "|".join(sorted(_COUNTRIES | {"中国"}, key=len, reverse=True)) + ")$")
_LONGEST_NATION = max(map(len, _COUNTRIES | {"中国"}))
# The host is a country (data/countries.txt, data/person_foreign_states.txt, a one-character short form: data/
# organization_mission_country_short_forms.txt), China (data/organization_china_as_host.txt), an international or
# known body (联合国, 世贸组织: data/organizations.txt) or a place the text names. A host no list holds (a city abroad:
# 洛杉矶, 日内瓦) is a mission's only where the kind or the words make it a country's own post: a consulate (a 领 in its
# kind: 总领馆, 领事馆), a permanent mission (常驻), or the country written before 驻 (中国驻日内瓦代表团); and no verb
# is inside it (驻港部队|派出|代表团). A word of the missions or envoys in general anywhere in the host (驻外使馆, 驻华
# 外交使团, 驻京外国记者代表团: data/organization_mission_hosts_in_general.txt) says no one mission.
_MISSIONS_IN_GENERAL = word_set("organization_mission_hosts_in_general")
_GENERAL_IN_HOST = re.compile("^(?:" + "|".join(w for w in _MISSIONS_IN_GENERAL if len(w) == 1) + ")|"
                              + "|".join(sorted((w for w in _MISSIONS_IN_GENERAL if len(w) > 1), key=len, reverse=True)))
_CHINA = word_set("organization_china_as_host")
_MISSION_HOSTS = _COUNTRIES | word_set("person_foreign_states") | word_set("organization_mission_country_short_forms") \
    | _CHINA | word_set("organizations")
_CONSULAR = "领"


def _mission_host(m: re.Match, place_spans: set[tuple[int, int]], country_before: bool) -> bool:
    host = m.group("host")
    if _GENERAL_IN_HOST.search(host) or set(host) & (_LEFT_STOP | set("驻使领馆")):
        return False  # 中国驻外使馆: every mission abroad, none named
    if host in _MISSION_HOSTS or (m.start("host"), m.end("host")) in place_spans:
        return True
    own_post = _CONSULAR in m.group("kind") or m.group("stationed") == "常驻" or country_before
    return own_post and len(host) > 1 and not any(
        dictionary_tag(host[i : i + 2]) in _VERB_TAGS for i in range(len(host) - 1))  # (驻|港部队派出|代表团)


def _missions(text: str, place_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = []
    places = set(place_spans)
    for m in _MISSION.finditer(text):
        country = _NATION_BEFORE.search(text, max(0, m.start() - _LONGEST_NATION), m.start())
        if not _mission_host(m, places, country is not None):
            continue
        if country:
            spans.append((country.start(), m.end()))
            continue
        before = text[m.start() - 1 : m.start()]
        if m.group("host") in _CHINA or (is_han(before) and before not in _LEFT_STOP and before != "我"):
            continue  # 各国|驻华使馆, 进|驻使馆: no country said, or 驻 is a verb's end
        spans.append((m.start("stationed"), m.end()))
    return spans


# A newspaper named by its title in 《》 (英国《独立报》, 《卫报》): the title is the outlet's name, unless it names a kind of
# document ending in 报 (《某某公报》, 《疫情简报》: data/organization_report_kinds.txt).
_TITLED_PAPER = re.compile(r"《(?P<name>[\u4e00-\u9fff]{1,8}报)》")
_REPORT_KINDS = tuple(words("organization_report_kinds"))


def _titled_papers(text: str) -> list[tuple[int, int]]:
    return [m.span("name") for m in _TITLED_PAPER.finditer(text) if not m.group("name").endswith(_REPORT_KINDS)]


# A periodical named by its title in 《》 and the word for its kind right after (《财富》杂志, 《柳叶刀》周刊), or a title
# ending in 新闻 or 周刊 that publishes (《劳动新闻》11日发表, 《某某周刊》刊文): the title is the outlet's name. A
# document's title does other acts (《通知》指出, 《报告》显示), and a programme's (《新闻联播》) has no such ending.
_TITLED_PERIODICAL = re.compile(r"《(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z ]{0,11})》(?=杂志|周刊|月刊|期刊)"
                                r"|《(?P<news>[\u4e00-\u9fff]{1,8}(?:新闻|周刊))》(?=(?:\d{1,2}日)?(?:发表|刊文|刊登|刊发|报道|援引|社论))")


def _titled_periodicals(text: str) -> list[tuple[int, int]]:
    return [m.span("name") if m.group("name") else m.span("news") for m in _TITLED_PERIODICAL.finditer(text)]


# What LAC reads as a body's name is one only as a run of Chinese characters, letters and digits (not across a line
# break or a bracket), and not a kind, a count or an anonymised body, the same checks as a name the rules read.
_TAGGED_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]+")
# Stops of a route are joined by a dash (市光路-东方体育中心, 上海—北京): a name next to one is a stop, a place.
_ROUTE_DASH = frozenset("-—–~～")
# The kinds before 医院 and 公司 say which, where or what sort (城市, 当地, 基层, 其他, 相关, 上市): before any ending
# they make a kind of body (城市|政府), not a name.
_GENERIC_KINDS = _HOSPITAL_KINDS | _KIND_OF_COMPANY


# Kinds of firm (data/organization_kinds_after_list.txt: 期货公司, 保险公司, 快递公司 …), longest first, and the words
# that end a description of a sort of firm before such a kind (券商系, 产业背景, 外资类, 综合型).
_FIRM_KINDS = tuple(sorted(words("organization_kinds_after_list"), key=len, reverse=True))
_SORT_OF = ("系", "背景", "类", "型")


def _kind_of_firm_only(name: str) -> bool:
    """``name`` is a kind of firm alone (期货公司) or a sort of it (券商系|期货公司, 产业背景|期货公司): no firm named.
    (中粮期货公司 names one: 中粮 is no sort.)"""
    kind = next((k for k in _FIRM_KINDS if name.endswith(k) and len(k) >= 3), None)
    if kind is None:
        return False
    head = name[: -len(kind)]
    # (and the words of a clause read into the name before the kind: 再有银行进入|信托公司, 最受|信托公司; a verb that
    # begins the head may begin a firm's name, 联合|证券公司, 建设|信托公司, so only words after its first two count, and
    # a verb only as a clause's: after an ordinary noun, its subject (银行|进入), or with an aspect particle (进入了);
    # a verb after a proper name is the firm's own word, 华泰|联合|证券公司)
    tags = [dictionary_tag(head[k : k + 2]) for k in range(len(head) - 1)]
    return (name == kind or head.endswith(_SORT_OF) or bool(_DEGREE_PASSIVE.match(head))
            or any(tags[k] in _CLAUSE_WORD_TAGS for k in range(2, len(tags)))
            or any(tags[k] == "v" and (head[k + 2 : k + 3] in _ASPECT or (k >= 4 and tags[k - 2] == "n"))
                   for k in range(2, len(tags))))


# Tags of a clause's adverbs, prepositions, conjunctions, particles and pronouns (not its adjectives: 平安|信托公司).
_CLAUSE_WORD_TAGS = frozenset({"p", "d", "c", "u", "r"})
_ASPECT = frozenset("了着过")
# A degree adverb and 受, "most/more favoured by" (最受|信托公司青睐, 更受, 颇受, 深受): a description, no firm's name.
_DEGREE_PASSIVE = re.compile(r"[最更颇较很极深倍广]受")


def _tagged_name(text: str, start: int, end: int) -> bool:
    """What LAC reads at ``text[start:end]`` may be kept as a body's name: a run of characters, not a stop of a route,
    not anonymised, counted or pointed at (某, 两家, 当地, 全), and no kind before its ending (城市|政府, 社区|医院)."""
    name = text[start:end]
    if text[start - 1 : start] in _ROUTE_DASH and start > 0 or text[end : end + 1] in _ROUTE_DASH and end < len(text):
        return False
    ending = _SUFFIX_RE.search(name)
    while ending and ending.end() != len(name):
        ending = _SUFFIX_RE.search(name, ending.start() + 1)
    head = name[: ending.start()] if ending else name
    if not _TAGGED_NAME.fullmatch(name) or "某" in name or _COUNTED.search(name) or _ONE_OF.search(head) \
            or _GROUP_BEFORE_KIND.search(head) or _referring_head(head):
        return False
    if _GENERIC_BEFORE.search(text, max(0, start - 2), start) or text[start - 1 : start] in _DETERMINERS and start:
        return False  # 当地|卫健委, 全|市疾控中心: every such body, not one named
    if _kind_of_firm_only(name):
        return False  # 期货公司, 产业背景|期货公司: a kind of firm
    kinds = _GENERIC_KINDS | (_FUND_KINDS if name.endswith("基金") else frozenset())
    # (nor a kind that begins it: 社区|卫生服务中心, 基层|医疗机构 name every such body)
    return head not in kinds and head[-2:] not in kinds and head[:2] not in kinds


# A clause's subject: what stands between a clause's start and a verb of saying or the title of a body's head or
# spokesman (国台办|发言人, 某某研究院|院长), perhaps with 方面 or the day it acted (某某方面|表示, 白宫|20日|表示). Where the rules
# found nothing there, LAC may read a body. (Not the nouns of people in general, 市民, 旅客, 学生: no body before them.)
_HEAD_OF_BODY = "|".join(sorted(words("organization_head_titles"), key=len, reverse=True))
# (and what a body does when it speaks: 宣布, 发布, 通报 …, as _BODY_ACTS reads after a facility)
_SUBJECT_FOLLOWERS = "|".join(sorted({*(w for w in words("verbs_of_saying") if len(w) > 1),
                                      *words("organization_subject_acts")}, key=len, reverse=True))
_SUBJECT = re.compile(r"(?:^|(?<=[。！？!?\n，,；;：:“”\"]))(?P<subject>[\u4e00-\u9fffA-Za-z]{2,8}?)(?:方面)?(?:\d{1,2}日)?"
                      rf"(?:(?:有关|相关)?(?:{_HEAD_OF_BODY})|{_SUBJECT_FOLLOWERS})")
# jieba's tags of words that may be a body's name: abbreviations (国台办/j), institutions, brands.
_BODY_TAGS = ("j", "nt", "nz")
# Pronouns and determiners that begin a subject that is no name (他还, 该公司, 这位).
_NOT_A_NAME_START = frozenset("他她它我你您咱这那该此其各每某本")


# A seat of government that the text has act or speak stands for the government (白宫|表示, 克里姆林宫|发言人, 白宫|20日
# |宣布, 白宫|新闻秘书): data/person_seats_of_government.txt (the same seats the person rules keep from names). Before
# its head's titles, staff or statement (data/organization_seat_staff.txt) it is the government wherever it stands
# (援引一名白宫官员, 通过白宫声明); before a verb of saying or an act (data/organization_seat_followers.txt) only as its
# clause's subject (_opens_clause: 白宫|表示, 但白宫|表示; not 普京在克里姆林宫|表示, where he spoke). A seat where something
# happens is a place (拜登在白宫|发表讲话, 白宫南草坪, 在|白宫官员陪同下): nothing acting follows it, or a word of where
# comes before it.
_SEATS = "|".join(sorted(words("person_seats_of_government"), key=len, reverse=True))
_SEAT_STAFF = "|".join(sorted(words("organization_seat_staff"), key=len, reverse=True))
_SEAT_ACTING = re.compile(rf"(?P<seat>{_SEATS})"
                          rf"(?:方面)?(?:当地时间)?(?:\d{{1,2}}日|周[一二三四五六日天]|{_FIRM_ACT_ADVERBS}){{0,2}}"
                          rf"(?:(?P<staff>{_HEAD_OF_BODY}|{_SEAT_STAFF})|{_SUBJECT_FOLLOWERS}|"
                          + "|".join(sorted(words("organization_seat_followers"), key=len, reverse=True)) + ")")


def _acting_seats(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _SEAT_ACTING.finditer(text):
        country = _NATION_BEFORE.search(text, max(0, m.start() - _LONGEST_NATION), m.start())
        start = country.start() if country else m.start()  # (美国|白宫: with its country)
        if _after_where(text, start) or not (m.group("staff") or _opens_clause(text, start)):
            continue  # 普京在|克里姆林宫表示: where he spoke
        spans.append((start, m.end("seat")))
    return spans


def _subjects(text: str, spans: dict[tuple[int, int], str], place_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the clause subjects before a verb of saying or a position that touch no name found and may be a
    body's name: not an ordinary word, not begun by a pronoun, and not shaped like a person's name (a surname and one
    or two characters) unless the dictionary knows it as an abbreviation or an institution (国台办)."""
    found = Coverage(len(text), list(spans))
    # (a place may begin a body's name, 上海复星|有关负责人, but a subject within places, or with a place inside it
    # after its start, is no name LAC is asked about)
    in_place = Coverage(len(text), place_spans)
    place_at = {s: e for s, e in place_spans}
    subjects = []
    for m in _SUBJECT.finditer(text):
        a, b = m.span("subject")
        subject = m.group("subject")
        if found.touches(a, b) or (in_place.touches(a, b) and not (a in place_at and place_at[a] < b
                                                                   and not in_place.touches(place_at[a], b))) \
                or subject[0] in _NOT_A_NAME_START or is_word(subject, 30, but=_BODY_TAGS) \
                or "的" in subject or starts_follower(subject) or is_function_word(subject[:2]):
            continue  # (为缓解…, 据他|介绍, 社区的|工作人员: a clause's verb or a phrase, not a name)
        if _surname_led(subject):
            continue  # (郭台铭|称: a person's name, which persons.py reads)
        subjects.append((a, b))
    return subjects


_TAGGED_RULES = frozenset({"organization.tagged_ending", "organization.tagged_subject", "organization.tagged_trade",
                           "organization.tagged_title", "organization.tagged_list_item"})


_LONGEST_GAP_AFTER_PLACE = threshold("organizations", "longest_gap_after_place")


def _begin_at_place(text: str, a: int, place_spans: list[tuple[int, int]]) -> int:
    """Where a name LAC read at an ending begins: at a place whose name it begins inside, or that ends at most two
    characters before it with no stop character between (LAC sees only a window, and a stop character inside a firm's
    name cuts its reading: 北京谦|和之源房地产经纪有限公司, 北|京联创… is 北京…). A name begins with its place, as
    the rules' names do (the convention of annotation.md: the longest name as written)."""
    for ps, pe in place_spans:
        gap = text[pe:a]
        if ps < a < pe or (pe <= a <= pe + _LONGEST_GAP_AFTER_PLACE
                           and (not gap or _HAN_RUN.fullmatch(gap) and not set(gap) & _LEFT_STOP)):
            return ps
    return a


def _tagged(text: str, unanchored: list[tuple[int, int]], spans: dict[tuple[int, int], str],
            place_spans: list[tuple[int, int]]) -> list[tuple[tuple[int, int], str]]:
    """Bodies LAC reads where the rules found none (org_tagger.py), one window for each place it is asked about, all
    in one batch: at a generic ending whose name has no name element (``unanchored``), a name that LAC ends exactly
    there and that is longer than the ending, by two characters at least after a one-character ending (LAC's 部 alone,
    or 交|部, names nothing), by one after a longer one (美|疾控中心); at a clause's subject (:func:`_subjects`), the
    whole subject when LAC reads it as one body and it is not a bare ending (指挥部|表示)."""
    # (not where a name found ends there, nor right before the ending: 长城证券|研究所 is joined as its unit)
    ends = {e for _, e in spans}
    cues = [(s, e, "organization.tagged_ending") for s, e in unanchored if e not in ends and s not in ends]
    cue_ends = {e for _, e, _ in cues}
    cues += [(s, e, "organization.tagged_subject") for s, e in _subjects(text, spans, place_spans) if e not in cue_ends]
    if not cues:
        return []
    windows = [window_ending_at(text, e) for _, e, _ in cues]
    found = []
    for (s, e, rule), orgs in zip(cues, tagged_spans(text, windows)):
        for a, b in orgs:
            if rule == "organization.tagged_ending":
                if b == e and e - a >= (e - s) + (2 if e - s == 1 else 1) and _tagged_name(text, a, b):
                    found.append(((_begin_at_place(text, a, place_spans), b), rule))
            elif (a, b) == (s, e) and _tagged_name(text, a, b) and not _SUFFIX_RE.fullmatch(text[a:b]):
                found.append(((a, b), rule))
    return sorted(set(found))


# Trades that end a firm's short name as often as an ordinary phrase (中闽|能源 a firm, 清洁|能源 a phrase; 小鹏|汽车, 新能源|汽车):
# the brand trades (data/organization_brand_trades.txt) and data/organization_tagged_trades.txt. No word before the
# trade tells the rules a name from a phrase, and LAC, trained on a large general corpus, does: where it reads a body
# that ends at the trade, a firm is named there.
_TRADE_WORDS = tuple(sorted({*words("organization_brand_trades"), *words("organization_tagged_trades")},
                            key=len, reverse=True))
_TRADE_AT = re.compile("|".join(_TRADE_WORDS))
# Dictionary tags of a word that is no brand before a trade: ordinary nouns, verbs, adjectives and words of place or
# time (硬核|科技, 辖内|银行, 清洁|能源); names (nr, nz, nt), abbreviations (j) and words jieba does not know may be one.
_VERB_TAGS = frozenset({"v", "vn", "vd"})
_NOT_A_BRAND_TAGS = frozenset({"n", "v", "vn", "a", "ad", "an", "d", "s", "f", "t", "m", "q", "b", "l", "i", "z"})


def _trade_cues(text: str, spans: dict[tuple[int, int], str]) -> list[tuple[int, int]]:
    """(start, end) of each trade word (:data:`_TRADE_WORDS`) that no name found covers or ends at, with two
    characters at least before it, and that begins no longer dictionary word (汽车|站, 能源|局 are no trade after a
    name): where LAC is asked whether a firm's name ends there (organization.tagged_trade)."""
    found = Coverage(len(text), list(spans))
    cues = []
    for m in _TRADE_AT.finditer(text):
        a, b = m.span()
        if a < 2 or found.touches(a - 1, b) or not _HAN_RUN.fullmatch(text[a - 2 : a]) \
                or is_word(text[a : b + 1], 1) or is_word(text[a : b + 2], 1):
            continue
        cues.append((a, b))
    return cues


# Titles of a body's head or founder (data/organization_head_titles.txt, data/organization_founder_titles.txt): a name
# written right before one (某某集团|董事长, 某某联谊会|会长) that no rule found may be a body's, which LAC may read.
_TITLE_AT = re.compile("|".join(sorted({*words("organization_head_titles"), *words("organization_founder_titles")},
                                       key=len, reverse=True)))


def _title_cues(text: str, spans: dict[tuple[int, int], str]) -> list[tuple[int, int]]:
    """(start, start) of each head's title with a character of a name right before it and no name found ending or
    running there (organization.tagged_title): where LAC is asked whether a body's name ends right before it."""
    found = Coverage(len(text), list(spans))
    return [(m.start(), m.start()) for m in _TITLE_AT.finditer(text)
            if m.start() >= 2 and re.match(r"[\u4e00-\u9fffA-Za-z]", text[m.start() - 1])
            and not found.touches(m.start() - 1, m.start())]


# A list of names joined by 、 (甲、乙、丙), each item of two to twelve characters: where one item is a name found whole,
# LAC is asked about the others (organization.tagged_list_item).
_LATE_LIST = re.compile(r"(?:[\u4e00-\u9fffA-Za-z0-9]{2,12}、)+[\u4e00-\u9fffA-Za-z0-9]{2,12}")


def _list_item_cues(text: str, spans: dict[tuple[int, int], str]) -> list[tuple[int, int]]:
    """(start, end) of the items of a 、-list (:data:`_LATE_LIST`) one item of which is a name found exactly, that
    touch no name found: where LAC is asked whether the whole item is a body (甲公司、乙、丙: 乙 and 丙)."""
    if "、" not in text:
        return []
    named = Coverage(len(text), list(spans))
    cues = []
    for m in _LATE_LIST.finditer(text):
        items, at = [], m.start()
        for part in m.group().split("、"):
            items.append((at, at + len(part)))
            at += len(part) + 1
        if any(item in spans for item in items):
            cues += [item for item in items if not named.touches(*item)]
    return cues


def _tagged_body(text: str, a: int, b: int, named: Coverage) -> bool:
    """A name LAC read whole at a cue of its own (a title after it, a list it stands in) may be kept: two characters or
    more, touching no name found, through the gates of every name LAC reads (:func:`_tagged_name`), no ordinary word
    (a brand or abbreviation jieba knows may be frequent), no kind of firm and no bare ending."""
    name = text[a:b]
    return (b - a >= 2 and not named.touches(a, b) and _tagged_name(text, a, b)
            and not (is_common_word(name) and dictionary_tag(name) not in _BODY_TAGS)
            and not _kind_of_firm_only(name) and not _SUFFIX_RE.fullmatch(name))


def _late_tagged_firms(text: str, spans: dict[tuple[int, int], str],
                       place_spans: list[tuple[int, int]]) -> list[tuple[tuple[int, int], str]]:
    """Bodies LAC reads where no rule or cue found a name, asked last, so that a name they read keeps their rule; one
    window for each cue, all in one batch (org_tagger.py):

    - at a trade (:func:`_trade_cues`), the name LAC ends exactly at the trade, if it passes
      :func:`_tagged_trade_name` (organization.tagged_trade);
    - before a head's title (:func:`_title_cues`), the name LAC ends exactly there, if it passes :func:`_tagged_body`
      (organization.tagged_title; it touches no name found: 自治区卫健委|医政医管处|负责人 is the rules' name and its
      unit, joined later);
    - at an item of a list that holds a name found (:func:`_list_item_cues`), the whole item where LAC reads it as one
      body that passes :func:`_tagged_body` (organization.tagged_list_item)."""
    cues = [(s, e, "organization.tagged_trade") for s, e in _trade_cues(text, spans)]
    cues += [(s, e, "organization.tagged_title") for s, e in _title_cues(text, spans)]
    cues += [(s, e, "organization.tagged_list_item") for s, e in _list_item_cues(text, spans)]
    if not cues:
        return []
    named = Coverage(len(text), list(spans))
    found = []
    for (s, e, rule), orgs in zip(cues, tagged_spans(text, [window_ending_at(text, e) for _, e, _ in cues])):
        for a, b in orgs:
            if b != e:
                continue
            if rule == "organization.tagged_trade" and _tagged_trade_name(text, a, s, e, place_spans):
                found.append(((a, b), rule))
            elif rule == "organization.tagged_title" and _tagged_body(text, a, b, named):
                found.append(((a, b), rule))
            elif rule == "organization.tagged_list_item" and a == s and _tagged_body(text, a, b, named):
                found.append(((a, b), rule))
    return sorted(set(found))


def _tagged_trade_name(text: str, start: int, trade: int, end: int, place_spans: list[tuple[int, int]]) -> bool:
    """What LAC reads at a trade (``text[start:end]``, the trade from ``trade``) names a firm: a brand of two characters
    at least before the trade, past any place it begins with (上海|某某|信托), that is no ordinary word (a brand or
    abbreviation jieba knows may be frequent: 华能|信托, 光大|信托, 中信|证券) (硬核|科技, 新能源
    |汽车 — a trade before the trade is a sort of trade, not a brand), no place alone (上海|信托, 北海|旅游 are the trade
    of a place) and passes the gates of every name LAC reads (:func:`_tagged_name`: not counted, pointed at or a
    kind)."""
    head_start = start
    for ps, pe in place_spans:
        if ps <= start < pe:
            head_start = max(head_start, pe)
    head = text[head_start:trade]
    if len(head) < 2 or _TRADE_AT.search(head[-2:]) \
            or is_common_word(head) and dictionary_tag(head) not in _BODY_TAGS \
            or dictionary_tag(head) in _NOT_A_BRAND_TAGS or is_function_word(head[:2]) \
            or dictionary_tag(head[-2:]) in _NOT_A_BRAND_TAGS:
        return False  # (门|急诊|医疗, 中央|企业|科技: an ordinary word before the trade makes a phrase, whatever precedes it)
    # (nor a clause LAC ran into the name: a verb or a function word after the brand's first two characters, 某某经纬|
    # 咨询|某某食品, 某某|调研|某某科技; a brand of four is no word of a clause)
    if any(dictionary_tag(head[k : k + 2]) in _CLAUSE_WORD_TAGS | _VERB_TAGS for k in range(2, len(head) - 1)):
        return False
    # (nor an index named after a firm or a trade, 恒生科技|指数, 某某能源|行业指数: an index is no body; nor a person's
    # name the text also writes alone, before a trade that describes the person's business, 马斯克科技|帝国 after
    # 马斯克表示: jieba's dictionary tags the head a personal name, and the name stands alone elsewhere)
    if _INDEX_AFTER.match(text, end) or (dictionary_tag(head) == "nr" and _alone_elsewhere(text, head, head_start)):
        return False
    return _tagged_name(text, start, end) and not _kind_of_firm_only(text[start:end])


_INDEX_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}指数")


def _alone_elsewhere(text: str, head: str, at: int) -> bool:
    """``head`` written elsewhere in ``text`` not followed by a trade word (马斯克表示 beside 马斯克科技)."""
    for m in re.finditer(re.escape(head), text):
        if m.start() != at and not _TRADE_AT.match(text, m.end()):
            return True
    return False


# A list in brackets right after a kind of firm (四五十家龙头企业（甲、乙集团、丙等）): the brackets name the firms the kind
# counts, as a list before 等 and the kind does (_firms_listed_before_kind). The brackets hide it from _list_siblings,
# which reads bracketed notes as notes. Each item must be a found name or pass the test of a list sibling's short name
# (_sibling_item), so that a list of kinds or places (企业（医院、学校等）, 公司（北京、上海）) is not read.
_BRACKETED_AFTER_KIND = re.compile(rf"(?:{_KINDS_AFTER_LIST})[（(](?P<list>[^（）()\n]{{5,60}}?)等?[）)]")


def _bracketed_firm_lists(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> None:
    found = set(spans)
    listed: set[str] = set()
    for m in _BRACKETED_AFTER_KIND.finditer(text):
        items, at = [], m.start("list")
        body = m.group("list")
        if body.endswith("等"):
            body = body[:-1]
        for part in _LIST_SPLIT.split(body):
            items.append((at, at + len(part)))
            at += len(part) + 1
        if len(items) < 2 or not any((a, b) in found for a, b in items):
            continue  # (one item is a note, not a list; and one item at least must be a body found already)
        trades = {text[b - 2 : b] for a, b in items if (a, b) in found}
        if all((a, b) in found or _sibling_item(text[a:b], places, trades) for a, b in items):
            for a, b in items:
                spans.setdefault((a, b), "organization.bracketed_list")
                listed.add(text[a:b])
    _recur(text, [n for n in listed if len(n) >= 3], spans)


# A short form the text defines for a name it found (华中科技大学（简称“华科”）, 某某公司（以下简称“某某”）): the body
# wherever it recurs. The short form must take its characters, in order, from the name (an abbreviation), so that a
# role defined in brackets (以下简称“公司”, “本行”, “甲方”) is not read as a name.
_DEFINED_SHORT = re.compile(r"[（(](?:以下|下文)?(?:简称|下称)[为：:]?[“\"「]?(?P<short>[\u4e00-\u9fffA-Za-z]{2,8})[”\"」]?[）)]")


def _abbreviates(short: str, name: str) -> bool:
    at = 0
    for c in short:
        at = name.find(c, at) + 1
        if not at:
            return False
    return short != name and not short.endswith(tuple(_SUFFIXES))


def _defined_short_forms(text: str, spans: dict[tuple[int, int], str]) -> None:
    if "称" not in text:
        return
    ends: dict[int, int] = {}
    for a, b in spans:
        ends[b] = min(ends.get(b, a), a)  # (the longest name ending before the brackets)
    for m in _DEFINED_SHORT.finditer(text):
        if m.start() in ends and _abbreviates(m.group("short"), text[ends[m.start()] : m.start()]):
            short = m.group("short")
            for r in re.finditer(re.escape(short), text):
                spans.setdefault((r.start(), r.end()), "organization.defined_short_form")


# A name the text makes act as a firm at two places or more (钉钉|总裁叶某 … 向钉钉|官方求证; 加入某某|前): an officer's
# title, its official voice or its staff right after it, or 加入 or 入职 right before it. The name is taken between a
# stop and the cue, without a verb of taking a post before it (出任|钉钉COO); it must be no word of the dictionary and
# no place (公司CEO, 北京官方), and it is a firm wherever it recurs. One cue is not enough: 某某总裁 once may be a person's
# name or a product's.
_FIRM_CUE = "|".join(sorted(words("organization_firm_cues"), key=len, reverse=True))
_AT_FIRM_CUE = re.compile(rf"(?<=[\u4e00-\u9fffA-Za-z]{{2}})(?:{_FIRM_CUE})")  # (the name is read back from the cue)
_JOINED_FIRM = re.compile(r"(?:加入|入职)(?P<name>[\u4e00-\u9fffA-Za-z]{2,6}?)(?=[，。、；,;前后时的]|以来)")
_TAKING_A_POST = re.compile(r"^(?:[已曾将并又还]?(?:出任|担任|兼任|升任|就任|接任|任|加入|入职|离开|接近|来自|据))+")
_MIN_FIRM_CUES = threshold("organizations", "min_firm_cues")
# What follows 官方 when it is the firm's voice (向某某官方|求证, 某某官方|表示, 某某官方|微博), not an adjective of a
# product (某某官方镜像, 官方商城).
_OFFICIAL_VOICE = re.compile(r"[，。：:“”\"、；;\s]|表示|称|回应|宣布|发布|证实|求证|透露|回复|确认|介绍|微博|微信|网站|公众号|账号"
                             r"|消息|公告|声明|数据|信息|曾|也|并|已|还|对|向|在|于")
_NOT_A_FIRM_HEAD_TAGS = frozenset({"a", "ad", "d", "t", "m", "q", "p", "c", "r", "f", "u", "v", "vd"})


def _cued_name(text: str, end: int) -> tuple[int, int] | None:
    """The name before a cue that begins at ``end``: read left to a stop, and cut after a verb of taking a post; two to
    six characters, or None."""
    a = end
    while a > 0 and a > end - 12 and text[a - 1] not in _COMPANY_LEFT_STOP and (is_han(text[a - 1]) or text[a - 1].isascii()
                                                                              and text[a - 1].isalpha()):
        a -= 1
    cut = _TAKING_A_POST.match(text, a, end)
    if cut:
        a = cut.end()
    return (a, end) if 2 <= end - a <= 6 else None


def _firms_at_cues(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> None:
    sites: dict[str, set[int]] = {}
    found = sorted(spans)
    starts = [a for a, _ in found]

    def add(a: int, b: int) -> None:
        # (a site inside or across a body found already is that body's: 外交部|新闻发言人, not 外交部新闻)
        if text[a] in _CLASSIFIERS and _COUNT_WORD.search(text, max(0, a - 1), a):
            return  # (一|位教育行业|CEO: a count's classifier begins no name)
        k = bisect_left(starts, b)
        if not any(fa < b and fb > a for fa, fb in found[max(0, k - 40) : k]):
            sites.setdefault(text[a:b], set()).add(a)

    for m in _AT_FIRM_CUE.finditer(text):
        if m.group() == "官方" and not _OFFICIAL_VOICE.match(text, m.end()):
            continue  # (某某官方|镜像: 官方 describes a product there, "official", not the firm's voice)
        if span := _cued_name(text, m.start()):
            add(*span)
    for m in _JOINED_FIRM.finditer(text):
        add(m.start("name"), m.end("name"))
    for name in sorted(sites):
        if len(sites[name]) < _MIN_FIRM_CUES or name in places or is_word(name, 1, but=("nz", "nt", "nrt")) \
                or set(name) & _LEFT_STOP or _COUNT_WORD.match(name[0]) or is_function_word(name[:2]) \
                or re.search(_FIRM_CUE, name) or _COUNTRY_START.match(name) \
                or dictionary_tag(name[:2]) in _NOT_A_FIRM_HEAD_TAGS or name.endswith(tuple(_COMPANY)):
            # (入职|不足半年的: an adjective, adverb or time word opens no firm's name; 一|位创业公司|CEO: a name in
            # a firm's ending is read by the endings, which refused this one as a kind)
            continue
        for r in re.finditer(re.escape(name), text):
            spans.setdefault((r.start(), r.end()), "organization.firm_at_cues")


# A country's parliament, 国会: world news names it with its country (美国国会, 日本国会) or, once the story is told of
# that country, alone (国会拨付的资金, 对国会表示). 国会 is also the end of 某国 and the start of 会议/会谈 (全国|会议,
# 各国|会员, 共和国|会见), so alone it is read only after a clause's start or a preposition or particle that cannot end a
# country's name (data/organization_before_parliament.txt); never as a place (国会山, 国会大厦: the Capitol), an event
# (国会骚乱) or a member's post (国会议员).
_BEFORE_PARLIAMENT = frozenset(words("organization_before_parliament"))
_COUNTRY_BEFORE = re.compile(rf"(?:{_COUNTRY_INSIDE.pattern})$")
# (国会山, 国会骚乱, 国会议员: a building, an event there or a member's post, not the parliament acting; with a country
# before it or not, 美国国会议员 as 多名国会议员: data/organization_not_parliament_after.txt)
_NOT_PARLIAMENT_AFTER = re.compile("|".join(sorted(words("organization_not_parliament_after"), key=len, reverse=True)))
_LONGEST_COUNTRY = max(map(len, _COUNTRIES))


def _parliaments(text: str) -> list[tuple[int, int]]:
    # (found by the word itself, then its country or the character before it looked up: a pattern that tries every
    # country at every character would be far slower)
    spans = []
    i = text.find("国会")
    while i >= 0:
        if not _NOT_PARLIAMENT_AFTER.match(text, i + 2):
            if country := _COUNTRY_BEFORE.search(text, max(0, i - _LONGEST_COUNTRY), i):
                spans.append((country.start(), i + 2))
            elif i == 0 or text[i - 1] == "\n" or text[i - 1] in _BEFORE_PARLIAMENT:  # (a paragraph's start too)
                spans.append((i, i + 2))
        i = text.find("国会", i + 2)
    return spans


# A firm and the firm it controls (中粮控股的中粮期货, 五矿控股的五矿期货): both sides of 控股的 name firms, each a name
# of two to six characters that is no ordinary word, no place and holds no stop character or verb; the holder begins
# its clause or follows a word that opens a list (比如|中粮控股的…), the held firm ends at a list mark, a stop or 等, or
# before the adverb or act of its clause in running text (五矿控股的五矿期货|均在列, 某某控股的某某银行|公告).
_CONTROLLED = "控股的"
_CONTROLLED_FIRM = re.compile(rf"[\u4e00-\u9fff]{{2,6}}?(?=[、，,。；;和及与等（(]|$|{_FIRM_ACT_ADVERBS}|{_FIRM_ACTS})")
_BEFORE_HOLDER = re.compile(r"(?:^|[，,。；;：:、\n（(“”\"]|比如|例如|包括|诸如|如|其中)$")
_LONGEST_HOLDER = threshold("organizations", "longest_holder")


def _controlled_firms(text: str, place_surfaces: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the holders and the held firms of each 甲控股的乙 (see above): the holder is the shortest run
    before 控股的 that begins its clause or follows a word that opens a list."""
    spans = []
    i = text.find(_CONTROLLED)
    while i >= 0:
        start = next((k for k in range(i - 2, max(-1, i - _LONGEST_HOLDER - 1), -1)
                      if _BEFORE_HOLDER.search(text, max(0, k - 2), k)), None)
        firm = _CONTROLLED_FIRM.match(text, i + len(_CONTROLLED))
        if start is not None and firm:
            names = [(start, i), firm.span()]
            if all(_firm_short_name(text[a:b], place_surfaces) for a, b in names) \
                    and not _KIND_OF_FIRM_HELD.search(firm.group()):  # (控股的|上市公司: a kind of firm, none named)
                spans += names
        i = text.find(_CONTROLLED, i + len(_CONTROLLED))
    return spans


def _firm_short_name(name: str, place_surfaces: set[str]) -> bool:
    """A firm's short name: no ordinary word (but the dictionary's proper nouns and abbreviations), no place, no stop
    character, pronoun or count, and no verb inside (企业, 国资委? is a body's abbreviation and stays; 相关公司 does not)."""
    return not (name in place_surfaces or name[0] in _NOT_A_NAME_START or set(name) & _LEFT_STOP
                or _COUNT_WORD.match(name[0]) or _COUNTED.search(name)
                or (is_word(name) and dictionary_tag(name) not in _SHORT_NAME_TAGS)
                or (dictionary_tag(name[0]) == "a" and is_common_word(name[1:]))  # (大|股东: an adjective and a noun)
                or any(dictionary_tag(name[k : k + 2]) in _VERB_TAGS for k in range(len(name) - 1)))


# The police of a foreign country or city (德国警方, 纽约警方): the place is a country of countries.txt or a word the
# dictionary tags as a place (ns) right before 警方; the police of a division of China are read by _POLICE.
_FOREIGN_POLICE = "警方"
_LONGEST_CITY = threshold("organizations", "longest_foreign_city")


def _foreign_police(text: str, place_ends: dict[int, int]) -> list[tuple[tuple[int, int], str]]:
    """((start, end), rule) of each police named by a place right before 警方: a foreign country's (美国警方) under
    ``organization.foreign_police``; a city or town the dictionary tags as a place (纽约警方, 横店警方) under
    ``organization.police_of_named_place``, as the dictionary does not tell a foreign city from a Chinese town that
    the code table lacks. Not 当地警方 or 涉事警方 (no place), nor after a place of China found (_POLICE reads those),
    nor after a continent or a region of the world (欧洲警方: no one body; data/organization_world_regions.txt)."""
    spans = []
    i = text.find(_FOREIGN_POLICE)
    while i >= 0:
        if i in place_ends:
            pass
        elif country := _COUNTRY_BEFORE.search(text, max(0, i - _LONGEST_COUNTRY), i):
            spans.append(((country.start(), i + 2), "organization.foreign_police"))
        else:
            city = next((k for k in range(_LONGEST_CITY, 1, -1)
                         if i - k >= 0 and dictionary_tag(text[i - k : i]) == "ns"
                         and (i - k == 0 or not is_han(text[i - k - 1]) or text[i - k - 1] in _LEFT_STOP)), None)
            if city and text[i - city : i] not in _WORLD_REGIONS:
                spans.append(((i - city, i + 2), "organization.police_of_named_place"))
        i = text.find(_FOREIGN_POLICE, i + 2)
    return spans


_WORLD_REGIONS = word_set("organization_world_regions")


# A firm's registered name with its place of registration in brackets before the rest (甲乙信息技术（深圳）有限公司,
# 丙丁字节（云南）科技有限公司): the bracket stops the reading of a name at its ending, so the words before the bracket,
# the bracket and the rest are read as one name here. The bracket must hold a place (or country) and the rest end in a
# registered form; the words before it are read back as a name's (to a stop or a clause's verb) and begin after a
# place written right before them (云南省昆明呈贡区|丙丁字节: the firm's own words).
_PLACE_BRACKETED_FIRM = re.compile(r"（(?P<place>[\u4e00-\u9fff]{2,6})）"
                                   r"(?P<rest>[\u4e00-\u9fff]{0,8}?(?:股份有限公司|有限责任公司|有限公司))")


_HOLDER_BEFORE_SUBSIDIARY = re.compile(r"(?:子公司|分公司|公司|集团|旗下|下属|控股的|持股的)")


def _firms_with_bracketed_place(text: str, in_place: Coverage) -> list[tuple[int, int]]:
    spans = []
    for m in _PLACE_BRACKETED_FIRM.finditer(text):
        if not (in_place.covers(*m.span("place")) or m.group("place") in _COUNTRIES):
            continue
        start = _read_left(text, m.start(), m.start(), in_place)
        while (place := next((b for b in range(m.start() - 1, start, -1) if in_place.covers(start, b)), None)) \
                and place < m.start():
            start = place  # (云南省昆明呈贡区|丙丁字节: the places before the firm's words are not its name)
        if holder := list(_HOLDER_BEFORE_SUBSIDIARY.finditer(text, start, m.start())):
            start = holder[-1].end()  # (甲乙医药控股子公司|丙丁实业（香港）有限公司: the holder and its word are no part)
        head = text[start : m.start()]
        if len(head) < 2 or not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", head) or _COUNT_WORD.match(head[0]) \
                or head.startswith(("某", "该", "这", "其")) or _SUFFIX_RE.fullmatch(head) or head in _COMPANY:
            continue  # (not a kind alone: 该公司（深圳）…)
        spans.append((start, m.end()))
    return spans


# A legislative council (立法会, 第七届立法会, 香港特别行政区第七届立法会): the one body of its region that the word names
# alone, as 人大常委会 does; not 立法会议 (a legislative meeting), but 立法会议员 (a member of the council) holds it.
_LEGISLATIVE_COUNCIL = re.compile(r"(?P<region>特别行政区|特区)?(?:第[一二三四五六七八九十]+届)?立法会(?!议(?!员))")


def _legislative_councils(text: str, place_ends: dict[int, int]) -> list[tuple[int, int]]:
    """(start, end) of each legislative council named, from the place written right before it (香港|立法会, 香港|特别
    行政区第七届立法会) where there is one. Without a place, only in a text that names a region whose legislature the
    word names alone (Hong Kong, Macao: data/organization_council_regions.txt): elsewhere 立法会 may be another
    country's legislature or none (立法会选举 in a story about another country)."""
    spans = []
    regions = _COUNCIL_REGIONS.search(text) is not None
    for m in _LEGISLATIVE_COUNCIL.finditer(text):
        core = m.start() + len(m.group("region") or "")
        # (the place may hold the region's word, 香港特别行政区|第七届立法会, or stand before it, 澳门|特区立法会)
        start = place_ends.get(core, place_ends.get(m.start(), core))
        if start < m.start() or regions:
            spans.append((start, m.end()))
    return spans


_COUNCIL_REGIONS = re.compile("|".join(sorted(words("organization_council_regions"), key=len, reverse=True)))


# A firm named only where its founder or chief is (session 22, org2): a name that opens a clause and stands right before
# a title only a firm's founder or chief holds (data/organization_founder_titles.txt), with or without 的 and a space
# (某某创投的创始人, Abilian 创始人兼首席执行官, Pix Moving的创始人), names a firm where no rule read one. A Chinese name
# with no 的 before a chief's title (某某|总裁) is left to _firms_at_cues, which asks for two cues; before a founder's
# (某某|创始人: data/organization_founding_titles.txt) one is enough, as no person or product has one. Not a common
# word, a kind or a pronoun (公司创始人, 其创始人, 集团董事长), not a place, not a day word, and not a run shaped like a
# person's name (王某某董事长: a name and its title in the honorific order, which persons.py reads). The clause's
# opening words are no part of the name (如|某某集团创始人).
_FOUNDER_TITLES = "|".join(sorted(words("organization_founder_titles"), key=len, reverse=True))
_FOUNDED_FIRM = re.compile(r"(?:^|(?<=[。！？!?\n，,；;：:“”\"、]))[ \u3000]*"
                           rf"(?P<name>{_LATIN_NAME}|[\u4e00-\u9fff]{{2,6}}?)[ \u3000]?(?P<of>的)?[ \u3000]?"
                           rf"(?:原|前|现任|时任|首任)?(?:联合|副)?(?P<title>{_FOUNDER_TITLES})")
_FOUNDING_TITLES = word_set("organization_founding_titles")

# (a title in the run is a chain of titles, no name: 董事长兼|首席执行官)
_TITLE_IN_NAME = re.compile(rf"{_FOUNDER_TITLES}|{_HEAD_OF_BODY}")
# (a list or a count of people holds the title, no firm: 甲、乙等四位|联合创始人, 两位|创始人)
_PEOPLE_COUNTED = re.compile(r"等|[一二两三四五六七八九十几多\d][位名个]")
# (a person takes or leaves the post: 某某卸任|CEO, data/organization_post_verbs.txt)
_POST_VERB_END = re.compile("(?:" + "|".join(sorted(words("organization_post_verbs"), key=len, reverse=True)) + ")$")


def _founders_firms(text: str, spans: dict[tuple[int, int], str], place_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the names before a founder's or chief's title (see above) that no rule found."""
    found = Coverage(len(text), list(spans))
    in_place = Coverage(len(text), place_spans)
    places = {text[a:b] for a, b in place_spans}
    names = []
    for m in _FOUNDED_FIRM.finditer(text):
        a, b = m.span("name")
        name = m.group("name")
        if is_han(name[0]):
            if not (m.group("of") or m.group("title") in _FOUNDING_TITLES):
                continue  # (某某|总裁: one chief's title is not enough, _firms_at_cues asks for two)
            if opening := _OPENING_WORDS.match(name):
                a, name = a + opening.end(), name[opening.end():]
            if len(name) < 2 or name[0] in _NOT_A_NAME_START or name in places or in_place.touches(a, b) \
                    or is_word(name, 30, but=_BODY_TAGS) or starts_follower(name) or is_function_word(name[:2]) \
                    or _surname_led(name) or _DAY_WORD.match(name) or _kind_of_firm_only(name) or "的" in name \
                    or name.endswith("兼") or _TITLE_IN_NAME.search(name) or _PEOPLE_COUNTED.search(name) \
                    or _POST_VERB_END.search(name):
                continue  # 公司|创始人, 其|创始人, 王某某|董事长, 董事长兼|CEO, 某某等四位|联合创始人, 某某卸任|CEO: no firm's name
        elif name in _LATIN_NOT_BODIES or _CHIEF_OFFICER.fullmatch(name):
            continue  # (CEO|兼创始人: a title)
        if not found.touches(a, b):
            names.append((a, b))
    return names


# A firm written in Latin letters acting as a clause's subject (session 22, org2): one word of three or more letters
# that opens a clause and speaks or acts (Nextcloud 声称, Nextcloud 表示, 某某Labs宣布), perhaps with an adverb between
# (某某 也表示), is a firm's or body's name where no rule read one: the news writes a foreign person's name in Chinese
# characters, and a Latin one in brackets after it. Not an acronym in capitals (_acting_acronyms reads those), not an
# abbreviation naming no body (data/organization_latin_not_bodies.txt: CEO表示), and not one word of a longer Latin
# run (Frank Karlitschek 表示: the clause does not open at the last word), nor the surname of a foreign person whose
# full name the text writes elsewhere (总统 Vladimir Putin … Putin 指出).
_LATIN_SUBJECT = re.compile(r"(?:^|(?<=[。！？!?\n，,；;：:“”\"]))[ \u3000]*(?P<name>[A-Za-z][A-Za-z0-9&\-]{2,})"
                            rf"[ \u3000]?(?:(?:{_FIRM_ACT_ADVERBS})[ \u3000]?)?(?:{_SUBJECT_FOLLOWERS})")


def _latin_subjects(text: str, spans: dict[tuple[int, int], str]) -> list[tuple[int, int]]:
    """(start, end) of the Latin names acting as a clause's subject (see above) that no rule found."""
    found = Coverage(len(text), list(spans))
    return [m.span("name") for m in _LATIN_SUBJECT.finditer(text)
            if not (m.group("name").isupper() or m.group("name") in _LATIN_NOT_BODIES or found.touches(*m.span("name"))
                    or _surname_of_full_name(text, m.group("name")))]


def _surname_of_full_name(text: str, name: str) -> bool:
    """``name`` is written elsewhere in ``text`` as the last word of a capitalised full name (Vladimir Putin, or after
    initials: David W.C. MacMillan): a
    person's surname, which the story then uses alone."""
    # (the word before may be a given name or initials: Vladimir Putin, David W.C. MacMillan, J. Smith)
    return re.search(rf"(?<![A-Za-z])(?:[A-Z][a-z]+|(?:[A-Z]\.)+)[ \u3000]{re.escape(name)}(?![A-Za-z0-9])", text) is not None


# An outlet credited at a paragraph's end (session 22, org2): a news flash or a digest's item ends with its source in
# brackets right after the last sentence's stop (…行业整体盈利能力有所增强。（某某财富）, …平均降幅42%。（澎湃）). The
# bracket holds the outlet's name alone: not a translator, photographer or editor, nor the text's end (（某某译）,
# （完）: data/organization_credit_non_outlets.txt), nor a person's name (（齐某某）: shaped as one), nor a place, nor
# an abbreviation in capitals, which may as well be a code or a tag ((CIS)). A stop character inside is no name
# (（记者 某某）, （图：…）).
_CREDIT_NON_OUTLETS = "|".join(sorted(words("organization_credit_non_outlets"), key=len, reverse=True))
_CLOSING_CREDIT = re.compile(r"(?<=[。！？!?])[ \u3000]*[（(](?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9+]{1,9})[）)]"
                             r"[ \u3000]*(?=\n|$)")
_NOT_A_CREDIT = re.compile(rf"(?:{_CREDIT_NON_OUTLETS})$|^(?:{_CREDIT_NON_OUTLETS})")


def _closing_credits(text: str, spans: dict[tuple[int, int], str], places: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the outlets credited in brackets at a paragraph's end (see above) that no rule found."""
    found = Coverage(len(text), list(spans))
    credits = []
    for m in _CLOSING_CREDIT.finditer(text):
        name = m.group("name")
        if found.touches(*m.span("name")) or name in places or _NOT_A_CREDIT.search(name) \
                or name in _LATIN_NOT_BODIES or name.isupper() or (is_han(name[0]) and _person_shaped(name)):
            continue  # （某某译）, （完）, （齐某某）: no outlet
        credits.append(m.span("name"))
    return credits


# A firm or body that acts as a clause's subject at two places or more (session 22, org2): a name that opens two
# clauses or more before an act only a body does (宣布, 发布, 通报, 公布, 披露, 推出 …: data/organization_subject_acts.txt
# and data/organization_firm_acts.txt; not the verbs of saying, which persons share: 某某|表示, 某某|认为, 某某|称)
# (…，某某咖啡宣布将支付…；…，某某咖啡宣布与…达成), which
# neither a rule nor LAC read, names a body, and so does every other occurrence of it. As _firms_at_cues, one place is
# not enough (a product's or a person's name may speak once in a story). Not a pronoun or determiner, not an ordinary
# word or a kind (公司, 专家, 警方), not a place or a country, not a day word, and not a run shaped like a person's name
# (a surname and one or two characters, or transliterated: persons.py reads those). The clause's opening words are
# no part of the name (同时|某某咖啡).
# (modal and causative verbs that begin a predicate, not a name: 要|第一时间启动, 应|及时发布)
_MODAL_START = frozenset("要应需将可会能须请让使")
_PEOPLE_ENDING = re.compile("(?:" + "|".join(sorted(words("organization_people_endings"), key=len, reverse=True)) + ")$")
_BODY_ONLY_ACTS = "|".join(sorted({*(w for w in words("organization_subject_acts") if len(w) > 1),
                                    *words("organization_firm_acts")}, key=len, reverse=True))
_SPEAKING_SUBJECT = re.compile(r"(?:^|(?<=[。！？!?\n，,；;：:“”\"]))(?P<subject>[\u4e00-\u9fff]{2,8}?)(?:方面)?"
                               rf"(?:(?:{_FIRM_ACT_ADVERBS}))?(?P<act>{_BODY_ONLY_ACTS})")


def _speaking_subjects(text: str, spans: dict[tuple[int, int], str], place_spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of the subjects that speak or act at two clauses or more (see above) that no rule found."""
    found = Coverage(len(text), list(spans))
    in_place = Coverage(len(text), place_spans)
    places = {text[a:b] for a, b in place_spans}
    sites: dict[str, list[tuple[int, int]]] = {}
    for m in _SPEAKING_SUBJECT.finditer(text):
        a, b = m.span("subject")
        subject = m.group("subject")
        if is_word(text[m.start("act") : m.end("act") + 1], 1) or _ACT_GOES_ON.match(text, m.end("act")):
            continue  # 某某|发布会: the act's word runs on into a noun
        if opening := _OPENING_WORDS.match(subject):
            a, subject = a + opening.end(), subject[opening.end():]
        if len(subject) < 2 or found.touches(a, b) or in_place.touches(a, b) or subject in places \
                or subject[0] in _NOT_A_NAME_START or subject[0] in _MODAL_START or is_word(subject, 30, but=_BODY_TAGS) \
                or "的" in subject or starts_follower(subject) or is_function_word(subject[:2]) or _person_shaped(subject) \
                or _DAY_WORD.match(subject) or _COUNTRY_START.match(subject) or _kind_of_firm_only(subject):
            continue  # (要第一时间|启动: a modal begins the clause's predicate, no name)
        if _PEOPLE_ITEM.search(subject) or _PEOPLE_ENDING.search(subject):
            continue  # (公司相关人士|宣布, 工作人员|发布: people of a kind, no body)
        sites.setdefault(subject, []).append((a, b))
    return [span for subject, at in sites.items() if len(at) >= _MIN_FIRM_CUES for span in at]


# Lists of brands in market-share and ranking news (s22 org4): 三星、苹果、小米、vivo、OPPO五个品牌, 甲、乙、丙等厂商,
# 包括甲、乙 和丙在内的手机厂商, 甲、乙、丙分列三四五名, 甲、乙、丙 前五. The kind noun or the ranking after the list, with
# one item a body found already, makes it a list of firms, and its other items name firms even where they are ordinary
# words (a fruit, a grain, "glory", "three stars") or Latin brands no rule knows.
_RANKED_LIST_KINDS = "|".join(sorted(words("organization_ranked_list_kinds"), key=len, reverse=True))
_RANKING_WORDS = "|".join(sorted(words("organization_ranking_words"), key=len, reverse=True))
_LIST_NON_NAMES = frozenset(words("organization_list_non_names"))
_BRAND_ITEM = r"(?:[\u4e00-\u9fff]{2,8}?|[A-Za-z][A-Za-z]{1,14}(?![A-Za-z0-9]))"
_RANKED_LIST = re.compile(
    # (the list begins where a clause or a word of Latin letters does, not inside a word: 非处方|药品牌及…)
    rf"(?:(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{{2,12}}?|(?<![A-Za-z])[A-Za-z][A-Za-z]{{1,14}}(?![A-Za-z0-9]))(?: ?、 ?{_BRAND_ITEM})+(?: ?(?:以及|[和与及]) ?{_BRAND_ITEM})?"
    # (等厂商, 五个品牌, 在内的 OEM 厂商, 等第二梯队新势力品牌: a few words of kind before the noun only after 等, a count
    # or 在内的, so that the last item is not cut inside its name: 与澳大|利亚三大媒体公司, 东方|迈德等企业)
    # (not a kind right after the last item, which describes the name after it: 沃尔玛、电商|巨头亚马逊)
    rf"(?= ?(?:(?:等等|等|(?:[一二两三四五六七八九十\d]+[个家大])|在内的)+ ?(?:[A-Z]{{2,4}} ?)?[\u4e00-\u9fff]{{0,6}}?"
    # (not 等企业家, 等公司创始人: people of the firms, not the firms)
    rf"(?:{_RANKED_LIST_KINDS})(?!家|人|员|主|高管|董事|创始|总裁|老板|负责)"
    rf"|(?:分别|依次|并|均|也)?(?:{_RANKING_WORDS})))")
_COUNT_AFTER_ITEMS = re.compile(r" ?([一二两三四五六七八九十]|\d+)[个家大]")
_RANKED_LIST_COUNTS = {c: str(n) for n, c in enumerate("一二三四五六七八九十", 1)} | {"两": "2"}
_RANKING_AFTER = re.compile(rf" ?(?:分别|依次|并|均|也)?(?:{_RANKING_WORDS})")
# A count, not a name (三家, 两个): 三星 and 一加 are names.
_COUNTED_ITEM = re.compile(r"[一二两三四五六七八九十几多\d]+[个家位名大项类种只批]")
# A list labelled before it (s22 org4): a role of firms or a ranking's top places, then 包括, 为, 是 or 有
# (承销商包括甲、乙、丙; 榜单前五分别为甲、乙、丙和丁; 前三名依次是甲、乙、丙). Its last item runs to 等, 在内 or the clause's end.
_LIST_LABELS = "|".join(sorted(words("organization_list_labels"), key=len, reverse=True))
_LABELLED_LIST = re.compile(
    rf"(?:(?:{_LIST_LABELS})|前[二三四五六七八九十\d]{{1,2}}(?:名|位)?(?:的)?) ?(?:分别|依次)?(?:包括|为|是|有)[：:]? ?"
    r"(?P<list>(?:[\u4e00-\u9fff]{2,8}?|[A-Za-z][A-Za-z]{1,14})(?: ?、 ?(?:[\u4e00-\u9fff]{2,8}?|[A-Za-z][A-Za-z]{1,14}))+"
    r"(?: ?(?:以及|[和与及]) ?(?:[\u4e00-\u9fff]{2,8}?|[A-Za-z][A-Za-z]{1,14}))?)(?= ?(?:等|在内|[，。；;,！!？?]|$))")
_RANKED_ITEM_SPLIT = re.compile(r" ?(?:、|以及|(?<=[\u4e00-\u9fffA-Za-z ])[和与及](?=[\u4e00-\u9fffA-Za-z ])) ?")
# Words before a list's first item that begin no name (同时 对于|三星、…, 其中|小米、…, 包括|荣耀、…).
# (今年|三星、…, 本季度|小米、…: a time word before the first item begins no name either)
_RANKED_LIST_OPENER = re.compile(r"^(?:(?:同时|对于|其中|包括|例如|比如|诸如|以及|而且|此外|另外|除了|像|如|由|与|和|及|对|在|是|有|将|被|把"
                                 rf"|今年|去年|明年|前年|本月|上月|当月|本周|本季度?|上季度?|同期|{_DAY_WORD.pattern})+)")


def _ranked_item(item: str, places: set[str]) -> bool:
    """An item of a labelled or ranked list of firms that can name one: two to six Chinese characters with no stop
    character, no place, no count, not the rest or a kind (其他, 国内, 三家, 手机厂商); or one Latin word that is no
    abbreviation of a title (CEO). A person-shaped item is taken (荣耀, 高通 and 戴尔 are surname-led): the list's kind
    after it is of firms, not of people (等企业家 is refused by the pattern)."""
    if re.fullmatch(r"[A-Za-z]{2,15}", item):
        return item not in _LATIN_NOT_BODIES and item.upper() not in _LATIN_NOT_BODIES
    if not (2 <= len(item) <= 6 and re.fullmatch(r"[\u4e00-\u9fff]+", item)) or item in places \
            or set(item) & _LEFT_STOP or item[0] in _NOT_A_NAME_START or _COUNTED_ITEM.match(item) \
            or item.startswith(tuple(_LIST_NON_NAMES)) or is_function_word(item[:2]) or dictionary_tag(item) == "ns" \
            or _COUNTRY_START.match(item):
        return False  # (澳大利亚: a country the place annotator leaves, the dictionary knows)
    if _two_words(item, places):
        return False  # (小区|业主, 爱心|人士: people beside the firms, two ordinary words)
    kind = re.search(rf"(?:{_RANKED_LIST_KINDS})$", item)
    # (手机厂商, 汽车品牌: a kind of firm; 传音公司 is a firm's name)
    return not (kind and (kind.start() == 0 or is_common_word(item[: kind.start()], 1000)))


def _standalone(text: str, a: int, b: int) -> bool:
    """The name at text[a:b] is not a part of a longer word: no letter beside a Latin name; no dictionary word made by
    its first character and the one before or by its last character and the one after (三星|级, 小米|粥)."""
    if text[a:b].isascii():
        return not (a > 0 and text[a - 1].isalnum() and text[a - 1].isascii()) \
            and not (b < len(text) and text[b].isascii() and text[b].isalpha())
    return not (a > 0 and is_word(text[a - 1 : a + 1], 100)) and not (b < len(text) and is_word(text[b - 1 : b + 1], 100))


# Where a clause opens: an ordinary word read again as a brand of a list only there (_brands_in_ranked_lists).
_CLAUSE_OPENERS = frozenset("。！？!?\n，,；;：:、“”\"（( \u3000")


def _brands_in_ranked_lists(text: str, spans: dict[tuple[int, int], str], place_spans: list[tuple[int, int]]) -> None:
    """Items of a list labelled by a kind of firm (等厂商, 五个品牌, 在内的手机厂商) or ranked (分列三四五名, 前五) name
    firms where one item is a body found already, and so does every other standalone occurrence of their names in
    the text. Lists of places, people, models and products are left: a place or a person-shaped run is no item; a
    model with digits is none (小米11); apps and models are not kinds of firm (等平台, 等车型); with no body found in
    the list nothing is read."""
    places = {text[a:b] for a, b in place_spans}
    found = {(a, b) for a, b in spans}
    listed: set[str] = set()
    lists = [m.span() for m in _RANKED_LIST.finditer(text)] + [m.span("list") for m in _LABELLED_LIST.finditer(text)]
    for start, stop in lists:
        items, at = [], start
        for sep in list(_RANKED_ITEM_SPLIT.finditer(text, start, stop)) + [None]:
            end = sep.start() if sep else stop
            items.append((at, end))
            at = sep.end() if sep else end
        a0, b0 = items[0]
        if inner := [(a, b) for a, b in found if b == b0 and a0 < a]:
            items[0] = min(inner)  # (并购了|华为、…: the first item is the body found at its end)
        elif opener := _RANKED_LIST_OPENER.match(text[a0:b0]):
            items[0] = (a0 + opener.end(), b0)  # (同时 对于|三星: the words before the list begin no name)
        if not any(span in found for span in items):
            continue
        if (count := _COUNT_AFTER_ITEMS.match(text, stop)) and _RANKED_LIST_COUNTS.get(count.group(1), count.group(1)) \
                != str(len(items)):
            continue  # (甲、乙和丙2家公司: a count that is not the items' names no list of exactly them)
        new = [(a, b) for a, b in items if (a, b) not in found]
        if new and new[0] == items[0] and not _ranked_item(text[slice(*items[0])], places):
            new = new[1:]  # (a first item that runs into the words before the list is left, not the list)
        if not all(_ranked_item(text[a:b], places) for a, b in new):
            continue  # (one item no name could be: the list is not read at all)
        for a, b in new:
            for run_on in [(s, e) for s, e in spans if s == a and e > b and _RANKING_AFTER.match(text, b, e)]:
                del spans[run_on]  # (苹果|前五: a list sibling's last item ran into the ranking)
            spans.setdefault((a, b), "organization.ranked_list_brand")
            listed.add(text[a:b])
    taken = sorted(spans) + list(place_spans)  # (not inside a body found, nor a place: 澳大|利亚)
    for name in sorted(listed):
        if _person_shaped(name):
            continue  # (a firm named after a person, 张仲景 among drug makers: elsewhere the name may be the person's)
        ordinary = is_word(name, 100)  # (an ordinary word used as a brand: 苹果, 小米, 三星)
        for occ in re.finditer(re.escape(name), text):
            a, b = occ.span()
            if ordinary and a > 0 and text[a - 1] not in _CLAUSE_OPENERS:
                continue  # (read again only where it opens a clause, 。苹果的份额…; not 他每天吃苹果)
            if (a, b) not in spans and _standalone(text, a, b) and not any(s < b and a < e for s, e in taken):
                spans[(a, b)] = "organization.ranked_list_brand"


# A source of data named in letters after 根据 or 据 and before its act of publishing (s22 org4): 根据 Omdia 最新发布的…,
# 根据 BCN 整理的信息, 据 Abcd 统计. A research firm or an outlet, as 据…报道 is (_LATIN_CITED); not where the data
# are a product's or a store's (根据 App Store 数据: no act of publishing), not an abbreviation naming no body (CEO).
_LATIN_DATA_SOURCE = re.compile(r"(?:根据|据) ?(?P<name>[A-Za-z][A-Za-z&\-]{1,20}(?: [A-Z][A-Za-z&\-]*){0,2})"
                                r" ?(?:最新|近日|此前|今日|日前)?(?:发布|公布|整理|统计)")


def _latin_data_sources(text: str, spans: dict[tuple[int, int], str]) -> None:
    """The Latin names that publish data after 根据/据 (see above) are bodies, and so is every other occurrence of
    them standing alone in letters (Omdia … Omdia Mobile Device 市场研究总监)."""
    found = Coverage(len(text), list(spans))
    names = set()
    for m in _LATIN_DATA_SOURCE.finditer(text):
        name = m.group("name")
        if found.touches(*m.span("name")) or name in _LATIN_NOT_BODIES or name.upper() in _LATIN_NOT_BODIES:
            continue
        spans.setdefault(m.span("name"), "organization.latin_data_source")
        names.add(name)
    for name in sorted(names):
        for occ in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text):
            if not found.touches(*occ.span()):
                spans.setdefault(occ.span(), "organization.latin_data_source")


def find_organizations(text: str, place_spans: list[tuple[int, int]]) -> list[dict]:
    spans: dict[tuple[int, int], str] = {}  # (start, end) -> the rule that found it
    for m in _THEATER.finditer(text):
        spans[(m.start(), m.end())] = "organization.military_command"
    for m in _STANDALONE.finditer(text):
        spans[(m.start(), m.end())] = "organization.standing_name"
    for span in _known(text):
        if not _begins_inside_a_place(span[0], place_spans):
            spans.setdefault(span, "organization.known_name")
    for span in _parliaments(text):
        spans.setdefault(span, "organization.parliament")
    for span in _outlets_before_reporters(text, {text[a:b] for a, b in place_spans}):
        spans.setdefault(span, "organization.reporter_outlet")
    for span in _paired_outlets(text, {text[a:b] for a, b in place_spans}):
        spans.setdefault(span, "organization.paired_outlet")
    for span in _airlines_by_flight(text):
        spans.setdefault(span, "organization.airline_flight")
    for span in _apps_acting(text):
        spans.setdefault(span, "organization.app_acting")
    for span in _controlled_firms(text, {text[a:b] for a, b in place_spans}):
        spans.setdefault(span, "organization.controlled_firm")
    for span, rule in _foreign_police(text, {e: s for s, e in place_spans}):
        spans.setdefault(span, rule)
    for span in _legislative_councils(text, {e: s for s, e in place_spans}):
        spans.setdefault(span, "organization.legislative_council")
    whole = set(spans)
    own_bodies: set[int] = set()  # where a body of its own begins, which no name before it is joined to
    for m in _ATTRIBUTED.finditer(text):
        spans.setdefault((m.start("name"), m.end("name")), "organization.attributed")
    for span in _media(text, {text[a:b] for a, b in place_spans}):
        spans.setdefault(span, "organization.media_credit")
    for span in _cited(text, place_spans):
        spans.setdefault(span, "organization.cited_source")
    place_ends = {e: s for s, e in place_spans}
    in_place = Coverage(len(text), place_spans)
    place_starts = sorted(s for s, _ in place_spans)
    for span in _acting_facilities(text, place_ends):
        spans.setdefault(span, "organization.acting_facility")
    for span in _numbered_schools(text, place_ends):
        spans.setdefault(span, "organization.numbered_school")
    for span in _numbered_hospitals(text, place_ends):
        spans.setdefault(span, "organization.numbered_hospital")
    for span in _community_clinics(text, in_place):
        spans.setdefault(span, "organization.community_clinic")
    for span in _place_departments(text, place_ends):
        spans.setdefault(span, "organization.place_department")
    for m in _NUMBERED_BUREAU.finditer(text):
        spans.setdefault((m.start(), m.end()), "organization.numbered_bureau")
    for span in _official_accounts(text, place_ends):
        spans.setdefault(span, "organization.official_account")
    for span in _firms_before_titles(text):
        spans.setdefault(span, "organization.firm_before_title")
    for span in _named_channels(text):  # (after the accounts: 微信公众号“西安发布” is a place's official account)
        spans.setdefault(span, "organization.named_channel")
    for span in _handles(text, dict(place_spans)):  # (after the accounts, which keep their rule: 据@陕西发布)
        spans.setdefault(span, "organization.handle")
    moves, unsure_moves = _stock_moves(text)
    for span in moves:
        spans.setdefault(span, "organization.stock_move")
    for span in _limit_moves(text):
        spans.setdefault(span, "organization.limit_move")
    for span in _share_cues(text):
        spans.setdefault(span, "organization.share_cue")
    for m in _POLICE.finditer(text):
        if m.start() in place_ends and not text.startswith("机关", m.end()):
            # (平顶山市公安|机关: the public security organs of a place, a kind of body; the real sets' gold never
            # counts X公安机关)
            spans.setdefault((place_ends[m.start()], m.end()), "organization.police_of_place")
    unanchored: list[tuple[int, int]] = []  # (ending start, end) of endings whose name has no name element
    for m in _SUFFIX_RE.finditer(text):
        end = m.end()
        if m.group() == "疾控" and _NOT_AFTER_SHORT_CDC.match(text, end):
            continue  # 市疾控部门, 疾控工作: the activity, not the body (武汉市疾控 is)
        if _NOT_A_BODY.match(text, end) or (m.group() in _SCHOOLS and (text.startswith(("生", "校"), end)
                                                                      or text[m.start() - 1 : m.start()] == "中")):
            continue  # 庄河大学城, 医院路: a place named after a body; 大学|生, 中小学|校: students or a kind of school
        if _in_a_word(text, m.start(), end) and not _fused_head(text, m.start(), end, in_place):
            continue  # 大局, 举办; 局长, 委员, 办公: a word, not the end of a body's name
        if _in_a_word(text, m.start(), end) and _title_after_body(text, m.start(), m.group()):
            continue  # 公安局|局长, 公安局|副局长: a head's title written after the body's name, not a second name
        if _unit_head_title(text, m.start(), end):
            continue  # 消防救援支队|支队长, 交警大队|副大队长: the unit head's title, the unit's name ends before it
        if _ADDRESS_AFTER.match(text, end):
            continue  # 长安大学|南校区家属院: the body names an address there, a place, not the body
        if _paper_in_a_word(text, m.group(), end):
            continue  # 查询近日|报道: 报 begins a word (报道, 报告), no paper ends there
        if m.group() == _HOLDING_ENDING and _holds_as_verb(text, m.start(), spans):
            continue  # 中粮|控股的|中粮期货: 控股 is the verb, to hold a controlling stake (_controlled_firms reads both firms)
        if _industry_after_trade(text, m.group(), m.start(), end, in_place):
            continue  # 传统医药|产业, 中医药|领域: the trade of an industry, no firm's name ends there
        start = _read_left(text, m.start(), end, in_place)
        if (day := _DAY_WORD.match(text, start, m.start())) and day.end() < m.start():
            start = day.end()  # 昨日|富祥药业: a day word begins the clause, not the name
        name = text[start:end]
        if m.group() == "中心" and _TOWN_CENTRE.search(name[: -len(m.group())]):
            continue
        if m.group() in _COMPANY and _WHOLE_DIVISION.match(name) and not in_place.touches(start, start + 1):
            continue  # 全省|中医药, 全市|医药: the trade of a whole division, no firm's name begins with 全省 or 全市
        if m.group() == "股份" and _DEAL.fullmatch(text, max(0, start - 2), start):
            # 减持|恒大系股份, 持有|长江存储股份: the shares held or traded, which the endings do not read as a firm named
            # X股份; LAC may read a firm's listed name there (增持|伊利股份, org_tagger.py)
            unanchored.append((m.start(), end))
            continue
        if _in_a_title(text, start, end):
            continue  # 《2020年度中国医院综合排行榜》: a body's words inside a document's title, not a body named
        if dated := list(_DATED.finditer(name)):
            # 据2月16日|广州卫健委: the name starts after a date; a bare ending left (北京昌平10月22日|报告) is dropped below
            start, name = start + dated[-1].end(), name[dated[-1].end():]
        if name[:1] in _LEVEL and text[start - 1 : start] in "）)" and start > 0:
            continue  # 区（市）|县转运专班: levels enumerated, a kind of body in each, not one named
        if (cut := _after_person_or_count(text, start, end, place_starts)) is not None:
            start, name = cut, text[cut:end]  # 许某已转入|宁夏回族自治区第四人民医院: the name begins with its place
        if "某" in name or _COUNTED.search(name) or _ONE_OF.search(name[: -len(m.group())]) \
                or _GROUP_BEFORE_KIND.search(name[: -len(m.group())]) or _referring_head(name[: -len(m.group())]) \
                or _ranked_trade(text, start, end - len(m.group()), in_place):
            continue  # 察右前旗某物流公司, 一家互联网公司, 北京三大|会计师事务所: an anonymised or counted body, not a name
        if len(name) <= len(m.group()) and (m.group() not in _BARE_BODIES
                                            or _GENERIC_BEFORE.search(text, max(0, start - 2), start)):
            continue  # a bare generic word: 指挥部, 医院; 各级|党委
        if _LEVEL_KIND.fullmatch(name[: -len(m.group())]) or _LEVEL_KIND.match(name):
            continue  # 省级|党委, 省级气象|局: a kind of body at a level, not one named
        if _kind_of_firm_only(name) and name not in _FIRM_KINDS:
            # 券商系|期货公司, 产业背景|期货公司: a sort of a kind of firm, none named. (The kind alone goes on to LAC's
            # window, which may read the firm's name before it, 联合|证券公司; _tagged_name drops the kind alone.)
            continue
        if pair := _PAIRED.match(name) or _PAIRED_AFTER_PLACE.search(name):
            start, name = start + pair.end(), name[pair.end():]  # 省委|省政府: the second body of the pair
            whole.add((start, end))  # (not joined to the first again)
        if m.group().endswith("组") and (_LEVELLED.match(name) or name[: -len(m.group())] == "国家"
                                         and _SENT_BEFORE.search(text, max(0, start - 4), start)):
            # 派出|国家工作组, 派出的|国家工作组, 国家级公共卫生专家组: a kind of team sent by the state (or a level), not a
            # named body (the same reading with or without 的 or 了 between); the state's team that guides or speaks is
            # one (在国家工作组指导下)
            continue
        if _JOINT_SECOND_ENDS.search(name) and (joint := [
                p for p in place_starts[bisect_left(place_starts, start + 1) : bisect_left(place_starts, end)]
                if _JOINT_FIRST_ENDS.search(text, start, p)]):
            start, name = joint[-1], text[joint[-1] : end]  # 中共满洲里市委|满洲里市人民政府: the second of the pair
            whole.add((start, end))
        first = bisect_left(place_starts, start)
        places_inside = first < len(place_starts) and place_starts[first] < end
        if places_inside and not _NAME_START.match(name) and not _COUNTRY_START.match(name) \
                and dictionary_tag(text[place_starts[first] - 1 : place_starts[first] + 1]) is None:
            # (unless the place's first character ends a word before it: 拱北|海关 is not 北海 + 关)
            start = place_starts[first]  # 新冠肺炎救治定点医疗机构|内蒙古第四医院: the name begins with its place
            name = text[start:end]
            if m.group() in _AIRLINE_BRANCHES and _airline_short_form(text[start - 2 : start]):
                start -= 2  # 东航|呼和浩特分公司: an airline's branch at a place, named from the airline's short form
                name = text[start:end]
        elif not places_inside and not _NAME_START.match(name) and not _COUNTRY_START.match(name) \
                and (country := _country_inside(name, len(m.group()))):
            start += country  # 有国家流行史|英国卫生安全局: the foreign body's name begins with its country
            name = text[start:end]
        if m.group() == "医院" and places_inside and _graded_hospitals(
                text[max((e for e in place_ends if start < e <= m.start()), default=start) : m.start()]):
            continue  # 上海|三甲|医院, 北京|公立|医院: the place's hospitals of a grade, none named
        if m.group() in _HOMES and len(text[max((e for e in place_ends if start < e <= m.start()), default=start)
                                            : m.start()].lstrip("省市区县州盟旗")) < 2:
            continue  # 上海|养老院, 武汉市|养老院, 县|养老院: a place's homes, none named (幸福之家|养老院 is)
        if holder := list(_RANKED_HOLDER.finditer(name[: -len(m.group())])):
            start, name = start + holder[-1].end(), name[holder[-1].end():]  # 第一大股东|寿光某某控股有限公司
        if described := list(_DESCRIBED.finditer(name[: -len(m.group())])):
            # (全球第二大芯片制造商|海力士公司, 内蒙古第二大城市|包头市第四医院: the rank describes a kind, and a name may
            # follow that kind in apposition; it begins after the kind, as a holder's after its rank)
            cut = _after_ranked_kind(name[: -len(m.group())], described[-1].end())
            if cut is None:
                continue  # 上海最大方舱医院: a body described by a superlative, not named (最高人民法院 is a name)
            start, name = start + cut, name[cut:]
        if m.group() in _COMPANY and (country := _COUNTRY_START.match(name)) \
                and name[country.end() : -len(m.group())] in _KIND_OF_COMPANY:
            continue  # 美国|上市|公司, 日本|外资|公司: a country and a kind of company describe firms, name none
        if m.group() == _SCHOOL and not (places_inside or _NAME_START.match(name)):
            continue  # 这所|学校, 进修实验|学校: a school is named here only with its place (北京市八一学校)
        township = _TOWNSHIP.search(_township_task(name[: -len(m.group())], m.group()))
        if township and _generic_head(text[start + township.start("name") : start + township.end("name")]):
            township = None  # 城市社区党委, 当地嘎查党支部, 贫困村党支部: a kind of place, not a named one
        if township and not (places_inside or _NAME_START.match(name)):
            cut = township.start("name")
            if township.group("short") and township.group("short")[1] in _ROAD_ENDS:
                cut = _road_name_start(name, township.start("short") + 1)  # 给予|昭乌达路街道: named after its road
            elif cut and township.group("short"):
                cut = township.start("short")  # …书记陈海健东|兴社区: where text runs on, a Chinese village name's two characters
                if is_word(name[cut - 1 : cut + 1]) and not is_word(name[max(0, cut - 2) : cut]):
                    cut -= 1  # 约谈|和平里街道: the character before makes a word with the name's first (和平), not with the verb's
            elif township.group("short") and (name[: township.start("short")] in _VERBS_BEFORE_UNITS
                                              or name[: township.start("short")] in _PREPOSITIONS_BEFORE_ROAD
                                              and not is_word(name[:2])):
                # 给予|新华街道办事处, 对|东兴社区: the clause's verb begins no name; a preposition only where it stands as
                # a word of its own (和平里街道, 将军庙村 stay whole: 和平, 将军 are words)
                cut = township.start("short")
            start += cut
            name = text[start:end]
        rule = "organization.generic_ending"
        if not (places_inside or _NAME_START.match(name) or _COUNTRY_START.match(name) or name in _BARE_BODIES
                or township or _named_zone(name[: -len(m.group())])) and m.group() not in _COMPANY \
                and (level := _level_start(text, start, end - len(m.group()))) is not None:
            start, name, rule = level, text[level:end], "organization.level_body"
        if not (places_inside or _NAME_START.match(name) or _COUNTRY_START.match(name) or name in _BARE_BODIES
                or township or rule == "organization.level_body"
                or _named_zone(name[: -len(m.group())])):
            head = name[: -len(m.group())]
            # (the 经 of a dealer or a broker, 经销商 and 经纪商, is no stop: 汽车经销商上市公司 is no 销商上市公司, whose
            # short form 销商 would then recur in every 经销商)
            cut = max((i + 1 for i, c in enumerate(head) if c in _COMPANY_LEFT_STOP
                       and (c != "电" or head[i - 1 : i] in _CALLED)
                       and not (head[i : i + 2] in _TRADES_AT_STOPS and head[i + 2 : i + 3] == "商")), default=0)
            if cut and head[cut - 1] == "所" or head.startswith("所"):
                continue  # (与)所购票|航空公司: 所 and a verb make "the company one bought from", not a name
            head, start = head[cut:], start + cut
            if _COUNTER_BEFORE.match(head) and _COUNT_WORD.search(text, max(0, start - 1), start):
                head, start = head[1:], start + 1  # 每一|位|光明乳业: the classifier of a count begins no name
            # (这家|电动汽车公司: a firm pointed at, which the story named before, is described by the words after the
            # classifier; they name it only where the dictionary knows them as a name)
            pointed = _POINTED.search(text, max(0, start - 2), start) is not None
            if _PLACE_KIND.search(head) and _generic_head(head):
                continue  # 全旗各|苏木镇卫生院: a kind of place before the ending
            # A company is named by a proper name, not an ordinary word (科强食品公司, not 保险公司).
            # A brand or place the dictionary knows as a proper noun is a name (伊利集团, 蒙牛集团).
            proper = dictionary_tag(head) in ("nz", "nt", "ns")
            if pointed and not proper and m.group() in _COMPANY and _ordinary_start(text, start):
                continue  # 这家|电动汽车公司, 那家|科技公司: the firm pointed at, described, not named (那家|科强食品公司 is)
            if m.group() in _NAMED_BY_BRAND and (text.startswith("经理", end) or not _HAN_HEAD.fullmatch(head)
                                                 or any(is_word(head[k : k + 2], but=_NAMING_TAGS)
                                                        for k in range(len(head) - 1))
                                                 or head[-2:] in _FUND_KINDS):
                continue  # 明星|基金经理, 偏股混合|基金, 老百姓炒|基金, ETF基金: a kind of fund, not a fund company
            trade_head = head[:-1] if m.group() == "药房" and head.endswith("大") else head  # (社区|大药房)
            if m.group() in _TRADES and dictionary_tag(head[-2:]) in _VERB_TAGS:
                continue  # 回购注销|股份, 发展|医药: the trade is the object of a verb, an ordinary noun there
            if m.group() in _TRADES and (is_word(trade_head, _TRADE_HEAD_WORD) or not _HAN_HEAD.fullmatch(head)):
                if head[-2:] not in _GENERIC_KINDS:
                    unanchored.append((m.start(), end))  # (光明|乳业: a word that may be a brand, LAC may read it)
                continue  # 社区|药房, 海洋|医药: a frequent word before a trade is a kind of firm, not one named
            if m.group() in _NAMED_INSTITUTIONS and is_word(head, 1, but=_NAMING_TAGS):
                continue  # 慈善|基金会, 科研|研究所: a kind (jieba tags some such words as names), not a proper name
            if m.group() == "医院" and not (_hospital_head(head) and text[start - 1 : start] in _TO_A_HOSPITAL):
                if head[-2:] not in _HOSPITAL_KINDS:
                    unanchored.append((m.start(), end))  # (not a kind: LAC may read a hospital's name, org_tagger.py)
                continue  # 定点|医院, 其他|医院, 这次|医院: a kind of hospital or a word before 医院, not a hospital's name
            if m.group() in _COMPANY and (head[-2:] in _KIND_OF_COMPANY or head[-3:] in _KIND_OF_COMPANY
                                          or (m.group() == "公司" and _kind_of_subsidiary(head))
                                          or is_common_word(head[-2:], 1000)
                                          and dictionary_tag(head[-2:]) in ("v", "vn")) \
                    and not (m.group() in _REGISTERED_ENDINGS and len(head) >= 4 and not is_common_word(head[:2], 1000)):
                # (融数金服信息服务|有限公司: before a registered form the trade words end a longer name; only a
                # kind of company alone, 上市|公司, 合作|公司, is no name)
                continue  # 上市|公司, 合作|公司: a kind of company, not a name
            # (Other bodies than companies are named by a short proper name: 策克海关, not 梁成伟踏出|大学.)
            # (A transliterated name with a dot may be longer: 约翰斯·霍普金斯大学.)
            # (A customs house is named by its port, which may be longer: 港珠澳大桥|海关.)
            # (And without a dot, a transliterated proper name of three or more characters: 斯克里普斯|研究所.)
            short = m.group() in _COMPANY or len(head) <= (_LONGEST_PORT if m.group() == "海关" else 4) \
                or ((any(d in head for d in NAME_DOTS) or len(head) >= 3) and looks_transliterated(head))
            if not (m.group() in _PROPER_NAMED and len(head) >= 2 and short
                    and (proper or m.group() in _NAMED_BY_WORDS and _paper_head(head)
                         or (not is_common_word(head, 1) and not is_common_word(head[:2], 1000))
                         or m.group() in _TRADES)):
                unanchored.append((m.start(), end))  # (no proper name the rules know: LAC may read one, org_tagger.py)
                continue
        if m.group() in _HOMES and places_inside and start == place_starts[first]:
            # (前海人寿|深圳幸福之家养老院: a home named from its place on is a body of its own, which a firm runs, not
            # a unit of the name before it; the two stay two)
            own_bodies.add(start)
        spans.setdefault((start, end), rule)
    for span in _firms_with_bracketed_place(text, in_place):
        # (names read inside it, 甲乙证券 of 甲乙证券国际（香港）有限公司, stay for the short forms and give way to it at the end)
        spans[span] = "organization.place_bracketed_firm"
    # (after the endings, so that a name they find keeps their rule: 据吉林省卫健委通报)
    for span in _branches_of_trades(text, place_ends):
        spans.setdefault(span, "organization.branch_of_trade")
    for span in _cited_bodies(text, place_spans):
        spans.setdefault(span, "organization.cited_body")
    for span in _cited_sites(text, place_spans):
        spans.setdefault(span, "organization.cited_site")
    for span in _bare_bodies(text):
        spans.setdefault(span, "organization.bare_body")
    for span in _titled_papers(text):
        spans.setdefault(span, "organization.titled_paper")
    for span in _titled_periodicals(text):
        spans.setdefault(span, "organization.titled_periodical")
    for span in _missions(text, place_spans):
        spans.setdefault(span, "organization.mission")
    for span in _airports_acting(text):
        spans.setdefault(span, "organization.airport_acting")
    for span in _quoted_units(text, spans, in_place):
        spans.setdefault(span, "organization.quoted_unit")
        whole.add(span)  # (not joined to the body written before it: 武警上海总队|“南京路上好八连”中队)
    # 自治区卫生健康委、公安厅、交通运输厅: the bodies listed after a name share its prefix, and each is a name.
    span_starts = {a for a, _ in spans}
    for (s, e) in sorted(spans):
        after_known = spans[(s, e)] == "organization.known_name"
        while text[e : e + 1] == "、":
            item = _LISTED_BODY.match(text, e + 1)
            if after_known and item and item.group("suffix") not in _SHORT_GOVERNMENT:
                break  # 深交所、结算中心: a kind of body; after 商务部、卫健委 a ministry's short form is a name
            if (not item or len(item.group()) <= len(item.group("suffix")) or set(item.group()) & _LEFT_STOP
                    or _in_a_word(text, item.start("suffix"), item.end()) or e + 1 in span_starts):
                break  # (a listed name that is known already, 党中央、国务院, stands as it is)
            spans.setdefault((item.start(), item.end()), "organization.listed_body")
            span_starts.add(item.start())
            e = item.end()
    _bodies_listed_before(text, spans)
    # (a rounded move with no sign of listed shares names a firm that the text names as one elsewhere: 某某涨超5% …
    # 某某公告称)
    named = {text[a:b] for a, b in spans}
    for a, b in unsure_moves:
        if text[a:b] in named:
            spans.setdefault((a, b), "organization.stock_move")
    # A firm or outlet named at a cue (its stock's move, a source cited) is the same body where its name recurs.
    _recur(text, {text[a:b] for (a, b), rule in spans.items() if rule in _NAMING_CUES and b - a >= 3}, spans)
    for span in _airline_recurrences(text, {text[a:b] for (a, b), rule in spans.items()
                                            if rule == "organization.airline_flight"}):
        spans.setdefault(span, "organization.recurrence")
    # (after the cues' names recur, which keep their rules: a brand and trade acting is read where no cue named it)
    brands = _brand_trade_firms(text, {text[a:b] for a, b in place_spans})
    for span in brands:
        spans.setdefault(span, "organization.brand_trade")
    _recur(text, {text[a:b] for a, b in brands}, spans)
    _firms_listed_with_firms(text, spans, {text[a:b] for a, b in place_spans})
    _firms_listed_before_kind(text, spans, {text[a:b] for a, b in place_spans})
    _names_after_kinds(text, spans, {text[a:b] for a, b in place_spans})
    _called_bodies(text, spans, {text[a:b] for a, b in place_spans})
    _latin_firms_in_deals(text, spans)
    _glossed_lists(text, spans, {text[a:b] for a, b in place_spans})  # (before the acronyms: 台积电（TSMC）)
    for span in _glossed_bodies(text, spans, in_place):  # (before the acronyms, which it glosses)
        spans.setdefault(span, "organization.glossed_name")
    _acronym_glosses(text, spans)  # (after the lists: 印度报业托拉斯（PTI）等印媒)
    _short_forms_of_registered_firms(text, spans, {text[a:b] for a, b in place_spans})
    _list_siblings(text, spans, {text[a:b] for a, b in place_spans})
    partners = _joint_partners(text, spans, {text[a:b] for a, b in place_spans})
    for span in partners:
        spans.setdefault(span, "organization.joint_partner")
    _recur(text, [text[a:b] for a, b in partners if b - a >= 3], spans)
    _bracketed_firm_lists(text, spans, {text[a:b] for a, b in place_spans})
    # LAC where the rules found no name (org_tagger.py), last, so that it is asked only where nothing else answered; a
    # name it read recurs as the body (光明乳业|崇明…牧场, 平安健康|APP: where it is written before a word of its own,
    # nothing cues LAC).
    for span, rule in _tagged(text, unanchored, spans, place_spans):
        spans.setdefault(span, rule)
    _recur(text, {text[a:b] for (a, b), rule in spans.items() if rule in _TAGGED_RULES and b - a >= 3}, spans)
    # A name LAC read keeps its acronym glossed after it (贝斯以色列女执事医疗中心(BIDMC) … BIDMC的博士后): the gloss is
    # read again once the tagged names are in (the first reading, above, sees only the rules' names).
    _acronym_glosses(text, spans)
    _defined_short_forms(text, spans)  # (after LAC: the defined name may be one it read)
    _firms_at_cues(text, spans, {text[a:b] for a, b in place_spans})  # (after LAC: its names keep their rule)
    # The cues of business and digest news (_digest_citations … _parties_of_deals), after LAC and the cues above, so that
    # they read a name only where nothing else did; their names recur as the body.
    for span in _digest_citations(text, spans):  # (after the handles, which keep their cut: @顺丰控股|公告【)
        spans.setdefault(span, "organization.digest_citation")
    for span in _disclosing_firms(text, spans, {text[a:b] for a, b in place_spans}):
        spans.setdefault(span, "organization.disclosing_firm")
    for span in _ticker_names(text, spans, {text[a:b] for a, b in place_spans}):
        spans.setdefault(span, "organization.ticker_name")
    for span in _own_accounts(text, spans, {text[a:b] for a, b in place_spans}):
        spans.setdefault(span, "organization.own_account")
    for span in _latin_cited_outlets(text, spans):
        spans.setdefault(span, "organization.latin_cited")
    acting = _acting_acronyms(text, spans)
    for span in acting:
        spans.setdefault(span, "organization.acting_acronym")
    _recur_acronyms(text, {text[a:b] for a, b in acting}, spans)
    for span in _headline_speakers(text, spans, {text[a:b] for a, b in place_spans}, place_spans):
        spans.setdefault(span, "organization.headline_speaker")
    for span in _parties_of_deals(text, spans, {text[a:b] for a, b in place_spans}):
        spans.setdefault(span, "organization.deal_party")
    for span in _founders_firms(text, spans, place_spans):
        spans.setdefault(span, "organization.founders_firm")
    for span in _latin_subjects(text, spans):
        spans.setdefault(span, "organization.latin_subject")
    for span in _closing_credits(text, spans, {text[a:b] for a, b in place_spans}):
        spans.setdefault(span, "organization.closing_credit")
    for span in _speaking_subjects(text, spans, place_spans):
        spans.setdefault(span, "organization.speaking_subject")
    _latin_data_sources(text, spans)
    _brands_in_ranked_lists(text, spans, place_spans)
    _recur(text, {text[a:b] for (a, b), rule in spans.items() if rule in _BUSINESS_CUES and b - a >= 3}, spans)
    # LAC at the trades that end firms' short names (某某|信托, 某某|能源) and before heads' titles (某某集团|董事长),
    # last of the names, so that it reads only where no rule or cue did; a name it read recurs as the body.
    late_firms = _late_tagged_firms(text, spans, place_spans)
    for span, rule in late_firms:
        spans.setdefault(span, rule)
    _recur(text, {text[a:b] for (a, b), _ in late_firms}, spans)
    # (and the short forms of the firms LAC and the late cues read, as of those the rules read before them: 小鹏汽车 …
    # 小鹏; the same tests, _short_forms_of_registered_firms)
    _short_forms_of_registered_firms(text, spans, {text[a:b] for a, b in place_spans})
    # (after the cues: a seat they read as acting keeps their rule, and they read it where it recurs: 克里姆林宫|担心)
    for span in _acting_seats(text):
        spans.setdefault(span, "organization.seat_acting")
    _drop_projects(text, spans)
    # The longest name as written wins: a span inside another one is dropped; a name directly followed by another
    # (中国人寿|上海分公司) or by a unit of it (商务部|消费促进司) is one name.
    # (and no shorter name read where a home of its own begins: 前海人寿|深圳幸福之家（以下简称）)
    spans = _join(text, spans, whole | {span for span in spans if span[0] in own_bodies}, in_place)
    kept: list[tuple[int, int]] = []
    reach = -1  # the furthest end of the spans seen so far, in order of start (longest first)
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if end > reach and not (kept and start < kept[-1][1]):  # not inside a longer name, nor overlapping a kept one
            kept.append((start, end))
        reach = max(reach, end)
    tagged = {text[a:b] for (a, b), rule in spans.items() if rule in _TAGGED_RULES}
    return [{"type": "ORGANIZATION", "start": s, "end": e, "surface": text[s:e], "title": None, "code": None,
             "level": None, "name": None, "province_code": None, "prefecture_code": None, "value": None,
             "note": None, "annotator": TAGGER_ANNOTATOR if text[s:e] in tagged else ANNOTATOR,
             "rule": spans[(s, e)]} for s, e in kept]
