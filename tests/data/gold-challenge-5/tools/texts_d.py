"""Inline-markup sources of G_019 ... G_024 (syntax in markup.py). All texts and names are invented."""
DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------------------------------------
doc(id='G_019', published_at='2021-04-18T10:30:00+00:00', platform='ZAKER',
    original_sources=['春城晚报'],
    credits=[('reporter', '普明轩'), ('editor', '和晓蕊')],
    text='''滇池高原半程马拉松鸣枪 肯尼亚选手和«L:四川¦四川省»姑娘分获男女冠军
«O:春城晚报»讯（记者 «P:普明轩¦记者»）«D:4月18日»7时30分，2021滇池高原半程马拉松在«L:昆明¦昆明市»海埂会展中心广场鸣枪开跑。来自全国各地的8000名选手参赛。最终，肯尼亚选手«P:丹尼尔·基普科斯盖»以1小时03分12秒获得男子组冠军，来自«L:四川¦四川省»«L:凉山¦凉山彝族自治州»的«P:阿西木呷»以1小时13分45秒获得女子组冠军。
本次比赛由«O:中国田径协会»、«O:«L:云南省»体育局»和«O:«L:昆明市»人民政府»共同主办。受疫情影响，赛事规模较往年有所压缩，所有参赛选手须持赛前48小时内核酸检测阴性证明，并在领取参赛包时完成健康码核验和体温检测。
男子组比赛中，«P:基普科斯盖»在15公里后逐渐拉开与第二集团的距离，一路领先冲过终点。“«L:昆明¦昆明市»的海拔比我想象的高，前半程我有意控制了节奏。”赛后，«P:基普科斯盖»通过翻译说，这是他第一次来中国参赛，“这里的风景很美，观众也非常热情”。
中国选手«P:仝瑞»以1小时04分08秒获得男子组第三名，这也是他个人在高原赛道上的最好成绩。«P:仝瑞»来自«L:青海¦青海省»，长期在«L:西宁¦西宁市»进行高原训练。他说，今年冬训主要提高了后程能力，“最后三公里还有余力，比去年进步不少”。
女子组冠军«P:阿西木呷»今年22岁，是土生土长的彝族姑娘，老家在«L:昭觉县»的一个山村。她上初中时被体育老师发现有长跑天赋，后来进入省队训练。“小时候每天要走一个多小时山路去上学，没想到跑步能跑出大山。”冲过终点后，«P:阿西木呷»披着国旗向观众致意。女子组亚军和季军分别由«L:云南¦云南省»选手«P:禚雨菲»和肯尼亚选手«P:露丝·切普图»获得。
赛事期间，«L:昆明¦昆明市»组织了2000余名志愿者参与服务保障，并在赛道沿线设置了12个补给站和8个医疗救护点。据组委会介绍，比赛期间未发生严重伤病情况。
据了解，今年«L:云南¦云南省»还将在«L:大理¦大理白族自治州»、«L:红河¦红河哈尼族彝族自治州»等地举办多场路跑赛事，进一步推动体育与旅游融合发展。
编辑 «P:和晓蕊¦编辑»''',
    notes=[
        'Foreign athletes: 丹尼尔·基普科斯盖 (middle dot) and later 基普科斯盖 (the surname alone) are PERSON mentions; 露丝·切普图 too. 肯尼亚选手 is a nationality + status noun (title null). 肯尼亚, 中国 are not LOCATIONs.',
        'Yi name 阿西木呷 (no Han surname, four characters). Rare surnames 仝 (two-character 仝瑞), 禚 (禚雨菲), 普 (reporter 普明轩), 和 (editor 和晓蕊, a Naxi surname that is also the conjunction 和).',
        'Autonomous-prefecture short forms: 凉山 (凉山彝族自治州 513400), 大理 (大理白族自治州 532900, not 大理市 532901: it stands beside 红河 in a list of prefecture-level places), 红河 (红河哈尼族彝族自治州 532500).',
        '海埂会展中心 (a facility) and 滇池 (a lake, also in the race name) are not LOCATIONs. 组委会, 省队: generic, not ORGs. The race name `2021滇池高原半程马拉松` is an event, not an ORG.',
        '彝族 (an ethnic name) is not a LOCATION. 4月18日 is 2021-04-18.',
    ])

# ---------------------------------------------------------------------------------------------
doc(id='G_020', published_at='2021-12-10T11:00:00+00:00', platform='ZAKER',
    original_sources=['扬子晚报'],
    credits=[('reporter', '缪星辰'), ('editor', '诸晓涵')],
    text='''电影《山海之间》«L:南京¦南京市»首映 导演«P:司徒嘉树»：想拍一部关于普通人的片子
«O:扬子晚报»讯（记者 «P:缪星辰¦记者»）«D:12月10日»晚，电影《山海之间》在«L:南京¦南京市»举行首映礼，导演«P:司徒嘉树¦导演»携主演«P:阮棠¦主演»、«P:卓一帆¦主演»与观众见面。影片将于«D:12月24日»在全国上映。
《山海之间》讲述了一名支教老师在西南大山里坚守十年的故事。影片主要在«L:贵州¦贵州省»«L:黔东南¦黔东南苗族侗族自治州»«L:雷山县»取景，部分海边戏份在«L:浙江¦浙江省»«L:象山县»拍摄。«P:司徒嘉树»介绍，剧本前后修改了七稿，“最早的想法来自我大学同学，他毕业后去山里支教，一待就是好几年”。
“这不是一个英雄故事，而是一个普通人的选择。”«P:司徒嘉树»说，他希望观众看完电影后，能想起那些在平凡岗位上默默坚持的人。
主演«P:阮棠»在片中饰演支教老师«P:林晓禾»。为了演好这个角色，她提前两个月住进山村小学，跟着当地老师备课、上课、家访。“孩子们一开始叫我‘«P:阮老师»’，后来就直接叫我‘«P:林老师»’了，那一刻我觉得自己真的成了她。”说到这里，«P:阮棠»有些哽咽。
青年演员«P:卓一帆»在片中饰演一名返乡创业的大学生。他说，拍摄期间剧组赶上了连续一周的大雨，山路塌方，大家就在村民家里吃住，“每天收工后，村里的老乡会给我们煮一大锅酸汤鱼，那是我吃过最好吃的”。
影片出品方«O:«L:上海¦上海市»光启影业有限公司»总经理«P:沙明远¦影片出品方上海光启影业有限公司总经理»表示，《山海之间》的拍摄历时近一年，受疫情影响曾两度停机，“好在剧组上下一条心，最终把这个故事完整地呈现了出来”。«O:光启影业»还将在«L:成都¦成都市»、«L:西安¦西安市»、«L:广州¦广州市»等地举办路演活动。
首映礼现场，不少观众看完后红了眼眶。来自«L:南京¦南京市»的观众«P:诸葛女士»说，自己的父亲就曾在乡村小学教了三十多年书，“看电影的时候，我一直想起他”。
编辑：«P:诸晓涵¦编辑»''',
    notes=[
        'NEW date rule (see G_015): `12月24日` (the release date) lies 14 days after publication; the value is the date nearest the publication date, 2021-12-24.',
        'NEW: a named fictional character (`支教老师林晓禾`, the role in the film) is a PERSON (a named individual as written), title null (支教老师 describes the role). In the quoted speech, `阮老师` (the actress) and `林老师` (the character) are surname + 老师 forms of address, PERSONs by the spec\'s 戴老师 pattern and set 4\'s rule for names used as address in quotations. This is a debatable call.',
        'Compound surnames 司徒 (director 司徒嘉树; in the headline title null, in the lead title 导演) and 诸葛 (诸葛女士, compound surname + honorific). 主演 before 阮棠、卓一帆 is a shared list title.',
        '黔东南 (黔东南苗族侗族自治州 522600) + 雷山县 and 浙江 + 象山县 are LOCATIONs. 西南大山里 is vague, not a LOCATION.',
        'Producer 上海光启影业有限公司 (invented) and its short name 光启影业 are ORGs; the manager\'s title is the whole introducing phrase `影片出品方上海光启影业有限公司总经理`. The film title 《山海之间》 is not an ORG.',
    ])

# ---------------------------------------------------------------------------------------------
doc(id='G_021', published_at='2022-01-18T02:00:00+00:00', platform='趣头条',
    original_sources=['浏阳市人民政府网'],
    credits=[],
    text='''«O:«L:浏阳市»人民政府»关于2022年春节期间烟花爆竹燃放安全管理的通告
为保障人民群众生命财产安全，营造安全、文明、祥和的节日氛围，根据《中华人民共和国大气污染防治法》《烟花爆竹安全管理条例》等法律法规，结合我市实际，现就2022年春节期间烟花爆竹燃放安全管理有关事项通告如下：
一、«D:2022年1月31日»（除夕）至«D:2022年2月15日»（元宵节），市城区以外的区域，允许在规定时段内燃放烟花爆竹，其余时间禁止燃放。
二、以下区域和场所任何时间禁止燃放烟花爆竹：文物保护单位；车站、码头、加油加气站等交通枢纽及其安全保护区；易燃易爆物品生产、储存单位；输变电设施安全保护区；医疗机构、幼儿园、中小学校、养老机构；山林等重点防火区；集中隔离场所及其周边100米范围内。
三、燃放烟花爆竹应当购买、燃放合格产品，严禁燃放礼花弹、“钻天猴”等违规产品，不得向人群、车辆、建筑物抛掷点燃的烟花爆竹。未成年人燃放烟花爆竹，应当由监护人陪同。
四、烟花爆竹零售经营者须取得烟花爆竹经营（零售）许可证，按照规定的品种和数量进货、销售，不得在居民住宅内储存烟花爆竹。«O:«L:浏阳市»应急管理局»、«O:«L:浏阳市»市场监督管理局»将加强对零售网点的监督检查。
五、燃放烟花爆竹期间，全体市民要严格落实疫情防控要求，不聚集、不扎堆，燃放时保持安全距离，燃放后及时清理残留物。
六、«O:«L:浏阳市»公安局»、«O:«L:浏阳市»城市管理和综合执法局»等部门将加强巡查，对违反本通告规定燃放烟花爆竹的，依法予以处罚；构成违反治安管理行为的，由公安机关依法处理；构成犯罪的，依法追究刑事责任。
七、鼓励广大市民对违规燃放、非法生产经营烟花爆竹等行为进行举报，举报电话：110、12345。
本通告自发布之日起施行。
«O:«L:浏阳市»人民政府»
«D:二〇二二年一月十八日»''',
    notes=[
        'A government notice with no persons. The Chinese-numeral signature date `二〇二二年一月十八日` is one DATE (2022-01-18).',
        '浏阳市 (430181, a county-level city of 长沙) occurs only inside ORGs (浏阳市人民政府 in the headline and the signature, and four bureaus). 我市, 市城区: anaphora, not LOCATIONs.',
        '中华人民共和国 inside a law title is not a LOCATION. 《烟花爆竹安全管理条例》 is a regulation, not an ORG. 公安机关, 部门: generic.',
        '2022年1月31日 (除夕) and 2022年2月15日 (元宵节) carry their year; the holiday names in brackets are not DATEs.',
    ])

# ---------------------------------------------------------------------------------------------
doc(id='G_022', published_at='2021-09-13T10:00:00+00:00', platform='澎湃新闻',
    original_sources=['浙江日报'],
    credits=[('reporter', '虞嘉禾'), ('reporter', '施若岚')],
    text='''台风“灿都”逼近 «L:浙江¦浙江省»启动防台风Ⅰ级应急响应
«O:«L:浙江¦浙江省»日报»记者 «P:虞嘉禾¦浙江日报记者» «P:施若岚¦浙江日报记者»
«D:9月13日»12时，«O:«L:浙江省»防汛防台抗旱指挥部»将防台风应急响应提升至Ⅰ级。今年第14号台风“灿都”当天中午位于«L:舟山¦舟山市»东南方向约330公里的海面上，中心附近最大风力有16级。
据«O:中央气象台»预报，“灿都”将以每小时10公里左右的速度向北偏西方向移动，强度逐渐减弱，预计«D:9月14日»白天在«L:舟山¦舟山市»到«L:上海¦上海市»一带沿海近海转向，近海岸北上。受其影响，«D:9月13日»至«D:9月15日»，«L:舟山¦舟山市»、«L:宁波¦宁波市»、«L:台州¦台州市»沿海将出现暴雨到大暴雨，局部特大暴雨。
«O:«L:浙江省»气象台»首席预报员«P:虞海波¦浙江省气象台首席预报员»说，“灿都”移动速度慢、影响时间长，其外围环流与冷空气结合，降雨强度可能超过今年第6号台风“烟花”，“沿海地区要特别防范风暴潮和大浪”。
在«L:舟山¦舟山市»«L:普陀区¦普陀区@舟山市»沈家门渔港，上千艘渔船已陆续回港避风。渔民«P:贺海生»把船上的缆绳又加固了一遍，“‘烟花’那次我们在港里躲了五天，这次提前一天就回来了，心里踏实”。«L:嵊泗县»、«L:岱山县»的海岛客运航线已全部停航，«L:普陀区¦普陀区@舟山市»景区暂停对外开放。
«O:«L:浙江省»应急管理厅»副厅长«P:施立恒¦浙江省应急管理厅副厅长»介绍，截至«D:9月13日»12时，全省已转移危险区域群众12.6万人，其中«L:舟山¦舟山市»3.1万人、«L:宁波¦宁波市»4.4万人；沿海各地的工地、景区、海上养殖设施均已按要求落实防范措施。全省已预置救援队伍1.2万人，抢险物资已前置到重点乡镇。
«O:«L:舟山市»委»书记«P:饶文涛¦舟山市委书记»当天到«L:定海区»、«L:普陀区¦普陀区@舟山市»检查防台工作时要求，要把人员转移作为第一要务，做到应转尽转、不漏一人，同时统筹做好疫情防控，确保转移安置点人员测温、戴口罩、分散安置。
«L:宁波¦宁波市»«L:象山县»也已启动防台风Ⅰ级应急响应，全县中小学、幼儿园«D:9月14日»停课一天。''',
    notes=[
        'NEW date rule (see G_015): `9月14日` and `9月15日` (forecast and school closure) lie one and two days after publication (2021-09-13); their value is the nearest such date, 2021-09-14 / 2021-09-15. `9月13日12时` and `截至9月13日12时` -> 9月13日.',
        'Typhoon names 灿都 and 烟花 (in quotation marks) are not PERSONs; 烟花 is also an ordinary word.',
        '`舟山东南方向` contains the string 山东 across a word boundary (舟山 + 东南): not a LOCATION (listed in unmarked).',
        '普陀区 is ambiguous (上海 310107 / 舟山 330903): 舟山 stands before it the first time and the text is about 舟山; all three are 330903. 上海 in `舟山到上海一带` is the city (310000).',
        '沈家门渔港 (a harbour named after a sub-district) is not a LOCATION. 普陀区景区: the district name is a LOCATION, 景区 generic.',
        'Officials: 浙江省气象台首席预报员 (a professional rank, kept as title), 浙江省应急管理厅副厅长, 舟山市委书记 (ORG 舟山市委 with LOCATION 舟山市). 渔民 is an occupation (title null). Two reporters after one label share the title 浙江日报记者.',
        '中央气象台 and 浙江省防汛防台抗旱指挥部 are ORGs. 重点乡镇, 沿海地区: not LOCATIONs.',

    ],
    unmarked={'山东': 1})

# ---------------------------------------------------------------------------------------------
doc(id='G_023', published_at='2022-03-02T16:20:00+00:00', platform='网易新闻',
    original_sources=['环球时报'],
    credits=[('reporter', '姬文轩')],
    text='''美国多州取消学校“口罩令” 专家：防疫措施不宜“一刀切”放开
«O:环球时报»驻美国特约记者 «P:姬文轩¦环球时报驻美国特约记者»
从«D:2月28日»起，美国马萨诸塞州、新泽西州等多个州取消了公立学校强制佩戴口罩的规定，纽约州也宣布将于下周起取消学校“口罩令”。«D:3月1日»，«O:美国疾病控制和预防中心»（«O:美国疾控中心»）发言人«P:劳拉·米切尔¦美国疾病控制和预防中心（美国疾控中心）发言人»在记者会上表示，根据最新评估，全美约七成人口所在地区的疫情风险已降至“低”或“中”等级，这些地区的民众可以不必在室内佩戴口罩。
«P:米切尔»同时强调，疫苗接种仍是预防重症和死亡的最有效手段，免疫功能低下人群和未接种疫苗的人，仍应在公共场所佩戴口罩。
波士顿一个学区的总监«P:詹姆斯·奥康纳¦波士顿一个学区的总监»说，取消“口罩令”后，学校将继续保持通风和定期检测，“我们会密切关注病例数的变化，必要时会重新调整措施”。不过，并非所有家长都赞同这一决定。一位名叫«P:萨拉»的家长告诉当地媒体，她的孩子有哮喘，“我会让他继续戴口罩上学”。
«O:约翰斯·霍普金斯大学»的统计数据显示，截至«D:3月1日»，美国累计报告新冠确诊病例超过7900万例，累计死亡病例超过95万例。虽然近期新增病例明显下降，但每日新增死亡病例仍在1500例以上。
日本方面，«O:东京大学»教授«P:山本和也¦东京大学教授»在接受媒体采访时说，奥密克戎变异株的传播力仍然很强，各国放宽措施应当循序渐进，“过早全面放开，可能导致医疗系统再次承受压力”。
在波士顿读研究生的中国留学生«P:樊一鸣»来自«L:江苏¦江苏省»«L:无锡¦无锡市»。他告诉记者，学校虽然不再强制要求戴口罩，但教室里仍有不少同学选择戴着，“大家都比较谨慎，毕竟疫情还没有结束”。«O:中国驻纽约总领事馆»«D:3月2日»发布提醒，请在美中国公民继续做好个人防护，密切关注当地疫情和防控政策变化。''',
    notes=[
        'Late-evening publication: 2022-03-02T16:20Z is 2022-03-03 00:20 in Asia/Shanghai, so published_date_local is 2022-03-03; 2月28日, 3月1日, 3月2日 are 2022. `下周起` is relative.',
        'Foreign places (美国, 马萨诸塞州, 新泽西州, 纽约州, 波士顿, 日本) are not LOCATIONs (the spec keeps foreign countries and, by the earlier sets, foreign places out).',
        'Foreign persons: 劳拉·米切尔 (dot) and later 米切尔 (surname alone, the 拜登-style reference) are two PERSON mentions; 詹姆斯·奥康纳; the single given name 萨拉 (a parent); the Japanese name 山本和也 (kanji, no dot). 家长, 中国留学生 are status nouns (title null).',
        '`波士顿一个学区的总监` is recorded as 奥康纳\'s title (the introducing phrase, as written).',
        '约翰斯·霍普金斯大学 is an ORG; the founder\'s name inside it is not a PERSON mention. 美国疾病控制和预防中心 and its bracketed short form 美国疾控中心 are two ORGs; 东京大学 and 中国驻纽约总领事馆 are ORGs.',
        '环球时报 (the paper in the byline) is an ORG; the reporter\'s title is `环球时报驻美国特约记者`.',
    ])

# ---------------------------------------------------------------------------------------------
doc(id='G_024', published_at='2022-09-09T22:30:00+00:00', platform='趣头条',
    original_sources=['黔南日报'],
    credits=[('reporter', '罗晏清'), ('correspondent', '岑雪松')],
    text='''坚守深山32年 «L:荔波¦荔波县»乡村教师«P:李守业»：只要还有一个孩子，学校就要办下去
«O:«L:黔南¦黔南布依族苗族自治州»日报»讯（记者 «P:罗晏清¦记者» 通讯员 «P:岑雪松¦通讯员»）«D:9月10日»是第38个教师节。这天一早，«L:荔波县»佳荣镇一个教学点的小操场上，56岁的«P:李守业»像往常一样升起国旗，台下站着他的9名学生。
这个教学点位于«L:贵州¦贵州省»和«L:广西¦广西壮族自治区»«L:环江毛南族自治县»交界的大山里，离镇上有20多公里山路。1990年，刚从师范学校毕业的«P:李守业»来到这里，一待就是32年。村里人都叫他«P:老李»，“«P:老李»老师”的名字在附近几个寨子家喻户晓。
“刚来的时候，学校只有两间木房子，下雨天屋里比外面还湿。”«P:老李»回忆说，最多的时候，这里有5个年级70多名学生，他一个人教语文、数学，还要给孩子们做饭。这些年，随着村里不少人家搬到县城，学生越来越少，但他从没想过离开，“只要还有一个孩子，学校就要办下去”。
«P:李守业»的妻子«P:张桂英»也是这个教学点的老师。孩子们都管她叫«P:张老师»。每天中午，«P:张老师»在学校的小厨房里给孩子们做营养午餐，米饭、青菜，再加一个荤菜。“孩子们家里大多是爷爷奶奶带，中午这顿饭一定要吃好。”
去年秋季学期，学校来了一位年轻的特岗教师«P:王垚»。今年25岁的«P:王垚»毕业于«L:贵阳¦贵阳市»的一所师范院校，孩子们都喊他«P:小王»。«P:小王»带来了电脑和投影仪，给孩子们上起了“空中课堂”。“城里孩子看得到的，我们山里的孩子也要看得到。”«P:小王»说。
四年级学生«P:蒙晓雨»说，她最喜欢上«P:小王»的科学课，“长大了我也想当老师，回来教弟弟妹妹们”。
«O:«L:荔波县»教育局»副局长«P:覃永昶¦荔波县教育局副局长»介绍，近年来，全县通过改善办学条件、提高乡村教师待遇、补充特岗教师等措施，稳住了乡村教师队伍。目前，全县仍有14个村级教学点，在岗教师40余人，像«P:李守业»这样扎根山区20年以上的教师有17人。
傍晚放学，«P:老李»和«P:小王»一起把孩子们送到山脚下。夕阳里，孩子们回头挥手：“老师再见！”''',
    notes=[
        'Late-evening publication: 2022-09-09T22:30Z is 2022-09-10 06:30 in Asia/Shanghai, so published_date_local is 2022-09-10; 9月10日 (教师节) is 2022-09-10. `1990年`, `去年秋季学期` are not DATEs.',
        'Nicknames: 老李 (老 + surname, stands for 李守业) and 小王 (小 + surname, stands for 王垚) are PERSONs every time, with the prefix in the span (NEW as in G_004); 张老师 (surname + 老师, the spec\'s 戴老师 pattern) stands for 张桂英 and is a PERSON. In `“老李老师”的名字` the quoted 老李 is inside quotation marks as a name: annotated as a PERSON too (it names him).',
        '王垚 (rare given-name character 垚, two characters); 覃永昶 (rare 昶; title `荔波县教育局副局长`); Buyi surname 蒙 (蒙晓雨, a pupil; 四年级学生 is a status noun). 特岗教师 and 妻子 are not titles.',
        '黔南 inside 黔南日报 is the short form of 黔南布依族苗族自治州 (522700); 荔波 in the headline is the short form of 荔波县 (522722). 佳荣镇 (a town) and 教学点 are not LOCATIONs; 县城, 镇上, 村里: not LOCATIONs.',
        '广西 + 环江毛南族自治县 side by side: two LOCATIONs.',
    ])
