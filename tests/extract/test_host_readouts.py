"""On a host's readout, the capitalised office alone ("The President thanked him") is the host's own
head once the page named him, not the foreign president named last."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "host", "published", "speaker"),
    [
        ("President Hichilema received a call from Brazilian President Luiz Inacio Lula da Silva on Monday. Lula "
         "congratulated him on his victory. The President thanked him and said Zambia valued its ties with Brazil.",
         "ZMB", "2023-08-15", "Hakainde Hichilema"),
        ("Prime Minister Modi spoke with Prime Minister Anthony Albanese of Australia on Friday. Albanese wished him "
         "success. The Prime Minister thanked him and said India treasured the partnership.",
         "IND", "2024-06-08", "Narendra Modi"),
    ],
)
def test_the_capitalised_office_alone_on_a_host_page_is_the_hosts_head(text, host, published, speaker):
    rows = extract_text(text, host=host, published=published)
    thanked = [r for r in rows if "thanked" in r.quote]
    assert [(r.country, r.speaker) for r in thanked] == [(host, speaker)], rows


def test_a_lower_case_president_still_follows_the_last_one_named():
    rows = extract_text("Kenya's President William Ruto won the vote. French President Emmanuel Macron called him on "
                        "Tuesday. The president said France stood with Kenya.", host="KEN", published="2022-09-14")
    assert ("FRA", "Emmanuel Macron") in {(r.country, r.speaker) for r in rows}, rows
    assert ("KEN", "William Ruto") not in {(r.country, r.speaker) for r in rows}, rows
