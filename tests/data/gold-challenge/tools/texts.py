# Markup: {P:name} / {P=title:name}; {L:name} (code looked up, exact full name) / {L=code:name} / {L=null:name};
# {O:...} (may nest {L:..}); {D:M月D日} (value computed) / {D=YYYY-MM-DD:surface}.
# Only one-line paragraphs, joined with \n.

DOCS = []

def doc(**kw):
    DOCS.append(kw)

# ---------------------------------------------------------------- C_001
doc(id="C_001", published_at="2021-10-28T02:15:00+00:00", local="2021-10-28",
    platform="内蒙古日报", sources=["内蒙古日报社融媒体"], title="自治区领导赴额济纳旗督导疫情防控工作",
    credits=[],
    body=[
"{D:10月27日}，{O:自治区党委}常委、秘书长{P=自治区党委常委、秘书长:额尔敦毕力格}，自治区副主席{P=自治区副主席:王志军}深入{L:阿拉善盟}{L:额济纳旗}滞留游客安置点、核酸检测采样点和集中隔离点，督导疫情防控工作。{O:盟委}委员、副盟长{P=盟委委员、副盟长:巴音孟克}陪同督导。",
"在达来呼布镇一处滞留游客安置点，{P:额尔敦毕力格}详细询问游客生活物资供应、返程安排和就医需求，叮嘱工作人员把服务保障做细做实。{P:王志军}来到{O:{L:额济纳旗}人民医院}发热门诊，察看患者救治和院感防控情况。",
"据{O:{L:额济纳旗}新冠肺炎防控工作指挥部}通报，{D:10月26日}至27日，全旗累计完成3轮全员核酸检测。今天上午，第4轮检测已经启动。",
"{P:额尔敦毕力格}强调，要坚决贯彻落实{O:党中央}、{O:国务院}决策部署，从严从紧落实各项管控措施，让滞留在{L=152923:额济纳}的游客安心、放心。{P=副主席:王志军}副主席指出，要统筹全区医疗力量支援{L=152900:阿拉善}，确保患者应收尽收、应治尽治。",
    ],
    notes=["达来呼布镇 is a town: not a LOCATION.",
           "'10月26日至27日': only 10月26日 is a DATE; '27日' is a day without its month (out of scope). '今天' relative: not annotated.",
           "Post-posed title '王志军副主席' -> title '副主席'; later bare mentions have title null.",
           "Bare 盟委 in '盟委委员、副盟长' annotated as ORG (as in gold 000); 全旗/全区 are anaphora, not LOCATION."])

# ---------------------------------------------------------------- C_002
doc(id="C_002", published_at="2021-11-05T01:40:00+00:00", local="2021-11-05",
    platform="新华网", sources=["新华社"], title="满洲里市全力阻断疫情传播链条",
    credits=[{"role": "reporter", "name": "李长生"}, {"role": "reporter", "name": "乌日娜"}],
    body=[
"{O:新华社}{L=150100:呼和浩特}{D:11月4日}电（记者{P=记者:李长生}、{P=记者:乌日娜}）记者从{O:{L:满洲里市}新冠肺炎疫情防控指挥部}获悉，{D:11月3日}0时至24时，{L:满洲里市}新增本土确诊病例5例，均为集中隔离人员中检出，其中{L:扎赉诺尔区}2例。",
"为尽快阻断疫情传播，{L=150781:满洲里}自{D:11月4日}起对城区实行分区分级管控，全市暂停所有聚集性活动。{O:国务院联防联控机制工作组}已于日前抵达{L:呼伦贝尔市}，指导当地开展流调溯源和隔离管控工作。",
"{O:{L=150781:满洲里}海关}副关长{P=满洲里海关副关长:张树军}介绍，{L=150781:满洲里}口岸已对来自俄罗斯的进口货物实行“人货分离、分段运输”，对进口冷链食品、货车驾驶员和装卸人员实施闭环管理。“口岸是外防输入的第一道关口，我们一刻也不能松懈。”{P:张树军}说。",
    ],
    notes=["Dateline 新华社呼和浩特11月4日电: 呼和浩特 LOCATION 150100, 11月4日 DATE.",
           "Two reporters after one '记者': both get title '记者' (like a list after 自治区领导).",
           "俄罗斯 is a foreign country: not a LOCATION. 满洲里口岸 -> LOCATION 满洲里 (place name inside a facility name, as 呼和浩特机场 in gold 002).",
           "'国务院联防联控机制工作组': one ORG, the longest name as written (a task force, cf. gold 001's 国务院联防联控机制综合组赴内蒙古工作组); no nested ORG for 国务院联防联控机制."])

# ---------------------------------------------------------------- C_003
doc(id="C_003", published_at="2022-10-03T03:20:00+00:00", local="2022-10-03",
    platform="呼和浩特市融媒体中心", sources=["呼和浩特市新冠肺炎疫情防控指挥部"], title="呼和浩特市调整部分区域防控措施",
    credits=[],
    body=[
"{D:10月2日}，{O:{L:呼和浩特市}新冠肺炎疫情防控指挥部}发布通告，自{D:10月3日}0时起，{L=150102:新城区}、{L:回民区}、{L:玉泉区}、{L:赛罕区}和{L:和林格尔县}、{L:土默特左旗}全域实行临时性静态管理，非必要不外出。",
"通告要求，来（返）呼人员须提前通过“蒙速办”APP报备，抵达后第一时间到就近核酸检测点采样。青城各公交线路、出租车司机须严格落实“扫码+测温+戴口罩”措施。",
"{D:10月1日}晚，家住{L:回民区}的{P:王某}在明知自己为密接人员的情况下擅自外出，已被公安机关依法处理。在{L:赛罕区}一处采样点排队的{P:李女士}说：“大家配合一下，疫情就能早点过去。”",
"截至目前，{L=150100:呼市}已设立便民采样点2600余个，{O:{L:内蒙古自治区}疾病预防控制中心}派出专业人员协助开展实验室检测。",
    ],
    notes=["新城区 exists in 呼和浩特 (150102) and 西安 (610102); the article's other places (呼和浩特市 …) decide 150102.",
           "'赛罕区和和林格尔县': conjunction 和 followed by the county name that itself begins with 和.",
           "呼市 treated as a standard two-character short form of 呼和浩特市 (150100); one-character '呼' in '来（返）呼' is excluded by the one-character rule.",
           "青城 (a nickname of 呼和浩特) not annotated: a nickname, not a standard short form. 蒙速办 is an app, not an organization, and 蒙 is one character.",
           "公安机关 is a generic noun: not ORG. 王某 and 李女士 are anonymised persons."])

# ---------------------------------------------------------------- C_004
doc(id="C_004", published_at="2022-01-16T00:30:00+00:00", local="2022-01-16",
    platform="锡林郭勒日报", sources=["锡林郭勒日报"], title="斯琴巴图在二连浩特市调研口岸疫情防控工作",
    credits=[{"role": "reporter", "name": "萨仁"}, {"role": "correspondent", "name": "张海生"}],
    body=[
"（记者 {P=记者:萨仁} 通讯员 {P=通讯员:张海生}）{D:1月15日}，{O:{L:锡林郭勒盟}委}副书记、盟长{P=锡林郭勒盟委副书记、盟长:斯琴巴图}到{L:二连浩特市}调研口岸疫情防控工作。{O:{L:二连浩特市}委}书记{P=二连浩特市委书记:赵长青}陪同。",
"{P:斯琴巴图}先后来到{L=152501:二连浩特}公路口岸、铁路口岸，详细了解中蒙跨境货物“不见面交接”和司乘人员闭环管理情况，随后到{O:{L:二连浩特市}人民医院}看望一线医务人员。",
"{D:1月14日}，{O:{L:二连浩特市}新冠肺炎疫情防控工作指挥部}与蒙古国扎门乌德方面举行视频会商。{O:蒙古国卫生部}官员{P=蒙古国卫生部官员:达瓦苏伦·甘宝勒德}表示，愿与中方加强疫情信息通报。",
"{P:斯琴巴图}在{L=152501:二连浩特}调研时强调，要坚决扛牢守国门的政治责任，{O:{L:锡林郭勒盟}行政公署}各相关部门要主动靠前服务，全力保障口岸通关安全有序。",
    ],
    notes=["锡林郭勒盟委 = ORG; the place inside it is annotated as 锡林郭勒盟 (the 盟 is shared by place and committee name). Same for 二连浩特市委.",
           "蒙古国 / 中蒙 / 扎门乌德 (foreign country, abbreviation, foreign town): not LOCATION. 蒙古国卫生部 is an ORG (a named government body).",
           "达瓦苏伦·甘宝勒德: a Mongolia (foreign) official, written with a middle dot; contrast with Inner Mongolian names without a dot.",
           "Byline '（记者 萨仁 通讯员 张海生）' kept in the text: two persons with titles 记者 / 通讯员."])

# ---------------------------------------------------------------- C_005
doc(id="C_005", published_at="2022-01-03T02:00:00+00:00", local="2022-01-03",
    platform="伊金霍洛旗融媒体中心", sources=["伊金霍洛旗融媒体中心"], title="伊金霍洛旗加强免疫接种有序推进",
    credits=[{"role": "editor", "name": "高娃"}],
    body=[
"记者从{O:{L:伊金霍洛旗}卫生健康委员会}了解到，自{D=2021-12-28:12月28日}全旗启动新冠病毒疫苗加强免疫接种以来，截至{D:2022年1月2日}，已累计接种3.6万剂次。",
"{D:2021年12月31日}，{O:{L:伊金霍洛旗}旗委}书记{P=伊金霍洛旗旗委书记:那日苏}到阿勒腾席热镇接种点检查，要求各苏木镇加大流动接种车下乡频次，方便农牧民就近接种。{O:旗委}副书记、旗长{P=旗委副书记、旗长:刘建军}带队到{O:{L:鄂尔多斯市}中心医院{L:伊金霍洛旗}分院}，协调专家力量充实接种队伍。",
"元旦假期，全旗15个固定接种点正常开放。{P:那日苏}表示，要在春节前基本完成符合条件人群的加强针接种。",
"责任编辑：{P=责任编辑:高娃}",
    ],
    notes=["Cross-year date: the article is published 2022-01-03 and says '自12月28日…启动'; the year supplied from the publication date is taken as the most recent such date not after publication, i.e. 2021-12-28 (not 2022-12-28, which would lie in the future). Judgement call on 'use the publication date to supply a missing year'.",
           "'鄂尔多斯市中心医院伊金霍洛旗分院': one ORG (longest name as written: the branch hospital), with two LOCATION mentions inside (鄂尔多斯市, 伊金霍洛旗). The later bare 旗委 is ORG (as bare 盟委 in gold 000).",
           "元旦 and 春节 are holidays, not explicit calendar dates. 阿勒腾席热镇 (town) and 苏木镇 not LOCATION."])

# ---------------------------------------------------------------- C_006
doc(id="C_006", published_at="2022-03-20T01:10:00+00:00", local="2022-03-20",
    platform="包头日报", sources=["包头新闻网"], title="包头严把进口冷链物品输入关",
    credits=[],
    body=[
"{D:3月19日}，{O:{L:包头市}委}常委、副市长{P=包头市委常委、副市长:包金山}带队检查进口冷链物品监管专仓运行情况。{O:{L=150200:包头}海关}关长{P=包头海关关长:孙志远}介绍，{D:3月18日}以来，海关对来自巴西、阿根廷的冷冻肉类实施100%核酸检测，未发现阳性样本。",
"在{L:包头市}{L=150204:青山区}监管专仓，{P:包金山}详细了解货物入仓、消杀、检测和追溯流程。他指出，{L:昆都仑区}、{L:东河区}、{L:九原区}要对辖区农贸市场和商超开展全覆盖排查，{O:{L=150200:包头}钢铁（集团）有限责任公司}等重点企业要严格落实职工食堂进口食材查验制度。",
"目前，{O:包钢集团}已为一线职工开设核酸检测专场。{P:包金山}强调，要坚决守住“物防”关口，确保不发生经冷链输入的疫情。",
    ],
    notes=["Bare 海关 ('海关对来自巴西…') is an anaphoric generic noun here: not ORG (unlike bare 盟委/旗委, which name a specific party committee).",
           "青山区 exists in 包头 (150204) and 武汉 (420107): decided by 包头市 immediately before.",
           "包钢集团 is a company (ORG); the regional leader 包钢 in gold 004 was a person — here there is no person 包钢. 包 alone is not a place.",
           "Parentheses inside the company name 包头钢铁（集团）有限责任公司: one ORG span, LOCATION 包头 inside.",
           "包金山: Mongolian official with the Han-style surname 包; 金山 also names a district in 上海 (not in the text).",
           "巴西, 阿根廷: foreign countries, not LOCATION."])

# ---------------------------------------------------------------- C_007
doc(id="C_007", published_at="2022-04-10T07:30:00+00:00", local="2022-04-10",
    platform="阿巴嘎旗融媒体中心", sources=["阿巴嘎旗融媒体中心"], title="那仁宝拉格苏木：疫情防控守牢牧区“最后一公里”",
    credits=[{"role": "reporter", "name": "敖登格日勒"}],
    body=[
"（{O:{L:阿巴嘎旗}融媒体中心}记者{P=阿巴嘎旗融媒体中心记者:敖登格日勒}）{D:4月7日}至9日，{L:阿巴嘎旗}那仁宝拉格苏木组织干部分片入户，对全苏木1200余户牧民开展返乡人员排查。",
"{O:那仁宝拉格苏木党委}书记{P=那仁宝拉格苏木党委书记:其木格}介绍，苏木把网格延伸到每一个浩特，{O:巴彦德勒格尔嘎查党支部}书记{P=巴彦德勒格尔嘎查党支部书记:朝鲁门}带领党员骑摩托车走遍了嘎查的冬营盘。“牧户居住分散，多跑几趟心里才踏实。”{P=书记:其木格}书记说。",
"{D:4月8日}，{O:{L:阿巴嘎旗}旗委}书记{P=阿巴嘎旗旗委书记:孟根图雅}到别力古台镇检查卡口值守情况，要求全旗严格执行{O:{L=152500:锡盟}疫情防控指挥部}的各项部署。",
    ],
    notes=["Byline '阿巴嘎旗融媒体中心记者敖登格日勒': title recorded as the whole introducing phrase 阿巴嘎旗融媒体中心记者 (ORG 阿巴嘎旗融媒体中心 inside), by analogy with official titles that include the body; the spec's example '记者袁永红摄' only shows the bare role.",
           "苏木, 嘎查, 镇 names (那仁宝拉格苏木, 巴彦德勒格尔嘎查, 别力古台镇) are below county level: not LOCATION. Their party bodies (那仁宝拉格苏木党委, 巴彦德勒格尔嘎查党支部) are ORG.",
           "'4月7日至9日': only 4月7日 is a DATE.",
           "锡盟 treated as a standard short form of 锡林郭勒盟 (152500), inside ORG 锡盟疫情防控指挥部."])

# ---------------------------------------------------------------- C_008
doc(id="C_008", published_at="2022-06-28T09:00:00+00:00", local="2022-06-28",
    platform="正北方网", sources=["正北方网"], title="我区与世卫组织专家交流农村牧区疫苗接种经验",
    credits=[],
    body=[
"{D:6月27日}，{O:{L:内蒙古自治区}疾病预防控制中心}与{O:世界卫生组织驻华代表处}以视频方式举行新冠病毒疫苗接种技术交流会。会议在{L=150100:呼和浩特}设主会场，{L=150600:鄂尔多斯}、{L=150400:赤峰}设分会场。",
"{O:世卫组织驻华代表处}技术官员{P=世卫组织驻华代表处技术官员:约翰·莱德曼}介绍了部分国家在偏远地区提高老年人接种率的做法。他认为，流动接种和入户宣传对于人口分散的牧区尤其重要。",
"{O:{L:内蒙古自治区}疾病预防控制中心}主任{P=内蒙古自治区疾病预防控制中心主任:赵志宏}介绍，我区60岁以上人群全程接种率已超过90%。{O:{L=150000:内蒙古}医科大学}教授{P=内蒙古医科大学教授:乌云毕力格}、{O:世卫组织}顾问{P=世卫组织顾问:玛丽亚•冈萨雷斯}围绕疫苗安全性监测作了交流发言。",
    ],
    notes=["Foreign persons written with a middle dot: 约翰·莱德曼 (U+00B7) and 玛丽亚•冈萨雷斯 (U+2022 bullet, as some Chinese sites print it); surface kept as written.",
           "'世卫组织顾问' : 世卫组织 is part of the title; it is also annotated as ORG 世卫组织 (a named body inside a title, as 国家卫生健康委 in gold 001).",
           "我区 is anaphora: not LOCATION. 呼和浩特/鄂尔多斯/赤峰 are short forms of prefecture-level cities."])

# ---------------------------------------------------------------- C_009
doc(id="C_009", published_at="2021-11-28T11:00:00+00:00", local="2021-11-28",
    platform="北疆新闻", sources=["内蒙古日报社融媒体"], title="“95后”采样队员驰援满洲里",
    credits=[{"role": "reporter", "name": "白斯琴"}, {"role": "editor", "name": "韩雪松"}],
    body=[
"（记者 {P=记者:白斯琴}）{D:11月26日}，由{O:{L=150000:内蒙古}医科大学附属医院}抽调的50名医护人员和研究生组成的核酸采样队抵达{L:满洲里市}，支援当地开展第五轮全员核酸检测。",
"队员中年龄最小的只有23岁。来自{L:西藏自治区}{L:日喀则市}的研究生{P:次仁卓玛}已是第二次参加支援任务，她说：“在{L=150000:内蒙古}读书六年，这里就是我的第二故乡。”来自{L:新疆维吾尔自治区}{L:阿克苏市}的护士{P:阿依古丽·买买提}每天要完成上千人次的采样。",
"{D:11月27日}，队伍转战{L:扎赉诺尔区}，与{L:呼伦贝尔市}{L:海拉尔区}的支援队伍一起，仅用一天就完成了辖区12万人的采样任务。",
"责任编辑：{P=责任编辑:韩雪松}",
    ],
    notes=["Tibetan (次仁卓玛) and Uyghur (阿依古丽·买买提, with middle dot) names; '研究生' / '护士' are generic descriptors of the person, not position titles — titles left null. Judgement call: the spec records 'the position phrase that introduces the person'; 研究生/护士 were treated as occupation nouns, not positions.",
           "内蒙古 inside a quotation ('在内蒙古读书六年') annotated as LOCATION like any other."])

# ---------------------------------------------------------------- C_010
doc(id="C_010", published_at="2022-08-10T00:05:00+00:00", local="2022-08-10",
    platform="锡林浩特市人民政府网", sources=["锡林浩特市新冠肺炎疫情防控工作指挥部"], title="锡林浩特市新冠肺炎疫情防控工作指挥部通告（第15号）",
    credits=[],
    body=[
"{D:8月9日}，{L:锡林浩特市}在对外省返锡人员例行核酸检测中发现1例新冠病毒无症状感染者。感染者{P:赵某某}，女，42岁，{D:8月6日}自{L:北京市}{L=110105:朝阳区}乘火车抵锡，现居希日塔拉街道额尔敦社区金沙小区，已转运至定点医院隔离观察。",
"为有效防控疫情，经研究决定，自{D:8月10日}0时起，对金沙小区实行封控管理，额尔敦社区其他小区实行管控管理。{O:额尔敦社区党委}已组织志愿者为居民提供生活物资配送服务。入境及外省来锡人员一律在{L=152500:锡林郭勒}宾馆集中隔离。",
"请广大市民非必要不离锡，如有疑似症状请立即到发热门诊就诊。",
"{O:{L:锡林浩特市}新冠肺炎疫情防控工作指挥部}",
"{D=2022-08-09:二〇二二年八月九日}",
    ],
    notes=["Trap: 金沙小区 (residential compound; 金沙 is also 金沙县 in 贵州) not annotated.",
           "Signature date written in Chinese numerals (二〇二二年八月九日) is an explicit calendar date -> 2022-08-09.",
           "朝阳区 (北京 110105 / 长春 220104) decided by 北京市 immediately before.",
           "额尔敦 is a common Mongolian person name part, but here it names a community: no PERSON. 额尔敦社区 alone is not ORG (an area); 额尔敦社区党委 is ORG.",
           "锡林郭勒宾馆 is a hotel (facility, not annotated), but the place name inside it is annotated as LOCATION 锡林郭勒 (152500), as gold does for 呼和浩特机场 and 阿拉善健康宝码. Judgement call.",
           "返锡 / 抵锡 / 来锡 / 离锡: one-character abbreviations, not LOCATION. 希日塔拉街道 (street office) not LOCATION."])

# ---------------------------------------------------------------- C_011
doc(id="C_011", published_at="2022-10-19T14:30:00+00:00", local="2022-10-19",
    platform="内蒙古日报", sources=["内蒙古日报社融媒体"], title="孙建华主持召开自治区党委常委会会议暨自治区应对新冠肺炎疫情工作领导小组会议",
    credits=[],
    body=[
"{D:10月19日}，{O:自治区党委}书记、{O:自治区应对新冠肺炎疫情工作领导小组}组长{P=自治区党委书记、自治区应对新冠肺炎疫情工作领导小组组长:孙建华}主持召开{O:自治区党委常委会}会议暨{O:自治区应对新冠肺炎疫情工作领导小组}会议，传达学习{P=总书记:习近平}总书记关于疫情防控工作的重要指示精神。",
"会议听取了{O:自治区卫生健康委}、{O:公安厅}、{O:交通运输厅}关于近期疫情形势和交通管控情况的汇报。{P:孙建华}强调，当前首府疫情形势严峻复杂，各地各部门要把疫情防控作为头等大事，坚决守住不发生规模性疫情的底线。",
"自治区领导{P=自治区领导:王莉}、{P=自治区领导:巴图孟和}、{P=自治区领导:张志生}、{P=自治区领导:乌兰图娅}出席会议。{P:哈斯其其格}、{P:李军}等同志列席会议。",
    ],
    notes=["Trap: the invented name 孙建华 contains 建华, also a district name elsewhere (建华区, 齐齐哈尔); PERSON only.",
           "List sharing a prefix: '自治区卫生健康委、公安厅、交通运输厅' -> three ORG mentions, 公安厅 and 交通运输厅 as written (coordination ellipsis; the prefix 自治区 is not copied into them, as gold 004 does for '二连浩特市、额济纳旗指挥部').",
           "首府 (the capital, i.e. 呼和浩特) is anaphora: not LOCATION.",
           "'哈斯其其格、李军等同志' -> persons without title (同志 is an honorific, not part of the span).",
           "Published late evening local time (14:30 UTC = 22:30 Asia/Shanghai) on the same day."])

# ---------------------------------------------------------------- C_012
doc(id="C_012", published_at="2022-04-05T04:00:00+00:00", local="2022-04-05",
    platform="正北方网", sources=["正北方网"], title="鄂尔多斯乌海两地建立疫情联防联控机制",
    credits=[],
    body=[
"据{O:正北方网}消息，{D:4月3日}，{L=150600:鄂尔多斯}、{L=150300:乌海}两地联合召开疫情联防联控视频会议，建立信息互通、协查互助、物资互济工作机制。",
"{O:{L:乌海市}委}书记{P=乌海市委书记:陈卫东}介绍，{L:乌海市}{L=150303:海南区}与{L:鄂托克旗}、{L:鄂托克前旗}接壤，每天往返通勤人员超过5000人，必须做到数据实时共享。近期{L:海南区}已对3名来自{L:海南省}的返乡人员落实居家健康监测。",
"{L:鄂托克旗}旗长{P=鄂托克旗旗长:格日乐图}表示，将在交界卡口设置联合检查点。{P=旗长:格日乐图}旗长说，截至{D:4月4日}24时，{L:鄂托克旗}、{L:杭锦旗}和{L:杭锦后旗}均无新增病例。",
    ],
    notes=["Trap: 陈卫东 contains 卫东 (卫东区, 平顶山); PERSON only.",
           "海南区 (乌海, 150303) vs 海南省 (460000): the district is decided by 乌海市; 海南省 is a province mention of its own.",
           "鄂托克旗 / 鄂托克前旗 and 杭锦旗 / 杭锦后旗 share prefixes: each is its own county.",
           "'鄂托克旗旗长格日乐图': 旗长 is a position, no ORG; title includes the place.",
           "正北方网 is a media outlet (ORG)."])

# ---------------------------------------------------------------- C_013
doc(id="C_013", published_at="2022-11-25T02:30:00+00:00", local="2022-11-25",
    platform="乌兰察布日报", sources=["乌兰察布市新冠肺炎疫情防控工作指挥部"], title="乌兰察布市新增3例本土确诊病例活动轨迹公布",
    credits=[],
    body=[
"{D:11月24日}，{O:{L:乌兰察布市}新冠肺炎疫情防控工作指挥部}公布新增3例本土确诊病例活动轨迹。",
"病例1：{P:王某}，男，38岁，居住在{L:集宁区}。{D:11月20日}自{L:北京市}{L=110105:朝阳区}乘坐G2483次列车返回，落地后即实行居家健康监测，昨日核酸检测结果为阳性。",
"病例2：{P:张某某}，女，56岁，{L:察哈尔右翼前旗}人。{D:11月21日}自{L:吉林省}{L:吉林市}自驾返回，途经{L=640000:宁夏}{L:银川市}、{L:甘肃省}{L:酒泉市}。",
"病例3：{P:刘某}，男，29岁，{L=150926:察右前旗}某物流公司员工，系病例2的密切接触者。",
"今天，记者在{L:集宁区}一处采样点看到，居民自觉保持一米间距。{P:李女士}说：“看了轨迹公布，心里更有底了。”",
    ],
    notes=["吉林省 (220000) and 吉林市 (220200) side by side: two different codes.",
           "察哈尔右翼前旗 and its standard abbreviation 察右前旗: both 150926.",
           "朝阳区 decided by 北京市. 昨日 / 今天 relative: not DATE.",
           "Anonymised persons 王某, 张某某, 刘某, 李女士 are PERSON; '某物流公司' has no name: not ORG. G2483次列车 not annotated.",
           "银川 route: 宁夏 (short form of 宁夏回族自治区, 640000) + 银川市."])

# ---------------------------------------------------------------- C_014
doc(id="C_014", published_at="2022-02-10T08:00:00+00:00", local="2022-02-10",
    platform="扎兰屯市融媒体中心", sources=["扎兰屯市融媒体中心"], title="扎兰屯市做好春节后返岗返校人员健康管理",
    credits=[],
    body=[
"{D:2月8日}以来，{L:扎兰屯市}对春节后返岗返校人员实行“落地检”，截至{D:2月9日}，累计检测返乡人员4300余人次，结果均为阴性。",
"在火车站出站口，刚下车的大学生{P:孙某}主动出示健康码和行程卡。“我是从{L=null:朝阳区}回来的，学校放假前已经做了三次核酸。”他说。",
"据了解，本轮返乡人员中有12人来自{L=120000:天津}，其中{L=120101:和平区}5人，均已按要求落实“三天两检”。{O:市卫健局}提醒，近14天内有中高风险地区旅居史的人员，要主动向社区和单位报告。",
"{L:阿荣旗}、{L:莫力达瓦达斡尔族自治旗}等周边旗县也同步加强了车站、客运站的健康查验工作。",
    ],
    notes=["'从朝阳区回来' inside a quotation: 朝阳区 exists in 北京 (110105) and 长春 (220104); nothing in the article decides (天津 decides only 和平区), so code is null, level county (both candidates are districts).",
           "和平区 exists in 天津 (120101) and 沈阳 (210102): decided by 天津 in the same sentence.",
           "市卫健局 (anaphoric prefix 市 + abbreviated bureau name) annotated as ORG, by analogy with gold 003's 示范区市场监督管理局 and the bare 盟委 of gold 000. Judgement call.",
           "春节 is a holiday, not a date. 旗县 is generic."])

# ---------------------------------------------------------------- C_015
doc(id="C_015", published_at="2022-01-25T06:00:00+00:00", local="2022-01-25",
    platform="兴安日报", sources=["兴安日报"], title="乌兰浩特市加强冬季疫情防控",
    credits=[{"role": "reporter", "name": "呼和"}],
    body=[
"记者 {P=记者:呼和}",
"{D:1月24日}，{L:兴安盟}{L:乌兰浩特市}召开冬季疫情防控工作推进会。{L:乌兰浩特市}副市长{P=乌兰浩特市副市长:乌兰}通报了近期核酸检测和疫苗接种进展。",
"{P:乌兰}表示，春节临近，返乡人员增多，要严格落实来乌人员报备制度，对来自中高风险地区的人员第一时间落实管控措施。{O:{L:兴安盟}人民医院}将派出20名医护人员支援{L:阿尔山市}和{L=152221:科右前旗}的发热门诊。",
"{O:{L:科尔沁右翼前旗}卫生健康委员会}主任{P=科尔沁右翼前旗卫生健康委员会主任:白音仓}说，全旗已储备隔离房间600余间，物资储备可满足一个月需要。",
    ],
    notes=["Person 乌兰 (vice-mayor) next to the city 乌兰浩特市; 乌兰 is also a county in 青海 (632821) and the start of 乌兰察布 — here it is only a person.",
           "Reporter 呼和: a Mongolian given name identical to the first two characters of 呼和浩特; PERSON, not LOCATION.",
           "科右前旗 = standard abbreviation of 科尔沁右翼前旗 (152221). 来乌 (one-character abbreviation) not LOCATION.",
           "'科尔沁右翼前旗卫生健康委员会主任白音仓': ORG 科尔沁右翼前旗卫生健康委员会 (LOCATION inside), title = the whole introducing phrase. 全旗 is anaphora."])

# ---------------------------------------------------------------- C_016
doc(id="C_016", published_at="2022-05-12T03:00:00+00:00", local="2022-05-12",
    platform="赤峰日报", sources=["赤峰日报"], title="赤峰市开展常态化核酸检测能力拉练",
    credits=[{"role": "reporter", "name": "陈志军"}, {"role": "correspondent", "name": "高娃"}],
    body=[
"（记者{P=记者:陈志军} 通讯员{P=通讯员:高娃}）{D:5月10日}至11日，{L:赤峰市}在{L:松山区}、{L:红山区}、{L:元宝山区}同时开展大规模核酸检测应急演练，检验“12小时内完成城区全员检测”的能力。",
"{O:{L:赤峰市}委}副书记、市长{P=赤峰市委副书记、市长:刘卫军}在{L:红山区}现场观摩演练。{O:{L:赤峰市}卫生健康委员会}主任{P=赤峰市卫生健康委员会主任:孙长海}介绍，全市已建成方舱实验室4个，日检测能力达到40万管。",
"{O:{L=150400:赤峰}学院}、{O:{L:赤峰市}医院}派出600名师生和医务人员参与采样。{D:5月11日}下午，{P:刘卫军}主持召开演练总结会，要求5月底前各旗县区要完成一轮演练，{P:赵志刚}、{P:周军}等同志要牵头做好督导检查。",
    ],
    notes=["Trap: 孙长海 contains 长海 (长海县, 大连); PERSON only. '5月10日至11日' then '5月11日下午': the second is a full DATE.",
           "Han names with 军/长/志 as given characters (陈志军, 刘卫军, 孙长海, 赵志刚) and a two-character name (周军).",
           "元宝山区 (150403) contains 宝山, which also names 宝山区 in 上海 (310113) and 双鸭山; only 元宝山区 is meant.",
           "'5月10日至11日': only 5月10日; '5月底' is a month expression, not a date."])

# ---------------------------------------------------------------- C_017
doc(id="C_017", published_at="2022-09-05T10:00:00+00:00", local="2022-09-05",
    platform="通辽发布", sources=["通辽市融媒体中心"], title="通辽市全力保障疫情期间物流畅通",
    credits=[{"role": "first reviewer", "name": "宝力德"}, {"role": "second reviewer", "name": "王秀英"}, {"role": "third reviewer", "name": "阿拉坦仓"}],
    body=[
"{D:9月3日}，{O:{L:通辽市}疫情防控工作指挥部}副总指挥{P=通辽市疫情防控工作指挥部副总指挥:孟和吉日嘎拉}到{L:科尔沁区}、{L:霍林郭勒市}调研重点物资保供工作。",
"在{O:{L=150500:通辽}和顺物流有限公司}分拨中心，{P:孟和吉日嘎拉}详细了解货车司机“即采即走”和闭环转运情况。公司总经理{P=公司总经理:满都呼}介绍，{D:9月4日}起公司将增开至{L=150100:呼和浩特}和{L=210100:沈阳}的专线。",
"{O:{L=150000:内蒙古}民族大学}组织300名学生志愿者参与社区服务。{P:孟和吉日嘎拉}强调，要保障好生活物资和医疗物资运输，决不允许擅自设卡拦截、劝返货车。",
"一审：{P=一审:宝力德}",
"二审：{P=二审:王秀英}",
"三审：{P=三审:阿拉坦仓}",
    ],
    notes=["Trap: 王秀英 contains 秀英 (秀英区, 海口), 和顺 is also 和顺县 (山西): neither is a LOCATION here.",
           "Company name containing 和 (通辽和顺物流有限公司) right after the place 通辽; the ORG includes the place.",
           "'至呼和浩特和沈阳': conjunction 和 right after 呼和浩特.",
           "'公司总经理满都呼': title 公司总经理; 公司 alone (anaphoric) is not ORG.",
           "一审/二审/三审 credits of local media: persons with titles 一审/二审/三审."])

# ---------------------------------------------------------------- C_018
doc(id="C_018", published_at="2021-11-30T16:30:00+00:00", local="2021-12-01",
    platform="今日阿拉善", sources=["阿拉善日报社"], title="阿左旗加快推进重点人群疫苗接种",
    credits=[],
    body=[
"今天（{D:12月1日}）上午，{O:盟委}委员、{O:{L=152921:阿左旗}旗委}书记{P=盟委委员、阿左旗旗委书记:吉日木图}到巴彦浩特镇多个社区督导疫苗接种工作。",
"{D:11月30日}，{L:阿拉善左旗}已完成3至11岁人群第二剂次接种。{P:吉日木图}要求，要针对老年人行动不便等实际困难，组织医务人员上门服务，做到应接尽接。",
"副旗长{P=副旗长:巴彦}介绍，{O:{L:阿拉善盟}行政公署}已调拨冷藏车3辆，保障苏木镇、嘎查接种点疫苗供应。{L=152900:阿拉善}各旗区将在本月中旬前完成老年人加强针接种任务。",
    ],
    notes=["published_at is 2021-11-30T16:30Z, i.e. 2021-12-01 00:30 in Asia/Shanghai: the local publication date is 2021-12-01, consistent with '今天（12月1日）'.",
           "阿左旗 = standard abbreviation of 阿拉善左旗 (152921), inside ORG 阿左旗旗委.",
           "Person 巴彦 (副旗长) vs the town 巴彦浩特镇 (not LOCATION) and the city prefix 巴彦淖尔.",
           "'本月中旬' is relative/month-only: not DATE."])

# ---------------------------------------------------------------- C_019
doc(id="C_019", published_at="2022-03-15T05:00:00+00:00", local="2022-03-15",
    platform="北疆新闻", sources=["北疆新闻"], title="呼包鄂三市强化区域协同防控",
    credits=[],
    body=[
"{D:3月14日}，{L:呼和浩特市}、{O:{L:包头市}疫情防控指挥部}联合发布提示，{D:2022年3月13日}以来有{L:吉林省}旅居史的人员须主动报备。",
"{L=150100:呼和浩特}和{L=150200:包头}之间往返的通勤人员实行“点对点”管理。{L:包头市}和{L:鄂尔多斯市}交界的高速公路服务区已设立核酸检测点。",
"{O:{L=150000:内蒙古}{L=150123:和林格尔}新区管理委员会}主任{P=内蒙古和林格尔新区管理委员会主任:斯琴巴雅尔}介绍，新区内大数据企业实行封闭管理，{O:{L:和林格尔县}人民医院}派出医务人员驻点服务。",
"{P:斯琴巴雅尔}表示，呼包鄂地区人员往来密切，一地出现疫情，三地必须同步响应。",
    ],
    notes=["Coordination ellipsis '呼和浩特市、包头市疫情防控指挥部' -> LOCATION 呼和浩特市 only + ORG 包头市疫情防控指挥部 (as gold 004 '二连浩特市、额济纳旗指挥部').",
           "呼包鄂 (three one-character abbreviations fused) is a vague region: not LOCATION.",
           "和林格尔 (short form of 和林格尔县, 150123) inside the ORG 内蒙古和林格尔新区管理委员会; the 新区 itself is not a GB/T 2260 division.",
           "Several '和' traps: 呼和浩特和包头, 包头市和鄂尔多斯市, 和林格尔."])

# ---------------------------------------------------------------- C_020
doc(id="C_020", published_at="2022-12-10T02:00:00+00:00", local="2022-12-10",
    platform="内蒙古日报", sources=["内蒙古日报社融媒体"], title="我区落实进一步优化疫情防控措施",
    credits=[],
    body=[
"{D:12月7日}，{O:国务院联防联控机制综合组}发布《关于进一步优化落实新冠肺炎疫情防控措施的通知》。{D:2022年12月9日}，{O:{L:内蒙古自治区}卫生健康委员会}召开新闻发布会，按照{O:国务院联防联控机制}要求，对我区贯彻落实工作作出安排。",
"{O:自治区卫生健康委}党组书记、主任{P=自治区卫生健康委党组书记、主任:那顺乌力吉}介绍，自即日起，除养老院、福利院、医疗机构等特殊场所外，进入其他公共场所不再查验核酸检测阴性证明。{P=主任:那顺乌力吉}主任强调，要把工作重心从防感染转到医疗救治上来。",
"{O:{L=150000:内蒙古}医科大学附属医院}主任医师{P=内蒙古医科大学附属医院主任医师:额尔敦巴特尔}、{O:{L=150000:内蒙古}大学}教授{P=内蒙古大学教授:李晓生}回答了记者提问。今年11月以来，全区已新增发热门诊300余个。",
    ],
    notes=["'今年11月' month-only and '即日起' relative: not DATE.",
           "自治区卫生健康委 vs 内蒙古自治区卫生健康委员会: both ORG as written; 自治区 alone is not LOCATION.",
           "Title of 额尔敦巴特尔 includes the hospital: 内蒙古医科大学附属医院主任医师."])

# ---------------------------------------------------------------- C_021
doc(id="C_021", published_at="2022-07-20T01:00:00+00:00", local="2022-07-20",
    platform="巴彦淖尔日报", sources=["巴彦淖尔日报"], title="巴彦淖尔市压实口岸疫情防控责任",
    credits=[],
    body=[
"{D:7月18日}、19日，{O:{L:巴彦淖尔市}委}常委、常务副市长{P=巴彦淖尔市委常委、常务副市长:格日勒图}到{L:乌拉特中旗}甘其毛都口岸检查疫情防控和通关保障工作。",
"目前口岸每日通关蒙古国货车600余辆，全部实行“吊装式”无接触接驳。{P:格日勒图}来到{O:{L:乌拉特中旗}人民医院}，察看发热门诊和隔离病区运行情况，并看望了来自{L=540000:西藏}的大学生志愿者{P:格桑卓玛}。",
"{P:格日勒图}要求，{L:临河区}、{L:五原县}、{L:杭锦后旗}要加强对口岸返乡司机的健康监测，坚决防止疫情通过口岸输入。{O:{L:巴彦淖尔市}疫情防控工作指挥部}派出的督导组同日抵达{L:乌拉特后旗}。",
    ],
    notes=["'7月18日、19日': only 7月18日 is a DATE ('19日' has no month).",
           "甘其毛都口岸 is in a town-level place: not LOCATION; 蒙古国 is a foreign country.",
           "格桑卓玛: Tibetan name; '大学生志愿者' treated as a descriptor, not a position title (title null)."])

# ---------------------------------------------------------------- C_022
doc(id="C_022", published_at="2022-10-30T12:00:00+00:00", local="2022-10-30",
    platform="呼和浩特日报", sources=["呼和浩特日报"], title="八方支援助力首府打赢疫情防控攻坚战",
    credits=[{"role": "reporter", "name": "王丹"}, {"role": "intern", "name": "乌云"}],
    body=[
"（记者 {P=记者:王丹} 实习生 {P=实习生:乌云}）{D:10月29日}，来自{L:山西省}{L:大同市}、{L:河北省}{L:张家口市}、{L:陕西省}{L:西安市}和{L:宁夏回族自治区}的1200名核酸检测人员抵达{L:呼和浩特市}，支援首府疫情防控工作。",
"援助队伍主要承担{L=150105:赛罕区}和{L:玉泉区}的采样、检测任务。{O:{L:呼和浩特市}第一医院}、{O:{L:内蒙古自治区}人民医院}为援助人员提供后勤保障。",
"{D:10月28日}晚，{O:{L:呼和浩特市}委}副书记{P=呼和浩特市委副书记:王海军}到驻地看望援助队员。{P:王海军}、{P:苏日娜}等同志表示，华北兄弟省区的支援让首府人民倍感温暖。",
    ],
    notes=["赛罕区 is unique in the data (150105), still given by context.",
           "内蒙古自治区人民医院: ORG with LOCATION 内蒙古自治区 inside; 呼和浩特市第一医院: ORG with LOCATION 呼和浩特市 inside.",
           "华北 is a vague region; 首府 is anaphora: neither is LOCATION.",
           "实习生 is a credit role: title 实习生."])

# ---------------------------------------------------------------- C_023
doc(id="C_023", published_at="2022-06-15T03:30:00+00:00", local="2022-06-15",
    platform="今日阿拉善", sources=["额济纳旗融媒体中心"], title="额济纳旗：旅游旺季不放松疫情防控",
    credits=[],
    body=[
"{D:6月13日}，{L:额济纳旗}{O:赛汉陶来苏木党委}组织嘎查干部、护林员和志愿者，对辖区旅游接待点开展疫情防控专项检查。{O:苏木党委}书记{P=苏木党委书记:达布希拉图}介绍，今年5月以来，苏木已劝导未扫码游客2000余人次。",
"在{L=152923:额济纳}胡杨林景区入口，来自{L=310000:上海}的游客{P:刘女士}说：“扫码、测温都很快，我们玩得很放心。”",
"据{O:{L:额济纳旗}文化旅游体育局}消息，截至{D:2022年6月14日}，全旗A级景区均严格落实限量、预约、错峰要求。策克口岸、东风镇等重点区域继续实行“两码”联查。",
    ],
    notes=["东风镇 is a town (东风 is also 东风区 in 佳木斯): not LOCATION.",
           "'苏木党委书记达布希拉图': bare 苏木党委 annotated as ORG (a specific body, like bare 盟委 / 党工委 in gold); title 苏木党委书记. Judgement call.",
           "额济纳胡杨林景区: scenic area (facility) not annotated; short form 额济纳 inside it is LOCATION.",
           "'今年5月' month-only: not DATE. 策克口岸, 东风镇: not LOCATION."])

# ---------------------------------------------------------------- C_024
doc(id="C_024", published_at="2022-02-22T09:30:00+00:00", local="2022-02-22",
    platform="呼伦贝尔日报", sources=["呼伦贝尔日报"], title="呼伦贝尔市少数民族自治旗筑牢疫情防线",
    credits=[{"role": "editor", "name": "孟和"}],
    body=[
"{D:2月20日}，{O:{L:呼伦贝尔市}卫生健康委员会}组织督导组，分赴{L:莫力达瓦达斡尔族自治旗}、{L:鄂温克族自治旗}、{L:鄂伦春自治旗}检查冬春季疫情防控工作。",
"在{L=150722:莫旗}尼尔基镇，{O:旗委}副书记、旗长{P=旗委副书记、旗长:鄂晓楠}介绍，全旗已对近期返乡的1.2万名外出务工人员完成健康登记。{L:陈巴尔虎旗}、{L:新巴尔虎右旗}重点加强了对{L=150781:满洲里}方向来车的查验。",
"{D:2月21日}，督导组在{L:海拉尔区}召开反馈会，指出个别嘎查卡口存在登记不全等问题。督导组组长{P=督导组组长:那仁满都拉}要求，{L=150700:呼伦贝尔}各旗市区要在本月底前完成问题整改。",
"责任编辑：{P=责任编辑:孟和}",
    ],
    notes=["Long ethnic-autonomous banner names (莫力达瓦达斡尔族自治旗, 鄂温克族自治旗, 鄂伦春自治旗) and the abbreviation 莫旗 (150722).",
           "'满洲里方向来车': 满洲里 used as a direction is still a place-name mention: LOCATION 150781.",
           "'督导组组长那仁满都拉': title 督导组组长; 督导组 is generic (no name element), not ORG.",
           "'旗委副书记、旗长鄂晓楠' in this sentence: bare 旗委 annotated as ORG (like bare 盟委 in gold); 鄂晓楠 is a Daur name with the Daur surname 鄂 (also first character of 鄂尔多斯/鄂温克).",
           "尼尔基镇 is a town: not LOCATION. 本月底 relative: not DATE."])
