"""annotate() never returns two mentions that would get one mention id (the record check rejects an article for it)."""

from imcovid.annotate import one_mention_per_id


def test_first_of_mentions_sharing_an_id_is_kept():
    a = {"type": "CASE_COUNT", "start": 3, "end": 6, "metric": "confirmed_local", "place_code": "110000"}
    b = {"type": "CASE_COUNT", "start": 3, "end": 6, "metric": "confirmed_local", "place_code": "120000"}
    c = {"type": "CASE_COUNT", "start": 3, "end": 6, "metric": "asymptomatic_local", "place_code": "110000"}
    d = {"type": "LOCATION", "start": 3, "end": 6, "code": "110000"}
    assert one_mention_per_id([a, b, c, d]) == [a, c, d]


def test_measures_differ_by_code_and_names_by_span():
    m1 = {"type": "MEASURE", "start": 0, "end": 9, "code": "C6"}
    m2 = {"type": "MEASURE", "start": 0, "end": 9, "code": "H3"}
    p1 = {"type": "PERSON", "start": 0, "end": 2}
    p2 = {"type": "PERSON", "start": 0, "end": 3}
    assert one_mention_per_id([m1, m2, p1, p2, dict(p1)]) == [m1, m2, p1, p2]
