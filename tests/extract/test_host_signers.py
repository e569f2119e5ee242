"""A headline telling that a country signs a pact with another makes the signer the event's host, even where the
partner and the neighbours objecting are named more often in the text."""

import pytest

from tracker.extract import infer_host_country
from tracker.models import Article


@pytest.mark.parametrize(
    ("title", "text", "host"),
    [
        ("Kiribati signs fisheries pact with China over Canberra's objections",
         "TARAWA - Kiribati's president signed the pact in Beijing on Friday. China's premier said China would "
         "expand trade; Chinese state media hailed the deal. Australia said it was concerned, and Chinese officials "
         "said China's cooperation targeted no third party.", "KIR"),
        ("Vanuatu signed a security deal with Beijing, and Wellington is worried",
         "Vanuatu's prime minister signed the deal in Beijing. China welcomed it; China's foreign ministry said "
         "China respected Vanuatu's choices. New Zealand said it had not been consulted.", "VUT"),
    ],
)
def test_the_country_signing_is_the_host(title, text, host):
    assert infer_host_country([Article(title=title, text=text, published="2025-02-15")]) == host
