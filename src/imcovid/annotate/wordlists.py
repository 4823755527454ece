"""The annotators' word lists, read from the data files of ``src/imcovid/data/`` and checked when first read.

Each list lives in one file, one entry a line; ``#`` starts a comment line that says what the list is for and where
its entries come from, and blank lines group entries. A list is read once per process. An empty entry cannot be
written, and an entry written twice, in one file or in two lists that must not share entries, is an error at start-up
(:class:`WordListError`), so that a list cannot silently disagree with itself: ``check_all()`` reads every list and is
run by the tests and at the start of a build.

The rules' numeric thresholds (how frequent a word must be to count as ordinary, how long a window is) live the same
way in one data file, ``data/annotation_thresholds.toml``, one table per module, read by :func:`threshold`.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from imcovid import thresholds

# Every word list of the annotators: the file stem under ``data/`` → what it holds.
LISTS = {
    "person_positions": "position and role words after which a personal name follows (persons.py)",
    "person_honorifics": "forms of address written after a surname: 王女士 (persons.py)",
    "person_verb_surnames": "surname characters that are also verbs taking an object: 乘客|戴口罩 (persons.py)",
    "person_familiar_words": "ordinary words of 小/老 + a surname character, not familiar names (persons.py)",
    "person_status_nouns": "status nouns that are people served after a preposition (persons.py)",
    "person_adverbs_before_act": "adverbs between a name opening a clause and its act: 某某|已在 (persons.py, name_reader.py)",
    "person_verbs_before_zai": "verbs between a name and 在 at the start of a clause: 赵涛|住在 (persons.py)",
    "person_verbs_after_name": "one-character verbs after a name with an aspect particle or 在: 陆翔|住了 "
                               "(name_reader.py)",
    "person_health_after": "words of a person's infection, test or care after a foreign name: 博索纳罗|新冠检测 "
                           "(name_reader.py)",
    "person_words_after_name": "words of official prose after a name whose first character may be a given one: "
                               "王毅|应约同…, 王毅|致信 (name_reader.py)",
    "person_titles_after_foreign": "titles of heads of state and royalty written after a foreign name: 拜登|总统, "
                                   "菲利普|亲王 (persons.py)",
    "person_foreign_states": "foreign states countries.txt lacks, never a name before a title: 格鲁吉亚|总统 "
                             "(persons.py)",
    "person_thing_names": "transliterated names of variants, viruses, drugs and their makers, never a person: "
                          "德尔塔, 埃博拉, 辉瑞 (persons.py)",
    "person_latin_not_names": "capitalised words of English names of bodies, media and things, never in a person's "
                              "Latin-script name after a post: Times, Bank, Variant (persons.py)",
    "person_latin_not_positions": "posts a firm or a team holds as often as a person, or verbs, after which no "
                                  "Latin-script name is read: 财务顾问, 冠军, 代表 (persons.py)",
    "person_family_firm_words": "words after a foreign family name that make it a firm's, a brand's or a medium's: "
                                "Dell|股价, Bloomberg|报道 (persons.py)",
    "person_family_unit_words": "words after a foreign family name that make it a research unit's, named after its "
                                "head: Barouch|实验室 (persons.py)",
    "person_subjects_after_conjunction": "pronouns that open a clause's subject after 但, 而 or 并, never a given name "
                                         "there: 但|其表示 (persons.py)",
    "person_home_words_after_jia": "characters that make a word with 家 before them (家具, 家居), before which …学家 "
                                   "is no post: 化学|家具 (persons.py; derived from the lexicon, checked by a test)",
    "person_glued_after_dotted": "function characters glued after a dotted name that never end one, trimmed from its "
                                "run's end: 肖恩·康奈利|版 (persons.py)",
    "person_predicates_after_conjunction": "one-character adverbs and modals that open a predicate after 但, 而 or "
                                           "并 at a clause's start, never a given name there: 但|再说 (persons.py)",
    "person_seats_of_government": "seats of governments that news has speak, never a person: 白宫|称, 克宫|表示 "
                                  "(persons.py)",
    "person_firm_trades_after": "trade words after a firm's short name in its full name besides the brand trades of "
                                "organization_brand_trades, which make the short name no person at a weak cue: "
                                "复星|医药 (persons.py)",
    "person_investment_trades_after": "trade words of investment firms after a fund's short name, which make it no "
                                      "person at a weak cue only before an officer's title: 石锋|资产|董事长 "
                                      "(persons.py)",
    "person_place_words_not_given": "words of place never a given name, after which a surname's character read by LAC "
                                    "with no cue is no name: 美蒋|海上 (uncued.py)",
    "person_station_words": "words of stations ending in 台 that jieba does not hold, after which 台长 is no post: "
                            "电视台|长江频道 (persons.py)",
    "person_adverbs_before_appointment": "adverbs before a verb of taking a post, which end no appointee's name: "
                                         "曾|先后|担任 (persons.py)",
    "person_classifiers_before_address": "classifiers of persons before a form of address, never its surname: "
                                         "有|位|爷爷 (persons.py)",
    "person_pair_nouns_after": "nouns after two family names joined by a hyphen, which name a pair: "
                               "默克尔-马克龙|轴心 (persons.py)",
    "person_who_nouns": "nouns of who a person is, after which only a surnamed name counts (persons.py)",
    "person_play_posts": "players' places and a side's manager, after which a name in characters is no word and "
                         "holds no character names almost never hold: 门将|高接低挡 (persons.py)",
    "person_kinds_named": "nouns of a person a quoted name introduces: 一个叫“娜”的|女孩 (persons.py)",
    "person_side_characters": "the character before 方 that names a side: 乌方|称, 双方 (persons.py)",
    "person_groups_after": "nouns of a pair or a group after the last name of a list: 王某、李某|夫妇 (persons.py)",
    "person_set_phrases": "set phrases of notices that open with a name-like word: 温馨提示 (name_reader.py)",
    "person_thing_heads_after_list": "head nouns of kinds of things ending the phrase after a list's 等: 李时珍、健民"
                                     "药业等一批知名|企业 (persons.py)",
    "person_locatives": "locative postpositions closing a noun read as a name's last character: 贺信|中|称 "
                        "(persons.py)",
    "person_motions_before_place": "first characters of words of motion tagged as places after a name: 孟晚舟|回国 "
                                   "(persons.py)",
    "person_lac_not_names": "words LAC reads as names with no cue, refused on that path only: 严正|交涉 "
                            "(persons.py)",
    "person_not_names": "strings that look like names but are forms of address or bodies' short forms (name_reader.py)",
    "surnames_single": "single-character surnames (name_parts.py)",
    "surnames_rare": "single surnames whose characters are rare in ordinary text (name_parts.py)",
    "surnames_compound": "two-character surnames (name_parts.py)",
    "surnames_japanese": "Japanese family names, read only after a position: 首相|岸田文雄 (name_parts.py)",
    "name_parts_mongolian": "parts of Mongolian given names (name_parts.py)",
    "name_parts_tibetan": "parts of Tibetan given names (name_parts.py)",
    "name_stop_words": "words that end a name (name_parts.py)",
    "person_uncued_not_last": "characters that end bodies' short forms and street names, never a name no cue "
                              "introduces: 卫健|委, 潘广|路 (uncued.py)",
    "person_things_after": "nouns after which a name-like string names a shop, a brand or a firm: 杨国福|麻辣烫, "
                           "李宁、安踏等|品牌 (uncued.py, persons.py)",
    "person_firm_officers_after_trade": "officers of investment firms written after a fund's trade word, besides "
                                        "organization_firm_cues: 景云资产|合伙人 (persons.py)",
    "person_appointment_verbs": "verbs of taking or leaving a post after a name: 由万建军|接任, 崔莹|卸任 (persons.py)",
    "person_team_nouns": "nouns of a team named after its head: 王涵|团队 (persons.py)",
    "person_brand_nouns_before": "nouns after which a name LAC reads with no cue names a brand: 宝宝米品牌|米小芽 "
                                 "(uncued.py)",
    "person_run_things_after": "nouns after which a repeated transliteration names a disease, a drug or a place: "
                               "埃博拉|病毒 (uncued.py)",
    "person_run_bodies_beside": "nouns of a firm, a body or a place right before or after a transliteration standing "
                                "only twice: 资管公司|贝莱德 (uncued.py)",
    "person_run_sport_plays": "plays of a ball game in a sentence that make a run standing only twice a player: "
                              "射门, 扑救 (uncued.py)",
    "person_run_acts_after": "acts of a person right after a run standing only twice: 担任, 出生 (uncued.py)",
    "person_result_units": "units of a sporting or voting result after 以 and a number: 以10秒76 (persons.py)",
    "person_result_not_units": "units of a sum, a share, a dose or a span after 以 and a number: 以1.2万亿美元 "
                               "(persons.py)",
    "person_result_words": "words of a sporting or voting result or of a competitor in the sentence of 以 and a "
                           "number: 夺冠, 当选, 选手 (persons.py)",
    "verbs_of_saying": "verbs of saying that follow a name at the start of a clause (name_reader.py)",
    "organization_endings": "generic words that end the name of a body (organizations.py)",
    "organization_company_endings": "endings of firms' names, which need no place: 公司, 集团, 控股, 药业 (organizations.py)",
    "organization_company_kinds": "words before 公司 that name a kind of company, not one (organizations.py)",
    "organization_kinds_of_state_body": "kinds of state body at every level among the dictionary's institution names: "
                                        "人民法院, 党和政府 (organizations.py)",
    "organization_hospital_kinds": "words before 医院 that name a kind of hospital, not one (organizations.py)",
    "organization_fund_kinds": "words before 基金 that name a kind of fund (organizations.py)",
    "organization_generic_kinds_after_trade": "generic kinds a trade qualifies after a list and 等: 甲、乙等担保|机构",
    "organization_kinds_after_list": "kinds of firm after a list and 等, whose items are firms: 甲、乙等|电商平台 "
                                     "(organizations.py)",
    "organization_people_words": "words for a people or the public ending a list item before a joint act: 中国政府和|"
                                 "中国人民|携手 (organizations.py)",
    "organization_glossed_scopes": "scope words that begin a world body's name before a kind of firm glossed by a "
                                   "Latin acronym: 国际|清算银行（BIS） (organizations.py)",
    "organization_glossed_kinds": "kinds of body that end a name glossed by a Latin acronym: 国际兴奋剂检测|机构 (ITA) "
                                  "(organizations.py)",
    "organization_kinds_after_called_name": "kinds of body written after a quoted name and a verb of naming: 名为"
                                            "“Main Street Travel”的|旅行社 (organizations.py)",
    "organization_kinds_before_name": "kinds of firm written before a foreign body's name in apposition: 调查机构|"
                                      "盖洛普（Gallup）, 租赁巨头|Hertz (organizations.py)",
    "organization_before_parliament": "characters after which a bare 国会 is a parliament, not 某国|会议: 对|国会表示 "
                                      "(organizations.py)",
    "organization_not_parliament_after": "words after 国会 that make it a building, an event or a member's post: "
                                         "国会山, 国会骚乱, 国会议员 (organizations.py)",
    "organization_term_endings": "endings of a term, an indicator or a role glossed after a kind of firm: 银行|净息差（NIM）"
                                 " (organizations.py)",
    "organization_modified_after_latin": "nouns a Latin word before them modifies as a product's name: 公司|iPhone出货量 "
                                         "(organizations.py)",
    "organization_branch_trades": "trades of state firms whose branch is named by its place and trade: 陕西|电信 "
                                  "(organizations.py)",
    "organization_bare_bodies": "bodies named by their function alone, one where the story is told: 疾控中心 "
                                "(organizations.py)",
    "organization_mission_kinds": "kinds of a diplomatic mission after 驻 and its host: 中国驻洛杉矶|总领馆 "
                                  "(organizations.py)",
    "organization_seat_followers": "words after a seat of government that make it act as its clause's subject: "
                                   "白宫|发表声明, 白宫|说 (organizations.py)",
    "organization_seat_staff": "a seat of government's own staff and statement after it: 白宫|新闻秘书, 白宫|声明 "
                               "(organizations.py)",
    "organization_where_before": "words before a seat or an airport that make it a place where: 在|白宫, 抵达|首都机场 "
                                 "(organizations.py)",
    "organization_clause_openers": "words that open a clause before its subject: 但|白宫表示, 据|白云机场消息 "
                                   "(organizations.py)",
    "organization_airport_kinds": "words before 机场 that name a kind of airport, none acting: 国内|机场 "
                                  "(organizations.py)",
    "organization_mission_hosts_in_general": "words in a host after 驻 that name no one mission: 驻|外|使馆, 驻京|外国"
                                             "记者|代表团 (organizations.py)",
    "organization_mission_country_short_forms": "one-character short forms of countries after 驻: 驻|美|使馆 "
                                                "(organizations.py)",
    "organization_china_as_host": "China as a mission's host, named only with the country before 驻: 驻|华|使馆 "
                                  "(organizations.py)",
    "organization_report_kinds": "kinds of document ending in 报, no paper's title: 《某某|公报》 (organizations.py)",
    "organization_head_titles": "titles of a body's head or spokesperson after its name: 国台办|发言人 (organizations.py)",
    "organization_founder_titles": "titles only a firm's founder or chief holds after its name: 某某的|创始人 "
                                   "(organizations.py)",
    "organization_credit_non_outlets": "endings of a closing bracketed credit that name no outlet: （某某|译）, （|完|） "
                                       "(organizations.py)",
    "organization_post_verbs": "verbs of taking or leaving a post before a firm officer's title: 某某|卸任|CEO "
                               "(organizations.py)",
    "organization_ranked_list_kinds": "kind nouns of firms after a list that make its items firms: 甲、乙等|厂商, "
                                      "甲、乙五个|品牌 (organizations.py)",
    "organization_ranking_words": "words of a ranking after a list of names: 甲、乙、丙|分列|前三 (organizations.py)",
    "organization_list_non_names": "items of a list of firms that name none: 甲、乙及|其他|厂商 (organizations.py)",
    "organization_list_labels": "roles of firms before a list of them: 承销商|包括甲、乙、丙 (organizations.py)",
    "organization_founding_titles": "a founder's titles that name the firm before them on one cue, with no 的: "
                                    "某某|创始人 (organizations.py)",
    "organization_people_endings": "endings of a subject that make it people of a kind: 公司相关|人士 "
                                   "(organizations.py)",
    "organization_subject_acts": "acts of a body speaking, besides the verbs of saying: 某某|通报 (organizations.py)",
    "organization_firm_cues": "words after a firm's name that make it act as a firm: 某某|总裁, 某某|CEO, 某某|官方 "
                              "(organizations.py)",
    "organization_tagged_trades": "trades that end a firm's short name as often as a phrase, where LAC reads the name: "
                                  "中闽|能源, 招联|金融 (organizations.py)",
    "organization_brand_trades": "trades after a brand that name a firm only where it acts: 商汤|科技, 斯微|生物 "
                                 "(organizations.py)",
    "organization_market_after_trade": "a trade's market, products or firms after a trade that no proper name heads: "
                                       "民用航空|市场 (organizations.py)",
    "organization_council_regions": "regions whose legislature is named 立法会 alone: 香港 (organizations.py)",
    "organization_world_regions": "continents and regions of the world, no one body's place: 欧洲|警方 (organizations.py)",
    "organization_industry_after_trade": "words of an industry after a firm's trade ending: 传统医药|产业 "
                                         "(organizations.py)",
    "organization_hospital_grades": "a hospital's grade or ownership after a place, naming none: 上海|三甲|医院 "
                                    "(organizations.py)",
    "organization_not_airlines": "abbreviations of one character and 航 that name no airline: 民航, 首航 "
                                 "(organizations.py)",
    "organization_verbs_before_units": "verbs right before a community's or subdistrict's short name: 给予|新华街道 "
                                       "(organizations.py)",
    "organization_sending_verbs": "verbs of sending or forming a team before 国家工作组: 派出|国家工作组 "
                                  "(organizations.py)",
    "organization_task_force_endings": "endings of a task force a township names with its task between: "
                                        "小红门乡|社区|防控组 (organizations.py)",
    "organization_firm_products": "whole names of a firm's product that begin with its known name: 腾讯视频, "
                                  "网易云音乐 (organizations.py)",
    "organization_platforms": "online platforms named as the place of posts as often as the company: 在小红书上, "
                              "新浪微博热搜 (organizations.py)",
    "organization_platform_parts": "what a platform holds, right after its name: 淘宝|直播, 推特|社区 "
                                   "(organizations.py)",
    "organization_products_after_firm": "kinds of product after a maker's known name that name the product: "
                                        "辉瑞|疫苗 (organizations.py)",
    "organization_handle_followers": "words after an account named with @ that are not its name: @中国消防|官微, "
                                     "@某某日报|发布 (organizations.py)",
    "organization_handle_people_before": "words for people right before an account named with @: 网友|@某某 "
                                         "(organizations.py)",
    "organization_sports_team_endings": "endings of a sports team's name, no organization: 中国|女排 "
                                        "(organizations.py)",
    "organization_app_bodies": "apps that act as a company where they open a clause and announce: 支付宝宣布 "
                               "(organizations.py)",
    "organization_reporter_kinds": "editions and kinds of reporter after an outlet and a slash, no outlet: 海外版, "
                                   "融媒体 (organizations.py)",
    "organization_facilities_after_brand": "facility words after a brand that name a site, not the firm: 万达|广场 "
                                           "(organizations.py)",
    "organization_words_after_short_form": "words that begin with a kind of place and do not make a place: 国美|市值 "
                                           "(organizations.py)",
    "organization_group_words": "words of an ethnic or religious group before 社区, no named community: 穆斯林|社区 "
                                "(organizations.py)",
    "organization_referring_words": "words that point back at a body told of before its ending: 涉事|医院, 上述|公司 "
                                    "(organizations.py)",
    "organization_firm_acts": "a firm's acts after its short name: 某某|公告, 某某|获批, 某某|股价 (organizations.py)",
    "organization_announcement_non_names": "words ending a run before 公告 or a stock code that names no firm: "
                                           "公司|公告, 核酸检测结果|公告 (organizations.py)",
    "organization_acts_in_names": "acts and list marks a firm's name before 公告 never holds: 某医院发布停诊|公告 "
                                  "(organizations.py)",
    "organization_headline_non_speakers": "people, posts and findings that are no body opening a digest headline: "
                                          "【专家：…】 (organizations.py)",
    "organization_deal_non_parties": "determiners, counts and kinds that name no party of a firm's deal: 与|当地政府 "
                                     "(organizations.py)",
    "organization_firm_act_adverbs": "adverbs and day words between a firm's short name and its act: 某某生物|也|披露 "
                                     "(organizations.py)",
    "organization_listed_share_words": "words of listed shares that make rounded moves a firm's: 个股方面，某某涨超3% "
                                       "(organizations.py)",
    "organization_stake_not_names": "words that make the words before a stake no firm's name: 收购控股子公司剩余|30%"
                                    "股权, 持有发行人|45.6%的股份 (organizations.py)",
    "organization_firm_departments": "a firm's departments named by their function: 某某|市场部 (organizations.py)",
    "organization_latin_not_bodies": "Latin abbreviations that name no body (indicators, funds, titles, tests): "
                                     "PMI（国家统计局） is no gloss (organizations.py)",
    "organization_where_from": "words that say where an outlet is from without naming it (organizations.py)",
    "place_peoples": "China's 55 minority peoples, cut from autonomous divisions' short forms (places.py)",
    "place_common_words": "division short forms that are ordinary words more often than places (places.py)",
    "place_generic_names": "division full names that are generic nouns in running text (places.py)",
    "place_foreign_names": "foreign place names that hold a division's name: 佛罗里|达州, 北海|道 (places.py)",
    "place_variant_characters": "variant and standard character of division names: 陜陕, 陜西 is 陕西 (places.py)",
    "countries": "foreign countries, which begin the name of a body of theirs: 英国卫生安全局 (organizations.py)",
    "organizations": "well-known bodies whose names carry no generic ending: 新华社, 华为 (organizations.py)",
    "public_line_labels": "labels of a body's published telephone line, whose landline stays in the text (clean/redact.py)",
}
# Lists that must not share an entry (a rare surname is not also listed as a common one).
DISJOINT = [("surnames_single", "surnames_rare"), ("name_parts_mongolian", "name_parts_tibetan")]


class WordListError(ValueError):
    """A word list that cannot be used: missing, empty, or with an empty or repeated entry."""


def parse(name: str, text: str) -> tuple[str, ...]:
    """Entries of a list file's ``text``, in order; ``name`` is for the error messages."""
    entries: list[str] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        entry = line.strip()
        if entry != line:
            raise WordListError(f"{name}.txt line {number}: entry {entry!r} has spaces around it")
        if entry in seen:
            raise WordListError(f"{name}.txt line {number}: {entry!r} repeats line {seen[entry]}")
        seen[entry] = number
        entries.append(entry)
    if not entries:
        raise WordListError(f"{name}.txt has no entries")
    return tuple(entries)


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>.txt`` in file order (checked by :func:`parse`)."""
    if name not in LISTS:
        raise WordListError(f"{name!r} is not a word list of the annotators")
    path = resources.files("imcovid").joinpath(f"data/{name}.txt")
    if not path.is_file():
        raise WordListError(f"word list data/{name}.txt is missing")
    return parse(name, path.read_text(encoding="utf-8"))


def word_set(name: str) -> frozenset[str]:
    return frozenset(words(name))


THRESHOLDS = "annotation_thresholds"


def parse_thresholds(text: str) -> dict[str, dict[str, int]]:
    """The tables of a thresholds file's ``text``: module → key → a positive integer (anything else is an error, so
    that a mistyped value cannot silently turn a rule off; the checks are :mod:`imcovid.thresholds`')."""
    return thresholds.parse_thresholds(text, THRESHOLDS, WordListError)


@lru_cache(maxsize=1)
def _thresholds() -> dict[str, dict[str, int]]:
    return thresholds.read_thresholds(THRESHOLDS, WordListError)


def threshold(module: str, key: str) -> int:
    """The threshold ``key`` of the rules of ``annotate/<module>.py``."""
    return thresholds.look_up(_thresholds(), THRESHOLDS, module, key, WordListError)


def check_all() -> None:
    """Read every list and the thresholds; raise :class:`WordListError` on the first problem, including an entry
    shared by two lists that must stay apart."""
    _thresholds()
    for name in LISTS:
        words(name)
    for a, b in DISJOINT:
        shared = set(words(a)) & set(words(b))
        if shared:
            raise WordListError(f"{a}.txt and {b}.txt share {', '.join(sorted(shared))}")
