"""Whose words a sentence reports when someone else voices them: a spokesperson or office speaking for a
named principal ("Through his spokesperson, X said", "The president's spokesman said X was saddened"),
a capital relaying its leader's act ("X phoned Y on Monday, Ankara said"), a pronoun in a clause of the
same sentence ("X told reporters ...; the crisis, he said, ..."), and a mediator's title."""

import pytest

from tests.extract.conftest import extract_text


def rows_of(text: str, host: str) -> list[tuple[str | None, str]]:
    return [(r.country, r.speaker) for r in extract_text(text, host=host, published="2024-03-15")]


@pytest.mark.parametrize(
    ("text", "host", "expected"),
    [
        # a mediator speaks for the body that appointed him
        ("UN mediator Hans Grundberg spoke of \"a turning point\" in remarks after the ceremony on Sunday.", "YEM", [(None, "Hans Grundberg")]),
        ("AU mediator Olusegun Obasanjo said on Sunday the deal was \"a new beginning\".", "ETH", [(None, "Olusegun Obasanjo")]),
        # words given through a spokesperson are the principal's
        (
            "Through his spokesperson, Secretary-General Antonio Guterres said on Saturday that the UN was ready to support the relief effort.",
            "VCT",
            [(None, "Antonio Guterres")],
        ),
        ("Through a spokesman, President Emmanuel Macron said on Saturday that France stood ready to help.", "TON", [("FRA", "Emmanuel Macron")]),
        ("Via her spokeswoman, Foreign Minister Penny Wong said on Friday that Canberra would send a team.", "TON", [("AUS", "Penny Wong")]),
        # the principal's unnamed spokesman reporting the principal's feelings: the principal's row
        (
            "The UN Secretary-General's spokesman said Guterres was saddened by the loss of life and that the UN was ready to help.",
            "NPL",
            [(None, "Antonio Guterres")],
        ),
        ("The French president's spokesman said Macron was shocked by the scale of the damage.", "NPL", [("FRA", "Emmanuel Macron")]),
        # a capital relaying its leader's call: the leader's row
        ("President Emomali Rahmon spoke to Mirziyoyev on Monday, Dushanbe said, and wished the Uzbek people calm.", "UZB", [("TJK", "Emomali Rahmon")]),
        ("Turkey's Recep Tayyip Erdogan telephoned Aliyev on Tuesday, Ankara said.", "AZE", [("TUR", "Recep Tayyip Erdogan")]),
    ],
)
def test_words_voiced_for_a_principal_are_the_principals(text, host, expected):
    assert rows_of(text, host) == expected


def test_pronoun_after_a_semicolon_is_the_same_sentences_speaker():
    text = (
        "Belarus's president, Alexander Lukashenko, had announced the deployment overnight.\n\n"
        "Kremlin spokesman Dmitry Peskov had told reporters on Wednesday morning that Moscow trusted its partners "
        "to settle the unrest themselves; the crisis, he said, should not be complicated by outside meddling."
    )
    assert sorted(rows_of(text, "KAZ")) == [("BLR", "Alexander Lukashenko"), ("RUS", "Dmitry Peskov")]


@pytest.mark.parametrize(
    "text",
    [
        # an act dated by the writer's later aside, after a spaced dash, is still the speaker's
        "Secretary of State Marco Rubio congratulated both prime ministers on Sunday and praised their \"courage and vision\" "
        "- wording that diplomats compared to the American reaction in 1995.",
        "Secretary of State Marco Rubio welcomed the accord on Sunday - a text that echoed the settlement reached in 2001.",
    ],
)
def test_a_later_aside_with_a_past_year_does_not_make_the_act_background(text):
    assert rows_of(text, "MKD") == [("USA", "Marco Rubio")]


@pytest.mark.parametrize(
    "text",
    [
        # the act itself in a past year is background still
        "In 2015, Secretary of State John Kerry congratulated both prime ministers on a similar accord.",
        "Secretary of State John Kerry congratulated both prime ministers in 2015 on a similar accord.",
    ],
)
def test_an_act_dated_to_a_past_year_stays_background(text):
    assert rows_of(text, "MKD") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Holy See \"noted with deep regret\" the expulsion, the director of its press office, Matteo Bruni, said on Saturday.",
            [("VAT", "Matteo Bruni")],
        ),
        (
            "The Kremlin regretted the decision, the director of its press service, Ana Lind, said on Saturday.",
            [("RUS", "Ana Lind")],
        ),
    ],
)
def test_the_holder_of_an_office_of_the_body_just_named_speaks_for_it(text, expected):
    assert rows_of(text, "NIC") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a note's label naming the speaker, then his words and "he said"
        ("NATO's Mark Rutte: the launch was a flagrant breach of Security Council resolutions, he said on Sunday, and the council would meet.",
         [(None, "Mark Rutte")]),
        ("Japan's Fumio Kishida: the launch was an outrage, he said on Sunday.", [("JPN", "Fumio Kishida")]),
        # an attribution set between commas belongs to the sentence's own subject
        ("Foreign Minister Penny Wong told reporters that the launch, she said, was reckless.", [("AUS", "Penny Wong")]),
    ],
)
def test_a_pronoun_attribution_inside_a_sentence_is_its_named_speakers(text, expected):
    rows = [("Prime Minister Anthony Albanese spoke to reporters in Canberra on Monday.", "PRK")]  # someone met before
    text = f"{rows[0][0]}\n\n{text}"
    assert [row for row in rows_of(text, "PRK") if row[1] != "Anthony Albanese"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a UN noon briefing names the Secretary-General by his office only
        ("Good afternoon. The Secretary-General welcomes the truce signed in Lusaka and calls on both parties to honour it. "
         "The UN stands ready to help.", [(None, "Antonio Guterres")]),
        # another body headed by a Secretary-General is named: not the UN's
        ("NATO allies met in Brussels, and the UN was silent. The Secretary-General said on Monday that the alliance was united.", []),
        # a party's Secretary-General is the party's
        ("The Secretary-General of the ruling party said on Monday that the truce was fair. The UN welcomed it too.", [(None, "United Nations")]),
    ],
)
def test_the_secretary_general_alone_is_the_uns_when_only_the_un_is_named(text, expected):
    rows = extract_text(text, host="ZMB", published="2022-11-03")
    assert [(r.country, r.speaker) for r in rows] == expected
