"""The outcome marks (generator/marks.py): one mark per grade word in every programme; other scales by place."""

from __future__ import annotations

from generator import marks
from generator import model as m
from generator.build import check
from tests.conftest import ROOT


def fills(assessment: m.Assessment) -> dict[str, int | str]:
    return {mark.label: mark.fill for mark in marks.marks_for(assessment).values()}


def test_each_grade_word_has_one_mark_in_every_programme_and_other_scales_are_marked_by_place():
    content, _ = check(ROOT)
    by_id = {a.id: a for a in content.assessments}
    # Three programmes, three different sets of words: the same word, the same quarters.
    assert fills(by_id["assessment-peel-2018-19"]) == {
        "inadequate": 0,
        "requires improvement": 1,
        "good": 3,
        "outstanding": 4,
    }
    assert fills(by_id["assessment-integrity-2021-25"]) == {
        "requires improvement": 1,
        "adequate": 2,
        "good": 3,
        "no graded judgment": marks.UNGRADED,
    }
    assert fills(by_id["assessment-integrity-2024-26"]) == {
        "inadequate": 0,
        "requires improvement": 1,
        "adequate": 2,
        "good": 3,
    }
    # The 2017 outcomes are no grade words: by their place on their own scale of four, lowest to highest.
    review = marks.marks_for(by_id["assessment-2017"])
    assert [k.fill for k in review.values()] == [0, 1, 3, 4] and not any(k.grade for k in review.values())


def test_a_grade_word_is_known_by_its_words_whatever_their_case_and_only_when_graded():
    outcome = m.Outcome(id="g", label="Requires Improvement", meaning="m", source="s")
    assert marks.grade_word(outcome) == 1
    assert marks.grade_word(outcome.model_copy(update={"graded": False})) is None
    assert marks.grade_word(outcome.model_copy(update={"label": "requires improvement overall"})) is None
    assert [k.label for k in marks.grade_marks()] == list(marks.GRADE_WORDS)
