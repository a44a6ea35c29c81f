"""The event codebooks: facts read from sitrep/data/codebooks through sitrep.events.codebook."""

from __future__ import annotations

import pytest

from sitrep.events import codebook


def test_cameo_code_facts() -> None:
    fight = codebook.cameo("190")
    assert (fight.quad_class, fight.goldstein, fight.root, fight.plover_type) == (4, -10.0, "19", "ASSAULT")
    assert codebook.cameo("194").plover_mode == "heavy-weapons"
    assert codebook.cameo("0874").name == "Retreat or surrender militarily"
    assert codebook.goldstein("0874") == 10.0
    assert codebook.goldstein("042") == 1.9


@pytest.mark.parametrize(
    ("code", "quad"),
    [("010", 1), ("0256", 1), ("057", 1), ("060", 2), ("094", 2), ("100", 3), ("145", 3), ("150", 4), ("204", 4)],
)
def test_quad_class_follows_cameo_roots(code: str, quad: int) -> None:
    assert codebook.quad_class(code) == quad


def test_roots_are_codes_too() -> None:
    assert codebook.cameo("18").name == "Assault"
    assert codebook.cameo(4).root == "04"  # a root given as a number
    assert all(codebook.is_cameo(f"{root:02d}") for root in range(1, 21))
    assert not codebook.is_cameo("00")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("042", ("CONSULT", "visit")),
        ("173", ("COERCE", "arrest")),
        ("1831", ("ASSAULT", "suicide-attack")),
        ("186", ("ASSAULT", "targeted")),  # "assassinate" is not a PLOVER 2.0 mode
        ("0871", ("RETREAT", "ceasefire")),
        ("112", ("ACCUSE", "disapprove")),
        ("091", ("ACCUSE", "investigate")),
        ("012", (None, None)),  # PLOVER dropped CAMEO 01 and 02
    ],
)
def test_plover_for_cameo(code: str, expected: tuple[str | None, str | None]) -> None:
    assert codebook.plover_for_cameo(code) == expected


def test_every_mapped_mode_is_a_plover_mode() -> None:
    for entry in codebook.cameo_codes().values():
        if entry.plover_mode is not None:
            assert codebook.is_plover_mode(entry.plover_type, entry.plover_mode), entry


def test_unknown_codes_raise_clear_errors() -> None:
    with pytest.raises(codebook.UnknownCodeError, match="unknown CAMEO"):
        codebook.cameo("999")
    with pytest.raises(codebook.UnknownCodeError, match="not a CAMEO"):
        codebook.quad_class("abc")
    with pytest.raises(codebook.UnknownCodeError, match="PLOVER"):
        codebook.plover_from_v05("HUG")


def test_plover_types_and_v05_names() -> None:
    assert len(codebook.PLOVER_TYPES) == 16
    assert codebook.plover_from_v05("FIGHT") == "ASSAULT"
    assert codebook.plover_from_v05("demand") == "REQUEST"
    assert codebook.plover_from_v05("DISAPPROVE") == codebook.plover_from_v05("INVESTIGATE") == "ACCUSE"
    assert codebook.plover_from_v05("PROTEST") == "PROTEST"
    assert "drone" in codebook.plover_type("ASSAULT").modes
    assert codebook.plover_type("AGREE").modes == ()
    assert codebook.plover_type("PROTEST").quad_class == 4  # PLOVER's own category, unlike CAMEO 14
    assert codebook.plover_score("CONSULT", "visit") == 4.0
    assert codebook.plover_score("CONSULT", "no-such-mode") == 2.5
    assert {"GOV", "MIL", "REB", "CVL", "UAF"} <= set(codebook.PLOVER_SECTORS)


def test_default_cameo_for_every_plover_type_and_mode() -> None:
    assert codebook.default_cameo_for_plover("ASSAULT", "heavy-weapons").code == "194"
    assert codebook.default_cameo_for_plover("FIGHT").code == "190"
    for name in codebook.PLOVER_TYPES:
        for mode in (None, *codebook.plover_type(name).modes):
            assert codebook.is_cameo(codebook.default_cameo_for_plover(name, mode).code)


def test_acled_types_and_case_labels() -> None:
    assert len(codebook.ACLED_TYPES) == 6
    assert sum(len(subs) for subs in codebook.ACLED_TYPES.values()) == 25
    assert len(set(codebook.CASE_LABELS)) == 25
    assert codebook.case_label("Explosions/Remote violence", "Shelling/artillery/missile attack") == "ART_MISS_ATTACK"
    assert codebook.case_label("strategic developments", "other") == "OTHER"
    assert codebook.acled_for_case_label("FORCE_AGAINST_PROTEST") == ("Protests", "Excessive force against protesters")
    assert codebook.acled_type_of("Mob violence") == "Riots"
    for event_type, subs in codebook.ACLED_TYPES.items():
        for sub in subs:
            assert codebook.acled_for_case_label(codebook.case_label(event_type, sub)) == (event_type, sub)


def test_case_labels_match_the_shared_task(shared_data) -> None:
    listed = (shared_data / "events" / "case2021_event_types.txt").read_text().split()
    assert set(listed) == set(codebook.CASE_LABELS)
