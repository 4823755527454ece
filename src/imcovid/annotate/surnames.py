"""What a Chinese personal name is made of: the surnames (the common single-character ones of the 百家姓 tradition
and frequent compound ones) and the characters that end a name. Public knowledge, not taken from the corpus."""

SINGLE = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞"
    "颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇"
    "栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊"
    "仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓"
    "修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由代衡习"
)
COMPOUND = frozenset(
    "欧阳 上官 司马 诸葛 东方 皇甫 尉迟 公孙 长孙 慕容 司徒 西门 令狐 夏侯 端木 澹台 宇文 独孤 南宫 万俟 呼延 申屠 轩辕".split()
)

# Characters that end a name: verbs, particles and function words that follow names in this genre.
NAME_STOP = frozenset("在就是的了和与及等一同兼任为对向从到说表指强主出参深来带率赴前调听作要将已也都又还并而把被由于以会召介讲提"
                      "同志先生女士老师主任书记长委员部局厅，。、；：:,;！？!?“”\"'（）()《》【】 \n的地得着过称"
                      "摄报道发供电讯我你他她它们当")
