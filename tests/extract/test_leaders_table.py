"""data/leaders.csv stays consistent as it grows, and the leaders it lists resolve in fresh sentences."""

import csv
import datetime as dt
from itertools import combinations

import pytest

from tracker.extract.lexicon import COUNTRIES, DATA_DIR, LEADERS_BY_NAME, ORGANIZATIONS
from tests.extract.conftest import extract_text

with open(DATA_DIR / "leaders.csv", encoding="utf-8", newline="") as fh:
    ROWS = list(csv.DictReader(fh))

# common words, first names and very common surnames: never a leader on their own
NEVER_ALONE = {
    "Lee", "Kim", "Park", "Khan", "Ali", "Singh", "Rahman", "Hassan", "Said", "Young", "King", "May", "Rice",
    "Church", "Price", "Hunt", "English", "Scotland", "Muscat", "Martin", "Bishop", "Cleverly", "Earnest", "Henry",
    "Philippe", "Gabriel", "Pavel", "Silva", "Santos", "Hussein", "Hussain", "Mustafa", "Mohamad", "Rashid",
    "Cohen", "Peters", "Davis", "Mitchell", "Ban", "Gang", "Kang", "Ma", "Abbott",
}


def _term(row):
    start = dt.date.fromisoformat(row["start"]) if row["start"] else dt.date.min
    end = dt.date.fromisoformat(row["end"]) if row["end"] else dt.date.max
    return start, end


def _overlap(a, b):
    (s1, e1), (s2, e2) = _term(a), _term(b)
    return s1 < e2 and s2 < e1


def test_every_row_names_a_known_country_or_organisation_and_a_role():
    orgs = {o.name for o in ORGANIZATIONS.values()}
    for row in ROWS:
        assert row["country"] in COUNTRIES or row["organization"] in orgs, row
        assert row["role"].strip() and row["name"].strip(), row


def test_dates_are_iso_and_terms_start_before_they_end():
    for row in ROWS:
        start, end = _term(row)
        assert start <= end, row


def test_no_row_is_listed_twice_and_one_persons_terms_in_one_role_do_not_overlap():
    seen = {}
    for row in ROWS:
        key = (row["name"], row["country"], row["organization"], row["role"])
        for other in seen.get(key, []):
            assert not _overlap(row, other), (row, other)
        seen.setdefault(key, []).append(row)


def test_two_people_share_an_alias_only_in_terms_that_do_not_overlap():
    by_alias = {}
    for row in ROWS:
        for alias in [row["name"], *row["aliases"].split("|")]:
            if alias and not alias.startswith("!"):
                by_alias.setdefault(alias, []).append(row)
    for alias, rows in by_alias.items():
        for a, b in combinations(rows, 2):
            if a["name"] != b["name"]:
                assert not _overlap(a, b), (alias, a["name"], b["name"])


def test_common_words_and_surnames_are_never_a_leader_alone():
    assert not NEVER_ALONE & set(LEADERS_BY_NAME)


def test_one_role_of_one_country_has_one_holder_at_a_time():
    dated = [r for r in ROWS if r["start"] and r["end"] and r["country"]]
    for a, b in combinations(dated, 2):
        if a["country"] == b["country"] and a["role"] == b["role"] and a["name"] != b["name"]:
            assert not _overlap(a, b), (a, b)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a full name, then the surname alone
        ('Nigerian Foreign Minister Yusuf Tuggar welcomed the vote. Tuggar said Abuja was "ready to help".', "2024-05-02",
         {("NGA", "Yusuf Tuggar")}),
        ('Naftali Bennett welcomed the deal. Bennett told reporters it was "a new chapter" for the region.', "2021-09-01",
         {("ISR", "Naftali Bennett")}),
        ('Magufuli said the vote had been "free and fair".', "2018-07-01", {("TZA", "John Magufuli")}),
        ('Cavusoglu told reporters that Ankara "respects the will of the people".', "2020-02-11",
         {("TUR", "Mevlut Cavusoglu")}),
        ('Çavuşoğlu told reporters that Ankara "respects the will of the people".', "2020-02-11",
         {("TUR", "Mevlut Cavusoglu")}),
        ('Skvernelis said Vilnius stood "shoulder to shoulder" with its neighbour.', "2019-03-04",
         {("LTU", "Saulius Skvernelis")}),
        # a role and a country on the article's date
        ('The Ghanaian president said the result was "a victory for democracy".', "2016-05-01", {("GHA", "John Mahama")}),
        ('The Brazilian president said the result was "a victory for democracy".', "2017-06-01", {("BRA", "Michel Temer")}),
        ('The Japanese prime minister said the result was "good news".', "2018-03-01", {("JPN", "Shinzo Abe")}),
        ('The Australian prime minister said the result was "good news".', "2016-01-10", {("AUS", "Malcolm Turnbull")}),
        ('The Peruvian president said the result was "good news".', "2019-01-10", {("PER", "Martin Vizcarra")}),
        ('Mexican Foreign Minister Marcelo Ebrard welcomed the result. Ebrard said it was "good news".', "2020-01-10",
         {("MEX", "Marcelo Ebrard")}),
        ('The Nepali prime minister said the result was "good news".', "2023-06-01", {("NPL", "Pushpa Kamal Dahal")}),
        # one person in two offices: the date picks the office, the name stays
        ('Japanese Foreign Minister Fumio Kishida said the talks were "useful".', "2016-04-01", {("JPN", "Fumio Kishida")}),
        # a surname two people held at different times goes to whoever held it on the date
        ('Sharif said Pakistan wanted "peace with all its neighbours".', "2016-03-01", {("PAK", "Nawaz Sharif")}),
        ('Sharif said Pakistan wanted "peace with all its neighbours".', "2024-06-01", {("PAK", "Shehbaz Sharif")}),
        # an organisation's head
        ('Grossi said the inspectors needed "full access" to the site.', "2023-03-01",
         {(None, "Rafael Grossi")}),
        # a past season dates the act: background, no reaction
        ("Ties have warmed since the winter of 2016, when Angela Merkel telephoned Ankara to urge restraint.", "2024-03-01",
         set()),
        ('In the summer of 2017, Mauricio Macri said the deal was "historic".', "2024-03-01", set()),
    ],
)
def test_new_leaders_resolve_by_name_and_by_role_on_the_date(text, published, expected):
    assert {(r.country, r.speaker) for r in extract_text(text, published=published)} == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ('Price said the new tariffs were "a mistake".', "2022-03-01"),  # Ned Price is never "Price"
        ('Scotland said the vote was "a mistake".', "2020-03-01"),  # Patricia Scotland is never "Scotland"
    ],
)
def test_a_surname_marked_never_alone_names_no_leader(text, published):
    assert all(r.speaker not in {"Ned Price", "Patricia Scotland"} for r in extract_text(text, published=published))
