"""Officials the extractor used to miss: a title owned by "the bloc's" or "the alliance's", a junta or
military council speaking as its country's government, a principal deputy spokesperson, a UN humanitarian
coordinator, a listed leader whose surname is also a word of a body's name, and a leader asking or pressing
another one to act."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the body owning the title opens the subject
        ("The EU will tighten the rules. The bloc's foreign policy chief, Kaja Kallas, said on Monday that it was ready.",
         "2025-06-10", {("EUU", "Kaja Kallas")}),
        ("Brussels will answer in kind, the bloc's trade commissioner, Maros Sefcovic, said on Monday.", "2025-06-10",
         {("EUU", "Maros Sefcovic")}),
        ("NATO will send two frigates. The alliance's secretary general, Mark Rutte, said on Monday that it was ready.",
         "2025-06-10", {(None, "Mark Rutte")}),
        # a junta or military council is its country's government
        ("Niger's ruling military council, the CNSP, said on Monday that the border would stay closed.", "2025-06-10",
         {("NER", "Military Council")}),
        ("Burkina Faso's junta said on Monday that the French ambassador had to leave.", "2025-06-10",
         {("BFA", "Junta")}),
        # a principal deputy spokesperson, owned by the department, in her own right
        ("The State Department's principal deputy spokesperson, Ana Ruiz, said on Monday Washington was concerned.",
         "2025-06-10", {("USA", "Ana Ruiz")}),
        # a UN humanitarian coordinator speaks for the UN, whatever country the post covers
        ("Ana Ruiz, the UN humanitarian coordinator for Haiti, said on Monday that the convoy had arrived.", "2025-06-10",
         {(None, "Ana Ruiz")}),
        ("The UN humanitarian coordinator for Haiti, Ana Ruiz, said on Monday that the convoy had arrived.", "2025-06-10",
         {(None, "Ana Ruiz")}),
        # a listed leader whose surname is a word of a body's name (the Hague Conference) keeps the name
        ("Foreign Secretary William Hague said on Monday that London was dismayed.", "2013-06-10",
         {("GBR", "William Hague")}),
        ("Foreign Secretary David Miliband said on Monday that London was dismayed.", "2009-06-10",
         {("GBR", "David Miliband")}),
        ("International Development Secretary Priti Patel said on Monday that two ships were on their way.", "2017-06-12",
         {("GBR", "Priti Patel")}),
        # a regional agency speaks for itself, not for the island it is helping
        ("The Caribbean Disaster Emergency Management Agency's executive director, Ana Ruiz, said on Monday that teams "
         "were ready.", "2025-06-10", {(None, "Ana Ruiz")}),
        # a request put to another leader is a reaction
        ("German Chancellor Olaf Scholz asked the Russian president on Monday to let the convoys through.", "2023-06-20",
         {("DEU", "Olaf Scholz")}),
        ("Turkey's president pressed his Russian counterpart on Monday to reopen the grain corridor.", "2023-06-20",
         {("TUR", "Recep Tayyip Erdogan")}),
    ],
)  # fmt: skip
def test_officials_of_bodies_juntas_coordinators_and_requests_speak(text, published, expected):
    rows = extract_text(text, published=published)
    assert {(r.country, r.speaker) for r in rows} == expected, rows


@pytest.mark.parametrize(
    "text",
    [
        "The bloc's members said on Monday that they would meet again.",
        "The Dutch foreign ministry summoned the ambassador to The Hague on Monday.",
        "Asked about the convoy on Monday, the governor declined to comment.",
        "Ana Ruiz, the campaign coordinator, said on Monday that they had won.",
    ],
)
def test_no_official_no_row(text):
    rows = extract_text(text, published="2025-06-10")
    assert not [r for r in rows if r.speaker in ("Ana Ruiz",) or "bloc" in r.speaker.lower() or "Hague" in r.speaker], rows


@pytest.mark.parametrize(
    "text",
    [
        "Suriname's government had not announced any aid by the time of writing.",
        "At the time of writing, Belize's foreign ministry had not replied to questions.",
    ],
)
def test_the_writers_time_of_writing_is_no_ones_act(text):
    assert extract_text(text, published="2025-06-10") == []
