"""The dashboard's aggregate queries against a hand-countable two-event database."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard_data import EVENT_A, EVENT_B, RUBIO_QUOTE, build_two_event_db, event_id
from tracker.store import queries
from tracker.store.filters import Filters


@pytest.fixture
def two_events(tmp_path):
    return build_two_event_db(tmp_path / "two.duckdb")


def test_headline_counts_foreign_reactions_once(two_events):
    head = queries.headline(two_events, Filters())
    assert head == {
        "countries": 4,  # USA, JPN, CHN, FRA; KOR is domestic for its own election
        "reactions": 5,  # Rubio's statement is reported twice but is one reaction
        "mentions": 6,
        "outlets": 3,
        "articles": 3,
        "events": 2,
        "first_date": head["first_date"],
        "latest_date": head["latest_date"],
    }, head
    assert head["first_date"].date() == dt.date(2024, 10, 2)
    assert head["latest_date"].date() == dt.date(2025, 6, 5)


def test_headline_includes_domestic_only_when_asked(two_events):
    assert queries.headline(two_events, Filters(include_domestic=True))["countries"] == 5


def test_headline_of_a_filter_nothing_matches_counts_zero(two_events):
    head = queries.headline(two_events, Filters(speaker="nobody by this name"))
    assert {k: head[k] for k in ("countries", "reactions", "mentions", "outlets", "articles", "events")} == dict.fromkeys(
        ("countries", "reactions", "mentions", "outlets", "articles", "events"), 0
    )
    assert head["first_date"] is None and head["latest_date"] is None


def test_headline_with_a_title_search_counts_the_matching_articles(two_events):
    everything = queries.headline(two_events, Filters())
    title = queries.statement_table(two_events, Filters())["article_title"].iloc[0]
    found = queries.headline(two_events, Filters(search=title.split()[0]))
    assert 1 <= found["articles"] <= everything["articles"]
    assert found["mentions"] == queries.statement_count(two_events, Filters(search=title.split()[0]))


def test_country_summary_measures_days_from_the_event_date(two_events):
    a = event_id(two_events, EVENT_A)
    summary = queries.country_summary(two_events, Filters(events=(a,))).set_index("country")
    assert summary["days_to_first"].to_dict() == {"USA": 1, "JPN": 1, "CHN": 2}
    assert summary.loc["USA", "reactions"] == 1 and summary.loc["USA", "mentions"] == 2


def test_first_reactors_are_in_order_of_days_after_their_event(two_events):
    first = queries.first_reactors(two_events, Filters())
    assert list(first["country"]) == ["JPN", "USA", "CHN", "FRA"] or list(first["country"]) == ["USA", "JPN", "CHN", "FRA"]
    assert list(first["days_to_first"]) == [1, 1, 2, 4]
    usa = first.set_index("country").loc["USA"]
    # USA reacted to both events one day after each: the earlier calendar date wins the tie
    assert usa["speaker"] == "Antony Blinken"


def test_daily_counts_switch_between_reactions_and_mentions(two_events):
    a = Filters(events=(event_id(two_events, EVENT_A),))
    reactions = queries.daily_counts(two_events, a, unique=True)
    mentions = queries.daily_counts(two_events, a, unique=False)
    usa_day = (reactions["country"] == "USA") & (reactions["date"] == "2025-06-04")
    assert reactions.loc[usa_day, "n"].item() == 1
    assert mentions.loc[(mentions["country"] == "USA") & (mentions["date"] == "2025-06-04"), "n"].item() == 2
    assert reactions["n"].sum() == 3 and mentions["n"].sum() == 4


def test_country_filter_narrows_every_breakdown(two_events):
    only_china = Filters(countries=("CHN",))
    assert set(queries.daily_counts(two_events, only_china)["country"]) == {"CHN"}
    assert set(queries.theme_counts(two_events, only_china)["theme"]) == {"china", "trilateral"}
    assert queries.statement_count(two_events, only_china) == 1


def test_several_themes_select_statements_with_any_of_them(two_events):
    # alliance (Rubio reported twice, Blinken) or economy (Macron): four mentions from two countries
    either = Filters(themes=("alliance", "economy"))
    assert queries.statement_count(two_events, either) == 4
    assert set(queries.daily_counts(two_events, either)["country"]) == {"USA", "FRA"}
    assert queries.statement_count(two_events, Filters(themes=("economy", "no-such-theme"))) == 1
    assert queries.statement_count(two_events, Filters(themes=("no-such-theme",))) == 0


def test_theme_breakdowns_keep_to_the_chosen_themes(two_events):
    counts = queries.theme_counts(two_events, Filters(themes=("alliance",)))
    assert counts.set_index("theme")["n"].to_dict() == {"alliance": 2}
    heat = queries.country_theme_counts(two_events, Filters())
    assert heat.set_index(["country", "theme"])["n"].to_dict() == {
        ("CHN", "china"): 1, ("CHN", "trilateral"): 1, ("FRA", "economy"): 1,
        ("JPN", "trilateral"): 1, ("USA", "alliance"): 2,
    }


def test_theme_terms_count_statements_per_matched_term(two_events):
    terms = queries.theme_terms(two_events, Filters())
    table = terms.set_index(["theme", "term"])["n"].to_dict()
    assert table[("alliance", "alliance")] == 3  # "Alliance" and "alliance" are one term
    assert table[("economy", "economic ties")] == 1


def test_search_and_speaker_filters_reach_the_table(two_events):
    rows = queries.statement_table(two_events, Filters(speaker="rubio"))
    assert list(rows["quote"]) == [RUBIO_QUOTE, RUBIO_QUOTE]
    assert queries.statement_table(two_events, Filters(search="economic"))["speaker"].tolist() == ["Emmanuel Macron"]


def test_date_filter_is_inclusive(two_events):
    rows = queries.statement_table(two_events, Filters(date_from=dt.date(2025, 6, 5), date_to=dt.date(2025, 6, 5)))
    assert rows["country"].tolist() == ["CHN"]


def test_event_reaction_days_match_a_hand_count(two_events):
    days = queries.event_reaction_days(two_events, Filters())
    per_event = {name: dict(zip(g["day"], g["n"], strict=True)) for name, g in days.groupby("event_name")}
    assert per_event == {EVENT_A: {1: 2, 2: 1}, EVENT_B: {1: 1, 4: 1}}


def test_event_theme_shares_are_fractions_of_each_events_reactions(two_events):
    shares = queries.event_theme_shares(two_events, Filters())
    table = {(r.event_name, r.theme): (r.n, round(r.share, 3)) for r in shares.itertuples()}
    assert table == {
        (EVENT_A, "alliance"): (1, 0.333), (EVENT_A, "trilateral"): (2, 0.667), (EVENT_A, "china"): (1, 0.333),
        (EVENT_B, "alliance"): (1, 0.5), (EVENT_B, "economy"): (1, 0.5),
    }


def test_country_presence_lists_who_reacted_to_only_one_event(two_events):
    delays = queries.event_country_delays(two_events, Filters())
    wide = queries.country_presence(delays, [EVENT_A, EVENT_B]).set_index("country")
    assert wide["reacted_to"].to_dict() == {"CHN": 1, "FRA": 1, "JPN": 1, "USA": 2}
    assert wide.loc["FRA", EVENT_B] == 4 and wide[EVENT_A].isna()["FRA"]
    assert wide.loc["USA", EVENT_A] == 1 and wide.loc["USA", EVENT_B] == 1


def test_documents_follow_the_event_filter(two_events):
    b = event_id(two_events, EVENT_B)
    docs = queries.documents(two_events, Filters(events=(b,)))
    assert docs["name"].tolist() == ["summit_b.txt"]
    assert docs["n_statements"].tolist() == [2]
    assert len(queries.documents(two_events, Filters())) == 3


def test_filter_options_offer_what_is_stored(two_events):
    options = queries.filter_options(two_events)
    assert set(options["countries"]["country"]) == {"USA", "JPN", "CHN", "KOR", "FRA"}
    assert options["themes"] == ["alliance", "china", "economy", "trilateral"]
    assert set(options["events"]["name"]) == {EVENT_A, EVENT_B}


def test_empty_filters_give_empty_frames_not_errors(two_events):
    nothing = Filters(countries=("BRA",))
    for name in ("country_summary", "first_reactors", "daily_counts", "strip_points", "theme_counts",
                 "country_theme_counts", "theme_daily", "theme_terms", "statement_table",
                 "event_reaction_days", "event_theme_shares", "event_country_delays"):
        assert getattr(queries, name)(two_events, nothing).empty, name
    assert queries.headline(two_events, nothing)["mentions"] == 0


def test_reaction_order_lists_each_country_per_event_by_delay(two_events):
    order = queries.reaction_order(two_events, Filters())
    assert list(zip(order["country_name"], order["event_name"], order["days_from_event"], strict=True))[-2:] == [
        ("China", EVENT_A, 2), ("France", EVENT_B, 4),
    ]
    assert len(order) == 5  # USA once per event


def test_organisations_count_under_their_own_name_but_stay_off_the_map(two_events):
    from tracker.models import Article, Statement
    from tracker.store.ingest import store_extracted

    text = "UN Secretary-General Antonio Guterres said 'we stand with the people'."
    quote = "we stand with the people"
    start = text.index(quote)
    un = Statement(country=None, country_name=None, organization="United Nations", speaker="Antonio Guterres",
                   date="2025-06-04", kind="welcome", themes=("democracy",), quote=quote, start=start,
                   end=start + len(quote), spans=((start, start + len(quote)),))
    store_extracted(two_events, b"un-dump", "un.txt", [Article(title="UN", text=text)], [[un]],
                    reference_date=dt.date(2025, 6, 6), event=EVENT_A)
    a = Filters(events=(event_id(two_events, EVENT_A),))
    daily = queries.daily_counts(two_events, a)
    assert ("United Nations", 1) in set(zip(daily["country_name"], daily["n"], strict=True))
    assert "United Nations" in set(queries.strip_points(two_events, a)["country_name"])
    assert "United Nations" in set(queries.reaction_order(two_events, a)["country_name"])
    assert "United Nations" in set(queries.country_theme_counts(two_events, a)["country_name"])
    assert set(queries.country_summary(two_events, a)["country"]) == {"USA", "JPN", "CHN"}
    assert queries.headline(two_events, a)["countries"] == 3


def test_strip_shows_the_earliest_statements_first_and_cuts_at_its_limit(two_events):
    everything = queries.strip_points(two_events, Filters(include_domestic=True), unique=False)
    dates = list(everything["date"])
    assert dates == sorted(dates) and len(everything) == 7  # 6 foreign mentions and one domestic
    first_two = queries.strip_points(two_events, Filters(include_domestic=True), unique=False, limit=2)
    assert list(first_two["date"]) == dates[:2]
    assert first_two.equals(everything.head(2))  # ties at the cut always resolve the same way
    # each dot still carries its own speaker and quote
    assert set(first_two["speaker"]) <= set(everything["speaker"]) and first_two["quote"].notna().all()
