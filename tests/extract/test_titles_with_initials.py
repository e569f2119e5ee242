"""A body's initials in brackets, or a mission's after its noun, sit inside the title before a name: the
office holder speaks for the body ("The executive secretary of the Andean Community (CAN), X, said")."""

import pytest

from tests.extract.conftest import extract_text


@pytest.mark.parametrize(
    ("text", "speaker", "organization"),
    [
        ("Storms hit Malawi on Monday. The executive secretary of the Community of Portuguese Language Countries "
         "(CPLP), Maria Ferreira, said on Wednesday that the vote had been exemplary.", "Maria Ferreira", "CPLP"),
        ("Storms hit Malawi on Monday. The director of the Community of Portuguese Language Countries (CPLP), "
         "Paulo Mendes, said the region stood ready to help.", "Paulo Mendes", "CPLP"),
        ("Storms hit Malawi on Monday. The director general of the Organisation of Eastern Caribbean States (OECS), "
         "Ruth Alleyne, said the region stood ready to help.", "Ruth Alleyne", "Organisation of Eastern Caribbean States"),
        ("Storms hit Malawi on Monday. The executive secretary of the Intergovernmental Authority on Development "
         "(IGAD), Abdi Warsame, said the bloc would send relief.", "Abdi Warsame", "IGAD"),
    ],
)
def test_a_title_closing_with_the_body_s_initials_gives_the_name_after_it_the_body(text, speaker, organization):
    rows = extract_text(text, host="MWI")
    assert [(r.country, r.speaker, r.organization) for r in rows] == [(None, speaker, organization)], rows


@pytest.mark.parametrize(
    ("text", "speaker", "organization"),
    [
        ("Fighting flared near Goma on Monday. The head of the UN peacekeeping mission MONUSCO, Ines Marlow, said on "
         "Wednesday that civilians must be protected.", "Ines Marlow", "United Nations"),
        ("Fighting flared near Goma on Monday. The chief of the African Union force AMISOM, Kofi Mensah, said on "
         "Wednesday that his troops stood ready.", "Kofi Mensah", "African Union"),
    ],
)
def test_the_head_of_a_mission_named_with_its_initials_speaks_for_its_body(text, speaker, organization):
    rows = extract_text(text, host="COD")
    assert [(r.country, r.speaker, r.organization) for r in rows] == [(None, speaker, organization)], rows
