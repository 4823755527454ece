"""The annotator versions of release 26.0.0: every rule module whose output changed in this release names a new
version in each mention it makes (PERSON 1.22, ORGANIZATION 1.21, MEASURE and CASE_COUNT 1.12, DATE 1.5), compared as numbers
(1.10 > 1.9), and the LAC tagger's mentions name the same rules version as the rules' own."""

from imcovid.annotate import case_counts, measures, organizations, persons
from tests.test_persons_s15 import _rules_version


def test_person_rules_are_1_22():
    assert _rules_version(persons.ANNOTATOR) == _rules_version(persons.TAGGER_ANNOTATOR) >= (1, 22)


def test_organization_rules_are_1_21():
    assert _rules_version(organizations.ANNOTATOR) == _rules_version(organizations.TAGGER_ANNOTATOR) >= (1, 21)


def test_measure_and_case_count_rules_are_1_12():
    assert _rules_version(measures.ANNOTATOR) == _rules_version(case_counts.ANNOTATOR) >= (1, 12)


def test_date_rules_are_1_5():
    from imcovid.annotate import dates
    assert _rules_version(dates.ANNOTATOR) == (1, 5)
