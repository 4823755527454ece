"""ORGANIZATION: names of bodies, found by the generic word that ends them (党委, 指挥部, 委员会, 医院, 日报社 …) and
read leftwards as far as the name goes; media named in an attribution (据"内蒙古日报"微信公众号) and the standing
names of central bodies (党中央, 国务院) complete them.

A span needs a name element — a place, or a level such as 自治区 / 国家 / 中共 — so that a bare 指挥部 ("the
headquarters") is not an organization; the position that follows a body (阿拉善盟盟委|书记) is not part of it.
"""

from __future__ import annotations

import re

ANNOTATOR = "imcovid-rules/1.0:organization"

_SUFFIXES = (
    "纪律检查委员会 监察委员会 卫生健康委员会 委员会 常委会 纪委监委 人民政府 政府 党工委 党委 盟委 旗委 市委 县委 区委 省委 "
    "指挥部 领导小组 工作组 专家组 综合组 联防联控机制 医院 日报社 日报 晚报 融媒体中心 电视台 广播电视台 新闻网 通讯社 "
    "卫生健康委 卫健委 疾控中心 疾病预防控制中心 监督管理局 管理局 公安局 公安厅 卫生厅 办公室 办公厅 法院 检察院 大学 学院 "
    "集团 公司 银行 协会 研究院 研究所 中心 派出所"
).split()
_SUFFIX_RE = re.compile("|".join(sorted(_SUFFIXES, key=len, reverse=True)))
# Standing names that are complete on their own.
_STANDALONE = re.compile(r"党中央|中共中央|国务院(?:联防联控机制(?:综合组)?)?|全国人大(?:常委会)?|全国政协|人大常委会|国家卫生健康委(?:员会)?|国家卫健委|国家疾控局|中央军委")
# A name element at the start of the span.
_NAME_START = re.compile(r"^(?:中共|中国|中央|国家|全国|国务院|自治区|省|市|盟|旗|县|示范区|新区|开发区)")
_LEFT_STOP = set("，。、；：:,;！？!?“”\"'（）()《》【】 \n的和与及或在对向从到把被由经按据将为是了着等以并暨")
# Words that begin a clause and are not part of a name read leftwards.
_LEAD = re.compile(r"^.*?(?:按照|根据|通过|围绕|组织|召开|成立|主持|听取|会同|联合|来到|深入|前往|协调|推动|要求|决定|发布|通报|接受|加强|依托|支持|指导|督导|调研|贯彻|落实|部署|出席|参加|陪同)")
_BREAKER = re.compile(r"书记|主任|主席|组长|委员|秘书长|部长|局长|厅长|院长|兼任|担任|督导|强调|来到|深入|召开|主持|听取|通过|免去|任命|撤销|被")
_PASS_WORDS = frozenset({"应对", "针对", "联防"})
_ATTRIBUTED = re.compile(r"据[^，。“”\"《》「」据\s]{0,12}?[\"“《「]\s*(?P<name>[^\"”》」，。]{2,24}?)\s*[\"”》」]\s*(?:微信公众号|官方微信|微信|官方微博|微博|客户端|公众号|官网|官方网站|网站|消息|报道)")


def find_organizations(text: str, place_spans: list[tuple[int, int]]) -> list[dict]:
    spans: dict[tuple[int, int], None] = {}
    for m in _STANDALONE.finditer(text):
        spans[(m.start(), m.end())] = None
    for m in _ATTRIBUTED.finditer(text):
        spans[(m.start("name"), m.end("name"))] = None
    for m in _SUFFIX_RE.finditer(text):
        end = m.end()
        start = m.start()
        while start > 0 and m.end() - start < 40 and (text[start - 1] not in _LEFT_STOP or text[start - 2 : start] in _PASS_WORDS):
            start -= 1
        # A position or a verb inside the span means the name starts after it (…书记代钦兼任|额济纳旗旗委).
        breaks = list(_BREAKER.finditer(text, start, m.start()))
        if breaks:
            start = breaks[-1].end()
        name = text[start:end]
        lead = _LEAD.match(name)
        if lead and lead.end() < m.start() - start:
            start += lead.end()
            name = text[start:end]
        if len(name) <= len(m.group()) and m.group() not in ("党工委", "盟委", "旗委", "党委"):
            continue  # a bare generic word: 指挥部, 医院
        places_inside = [s for s, e in place_spans if start <= s < end]
        if places_inside and not _NAME_START.match(name):
            start = min(places_inside)  # 新冠肺炎救治定点医疗机构|内蒙古第四医院: the name begins with its place
            name = text[start:end]
        has_place = bool(places_inside)
        if not (has_place or _NAME_START.match(name) or name in ("党工委", "盟委", "旗委")):
            continue
        spans[(start, end)] = None
    # The longest name as written wins: a span inside another one is dropped.
    kept = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans):
            continue
        kept.append((start, end))
    return [{"type": "ORGANIZATION", "start": s, "end": e, "surface": text[s:e], "title": None, "code": None,
             "level": None, "name": None, "province_code": None, "prefecture_code": None, "value": None,
             "note": None, "annotator": ANNOTATOR} for s, e in kept]
