""""X met Y before the signing and said ...": the name after a verb of meeting is the one met, not a name in
X's title, so the words are X's ("White House press secretary Ana Ruiz said" is still one phrase)."""

import pytest

from tests.extract.conftest import extract_text

_BEFORE = "Tongan Prime Minister Siaosi Sovaleni signed a plan in Beijing on Friday. Sovaleni said the plan was good. "


@pytest.mark.parametrize(
    ("sentence", "country", "speaker"),
    [
        ("Chinese Premier Li Qiang met Sovaleni before the signing and said China was willing to expand trade.", "CHN", "Li Qiang"),
        ("Indian Prime Minister Narendra Modi received Sovaleni on Thursday and said India would help.", "IND", "Narendra Modi"),
        ("Indian Prime Minister Narendra Modi hosted Sovaleni on Thursday and told him India would help.", "IND", "Narendra Modi"),
        ("Japanese Prime Minister Fumio Kishida greeted Sovaleni at the airport and said Japan valued the visit.", "JPN", "Fumio Kishida"),
    ],
)
def test_the_one_met_does_not_take_the_words_of_the_one_meeting_him(sentence, country, speaker):
    rows = extract_text(_BEFORE + sentence, host="TON")
    assert (country, speaker) in {(r.country, r.speaker) for r in rows}, rows
    # the one met said nothing in that sentence: his only row is his own earlier words
    assert [r.quote for r in rows if r.speaker == "Siaosi Sovaleni"] == ["Sovaleni said the plan was good."], rows


def test_a_title_phrase_before_a_name_still_gives_the_name():
    rows = extract_text("Storms hit Tonga on Friday. White House press secretary Karoline Leavitt said Washington stood ready to help.",
                        host="TON", published="2025-03-15")
    assert [(r.country, r.speaker) for r in rows] == [("USA", "Karoline Leavitt")], rows
