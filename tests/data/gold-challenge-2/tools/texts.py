# Invented texts D_001 … D_030 with inline annotation (see markup.py for the syntax).
# Every field except text/mentions is written here; build.py computes offsets, codes, levels and date values.

DOCS = []


def doc(**kw):
    DOCS.append(kw)


doc(id='D_001', title='额济纳旗滞留游客分批有序返程', published_at='2021-10-31T03:10:00+00:00',
    platform='新华网', original_sources=['新华网'],
    credits=[{'role': 'reporter', 'name': '刘春林'}, {'role': 'reporter', 'name': '阿斯汗'}],
    body="""«O:新华网»«L:呼和浩特¦呼和浩特市»«D:10月30日»电（记者 «P:刘春林¦记者»、«P:阿斯汗¦记者»）记者从«O:«L:阿拉善盟»新冠肺炎疫情防控工作指挥部»获悉，截至«D:10月30日»18时，滞留«L:额济纳旗»的游客已有4100余人分批踏上返程，他们分别来自«L:北京¦北京市»、«L:甘肃¦甘肃省»、«L:陕西¦陕西省»等地。
«O:«L:额济纳旗»交通运输局»局长«P:图门乌力吉¦额济纳旗交通运输局局长»介绍，返程车辆实行“点对点”闭环转运，每辆大巴配备一名医务人员和一名随车民警，途中不停车、不下客。需要经«L:甘肃省»«L:酒泉市»中转的游客，由两地提前对接交接名单。
在一处游客安置点，来自«L:西安¦西安市»的游客«P:王女士»说：“工作人员每天把饭送到门口，还帮我们买了常用药，心里很踏实。”
据了解，游客须完成三次核酸检测且结果均为阴性后方可返程。«L:阿拉善盟»盟长«P:宝音德力格尔¦阿拉善盟盟长»要求，要把返程服务当作检验作风的考场，确保每一位游客安全离开、平安到家。""",
    notes=["Dateline '新华网呼和浩特10月30日电': 新华网 ORG, 呼和浩特 LOCATION (prefecture 150100, as in gold), 10月30日 DATE.",
           "Province short forms 北京, 甘肃, 陕西 and the city short form 西安 are LOCATIONs (110000, 620000, 610000, 610100).",
           "'阿拉善盟盟长' contains no ORG (盟长 is a position), only the LOCATION 阿拉善盟; title = whole phrase.",
           "'18时' after the date is not part of the DATE span. '王女士' = surname + honorific, PERSON."])

doc(id='D_002', title='二连浩特市召开第十二场疫情防控新闻发布会', published_at='2021-11-03T11:20:00+00:00',
    platform='北疆新闻', original_sources=['二连浩特市融媒体中心'], credits=[],
    body="""«D:11月3日»下午，«O:«L:二连浩特市»人民政府新闻办公室»召开第十二场疫情防控新闻发布会。出席发布会的有：«L:二连浩特市»副市长«P:娜仁格日勒¦二连浩特市副市长»，«O:市卫生健康委员会»主任«P:陈国华¦市卫生健康委员会主任»，«O:市疾病预防控制中心»副主任«P:特古斯毕力格¦市疾病预防控制中心副主任»，«O:«L:二连¦二连浩特市»海关»副关长«P:李文明¦二连海关副关长»。
«P:娜仁格日勒»通报，«D:11月2日»0时至24时，全市新增本土确诊病例2例，均在集中隔离点筛查发现，社会面未发现新的感染者。
«P:陈国华»介绍，定点医院新增重症监护床位20张，自治区派出的医疗队已全部到岗，在院患者生命体征平稳。
«P:特古斯毕力格»提醒，广大市民要继续配合应检尽检，出现发热、咳嗽、乏力等症状，要第一时间向社区报告，不要自行购药。
«P:李文明¦副关长»副关长表示，海关对进境货车司机实行“人货分离、接驳运输”，目前口岸日均通关货车已恢复至300辆左右，蒙方口岸也同步实施闭环管理。""",
    notes=["'出席发布会的有：' list: each speaker gets his or her own introducing phrase as title.",
           "二连海关: 二连 is the conventional multi-character abbreviation of 二连浩特市 and is annotated as LOCATION 152501 inside the ORG (same decision as 呼市/锡盟). The later bare 海关 is anaphoric, not ORG.",
           "Bare 市卫生健康委员会 / 市疾病预防控制中心 are specific bodies: ORG (cf. 市卫健局 in the first set).",
           "Post-posed '李文明副关长' -> title 副关长. 自治区 alone, 全市, 蒙方 not LOCATION. 应检尽检 is a slogan."])

doc(id='D_003', title='锡林郭勒盟疾控中心发布冬季疫情防控健康提示', published_at='2021-11-20T01:00:00+00:00',
    platform='锡林郭勒日报', original_sources=['锡林郭勒盟疾病预防控制中心'],
    credits=[{'role': 'editor', 'name': '萨日娜'}],
    body="""«O:«L:锡林郭勒盟»疾病预防控制中心»«D:11月19日»发布健康提示：近期，«L:黑龙江省»«L:黑河市»、«L:辽宁省»«L:大连市»等地相继出现本土疫情，我盟外防输入压力持续加大。
一、14天内到过中高风险地区的人员，请主动向所在社区（嘎查村）、单位或酒店报告，配合落实隔离管控措施。
二、非必要不前往中高风险地区。确需前往的，返锡后第一时间报备。
三、«L:东乌旗¦东乌珠穆沁旗»、«L:西乌旗¦西乌珠穆沁旗»等边境旗县的群众，要自觉遵守边境管控规定。
«O:盟疾控中心»主任医师«P:阿木古楞¦盟疾控中心主任医师»提醒，入冬以来呼吸道疾病进入高发期，公众要坚持戴口罩、勤洗手、常通风，60岁以上老人要尽快接种加强针。«L:锡林浩特市»各接种点周末正常开放。
来源：«O:«L:锡林郭勒盟»疾病预防控制中心»
编辑 «P:萨日娜¦编辑»""",
    notes=["东乌旗 / 西乌旗: conventional abbreviations of 东乌珠穆沁旗 / 西乌珠穆沁旗, LOCATION with the full banner's code.",
           "我盟 (anaphora), 返锡 (one-character abbreviation), 边境旗县 (generic) are not LOCATIONs.",
           "Bare 盟疾控中心 = the league CDC named just before: ORG.",
           "Credit lines '来源：…' and '编辑 萨日娜' are left in the text and annotated (ORG / PERSON with title 编辑)."])

doc(id='D_004', title='满洲里市公布新增本土确诊病例活动轨迹', published_at='2021-11-29T02:00:00+00:00',
    platform='满洲里市融媒体中心', original_sources=['满洲里市疫情防控指挥部'],
    credits=[{'role': 'reporter', 'name': '孙金海'}],
    body="""«D:11月28日»，«O:«L:满洲里市»疫情防控指挥部»公布新增本土确诊病例活动轨迹，提醒轨迹有交集人员主动报备。
病例1：«P:韩某»，女，47岁，«L:扎赉诺尔区»某洗浴中心员工。«D:11月26日»到«O:«L:扎赉诺尔区»人民医院»就诊，«D:11月27日»核酸检测结果异常，当日转运至定点医院。
病例2：«P:杨某某»，男，52岁，某进出口贸易公司货车司机。«D:11月24日»自«L:呼伦贝尔市»«L:海拉尔区»驾车返回«L:满洲里¦满洲里市»，途中在服务区停留约20分钟。
病例3：«P:包某»，男，8岁，小学生，系病例1的外孙，已居家隔离观察。
请与上述病例活动轨迹有交集的人员立即向所在社区或单位报告，非必要不离开«L:满洲里¦满洲里市»，配合做好核酸检测。
（«O:«L:满洲里市»融媒体中心»记者 «P:孙金海¦满洲里市融媒体中心记者»）""",
    notes=["Anonymised case names 韩某, 杨某某, 包某 are PERSONs (包某: Mongolian-style surname).",
           "某洗浴中心, 某进出口贸易公司, 定点医院, 服务区: unnamed, not ORG.",
           "Reporter credit '（满洲里市融媒体中心记者 孙金海）' left in the text: ORG + LOCATION + PERSON with the whole phrase as title."])

doc(id='D_005', title='寒假里的“青春防疫岗”', published_at='2022-01-06T00:40:00+00:00',
    platform='包头日报', original_sources=['包头日报'],
    credits=[{'role': 'reporter', 'name': '高长春'}, {'role': 'correspondent', 'name': '白乙拉'},
             {'role': 'photographer', 'name': '张文'}],
    body="""本报记者 «P:高长春¦本报记者» 通讯员 «P:白乙拉¦通讯员»
«D:12月31日»清晨，气温降到零下20多摄氏度，«O:«L:内蒙古¦内蒙古自治区»科技大学»大三学生«P:云海峰»早早来到«L:东河区»和平路社区的小区门口，为进出居民查验健康码、测量体温。放寒假后，他第一时间报名成为社区防疫志愿者。
“我是土生土长的«L:包头¦包头市»人，家门口的事就该出把力。”«P:云海峰»说。
和他一起值守的还有退休教师«P:鲍淑华»和在读研究生«P:敖日格乐»。«P:鲍淑华»负责给独居老人送药送菜，«P:敖日格乐»则用蒙汉双语录制了防疫提示音频，在小区广播里循环播放。
«O:和平路社区党委»书记«P:贾志明¦和平路社区党委书记»介绍，元旦前后返乡人员增多，志愿者们帮助社区完成了1200余户的入户摸排。截至«D:1月5日»，«L:东河区»共有2300余名志愿者参与疫情防控工作。
图为«P:云海峰»在查验居民健康码。记者 «P:张文¦记者» 摄""",
    notes=["Cross-year date: published 2022-01-06, so 12月31日 -> 2021-12-31 (most recent such date not after publication); 1月5日 -> 2022-01-05.",
           "高长春: 长春 is a city name inside a person name, not a LOCATION. 云海峰, 鲍淑华, 白乙拉, 敖日格乐: Mongolian names with Han-like first characters.",
           "大三学生, 退休教师, 在读研究生: status nouns, title null. 和平路 is a street (not 和平区).",
           "Photo credit '记者 张文 摄' left in the text: PERSON with title 记者. 元旦 (holiday) not a DATE."])

doc(id='D_006', title='牧区年货“统一采购”那达慕“云上开赛”', published_at='2022-01-22T03:00:00+00:00',
    platform='东乌珠穆沁旗融媒体中心', original_sources=['东乌珠穆沁旗融媒体中心'],
    credits=[{'role': 'reporter', 'name': '乌日汗'}],
    body="""«O:«L:东乌珠穆沁旗»融媒体中心»讯（记者 «P:乌日汗¦记者»）进入腊月，满都宝力格镇额仁高壁嘎查的牧民陆续开始置办年货。为减少人员聚集，«O:额仁高壁嘎查党支部»书记«P:布和朝鲁¦额仁高壁嘎查党支部书记»和驻村第一书记«P:刘国庆¦驻村第一书记»商量，把各户的年货订单汇总起来，由专人进城采购后挨家挨户送上门。
今年的冬季那达慕改为线上举办，赛马、搏克比赛通过手机直播。«O:«L:东乌珠穆沁旗»乌兰牧骑»队长«P:萨其拉图¦东乌珠穆沁旗乌兰牧骑队长»带领队员录制了12个防疫主题节目，用好来宝、长调唱出“少聚集、戴口罩”。春节前祭敖包的活动也改为各户分散进行。
牧民«P:道尔吉»家离镇上有80多公里，«D:1月20日»，«L:东乌旗¦东乌珠穆沁旗»疫苗接种小分队专程上门，为他和老伴接种了加强针。“不用跑远路，在家门口就打上了。”«P:道尔吉»笑着说。""",
    notes=["东乌珠穆沁旗乌兰牧骑 (a specific troupe) is ORG; the word 乌兰牧骑 itself is not a person. 那达慕, 敖包, 好来宝, 长调, 搏克 are ordinary words.",
           "满都宝力格镇 (town) and 额仁高壁嘎查 (village) are not LOCATIONs; the named 嘎查党支部 is ORG.",
           "刘国庆: 国庆 as a given name (holiday word) is part of the PERSON. 驻村第一书记 is a position -> title; 牧民 is a status noun -> title null.",
           "东乌旗: abbreviation of 东乌珠穆沁旗 (152525). 疫苗接种小分队: generic, not ORG. 腊月 / 春节 not DATEs."])

doc(id='D_007', title='甘其毛都口岸跨境运输有序恢复', published_at='2022-02-10T02:30:00+00:00',
    platform='巴彦淖尔日报', original_sources=['巴彦淖尔日报'],
    credits=[{'role': 'reporter', 'name': '韩金花'}, {'role': 'correspondent', 'name': '巴雅尔图孟克'}],
    body="""本报记者 «P:韩金花¦本报记者» 通讯员 «P:巴雅尔图孟克¦通讯员»
春节过后，甘其毛都口岸跨境运输逐步恢复。«D:2月9日»，记者在口岸货场看到，一辆辆满载煤炭的蒙古国货车在指定区域完成消杀后，由国内司机接驳，运往«L:乌拉特前旗»的洗煤企业。
«O:甘其毛都海关»关长«P:吉雅¦甘其毛都海关关长»介绍，口岸严格执行“司机不下车、货物不落地”的接驳模式，对进境车辆、货物外包装实行全覆盖采样检测。«D:2月1日»至8日，口岸累计完成核酸采样1.6万余份，结果均为阴性。
«O:«L:乌拉特中旗»旗委»常委、副旗长«P:郝文军¦乌拉特中旗旗委常委、副旗长»说，口岸一线工作人员实行“14+7+7”轮换，集中住宿、闭环管理。«P:郝文军»每周都要到货场和隔离驻地检查一次，他说：“守住口岸，就是守住«L:巴彦淖尔¦巴彦淖尔市»的大门。”""",
    notes=["甘其毛都 is a town, not a GB/T 2260 division: no LOCATION in 甘其毛都口岸 or 甘其毛都海关 (ORG).",
           "'2月1日至8日': only 2月1日 is a DATE ('8日' has no month).",
           "蒙古国 is a foreign country: not LOCATION. 吉雅: two-character Mongolian name.",
           "Byline '本报记者 韩金花 通讯员 巴雅尔图孟克' left in the text, titles 本报记者 / 通讯员."])

doc(id='D_008', title='策克口岸恢复进口煤炭通关', published_at='2022-03-02T08:00:00+00:00',
    platform='今日阿拉善', original_sources=['额济纳旗融媒体中心'],
    credits=[{'role': 'reporter', 'name': '阿茹汗'}],
    body="""«D:3月1日»，策克口岸恢复进口煤炭通关，首批68辆蒙古国运煤车辆经消杀、采样后有序入境。
«O:«L:阿拉善盟»委»委员、«O:«L:额济纳旗»旗委»书记«P:斯日古楞¦阿拉善盟委委员、额济纳旗旗委书记»在口岸现场查看通关流程。他强调，要坚持“人、物、环境”同防，既要保障通关顺畅，又要守牢疫情防线。
«O:策克海关»副关长«P:张金生¦策克海关副关长»介绍，海关对入境车辆实施“一车一消杀”，对司机开展体温监测和核酸采样，结果未出前车辆不得驶离监管区。
来自«L:甘肃省»«L:嘉峪关市»的货车司机«P:马春明»已在策克往返跑了6年。“现在接驳点离监管区只有几百米，等待时间比去年短了不少。”
据了解，«O:策克口岸经济开发区管委会»在«L:额济纳¦额济纳旗»城区至口岸之间设置两道检查站，对过往人员车辆逐一查验。
文/图：«P:阿茹汗¦文/图»""",
    notes=["阿拉善盟委: ORG with the LOCATION 阿拉善盟 inside; 额济纳旗旗委 likewise.",
           "策克 (town / port) is not a division: 策克口岸, 策克海关, 策克口岸经济开发区管委会 contain no LOCATION.",
           "额济纳 (short form, 152923) in '额济纳城区'. 货车司机 is an occupation: title null.",
           "Credit '文/图：阿茹汗' left in the text; title '文/图' (the credit label), credits role reporter."])

doc(id='D_009', title='呼伦贝尔三个少数民族自治旗基层医务人员坚守防疫一线', published_at='2022-03-20T01:30:00+00:00',
    platform='呼伦贝尔日报', original_sources=['呼伦贝尔日报社'],
    credits=[{'role': 'reporter', 'name': '胡日查'}, {'role': 'reporter', 'name': '孟海燕'}],
    body="""«D:3月18日»，记者走进«L:呼伦贝尔¦呼伦贝尔市»三个少数民族自治旗，记录基层医务人员守护群众健康的日常。
在«L:莫力达瓦达斡尔族自治旗»，达斡尔族乡村医生«P:敖长海»每天骑摩托车往返于三个村屯之间，为行动不便的老人上门接种疫苗。他随身带着一个小本子，上面记着全村120多位老人的接种时间。
在«L:鄂温克族自治旗»巴彦托海镇，鄂温克族护士«P:杜拉尔·斯琴»和同事们用鄂温克语、蒙古语和汉语三种语言宣讲防疫知识。“用老人听得懂的话讲，他们才愿意来。”«P:杜拉尔·斯琴»说。
在«L:鄂伦春旗¦鄂伦春自治旗»阿里河镇，鄂伦春族村医«P:关金兰»把核酸采样点设在猎民村活动室，方便群众就近采样。
据«O:«L:呼伦贝尔市»卫健委»统计，全市已有2.3万名基层医务人员投入疫情防控一线。
（«O:«L:呼伦贝尔¦呼伦贝尔市»日报社»记者 «P:胡日查¦呼伦贝尔日报社记者» «P:孟海燕¦呼伦贝尔日报社记者»）""",
    notes=["Daur (敖长海), Ewenki (杜拉尔·斯琴, clan name + middle dot U+00B7 kept) and Oroqen (关金兰) persons; 乡村医生 / 护士 / 村医 are occupations, title null.",
           "鄂伦春旗: conventional abbreviation of 鄂伦春自治旗 (150723). 巴彦托海镇, 阿里河镇 are towns; 猎民村 is generic.",
           "'三个少数民族自治旗' is a description, not a name. 鄂温克语/蒙古语 are languages.",
           "Two reporters after one '呼伦贝尔日报社记者' share that title."])

doc(id='D_010', title='科尔沁左翼中旗新冠肺炎疫情防控工作指挥部通告（第8号）', published_at='2022-04-14T13:00:00+00:00',
    platform='科尔沁左翼中旗人民政府网', original_sources=['科尔沁左翼中旗新冠肺炎疫情防控工作指挥部'], credits=[],
    body="""«O:«L:科尔沁左翼中旗»新冠肺炎疫情防控工作指挥部»通告（第8号）
为尽快阻断疫情传播链条，经«O:旗疫情防控工作指挥部»研究决定，自«D:2022年4月14日»18时起，在保康镇城区实行临时性静态管理。现将有关事项通告如下：
一、管控区域内居民原则上足不出户，生活物资由社区统一配送。
二、全旗开展一轮全员核酸检测，坚持应检尽检、不漏一人，请居民按照网格员通知分时段有序采样。
三、因就医等特殊情况确需出行的，须持24小时内核酸检测阴性证明，并向所在社区报备。
四、对拒不配合、造成疫情传播风险的，由公安机关依法处理。
咨询电话：«O:«L:科左中旗¦科尔沁左翼中旗»卫生健康委员会» 0475-3212XXX
«O:«L:科尔沁左翼中旗»新冠肺炎疫情防控工作指挥部»
«D:二〇二二年四月十四日»""",
    notes=["'旗疫情防控工作指挥部' refers to the banner's named task force (旗 = name element, like 市卫健局): ORG. 公安机关 is generic: not ORG.",
           "科左中旗: abbreviation of 科尔沁左翼中旗 (150521). 保康镇 is a town.",
           "Signature date in Chinese numerals 二〇二二年四月十四日 -> 2022-04-14; 2022年4月14日 also 2022-04-14 ('18时' excluded).",
           "The phone number is a placeholder (XXX). No persons in this notice."])

doc(id='D_011', title='我区召开疫情防控工作新闻发布会', published_at='2022-04-28T09:00:00+00:00',
    platform='内蒙古日报', original_sources=['内蒙古日报社融媒体'],
    credits=[{'role': 'reporter', 'name': '包小华'}],
    body="""«D:4月28日»，«O:自治区人民政府新闻办公室»召开全区疫情防控工作新闻发布会。出席发布会的有：«O:自治区卫健委»副主任«P:额日和木巴雅尔¦自治区卫健委副主任»，«O:自治区疾控中心»副主任«P:刘海明¦自治区疾控中心副主任»，«O:自治区教育厅»副厅长«P:宝音图¦自治区教育厅副厅长»，«O:自治区交通运输厅»二级巡视员«P:孙春生¦自治区交通运输厅二级巡视员»。发布会由«O:自治区人民政府新闻办公室»副主任«P:张志华¦自治区人民政府新闻办公室副主任»主持。
«P:额日和木巴雅尔»通报，«D:4月27日»0时至24时，全区新增本土确诊病例3例、无症状感染者12例，分别在«L:通辽市»和«L:呼伦贝尔市»，均为隔离管控人员。
«P:刘海明»介绍，当前全国疫情呈多点散发态势，«L:吉林省»、«L:上海市»等地疫情外溢风险依然存在，来返我区人员要提前3天报备。
«P:宝音图»表示，全区中小学“五一”假期不组织跨盟市研学活动，师生离开居住地要履行报告程序。
«P:孙春生»说，各地不得擅自阻断或关闭高速公路，对持有通行证的货车要做到即检即放。
（记者 «P:包小华¦记者»）""",
    notes=["Seven-character Mongolian name 额日和木巴雅尔; 宝音图 (宝 as first character).",
           "自治区人民政府新闻办公室, 自治区卫健委, 自治区疾控中心, 自治区教育厅, 自治区交通运输厅: ORGs; 自治区 alone is never a LOCATION, so none is nested.",
           "我区, 全区, 全国, 跨盟市 are not LOCATIONs. '五一' (holiday) is not a DATE."])

doc(id='D_012', title='流动接种车开进偏远村庄', published_at='2022-05-20T02:00:00+00:00',
    platform='赤峰日报', original_sources=['赤峰日报社'],
    credits=[{'role': 'reporter', 'name': '王林西'}],
    body="""（«O:«L:赤峰¦赤峰市»日报社»记者 «P:王林西¦赤峰日报社记者»）«D:5月19日»，«O:«L:赤峰市»卫健委»组织6辆流动接种车，深入«L:宁城县»、«L:敖汉旗»的偏远村庄，为60岁以上老年人接种新冠病毒疫苗。
在«L:宁城县»八里罕镇一个村的文化广场上，82岁的«P:张玉春»老人刚刚接种完第三针。“以前总觉得年纪大了不能打，医生上门讲了好几回，我才放下心来。”
接种点医生«P:于长林»说，每位老人接种前都要问清病史、测量血压，接种后留观30分钟。“慢一点不要紧，一个都不能出问题。”
«O:«L:敖汉旗»卫生健康委员会»主任«P:包德胜¦敖汉旗卫生健康委员会主任»介绍，全旗组建了42支“敲门行动”小分队，对卧床、失能老人逐户建档。截至«D:5月18日»，全旗60岁以上人群加强免疫接种率达到83%。
目前，«L:克什克腾旗»、«L:林西县»等地也在加快推进老年人接种工作。""",
    notes=["Reporter 王林西 contains 林西 (short form of 林西县): inside a PERSON, not a LOCATION; the later 林西县 is.",
           "敖汉旗 is a LOCATION even though 敖 is also a Mongolian name character. 八里罕镇 is a town.",
           "接种点医生 is an occupation: title null for 于长林. '老人' after 张玉春 is not a title."])

doc(id='D_013', title='高温下的发热门诊', published_at='2022-06-12T09:00:00+00:00',
    platform='巴彦淖尔市融媒体中心', original_sources=['巴彦淖尔市融媒体中心'],
    credits=[{'role': 'first reviewer', 'name': '朝格图'}, {'role': 'second reviewer', 'name': '刘志海'},
             {'role': 'third reviewer', 'name': '阿拉腾其其格'}],
    body="""入夏以来，«L:巴彦淖尔¦巴彦淖尔市»气温持续升高。«O:«L:巴彦淖尔市»医院»发热门诊的医护人员穿着密不透风的防护服，一站就是四五个小时。
“脱下防护服，衣服能拧出水来。”护士长«P:塔娜¦护士长»一边整理物资一边说。她所在的团队有18名护士，实行四班倒，保证发热门诊24小时不停诊。
检验科主任«P:赵金明¦检验科主任»带领12名检验人员坚守PCR实验室，日均检测核酸样本1.2万管。«D:6月10日»晚，一批来自«L:磴口县»的样本送达，«P:赵金明»和同事们连夜上机，凌晨3点前全部出具结果。
急诊科医生«P:武文»是一名“90后”，去年曾随队支援«L:额济纳旗»。他说：“在发热门诊，每一个病人都要当作可能的风险来对待，也要当作需要安慰的家人来对待。”
«O:«L:临河区»人民医院»也于近日扩建了发热门诊候诊区。
一审：«P:朝格图¦一审»
二审：«P:刘志海¦二审»
三审：«P:阿拉腾其其格¦三审»""",
    notes=["护士长 and 检验科主任 are positions -> titles; 急诊科医生 is an occupation -> title null (as 护士 in the first set).",
           "Two-character names 塔娜 (Mongolian) and 武文 (Han). 发热门诊 / PCR实验室 are units, not named organizations.",
           "一审/二审/三审 credits left in the text, titles 一审 / 二审 / 三审."])

doc(id='D_014', title='乌海：景区有序开放 防控不松劲', published_at='2022-07-05T04:00:00+00:00',
    platform='乌海日报', original_sources=['乌海日报社'],
    credits=[{'role': 'editor', 'name': '萨如拉'}],
    body="""暑期旅游旺季到来，«L:乌海¦乌海市»各景区在做好疫情防控的前提下有序开放。«D:7月3日»，记者在«L:乌海¦乌海市»湖景区看到，游客扫码、测温后依次进入，沙滩、码头等区域设置了“一米线”提示。
景区运营负责人«P:高海林¦景区运营负责人»介绍，景区实行预约、错峰、限流，日接待量控制在最大承载量的75%以内，工作人员每天进行核酸检测。
来自«L:宁夏¦宁夏回族自治区»«L:石嘴山市»的游客«P:马女士»一家三口自驾而来。“两地挨得近，出发前在手机上查好了防疫要求，过来很顺利。”
«O:«L:乌海市»文化旅游体育局»相关负责人表示，«L:海勃湾区»、«L:乌达区»、«L:海南区»的重点景区均已设立防疫服务站，对来自中高风险地区的游客实行劝返。
责任编辑：«P:萨如拉¦责任编辑»""",
    notes=["乌海湖景区 is a facility (not annotated) but contains the LOCATION 乌海 (place inside a name, as in the first set).",
           "宁夏 (short form, 640000) + 石嘴山市. 海南区 is Wuhai's district (150303), the only division of that name.",
           "'相关负责人' without a name is not a PERSON. 景区运营负责人 is a position phrase -> title."])

doc(id='D_015', title='锡林浩特市那达慕“线上+线下”开幕', published_at='2022-07-27T17:10:00+00:00',
    platform='锡林浩特市融媒体中心', original_sources=['锡林浩特市融媒体中心'],
    credits=[{'role': 'trainee reporter', 'name': '乌兰其其格'}],
    body="""今天（«D:7月28日»），«L:锡林浩特市»第三十二届那达慕以“线上+线下”方式开幕。为做好疫情防控，现场观众实行预约入场，凭72小时核酸检测阴性证明和绿码进入会场。
«L:锡林郭勒盟»副盟长«P:乌力吉木仁¦锡林郭勒盟副盟长»在开幕式上表示，要在确保安全的前提下，办好群众家门口的那达慕。
来自白音锡勒牧场的搏克手«P:巴特尔»已连续三年参赛。“今年现场观众少了，但直播间里有几万人给我们加油。”
«O:«L:锡林浩特市»卫生健康委员会»在会场设置了3个临时核酸采样点和1个医疗保障点。额尔敦街道的20名社区志愿者负责引导观众分区就座、保持间距。
«O:«L:锡林郭勒¦锡林郭勒盟»职业学院»的200余名学生通过网络同步观看了开幕式。
（见习记者 «P:乌兰其其格¦见习记者»）""",
    notes=["Published 2022-07-27T17:10Z = 2022-07-28 01:10 in Asia/Shanghai: 今天（7月28日） -> 2022-07-28; 今天 itself not annotated.",
           "白音锡勒牧场 (a state farm; 白音 as a place element) and 额尔敦街道 (a sub-district; 额尔敦 as a place) are not LOCATIONs and not PERSONs.",
           "锡林郭勒职业学院: ORG with the LOCATION 锡林郭勒 (152500) inside. 那达慕 is an event.",
           "乌兰其其格 contains 乌兰 but is one five-character name; 搏克手 is an occupation (title null)."])

doc(id='D_016', title='鄂尔多斯市公布新增本土病例活动轨迹', published_at='2022-08-12T01:00:00+00:00',
    platform='鄂尔多斯日报', original_sources=['鄂尔多斯发布'], credits=[],
    body="""«D:8月11日»，«O:«L:鄂尔多斯市»应对新冠肺炎疫情工作领导小组办公室»发布新增本土病例活动轨迹。
病例1：«P:郝某某»，男，41岁，«L:东胜区»某建材市场经营户。«D:8月8日»自«L:陕西省»«L:榆林市»«L:神木市»自驾返回，«D:8月10日»核酸检测结果异常，已转运至定点医院。
病例2：«P:冯某»，女，36岁，«L:康巴什区»居民，系病例1的妻子，已于«D:8月10日»被集中隔离。
病例3：«P:苏某»，男，63岁，«L:准格尔旗»薛家湾镇退休职工，«D:8月9日»曾与病例1在同一餐馆就餐。
«L:东胜区»、«O:«L:康巴什区»疫情防控指挥部»已对病例居住小区实施封控管理，并对相关场所开展终末消杀。请近期到过上述地点的人员立即向社区报告，不要自行前往医院就诊。
来源：«O:«L:鄂尔多斯¦鄂尔多斯市»发布»""",
    notes=["Coordination ellipsis '东胜区、康巴什区疫情防控指挥部' annotated as in gold ('二连浩特市、额济纳旗指挥部'): 东胜区 LOCATION only; ORG 康巴什区疫情防控指挥部 with LOCATION 康巴什区.",
           "神木市 is a county-level city of 榆林市 (610881). 薛家湾镇 is a town.",
           "'鄂尔多斯发布' (the city's official account) is a media outlet: ORG with the LOCATION 鄂尔多斯 inside (cf. gold 今日阿拉善)."])

doc(id='D_017', title='兴和县：秋收不误农时 防疫不留空档', published_at='2022-08-26T03:00:00+00:00',
    platform='乌兰察布日报', original_sources=['乌兰察布日报社'],
    credits=[{'role': 'reporter', 'name': '刘彩霞'}, {'role': 'correspondent', 'name': '贾志文'}],
    body="""（«O:«L:乌兰察布¦乌兰察布市»日报社»全媒体记者 «P:刘彩霞¦乌兰察布日报社全媒体记者» 通讯员 «P:贾志文¦通讯员»）时下，«L:兴和县»的马铃薯陆续进入收获期。为防止收获季人员聚集带来风险，«O:«L:兴和县»委»常委、副县长«P:周明¦兴和县委常委、副县长»带领工作组深入田间地头，检查外来务工人员健康管理情况。
“每名外来农工都要登记信息、查验行程码，吃住尽量安排在地头，减少进城。”«P:周明»说。
在«L:丰镇市»一处冷库，种植大户«P:王兴和»正组织工人分批装车。他告诉记者，今年合作社种了3000多亩马铃薯，订单主要销往«L:河北省»和«L:山西省»，运输车辆全部实行“点对点”闭环管理。
«D:8月25日»，«L:察右后旗¦察哈尔右翼后旗»、«L:四子王旗»也组织专班，对收购商、运输司机开展核酸检测，确保秋收秋售两不误。""",
    notes=["王兴和 contains 兴和 (= 兴和县, mentioned in the same text): inside a PERSON, not a LOCATION. 种植大户 is a status noun, title null.",
           "兴和县委: ORG with LOCATION 兴和县. 察右后旗: abbreviation of 察哈尔右翼后旗 (150928).",
           "Two-character Han name 周明. 工作组, 合作社, 专班 are generic."])

doc(id='D_018', title='二连浩特铁路口岸中欧班列开行突破1700列', published_at='2022-09-08T06:00:00+00:00',
    platform='北疆新闻', original_sources=['二连浩特市融媒体中心'],
    credits=[{'role': 'editor', 'name': '阿如娜'}],
    body="""«D:9月7日»，一列满载汽车配件的中欧班列从«L:二连浩特¦二连浩特市»铁路口岸驶出国门。今年以来，经该口岸进出境的中欧班列已突破1700列。
«O:中国铁路«L:呼和浩特¦呼和浩特市»局集团有限公司«L:二连¦二连浩特市»车务段»段长«P:牛志斌¦中国铁路呼和浩特局集团有限公司二连车务段段长»介绍，口岸站对入境列车乘务员实行“只换人、不下车”的换装作业，换装场地每天消杀3次，一线职工全部闭环管理、定期轮换。
«O:«L:二连浩特市»人民政府»副市长«P:张国林¦二连浩特市人民政府副市长»在口岸调研时要求，要在严格落实疫情防控各项措施的同时，优化换装流程，压缩列车停留时间。
目前，中欧班列从«L:二连浩特¦二连浩特市»出境后，经蒙古国、俄罗斯，可通达波兰、德国等国家。
责任编辑：«P:阿如娜¦责任编辑»""",
    notes=["One long ORG 中国铁路呼和浩特局集团有限公司二连车务段 (longest name, no nested ORG) with two LOCATIONs inside: 呼和浩特 (150100) and the abbreviation 二连 (152501).",
           "二连浩特铁路口岸 is a facility; the LOCATION 二连浩特 inside it is annotated.",
           "蒙古国, 俄罗斯, 波兰, 德国: foreign countries, not LOCATIONs. 口岸站 is generic."])

doc(id='D_019', title='呼和浩特市召开疫情防控工作新闻发布会', published_at='2022-10-02T13:30:00+00:00',
    platform='呼和浩特日报', original_sources=['呼和浩特市融媒体中心'], credits=[],
    body="""«D:10月2日»下午，«L:呼和浩特市»召开疫情防控工作新闻发布会。«L:呼和浩特市»副市长«P:云志强¦呼和浩特市副市长»通报，«D:10月1日»0时至24时，«L:呼市¦呼和浩特市»新增本土无症状感染者31例，主要分布在«L:新城区¦新城区@呼和浩特市»、«L:回民区»、«L:玉泉区»和«L:赛罕区»，均在管控人员中发现。
«O:市卫健委»主任«P:张建国¦市卫健委主任»介绍，全市已启用集中隔离房间1.2万间，并从«L:土默特左旗»、«L:托克托县»抽调医务人员充实采样队伍。
«O:«L:回民区»区委»副书记、区长«P:刘春华¦回民区区委副书记、区长»表示，辖区内高风险区实行“足不出户、上门服务”，生活物资由社区网格员配送到户。
«O:市疾控中心»主任医师«P:孟根其其格¦市疾控中心主任医师»提醒，市民要减少不必要的外出。«P:孟根其其格¦主任医师»主任医师说：“国庆假期请大家尽量不聚餐、不聚会，非必要不离呼。”""",
    notes=["新城区 is ambiguous (Hohhot 150102 / Xi'an 610102); the Hohhot districts listed with it decide 150102.",
           "呼市: abbreviation of 呼和浩特市 (150100). 离呼: one-character abbreviation, not annotated. 国庆 (holiday) not a DATE.",
           "回民区区委: ORG with LOCATION 回民区. Post-posed '孟根其其格主任医师' -> title 主任医师.",
           "Mongolian name with the Han-like surname 云 (云志强)."])

doc(id='D_020', title='内蒙古国际会展中心方舱医院首批人员康复出舱', published_at='2022-10-12T04:00:00+00:00',
    platform='内蒙古日报', original_sources=['内蒙古日报社融媒体'],
    credits=[{'role': 'photographer', 'name': '阿拉腾花'}],
    body="""«D:10月11日»，位于«L:呼和浩特市»«L:赛罕区»的«O:«L:内蒙古¦内蒙古自治区»国际会展中心方舱医院»迎来首批康复出舱人员。截至当天18时，方舱医院累计收治无症状感染者和轻型病例1640人，出院436人。
方舱医院院长«P:苏和巴特尔¦方舱医院院长»介绍，医院共设4个病区、2600张床位，医护人员来自«L:包头¦包头市»、«L:鄂尔多斯¦鄂尔多斯市»、«L:乌兰察布¦乌兰察布市»等8个盟市。
B区负责人、«O:«L:包头市»中心医院»副主任医师«P:李金龙¦B区负责人、包头市中心医院副主任医师»带领67名队员负责B区的诊疗工作。“舱里有不少老人和孩子，我们每天逐床查房，把慢性病用药问题一个个解决好。”
患者«P:郭女士»出舱时拿着医护人员写的康复指导卡说：“在这儿吃得好、睡得踏实，谢谢大夫们。”
图为医护人员在方舱医院内查房。记者 «P:阿拉腾花¦记者» 摄""",
    notes=["The named makeshift hospital 内蒙古国际会展中心方舱医院 is annotated as ORG (hospitals are ORGs), with the LOCATION 内蒙古 inside; later bare 方舱医院 is anaphoric, not ORG.",
           "方舱医院院长 is a position phrase -> title for 苏和巴特尔 (five-character Mongolian name).",
           "Short forms 包头, 鄂尔多斯, 乌兰察布 -> their prefecture codes. 当天 not annotated."])

doc(id='D_021', title='封控小区里的温暖身影', published_at='2022-10-20T02:00:00+00:00',
    platform='正北方网', original_sources=['正北方网'], credits=[],
    body="""在«L:呼和浩特市»«L:赛罕区»一个封控小区，每天清晨6点，“90后”志愿者«P:图雅»就穿上防护服，和居民一起搬运配送到小区门口的蔬菜。她原本是一家企业的会计，小区封控后主动报名当起了“楼长”。
«O:«L:内蒙古¦内蒙古自治区»师范大学»研究生«P:苏布达»利用自己的专业特长，给小区里的孩子们上网课。“孩子们在家闷得慌，每天一小时的蒙古语故事课，是他们最盼的事。”
曾是乌兰牧骑演员的«P:吉雅图»退休后住在«L:玉泉区»，他在楼道里拉起马头琴，为排队做核酸的邻居们加油。“应检尽检，大家一起扛过去。”这段视频在网上被转发了上万次。
快递小哥«P:王军»每天往返于分拣站和社区之间，最多时一天送了300多单药品。«D:10月19日»，他被社区评为“抗疫好邻居”。""",
    notes=["Here 乌兰牧骑 is a generic noun ('a 乌兰牧骑 performer'), no specific troupe: not ORG (contrast D_006). 应检尽检 is a slogan.",
           "志愿者, 研究生, 快递小哥 are status/occupation nouns: titles null. 楼长 is in quotes as a nickname role, not a title.",
           "Two-character names 图雅 and 王军. 一家企业 is unnamed."])

doc(id='D_022', title='包头：线上订购 配送到户', published_at='2022-10-26T03:00:00+00:00',
    platform='包头日报', original_sources=['包头日报社'],
    credits=[{'role': 'editor', 'name': '陈丽华'}, {'role': 'reviewer', 'name': '赛音'}],
    body="""«D:10月25日»，«L:包头市»«L:昆都仑区»、«L:青山区¦青山区@包头市»部分小区继续实行封控管理。«O:«L:包头市»商务局»组织32家保供企业开通线上订购，居民下单后由社区统一配送。
«L:昆都仑区»区长«P:韩志刚¦昆都仑区区长»在保供配送中心调研时说，要让封控区居民“菜篮子”“米袋子”不断档，对老人、孕妇等特殊群体的就医、购药需求要随叫随应。
配送员«P:宝音»和他的6人小组负责12个小区的物资配送，从早上7点一直忙到深夜。“多跑一趟，居民就少等一会儿。”«P:宝音»说。
稀土高新区则组织«O:«L:内蒙古¦内蒙古自治区»北方重型汽车股份有限公司»等重点企业实行闭环生产，保障产业链供应链稳定。
编辑：«P:陈丽华¦编辑»　审核：«P:赛音¦审核»""",
    notes=["青山区 is ambiguous (Baotou 150204 / Wuhan 420107); 包头市 just before decides 150204.",
           "稀土高新区 (包头稀土高新技术产业开发区) is a development zone, not a GB/T 2260 division: not LOCATION.",
           "宝音, 赛音: two-character Mongolian names; 配送员 is an occupation (title null).",
           "Credit line '编辑：陈丽华　审核：赛音' (ideographic space) left in the text."])

doc(id='D_023', title='通辽：疫苗送到老人炕头', published_at='2022-11-05T02:00:00+00:00',
    platform='通辽日报', original_sources=['通辽市融媒体中心'],
    credits=[{'role': 'producer', 'name': '乌恩'}, {'role': 'editor', 'name': '何春梅'}],
    body="""近日，«L:通辽市»«L:奈曼旗»、«L:库伦旗»加快推进老年人新冠病毒疫苗接种工作，组织医务人员进村入户开展“一对一”宣传。
«L:奈曼旗»旗长«P:乌恩其¦奈曼旗旗长»在大沁他拉镇一处接种点调研时说，对行动不便的老人，要把疫苗送到炕头，把服务做到家门口。
«O:«L:库伦旗»人民医院»组建了8支流动接种队，每支队伍配备急救药品和心电监护设备。«D:11月3日»，接种队来到一个蒙古族聚居村，为27位老人接种了加强针。76岁的«P:乌日图那顺»老人说：“大夫上门打针，心里踏实。”
据«O:«L:通辽市»卫生健康委员会»统计，截至«D:11月4日»，全市60岁以上老年人全程接种率达91.2%。«L:科尔沁区»、«L:扎鲁特旗»、«L:开鲁县»也在持续推进相关工作。
监制：«P:乌恩¦监制»　编辑：«P:何春梅¦编辑»""",
    notes=["乌恩其 (the banner head) and 乌恩 (the producer in the credits) are different persons; each surface is its own PERSON.",
           "'通辽市奈曼旗、库伦旗': three LOCATIONs. 大沁他拉镇 is a town. '近日' not annotated.",
           "Credits 监制 / 编辑 left in the text and annotated with those labels as titles."])

doc(id='D_024', title='兴安盟召开疫情防控工作调度会', published_at='2022-11-15T10:00:00+00:00',
    platform='兴安日报', original_sources=['兴安日报社'],
    credits=[{'role': 'reporter', 'name': '敖特根巴雅尔'}],
    body="""«D:11月15日»，«L:兴安盟»召开疫情防控工作调度会，研究部署当前及今冬明春疫情防控工作。参加会议的有：«O:盟行署»副盟长«P:郭长明¦盟行署副盟长»、«P:哈斯额尔敦¦盟行署副盟长»，«O:盟卫健委»、«O:公安局»、«O:交通运输局»主要负责同志，«L:乌兰浩特市»、«L:阿尔山市»、«L:科右中旗¦科尔沁右翼中旗»、«L:扎赉特旗»、«L:突泉县»分管负责同志。
«P:郭长明»要求，要严格落实“落地检”“三天三检”，对返乡大学生和外出务工人员做到应登尽登、应检尽检。
«P:哈斯额尔敦»强调，各旗县市要加强重点场所和冷链物流管控，«O:«L:乌兰浩特市»人民医院»等定点医院要提前储备床位和药品，确保应收尽收。
（记者 «P:敖特根巴雅尔¦记者»）""",
    notes=["'盟行署副盟长郭长明、哈斯额尔敦': both share the list's title 盟行署副盟长; bare 盟行署 is ORG (specific body).",
           "'盟卫健委、公安局、交通运输局' (shared prefix 盟): each conjunct annotated as written (盟卫健委, 公安局, 交通运输局), as in the first set.",
           "哈斯额尔敦 contains 额尔敦 (also a place element); it is one PERSON. 科右中旗: abbreviation of 科尔沁右翼中旗 (152222).",
           "旗县市 generic; 今冬明春 not a DATE."])

doc(id='D_025', title='巴彦淖尔：防疫保供两手抓 农产品外销不断档', published_at='2022-11-23T01:00:00+00:00',
    platform='巴彦淖尔市人民政府网', original_sources=['巴彦淖尔日报社'],
    credits=[{'role': 'reporter', 'name': '田军'}],
    body="""本报讯（记者 «P:田军¦记者»）入冬以来，«L:巴彦淖尔市»在抓好疫情防控的同时，全力保障河套农产品外销渠道畅通。«D:11月22日»，在«L:乌前旗¦乌拉特前旗»一家葵花籽加工企业，装满货物的集装箱车辆经消杀后驶往«L:天津¦天津市»港。
企业负责人«P:朝格吉乐图¦企业负责人»介绍，运输车辆和司机全部实行“白名单”管理，货物“一车一码”可追溯，今年以来已出口葵花籽1.8万吨。
«O:«L:磴口县»人民政府»副县长«P:杨金海¦磴口县人民政府副县长»说，全县设立了3个货车司机服务站，为过往司机提供免费核酸检测和热水热饭。
«O:河套学院»的300多名学生志愿者也参与到农产品网络直播带货中，帮助«L:杭锦后旗»、«L:五原县»的农户销售蜜瓜和番茄。""",
    notes=["河套 is a vague region: not LOCATION, also not inside 河套学院 (ORG).",
           "天津港 (a port facility) contains the LOCATION 天津 (120000).",
           "乌前旗: abbreviation of 乌拉特前旗 (150823). 杭锦后旗 (Bayannur) is distinct from 杭锦旗 (Ordos).",
           "'本报讯（记者 田军）' byline left in the text."])

doc(id='D_026', title='阿右旗：流动接种车开到冬营盘', published_at='2022-12-02T03:00:00+00:00',
    platform='今日阿拉善', original_sources=['阿拉善右旗融媒体中心'],
    credits=[{'role': 'reporter', 'name': '赵海春'}, {'role': 'correspondent', 'name': '包乌力吉'}],
    body="""«L:阿右旗¦阿拉善右旗»地广人稀，牧户居住分散，最远的牧点距离旗所在地200多公里。«D:11月30日»，«O:«L:阿右旗¦阿拉善右旗»人民医院»的流动接种车第三次开进曼德拉苏木，为行动不便的老年牧民上门接种疫苗。
«O:曼德拉苏木卫生院»院长«P:达日玛¦曼德拉苏木卫生院院长»一边核对名单一边说，全苏木60岁以上牧民有430多人，还有60多人没有完成加强免疫。“冬季转场前，我们得把这些人都接种完。”
牧民«P:额尔德尼»家养了200多峰骆驼，他的老伴前两次都因为路远没去接种。这一次，医生直接把车开到了他家的冬营盘。
«O:«L:阿右旗¦阿拉善右旗»卫生健康委员会»副主任«P:包丽娟¦阿右旗卫生健康委员会副主任»表示，全旗将在年底前完成对所有牧点的巡回接种。
（记者 «P:赵海春¦记者» 通讯员 «P:包乌力吉¦通讯员»）""",
    notes=["阿右旗: abbreviation of 阿拉善右旗 (152922), also inside the ORGs 阿右旗人民医院 / 阿右旗卫生健康委员会.",
           "曼德拉苏木 is a sumu (township): not LOCATION; 曼德拉苏木卫生院 is a hospital: ORG without LOCATION.",
           "旗所在地, 全苏木, 全旗 not LOCATIONs. 牧民 is a status noun (title null). 年底 not a DATE."])

doc(id='D_027', title='专家解读优化疫情防控措施', published_at='2022-12-09T11:00:00+00:00',
    platform='北疆新闻', original_sources=['内蒙古日报社融媒体'],
    credits=[{'role': 'reporter', 'name': '德力格尔玛'}],
    body="""«D:12月7日»，«O:国务院应对新型冠状病毒肺炎疫情联防联控机制综合组»发布优化疫情防控的“新十条”措施。针对群众关心的问题，记者采访了«O:«L:内蒙古自治区»综合疾病预防控制中心»主任医师«P:宋华¦内蒙古自治区综合疾病预防控制中心主任医师»。
问：老年人现在接种疫苗还有必要吗？
答：非常必要。老年人感染后发生重症的风险更高，接种疫苗特别是加强免疫，能够有效降低重症和死亡风险。
问：居家治疗需要准备哪些药品？
答：可以根据家庭成员情况，适量准备退热、止咳等对症药物，不必过量囤积。出现呼吸困难、持续高热等情况，应及时到«O:«L:呼和浩特市»第二医院»等医疗机构就诊。
«P:宋华»提醒，新措施实施后，每个人都是自己健康的第一责任人，要继续做好戴口罩、勤洗手、常通风等防护。
（记者 «P:德力格尔玛¦记者»）""",
    notes=["The full name 国务院应对新型冠状病毒肺炎疫情联防联控机制综合组 is one ORG (longest name, no nested ORG 国务院).",
           "内蒙古自治区综合疾病预防控制中心: ORG with the LOCATION 内蒙古自治区 inside; 主任医师 is a professional rank, kept in the introducing phrase used as title.",
           "Two-character Han name 宋华. '新十条' is a policy nickname, not an ORG or DATE; 问/答 are not persons."])

doc(id='D_028', title='赤峰市二级以上医院发热门诊扩容至53个', published_at='2022-12-20T02:00:00+00:00',
    platform='赤峰市融媒体中心', original_sources=['赤峰市融媒体中心'],
    credits=[{'role': 'reporter', 'name': '吴海生'}],
    body="""«D:12月19日»，记者从«O:«L:赤峰市»卫健委»获悉，全市二级以上医院发热门诊已由原来的26个增加到53个，基层医疗卫生机构全部开设发热诊室。
在«O:«L:赤峰¦赤峰市»学院附属医院»发热门诊，候诊区新增了40把座椅和2台自助挂号机。门诊部主任«P:那木拉扎布¦门诊部主任»说，医院从各科室抽调了60名医护人员充实到发热门诊，日接诊量从300人次提升到1100人次。
«L:克什克腾旗»、«L:巴林左旗»、«L:巴林右旗»等旗县将乡镇卫生院作为分级诊疗的“第一道关口”。«O:«L:巴林右旗»大板镇卫生院»医生«P:李长江»介绍，卫生院储备了布洛芬、对乙酰氨基酚等常用药品，能满足周边群众一段时间的用药需求。
«O:«L:赤峰市»卫健委»提醒，市民如症状较轻可居家观察，非必要不到医院扎堆就诊。
（记者 «P:吴海生¦记者»）""",
    notes=["赤峰学院附属医院 is one ORG (longest name; the university is not a separate nested ORG), with the LOCATION 赤峰 inside.",
           "巴林右旗大板镇卫生院: ORG with LOCATION 巴林右旗 (the town 大板镇 is not a LOCATION).",
           "李长江: 长江 (a river) as a given name; 医生 occupation -> title null. 门诊部主任 -> title.",
           "乡镇卫生院, 基层医疗卫生机构 are generic."])

doc(id='D_029', title='锡林郭勒盟：织密养老机构防护网', published_at='2022-12-28T09:00:00+00:00',
    platform='锡林郭勒日报', original_sources=['锡林郭勒日报社'],
    credits=[{'role': 'photographer', 'name': '额尔德尼巴雅尔'}],
    body="""岁末年初，«L:锡林郭勒盟»各地把养老机构作为防疫重点，实行封闭管理，全力守护老年人健康。
«O:«L:正蓝旗»社会福利中心»院长«P:包海燕¦正蓝旗社会福利中心院长»介绍，中心现有入住老人96名，工作人员分两班轮换，实行“场所封闭、人员驻守”，每天两次为老人测量体温、血氧，发现异常第一时间送医。
护理员«P:李金凤»已经在中心驻守了20多天。她说：“老人们就像自己的父母，我们多操一份心，他们就多一份安全。”
«D:12月26日»，«O:«L:多伦县»人民医院»派出医疗小组，为«L:多伦县»、«L:太仆寺旗»的6家养老机构送去制氧机和血氧仪。«L:镶黄旗»、«L:正镶白旗»也为辖区养老机构开通了就医“绿色通道”。
本报记者 «P:额尔德尼巴雅尔¦本报记者» 摄""",
    notes=["正镶白旗 (152529) and 镶黄旗 (152528) are distinct banners; no partial matches.",
           "院长 of a named welfare centre -> title '正蓝旗社会福利中心院长'; 护理员 is an occupation (title null).",
           "Seven-character Mongolian name 额尔德尼巴雅尔 in a photo credit '本报记者 … 摄'. 岁末年初 not a DATE."])

doc(id='D_030', title='满洲里口岸通关效率持续提升', published_at='2022-12-15T02:00:00+00:00',
    platform='新华网', original_sources=['新华社内蒙古分社'],
    credits=[{'role': 'reporter', 'name': '乌日根'}],
    body="""«D:12月14日»，在我国对俄最大的陆路口岸——«L:满洲里¦满洲里市»口岸，一辆辆满载木材的俄罗斯货车缓缓驶入国门。随着疫情防控措施不断优化，口岸通关效率明显提升。
«O:«L:满洲里¦满洲里市»出入境边防检查站»执勤队队长«P:贺文华¦满洲里出入境边防检查站执勤队队长»介绍，目前公路口岸日均验放出入境车辆500余辆次，较上月增长近三成。
俄罗斯司机«P:谢尔盖·伊万诺夫»已经在这条线路上跑了8年。“通关比以前快多了，一天就能跑一个来回。”他说。
«O:«L:满洲里市»口岸办»主任«P:孟克¦满洲里市口岸办主任»表示，下一步将推动货运通道延长通关时间，更好服务中俄贸易和中欧班列运行。
（«O:新华社«L:内蒙古¦内蒙古自治区»分社»记者 «P:乌日根¦新华社内蒙古分社记者»）""",
    notes=["俄罗斯 (and 中俄, 对俄) is foreign: not LOCATION. The Russian driver's name keeps its middle dot (U+00B7).",
           "满洲里口岸 (facility) contains the LOCATION 满洲里; 满洲里出入境边防检查站 and 满洲里市口岸办 are ORGs with LOCATIONs inside.",
           "新华社内蒙古分社: ORG with LOCATION 内蒙古 (it is one name; 新华社 is not annotated separately).",
           "孟克: two-character Mongolian name. 上月 not annotated.",
           "'满洲里出入境边防检查站执勤队队长': the ORG is the checkpoint; 执勤队 (a generic duty team, like 检验科 / 门诊部 elsewhere) is left in the title, not in the ORG span."])
