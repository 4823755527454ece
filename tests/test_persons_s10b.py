"""PERSON classes from the development posts of the session's new blind sets (real-11 to real-13): a three-character
reading whose last character begins a title that follows (耿爽|大使), and sides in talks of more countries (阿方).
Invented sentences in the style of real news (regression tests, not evidence)."""

import pytest

from imcovid.annotate import annotate


def persons(text):
    return [m["surface"] for m in annotate(text, None) if m["type"] == "PERSON"]


@pytest.mark.parametrize("text, expected", [
    ("中国常驻联合国副代表耿爽大使去年6月在会上发言。", ["耿爽"]),
    # A given name's last character before a title of its own is kept (兰|主任 is no title).
    ("国务院副总理孙春兰主任说。", ["孙春兰"]),
    ("张三丰主任表示同意。", ["张三丰"]),
])
def test_a_title_after_a_name_is_not_read_into_it(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text", ["声明载明，阿方重申坚持一个中国原则，中方重申支持阿方的立场。",
                                  "瑞方表示愿意继续合作。"])
def test_sides_in_talks_of_more_countries(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, expected", [
    # A form glossed as a pseudonym keeps its given character, however rare in names, wherever the text repeats it.
    ("河南省平顶山市15岁男孩刘某锟（化名）的网络求助引发关注。\n刘某锟向记者提供了一份资料。", ["刘某锟", "刘某锟"]),
    # An opening bracket ends a partly anonymised name.
    ("男孩张某光（化名）说。", ["张某光"]),
    ("白某越发紧张。", ["白某"]),
])
def test_partly_anonymised_names_glossed_as_pseudonyms(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("他任国务院副总理。", []),
    ("曾任中国驻美大使的崔天凯表示。", ["崔天凯"]),
])
def test_titles_of_premiers_and_ambassadors(text, expected):
    assert persons(text) == expected


def test_a_name_read_with_a_cue_is_not_also_a_body(monkeypatch):
    import imcovid.annotate as annotate_package

    text = "俄罗斯副外长格鲁什科在发布会上说，北约扩张有破坏性影响。格鲁什科表示，俄方将反制。"
    rules = annotate_package._rules()
    real = rules.find_organizations

    def with_a_body_on_the_name(text, place_spans):
        start = text.index("格鲁什科")
        body = dict(real(text, place_spans)[0]) if real(text, place_spans) else {
            "type": "ORGANIZATION", "title": None, "code": None, "level": None, "name": None, "province_code": None,
            "prefecture_code": None, "value": None, "note": None, "annotator": "test", "rule": "test"}
        body.update(start=start, end=start + 4, surface="格鲁什科")
        return real(text, place_spans) + [body]

    monkeypatch.setattr(rules, "find_organizations", with_a_body_on_the_name)
    mentions = annotate_package._annotate(text, None)
    on_name = {m["type"] for m in mentions if (m["start"], m["end"]) == (text.index("格鲁什科"), text.index("格鲁什科") + 4)}
    assert on_name == {"PERSON"}


# An independent review's cases: diseases, variants and drugs repeated in a text are no people; 曾向/曾为 after a
# position are a surname and a preposition, not a name; a country before 总理 is no name (总理 is no postposed title).
@pytest.mark.parametrize("text", [
    "世卫组织表示，埃博拉疫情在刚果（金）再次暴发。埃博拉病毒致死率高。当地已有多人感染埃博拉。",
    "南非发现奥密克戎。世卫组织将奥密克戎列为需要关注的变异株。多国报告奥密克戎病例。",
    "外交部发言人曾向媒体表示。",
    "该院院长曾为患者义诊。",
    "乌克兰总理表示将继续谈判。",
])
def test_no_person(text):
    assert persons(text) == []


def test_a_repeated_foreign_name_is_still_read():
    text = "拜登执政以来，民主党内部分歧加剧。有人主张换掉拜登。拜登的支持率持续走低。"
    assert persons(text) == ["拜登", "拜登", "拜登"]
