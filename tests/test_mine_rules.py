from dataclasses import replace
from datetime import date

from greenmine_desktop.domain.mine import area_mismatch, search_text
from greenmine_desktop.services.demo import generate_register


def test_licence_is_valid_through_its_last_day():
    mine = replace(generate_register(1).mines[0], valid_to=date(2025, 6, 30))
    assert not mine.licence_expired(date(2025, 6, 30))
    assert mine.licence_expired(date(2025, 7, 1))
    assert not replace(mine, valid_to=None).licence_expired(date(2099, 1, 1))


def test_area_tolerance_is_a_tenth_of_a_percent():
    assert area_mismatch(1.0009, 1.0) is None
    assert area_mismatch(1.0011, 1.0) is not None
    assert area_mismatch(None, 1.0) is None and area_mismatch(1.0, None) is None


def test_search_text_is_case_folded_and_covers_three_fields():
    text = search_text("C62ABC", "某矿", "某公司")
    assert "c62abc" in text and "某矿" in text and "某公司" in text


def test_a_mine_survives_its_data_form():
    from greenmine_desktop.services.demo import generate_register

    for mine in generate_register(mines=20, seed=3).mines:
        again = type(mine).from_data(mine.to_data())
        assert again == mine and again.to_data() == mine.to_data()
