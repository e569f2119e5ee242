""""Congo" alone is the Democratic Republic or the Republic of the Congo as the rest of the article says (a
capital, a leader's name, "Democratic"; data/ambiguous_places.toml); an article that does not say gives no row.
The same sentence in two articles may be two countries: the choice is the article's, not the sentence's."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "iso3", "speaker"),
    [
        ("Congo hailed the calm vote in Chad. The note was released in Kinshasa on Sunday.", "COD", "Congolese government"),
        ("Congo hailed the calm vote in Chad. The note was released in Brazzaville on Sunday.", "COG", "Congolese government"),
        ("Congo's foreign ministry hailed the calm vote in Chad. It said President Tshisekedi would attend the "
         "inauguration.", "COD", "Congolese Foreign Ministry"),
        ("In a note on Sunday, Congo hailed the calm vote in Chad. Ties between the Democratic Republic and Chad "
         "have warmed.", "COD", "Congolese government"),
    ],
)
def test_the_article_decides_which_congo(text, iso3, speaker):
    rows = extract_text(text, host="TCD")
    assert (iso3, speaker) in {(r.country, r.speaker) for r in rows}, rows
    assert all(r.country == iso3 for r in rows), rows


def test_the_same_sentence_follows_each_article():
    first = extract_text("Congo hailed the calm vote in Chad. It spoke from Kinshasa.", host="TCD")
    second = extract_text("Congo hailed the calm vote in Chad. It spoke from Brazzaville.", host="TCD")
    assert [r.country for r in first] == ["COD"] and [r.country for r in second] == ["COG"], (first, second)


@pytest.mark.parametrize(
    "text",
    [
        "Congo hailed the calm vote in Chad.",
        "Congo hailed the calm vote in Chad, as did officials in Kinshasa and in Brazzaville.",
    ],
)
def test_an_article_that_does_not_decide_gives_congo_no_row(text):
    assert extract_text(text, host="TCD") == []
