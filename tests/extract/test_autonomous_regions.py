"""An autonomous region's leader speaks for the country the region belongs to (Bougainville: Papua New
Guinea), and a story about the region's vote is that country's event."""

from tests.extract.conftest import extract_text
from tracker.extract import infer_host_country
from tracker.models import Article


def test_a_regions_president_is_of_its_country():
    (row,) = extract_text("Bougainville's president, Ishmael Toroama, said on Monday the talks were in good faith.", host="PNG")
    assert (row.country, row.speaker, row.domestic) == ("PNG", "Ishmael Toroama", True)


def test_a_regions_vote_is_its_countrys_event():
    article = Article(
        title="Bougainville votes on its future as Canberra urges calm",
        text="Bougainvilleans voted on Monday. Australia's foreign minister said Canberra would respect the outcome.",
        published="2024-03-15",
        published_basis="field",
    )
    assert infer_host_country([article]) == "PNG"
