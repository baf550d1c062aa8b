"""pybox2d's parity with the real game's recordings (shared/realgame, or the repository's copy in
tests/data/realgame), pinned so that it cannot get worse. The fast engine's (bit for bit) is pinned
in test_fast_engine.py."""

from __future__ import annotations

import json

import pytest

from rlqwop.game.parity import compare_recording, default_realgame_dir, recordings

REALGAME = default_realgame_dir()

# recording: (first update with torso x off by > 0.1, the same for > 0.01,
#             torso x error after 1 update, after 10 updates)
PINNED = {
    'hard__idle': (19, 8, 3.809596607062815e-07, 0.001238789130197926),
    'hard__idle_preclick31': (19, 8, 8.528248455430543e-06, 5.94314190789369e-05),
    'hard__random_seed01': (22, 8, 0.0006348368454993647, 0.036687674301999706),
    'hard__random_seed02': (25, 8, 3.809596607062815e-07, 0.02029580427823996),
    'hard__random_seed03': (34, 4, 0.0019496349886125586, 0.014426501782977663),
    'hard__random_seed04': (36, 4, 0.0019496349886125586, 0.03209620119082057),
    'hard__random_seed05': (23, 13, 4.619169352704233e-05, 0.004818844053887883),
    'hard__single_o': (20, 4, 0.0012662291193246134, 0.00943578847818971),
    'hard__single_p': (19, 8, 0.0006348368454993647, 0.028444270754472978),
    'hard__single_q': (38, 4, 0.0019496349886125586, 0.03352749216490425),
    'hard__single_w': (23, 9, 0.002269932438677902, 0.030539640081417296),
    'soft__idle': (18, 7, 6.621712160814752e-07, 0.0011550372446134105),
    'soft__random_seed01': (17, 9, 0.000635696693539245, 0.02699910784780135),
    'soft__random_seed02': (16, 8, 6.621712160814752e-07, 0.02899497839716947),
    'soft__random_seed03': (21, 4, 0.0019529720590818478, 0.02245363899052677),
    'soft__random_seed04': (15, 4, 0.0019529720590818478, 0.06016263039403302),
    'soft__random_seed05': (32, 12, 4.6944667452475386e-05, 0.007602468807492269),
    'soft__single_o': (17, 4, 0.0012673773554241485, 0.026175424331726038),
    'soft__single_p': (19, 7, 0.000635696693539245, 0.02755215738041228),
    'soft__single_q': (19, 4, 0.0019529720590818478, 0.05618437889695427),
    'soft__single_w': (26, 9, 0.00226660911493326, 0.026071843649472903),
}


def test_the_recordings_are_all_here():
    """Every parity test reads the recordings: without them they would have nothing to compare
    (the tests parametrized over them would not even exist), so their absence fails here."""
    cases = json.loads((REALGAME / "manifest.json").read_text())["cases"]
    assert sorted(p.name for p in recordings(REALGAME)) == sorted(case["file"] for case in cases)
    assert sorted(p.stem for p in recordings(REALGAME)) == sorted(PINNED)


@pytest.fixture(scope="module")
def rows():
    return {r["recording"]: r for r in (compare_recording(p, "box2d") for p in recordings(REALGAME))}


def test_every_recording_is_compared(rows):
    assert set(rows) == set(PINNED)


def test_the_start_is_the_real_games_start(rows):
    for name, row in rows.items():
        assert row["built_error"] < 1e-5, name
        if name.startswith("hard__"):
            assert row["row0_error"] < 1e-5, name


@pytest.mark.parametrize("name", sorted(PINNED))
def test_parity_is_no_worse_than_pinned(rows, name):
    first_01, first_001, error_1, error_10 = PINNED[name]
    row = rows[name]
    assert row["first_x_over_0.1"] >= first_01
    assert row["first_x_over_0.01"] >= first_001
    assert row["torso_error_1"][0] <= error_1 * 1.001 + 1e-9
    assert row["torso_error_10"][0] <= error_10 * 1.001 + 1e-9


def test_single_o_falls_at_the_real_update(rows):
    assert rows["hard__single_o"]["fall"] == rows["hard__single_o"]["real_fall"] == 49
