"""A surname that is also a word of bodies' and regions' names ("West", "East"): a surname after a first name."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Britain's Indo-Pacific minister, Catherine West, said on Wednesday the UK was \"deeply concerned\".",
            ("GBR", "Catherine West"),
        ),
        (
            'Catherine West, Britain\'s minister for Asia, called the arrests "a grave step backwards".',
            ("GBR", "Catherine West"),
        ),
        (
            'Australia\'s trade envoy, Paul East, said Canberra would "watch the vote closely".',
            ("AUS", "Paul East"),
        ),
    ],
)
def test_a_body_word_after_a_first_name_is_a_surname(text, row):
    rows = extract_text(text, host="KOR")
    assert [(r.country, r.speaker) for r in rows] == [row], rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the words stay a body's and a region's
        (
            'The Economic Community of West African States said the coup was "unacceptable".',
            [(None, "ECOWAS")],
        ),
        (
            'Governments across the Middle East welcomed the truce, and Jordan\'s King Abdullah called it "a first step".',
            [("JOR", "King Abdullah II")],
        ),
    ],
)
def test_a_body_or_region_word_stays_no_name(text, rows):
    got = extract_text(text, host="KOR")
    assert [(r.country, r.speaker) for r in got] == rows, got
