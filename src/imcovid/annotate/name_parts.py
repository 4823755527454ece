"""What a personal name in Chinese text is made of: the surnames (the common single-character ones of the 百家姓
tradition and frequent compound ones), the characters that end a name, the parts of Mongolian and Tibetan names
(which have no surname), and the dots that join the parts of a transliterated name. Public knowledge, not taken from
the corpus, the seeds or the challenge sets: no name that occurs in their gold was added as a part after the gold
was read (single common parts such as 巴特尔 or 乌云 do occur there as whole names, as they do in the region's news)."""

# The rest of the 百家姓's single surnames whose characters are rare in ordinary text: jieba's dictionary gives the
# character alone, and all its words that begin with it, a frequency below RARE_SURNAME_FREQUENCY each (傅, 宓, 逄,
# 蒯, 郦, 訾; not 水, 家, 须, 籍). Checked by a test against the dictionary. They are read after cues only: LAC is
# not run on them, which would cost more than the few names it could add.
RARE_SINGLE = frozenset("酆荀羿邴隗宓郗钭逄郦璩庾殳厍訾蒯竺钮傅莘郤桓郏夔贲乜禄弘暨沃濮韶糜蔚汲蓟巢蓬昌贝益宦慎凤")
RARE_SURNAME_FREQUENCY = 1000
SINGLE = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞"
    "颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇"
    "栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊"
    "仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓"
    "修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由代衡习"
    "洪赖萧阎"
) | RARE_SINGLE
COMPOUND = frozenset(
    "欧阳 上官 司马 诸葛 东方 皇甫 尉迟 公孙 长孙 慕容 司徒 西门 令狐 夏侯 端木 澹台 宇文 独孤 南宫 万俟 呼延 申屠 轩辕".split()
)

# Characters that end a name: verbs, particles and function words that follow names in this genre.
NAME_STOP = frozenset("在就是的了和与及等一同兼任为对向从到说表指主出参深来带率赴前调听作要将已也都又还并而把被由于以会召介讲提则不没"
                      "委部局厅，。、；：:,;！？!?“”\"'（）()《》【】 \n的地得着过称"
                      "摄报道发供电讯我你他她它们当")
# Words that end a name although their characters may be given characters (王志军, 李长生, 赵长青, 云志强): a name
# stops before 同志, 先生, 书记, 强调 … as words, not before 志, 生, 长 or 强 alone.
NAME_STOP_WORDS = frozenset("同志 先生 女士 老师 书记 主任 委员 长期 长时间 生产 生活 生命 学生 师生 员工 志愿 先进 强调 强化 "
                             "强制 强力".split())
# Characters that end a name as its last character but are common as the first given character of a three-character
# name (李和平, 王道明, 孙来喜, 陈发明, 李会明; 李明|和王伟, 王伟|来到, 王明|会见).
FIRST_GIVEN_ONLY = frozenset("和道来发会一")
# Their characters, which still never begin a name as a surname (师生, 长期).
NAME_STOP_WORD_CHARS = frozenset("志先生女士老师书记长员强")

# Mongolian and Tibetan given names, written in Chinese as fixed transliterations of their parts: 巴特尔, 斯琴 + 毕力格,
# 宝音 + 达来, 扎西 + 多吉. News of Inner Mongolia names many officials this way, with no Han surname to anchor on,
# and a surname reading cuts them (斯琴毕|力格, 宝音达|来: 来 ends a Han name). A name is read as one to three parts.
# Common transliterations, as in reference lists of Mongolian and Tibetan names; 达赖 is left out (a title).
MONGOLIAN_PARTS = frozenset(
    "巴特尔 巴图 巴雅尔 巴音 巴根 巴达 宝音 宝力道 宝力高 宝力格 布和 布仁 布赫 毕力格 毕力格图 斯琴 斯钦 斯日古楞 其其格 其木格 "
    "乌兰 乌云 乌日娜 乌力吉 乌恩 图雅 图们 图门 那顺 那仁 那日苏 孟和 孟克 孟根 达来 达古拉 额尔敦 额尔德尼 额日和 朝鲁 朝鲁门 "
    "朝格图 朝克 苏和 苏日娜 苏德 苏雅拉 阿拉坦 阿拉腾 阿古拉 阿木尔 哈斯 哈达 高娃 娜仁 娜日苏 娜布其 萨仁 萨其拉 萨日娜 托娅 "
    "格日勒 白音 敖登 敖其尔 吉日嘎拉 吉雅 扎那 扎布 呼和 特木尔 铁木尔 通拉嘎 青格尔 道尔吉 塔娜 旺其格 满都拉 满达 那木拉 恩和 "
    "仁钦 希拉 照日格图 伊德尔 纳森 策登 额尔登 格根 乌日图 图布新 陶克陶 达日玛 额尔德木图 朝乐蒙 特古斯 阿如汗 其勒木格 莫日根 "
    "松布尔 桑布 温都苏 乌力更 吉仁 吉格木德 浩斯 哈森 嘎拉 奇巴图 德力格尔 格日乐图 乌力吉木仁".split()
)
TIBETAN_PARTS = frozenset(
    "扎西 多吉 次仁 尼玛 格桑 央金 拉姆 德吉 卓玛 平措 顿珠 罗布 索朗 洛桑 达瓦 边巴 巴桑 白玛 仁增 旺堆 曲珍 普布 次珍 赤列 "
    "嘎玛 丹增 强巴 贡嘎 益西 央宗 拉巴 琼达 其美 米玛 桑珠 多布杰 旺姆 措姆 玉珍 群培 土登 坚参 江村 次旺 嘉措 加措 才让 旺加 "
    "德庆 扎巴 央拉 朗杰".split()
)
NAME_PARTS = MONGOLIAN_PARTS | TIBETAN_PARTS

# The middle dots that join the parts of a transliterated name (桑达尔·皮查伊, 阿不都热依木·阿不都克热木).
NAME_DOTS = "·・•‧"

# Characters of bodies and places, never of a given name: 区党委书记 is not 区党委 + 书记.
NOT_IN_NAME = frozenset("委区省市县旗盟部局厅院组会府级各全党政队站所处科办心协室副员校")
