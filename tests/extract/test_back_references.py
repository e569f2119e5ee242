""""The bloc", "the alliance", "the regional grouping" stand for the international body (or the EU) named last in
the article: their words are that body's row. A party alliance, an electoral body or a bloc never named is none."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "host", "iso3", "speaker"),
    [
        ("Leaders of ECOWAS met in Abuja on Sunday. The bloc called on the junta to release President Mohamed Bazoum "
         "within a week.", "NER", None, "ECOWAS"),
        ("ASEAN foreign ministers met in Jakarta. The grouping welcomed the release of detained politicians.",
         "MMR", None, "ASEAN"),
        ("NATO foreign ministers met in Brussels on Tuesday. The alliance said it would keep supporting Kyiv.",
         "UKR", None, "NATO"),
        ("The European Union did not recognise the result. The bloc called for the full voting records to be "
         "published.", "VEN", "EUU", "European Union"),
        ("Brazil and Mexico asked for patience. The Organization of American States met separately. The 32-nation "
         "bloc called for transparency.", "VEN", None, "Organization of American States"),
        ("Observers from the Southern African Development Community arrived in Maseru. The regional body welcomed "
         "the peaceful conduct of the vote.", "LSO", None, "SADC"),
    ],
)
def test_the_bloc_is_the_body_named_last(text, host, iso3, speaker):
    rows = [r for r in extract_text(text, host=host) if r.speaker == speaker or r.organization == speaker]
    assert [(r.country, r.organization or r.speaker) for r in rows] == [(iso3, speaker)], extract_text(text, host=host)
    assert any("bloc" in r.quote or "grouping" in r.quote or "alliance" in r.quote or "body" in r.quote for r in rows), rows


@pytest.mark.parametrize(
    "text",
    [
        "The European Union did not recognise the result. The opposition alliance said it had won the vote.",
        "The European Union did not recognise the result. The electoral body said the count was complete.",
        "The bloc called for the full voting records to be published.",
        "The European Union did not recognise the result. Human Rights Watch criticised the count. The organisation "
        "said observers had been blocked.",
    ],
)
def test_no_body_is_made_up_for_a_party_alliance_or_an_unnamed_bloc(text):
    rows = extract_text(text, host="VEN")
    assert [r for r in rows if r.quote and ("alliance" in r.quote or "body" in r.quote or "bloc" in r.quote or "organisation" in r.quote)] == [], rows
