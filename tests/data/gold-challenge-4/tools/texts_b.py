"""Inline-markup sources of F_006 ... F_010 (syntax in markup.py). All texts are invented."""
DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------------------------------------
doc(id='F_006', published_at='2022-03-30T08:00:00+00:00', platform='锡林浩特市纪委监委网站',
    original_sources=['锡林浩特市纪委监委'],
    credits=[],
    text='''«O:«L:锡林浩特市»纪委监委»通报4起疫情防控工作中失职失责典型问题
近期，«O:«L:锡林浩特市»纪委监委»聚焦疫情防控重点环节、关键岗位开展监督检查，对履职不力、落实不到位的问题严肃问责。现将4起典型问题通报如下。
一、«O:希日塔拉街道办事处»副主任«P:赵宏亮¦希日塔拉街道办事处副主任»落实封控管理措施不力问题。«D:3月21日»，«P:赵宏亮»作为包联干部，未按要求安排封控楼栋24小时值守，导致2名居家隔离人员擅自外出购物，造成疫情扩散风险。«P:赵宏亮»受到政务记过处分。
二、«O:市交通运输局»运输管理股股长«P:白宝山¦市交通运输局运输管理股股长»卡口查验把关不严问题。«D:3月22日»至23日，«P:白宝山»在带班值守城区西出口卡口期间，多次对未出示核酸检测阴性证明的车辆放行，且未如实登记。«P:白宝山»受到党内警告处分，并被调离疫情防控工作岗位。
三、«O:朝克乌拉苏木卫生院»院长«P:阿拉坦沙¦朝克乌拉苏木卫生院院长»核酸采样组织混乱问题。«D:3月24日»，«O:朝克乌拉苏木卫生院»在组织辖区群众开展核酸采样时，未设置间隔“一米线”，现场秩序混乱，造成群众长时间聚集。«P:阿拉坦沙»受到诫勉谈话处理。
四、«O:宝力根街道希望社区党委»书记«P:何丽娜¦宝力根街道希望社区党委书记»信息报送不及时问题。«D:3月25日»，«P:何丽娜»对社区排查发现的3名外地返锡人员未按规定时限上报，延误了管控措施落实。«P:何丽娜»受到批评教育，并作出书面检查。
上述问题反映出，个别党员干部思想麻痹、作风漂浮，对当前疫情防控工作的严峻性、复杂性认识不足，责任意识淡薄，工作落实打折扣、搞变通，严重影响了疫情防控工作成效。
«O:«L:锡林浩特市»纪委监委»要求，全市各级党组织和广大党员干部要引以为戒、举一反三，切实把思想和行动统一到上级决策部署上来，时刻绷紧疫情防控这根弦，坚守岗位、担当作为。各级纪检监察机关要把监督检查贯穿疫情防控工作全过程，紧盯封控管理、卡口值守、核酸检测、流调排查、物资保障等关键环节，对不担当、不作为、慢作为、乱作为等问题发现一起、查处一起，对造成严重后果的从严从重追责问责，以严明的纪律为打赢疫情防控攻坚战提供坚强保障。
据统计，3月以来，全市纪检监察机关共开展疫情防控专项监督检查86次，发现并督促整改问题143个，问责党员干部21人，其中给予党纪政务处分6人。''',
    notes=[
        "Accountability notice naming four officials in full with their positions. Each title is the whole introducing phrase, internal units included ('市交通运输局运输管理股股长'); the ORG is only the body (市交通运输局; 运输管理股 is an internal unit).",
        "希日塔拉街道办事处 (a sub-district office) is an ORG; streets are not LOCATIONs. 朝克乌拉苏木卫生院 is an ORG (twice) without LOCATION.",
        "Decision: '宝力根街道希望社区党委' is one ORG (the longest name as written, street + community + party committee), like 小召前街社区党委 of the third set; no LOCATION inside.",
        "'3月22日至23日' -> only 3月22日 is a DATE (a day without its month is out of scope). '3月以来' is a month only: not a DATE.",
        "返锡 (one-character abbreviation of 锡林浩特) is not a LOCATION. 全市, 城区 are not annotated. 纪检监察机关 and 各级党组织 are generic: not ORGs.",
        "The publishing body 锡林浩特市纪委监委 occurs three times (headline, lead, closing paragraph): three ORG mentions with LOCATION 锡林浩特市.",
        "No credits: a disciplinary notice carries no byline.",
    ])

# ---------------------------------------------------------------------------------------------
doc(id='F_007', published_at='2022-04-12T10:40:00+00:00', platform='巴彦淖尔日报',
    original_sources=['乌拉特前旗融媒体中心'],
    credits=[('reporter', '武晓芸'), ('photographer', '武晓芸'), ('editor', '吕文涛')],
    text='''«L:乌拉特前旗»：防疫不松劲 春耕不误时
眼下正值春耕备耕关键时期，«L:乌拉特前旗»在从严从实抓好疫情防控的同时，为农资运输开辟“绿色通道”，组织农技人员下沉田间地头，确保疫情防控和春耕生产两不误。
«D:4月10日»，«O:«L:乌拉特前旗»旗委»书记«P:乌云达来¦乌拉特前旗旗委书记»深入先锋镇、西小召镇和农资企业，实地检查春耕备耕和疫情防控工作。他强调，要坚持“外防输入、内防反弹”不放松，统筹做好农资保供、农机调度和技术服务，坚决防止因疫情防控影响春耕生产，用心用情帮助农民解决实际困难。副旗长«P:房立群¦副旗长»陪同检查。
在西小召镇一家农资店里，店主«P:侯秀兰¦店主»正忙着给前来购买化肥的村民开票。“今年进货早，化肥、种子、地膜都备足了。”«P:侯秀兰»说，“进店的村民都要扫场所码、测体温、戴口罩，我们每天还要消毒两次。”
农资运输是春耕保供的关键环节。«O:旗交通运输局»副局长«P:赵晓东¦旗交通运输局副局长»介绍，«L:乌前旗¦乌拉特前旗»在主要出入口设立了农资运输车辆专用通道，对持有重点物资运输车辆通行证的车辆，在落实司机核酸检测、健康监测等措施的前提下优先快速放行，做到“不停车、不下车、不开箱”。截至«D:4月10日»，全旗已为农资运输车辆办理通行证320张，保障了来自«L:包头¦包头市»、«L:鄂尔多斯¦鄂尔多斯市»和«L:宁夏¦宁夏回族自治区»等地的化肥、种子运输顺畅。
在先锋镇一处葵花种植基地，几台大型农机正在平整土地。种植大户«P:刘金锁»说，他今年种了800亩葵花和200亩小麦，“旗里给我们办了农机跨区作业通行证，农机手进出都有人帮着协调，一点没耽误。”
为了减少人员聚集，«O:旗农牧局»改变以往集中培训的方式，组织42名农技人员组成“科技小分队”，分片包村开展“一对一”技术指导，并通过“线上课堂”推送春耕技术要点。农技员«P:郜宇»每天开着车在各村之间奔波，“农民在地里碰到问题，打个电话，我们就过去。”
据了解，«L:乌拉特前旗»今年计划播种农作物200万亩，目前已备足种子1.2万吨、化肥9.6万吨，春小麦播种已全面展开。
«O:«L:乌拉特前旗»融媒体中心»记者 «P:武晓芸¦乌拉特前旗融媒体中心记者» 文/图
编辑：«P:吕文涛¦编辑»''',
    notes=[
        "乌拉特前旗旗委 is an ORG with LOCATION 乌拉特前旗; its secretary's title is the whole phrase '乌拉特前旗旗委书记'. 副旗长 (房立群) is a title without an ORG.",
        "乌前旗 (conventional abbreviation of 乌拉特前旗, used in the second set) is a LOCATION with 150823. 先锋镇 and 西小召镇 are towns: not LOCATIONs. 旗里 and 全旗 are anaphora.",
        "店主 before 侯秀兰 is a position (shop owner), recorded as title, like 店长 in the third set; 种植大户 (刘金锁) and 农技员 (郜宇) are occupation/status nouns: title null.",
        "旗交通运输局 and 旗农牧局 (bare bodies of the banner) are ORGs.",
        "Closing credit '乌拉特前旗融媒体中心记者 武晓芸 文/图': title = the outlet + 记者 (文/图 follows the name); 武晓芸 is credited as reporter and photographer. 乌拉特前旗融媒体中心 is an ORG with LOCATION inside.",
        "包头, 鄂尔多斯 (prefecture short forms) and 宁夏 (province short form) as origins of goods are LOCATIONs.",
    ])

# ---------------------------------------------------------------------------------------------
doc(id='F_008', published_at='2022-05-17T13:30:00+00:00', platform='鄂尔多斯日报',
    original_sources=['鄂尔多斯市融媒体中心'],
    credits=[('reporter', '钟雨萱'), ('reporter', '特日格乐')],
    text='''«O:«L:鄂尔多斯市»委常委会»召开会议 研究部署常态化疫情防控工作
«D:5月17日»，«O:«L:鄂尔多斯市»委»书记、«O:市应对新冠肺炎疫情工作领导小组»组长«P:孟根达来¦鄂尔多斯市委书记、市应对新冠肺炎疫情工作领导小组组长»主持召开«O:市委常委会»会议暨«O:市应对新冠肺炎疫情工作领导小组»会议，学习传达«O:党中央»、«O:国务院»和«O:自治区党委»关于疫情防控工作的最新部署要求，听取全市疫情防控工作情况汇报，研究部署常态化疫情防控重点工作。
会议指出，当前国内疫情呈多点散发态势，«L:北京¦北京市»、«L:上海¦上海市»等地疫情仍处于高位，周边地区也有零星病例报告，外防输入压力持续加大。全市上下要清醒认识疫情防控的长期性、复杂性、反复性，坚决克服麻痹思想、厌战情绪、侥幸心理、松劲心态，坚持“外防输入、内防反弹”总策略和“动态清零”总方针不动摇，以快制快，守牢不出现规模性反弹的底线。
会议强调，要筑牢外防输入屏障，严格落实«L:鄂尔多斯¦鄂尔多斯市»«L:伊金霍洛¦伊金霍洛旗»国际机场、火车站、汽车站和高速公路服务区等交通场站“落地检”措施，加强对来（返）鄂人员的排查管控，对来自中高风险地区的人员严格落实分类管控措施。要加快推进常态化核酸检测，在«L:东胜区»、«L:康巴什区»和«L:伊金霍洛旗»城区合理布局“15分钟核酸采样圈”，确保群众就近就便采样。要提高监测预警灵敏性，发挥发热门诊、药店和基层医疗卫生机构的“哨点”作用，做到早发现、早报告、早处置。
会议要求，要高效统筹疫情防控和经济社会发展。重点煤矿企业和化工园区要落实闭环管理要求，确保能源保供任务顺利完成；要全力做好物流保通保畅，落实货车司机“即采即走即追”措施，确保重点物资运输畅通；要关心关爱一线防控人员，合理安排轮休，帮助解决实际困难。
市长«P:傅伟光¦市长»就贯彻落实会议精神作具体安排。他要求，各旗区、各部门要把工作往实里抓、往细里抓，对排查发现的风险隐患建立清单、限时整改，确保各项防控措施落到基层、落到末端。
会议还研究了其他事项。市领导«P:郭瑞峰¦市领导»、«P:那木吉拉¦市领导»、«P:蒋雯¦市领导»，市直有关部门主要负责同志参加会议。
（«O:«L:鄂尔多斯市»融媒体中心»记者 «P:钟雨萱¦鄂尔多斯市融媒体中心记者» «P:特日格乐¦鄂尔多斯市融媒体中心记者»）''',
    notes=[
        "Meeting report without 习近平 (the earlier sets' formula is avoided on purpose). 党中央, 国务院 and 自治区党委 are ORGs (formulaic bodies, also in the seed gold).",
        "The host's title is the whole phrase '鄂尔多斯市委书记、市应对新冠肺炎疫情工作领导小组组长' with two ORGs in it (鄂尔多斯市委 with LOCATION 鄂尔多斯市, and the bare 市应对新冠肺炎疫情工作领导小组, which occurs twice).",
        "鄂尔多斯市委常委会 (headline) and bare 市委常委会 (body) are ORGs; '会议' is not part of the span.",
        "Decision: in the facility name '鄂尔多斯伊金霍洛国际机场' (not annotated itself) both place names are LOCATIONs: 鄂尔多斯 (150600) and 伊金霍洛 (short form of 伊金霍洛旗, 150627), following the rule that a place inside a name is a LOCATION.",
        "Shared list title '市领导' for 郭瑞峰, 那木吉拉, 蒋雯; 市长 (傅伟光) is a bare position title. '主要负责同志' is not a PERSON.",
        "来（返）鄂 (one-character abbreviation) is not a LOCATION. 北京, 上海 are province-level short forms. 全市, 各旗区, 周边地区 are not annotated.",
        "Two reporters share the credit label '鄂尔多斯市融媒体中心记者'. Published 2022-05-17T13:30Z = 21:30 local on the day of the meeting.",
    ])

# ---------------------------------------------------------------------------------------------
doc(id='F_009', published_at='2022-06-08T11:10:00+00:00', platform='乌兰察布日报',
    original_sources=['乌兰察布日报'],
    credits=[('reporter', '冀海龙'), ('correspondent', '常婉婷')],
    text='''«L:乌兰察布市»：“双线作战”守护高考平安
本报讯（记者 «P:冀海龙¦记者» 通讯员 «P:常婉婷¦通讯员»）«D:6月7日»，2022年普通高校招生全国统一考试拉开帷幕。«L:乌兰察布市»2.1万余名考生在12个考区、38个考点参加考试。全市教育、卫健、公安、交通等部门协同联动，“双线作战”做好考试组织和疫情防控工作，全力为考生营造安全、健康、有序的考试环境。
早上7时许，«O:«L:集宁¦集宁区»一中»考点外，考生们按照地面标识间隔一米排队，依次出示健康码、行程卡和48小时内核酸检测阴性证明，测量体温后进入考点。考点主考、«O:«L:集宁¦集宁区»一中»副校长«P:武瑞霞¦考点主考、集宁一中副校长»告诉记者，考点设置了普通考场和备用隔离考场，并在入口处设立了临时观察区，“考生在入场时体温异常的，由防疫副主考和医护人员进行复测和评估，确保每一名考生都能参加考试。”
«O:«L:乌兰察布市»教育局»副局长«P:冀永强¦乌兰察布市教育局副局长»介绍，为做好考试期间的疫情防控工作，全市提前14天对考生和考务人员进行健康监测，考前组织了两轮核酸检测。每个考点都配备了至少2名医护人员和1名疾控人员，全部考务人员均已完成新冠病毒疫苗加强免疫接种。对有中高风险地区旅居史等特殊情况的考生，统一安排在备用隔离考场考试，实行“一人一考场”。
«O:«L:乌兰察布市»卫生健康委员会»副主任«P:苏和¦乌兰察布市卫生健康委员会副主任»说，全市抽调医护人员460余名、疾控人员90余名驻点保障，各定点医院为考生就诊开辟了专门通道，考生有需要时医护人员“随叫随到”。
在«L:丰镇市»，交警提前对考点周边道路进行了交通管制，«O:«L:丰镇市»第一中学»门前设立了“爱心送考点”。民警«P:白云龙»说：“我们在考点周边安排了24名警力，确保考生顺利进场。”在«L:凉城县»、«L:商都县»等地，公交公司开通了“高考专线”，为考生免费提供乘车服务。
考生«P:张宇轩»走出考场时，脸上带着轻松的笑容：“考场里秩序井然，监考老师和医护人员都很负责，让我们安心考试。”在考点外等候的家长«P:杨女士»说，孩子参加高考，最担心的是疫情，现在看到防疫措施这么周全，心里踏实了。
据了解，今年«L:乌兰察布市»高考考试时间为«D:6月7日»至8日。考试期间，全市各考点将严格落实每日消毒、通风等防控措施。''',
    notes=[
        "集宁一中 (a school, twice) is an ORG; 集宁 inside it is the short form of 集宁区 (150902), as in the third set. 丰镇市第一中学 is an ORG with LOCATION 丰镇市. Bare 考点 is not an ORG.",
        "武瑞霞's title is the whole phrase '考点主考、集宁一中副校长' (two positions). 民警 (白云龙), 考生 (张宇轩) and 家长 (杨女士) are status nouns: title null. 白云 inside 白云龙 is nothing.",
        "杨女士 (surname + honorific for an unnamed person) is a PERSON, honorific included.",
        "'6月7日至8日' -> only 6月7日 is a DATE; 2022年普通高校招生… contains a year only, not a date. Times (7时许) are not dates.",
        "乌兰察布市教育局 and 乌兰察布市卫生健康委员会 are ORGs with LOCATION inside. '全市教育、卫健、公安、交通等部门' and '公交公司' are generic.",
        "本报讯 byline: the outlet is not named in the text (本报 is anaphora), so no ORG there.",
    ])

# ---------------------------------------------------------------------------------------------
doc(id='F_010', published_at='2022-07-14T03:00:00+00:00', platform='锡林郭勒日报',
    original_sources=['锡林郭勒日报'],
    credits=[('reporter', '赛汉'), ('correspondent', '邹杰')],
    text='''珠恩嘎达布其口岸：“甩挂”接驳保通关 口岸防疫不放松
（本报记者 «P:赛汉¦本报记者» 通讯员 «P:邹杰¦通讯员»）«D:7月13日»清晨，在珠恩嘎达布其口岸货场，一辆辆蒙古国货车驶入指定的交接区，司机解开挂车后原车返回，早已等候在旁的中方牵引车随即挂上车厢驶向监管场所。这种“甩挂”运输模式，让中蒙两国司机全程“零接触”，既守住了疫情防线，又保障了口岸畅通。
珠恩嘎达布其口岸位于«L:东乌珠穆沁旗»境内，是我国对蒙古国开放的重要陆路口岸之一。今年以来，口岸进口的煤炭、铁矿石等大宗货物持续增长。«O:珠恩嘎达布其海关»副关长«P:崔立军¦珠恩嘎达布其海关副关长»介绍，海关对进境货车和挂车实行全覆盖消毒和核酸采样，对高风险岗位工作人员实行“14+7+7”闭环管理，“从驾驶室到车厢，从货物到包装，每一个环节都不放过。”
在货场入口，«O:珠恩嘎达布其出入境边防检查站»民警«P:图雅日乐»正在核验入境司机的证件。她说，边检站对入境司机实行“落地即检、检后闭环”，司机在交接区内不得下车，办理手续全部通过“无接触”窗口完成。蒙古国司机«P:巴特额尔德尼»隔着车窗比了个大拇指，他已经在这条线路上跑了6年，“这边的工作人员很专业，通关比去年快多了。”
货物通关后，由国内物流企业转运至«L:锡林浩特市»、«L:赤峰¦赤峰市»以及«L:河北省»«L:唐山市»等地。«O:«L:东乌珠穆沁旗»瀚海国际物流有限公司»总经理«P:蒋卫星¦东乌珠穆沁旗瀚海国际物流有限公司总经理»说，公司的120多名司机全部纳入闭环管理，每天进行一次核酸检测，集中住宿、集中就餐，“虽然辛苦一些，但车能跑起来，企业就有希望。”
«O:«L:东乌旗¦东乌珠穆沁旗»旗委»副书记、旗长«P:海日汗¦东乌旗旗委副书记、旗长»表示，旗里将坚持“人、物、环境同防”，在确保疫情不输入的前提下，持续优化通关流程，推动口岸由“保通”向“畅通”转变。据统计，«D:7月1日»以来，珠恩嘎达布其口岸日均通关货车280辆次，比上半年增长约三成；上半年累计进口货物142万吨，口岸未发生疫情输入。
站在货场的瞭望台上，一排排等待查验的货车整齐排列。正在巡查的口岸办工作人员«P:敖登格日乐玛»说，夏季是口岸运输的高峰，防疫和通关两手都要硬，“我们会一直守在这里。”''',
    notes=[
        "珠恩嘎达布其 is a town/port name (the port lies in 东乌珠穆沁旗): not a LOCATION, also inside the ORGs 珠恩嘎达布其海关 and 珠恩嘎达布其出入境边防检查站, which are ORGs without LOCATION (like 甘其毛都海关 and 策克海关 of the second set). The port facility itself is not annotated.",
        "蒙古国, 中蒙 are foreign / not divisions: not LOCATIONs. The Mongolian driver 巴特额尔德尼 is written without a middle dot: one PERSON, title null (蒙古国司机 is a status phrase).",
        "东乌旗 (abbreviation of 东乌珠穆沁旗) is a LOCATION inside the ORG 东乌旗旗委; 海日汗's title is the whole phrase '东乌旗旗委副书记、旗长'.",
        "Company name 东乌珠穆沁旗瀚海国际物流有限公司 (invented) is an ORG with LOCATION 东乌珠穆沁旗; 总经理 with the company is the title.",
        "Titles: 民警 with the border-inspection station before it ('…检查站民警图雅日乐') is recorded as null: 民警 is an occupation noun, and the ORG is annotated separately. 口岸办工作人员 (敖登格日乐玛) is a status phrase: null. 本报记者 / 通讯员 are credit labels.",
        "7月1日以来 -> DATE 7月1日 (2022-07-01). '14+7+7' is not a date. 上半年 / 今年以来 are not annotated.",
        "河北省 + 唐山市 are two LOCATIONs; 赤峰 is a short form. 旗里 is anaphora.",
    ])
