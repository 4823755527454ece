"""Cleaning rules 5 and 6 on the shapes real posts have (bylines, openers, headlines, captions, source lines,
promotions), one table row per shape; the examples are short real-shaped regression cases, not evidence of quality
(that is ``test_cleaning_real.py``)."""

from __future__ import annotations

import pytest

from imcovid.clean import bylines, clean_document
from imcovid.clean.fields import Credit
from imcovid.config import load_config
from imcovid.readers import read_source

CONFIG = load_config()


def clean_html(body: str, title: str = "标题", with_steps: bool = False):
    raw = f"\n---\ntitle: {title}\ndate: Tue, 26 Oct 2021 15:48:43 GMT\nauthor: ZAKER\n---\n\n<div>{body}</div>\n"
    cleaned = clean_document(read_source("x.txt", raw.encode()), CONFIG)
    return (cleaned.fields, cleaned.steps) if with_steps else cleaned.fields


def reporters(*names: str, role: str = "reporter") -> list[dict]:
    return [{"role": role, "name": n} for n in names]


# (body, expected text, expected credits, expected original_sources)
BYLINE_CASES = {
    "closing byline, names split at the source's spaces": (
        "<p>新增24例确诊病例。（总台记者修治国 金建军 包武林）</p>", "新增24例确诊病例。",
        reporters("修治国", "金建军", "包武林"), ["中央广播电视总台"]),
    "closing byline of the CCTV brand": (
        "<p>正文。</p><p>（总台央视记者 史迎春 刘婷玉）</p>", "正文。", reporters("史迎春", "刘婷玉"), ["央视"]),
    "closing names alone in brackets, on their own line": (
        "<p>正文。</p><p>（孙乐琪 刘苏雅）</p>", "正文。", reporters("孙乐琪", "刘苏雅"), []),
    "closing names alone after a sentence": (
        "<p>正文。（孙乐琪 刘苏雅）</p>", "正文。", reporters("孙乐琪", "刘苏雅"), []),
    "a bracketed phrase that is not a byline stays": (
        "<p>召开发布会（第四场 现场）</p>", "召开发布会（第四场现场）", [], []),
    "leading byline in 【】 glued to the first sentence": (
        "<p>【文/观察者网 齐倩】俄罗斯总统此次受邀来华。</p><p>正文。</p>", "俄罗斯总统此次受邀来华。\n正文。",
        reporters("齐倩", role="author"), ["观察者网"]),
    "leading byline in 【】 of two writers, a space before the bracket closes": (
        "<p>【文/观察者网 王恺雯、陈思佳 】“这位前总统散布了谎言。”</p>", "“这位前总统散布了谎言。”",
        reporters("王恺雯", "陈思佳", role="author"), ["观察者网"]),
    "a telegraph's 【】 headline glued to its text stays (no role word)": (
        "<p>【新华社快讯】国务院联防联控机制发布通知。</p>", "【新华社快讯】国务院联防联控机制发布通知。", [], []),
    "leading byline line with a modifier before the role": (
        "<p>澎湃新闻高级记者 朱奕奕</p><p>正文。</p>", "正文。", reporters("朱奕奕"), ["澎湃新闻"]),
    "closing byline line of a newspaper": (
        "<p>正文。</p><p>新京报记者 戴轩</p><p>责任编辑：李墨轩</p>", "正文。",
        [*reporters("戴轩"), *reporters("李墨轩", role="editor")], ["新京报"]),
    "writer's byline in 【】": (
        "<p>【文/观察者网 周弋博】</p><p>正文。</p>", "正文。", reporters("周弋博", role="author"), ["观察者网"]),
    "byline with reporter and correspondent": (
        "<p>正文。</p><p>文/北京青年报记者 李泽伟 通讯员 单艺伟</p><p>编辑/高艳</p>", "正文。",
        [*reporters("李泽伟", "单艺伟"), *reporters("高艳", role="editor")], ["北京青年报"]),
    "glued byline: outlet repeated before the next role, editor glued after a name": (
        "<p>文｜南方周末记者 庞礴南方周末实习生 吕惠 张校毓责任编辑｜谭畅</p><p>正文。</p>", "正文。",
        [*reporters("庞礴", "吕惠", "张校毓"), *reporters("谭畅", role="editor")], ["南方周末"]),
    "writer's role then a reporter's byline": (
        "<p>正文。</p><p>撰文 | 潇湘晨报记者柴归</p>", "正文。", reporters("柴归"), ["潇湘晨报"]),
    "editor with an affiliation: not a source": (
        "<p>正文。</p><p>沈阳日报社新媒体中心（沈阳网）编辑 逄菲</p>", "正文。", reporters("逄菲", role="editor"), []),
    "editor with Sina's staff code": (
        "<p>正文。</p><p>责任编辑：刘万里 SF014</p>", "正文。", reporters("刘万里", role="editor"), []),
    "workflow editor known only by an id: the line goes, no person is credited (tests/test_ux_s20.py)": (
        "<p>正文。</p><p>流程编辑：u008</p>", "正文。", [], []),
    "writer's, compiler's and sign-off credits": (
        "<p>正文。</p><p>撰稿：张晓明</p><p>采写：王建国</p><p>校对：赵强 签发：钱进</p>", "正文。",
        [*reporters("张晓明", role="author"), *reporters("王建国"),
         *reporters("赵强", role="proofreader"), *reporters("钱进", role="editor")], []),
    "names with their part after a slash": (
        "<p>正文。</p><p>张晓明/文 李建国/图</p>", "正文。",
        [*reporters("张晓明", role="author"), *reporters("李建国", role="photographer")], []),
    "prose words that are roles only before a colon": (
        "<p>正文。</p><p>视频：张晓明</p><p>整理｜李建国</p><p>海报设计：王丽</p>", "正文。",
        [*reporters("张晓明", role="photographer"), *reporters("李建国", role="author"), *reporters("王丽", role="editor")],
        []),
    "a writer's affiliation after the name": (
        "<p>正文。</p><p>（作者：张晓明，系某某大学教授）</p>", "正文。", reporters("张晓明", role="author"), []),
    "byline after a paper's own dateline leaves, the dateline stays": (
        "<p>本报北京3月1日电 （记者张晓明）会议召开。</p>", "本报北京3月1日电会议召开。", reporters("张晓明"), []),
    "an intern reporter: 实习 is no outlet": ("<p>正文。</p><p>实习记者 张晓明</p>", "正文。", reporters("张晓明"), []),
    "a role glued to the name, then the place reported from, on its own line": (
        "<p>记者张晓明 北京报道</p><p>正文。</p>", "正文。", reporters("张晓明"), []),
    "a reporter's note glued to its role word stays prose": (
        "<p>记者手记</p><p>正文。</p>", "记者手记\n正文。", [], []),
    "a photo credit on its own line": (
        "<p>正文。</p><p>记者 张晓明 摄</p>", "正文。", reporters("张晓明", role="photographer"), []),
    "correspondents' names before the parts of the work (文/图)": (
        "<p>正文。</p><p>通讯员 张晓明 李建国  文/图</p>", "正文。", reporters("张晓明", "李建国"), []),
    "a bullet, then 文 glued to the outlet and the writer": (
        "<p>►文某某观察网张晓明</p><p>正文。</p>", "正文。", reporters("张晓明", role="author"), ["某某观察网"]),
    "the writer after 文丨, then an editor": (
        "<p>正文。</p><p>文丨某某日报 张晓明 编辑丨李建国</p>", "正文。",
        [*reporters("张晓明", role="author"), *reporters("李建国", role="editor")], ["某某日报"]),
    "a ◎ bullet before a byline": ("<p>◎记者 张晓明</p><p>正文。</p>", "正文。", reporters("张晓明"), []),
    "reviewers by their round (二审, 三审)": (
        "<p>正文。</p><p>编辑 张晓明 二审 李建国 三审 王丽</p>", "正文。", reporters("张晓明", "李建国", "王丽", role="editor"), []),
    "a first-instance judgment in prose stays": ("<p>法院一审判决驳回原告诉讼请求。</p>", "法院一审判决驳回原告诉讼请求。", [], []),
    "an editor's pen name with a letter": ("<p>正文。</p><p>责任编辑：上方文Q</p>", "正文。", reporters("上方文Q", role="editor"), []),
    "本文 before the writer's role is no outlet": ("<p>正文。</p><p>本文作者：王晓波</p>", "正文。", reporters("王晓波", role="author"), []),
    "制作 is a role before a colon": (
        "<p>正文。</p><p>监制：王晓波 制作：李明</p>", "正文。", reporters("王晓波", "李明", role="editor"), []),
    "a financial outlet before the writer": (
        "<p>正文。</p><p>文 | 某某财经 张晓明</p>", "正文。", reporters("张晓明", role="author"), ["某某财经"]),
    "outlet's 讯 opener with credits up to 报道：": (
        "<p>羊城晚报讯 记者严艺文、通讯员交通宣报道：3月19日，广州发布消息。</p>", "3月19日，广州发布消息。",
        reporters("严艺文", "交通宣"), ["羊城晚报"]),
    "outlet's 讯 opener with its credits in 【】": (
        "<p>某某报讯【记者 张晓明】1月11日，某地发布消息。</p>", "1月11日，某地发布消息。", reporters("张晓明"), ["某某报"]),
    "a word ending in 讯 before a bracket of no credits is no opener": (
        "<p>防疫资讯【每日更新】1月21日，某地发布消息。</p>", "防疫资讯【每日更新】1月21日，某地发布消息。", [], []),
    "outlet's 讯 opener alone": (
        "<p>新快报讯 2 月 19 日 0 — 24 时，新增确诊病例 195 例。</p>", "2月19日0—24时，新增确诊病例195例。", [], ["新快报"]),
    "leading bracketed byline with a contributor's institution": (
        "<p>（某某时报记者 张晓明 某某大学医院管理研究所 李建国）11月20日下午，排行榜发布。</p>", "11月20日下午，排行榜发布。",
        reporters("张晓明", "李建国"), ["某某时报"]),
    "leading bracketed byline with the outlet": (
        "<p>（健康时报 刘晓旭 孙宝光）距离春节还有 4 天。</p>", "距离春节还有4天。", reporters("刘晓旭", "孙宝光"),
        ["健康时报"]),
    "byline after a dateline leaves, the dateline stays": (
        "<p>央广网珠海2月18日消息（记者 夏燕）记者从珠海机场获悉，航班取消。</p>",
        "央广网珠海2月18日消息记者从珠海机场获悉，航班取消。", reporters("夏燕"), ["央广网"]),
    "agency dateline stays in the text, its outlet is a source": (
        "<p>财联社3月13日电，今天下午召开发布会。</p>", "财联社3月13日电，今天下午召开发布会。", [], ["财联社"]),
    "outlet of a dateline goes on over 客户端, not into the place": (
        "<p>新华社客户端济南4月8日电(记者贾云鹏)4月7日中午，货车驶入。</p>", "新华社客户端济南4月8日电4月7日中午，货车驶入。",
        reporters("贾云鹏"), ["新华社客户端"]),
    "an outlet alone in brackets closing the text is its source": (
        "<p>正文。</p><p>（某某广播电视台新闻网）</p>", "正文。", [], ["某某广播电视台新闻网"]),
    "an outlet alone in brackets after the last sentence": (
        "<p>正文。（某某日报客户端）</p>", "正文。", [], ["某某日报客户端"]),
    "a bracketed byline closing a paragraph inside a compilation": (
        "<p>第一条消息。（总台记者 张晓明）</p><p>第二条消息。（记者 李晓红）</p><p>第三条。</p>",
        "第一条消息。\n第二条消息。\n第三条。", reporters("张晓明", "李晓红"), ["中央广播电视总台"]),
    "a video credit after a slash": ("<p>正文。</p><p>视频/张晓明</p>", "正文。", reporters("张晓明", role="photographer"), []),
    "an anchor's and a layout credit": ("<p>正文。</p><p>主播：张晓明 排版：李晓红</p>", "正文。",
                                       reporters("张晓明", "李晓红", role="editor"), []),
    "an editor's rank in brackets after the name": ("<p>正文。</p><p>编辑：张晓明（实习）</p>", "正文。",
                                                   reporters("张晓明", role="editor"), []),
    "an editor's staff code after an underscore": ("<p>正文。</p><p>责任编辑：张晓明_NB12345</p>", "正文。",
                                                  reporters("张晓明", role="editor"), []),
    "a contributing writer": ("<p>正文。</p><p>特约撰稿人 张晓明</p>", "正文。", reporters("张晓明", role="author"), []),
    "an outlet's opener in brackets": ("<p>（某某网讯）某市是著名的旅游城市。</p>", "某市是著名的旅游城市。", [], ["某某网"]),
    "a bracketed note that names no outlet stays": ("<p>正文。</p><p>（注：数据截至昨日）</p>", "正文。\n（注：数据截至昨日）",
                                                   [], []),
    # an agency's end mark closing the text is not text, on its own line or after the last sentence
    "the end mark on its own line": ("<p>正文。</p><p>（完）</p>", "正文。", [], []),
    "the end mark after the last sentence": ("<p>正文。(完)</p>", "正文。", [], []),
    "names alone in brackets after a dateline are its reporters": (
        "<p>中新网安徽阜阳 2 月 7 日电 ( 吴兰 张续亮 ) 安徽阜阳是劳务输出地。</p>", "中新网安徽阜阳2月7日电安徽阜阳是劳务输出地。",
        reporters("吴兰", "张续亮"), ["中新网"]),
    "an outlet's opener in brackets with a space before 讯": ("<p>（观察者网 讯）7月11日晚间，公司宣布。</p>",
                                                             "7月11日晚间，公司宣布。", [], ["观察者网"]),
    "a caption with its photographer where the picture is gone": (
        "<p>20 世纪 90 年代，务工人员在火车站前排队进站。张续亮摄</p><p>正文。</p>", "正文。",
        reporters("张续亮", role="photographer"), []),
    "names alone before 摄 credit the photographers": ("<p>正文。</p><p>张晓明 李晓红 摄</p>", "正文。",
                                                    reporters("张晓明", "李晓红", role="photographer"), []),
    "a picture's credit after 图/ with no picture above": ("<p>正文。</p><p>图/张晓明</p>", "正文。",
                                                         reporters("张晓明", role="photographer"), []),
    "role words spaced out in a layout": ("<p>正文。</p><p>编 辑：张晓明 监 制：李晓红</p>", "正文。",
                                          reporters("张晓明", "李晓红", role="editor"), []),
    "the writer's workplace in brackets after the name": ("<p>正文。</p><p>作者：张晓明（单位：某某大学）</p>", "正文。",
                                                         reporters("张晓明", role="author"), []),
    "a picture's credit among the text credits is no name": ("<p>正文。</p><p>文字：张晓明 图片：李晓红 审读：王晓东</p>",
                                                            "正文。", [*reporters("张晓明", role="author"),
                                                                      *reporters("李晓红", role="photographer"),
                                                                      *reporters("王晓东", role="editor")], []),
    "a role word in brackets as a label": ("<p>正文。</p><p>【作者】张晓明</p>", "正文。", reporters("张晓明", role="author"), []),
    "a picture credited to no one by name after the writer": ("<p>正文。</p><p>文/本报记者 张晓明 图/受访者提供</p>", "正文。",
                                                         reporters("张晓明"), []),
    "a narrator's and a designer's credit": ("<p>正文。</p><p>口述：张晓明 视觉：李晓红</p>", "正文。",
                                            [*reporters("张晓明", role="author"), *reporters("李晓红", role="editor")], []),
    "a bracketed byline closing the last paragraph, the outlet spaced from the role": (
        "<p>正文。</p><p>取整即为100～300的估计。（某某时报 记者 张晓明 李晓红）</p>", "正文。\n取整即为100～300的估计。",
        reporters("张晓明", "李晓红"), ["某某时报"]),
    "one full name alone in brackets closing the text": ("<p>正文。</p><p>数将超27万。</p><p>（张晓明）</p>",
                                                        "正文。\n数将超27万。", reporters("张晓明"), []),
    "who handed the pictures in, named by a role, closing the text": (
        "<p>正文。</p><p><img src=\"http://a.cn/1.jpg\"></p><p>后文。</p><p>采写：记者 张晓明</p><p>图片：通讯员供图</p>",
        "正文。\n后文。", reporters("张晓明"), []),
    "a widget's count left alone at the end": ("<p>1</p><p>正文。</p><p>责任编辑：张晓明</p><p>12</p>", "1\n正文。",
                                                reporters("张晓明", role="editor"), []),
    "the text's own closing mark in brackets is no name": ("<p>正文。</p><p>（全文完）</p>", "正文。\n（全文完）", [], []),
    "a heading that introduces a transcript stays": ("<p>正文。</p><p>以下为发布会文字实录：</p><p>后文。</p>",
                                                     "正文。\n以下为发布会文字实录：\n后文。", [], []),
    "credits with a lost separator between them (a ? of damage)": (
        "<p>正文。</p><p>主播：张晓明?剪辑：李晓红</p>", "正文。", reporters("张晓明", "李晓红", role="editor"), []),
    "a line of two words before 摄 that is prose stays": ("<p>正文。</p><p>无人机航拍摄</p>", "正文。\n无人机航拍摄", [], []),
    # 财联社's opener: the place and the credits in brackets before 讯 (real-14's development posts).
    "an outlet, its place and credits in brackets, then 讯": ("<p>某某社（北京，记者张晓明）讯，公司发布公告。</p>",
                                                          "公司发布公告。", reporters("张晓明"), ["某某社"]),
    "the same with spaces and an editor": ("<p>某某社（上海 编辑 李晓红）讯，央行宣布加息。</p>", "央行宣布加息。",
                                         reporters("李晓红", role="editor"), ["某某社"]),
    "a journal's name in 《》 before the bracket": ("<p>《某某日报》（上海，实习记者 张晓明）讯，企业抛出方案。</p>",
                                                  "企业抛出方案。", reporters("张晓明"), ["某某日报"]),
    "a colon after the opener leaves with it": ("<p>某某社（北京，记者张晓明）讯：公司发布公告。</p>", "公司发布公告。",
                                              reporters("张晓明"), ["某某社"]),
    "no outlet before the bracket: a place or a person stays": ("<p>北京（记者张晓明）讯，公司发布公告。</p>",
                                                               "北京（记者张晓明）讯，公司发布公告。", [], []),
    "a bracket before 讯 that holds no credits stays": ("<p>某某社（北京）讯，公司发布公告。</p>",
                                                     "某某社（北京）讯，公司发布公告。", [], []),
}


@pytest.mark.parametrize("case", BYLINE_CASES, ids=list(BYLINE_CASES))
def test_bylines_move_to_credits(case):
    body, text, credits, sources = BYLINE_CASES[case]
    fields = clean_html(body)
    assert (fields["text"], fields["credits"], fields["original_sources"]) == (text, credits, sources)


SOURCE_CASES = {
    "an outlet's sign-off that it compiled the report": ("<p>正文。</p><p>某某商报综合</p>", ["某某商报"], []),
    "two outlets in one source line": ("<p>正文。</p><p>来源：央视新闻、西安发布</p>", ["央视新闻", "西安发布"], []),
    "source line with a reporter after it": (
        "<p>正文。</p><p>来源：北京日报客户端 | 记者 孙乐琪</p>", ["北京日报客户端"], reporters("孙乐琪")),
    "channel words dropped from the outlet": ("<p>来源： 海口发布微信公众号</p><p>正文。</p>", ["海口发布"], []),
    "a writer after the outlet, past a comma": (
        "<p>正文。</p><p>来源：某某日报，作者：张晓明</p>", ["某某日报"], reporters("张晓明", role="author")),
    "an account's id is not its name": ("<p>正文。</p><p>来源：某某发布（ID：moumou）</p>", ["某某发布"], []),
    "a source line after a bullet": ("<p>正文。</p><p>▌来源：某某日报</p>", ["某某日报"], []),
    "本文来自 a WeChat account named in quotes": ("<p>正文。</p><p>（本文来自微信公众号“某某发布”）</p>", ["某某发布"], []),
    "转自 line": ("<p>本文转自【兰州发布】；</p><p>正文。</p>", ["兰州发布"], []),
    "信息来自 note": ("<p>正文。</p><p>（信息来自国家卫生健康委员会官方网站。）</p>", ["国家卫生健康委员会官方网站"], []),
    "a source line outranks a byline's outlet": (
        "<p>正文。</p><p>(总台记者 陈惠婷 韩宇皓)</p><p>来源：央视新闻客户端</p>", ["央视新闻客户端"],
        reporters("陈惠婷", "韩宇皓")),
    "opening attribution": ("<p>据国家卫健委官网11月3日消息，新增确诊病例。</p>", ["国家卫健委官网"], []),
    "an account that published what the report relays": ("<p>8月3日，@某某日报发布通知。</p>", ["某某日报"], []),
    "a site's dateline keeps 网站": ("<p>国家卫健委网站8月1日消息：新增病例。</p>", ["国家卫健委网站"], []),
    "opening attribution to a Weibo account": ("<p>据@陕西发布 ：西安#雁塔区#调整为低风险地区。</p>", ["陕西发布"], []),
    "a channel's own bulletin opening the text": ("<p>国家卫生健康委网站3月12日通报，新增病例。</p>", ["国家卫生健康委网站"], []),
    "round-up compiled from accounts: @ and 等 dropped": (
        "<p>正文。</p><p>内容综合：甲市卫生健康委员会官方网站、@乙市发布、@丙日报等</p>",
        ["甲市卫生健康委员会官方网站", "乙市发布", "丙日报"], []),
    "综合自 line": ("<p>正文。</p><p>综合自：新华社、人民网</p>", ["新华社", "人民网"], []),
    # (s19b: one reading of compiler lines, bylines.compiler_line: the compiler and the outlets it lists)
    "an outlet's own line naming what it compiled from: the compiler and what it lists are the sources": (
        "<p>正文。</p><p>某某经济新闻综合自新华社、人民网</p>", ["某某经济新闻", "新华社", "人民网"], []),
    "综合自己 in prose stays": ("<p>他说综合自己的经验，病例增加。</p>", [], []),
    "据 later in the text is a data point, not the article's source": (
        "<p>西安疫情让生活遇到困难。据国家卫健委统计，新增病例。</p>", [], []),
}


@pytest.mark.parametrize("case", SOURCE_CASES, ids=list(SOURCE_CASES))
def test_source_lines_and_attributions(case):
    body, sources, credits = SOURCE_CASES[case]
    fields = clean_html(body)
    assert fields["text"].endswith("。") or "低风险" in fields["text"]
    assert "来源" not in fields["text"] and "转自" not in fields["text"] and "信息来自" not in fields["text"]
    assert (fields["original_sources"], fields["credits"]) == (sources, credits)


PROMOTION_CASES = {
    "reading-time widget": ("<p>全文共2408字，阅读大约需要6分钟</p><p>正文。</p>", [], None),
    "app promotion with the outlet": (
        "<p>正文。</p><p>(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)</p>", ["澎湃新闻"], None),
    "reporter hot-line promotion": ("<p>正文。</p><p>找记者、求报道、求帮助，各大应用市场下载“齐鲁壹点”APP</p>", [], None),
    "app teaser": ("<p>正文。</p><p>打开网易新闻查看更多图片</p>", [], None),
    "citation instruction of the source: a rights notice, its site a source": (
        '<p>正文。</p><p>（注：媒体引用时，请标注"信息来自某某委员会官方网站"。）</p>', ["某某委员会官方网站"],
        '（注：媒体引用时，请标注"信息来自某某委员会官方网站"。）'),
    "invitation to get more from the app": ("<p>正文。</p><p>欢迎下载某某新闻APP，获取更多资讯</p>", [], None),
    "invitation to follow an account": ("<p>正文。</p><p>想了解更多精彩内容，快来关注某某发布</p>", [], None),
    "WeChat closing widgets one word a line": ("<p>正文。</p><p>点亮赞</p><p>和在看</p><p>告诉更多人</p>", [], None),
    "a digest's link to each full story": ("<p>正文。</p><p>详细>>></p>", [], None),
    "WeChat closing widgets": ("<p>正文。</p><p>点赞、在看、转发，都是对我们的支持</p><p>— END —</p><p>往期回顾</p>", [], None),
    "tip hot-line: a rights notice": ("<p>正文。</p><p>新闻热线：0471-1234567</p>", [], "新闻热线：0471-1234567"),
    "reprint by permission": ("<p>正文。</p><p>如需转载请与我们联系</p>", [], "如需转载请与我们联系"),
    "investment disclaimer": ("<p>正文。</p><p>风险提示：市场有风险，投资需谨慎。</p>", [], "风险提示：市场有风险，投资需谨慎。"),
    "source named in a rights notice": (
        "<p>正文。</p><p>本文来源于某某日报，版权归原作者所有</p>", ["某某日报"], "本文来源于某某日报，版权归原作者所有"),
    "invitation to follow a channel opening its line": (
        "<p>正文。</p><p>关注某某经纬微信公众号（微信搜索“某某经纬”），看更多精彩财经资讯。</p>", [], None),
    "a topic page's link and an app invitation without quotes": (
        "<p>正文。</p><p>点击进入专题：某某疫情防控</p><p>专题：聚焦某某疫情</p><p>下载某某报APP</p>", [], None),
    "links to further reading": ("<p>正文。</p><p>【延伸阅读】</p><p>相关阅读：某某事件</p>", [], None),
    "a platform's note that a post is its author's own": (
        "<p>正文。</p><p>本文为某某号作者原创，不代表某某号立场</p>", [], "本文为某某号作者原创，不代表某某号立场"),
    "a repost's disclaimer of the platform's view": (
        "<p>正文。</p><p>本文系转载，不代表本站立场。</p>", [], "本文系转载，不代表本站立场。"),
    "first publication and reprint terms": (
        "<p>正文。</p><p>本文首发于南方周末 未经授权 不得转载</p>", ["南方周末"], "本文首发于南方周末未经授权不得转载"),
}


@pytest.mark.parametrize("case", PROMOTION_CASES, ids=list(PROMOTION_CASES))
def test_promotions_and_rights_leave_the_text(case):
    body, sources, rights = PROMOTION_CASES[case]
    fields = clean_html(body)
    assert fields["text"] == "正文。"
    assert fields["original_sources"] == sources
    assert fields["rights_statement"] == rights


IMG = '<p><img src="http://a.cn/1.jpg"></p>'
# (line after an image, caption, credit, credits)
CAPTION_CASES = {
    "caption and credit split at the space": (
        "12月21日，西安市民排队准备进行核酸检测 图源：视觉中国", "12月21日，西安市民排队准备进行核酸检测", "图源：视觉中国", []),
    "caption and credit split after the sentence": (
        "国新办举行新闻发布会。来源：国新网", "国新办举行新闻发布会。", "来源：国新网", []),
    "bracketed picture credit": ("航拍吉林农业科技学院。 （视觉中国/图）", "航拍吉林农业科技学院。", "（视觉中国/图）", []),
    "bracketed handout credit": ("珠海机场值机口（央广网发 珠海机场供图）", "珠海机场值机口", "（央广网发珠海机场供图）", []),
    "photographer after a space": (
        "春运期间的北京南站 牛宏超 / 摄", "春运期间的北京南站", "牛宏超/摄", reporters("牛宏超", role="photographer")),
    "photographer glued to the caption": (
        "丰台区进行全员核酸检测，朱连杰 / 摄", "丰台区进行全员核酸检测", "朱连杰/摄", reporters("朱连杰", role="photographer")),
    "credit alone": ("新华社资料图", None, "新华社资料图", []),
    "picture from an account, no colon": ("图据某区官方微信", None, "图据某区官方微信", []),
    "picture taken from the web": ("图片来自网络", None, "图片来自网络", []),
    "picture agency alone in brackets after the caption": (
        "某市“猎鹰号”实验室。（视觉中国）", "某市“猎鹰号”实验室。", "（视觉中国）", []),
    "a picture given by someone": ("图片由受访者提供", None, "图片由受访者提供", []),
    "a screenshot's source": ("截图自某某发布", None, "截图自某某发布", []),
    "a source and 图 after a space": ("某某发布 图", None, "某某发布图", []),
    "an agency's release alone": ("新华社发", None, "新华社发", []),
    "credit after a bar": ("图｜张晓明", None, "图｜张晓明", []),
    "credit after a slash closing the caption": ("工作人员在采样。图/IC photo", "工作人员在采样。", "图/IC photo", []),
    "a handout credit names the photographer, not 供图": (
        "通讯员 张晓明 供图", None, None, reporters("张晓明", role="photographer")),
    "a bracketed kind of picture": ("（资料图）", "（资料图）", None, []),
    "picture from, after the caption and a space": ("某某岛 图自某某旅游区网站", "某某岛", "图自某某旅游区网站", []),
    "a bracketed source closing the caption": (
        "某某主持召开视频调度会议（来源：某某广播电视台新闻频道）", "某某主持召开视频调度会议", "（来源：某某广播电视台新闻频道）", []),
    "a line naming the picture": ("西安“一码通”故障截图", "西安“一码通”故障截图", None, []),
}


@pytest.mark.parametrize("case", CAPTION_CASES, ids=list(CAPTION_CASES))
def test_caption_after_an_image_goes_to_the_image(case):
    line, caption, credit, credits = CAPTION_CASES[case]
    fields = clean_html(f"<p>正文。</p>{IMG}<p>{line}</p><p>后文。</p>")
    assert fields["text"] == "正文。\n后文。"
    assert fields["images"] == [{"url": "http://a.cn/1.jpg", "caption": caption, "credit": credit}]
    assert fields["credits"] == credits


@pytest.mark.parametrize("line", ["近期", "疫情形势越是严峻", "关键词二：社会面防控", "21日，@央广网 发文评论称，系统故障。"])
def test_short_lines_and_prose_after_an_image_stay_text(line):
    fields = clean_html(f"<p>正文。</p>{IMG}<p>{line}</p>")
    assert fields["text"].split("\n")[-1] == clean_html(f"<p>{line}</p>")["text"]
    assert fields["images"][0]["caption"] is None


def test_headline_repeating_the_title_is_dropped_and_counted():
    title = "11日8时至12日8时河南安阳新增病例39例 累计确诊123例"
    fields, steps = clean_html("<p>【11日8时至12日8时河南安阳新增病例39例累计确诊123例】财联社1月12日电，安阳市新增病例39例。</p>",
                               title, with_steps=True)
    assert fields["text"] == "财联社1月12日电，安阳市新增病例39例。"
    assert steps["drop_title_repeat"] == 1


def test_an_agency_headline_after_the_dateline_repeating_the_title_is_dropped():
    fields = clean_html("<p>中新网上海5月12日电 题：疫情下的社区工作者：他们也需要“树洞”</p><p>正文。</p>",
                        "(上海战疫录)疫情下的社区工作者：他们也需要_树洞_")
    assert fields["text"] == "中新网上海5月12日电\n正文。"


def test_a_video_players_label_and_duration_are_dropped():
    fields = clean_html("<p>医护人员转移师生。</p><p>，时长</p><p>00:16</p><p>正文。</p><p>08:00</p>")
    assert fields["text"] == "医护人员转移师生。\n正文。\n08:00"


def test_a_compiled_reports_sources_leave_the_text():
    fields = clean_html("<p>正文。</p><p>（观察者网综合自财经网、国是直通车、北京头条、中青报客户端）</p>")
    assert fields["text"] == "正文。"
    assert fields["original_sources"] == ["财经网", "国是直通车", "北京头条", "中青报客户端"]


def test_a_long_centred_caption_that_says_what_the_picture_shows():
    fields = clean_html(f'<p>正文。</p>{IMG}<p align="center"><span>全台目前累计251.9万人次施打疫苗，覆盖率约10.5%，'
                        f'接种点排起长队，民众等待多时。</span><span>（图为疫苗接种现场/澎湃影像）</span></p><p>后文。</p>')
    assert fields["text"] == "正文。\n后文。"
    assert fields["images"][0]["caption"] == "全台目前累计251.9万人次施打疫苗，覆盖率约10.5%，接种点排起长队，民众等待多时。图为疫苗接种现场"
    assert fields["images"][0]["credit"] == "澎湃影像"


def test_headline_with_hashtags_repeating_the_title_is_dropped():
    fields = clean_html("<p>【1月23日起 #西安雁塔区全域调整为低风险#】 据@陕西发布 ：西安#雁塔区#调整。</p>",
                        "1月23日起 西安雁塔区全域调整为低风险")
    assert fields["text"] == "据@陕西发布：西安#雁塔区#调整。"


def test_a_one_line_telegraph_keeps_its_headline():
    fields = clean_html("<p>【西安新增病例】</p>", "西安新增病例")
    assert fields["text"] == "【西安新增病例】"


def test_a_different_headline_stays():
    fields = clean_html("<p>【通告】三亚市发布通告。</p>", "海南三亚新增一例无症状感染者")
    assert fields["text"] == "【通告】三亚市发布通告。"


def test_first_line_equal_to_the_title_is_dropped():
    fields, steps = clean_html("<p>西安全市封闭管理</p><p>正文。</p>", "西安全市封闭管理", with_steps=True)
    assert fields["text"] == "正文。" and steps["drop_title_repeat"] == 1


def test_moved_lines_are_counted_in_the_steps():
    _, steps = clean_html("<p>羊城晚报讯 记者严艺文报道：正文。</p><p>来源：央视新闻</p><p>（孙乐琪 刘苏雅）</p>", with_steps=True)
    assert steps["move_credits"] == 2 and steps["move_source_lines"] == 1


PARSE_CASES = [
    ("（总台记者 修治国 金建军）", True, [("reporter", "修治国"), ("reporter", "金建军")], ("中央广播电视总台",)),
    ("记者张三通讯员李四", True, [("reporter", "张三"), ("reporter", "李四")], ()),
    ("责任编辑：王珊珊", True, [("editor", "王珊珊")], ()),
    ("（责编：温文）", True, [("editor", "温文")], ()),
    ("（孙乐琪 刘苏雅）", False, [("reporter", "孙乐琪"), ("reporter", "刘苏雅")], ()),
    ("（孙乐琪 刘苏雅）", True, None, None),
    ("（黄珊）", False, None, None),
    ("记者从珠海机场获悉，根据民航要求", True, None, None),
    ("新华社资料图", True, None, None),
    ("文化部门要求加强", True, None, None),  # 文 that begins a word is no writer's lead
    ("文明网站建设", True, None, None),
    # the place reported from before 报道 is no name; a name before a spaced 报道 stays one
    ("潇湘晨报记者 张三 长沙报道", True, [("reporter", "张三")], ("潇湘晨报",)),
    ("央视记者 张三 报道", True, [("reporter", "张三")], ("央视",)),
    # where the report was sent from after the name (发自北京) is no name; the parts of the work after the names
    ("记者 张晓明 发自北京", True, [("reporter", "张晓明")], ()),
    ("记者 张晓明  通讯员 李晓红 文摄", True, [("reporter", "张晓明"), ("reporter", "李晓红")], ()),
    ("记者 张晓明 文/摄", True, [("reporter", "张晓明")], ()),
    # the outlet named again before the next role; a source named after the credits
    # (session 19: 每经 is the short name of 每日经济新闻, data/cleaning_outlets.tsv alias)
    ("每经记者 张三 每经编辑 李四", True, [("reporter", "张三"), ("editor", "李四")], ("每日经济新闻",)),
    ("作者：张三 来源：人民日报", True, [("author", "张三")], ("人民日报",)),
    # an outlet spaced from the role that follows it
    ("（某某时报 记者 张晓明 李晓红）", True, [("reporter", "张晓明"), ("reporter", "李晓红")], ("某某时报",)),
    ("某某新闻 记者 张晓明", True, [("reporter", "张晓明")], ("某某新闻",)),
    ("以下为 记者 张晓明", True, None, None),  # (no outlet before the role: not a byline)
    # a line ending in a colon introduces what follows (文字 of 文字实录 is no role)
    ("以下为发布会文字实录：", True, None, None),
    ("以下为问答全文：", True, None, None),
    # 报道 and a colon close a byline: no name (not 张三报道, not 报道); a credit's own colon at its end is no lead-in
    ("某某社记者 张晓明 报道：", True, [("reporter", "张晓明")], ("某某社",)),
    ("记者张晓明报道：", True, [("reporter", "张晓明")], ()),
    ("作者：张晓明：", True, [("author", "张晓明")], ()),
    # an outlet's short name glued to the role after a colon role (南都 is 南方都市报's)
    ("采写：南都记者 张晓明 通讯员 李晓红", True, [("reporter", "张晓明"), ("reporter", "李晓红")], ("南方都市报",)),
]


@pytest.mark.parametrize("text, require_role, credits, outlets", PARSE_CASES)
def test_parse_byline(text, require_role, credits, outlets):
    found = bylines.parse_byline(text, require_role=require_role)
    if credits is None:
        assert found is None
    else:
        assert [(c.role, c.name) for c in found.credits] == credits and found.outlets == outlets


def test_word_lists_load_and_are_checked():
    t = bylines.tables()
    assert t.roles["责任编辑"] == "editor" and t.aliases["总台"] == "中央广播电视总台"
    assert bylines.outlet_name("内蒙古日报微信公众号") == "内蒙古日报"
    assert Credit("reporter", "章奎") in bylines.parse_byline("（内蒙古日报社融媒体记者 章奎）").credits


@pytest.mark.parametrize("line", ["编辑部通知", "记者手记", "记者：请问下一步的防控重点是什么？",
                                  "省长视频调度指导"])  # (视频 is no role word: a heading of the text)
def test_prose_opening_with_a_role_word_stays(line):
    assert clean_html(f"<p>正文。</p><p>{line}</p><p>后文。</p>")["text"] == f"正文。\n{line}\n后文。"


GENRE_CASES = {
    "a paper naming itself is no outlet": (
        "<p>本报讯（记者 张三）今天上午召开会议。</p>", "今天上午召开会议。", reporters("张三"), []),
    "closing 报道 is not a name": ("<p>正文。（记者 张三、李四报道）</p>", "正文。", reporters("张三", "李四"), []),
    "review and planning credits": (
        "<p>正文。</p><p>策划：王五 统筹：赵六 审核：钱七</p>", "正文。", reporters("王五", "赵六", "钱七", role="editor"), []),
    "text and pictures by one writer": ("<p>文/图 张三</p><p>正文。</p>", "正文。", reporters("张三", role="author"), []),
    "a compiled report names its outlets": (
        "<p>综合新华社、央视新闻报道，会议召开。</p>", "综合新华社、央视新闻报道，会议召开。", [], ["新华社", "央视新闻"]),
    "本文来源 and 供稿 lines": (
        "<p>正文。</p><p>本文来源：正北方网</p><p>供稿：阿拉善盟卫健委</p>", "正文。", [], ["正北方网", "阿拉善盟卫健委"]),
    "转自 without 本文": ("<p>转自：今日阿拉善</p><p>正文。</p>", "正文。", [], ["今日阿拉善"]),
}


@pytest.mark.parametrize("case", GENRE_CASES, ids=list(GENRE_CASES))
def test_genre_shapes(case):
    body, text, credits, sources = GENRE_CASES[case]
    fields = clean_html(body)
    assert (fields["text"], fields["credits"], fields["original_sources"]) == (text, credits, sources)


def test_credit_block_of_a_wechat_post():
    fields = clean_html("<p>正文。</p><p>作者丨中国三农发布评论员 常瑞民</p><p>编辑丨康轩山</p><p>视频剪辑丨赵瑞韬</p>"
                        "<p>主编 | 蒋琳</p>")
    assert fields["text"] == "正文。"
    assert fields["credits"] == [*reporters("常瑞民", role="author"), *reporters("康轩山", "赵瑞韬", "蒋琳", role="editor")]
    assert fields["original_sources"] == ["中国三农发布"]


def test_a_pictures_source_among_the_closing_credits_credits_the_pictures():
    fields = clean_html(f"<p>正文。</p>{IMG}<p>后文。</p><p>记者 张晓明</p><p>照片来源：某某观察</p>")
    assert fields["text"] == "正文。\n后文。"
    assert fields["images"] == [{"url": "http://a.cn/1.jpg", "caption": None, "credit": "照片来源：某某观察"}]
    assert clean_html("<p>正文。</p><p>照片来源：某某观察</p>")["text"] == "正文。\n照片来源：某某观察"  # no picture
    fields = clean_html(f"<p>正文。</p>{IMG}<p>后文。</p><p>本文图片均来自网络</p>")
    assert (fields["text"], fields["images"][0]["credit"]) == ("正文。\n后文。", "本文图片均来自网络")


def test_a_short_centred_paragraph_under_an_image_is_its_caption():
    body = ('<p>正文。</p><p align="center"><img src="http://a.cn/1.jpg"> </p>\n'
            '<p align="center"><span style="color:#666666;">游客离开某某岛 图自某某新闻客户端</span></p><p>后文。</p>'
            '<p align="center">居中的正文不在图片之后，仍是正文。</p>')
    fields = clean_html(body)
    assert fields["text"] == "正文。\n后文。\n居中的正文不在图片之后，仍是正文。"
    assert fields["images"] == [{"url": "http://a.cn/1.jpg", "caption": "游客离开某某岛", "credit": "图自某某新闻客户端"}]


def test_boilerplate_patterns_split_at_the_line_start_find_what_the_joined_pattern_finds():
    """The anchored alternatives are tried once at the line's start: the same lines match as with one alternation."""
    import json
    import re
    from pathlib import Path

    from imcovid.clean import boilerplate

    lines = [case[0] for case in PROMOTION_CASES.values()]
    for gold in sorted((Path(__file__).parent / "data").glob("real*/gold/*.json")):
        lines += json.loads(gold.read_text(encoding="utf-8"))["text"].split("\n")
    lines = [re.sub(r"<[^>]+>", "\n", line) for line in lines]
    lines = [part for line in lines for part in line.split("\n") if part]
    for kind, patterns in boilerplate.read_patterns().items():
        joined = re.compile("|".join(patterns), re.I)
        split = boilerplate._LinePattern(patterns)
        assert [bool(joined.search(line)) for line in lines] == [bool(split.search(line)) for line in lines], kind
        assert any(split.search(line) for line in lines) or kind in ("footer", "caption")


def test_a_figcaption_after_its_image_is_the_caption_and_one_without_an_image_stays_text():
    fields = clean_html('<p>正文。</p><figure><img src="http://a.cn/1.jpg"><figcaption>某某医院的核酸检测点'
                        '</figcaption></figure><p>后文。</p><figure><figcaption>没有图片的说明</figcaption></figure>')
    assert fields["text"] == "正文。\n后文。\n没有图片的说明"
    assert fields["images"] == [{"url": "http://a.cn/1.jpg", "caption": "某某医院的核酸检测点", "credit": None}]


def test_zaker_marks_a_caption_and_its_bullet_is_layout():
    body = ('<p>正文。</p><div class="img_box"><img src="http://a.cn/1.jpg"></div><div class="zaker_div">'
            '<div class="zk_decsimg zk_alignleft"><p>● 2022 年 3 月 14 日凌晨，某某医院。</p></div></div><p>后文。</p>')
    fields = clean_html(body)
    assert fields["text"] == "正文。\n后文。"
    assert fields["images"] == [{"url": "http://a.cn/1.jpg", "caption": "2022年3月14日凌晨，某某医院。", "credit": None}]
