"""A country named inside the words a leader reported ("X wrote on Tuesday that Japan looked forward ...") is no
government reacting that day: a minister of that country who speaks next, with no day of his own, is not dated by
it. A government that is itself the subject still dates its official's undated words."""

import pytest

from tests.extract.conftest import extract_text

_LEAD = "Ana Ruiz was sworn in on Wednesday. "


@pytest.mark.parametrize(
    "text",
    [
        "Japan's Prime Minister Fumio Kishida wrote on Monday that Japan looked forward to working with Ruiz, while "
        "Foreign Minister Yoko Kamikawa said Tokyo would keep helping.",
        "Kenya's President William Ruto said on Monday that Kenya stood ready to help. Foreign Minister Musalia "
        "Mudavadi said Nairobi would send a delegation.",
    ],
)
def test_a_country_in_the_reported_words_does_not_date_its_minister(text):
    rows = extract_text(_LEAD + text, host="PER", published="2024-03-15")
    dates = {r.speaker: r.date for r in rows}
    assert list(dates.values()) == ["2024-03-11", "2024-03-15"], rows


@pytest.mark.parametrize(
    "text",
    [
        "Japan on Monday congratulated Ruiz. Its foreign minister, Yoko Kamikawa, said Tokyo would keep helping.",
        "Officials said on Monday that Japan had congratulated Ruiz. Its foreign minister, Yoko Kamikawa, said Tokyo would keep helping.",
    ],
)
def test_a_government_reacting_still_dates_its_official(text):
    rows = extract_text(_LEAD + text, host="PER", published="2024-03-15")
    assert [(r.speaker, r.date) for r in rows if r.speaker == "Yoko Kamikawa"] == [("Yoko Kamikawa", "2024-03-11")], rows
