"""The benchmark empties the extractor's memo caches between repeats; rows must not depend on them."""

import datetime as dt

from tracker.extract import clear_caches, extract_statements, speakers
from tracker.models import Article

ARTICLE = Article(
    title="Ottawa greets the winner",
    text=(
        "Canadian Prime Minister Mark Carney on Tuesday congratulated the president-elect. "
        "'Our two countries share deep economic ties,' Carney said. He added that he hoped to meet soon."
    ),
)


def test_rows_are_the_same_with_warm_and_cleared_caches():
    warm = extract_statements(ARTICLE, reference_date=dt.date(2025, 6, 6))
    assert any(f.cache_info().currsize for f in vars(speakers).values() if hasattr(f, "cache_info"))
    clear_caches()
    assert not any(f.cache_info().currsize for f in vars(speakers).values() if hasattr(f, "cache_info"))
    assert extract_statements(ARTICLE, reference_date=dt.date(2025, 6, 6)) == warm
    assert warm and warm[0].speaker == "Mark Carney"
