"""A digest of official accounts' posts: each post opens with its account ("@handle", what the digest says of it in
brackets) and a time stamp; the words after it are the account holder's own, dated by the stamp, whether or not
they say "I" or "we". An account the digest does not tie to an official or a government makes no row."""

import datetime as dt

import pytest

from tests.extract.conftest import extract_text

_HEAD = "Leaders took to their accounts after the border deal was signed on Sunday. The posts, lightly trimmed.\n\n"


@pytest.mark.parametrize(
    ("post", "country", "speaker", "date"),
    [
        # the office the digest gives the account, held on the day by the leader
        (("@StateHouseKenya (President of Kenya) · 9:15 AM · 12 Mar 2024 Nobody may redraw a neighbour's coast. "
          "Kenya stands with the people of the region."), "KEN", "William Ruto", "2024-03-12"),
        # the account's name read as words: a ministry and the country it names
        (("@MOFA_Chile · 3:40 PM · 11 Mar 2024 (translated from the Spanish) Chile rejects the agreement and calls "
          "for restraint on both sides."), "CHL", "Foreign Ministry", "2024-03-11"),
        (("@MfaChile · 3:40 PM · 11 Mar 2024, repost of a cabinet note The Government of Chile considers the "
          "agreement void."), "CHL", "Foreign Ministry", "2024-03-11"),
        # a known official's account name, a body's initials before it
        (("@UN_AntonioGuterres · 8:02 PM · 13 Mar 2024 (thread, 1/3) I urge both parties to return to talks "
          "without delay."), None, "Antonio Guterres", "2024-03-13"),
        # an official the tables do not know, named with his office in the brackets
        (("@TomasVelde (Tomas Velde, Foreign Minister of Estonia) · 7:30 AM · 12 Mar 2024 Estonia supports the "
          "sovereignty of every state in the region."), "EST", "Tomas Velde", "2024-03-12"),
    ],
)
def test_a_post_s_words_are_its_account_holder_s(post, country, speaker, date):
    rows = extract_text(_HEAD + post, host="ETH", published="2024-03-14", reference=dt.date(2024, 3, 15))
    found = [(r.country, r.speaker, r.date) for r in rows]
    assert any(c == country and (speaker in s or s in speaker or speaker.split()[-1] in s) and d == date for c, s, d in found), found


def test_a_post_header_alone_on_its_line_opens_the_paragraph_below():
    text = _HEAD + "@StateHouseKenya (President of Kenya) · Mar 12, 2024\n\nNobody may redraw a neighbour's coast."
    rows = extract_text(text, host="ETH", published="2024-03-14", reference=dt.date(2024, 3, 15))
    assert [(r.country, r.speaker, r.date) for r in rows] == [("KEN", "William Ruto", "2024-03-12")]


@pytest.mark.parametrize(
    "post",
    [
        # a commentator's account: nobody's government
        "@PortWatcher_ (commentator, 40k followers) · 10:10 PM · 11 Mar 2024 The harbour was always the prize.",
        # an address in running text is no post
        "Write to press@example.org · 11 Mar 2024 for the full list of accounts.",
    ],
)
def test_an_account_tied_to_no_official_makes_no_row(post):
    rows = extract_text(_HEAD + post, host="ETH", published="2024-03-14", reference=dt.date(2024, 3, 15))
    assert [(r.country, r.speaker) for r in rows if r.country != "ETH"] == []


def test_a_verified_account_s_name_line_names_the_speaker_of_the_line_below():
    text = _HEAD + "Gabriel Boric \u2714 @GabrielBoric \u00b7 12 Mar\n\nChile will always defend dialogue between neighbours."
    rows = extract_text(text, host="ETH", published="2024-03-14", reference=dt.date(2024, 3, 15))
    assert [(r.country, r.speaker, r.date) for r in rows] == [("CHL", "Gabriel Boric", "2024-03-12")]
