"""MEASURE rules of session 20 (notes/s20-meas.md). (1) A measure to be carried out at top speed — 以最快速度, 在最短时间内,
从快 — is *strengthen* (guideline, *action*: "tightened, widened, accelerated"): the strengthen→maintain action
errors of the development sets real-3 and real-6 (word row ``strengthen``). (2) A team set up or sent whose task the
next clauses of its sentence name belongs to that task's measure, not to CN-COMMAND (guideline, *Choosing the code*
rule 4; ``measures.team_for_task``): the s20meas reading (每经网) and the development set real. The texts are
invented: regression tests of the rules, not evidence of quality. Negative cases are marked."""

from datetime import date

import pytest

from imcovid.annotate import annotate
from imcovid.annotate.measures import statement_action, team_setup

PUBLISHED = date(2021, 8, 20)


def _measures(text: str) -> list[tuple[str, str]]:
    return [(m["code"], m["action"]) for m in annotate(text, PUBLISHED) if m["type"] == "MEASURE"]


# (1) Acceleration words make a statement strengthen.
@pytest.mark.parametrize("statement, action", [
    ("以最快速度精准流调溯源", "strengthen"),
    ("以最快的速度完成检测任务", "strengthen"),
    ("在最短时间内全面排查密接人员", "strengthen"),
    ("从严从快从细做好来返人员核查管控工作", "strengthen"),
    # negatives: 尽快 (what the public is asked to do, a purpose clause's goal) is no cue; an impose cue still wins;
    # 从快递 is a parcel; no speed word
    ("请近期有中高风险地区旅居史的人员尽快向社区报备", "maintain"),
    ("尽快落实旅客返程保障措施", "maintain"),
    ("为了尽快落实保障措施", "maintain"),
    ("以最快速度成立工作专班", "impose"),
    ("居民从快递柜取件时落实扫码登记", "maintain"),
    ("落实旅客返程保障措施", "maintain"),
])
def test_acceleration_is_strengthen(statement, action):
    assert statement_action(statement) == action


@pytest.mark.parametrize("text, expected", [
    ("要以最快速度精准开展流调溯源。", ("H3", "strengthen")),
    ("要在最短时间内完成全员核酸检测任务。", ("CN-MASS-TESTING", "strengthen")),
    # negative: the goal of a purpose clause does not touch the measure after it
    ("为了尽快遏制疫情，全市开展全员核酸检测。", ("CN-MASS-TESTING", "impose")),
])
def test_acceleration_in_sentences(text, expected):
    assert expected in _measures(text)


# (2) A team whose task follows joins the task's measure.
@pytest.mark.parametrize("text, expected", [
    ("社区迅速组建了3支突击队，分别前往各采样点开展核酸采样秩序维护，协助完成全员核酸检测工作。",
     ("CN-MASS-TESTING", "impose")),
    ("疫情发生后，该县组建了5个工作组，对全县隔离酒店进行集中隔离人员管理。",
     ("CN-CENTRAL-QUARANTINE", "impose")),
    # inside a measure already stated, the team adds its means, not a direction
    ("要加大滞留游客服务保障力度，每个滞留点都要派驻工作组，做好滞留游客生活保障等工作。",
     ("CN-SUPPLY", "strengthen")),
])
def test_team_joins_task(text, expected):
    found = _measures(text)
    assert expected in found
    assert all(code != "CN-COMMAND" for code, _ in found)


def test_team_span_starts_at_team():
    text = "社区迅速组建了3支突击队，分别前往各采样点开展核酸采样秩序维护。"
    (m,) = [m for m in annotate(text, PUBLISHED) if m["type"] == "MEASURE"]
    assert m["surface"].startswith("社区迅速组建了3支突击队")
    assert m["rule"] == "measure.team_for_task"


@pytest.mark.parametrize("text, code", [
    # negatives: a command body, a team with no task named, a command purpose, an oversight team
    ("成立疫情防控指挥部，下设综合协调组。", "CN-COMMAND"),
    ("县里组建了一支志愿服务队。", "CN-COMMAND"),
    ("派出由副书记带队的工作组，以进一步强化疫情防控指挥力量。", "CN-COMMAND"),
    ("组建工作专班，负责隔离点管理。", "CN-COMMAND"),
    ("派出督查组，赴各地开展督查工作。", "CN-ACCOUNTABILITY"),
])
def test_team_stays(text, code):
    assert code in {c for c, _ in _measures(text)}


@pytest.mark.parametrize("statement, expected", [
    ("组建了3批“青年突击队”", True),
    ("每个滞留点都要派驻工作组", True),
    ("派出了14批次核酸采样医疗服务队", True),
    # negatives: a command or oversight body; no team set up
    ("组建工作专班", False),
    ("派出督查组", False),
    ("成立疫情防控领导小组工作组", False),
    ("工作组成员深入社区走访", False),
    ("工作组成员与突击队一起入户", False),
])
def test_team_setup(statement, expected):
    assert team_setup(statement) is expected
