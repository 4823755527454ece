"""What a personal name in Chinese text is made of: the surnames (the common single-character ones of the 百家姓
tradition and frequent compound ones), the characters that end a name, the parts of Mongolian and Tibetan names
(which have no surname), and the dots that join the parts of a transliterated name. Public knowledge, not taken from
the corpus, the seeds or the challenge sets: no name that occurs in their gold was added as a part after the gold
was read (single common parts such as 巴特尔 or 乌云 do occur there as whole names, as they do in the region's news)."""

import csv
import io
from functools import lru_cache
from importlib.metadata import distribution

from imcovid.annotate.wordlists import threshold, word_set

# The rest of the 百家姓's single surnames whose characters are rare in ordinary text: jieba's dictionary gives the
# character alone, and all its words that begin with it, a frequency below RARE_SURNAME_FREQUENCY each (傅, 宓, 逄,
# 蒯, 郦, 訾; not 水, 家, 须, 籍). Checked by a test against the dictionary. They are read after cues only: LAC is
# not run on them, which would cost more than the few names it could add.
RARE_SINGLE = word_set("surnames_rare")
RARE_SURNAME_FREQUENCY = threshold("name_parts", "rare_surname_frequency")
SINGLE = word_set("surnames_single") | RARE_SINGLE
COMPOUND = word_set("surnames_compound")
# Japanese family names (岸田, 佐佐木): a Japanese name after a position is a family name of two or three characters
# and a given name of one to three, which the Chinese readers cut (安倍晋|三) or reject (岸 is no Chinese surname).
JAPANESE = word_set("surnames_japanese")

# Characters that end a name: verbs, particles and function words that follow names in this genre.
NAME_STOP = frozenset("在就是的了和与及等一同兼任为对向从到说表指主出参深来带率赴前调听作要将已也都又还并而把被由于以会召介讲提则不没"
                      "委部局厅，。、；：:,;！？!?“”\"'（）()《》【】 \n的地得着过称"
                      "摄报道发供电讯我你他她它们当"
                      # (prepositions and adverbs after a subject that are very rare in names, under 500 times in
                      # ngender's register of names: 刘洋|给他打电话, 张伟|跟记者说, 王芳|仍在)
                      "给跟替往叫便仍只")
# Prepositions of cause that end a Chinese given name (a surname and one or two characters) where they open a cause:
# 张伟|因涉嫌, 音乐人海峰|因抑郁症 (因 is in ngender's register of names 446 times). They are no NAME_STOP: 因 is a
# frequent syllable of foreign names (施泰因迈尔, 侯赛因, 因凡蒂诺, 克莱因, 因扎吉), which the transliteration, dotted
# and unlisted readers read with NAME_STOP (review of session 17: 因 there cut them to 施泰, 侯赛 or nothing).
CAUSE_OPENERS = frozenset("因")
# Words that end a name although their characters may be given characters (王志军, 李长生, 赵长青, 云志强): a name
# stops before 同志, 先生, 书记, 强调 … as words, not before 志, 生, 长 or 强 alone.
NAME_STOP_WORDS = word_set("name_stop_words")
# Characters that end a name as its last character but are common as the first given character of a three-character
# name (李和平, 王道明, 孙来喜, 陈发明, 李会明, 吴以芳, 吴向东, 王为民, 张同兴; 李明|和王伟, 王伟|来到, 王明|会见,
# 李强|向记者, 张伟|为大家, 王明|同他们). 向, 为 and 同 are as frequent in ngender's register of names as 发 or 来
# (36,271, 20,131 and 16,767 times): without them a name such as 吴向东 was read nowhere, not even before 表示.
FIRST_GIVEN_ONLY = frozenset("和道来发会一以向为同")
# Of those, the preposition and the conjunction that take a numeral after them (陈梦|以4:2战胜, 吕小军|以379公斤夺冠,
# 李明|以3票当选; 31岁的许昕|和30岁的刘诗雯, 王伟|和3名同事): before a digit they open the margin, the score or the
# next noun phrase and do not end the name, as they may at a clause's end. Not before a date (王建和|5日表示: a name
# ending with 和 may stand before the day of its act, name_reader._opens_numeral); 来, 一 and the rest are left out.
NUMERAL_PREPOSITIONS = frozenset("以和")
# Their characters, which still never begin a name as a surname (师生, 长期).
NAME_STOP_WORD_CHARS = frozenset("志先生女士老师书记长员强")

# Mongolian and Tibetan given names, written in Chinese as fixed transliterations of their parts: 巴特尔, 斯琴 + 毕力格,
# 宝音 + 达来, 扎西 + 多吉. News of Inner Mongolia names many officials this way, with no Han surname to anchor on,
# and a surname reading cuts them (斯琴毕|力格, 宝音达|来: 来 ends a Han name). A name is read as one to three parts.
# Common transliterations, as in reference lists of Mongolian and Tibetan names; 达赖 is left out (a title).
MONGOLIAN_PARTS = word_set("name_parts_mongolian")
TIBETAN_PARTS = word_set("name_parts_tibetan")
NAME_PARTS = MONGOLIAN_PARTS | TIBETAN_PARTS

# The middle dots that join the parts of a transliterated name (桑达尔·皮查伊, 阿不都热依木·阿不都克热木); also the
# look-alikes that editors type for it: the bullet operator, the dot operator and the half-width katakana dot
# (研究员托马斯∙皮考克).
NAME_DOTS = "·・•‧∙⋅･"

# Characters of bodies and places, never of a given name: 区党委书记 is not 区党委 + 书记.
NOT_IN_NAME = frozenset("委区省市县旗盟部局厅院组会府级各全党政队站所处科办心协室副员校")


@lru_cache(maxsize=1)
def _name_char_counts() -> dict[str, int]:
    # ngender's table of how often each character occurs in a large register of names (明 442,081 times, 视 153),
    # located through the distribution's files, not imported: importing ngender loads its own model.
    table = distribution("ngender").locate_file("ngender/charfreq.csv").read_text(encoding="utf-8")
    return {row["char"]: int(row["male"]) + int(row["female"]) for row in csv.DictReader(io.StringIO(table))}


def name_char_count(char: str) -> int:
    """How often ``char`` occurs in ngender's register of names (0 for a character it never saw)."""
    return _name_char_counts().get(char, 0)
