"""The name in the text wins over the leaders table, and the table respects the article's date."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Costa was Portugal's prime minister in 2023 and European Council president from December 2024
        ("Portuguese Prime Minister Antonio Costa said the Spanish vote was \"a good sign\".", "2023-07-24",
         {("PRT", "Antonio Costa")}),
        ("European Council President Antonio Costa said the vote was \"a good sign\".", "2025-05-19",
         {("EUU", "Antonio Costa")}),
        ("Antonio Costa congratulated the new chancellor.", "2023-07-24", {("PRT", "Antonio Costa")}),
        # a former leader named with a current-looking title keeps her own name
        ("Ardern, New Zealand's prime minister, told reporters that Australia was \"family\".", "2022-05-23",
         {("NZL", "Jacinda Ardern")}),
        ("Maamau, Kiribati's president, told reporters that Australia was \"family\".", "2022-05-23",
         {("KIR", "Taneti Maamau")}),
        # the role alone resolves only to whoever held it on the article's date
        ("The New Zealand prime minister said the result was \"good news\".", "2022-05-23",
         {("NZL", "Jacinda Ardern")}),
        ("Portuguese Prime Minister Luis Montenegro said the result was good news for Europe.", "2025-05-19",
         {("PRT", "Luis Montenegro")}),
        ("Costa Rican President Rodrigo Chaves said the vote was \"clean\".", "2024-03-15", {("CRI", "Rodrigo Chaves")}),
        # heads of state named by title only, from the leaders table
        ("The president of Guinea-Bissau said on Monday that the vote was \"a model\".", "2024-03-15",
         {("GNB", "Umaro Sissoco Embalo")}),
        ("The Malawian president said the result was \"good news\".", "2025-11-20", {("MWI", "Peter Mutharika")}),
        ("The Malawian president said the result was \"good news\".", "2024-03-15", {("MWI", "Lazarus Chakwera")}),
    ],
)
def test_leaders_follow_the_text_and_the_date(text, published, expected):
    assert {(r.country, r.speaker) for r in extract_text(text, published=published)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain's Foreign Secretary David Cameron congratulated Sharif. Pakistan's foreign office spokesperson "
         "Mumtaz Zahra Baloch said Islamabad welcomed the messages.",
         {("GBR", "David Cameron"), ("PAK", "Mumtaz Zahra Baloch")}),
        ("Britain's Foreign Secretary David Cameron congratulated Sharif. The Pakistani Foreign Office spokesperson, "
         "Mumtaz Zahra Baloch, told reporters the messages were welcome.",
         {("GBR", "David Cameron"), ("PAK", "Mumtaz Zahra Baloch")}),
    ],
)
def test_spokesperson_country_comes_from_their_own_institution_phrase(text, expected):
    assert {(r.country, r.speaker) for r in extract_text(text, published="2024-03-05")} == expected
