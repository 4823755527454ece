"""Inline-markup sources of F_011 ... F_015 (syntax in markup.py). All texts are invented."""
DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------------------------------------
doc(id='F_011', published_at='2022-08-15T16:20:00+00:00', platform='临河发布',
    original_sources=['巴彦淖尔市临河区新冠肺炎疫情防控工作指挥部'],
    credits=[],
    text='''«O:«L:巴彦淖尔市»«L:临河区»新冠肺炎疫情防控工作指挥部»通告（第7号）
鉴于当前国内疫情形势，为有效防范疫情输入风险，切实保障全区人民群众生命安全和身体健康，根据《中华人民共和国传染病防治法》等法律法规和自治区、«L:巴彦淖尔市»疫情防控有关要求，经«O:区疫情防控工作指挥部»研究决定，现就进一步加强来（返）临人员管控有关事项通告如下：
一、自«D:8月16日»0时起，对近7天内有«L:海南省»«L:三亚市»、«L:西藏自治区»«L:拉萨市»、«L:新疆维吾尔自治区»«L:伊犁哈萨克自治州»旅居史的来（返）临人员，一律实行7天集中隔离医学观察，在第1、2、3、5、7天各开展一次核酸检测。
二、对近7天内有中高风险区所在县（市、区、旗）其他区域旅居史的来（返）临人员，实行“3天2检”，并落实4天居家健康监测，监测期间不聚集、不聚餐，非必要不外出。
三、对来自«L:重庆市»、«L:广东省»«L:广州市»、«L:河北省»«L:保定市»等近期出现本土疫情地区的来（返）临人员，要提前3天向所在社区（村）、单位或入住酒店报告，持48小时内核酸检测阴性证明，抵达后24小时内完成一次核酸检测。
四、即日起至«D:2022年8月25日»24时，在全区范围内开展常态化核酸检测，城区居民每3天至少参加一次核酸检测，各镇、农场居民每7天至少参加一次核酸检测。商场超市、宾馆酒店、餐饮场所、农贸市场等公共场所须逐人查验场所码，并做好体温检测和佩戴口罩提醒，对未按要求参加核酸检测的人员，劝导其就近检测后再进入。
五、严格落实进口冷链食品和进口高风险非冷链货物“物防”措施，未取得核酸检测报告和消毒证明的货物一律不得上市销售。
六、倡导广大居民群众减少前往中高风险地区，因工作等原因必须前往的，出发前向所在社区（村）报备，做好个人防护，返回后主动落实相关防控措施。
七、对隐瞒行程、故意不报告、拒不配合流调和核酸检测等行为，将依据《中华人民共和国传染病防治法》《中华人民共和国治安管理处罚法》等法律法规依法追究相关责任；构成犯罪的，依法追究刑事责任。
八、各街道、镇（农场）均设有疫情防控值班电话，群众如有疑问可向所在社区（村）咨询，也可拨打12345政务服务便民热线。
本通告自发布之日起施行，并将根据疫情形势变化适时调整。
«O:«L:巴彦淖尔市»«L:临河区»新冠肺炎疫情防控工作指挥部»
«D:二〇二二年八月十六日»''',
    notes=[
        "Notice with header and signature and no persons. The issuing body 巴彦淖尔市临河区新冠肺炎疫情防控工作指挥部 (headline and signature) is one ORG each time, with two LOCATIONs inside (巴彦淖尔市 150800, 临河区 150802). Bare 区疫情防控工作指挥部 is an ORG (name element 区…).",
        "UTC/local shift: published_at 2022-08-15T16:20Z is 2022-08-16 00:20 local, the day in the signature; 8月16日 (自…0时起) is the publication day. The future end date is given with its year (2022年8月25日).",
        "Chinese-numeral signature date 二〇二二年八月十六日 is a DATE (2022-08-16).",
        "Risk areas listed province + prefecture: 海南省/三亚市, 西藏自治区/拉萨市, 新疆维吾尔自治区/伊犁哈萨克自治州 (an autonomous prefecture, 654000), 重庆市, 广东省/广州市, 河北省/保定市: each a LOCATION.",
        "来（返）临 (one-character abbreviation of 临河) is not a LOCATION; 全区 is anaphora for the district; 自治区 alone is not annotated. 中华人民共和国 inside law titles is the country, not a GB/T 2260 division, and the laws are not ORGs.",
        "12345政务服务便民热线 is a service line, not an ORG. 县（市、区、旗）, 社区（村）, 镇、农场 are generic.",
    ])

# ---------------------------------------------------------------------------------------------
doc(id='F_012', published_at='2022-09-08T07:50:00+00:00', platform='内蒙古新闻网',
    original_sources=['央视新闻', '自治区应对新冠肺炎疫情工作指挥部办公室'],
    credits=[('editor', '朱文静'), ('reviewer', '宁佳')],
    text='''«O:国家卫健委»：中秋假期倡导“非必要不跨区域流动” 专家提醒返乡人员做好个人防护
据«O:央视新闻»消息　«D:9月7日»，«O:国务院联防联控机制»召开新闻发布会，介绍中秋假期疫情防控有关情况。«O:国家卫健委»新闻发言人、«O:宣传司»副司长«P:庄晓岚¦国家卫健委新闻发言人、宣传司副司长»表示，当前国内疫情呈现点多、面广、频发的特点，中秋假期人员流动和聚集增加，疫情传播风险上升。各地要坚持“外防输入、内防反弹”总策略和“动态清零”总方针，严格落实第九版防控方案，做到科学精准、快速处置，既要防止疫情扩散，又要防止“一刀切”、层层加码。
«O:国家疾控局应急处置司»副司长«P:冉志成¦国家疾控局应急处置司副司长»介绍，假期期间，对来自中高风险区的人员，各地要严格落实相应管控措施；对来自低风险区的人员，不得随意采取隔离等措施。他提醒，跨省出行前要提前了解目的地防控政策，出行途中做好个人防护，返回后按照当地要求开展核酸检测。
«O:交通运输部运输服务司»副司长«P:凌志坚¦交通运输部运输服务司副司长»说，各地交通运输部门将严格落实客运场站和交通运输工具通风、消毒、测温等措施，同时全力保障重点物资运输通道畅通，不得随意关闭高速公路和普通公路的服务区、收费站。
针对公众关心的假期聚餐、探亲访友等问题，«O:中国疾控中心»病毒病所研究员«P:聂国华¦中国疾控中心病毒病所研究员»建议，尽量减少聚集，聚餐控制规模，老年人和慢性病患者尽量少去人员密集场所。“奥密克戎变异株传播力强，戴口罩、勤洗手、常通风、一米线仍然是最有效的防护手段。”他说，尚未完成疫苗全程接种和加强免疫的老年人，应尽早接种。
记者从«O:自治区应对新冠肺炎疫情工作指挥部办公室»获悉，为做好中秋假期疫情防控，«L:内蒙古¦内蒙古自治区»将在«L:呼和浩特¦呼和浩特市»东站、«L:包头¦包头市»站、«L:鄂尔多斯¦鄂尔多斯市»站和«L:呼和浩特¦呼和浩特市»白塔国际机场等主要交通场站增设核酸采样点，对来（返）«L:内蒙古¦内蒙古自治区»人员开展“落地检”。指挥部办公室副主任«P:阿古拉¦指挥部办公室副主任»提醒，近期«L:海南¦海南省»、«L:西藏¦西藏自治区»、«L:新疆¦新疆维吾尔自治区»等地疫情仍在发展，区内群众要尽量避免前往中高风险地区，确需出行的，务必提前向所在社区（嘎查村）、单位报备，返回后第一时间主动报告并落实防控措施。
«P:阿古拉»表示，假期期间，全区各级疫情防控指挥部将实行24小时值班值守，确保一旦发生疫情能够快速响应、有效处置。
编辑：«P:朱文静¦编辑»　审核：«P:宁佳¦审核»''',
    notes=[
        "National press conference reported through 央视新闻 (an ORG, also an original source) with an Inner Mongolia follow-up. All national officials and the expert are invented names.",
        "国家卫健委 (headline and body) is an ORG; the headline ORG has no person. Bare 宣传司 inside the title '国家卫健委新闻发言人、宣传司副司长' is an ORG (a department of the commission, like bare 宣传部 in the third set).",
        "A department is part of the ORG: 国家疾控局应急处置司, 交通运输部运输服务司. An internal institute is not: '中国疾控中心病毒病所研究员' -> ORG 中国疾控中心, the whole phrase is 聂国华's title.",
        "国务院联防联控机制 is an ORG (formulaic body, in the seed gold). 自治区应对新冠肺炎疫情工作指挥部办公室 is an ORG; the later '指挥部办公室' before 阿古拉 is a shortened anaphoric reference and only part of his title, not an ORG; '各级疫情防控指挥部' is generic.",
        "Place names inside unannotated facility names are LOCATIONs: 呼和浩特 (东站, 白塔国际机场), 包头 (包头站), 鄂尔多斯 (鄂尔多斯站). 来（返）内蒙古: 内蒙古 is a LOCATION.",
        "海南, 西藏, 新疆 are province short forms (460000, 540000, 650000). 区内, 全区, 各地 are anaphora. 奥密克戎 is a variant name, not an entity.",
    ])

# ---------------------------------------------------------------------------------------------
doc(id='F_013', published_at='2022-10-07T09:30:00+00:00', platform='呼和浩特日报',
    original_sources=['呼和浩特日报'],
    credits=[('reporter', '潘思远'), ('trainee reporter', '祝可心')],
    text='''«L:呼和浩特¦呼和浩特市»：高校学子“红马甲”穿梭在抗疫一线
本报记者 «P:潘思远¦本报记者» 见习记者 «P:祝可心¦见习记者»
国庆假期以来，«L:呼和浩特¦呼和浩特市»疫情防控形势严峻复杂。在全市各个核酸采样点、封控小区和物资配送站，总能看到一群身穿红马甲的年轻人。他们是来自«O:«L:内蒙古¦内蒙古自治区»工业大学»、«O:«L:内蒙古¦内蒙古自治区»财经大学»、«O:«L:呼和浩特¦呼和浩特市»职业学院»等高校的志愿者，主动请缨、就地转化为社区“战斗员”。
«D:10月6日»清晨6点半，«L:新城区¦新城区@呼和浩特市»«L:锡林郭勒¦锡林郭勒盟»北路一处核酸采样点前，志愿服务队队长«P:阿古达木¦志愿服务队队长»已经带着队员们搭好帐篷、摆好桌椅。“我们每天要协助社区完成3000多人的采样信息录入，一站就是七八个小时。”«P:阿古达木»是«O:«L:内蒙古¦内蒙古自治区»工业大学»的一名研究生，他说，学校封闭管理后，他和20多名同学报名参加了社区志愿服务，“大家都是自愿来的，能为这座城市做点事，心里很自豪。”
在«L:回民区»光明路社区，大二学生«P:梁嘉欣»正在帮居民扫码登记。她的家在«L:广东省»«L:汕头市»，今年是她在«L:呼市¦呼和浩特市»度过的第二个国庆节。“刚开始有些居民只会说方言，我听不懂，旁边的大爷大妈就帮我‘翻译’。”«O:光明路社区党委»书记«P:崔红梅¦光明路社区党委书记»说，这些学生志愿者上手快、肯吃苦，帮社区解决了人手不足的大难题。
«O:«L:内蒙古¦内蒙古自治区»财经大学»的«P:乌仁其木格»和«P:王梓涵»负责为封控楼栋的老人送菜送药。«D:10月5日»晚上，独居的«P:曹大爷»突然打电话说降压药快吃完了，两人连夜跑了三家药店才买到。“孩子们跑前跑后，比亲闺女还亲。”«P:曹大爷»感激地说。
«O:«L:内蒙古¦内蒙古自治区»工业大学团委»书记«P:牛翠兰¦内蒙古工业大学团委书记»介绍，学校在做好校园疫情防控的同时，组织了“青春战疫”志愿服务队，目前已有1200多名学生参与到社区、街道的疫情防控工作中。学校为每名志愿者购买了保险，配发了防护用品，并安排专人做好志愿者的健康监测和后勤保障。
«D:10月6日»傍晚，结束了一天的工作，«P:阿古达木»在朋友圈写道：“脱下防护服，汗水湿透了衣服，但看到居民们一句句‘谢谢’，一切都值了。”
据«O:共青团«L:呼和浩特市»委»统计，截至目前，全市已有青年志愿者2.6万余人投身疫情防控一线，累计服务时长超过80万小时。''',
    notes=[
        "Universities 内蒙古工业大学 (×2), 内蒙古财经大学 (×2) and 呼和浩特职业学院 are ORGs with the LOCATION (内蒙古 / 呼和浩特) inside.",
        "Decision: '内蒙古工业大学团委' (the university's Youth League committee) is one ORG, the longest name as written; it is not split into the university and a nested ORG. 共青团呼和浩特市委 is an ORG with LOCATION 呼和浩特.",
        "Decision: 锡林郭勒北路 is a Hohhot street named after a league. The street is not annotated, but its 锡林郭勒 is a LOCATION (152500), following the earlier sets' rule that a place name inside any name (ORG or unannotated facility, e.g. 锡林郭勒宾馆) is a LOCATION, although nothing in the article happens in 锡林郭勒盟.",
        "新城区 is the Hohhot district (150102), decided by the article's city (呼和浩特, 回民区); 610102 (Xi'an) is the other candidate. 呼市 is the conventional abbreviation of 呼和浩特市.",
        "光明路社区 is not a LOCATION; 光明路社区党委 is an ORG. 曹大爷 (surname + honorific) is a PERSON, twice.",
        "志愿服务队队长 is a position title; 研究生, 大二学生 (梁嘉欣), the two student volunteers 乌仁其木格 and 王梓涵 have title null. 大爷大妈 (collective) is not a PERSON.",
        "国庆假期 / 国庆节 are holidays, not DATEs. 10月6日 occurs twice. 清晨6点半 is a time.",
        "Byline on its own line: '本报记者 潘思远 见习记者 祝可心'. 广东省 + 汕头市 are LOCATIONs (a student's home).",
    ])

# ---------------------------------------------------------------------------------------------
doc(id='F_014', published_at='2022-10-21T12:05:00+00:00', platform='呼和浩特日报',
    original_sources=['呼和浩特发布'],
    credits=[('reporter', '房佳怡')],
    text='''«L:呼和浩特市»召开疫情防控第三十二场新闻发布会 保供稳价情况通报
«D:10月20日»下午，«L:呼和浩特市»召开疫情防控第三十二场新闻发布会，通报全市生活物资保供和价格稳定情况。«O:市委宣传部»副部长«P:苏日古嘎¦市委宣传部副部长»主持发布会。
«O:市发展和改革委员会»副主任«P:毛彦斌¦市发展和改革委员会副主任»介绍，目前全市粮油、肉类、蔬菜等主要生活必需品储备充足。其中，政府储备成品粮油可满足全市居民30天以上消费需求，储备猪肉1800吨，应急储备蔬菜6000吨。针对部分小区蔬菜配送不及时的问题，市里新增了12个生活物资中转站，实行“白名单”车辆通行管理，确保物资进得来、送得出。
«O:市商务局»党组成员、副局长«P:冯雅楠¦市商务局党组成员、副局长»说，«D:10月19日»全市蔬菜到货量达到2100吨，比前一周增长约40%。货源主要来自«L:山东省»、«L:河北省»和«L:甘肃省»«L:定西市»，区内«L:巴彦淖尔¦巴彦淖尔市»、«L:乌兰察布¦乌兰察布市»等地也通过“绿色通道”每天向首府调运蔬菜和土豆。全市已组织86家商超企业开通“线上订购、到家配送”服务，«L:新城区¦新城区@呼和浩特市»、«L:回民区»、«L:玉泉区»、«L:赛罕区»四个城区共设立社区团购点1300多个。
«O:市市场监督管理局»副局长«P:鲁婧¦市市场监督管理局副局长»通报，疫情期间，市场监管部门共出动执法人员4300余人次，检查各类经营主体1.1万户次，查处哄抬价格、囤积居奇等违法案件17起。她提醒，经营者要明码标价、诚信经营，消费者发现价格违法行为可拨打12315投诉举报。
«O:«L:呼和浩特市»邮政管理局»副局长«P:潘建新¦呼和浩特市邮政管理局副局长»介绍，全市已有38个快递分拨中心恢复运营，快递企业累计派送生活物资和药品类快件160万件，对封控区的快件实行“无接触”投放。
作为保供企业代表，«O:«L:内蒙古¦内蒙古自治区»塞上鲜农产品供应链有限公司»负责人«P:马永福¦内蒙古塞上鲜农产品供应链有限公司负责人»说，公司在«L:土默特左旗»、«L:托克托县»的蔬菜基地每天采收的新鲜蔬菜，经过检测、消杀后直接配送到社区，“员工们吃住都在基地和仓库，就是想让老百姓吃上放心菜。”
«P:苏日古嘎»表示，下一步，全市将继续加大保供力度，畅通“最后一公里”，同时请广大市民理性消费、按需购买，不囤积、不抢购。
（记者 «P:房佳怡¦记者»）''',
    notes=[
        "Press conference with a host and five speakers; each title is the whole introducing phrase ('市商务局党组成员、副局长' -> ORG 市商务局, 党组 outside the ORG).",
        "Bare municipal bodies are ORGs: 市委宣传部, 市发展和改革委员会, 市商务局, 市市场监督管理局; 呼和浩特市邮政管理局 is an ORG with LOCATION. 市场监管部门 and 快递企业 are generic.",
        "Company name (invented) 内蒙古塞上鲜农产品供应链有限公司 is an ORG with LOCATION 内蒙古 inside; 负责人 with the company before the name is a position title (企业负责人 in the third set).",
        "新城区 is decided by the listed Hohhot districts (回民区, 玉泉区, 赛罕区): 150102. 土默特左旗, 托克托县: counties of Hohhot.",
        "甘肃省 + 定西市 are two LOCATIONs; 巴彦淖尔, 乌兰察布 are short forms. 首府, 区内, 全市, 市里 are anaphora.",
        "10月19日 and 10月20日 are before publication (2022-10-21 local). 12315 is a hotline.",
    ])

# ---------------------------------------------------------------------------------------------
doc(id='F_015', published_at='2022-10-27T06:40:00+00:00', platform='呼和浩特日报',
    original_sources=['呼和浩特日报'],
    credits=[('reporter', '武一凡'), ('photographer', '严子墨')],
    text='''多省医疗队驰援首府 与«L:呼和浩特¦呼和浩特市»人民并肩战“疫”
本报讯（记者 «P:武一凡¦记者»）«D:10月26日»晚，由«L:山东省»、«L:辽宁省»、«L:吉林省»、«L:江苏省»、«L:四川省»等地组建的援蒙医疗队共1200余名队员陆续抵达«L:呼和浩特¦呼和浩特市»白塔国际机场。«L:呼和浩特市»副市长«P:宝音都仁¦呼和浩特市副市长»到机场迎接，向远道而来的医疗队员表示感谢。
«O:«L:山东省»援蒙医疗队»由全省18家医院的380名医护人员组成，领队、«O:«L:山东省»卫生健康委员会»副主任«P:陶振东¦领队、山东省卫生健康委员会副主任»说，队员中有不少人参加过«L:武汉¦武汉市»、«L:上海¦上海市»等地的抗疫工作，经验丰富，“我们一定按照当地的统一安排，尽快进入工作状态。”来自«O:«L:青岛¦青岛市»大学附属医院»的护士«P:孔令霞»说，出发前科室的同事帮她准备了两大箱防寒衣物，“听说这里已经下雪了，我们做好了打硬仗的准备。”
«O:«L:辽宁省»援蒙医疗队»的队员大多来自«O:中国医科大学附属第一医院»和«O:«L:大连¦大连市»医科大学附属第二医院»。领队«P:于洪涛¦领队»介绍，医疗队将重点支援方舱医院的医疗救治和院感防控，“辽蒙两地山水相连，这个时候我们必须来。”
«O:«L:吉林省»援蒙医疗队»中，«O:«L:吉林¦吉林省»大学第一医院»重症医学科主任«P:金哲浩¦吉林大学第一医院重症医学科主任»带领的重症救治小组格外引人注目。他说，小组将进驻定点医院，协助开展重症患者的救治和会诊，“重点关注老年人和有基础病的患者，尽最大努力减少重症。”
«O:«L:江苏省»援蒙医疗队»护士长«P:陆文婷¦江苏省援蒙医疗队护士长»来自«O:«L:江苏省»人民医院»，这是她第三次出征。“每次出发前都会紧张，但一穿上防护服，心里就只有病人了。”来自«O:«L:四川¦四川省»大学华西医院»的呼吸与危重症医学科医生«P:蒲世勇»则专门带上了一本蒙汉双语的常用语手册，“和老乡交流方便一些。”
据了解，各医疗队抵达后将在«L:赛罕区»、«L:新城区¦新城区@呼和浩特市»等地的方舱医院和定点医院开展工作。«P:宝音都仁»表示，«L:呼和浩特¦呼和浩特市»将全力做好医疗队的生活保障和防护物资供应，让队员们安心工作。
（本报记者 «P:严子墨¦本报记者» 摄）''',
    notes=[
        "Named provincial medical teams are ORGs (task forces, like 国家卫健委工作组 of the third set): 山东省援蒙医疗队, 辽宁省援蒙医疗队, 吉林省援蒙医疗队, 江苏省援蒙医疗队, each with its province as LOCATION. The generic '援蒙医疗队' / '医疗队' is not an ORG. 援蒙: 蒙 is a one-character abbreviation, not a LOCATION.",
        "Decision on 吉林: in 吉林大学第一医院 the short form 吉林 is coded as 吉林省 (220000): the university is named after the province (it is in 长春, not in 吉林市), and the team is the 吉林省援蒙医疗队 of the same paragraph.",
        "Place names inside hospital names are LOCATIONs: 青岛 (青岛市), 大连 (大连市), 江苏省, 四川 (四川省). 中国医科大学附属第一医院: 中国 is the country, not annotated.",
        "Titles: '领队、山东省卫生健康委员会副主任' (two positions) for 陶振东; bare 领队 for 于洪涛; '吉林大学第一医院重症医学科主任' (the department is part of the title, not of the ORG) for 金哲浩; '江苏省援蒙医疗队护士长' for 陆文婷. 护士 (孔令霞) and 医生 (蒲世勇) are occupations: title null.",
        "Han names from several provinces; 金哲浩 is a Korean-Chinese name from 吉林. 宝音都仁 (Mongolian, 5 characters) is introduced as 呼和浩特市副市长 and later referred to by name alone.",
        "呼和浩特 inside the facility name 呼和浩特白塔国际机场 is a LOCATION. 武汉, 上海 (earlier epidemics) are short forms of 武汉市, 上海市. 首府 and 辽蒙 (fused abbreviation) are not annotated. 新城区 = Hohhot (150102), with 赛罕区.",
        "Photo credit '（本报记者 严子墨 摄）' -> PERSON 严子墨, title 本报记者, credited as photographer.",
    ])
