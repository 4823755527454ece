"""The annotator versions of release 27.0.0: every rule module whose output changed in this release names a new
version in each mention it makes (PERSON 1.23, ORGANIZATION 1.22, MEASURE and CASE_COUNT 1.13), compared as numbers
(1.10 > 1.9), and the LAC tagger's mentions name the same rules version as the rules' own."""

from imcovid.annotate import case_counts, measures, organizations, persons
from tests.test_persons_s15 import _rules_version


def test_person_rules_are_1_23():
    assert _rules_version(persons.ANNOTATOR) == _rules_version(persons.TAGGER_ANNOTATOR) >= (1, 23)


def test_organization_rules_are_1_22():
    assert _rules_version(organizations.ANNOTATOR) == _rules_version(organizations.TAGGER_ANNOTATOR) >= (1, 22)


def test_measure_and_case_count_rules_are_1_13():
    assert _rules_version(measures.ANNOTATOR) == _rules_version(case_counts.ANNOTATOR) >= (1, 13)
