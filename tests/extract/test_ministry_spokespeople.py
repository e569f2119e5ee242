"""A ministry's spokesperson after the minister: the ministry's own row, unless the spokesperson reports the minister."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "minister", "ministry"),
    [
        (
            "Foreign Minister Anita Anand congratulated the new president on Tuesday. A Global Affairs Canada "
            "spokesperson said Ottawa was worried by reports of intimidation at polling stations.",
            ("CAN", "Anita Anand"), ("CAN", "Global Affairs Canada"),
        ),
        (
            "Foreign Minister Takeshi Iwaya welcomed the accord on Tuesday. A foreign ministry spokesman said Tokyo "
            "would send observers.",
            ("JPN", "Takeshi Iwaya"), ("JPN", "Japanese Foreign Ministry"),
        ),
        (
            "Secretary of State Marco Rubio congratulated the president-elect on Monday. A State Department "
            "spokesperson said Washington looked forward to working with the new government.",
            ("USA", "Marco Rubio"), ("USA", "State Department"),
        ),
    ],
)
def test_a_ministry_spokesperson_with_his_own_words_is_the_ministrys_row(text, minister, ministry):
    rows = extract_text(text)
    assert [(r.country, r.speaker) for r in rows] == [minister, ministry], rows
    assert rows[0].via is None


@pytest.mark.parametrize(
    ("text", "minister", "via"),
    [
        # the spokesman names the minister: he reports the minister's act
        (
            "Foreign Minister Takeshi Iwaya welcomed the accord on Tuesday. A foreign ministry spokesman said Iwaya "
            "would visit Manila next month.",
            ("JPN", "Takeshi Iwaya"), "Japanese Foreign Ministry",
        ),
        # the spokeswoman refers back to the minister's act
        (
            "German Foreign Minister Johann Wadephul spoke with his Chilean counterpart on Tuesday. Berlin values the "
            "partnership, a Foreign Office spokeswoman said after the conversation.",
            ("DEU", "Johann Wadephul"), "German Foreign Office",
        ),
    ],
)
def test_a_ministry_spokesperson_reporting_the_minister_is_the_ministers_row(text, minister, via):
    rows = extract_text(text)
    assert [(r.country, r.speaker, r.via) for r in rows] == [(*minister, via)], rows
