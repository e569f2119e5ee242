"""A speaker's nationality given only by a title phrase wins over countries named nearby."""

import pytest

from tests.extract.conftest import extract_text, speakers


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("In a message to Nairobi, Tanzanian President Samia Suluhu Hassan said the two nations shared "
         "\"a common destiny\".", "TZA", "Samia Suluhu Hassan"),
        ("After talks in Canberra, Solomon Islands Prime Minister Jeremiah Manele said he looked forward to working "
         "with Australia.", "SLB", "Jeremiah Manele"),
        ("Kenya's neighbours were quick to react. Somali President Hassan Sheikh Mohamud congratulated Ruto.",
         "SOM", "Hassan Sheikh Mohamud"),
        ("In Nigeria, Mohamed Bazoum, Niger's president, said the result was \"a victory for West Africa\".",
         "NER", "Mohamed Bazoum"),
        ("The president of Guinea-Bissau, Umaro Sissoco Embalo, praised Senegal's voters.", "GNB",
         "Umaro Sissoco Embalo"),
        ("Speaking in Abuja, Liberia's president George Weah said the result showed \"maturity\".", "LBR",
         "George Weah"),
        ("New Zealand's Jacinda Ardern, speaking in Wellington, said Australia had chosen \"a friend\".", "NZL",
         "Jacinda Ardern"),
        ("Fijian Prime Minister Sitiveni Rabuka, visiting Wellington, said the result was \"good for the Pacific\".",
         "FJI", "Sitiveni Rabuka"),
    ],
)
def test_title_phrase_gives_the_speakers_country(text, iso3, speaker):
    rows = extract_text(text, host="AUS")
    assert [(r.country, r.speaker) for r in rows] == [(iso3, speaker)], rows


def test_country_named_person_without_title_is_a_speaker_but_an_analyst_is_not():
    rows = extract_text(
        "Ghana's President Nana Akufo-Addo and Niger's Mohamed Bazoum congratulated Tinubu. "
        "\"It was expected,\" said John Mensah, an analyst at a Lagos think tank."
    )
    assert {(r.country, r.speaker) for r in rows} == {("GHA", "Nana Akufo-Addo"), ("NER", "Mohamed Bazoum")}


@pytest.mark.parametrize(
    "text",
    [
        # an opening participle phrase is no title; the title after the name is the UN's own
        "Briefing the Council, Martha Pobee, Under-Secretary-General for Africa, said the coup in Gabon had to be reversed.",
        "Addressing the Assembly, Martha Pobee, Under-Secretary-General for Humanitarian Affairs, said the vote in Gabon was a setback.",
        "Under-Secretary-General Martha Pobee said the coup in Gabon had to be reversed.",
    ],
)
def test_a_un_only_title_gives_the_un_and_not_the_host(text):
    rows = extract_text(text, host="GAB")
    assert [(r.country, r.speaker, r.organization) for r in rows] == [(None, "Martha Pobee", "United Nations")]


def test_an_opening_participle_phrase_keeps_a_delegate_of_their_own_country():
    rows = extract_text("Addressing the Assembly, the representative of Peru, Ana Ruiz, said the coup in Gabon had to be reversed.", host="GAB")
    assert speakers(rows) == {("PER", "Ana Ruiz")}
