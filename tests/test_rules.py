"""Each annotation rule on its own examples (table-driven): the text, what the rule must find, and the rule's name as
the mention records it. The examples are made up in the style of the news, not taken from any gold set."""

from __future__ import annotations

from datetime import date

import pytest

from imcovid.annotate import annotate

PUBLISHED = date(2022, 1, 6)


def found(text, kind, published=PUBLISHED):
    return [(m["surface"], m["rule"]) for m in annotate(text, published) if m["type"] == kind]


@pytest.mark.parametrize("text, expected", [
    # a position or role before the name
    ("会上，盟委委员、秘书长魏治国作了部署。", [("魏治国", "person.after_position")]),
    # a place that begins inside the position word does not stop the name (院长|宁光, not 长宁)
    ("医院院长宁光出席。", [("宁光", "person.after_position")]),
    # two surnames and a given name after a post
    ("本报记者陆陈嘉澔报道。", [("陆陈嘉澔", "person.after_position")]),
    # … also where the name runs on into the next word at the cue but ends a name where the story repeats it; after a
    # noun of who (大学生) only a repeated four-character name, and LAC never reads a part of a repeated one
    ("大学生陆陈嘉澔曾是一名战士。陆陈嘉澔被编入信息组，组里仅存陆陈嘉澔一人。",
     [("陆陈嘉澔", "person.after_position"), ("陆陈嘉澔", "person.recurrence"), ("陆陈嘉澔", "person.recurrence")]),
    ("副县长顾海东通报了情况，顾海东强调。", [("顾海东", "person.after_position"), ("顾海东", "person.clause_start")]),
    # a married name of two surnames (林郑月娥) after a post and before a verb of saying; not a word's last character
    # taken for a surname (市长|王小明)
    ("香港特区行政长官林郑月娥发表声明。", [("林郑月娥", "person.after_position")]),
    ("据报道，林郑月娥表示支持。", [("林郑月娥", "person.clause_start")]),
    ("市长王小明说，全市正常。", [("王小明", "person.after_position")]),
    # a time word between a name opening its clause and the verb (张文宏|近日|表示)
    ("张文宏近日表示，要接种疫苗。", [("张文宏", "person.clause_start")]),
    # names of brands, shops and firms: a list ending in 等品牌, a shop word after the name
    ("此前，李宁、安踏、特步等品牌纷纷捐款。", []),
    ("他还常吃周黑鸭和杨国福麻辣烫。", []),
    ("记者张明辉、李安踏、特步等企业。", [("张明辉", "person.after_position")]),
    # a transliterated name joined by a dot after a post that ends in 员 or 师, and its Latin form in brackets (with
    # an initial or a particle inside)
    ("医院的临床护士协调员贝丝·高德（Beth Gaudet）说，情况严峻。",
     [("贝丝·高德", "person.dotted_name"), ("Beth Gaudet", "person.latin_gloss")]),
    ("分会主席海默法布（Nadine T. Himelfarb）致信州长。",
     [("海默法布", "person.after_position"), ("Nadine T. Himelfarb", "person.latin_gloss")]),
    ("纽约市长白思豪（Bill de Blasio）20日表示。", [("白思豪", "person.after_position"),
                                                 ("Bill de Blasio", "person.latin_gloss")]),
    # a surname and 老先生 / 老太太 address an old person: the surname and the honorific, not a name 陈老
    ("102岁高龄的陈老先生半个月前右腿麻木。家人带陈老先生来到医院。", [("陈老先生", "person.anonymised"),
                                                   ("陈老先生", "person.anonymised")]),
    # after a post, a surname that is also a preposition (于, 任, 向) begins a name that ends its clause; not a word
    ("公司董事长兼总裁于洪涛，副总裁王明。市长任晓明说，很好。", [("于洪涛", "person.after_position"),
                                               ("王明", "person.after_position"), ("任晓明", "person.after_position")]),
    ("局长于是决定开会。主任向前走了两步。局长于会上表示同意。主任向记者介绍情况。", []),
    # a person introduced by a relation (妻子, 父母, 同事) or as a worker: a surnamed or transliterated name follows
    ("其父母李建华、王秀兰，获赔偿金。他的同事赵志刚被释放。卷烟厂工人巴特尔被认定。", [
        ("李建华", "person.after_position"), ("王秀兰", "person.list_continuation"),
        ("赵志刚", "person.after_position"), ("巴特尔", "person.after_position")]),
    ("他的妻子高兴地说。", []),
    # an acting post (代主席) after a body is no name before a post-posed title
    ("目前由他担任自治区代主席，同时担任书记。", []),
    # a surname and 家 read by the tagger is a household, not a person
    ("他小时候曾被过继给冯家，其户口在冯家。", []),
    # a list of names goes on past a bracketed note after an item (（藏族）, （女）), and an item may be one name part
    ("副主席王建国（藏族）、次旦（藏族）、李明华（女）、张伟，出席会议。", [
        ("王建国", "person.after_position"), ("次旦", "person.list_continuation"),
        ("李明华", "person.list_continuation"), ("张伟", "person.list_continuation")]),
    # a case bulletin's anonymised person, the first character any (a Mongolian name's), with the sex after it
    ("第1例：额某，女，是额济纳旗居民。额某自述无症状。该某，男，不详。", [
        ("额某", "person.anonymised_with_sex"), ("额某", "person.recurrence")]),
    # a one-character verb rare in names, then an aspect particle or 在, follows the name (赵明|住了); not a given
    # character rare in names that is no verb (张小丫在家)
    ("38岁的外卖员赵明住了三天旅馆。天气不错，赵明骑在电动车上。", [
        ("赵明", "person.after_position"), ("赵明", "person.recurrence")]),
    ("快递员张小丫在家等候。", [("张小丫", "person.after_position")]),
    # a preposition or an adverb very rare in names ends a name (刘洋|给他, 王芳|仍在); a verb and 完 too (李强|送完)
    ("社区工作人员刘洋给他打电话。居民王芳仍在隔离。外卖员李强送完最后一单。", [
        ("刘洋", "person.after_position"), ("王芳", "person.after_position"), ("李强", "person.after_position")]),
    # an age introduces a person: a surnamed name, a child's name said twice, a familiar name; not a noun of a person
    ("今年33岁的陈华是当天的主班。4岁的甜甜和妈妈一起做核酸。28岁的小刘是志愿者。", [
        ("陈华", "person.after_age"), ("甜甜", "person.after_age"), ("小刘", "person.after_age")]),
    ("3岁的孩子已经出院。70岁的高龄仍坚持。12岁的女儿在家。他3岁的常常哭。", []),
    # a body's words before a post-posed title (泰|国|卫生|部长) are no name; a transliterated name of four characters
    # right before a frequent verb (杜特尔特|宣布)
    ("泰国卫生部长阿努廷表示。菲律宾总统杜特尔特宣布。认真学习习近平总书记讲话。", [
        ("阿努廷", "person.after_position"), ("杜特尔特", "person.after_position"), ("习近平", "person.postposed_title")]),
    # a transliterated name of four characters before a time word (劳特巴赫|周日)
    ("德国卫生部长劳特巴赫周日表示。", [("劳特巴赫", "person.after_position")]),
    # after a post and before a verb of saying (警告 one of them), a foreign name of three characters with one the
    # register of transliteration lacks (朔尔茨); not a phrase or a word (队员|消杀, 主任医师)
    ("德国总理朔尔茨表示。美国传染病专家福奇警告称。", [("朔尔茨", "person.after_position"),
                                               ("福奇", "person.after_position")]),
    ("队员消杀表示。主任医师表示。世卫组织警告称，风险很高。", []),
    # a surname and 姐 or 哥 address a person (刘姐, 张姐); not a word of the dictionary (师姐, 帅哥, 表哥, 的哥, 大姐)
    ("刘姐告诉记者，她已工作十年。请张姐帮忙。", [("刘姐", "person.sibling_form"), ("张姐", "person.sibling_form")]),
    ("师姐说，要注意安全。帅哥们都来了。表哥在北京。的哥很热情。大姐、二哥都来了。他的姐姐在上海。", []),
    # 教导员 (a police or army unit's political instructor) is a post before a name
    ("派出所教导员王建军介绍。", [("王建军", "person.after_position")]),
    # a Latin word with an apostrophe before a capital (O'Neal)
    ("卫生专家凯瑟琳·奥尼尔（Catherine O'Neal）博士称，病例增长。",
     [("凯瑟琳·奥尼尔", "person.dotted_name"), ("Catherine O'Neal", "person.latin_gloss")]),
    # 以 as a first given character, not before a frequent word (以来)
    ("董事长兼首席执行官吴以芳表示，很高兴。", [("吴以芳", "person.after_position")]),
    ("自疫情以来一直关注。", []),
    # a speaker's name opening a line of a transcript; not prose after a role's colon, nor a word said twice
    ("记者：请问下一步的防控重点是什么？\n吴尊友：我认为当前要做好三件事。\n主持人：谢谢吴教授。下面请回答。",
     [("吴尊友", "person.speaker_label")]),
    ("张家口：新增确诊病例三例，均在隔离点。", []),
    # outside a transcript a heading of that shape is no speaker
    ("会议召开。\n金句：这一段话足够长，说明了许多问题。", []),
    # a frequent surname whose character also ends names (任), before a verb of saying; not a preposition (于, 向)
    ("”任信福介绍，他到火车站。于昨日表示同意。向记者介绍情况。", [("任信福", "person.clause_start")]),
    # ministers (大臣) and transliterated names before an adverb or a conjunction; not an idiom's head (比比皆|是)
    ("英国财政大臣苏纳克和卫生大臣贾维德先后辞职，总检察长布雷弗曼也是其中一员。",
     [("苏纳克", "person.after_position"), ("贾维德", "person.after_position"), ("布雷弗曼", "person.after_position")]),
    ("停留四五天的司机比比皆是。", []),
    # a shop named by a surname and a form of address (钱大妈|门店) at every mention; people so named stay persons
    ("超市里的钱大妈卖光了。钱大妈门店暂停营业。居民王先生表示理解。", [("王先生", "person.anonymised")]),
    # four characters read by LAC are a name only with a compound or two surnames (林海雪原 is a novel)
    ("林海雪原中的座山雕被活捉。", []),
    # another name of the person (又名, 原名)
    ("原政委邹衍，又名邹衍桃，江西人。", [("邹衍", "person.after_position"), ("邹衍桃", "person.named")]),
    ("该镇原名李家村，后改名。", []),
    # 政 as a given character, unless it begins a word (党政)
    ("副区长薛仁政出席发布会。", [("薛仁政", "person.after_position")]),
    ("消费促进司副司长李党会12日在发布会上表示。", [("李党会", "person.after_position")]),
    ("支部书记李明党委委员王强出席。", [("李明", "person.after_position"), ("王强", "person.after_position")]),
    # the last character goes to a frequent three-character word (林航|进一步)
    ("副区长林航进一步介绍情况。", [("林航", "person.after_position")]),
    # a noun of who someone is, then a surname character and a frequent noun: a word (居民|白名单 is no name)
    ("实行居民白名单制管理。", []),
    # a name at the start of a clause, before a verb of saying, after a conjunction, or before a verb that takes 在
    ("会后，郑中华表示，市场向好。", [("郑中华", "person.clause_start")]),
    ("学校通知上网课，但张宁说没有电脑。", [("张宁", "person.clause_start")]),
    ("楼里有人确诊。\n赵涛住在9号楼。", [("赵涛", "person.clause_start")]),
    # familiar forms before an act at the start of a clause, and their recurrences
    ("凌晨，小林在楼前等车。小林穿上防护服。", [("小林", "person.familiar"), ("小林", "person.recurrence")]),
    # a child's name said twice, used more than once in the story
    ("。辰辰在家里上网课。辰辰说想念同学。", [("辰辰", "person.reduplicated"), ("辰辰", "person.reduplicated")]),
    ("。天天在家。天天说。", []),  # 天天 is a word
    # a transliterated name after a post, cut where a frequent verb begins (拜登|宣布, 约翰逊|确诊)
    ("美国总统拜登宣布新措施。英国首相约翰逊确诊。", [("拜登", "person.after_position"), ("约翰逊", "person.after_position")]),
    ("基金经理更能通过深度研究获益。", []),  # 更能 is no transliteration: the run is no name
    ("流行病学家吴尊友指出，风险可控。", [("吴尊友", "person.after_position")]),
    # a last character rare in names that makes a word with the next (王凯|视频), a second "surname" that is a
    # frequent given character (魏文博|顶着), a verb and its complement after a noun of who (乘客|戴好口罩)
    ("省长王凯视频调度指导各地。", [("王凯", "person.after_position")]),
    ("青年志愿者魏文博顶着冷风赶到车站。", [("魏文博", "person.after_position")]),
    ("广播提醒乘客戴好口罩。", []),
    # townships in a list before 等 are no people
    ("褚庙乡、庄子镇、程庄镇、龙塘镇等12个中风险区。", []),
    # short forms of bodies are no names
    ("市卫健委通报。", []),
    # a short form of a body that LAC reads as a name where no cue stands (卫健|委, 卫健、交通等部门)
    ("要紧盯卫健、交通、旅游等重点部门。各地卫健委通报病例。", []),
    # a landmark named right after its place is no person (额济纳旗|胡杨林)
    ("游客到过阿拉善盟额济纳旗胡杨林、居延海等景区。", []),
    # a verb of reporting after the name takes its first character (冷冰|通报), as 陈斌|通报 and 韩林海|汇报
    ("市疾控中心主任冷冰通报，新增1例。", [("冷冰", "person.after_position")]),
    ("区长韩林海汇报工作。", [("韩林海", "person.after_position")]),
    # without a cue, what ends like a body's short form or a street is no name (潘广|路, 花木|路)
    ("【7号线】潘广路-花木路", []),
    # after a post, no reading that the dictionary has as another word, nor one in characters rare in names: a verb
    # (医生|上门), a place (工作人员|江宁), the head of a three-character word (党代|表), a phrase (队员|消杀)
    ("卫生院医生上门服务。工作人员江宁介绍。工作人员党代表介绍。队长带领队员消杀。", []),
    # a name without a surname after a post is still read where it is a transliteration (拜登) or in name parts
    ("美国总统拜登表示。盟长巴特尔主持会议。", [("拜登", "person.after_position"), ("巴特尔", "person.after_position")]),
    # a post-posed title after the tail of a word is no name (全国|性书记, 华|盛顿主任)
    ("要有全国性书记意识。他到华盛顿主任处。", []),
    ("深入贯彻习近平总书记重要讲话。", [("习近平", "person.postposed_title")]),
    ("传达学习习近平总书记重要讲话。", [("习近平", "person.postposed_title")]),
    # a list read on from a found name both ways, and over 及 to its last full name
    ("力量。房灵敏、王维平、蔡丽新、孙大光、周异决及蒋家柏等在主会场参会。",
     [("房灵敏", "person.list_continuation"), ("王维平", "person.lac"), ("蔡丽新", "person.lac"),
      ("孙大光", "person.lac"), ("周异决", "person.lac"), ("蒋家柏", "person.lac")]),
    # an appointment (任), an adverb between the name and its act (已在)
    ("职务；黄宪昱任某某区委书记；", [("黄宪昱", "person.clause_start")]),
    ("“谢谢。”⏎卫炳章已在牧场工作了30多年。".replace("⏎", "\n"), [("卫炳章", "person.clause_start")]),
    # a partly anonymised name keeps its given character (邓某康), at every occurrence
    ("确诊病例为肖某、邓某康。肖某、邓某康因涉嫌妨害传染病防治罪被立案。",
     [("肖某", "person.anonymised"), ("邓某康", "person.anonymised"), ("肖某", "person.anonymised"),
      ("邓某康", "person.anonymised")]),
    ("张某系某公司职工，刘某驾车前往。", [("张某", "person.anonymised"), ("刘某", "person.anonymised")]),
    # LAC's name in a list of ordinary nouns is a noun (小区、|商超|等)
    ("曾多次出入过小区、商超等人流密集的地方。", []),
    # anonymised names and forms of address
    ("确诊病例许某曾与平某某接触，王女士表示配合。",
     [("许某", "person.anonymised"), ("平某某", "person.anonymised"), ("王女士", "person.anonymised")]),
    # a full name before a courtesy form of address is the person (not its last character and the form, 龙先生); a
    # rank of the civil service is a position
    ("会上，国家某局副局长、一级巡视员雷正龙先生介绍情况。", [("雷正龙", "person.after_position")]),
    ("今天我们邀请了雷正龙先生出席。", [("雷正龙", "person.name_before_courtesy")]),
    ("感谢张伟先生的帮助。", [("张伟", "person.lac")]),  # (感谢 is a word: 谢张伟 is no name)
    ("，向李女士了解情况。", [("李女士", "person.anonymised")]),
    # a form of address after a word the surname's character ends (小班|小朋友, however rare the word) is a noun
    ("部分小班小朋友在老师的陪同下上车，全班同学都很听话。", []),
    # a conjunction that opens a clause is no surname: before a form of address, a noun, or a full name
    ("但医生说，留在医院也拿不到药。但爷爷说，荒年饿不死手艺人。但小伙说自己穷。", []),
    ("有朋友开玩笑，但王大勇说，好好的腿怎么能截肢。", [("王大勇", "person.clause_start")]),
    # anonymised names told apart by a cyclic ordinal
    ("批准逮捕犯罪嫌疑人张某甲、张某乙、刘某丙。",  # (犯罪嫌疑人 is a position: the first name is found after it)
     [("张某甲", "person.after_position"), ("张某乙", "person.anonymised"), ("刘某丙", "person.anonymised")]),
    # a long transliterated name of two parts with one character the register lacks, after a noun of who
    ("恢复对波士顿马拉松爆炸案罪犯焦哈尔·察尔纳耶夫的死刑判决。", [("焦哈尔·察尔纳耶夫", "person.dotted_name")]),
    # a name in quotes after 叫, then 的 and a noun of a person, however short; not a thing's name
    ("群里一个叫“娜”的女孩帮他买了药。一种叫“奥密克戎”的毒株。", [("娜", "person.quoted_name")]),
])
def test_person_rules(text, expected):
    assert found(text, "PERSON") == expected


@pytest.mark.parametrize("text, expected", [
    ("31个省（自治区、直辖市）和新疆生产建设兵团报告新增病例。", [("新疆生产建设兵团", "organization.generic_ending")]),
    ("北部战区派出医疗队，武警上海总队参与转运。",
     [("北部战区", "organization.military_command"), ("武警上海总队", "organization.generic_ending")]),
    ("英国卫生安全局发布数据。", [("英国卫生安全局", "organization.generic_ending")]),
    # 民政|局, 财政|局: 政局 after a function's word is no "political situation"; a unit with 记 in it (婚姻登记处)
    ("乳山市民政局婚姻登记处：深圳路108号。", [("乳山市民政局婚姻登记处", "organization.sub_unit")]),
    ("市财政局相关负责人介绍。", [("市财政局", "organization.generic_ending")]),
    ("其他区按照市统一部署开展筛查。当前政局稳定。", []),
    # a railway station that acts or employs (站长) is a body, at every mention; an airport that 发通告; a station
    # where one only travels is a place
    ("阜阳西站站长储茂高介绍。旅客在阜阳西站候车。", [("阜阳西站", "organization.acting_facility"),
                                          ("阜阳西站", "organization.acting_facility")]),
    ("2月28日，三亚机场发通告：出港旅客须持证明。", [("三亚机场", "organization.acting_facility")]),
    ("旅客在杭州东站候车，随后到达北京站。", []),
    # a school named by its place and number; a town's centre, a government's building are no bodies; firms named by
    # trades (实业, 电子厂), foundations and institutes by a proper name
    ("莱西市发现病例，医护人员将莱西七中在校师生转移。其中三中全会召开。", [("莱西七中", "organization.numbered_school")]),
    ("该校位于莱西城区中心。黑夜中，莱西市政府大楼灯火通明。", []),
    ("复星实业将向永龄基金会销售疫苗，他在广东鄂博电子厂工作。",
     [("复星实业", "organization.generic_ending"), ("永龄基金会", "organization.generic_ending"),
      ("广东鄂博电子厂", "organization.generic_ending")]),
    ("该基金会表示，慈善基金会和研究所都参与。", []),
    # the short names in an enumeration from a firm to another body are firms, and where they recur; an enumeration
    # of places is not; a 小区 is no school
    ("复星实业与台积电、鸿海和永龄基金会签约。鸿海表示欢迎。",
     [("复星实业", "organization.generic_ending"), ("台积电", "organization.listed_firm"),
      ("鸿海", "organization.listed_firm"), ("永龄基金会", "organization.generic_ending"),
      ("鸿海", "organization.recurrence")]),
    ("复星实业与北京、上海和永龄基金会合作。", [("复星实业", "organization.generic_ending"),
                                             ("永龄基金会", "organization.generic_ending")]),
    ("7月25日下午，上海闵行区一小区内发现病例。", []),
    # 卫生和/卫生与 inside a body's name
    ("国家卫生和计划生育委员会发布通知。", [("国家卫生和计划生育委员会", "organization.generic_ending")]),
    # a body's Latin acronym in brackets after its name, and where the acronym recurs; not a person's initials
    ("英国卫生安全局（UKHSA）发布数据，UKHSA表示。", [("英国卫生安全局", "organization.generic_ending"),
                                                ("UKHSA", "organization.acronym_gloss"), ("UKHSA", "organization.recurrence")]),
    ("英国卫生安全局（Ab）发布数据。", [("英国卫生安全局", "organization.generic_ending")]),
    # 司令员 is a post, not a department (司) of the body before it; 公安部队 are troops, not the ministry
    ("原乌鲁木齐军区副司令员王扶之出席。", [("乌鲁木齐军区", "organization.generic_ending")]),
    ("他曾任东北公安部队副政治委员。", []),
    ("复旦大学附属华山医院感染科主任说。", [("复旦大学附属华山医院感染科", "organization.sub_unit")]),
    ("拱北海关团委组织志愿者。", [("拱北海关团委", "organization.generic_ending")]),
    # a customs house named by a longer port, with a numbered section; a division (处) of a commission
    ("港珠澳大桥海关综合业务一科的关员查验。", [("港珠澳大桥海关综合业务一科", "organization.sub_unit")]),
    ("自治区卫健委医政医管处负责人介绍。", [("自治区卫健委医政医管处", "organization.sub_unit")]),
    # 所属 / 相关 begin no unit: a second body, a kind
    ("满洲里海关所属呼和浩特白塔机场海关查获。市卫健委相关处室表示。",
     [("满洲里海关", "organization.generic_ending"), ("呼和浩特白塔机场海关", "organization.generic_ending"),
      ("市卫健委", "organization.generic_ending")]),
    ("西安市大数据局发布通知。", [("西安市大数据局", "organization.generic_ending")]),
    # facilities that act as a body, then every mention of them
    ("常州机场发布通告。所有常州机场出港旅客须持证明。",
     [("常州机场", "organization.acting_facility"), ("常州机场", "organization.acting_facility")]),
    ("旅客从常州机场出发。", []),  # a place of travel, not a body
    ("微信公众号“西安发布”发布消息。", [("西安发布", "organization.official_account")]),
    ("据@陕西发布：雁塔区调整为低风险。", [("陕西发布", "organization.official_account")]),
    # an account named in quotes after its kind of channel; one cited with 据 (据杭州发布消息), not a verb phrase
    ("上海市教委政务微信“上海教育”发布公告。",
     [("上海市教委", "organization.generic_ending"), ("上海教育", "organization.named_channel")]),
    ("比如据杭州发布消息，杭州关闭收费站。", [("杭州发布", "organization.official_account")]),
    ("杭州发布消息称关闭收费站。", []),
    # a date inside is no part of a name (据2月16日|广州卫健委; 北京昌平10月22日|报告 names nothing); a dash joins two
    # stations, not the parts of one name
    ("据2月16日广州卫健委公布，北京昌平10月22日报告的病例。", [("广州卫健委", "organization.generic_ending")]),
    ("【8号线】市光路-东方体育中心", []),
    # the standard short forms of ministries and commissions; not 交通部门 (a kind of department)
    ("交通运输部会同国家网信办发布通知，各地交通部门落实。", [("交通运输部", "organization.known_name"),
                                                      ("国家网信办", "organization.known_name")]),
    # a task force (专班) is named like a team; a bare 工作专班 is none
    ("确诊者为宝鸡市渭滨区隔离酒店工作专班成员。各地成立工作专班。",
     [("宝鸡市渭滨区隔离酒店工作专班", "organization.generic_ending")]),
    # after a known name, a list goes on with ministries' short forms only (商务部、卫健委), not kinds of body
    ("三是新华社、结算中心等机构运行平稳。", [("新华社", "organization.known_name")]),
    ("商务部、卫健委等多部门召开会议。", [("商务部", "organization.known_name"), ("卫健委", "organization.listed_body")]),
    # a paper named by an ordinary word (健康|时报), not by a time word or a pronoun (今天|晚报, 这份|晚报)
    ("健康时报梳理发现，病例增加。", [("健康时报", "organization.generic_ending")]),
    ("每天读晚报，今天晚报登了，这份晚报卖完了。", []),
    # a firm's department before its head's title, a fund firm before its fund manager's title; a kind of fund is none
    ("会上，华夏基金研究部总监发言。", [("华夏基金研究部", "organization.firm_before_title")]),
    ("他说。\n长城证券研究所首席经济学家认为", [("长城证券研究所", "organization.sub_unit")]),
    ("观点：明德基金基金经理表示，偏股混合基金基金经理也说", [("明德基金", "organization.firm_before_title")]),
    # a hospital named by a short word (安济|医院), not a kind of hospital or a word before 医院 (定点, 其他, 这次)
    ("她预约了安济医院的专家号。", [("安济医院", "organization.generic_ending")]),
    ("由街道安排专车转运至安济医院诊疗。", [("安济医院", "organization.generic_ending")]),
    # LAC's ORG label at a generic ending the rules found no name element for (org_tagger.py): kept where LAC ends a
    # body exactly at the ending and the name is longer than it; not a kind (城市|政府), not a stop of a route
    ("据农业部通知，本周起恢复。", [("农业部", "organization.tagged_ending")]),
    ("该中心与晨曦少儿艺术培训中心合作。", [("晨曦少儿艺术培训中心", "organization.tagged_ending")]),
    ("城市政府要担起责任。【8号线】市光路-东方体育中心", []),
    # after an ending of two characters or more one more character is a name (a country's one-character short form,
    # 美|疾控中心); the name LAC read recurs as the body where LAC is not asked or reads nothing
    ("昨日，美疾控中心更新了指南。\n美疾控中心称。",
     [("美疾控中心", "organization.tagged_ending"), ("美疾控中心", "organization.recurrence")]),
    # LAC's ORG label on a clause's whole subject before a verb of saying or the title of a body's head or spokesman,
    # perhaps with 方面 (org_tagger.py); not a person's name shape, a pronoun, an ordinary word or a clause's verb
    ("本周，国台办发言人答记者问。新东方方面表示。",
     [("国台办", "organization.tagged_subject"), ("新东方", "organization.tagged_subject")]),
    ("随后，市民表示理解。为缓解压力，工作人员称。郭台铭称。", []),
    # … or before what a body does when it speaks (宣布, 发布, 通报); the name LAC read recurs as the body
    ("13日，叮当快药宣布上线抗原试剂。消费者可在叮当快药APP预约。",
     [("叮当快药", "organization.tagged_subject"), ("叮当快药", "organization.recurrence")]),
    # trades that end listed firms' short names (乳业, 股份, 航空): a proper name before them is a firm's, a frequent
    # word before them is one where LAC reads a body (伊利|股份), not where it is the ordinary noun (公司|股份, 民用|航空);
    # a classifier after a count begins no name (每一|位|蒙牛乳业)
    ("眼下，每一位蒙牛乳业员工都在岗位上。海南航空恢复航班。",
     [("蒙牛乳业", "organization.generic_ending"), ("海南航空", "organization.generic_ending")]),
    ("昨日，伊利股份发布公告。他持有公司股份。民用航空发展迅速。", [("伊利股份", "organization.tagged_ending")]),
    ("公司拟回购注销股份。", []),  # a verb before the trade: its object, an ordinary noun
    # the short form of a university's attached school (附中, 附小), named by the university's short name, which LAC
    # reads; not the school of someone (他的|附中)
    ("清华附中发布通知。北师大附小的学生返校。他的附中同学说。",
     [("清华附中", "organization.tagged_ending"), ("北师大附小", "organization.tagged_ending")]),
    # a word before 医院 where no one goes there is not read as a name by the rules; LAC reads 安济 as one
    # (org_tagger.py), and a kind or a word (这次, 附近) as none
    ("安济医院开通了热线。", [("安济医院", "organization.tagged_ending")]),
    ("这次医院开通了热线。附近医院已经满员。", []),
    ("病例转至定点医院，其他医院和社区医院照常接诊，疫情以来医院压力大。", []),
    # not names: counted bodies, 部门, a bare level and team
    # a level word and a function name the body of that level (bodies named by level and function count)
    ("当晚市疾控中心复核阳性。", [("市疾控中心", "organization.level_body")]),
    ("阳性后，区纪委监委迅速成立调查组。", [("区纪委监委", "organization.level_body")]),
    # a pair of bodies written together: two names (省委|省政府), each a level and 委 or a function
    ("认真贯彻落实省委省政府的要求。", [("省委", "organization.generic_ending"), ("省政府", "organization.generic_ending")]),
    # not when the level word ends a word or follows a determiner: 城市|政府, 全市|疾控中心
    ("城市政府要担起责任，全市疾控中心加强值守，辖区派出所配合。", []),
    # a bureau's name fused with its head's title (西安市大数据局|长), but not a place alone before 局长
    ("此前西安市大数据局长刘军表示。", [("西安市大数据局", "organization.generic_ending")]),
    ("呼和浩特市局长表示。", []),
    # an agency's dateline, an outlet or account cited without quotes, an account with the date of its notice
    ("中宏网3月14日电，新增病例。", [("中宏网", "organization.cited_source")]),
    ("据某市晚报报道，新增病例。据珠海香洲官微，新增病例。",
     [("某市晚报", "organization.cited_source"), ("珠海香洲", "organization.cited_source")]),
    ("郴州发布2月16日通告称，新增病例。", [("郴州发布", "organization.official_account")]),
    ("据当地电视台报道，新增病例。", []),
    ("据国家卫健委官网11月3日消息，新增病例。", [("国家卫健委", "organization.standing_name")]),  # the body, not its site
    # a body's name before a part of its grounds is an address; AABB words; 所 + verb before 公司
    ("封控区包括长安大学南校区家属院、某某大学崇业路住宅区。", []),
    ("在点点滴滴中牢记宗旨。", []),
    ("及时与所购票航空公司联系。", []),
    ("视频显示，西安一公司让员工发誓。", []),
    ("两天，长春共有133人治愈医院。", []),
    ("北京市教委发布通知。", [("北京市教委", "organization.generic_ending")]),
    ("各级党委政府要落实责任，各级党委要带头。", []),  # every such body, not one named  # a count before the ending (a slip for 出院): no name
    ("具体由商务部门管理。", []),
    ("迅速派出国家工作组赴各地。", []),
    # schools and the committees of communities and villages; not their students (大学|生) or a kind (中小学|校)
    ("东河区第一小学停课。新华街道光明社区居委会通知居民。", [("东河区第一小学", "organization.generic_ending"),
                                              ("光明社区居委会", "organization.generic_ending")]),
    ("某某市中小学校分批复课，某某区大学生志愿者参与。", []),
    ("盟行署召开会议。", [("盟行署", "organization.generic_ending")]),
    # the Youth League's and the mass organizations' bodies; 委员会 is not read as 区委 + 员会
    ("共青团内蒙古自治区委员会号召青年，团市委、市总工会和市妇联参与。",
     [("共青团内蒙古自治区委员会", "organization.generic_ending"), ("团市委", "organization.generic_ending"),
      ("市总工会", "organization.generic_ending"), ("市妇联", "organization.generic_ending")]),
    # foreign bodies: a country whose first character stops a name elsewhere (以色列), a ministry (部), a parliament
    ("以色列卫生部表示。德国联邦议院通过法案。", [("以色列卫生部", "organization.generic_ending"),
                                       ("德国联邦议院", "organization.generic_ending")]),
    ("全部人员已隔离，各部门落实，内蒙古西部降温。", []),  # 部 in words (全部, 部门, 西部) ends no body
    # an outlet named 新闻 or 周刊 cited as the source; not a kind of report (相关新闻, 当地新闻)
    ("据九派新闻报道，据中国新闻周刊报道，据相关新闻报道，据当地新闻报道。",
     [("九派新闻", "organization.cited_source"), ("中国新闻周刊", "organization.cited_source")]),
    # listed firms: named by their stock's move (not an index or a price), by a trade after an abbreviation (国药|控股,
    # 国大|药房), and again where the name recurs; a frequent word before a trade is a kind (社区大|药房, 海洋|医药)
    ("个股中，诺唯赞涨20.00%；热景生物涨15.50%。沪指涨0.5%，猪肉价格涨10%。热景生物表示。",
     [("诺唯赞", "organization.stock_move"), ("热景生物", "organization.stock_move"),
      ("热景生物", "organization.recurrence")]),
    ("公司营收涨20%，净利润涨30%。当天，某某医疗涨4.41%。", []),  # a firm's figures; a single move is no list
    ("国药控股旗下国大药房宣布。社区大药房和网上药房有售，海洋医药发展。",
     [("国药控股", "organization.generic_ending"), ("国大药房", "organization.generic_ending")]),
    # a province's examination authority; a city's CDC by its short name, not the activity (疾控部门, 疾控工作)
    ("据浙江省考试院通知，武汉市疾控专家提醒，当地疾控部门和市疾控工作人员上门。",
     [("浙江省考试院", "organization.generic_ending"), ("武汉市疾控", "organization.generic_ending")]),
    ("由区（市）县转运专班安排车辆。", []),  # levels enumerated: a kind of body in each
    # an outlet named before its reporter where a clause begins; not 本报, a place's station or a count of media
    ("当天，中国青年网记者了解到。当天，本报记者了解到，当地电视台记者、多家媒体记者到场。",
     [("中国青年网", "organization.media_credit")]),
    # an airport named between its city and 机场, a tourist zone, acting as a body; not where people go
    ("呼和浩特白塔国际机场发布通知。", [("呼和浩特白塔国际机场", "organization.acting_facility")]),
    ("7月14日，北海市涠洲岛旅游区亦宣布实行临时性管控。", [("北海市涠洲岛旅游区", "organization.acting_facility")]),
    ("游客前往北海市涠洲岛旅游区游玩。", []),
    # a verb of saying ends the clause of the one who says: the outlet after it is read alone
    ("一位市民告诉健康时报记者，当地疾控中心工作人员告诉健康时报记者。",
     [("健康时报", "organization.media_credit"), ("健康时报", "organization.cited_source")]),
    # a date in digits and the part of the day after it begin no name (7日晚|江南幼儿园); digits inside a name stay
    ("据了解，7日晚江南幼儿园的孩子已送往隔离点。8日上午杭州市卫健委发布通告。北京301医院专家会诊。",
     [("江南幼儿园", "organization.generic_ending"), ("杭州市卫健委", "organization.generic_ending"),
      ("北京301医院", "organization.generic_ending")]),
    # a paper's ending whose 报 begins a word (近日|报道) ends no paper; a paper before 报道 or 社 still is one
    ("记者查询近日报道发现，健康时报报道，某某日报社记者到场。",
     [("健康时报", "organization.generic_ending"), ("某某日报社", "organization.media_credit")]),
    # a trade's ending whose last character begins an ordinary word (讨医|药费) ends no firm; 药房|门店 still does
    ("再接着找撞人的小伙讨医药费。顾客可在国大药房门店购买。", [("国大药房", "organization.generic_ending")]),
    # maternity and child health hospitals; a city's numbered hospital, then its number alone and its department
    ("海珠区妇幼保健院第一时间组建队伍。", [("海珠区妇幼保健院", "organization.generic_ending")]),
    ("他来到上海六院，拿掉钢板。主治医师说，六院还没开放。网上说六院骨科全国第三。北京三院院长出席。",
     [("上海六院", "organization.numbered_hospital"), ("六院", "organization.numbered_hospital"),
      ("六院骨科", "organization.sub_unit"), ("北京三院", "organization.numbered_hospital")]),
    # a place's department of a function is named by them; a kind of department is not (相关部门, 各部门)
    ("广州市交通运输部门发布消息，据海南气象部门消息，北京市相关部门表示，内蒙古各部门要落实。",
     [("广州市交通运输部门", "organization.place_department"), ("海南气象部门", "organization.place_department")]),
    # a unit named by a quoted proper name before a unit's ending, quotes included; not the body before it, not words
    # said, not a description before 的
    ("他曾是武警上海总队“南京路上好八连”中队的战士。滨江区火车站“24h”青年志愿服务队成立。",
     [("武警上海总队", "organization.generic_ending"), ("“南京路上好八连”中队", "organization.quoted_unit"),
      ("滨江区火车站“24h”青年志愿服务队", "organization.quoted_unit")]),
    ("他说“我们是一个团队”协会。被称为“最美逆行者”的志愿服务队。", []),
    # an institute named by a transliterated proper name of more than four characters, without a dot
    ("斯克里普斯研究所负责人表示。", [("斯克里普斯研究所", "organization.generic_ending")]),
    # the items of a list before 等 and a kind of firm are firms, all or none, and where they recur; not places, not
    # ordinary words
    ("在货车帮、运满满、货拉拉等货运平台上都有信息。货拉拉表示。",
     [("货车帮", "organization.listed_before_kind"), ("运满满", "organization.listed_before_kind"),
      ("货拉拉", "organization.listed_before_kind"), ("货拉拉", "organization.recurrence")]),
    ("上海、北京等城市，口罩、防护服等企业生产。", []),
    # a school named with its place (学校 only so), a number that names a school (八一, 一零一) is no "one"; a CDC's
    # name with 与; a body cited after 援引
    ("北京市八一学校发布通知，北京市一零一中学也发布了，这所学校的老师。西安一公司哄抬价格。",
     [("北京市八一学校", "organization.generic_ending"), ("北京市一零一中学", "organization.generic_ending")]),
    ("路透社援引美国疾病控制与预防中心（CDC）数据称。CDC发言人称。",
     [("路透社", "organization.known_name"), ("美国疾病控制与预防中心", "organization.generic_ending"),
      ("CDC", "organization.acronym_gloss"), ("CDC", "organization.recurrence")]),
    # a state firm's numbered engineering bureau; a party member is not the party (共产党|员)
    ("中铁一局和中交二局参与建设，作为一名共产党员，他说。",
     [("中铁一局", "organization.numbered_bureau"), ("中交二局", "organization.numbered_bureau")]),
    # a body described by a superlative is not named (上海最大方舱医院); 最高 in a name is part of it
    ("至此上海最大方舱医院已全部开启收治模式。最高人民法院发布意见。", [("最高人民法院", "organization.known_name")]),
    # (issue 14, eighth session) so are bodies described as the best or counted as the first (首家)
    ("深圳首家医院进入百强榜，领先于美国最佳医院评选。", []),
    # an anonymised person before a place: the body is named from its place; a body right after a classifier is the
    # one counted (两家|郑州公司), or no telling where the name begins (98个|西安卫健委)
    ("目前，许某已转入宁夏回族自治区第四人民医院隔离诊疗。", [("宁夏回族自治区第四人民医院", "organization.generic_ending")]),
    ("察右前旗某物流公司员工。另有两家郑州公司参与。地区98个西安卫健委向全市人民道歉", []),
    # a body cited by its own site; not a place, a body pointed at or a bare generic word
    ("据国际奥委会官网消息，他刚满24岁。据当地政府官网消息，已恢复。据卫健委官网消息，据北京市官网消息，已恢复。",
     [("国际奥委会", "organization.cited_site")]),
    # a government body's short form listed before bodies found, from where the list begins (已会同|发改委)
    ("9日下午发布消息，已会同发改委、工信部、公安部等部门。", [("发改委", "organization.listed_before"),
                                           ("工信部", "organization.known_name"), ("公安部", "organization.known_name")]),
    # a listed firm whose stock hits the limit, and where its name recurs; not a board, a sector or a pronoun
    ("九安医疗涨停，检测板块冲高。若金财互联一字涨停，可能刺激资金。个股涨停，该股涨停，白酒跌停。九安医疗发布公告。",
     [("九安医疗", "organization.limit_move"), ("金财互联", "organization.limit_move"),
      ("九安医疗", "organization.recurrence")]),
    # list items glossed by their acronyms before 等 and the kind of outlet (印媒, 外媒), after 综合 as after 据; not
    # places listed before such a kind
    ("综合甲乙丙丁国际新闻（ANI）、甲乙报业托拉斯（PTI）等印媒8日消息。据日本、韩国等外媒报道。",
     [("甲乙丙丁国际新闻", "organization.listed_before_kind"), ("ANI", "organization.acronym_gloss"),
      ("甲乙报业托拉斯", "organization.listed_before_kind"), ("PTI", "organization.acronym_gloss")]),
    # a body's words inside the title of a ranking or a document name no body; the body that issues it (…关于) and a
    # paper's own title do; a day word opens the clause, not the firm's name (昨日|富祥药业)
    ("复旦版《2020年度中国医院综合排行榜》发布。据《内蒙古日报》报道。《北京市卫健委关于做好防控的通知》",
     [("内蒙古日报", "organization.known_name"), ("北京市卫健委", "organization.generic_ending")]),
    ("其中昨日甲乙药业因为一句话冲板。", [("甲乙药业", "organization.generic_ending")]),
    # the level word 自治区 begins the body, not its last character
    ("决定：两人任自治区政协党组成员，曾任自治区水利厅厅长。", [("自治区政协", "organization.level_body"),
                                           ("自治区水利厅", "organization.level_body")]),
])
def test_organization_rules(text, expected):
    assert found(text, "ORGANIZATION") == expected


@pytest.mark.parametrize("text, expected", [
    ("额济纳旗通报。", [("额济纳旗", "152923", "place.full_name")]),
    ("呼市新增1例。", [("呼市", "150100", "place.abbreviation")]),
    # a short form that is an ordinary word, vouched for by its province
    ("山西大同、贵州安顺报告病例。", [("山西", "140000", "place.short_form"), ("大同", "140200", "place.vouched_short_form"),
                           ("贵州", "520000", "place.short_form"), ("安顺", "520400", "place.vouched_short_form")]),
    ("两种意见大同小异。", []),
    # an autonomous division named without its peoples, and a variant character of a division's name
    ("海南陵水县、乐东县新增病例。", [("海南", "460000", "place.short_form"), ("陵水县", "469028", "place.autonomous_form"),
                              ("乐东县", "469027", "place.autonomous_form")]),
    ("延边州新增1例。", [("延边州", "222400", "place.autonomous_form")]),
    ("呼伦贝尔市莫力达瓦旗发布通告。", [("呼伦贝尔市", "150700", "place.full_name"), ("莫力达瓦旗", "150722", "place.autonomous_form")]),
    ("陜西新增3例，陜西省卫健委通报。", [("陜西", "610000", "place.short_form"), ("陜西省", "610000", "place.full_name")]),
    # a county's short form cut out of another name is not read
    ("河北省雄安新区新增病例。", [("河北省", "130000", "place.full_name")]),
    # a shared name read in the province of the places listed just before it
    ("上海新增：闵行区17例、宝山区11例。黑龙江无新增。",
     [("上海", "310000", "place.short_form"), ("闵行区", "310112", "place.full_name"),
      ("宝山区", "310113", "place.full_name"), ("黑龙江", "230000", "place.short_form")]),
    # a short form before a landform word names the landform (贺兰|山, 巴丹吉林|沙漠), not the division
    ("游客到过贺兰山岩画和巴丹吉林沙漠。", []),
    # the time zone and a street named after a place are not the place
    ("截至北京时间21日，威海市深圳路108号开放。", [("威海市", "371000", "place.full_name")]),
    # the first name of a list read in the province of the places right after it
    ("上海和浙江都有病例。\n涉及到普陀、松江、嘉定等多个区域。",
     [("上海", "310000", "place.short_form"), ("浙江", "330000", "place.short_form"),
      ("普陀", "310107", "place.county_short_form"), ("松江", "310117", "place.county_short_form"),
      ("嘉定", "310114", "place.county_short_form")]),
    # a short form that runs into a frequent noun (来宾|馆: 宾馆) is no place, unlike its people (香港人); a temple
    # named after a place (静安|寺) is not the place
    ("来宾馆前，医生让他买药。香港人都来了。", [("香港", "810000", "place.short_form")]),
    ("将上海市静安区静安寺街道划为低风险。", [("上海市", "310000", "place.full_name"), ("静安区", "310106", "place.full_name")]),
])
def test_place_rules(text, expected):
    assert [(m["surface"], m["code"], m["rule"]) for m in annotate(text, PUBLISHED) if m["type"] == "LOCATION"] \
        == expected


@pytest.mark.parametrize("text, published, expected", [
    ("10月26日，额济纳旗通报。", date(2021, 10, 27), [("10月26日", "2021-10-26", "date.arabic")]),
    ("二〇二二年四月十四日", date(2022, 4, 15), [("二〇二二年四月十四日", "2022-04-14", "date.chinese")]),
    # the first date of a range whose second day has no month, and a date before a time of day
    ("1月23、24日，河北新增。", PUBLISHED, [("1月23", "2022-01-23", "date.open_range_or_time")]),
    ("继3月16-17日开展检测。", date(2022, 3, 20), [("3月16", "2022-03-16", "date.open_range_or_time")]),
    ("3月10晚上转运。", date(2022, 3, 12), [("3月10", "2022-03-10", "date.open_range_or_time")]),
    # up to two months ahead is the publication's year, further ahead the year before
    ("春运将于2月25日结束。", PUBLISHED, [("2月25日", "2022-02-25", "date.arabic")]),
    ("12月30日召开会议。", PUBLISHED, [("12月30日", "2021-12-30", "date.arabic")]),
    ("3月10日有120人。", PUBLISHED, [("3月10日", "2021-03-10", "date.arabic")]),
])
def test_date_rules(text, published, expected):
    assert [(m["surface"], m["value"], m["rule"]) for m in annotate(text, published) if m["type"] == "DATE"] == expected


def test_every_mention_has_a_rule_of_its_type():
    text = ("国家卫生健康委党组书记、主任马晓伟一行于10月26日到额济纳旗，呼市公安局通报，王女士说，"
            "刘丽娟、陈立都曾经管理过。")
    for m in annotate(text, PUBLISHED):
        prefix = {"PERSON": "person.", "LOCATION": "place.", "ORGANIZATION": "organization.", "DATE": "date."}[m["type"]]
        assert m["rule"].startswith(prefix), m


@pytest.mark.parametrize("text, start, name, expected", [
    ("行政长官林郑月娥发表声明", 5, "郑月娥", (4, "林郑月娥")),  # a second surname before a tagger's name
    ("市长王小明说", 2, "王小明", (2, "王小明")),  # 长 ends the word 市长
    ("他说王小明来了", 2, "王小明", (2, "王小明")),  # 说 is no surname
])
def test_a_tagged_name_widens_to_two_surnames(text, start, name, expected):
    from imcovid.annotate.name_reader import widen_to_double_surname

    assert widen_to_double_surname(text, start, name) == expected
