"""Theme words of wire and feed items, each row a sentence written for this file, the theme and whether the
speaker's words carry it (data/README.md "Theme conventions": trade in other words, free votes, the constitutional
order kept, terrorism stood against, a region armed, a planned ministerial mission; not "business" as an idiom or
a venue, a visit cut short, the delegations received where the speaker spoke)."""

import pytest

from tracker.extract.themes import match_themes


@pytest.mark.parametrize(
    ("text", "theme", "carried"),
    [
        # economy: trade named as commerce, a country's ores
        ("we will revitalise our commercial relationship with Lima", "economy", True),
        ("the two governments deepened commercial ties last year", "economy", True),
        ("Washington would be getting mining rights in the east", "economy", True),
        ("a commercial flight landed at Beira", "economy", False),
        # ... not "business" as the idiom of concern, nor the forum where the speaker spoke
        ("maritime safety is the business of every coastal state", "economy", False),
        ("she spoke on the sidelines of a business forum in Hanoi about the coast guard", "economy", False),
        ("more business between our ports is the aim", "economy", True),
        # security: a region armed, terrorism stood against
        ("a potential militarisation of the Pacific", "security", True),
        ("we will not let them militarize the islands", "security", True),
        ("Canada stands firmly with Kenya against terrorism", "security", True),
        ("Paris stands with the victims' families", "security", False),
        # democracy: a free vote, the constitutional order kept
        ("the Ecuadorian people had voted freely and calmly", "democracy", True),
        ("France calls for the preservation of the constitutional order in Niamey", "democracy", True),
        ("the people were free to travel", "democracy", False),
        # summit: a trip with its purpose across a two-word capital, a ministerial mission sent
        ("she would fly to Port Moresby for the swearing-in", "summit", True),
        ("the bloc would send a ministerial mission to Niamey", "summit", True),
        ("the agency would send a mission to assess the damage", "summit", False),
        # ... not a visit cut short, nor the delegations received where the speaker then spoke
        ("King X cut short a trip to Geneva and said his government would send aid", "summit", False),
        ("receiving both delegations at the palace, he called it historic", "summit", False),
        ("he will receive both delegations at the palace next week", "summit", True),
    ],
)
def test_theme_word(text: str, theme: str, carried: bool) -> None:
    found = match_themes(text)
    assert (theme in found) is carried, found
