"""A ministry's words and, beside them, a spokesperson of another office (the leader's, another portfolio's): two rows."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the leader's spokesman in the next sentence speaks for the Kremlin, not for the ministry
        (
            'In Moscow, the Russian Foreign Ministry had said late on Wednesday that the claims were "a crude '
            'fabrication". Kremlin spokesman Dmitry Peskov on Thursday called the first reaction in European '
            'capitals "premature" and said Moscow would wait for the facts.',
            [("RUS", "Russian Foreign Ministry", "2024-03-13"), ("RUS", "Dmitry Peskov", "2024-03-14")],
        ),
        # another portfolio's spokesman: the defence ministry's words stay its own
        (
            'The Chinese Defence Ministry said on Monday that the patrol over the strait was "routine". '
            'Foreign ministry spokesman Lin Jian told reporters on Tuesday the drills were "a stern warning".',
            [("CHN", "Chinese Defence Ministry", "2024-03-11"), ("CHN", "Lin Jian", "2024-03-12")],
        ),
        (
            'Turkey\'s Defence Ministry said on Sunday the shelling was "unacceptable". Turkish presidential '
            'spokesman Ibrahim Kalin, speaking in Ankara on Monday, called for "restraint on every side".',
            [("TUR", "Turkish Defence Ministry", "2024-03-10"), ("TUR", "Ibrahim Kalin", "2024-03-11")],
        ),
    ],
)
def test_a_spokesperson_of_another_office_is_not_the_ministrys_voice(text, rows):
    got = extract_text(text, host="POL")
    assert [(r.country, r.speaker, r.date) for r in got] == rows, got
    assert all(r.via is None for r in got), got


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        # the ministry's own spokesperson, named after it, is its voice (one row)
        (
            'The Indian External Affairs Ministry said the vote was "regrettable". Its spokesman Randhir Jaiswal '
            "added that New Delhi would keep talking to every side.",
            ("IND", "Randhir Jaiswal"), "Ministry of External Affairs",
        ),
        (
            'The Japanese Foreign Ministry called the launch "a grave provocation". Foreign ministry spokesman '
            "Toshihiro Kitamura said Tokyo had protested through its embassy in Beijing.",
            ("JPN", "Toshihiro Kitamura"), "Japanese Foreign Ministry",
        ),
    ],
)
def test_the_ministrys_own_spokesperson_still_speaks_for_it(text, speaker, via):
    got = extract_text(text, host="POL")
    assert [(r.country, r.speaker, r.via) for r in got] == [(*speaker, via)], got


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the ministry's statement of one day and its spokesman's briefing of the next: two statements
        (
            'On Saturday, Iran\'s foreign ministry announced that it was recalling its ambassador, saying the decision '
            'had been "forced on Tehran". The tone on Monday was harsher. At Monday\'s briefing, spokesman Esmaeil '
            'Baghaei warned that the country "will answer every provocation".',
            [("IRN", "2024-03-09"), ("IRN", "2024-03-11")],
        ),
        (
            "The Japanese Foreign Ministry protested on Tuesday, calling the survey \"unacceptable\". Foreign ministry "
            'spokesman Toshihiro Kitamura said on Wednesday that Tokyo "will not accept" the claim.',
            [("JPN", "2024-03-12"), ("JPN", "2024-03-13")],
        ),
    ],
)
def test_a_ministry_and_its_spokesperson_on_other_days_are_two_rows(text, rows):
    got = extract_text(text, host="POL")
    assert [(r.country, r.date) for r in got] == rows, got
    assert all(r.via is None for r in got), got


def test_a_ministry_and_its_spokesperson_on_the_same_day_stay_one_row():
    text = ('The Japanese Foreign Ministry protested on Tuesday, calling the survey "unacceptable". Foreign ministry '
            'spokesman Toshihiro Kitamura said on Tuesday that Tokyo "will not accept" the claim.')
    got = extract_text(text, host="POL")
    assert [(r.country, r.speaker, r.date) for r in got] == [("JPN", "Toshihiro Kitamura", "2024-03-12")], got
