"""Two guards on organization.tagged_trade found by the review of session 23's ORGANIZATION rules (revorg) and by
the PERSON suite: an index named after a firm or trade is no body, and a personal name the text also writes alone
is no firm before a trade word that describes the person's business. Positives: firms at a trade still read."""

import pytest

from imcovid.annotate import annotate


def _mentions(text, kind):
    return [m["surface"] for m in annotate(text, None) if m["type"] == kind]


@pytest.mark.parametrize("text, wrong", [
    ("恒指周涨2.34%，国指周涨0.85%，恒生科技指数周跌0.84%。", "恒生科技"),
    ("恒生科技指数收涨2.1%，恒生金融业指数下跌。", "恒生"),
])
def test_an_index_is_no_body(text, wrong):
    assert wrong not in _mentions(text, "ORGANIZATION")


def test_a_person_written_alone_is_no_firm_before_a_trade():
    text = "马斯克表示，将继续投资。马斯克科技帝国不断扩张。"
    assert _mentions(text, "ORGANIZATION") == []
    assert _mentions(text, "PERSON") == ["马斯克", "马斯克"]


@pytest.mark.parametrize("text, firms", [
    ("小鹏汽车发布财报。小鹏表示，交付量增长。", ["小鹏汽车", "小鹏"]),
    ("中融信托、英大信托等机构参与。", ["中融信托", "英大信托"]),
])
def test_firms_at_a_trade_still_read(text, firms):
    assert _mentions(text, "ORGANIZATION") == firms
