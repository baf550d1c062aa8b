"""Human play and replay playback, headless: SDL's dummy video driver and posted key events."""

from __future__ import annotations

import os

os.environ["SDL_VIDEODRIVER"] = "dummy"  # before pygame opens a display
os.environ["SDL_AUDIODRIVER"] = "dummy"

import time  # noqa: E402
from dataclasses import replace  # noqa: E402

import pygame  # noqa: E402
import pytest  # noqa: E402

from rlqwop.cli import main as cli_main  # noqa: E402
from rlqwop.game.replay import load_replay, save_replay, verify  # noqa: E402
from rlqwop.play import Pacer, play, play_replay  # noqa: E402

KEYS = {"q": pygame.K_q, "w": pygame.K_w, "o": pygame.K_o, "p": pygame.K_p, "r": pygame.K_r,
        "esc": pygame.K_ESCAPE}


def script(events: dict[int, list[tuple[str, str]]]):
    """An on_update hook posting ("down" | "up", key) events at the given updates."""
    def on_update(update: int) -> None:
        for kind, key in events.get(update, []):
            kind = pygame.KEYDOWN if kind == "down" else pygame.KEYUP
            pygame.event.post(pygame.event.Event(kind, key=KEYS[key]))
    return on_update


def test_play_records_the_held_keys_restarts_on_r_and_quits_on_escape(tmp_path):
    events = {3: [("down", "q"), ("down", "o")], 20: [("up", "o"), ("down", "p")],
              40: [("up", "q"), ("up", "p")], 50: [("down", "r")], 55: [("down", "w")],
              80: [("down", "esc")]}
    code = play(start="fresh", replay_dir=tmp_path, scale=0.5, max_updates=500, fps=None,
                on_update=script(events))
    assert code == 0
    runs = sorted((load_replay(p) for p in tmp_path.iterdir()), key=lambda r: -r.result.updates)
    assert [r.result.updates for r in runs] == [50, 30]  # R at update 50, Esc at update 80
    first, second = runs
    assert first.keys == ("",) * 3 + ("qo",) * 17 + ("qp",) * 20 + ("",) * 10
    assert second.keys == ("",) * 5 + ("w",) * 25
    for run in runs:
        check = verify(run)
        assert check.ok and check.bit_identical, check.mismatches
    assert not any(name.endswith(".tmp") for name in os.listdir(tmp_path))


def test_a_fall_ends_the_run_and_saves_it_once(tmp_path, capsys):
    events = {0: [("down", "q"), ("down", "o")]}
    assert play(replay_dir=tmp_path, scale=0.25, max_updates=400, fps=None, on_update=script(events)) == 0
    files = list(tmp_path.iterdir())
    assert len(files) == 1
    run = load_replay(files[0])
    assert run.result.fallen and run.result.updates < 400  # saved when he fell, not at the quit
    assert verify(run).ok
    assert "(fell)" in capsys.readouterr().out


def test_max_updates_ends_the_session_and_saves_the_run(tmp_path):
    assert play(replay_dir=tmp_path / "new" / "dir", scale=0.25, max_updates=12, fps=None) == 0
    (path,) = (tmp_path / "new" / "dir").iterdir()
    run = load_replay(path)
    assert run.result.updates == 12 and run.keys == ("",) * 12
    assert run.options.start == "fresh"


def test_play_replay_headless_and_in_a_window(tmp_path, capsys):
    events = {0: [("down", "w"), ("down", "p")], 30: [("up", "w")]}
    play(start="reset", replay_dir=tmp_path, scale=0.25, max_updates=60, fps=None, on_update=script(events))
    (path,) = tmp_path.iterdir()
    assert play_replay(path, headless=True) == 0
    assert "OK: the re-simulation reproduces the distance and time" in capsys.readouterr().out
    assert play_replay(path, scale=0.25, fps=None, hold_s=0) == 0
    assert "bit-identical" in capsys.readouterr().out
    assert cli_main(["replay", "--headless", str(path)]) == 0


def test_play_replay_reports_a_mismatch_and_refuses_a_damaged_file(tmp_path, capsys):
    play(replay_dir=tmp_path, scale=0.25, max_updates=30, fps=None)
    (path,) = tmp_path.iterdir()
    run = load_replay(path)
    lie = tmp_path / "lie.qwopreplay"
    save_replay(lie, replace(run, result=replace(run.result, distance_m=42.0)))
    assert play_replay(lie, headless=True) == 1
    out = capsys.readouterr().out
    assert "MISMATCH" in out and "distance_m: recorded 42.0" in out
    assert play_replay(lie, scale=0.25, fps=None, hold_s=0) == 1
    broken = tmp_path / "broken.qwopreplay"
    broken.write_bytes(path.read_bytes()[:100])
    assert play_replay(broken, headless=True) == 2
    assert "is damaged" in capsys.readouterr().err


def test_pacer_holds_30_updates_per_second():
    pacer = Pacer(30)
    start = time.perf_counter()
    for _ in range(15):
        pacer.wait()
    elapsed = time.perf_counter() - start
    assert 15 / 30 - 0.005 <= elapsed < 2.0
    free = Pacer(None)
    start = time.perf_counter()
    for _ in range(1000):
        free.wait()
    assert time.perf_counter() - start < 3.0  # paced, 1000 waits would take 33 s


def test_bad_scale_is_refused(tmp_path, capsys):
    with pytest.raises(ValueError, match="scale must be > 0"):
        play(replay_dir=tmp_path, scale=0, max_updates=1, fps=None)
    for command in (["play"], ["watch"], ["replay", "x.qwopreplay"]):
        for scale in ("0", "-1", "nan", "1e5"):
            with pytest.raises(SystemExit):
                cli_main([*command, "--scale", scale])
            assert "--scale" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli_main(["play", "--max-updates", "0"])
    assert "--max-updates" in capsys.readouterr().err


def test_a_file_as_the_replay_directory_is_refused(tmp_path, capsys):
    (tmp_path / "replays").write_text("not a directory")
    assert play(replay_dir=tmp_path / "replays", scale=0.25, max_updates=1, fps=None) == 2
    assert "is a file" in capsys.readouterr().err


def test_runs_saved_in_the_same_second_never_replace_each_other(tmp_path, monkeypatch):
    import rlqwop.play as play_module

    second = play_module.datetime(2026, 1, 2, 3, 4, 5)

    class Frozen:  # every run's stamp is the same second
        @staticmethod
        def now():
            return second
    monkeypatch.setattr(play_module, "datetime", Frozen)
    for _ in range(3):
        assert play(replay_dir=tmp_path, scale=0.25, max_updates=3, fps=None) == 0
    names = {p.name for p in tmp_path.iterdir()}
    assert names == {f"20260102-030405_0.3m{suffix}.qwopreplay" for suffix in ("", "-2", "-3")}


@pytest.fixture(scope="module")
def rival(tmp_path_factory):
    """An untrained runner's checkpoint, and its run from the exact start: (distance, race time)
    after every update, and how it ended."""
    from rlqwop.agents.runner import load_runner
    from rlqwop.play import Episode
    from tests.agents.test_evaluate import make_ppo_checkpoint

    path = make_ppo_checkpoint(tmp_path_factory.mktemp("ckpt") / "rival.pt",
                               env_kwargs={"time_limit_s": 2.0})
    runner = load_runner(path)
    env = runner.make_env()
    run = Episode(runner, env)
    states = [(distance, game.race_time_s) for game, _, distance, _ in run]
    env.close()
    return path, states, run.end


def test_a_race_steps_the_rival_with_the_player_and_r_restarts_both(tmp_path, rival, capsys):
    from rlqwop.play import describe_end

    path, states, end = rival
    restart = len(states) + 10  # the rival's run is over by then, the player's not
    events = {0: [("down", "w")], restart: [("down", "r")]}
    assert play(replay_dir=tmp_path, scale=0.25, max_updates=restart + 15, fps=None,
                race=path, on_update=script(events)) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("rival")]
    distance, race_time = states[14]  # 15 updates after R
    assert race_time == pytest.approx(0.5)
    assert lines == [f"rival {path}: {describe_end(end)}",
                     f"rival {path}: {distance:.2f} m at {race_time:.2f} s on the race clock "
                     f"(running)"]
    updates = sorted(load_replay(p).result.updates for p in tmp_path.iterdir())
    assert updates == [15, restart]  # the player's runs are saved as without a rival


def test_a_race_window_has_two_panels():
    from rlqwop.play import Screen

    screen = Screen(0.5, "race", panels=2)
    try:
        assert screen.size == (320, 300)
        assert [p.area.get_abs_offset() for p in screen.panels] == [(0, 0), (0, 150)]
    finally:
        pygame.quit()


def test_a_race_against_a_missing_checkpoint_is_refused_before_a_window(tmp_path, capsys):
    missing = tmp_path / "nope.pt"
    assert cli_main(["play", "--race", str(missing), "--replay-dir", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err
    assert "rlqwop play: error" in err and str(missing) in err
    assert not (tmp_path / "r").exists()


def test_a_race_is_decided_once_both_runs_have_ended(tmp_path, rival, capsys):
    from types import SimpleNamespace as Run

    from rlqwop.play import race_verdict

    path, states, end = rival
    events = {0: [("down", "o")]}  # holding O he falls at update 49 (tests/game)
    assert play(replay_dir=tmp_path, scale=0.25, max_updates=max(len(states), 49) + 5, fps=None,
                race=path, on_update=script(events)) == 0
    (replay,) = [load_replay(p) for p in tmp_path.iterdir()]
    assert replay.result.fallen
    verdicts = [line for line in capsys.readouterr().out.splitlines() if line.startswith("race")]
    assert verdicts == [f"race against {path.name}: {race_verdict(replay.result, end)}"]
    # the rule itself: a finish beats none, then time, else distance
    assert race_verdict(Run(finished=True, race_time_s=50.0, distance_m=100.0),
                        Run(finished=False, race_time_s=9.0, distance_m=99.0)) == "you win"
    assert race_verdict(Run(finished=True, race_time_s=50.0, distance_m=100.0),
                        Run(finished=True, race_time_s=45.0, distance_m=100.2)) == "the runner wins"
    assert race_verdict(Run(finished=False, race_time_s=5.0, distance_m=3.0),
                        Run(finished=False, race_time_s=9.0, distance_m=2.0)) == "you win"
    assert race_verdict(Run(finished=False, race_time_s=5.0, distance_m=3.0),
                        Run(finished=False, race_time_s=9.0, distance_m=3.0)) == "a dead heat"


def test_without_a_display_play_says_so_instead_of_running_unseen(tmp_path, monkeypatch, capsys):
    """With no display SDL falls back to drawing in memory ("offscreen"): the game must not run
    on in a window nobody sees (unless SDL_VIDEODRIVER asked for such a driver, as these tests
    do)."""
    monkeypatch.delenv("SDL_VIDEODRIVER")
    monkeypatch.setattr(pygame.display, "get_driver", lambda: "offscreen")
    assert play(replay_dir=tmp_path / "r", scale=0.25, max_updates=5, fps=None) == 1
    assert "cannot open a window (no display found)" in capsys.readouterr().err
    assert list((tmp_path / "r").iterdir()) == []
    monkeypatch.setenv("SDL_VIDEODRIVER", "offscreen")  # asked for: allowed
    assert play(replay_dir=tmp_path / "r", scale=0.25, max_updates=5, fps=None) == 0


def test_a_replay_directory_that_cannot_be_made_is_refused_first(tmp_path, capsys):
    (tmp_path / "file").write_text("")
    missing = tmp_path / "nope.pt"
    assert play(replay_dir=tmp_path / "file" / "sub", scale=0.25, max_updates=1, fps=None,
                race=missing) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'file'} is a file" in err and str(missing) not in err


def test_a_replay_that_cannot_be_saved_is_said_once_and_the_game_goes_on(tmp_path, monkeypatch,
                                                                         capsys):
    import errno

    import rlqwop.play as play_module

    calls = []

    def full_disk(path, replay, overwrite=True):
        calls.append(path)
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(play_module, "save_replay", full_disk)
    events = {0: [("down", "q"), ("down", "o")]}  # a fall at update 49: the run ends and is saved
    assert play(replay_dir=tmp_path, scale=0.25, max_updates=80, fps=None,
                on_update=script(events)) == 0
    assert len(calls) == 1  # not again at the quit
    err = capsys.readouterr().err
    assert err.count("the run's replay was not saved") == 1 and "No space left" in err
    assert not pygame.get_init()


def test_saving_into_a_directory_that_became_a_file_fails_at_once(tmp_path, monkeypatch):
    import rlqwop.play as play_module

    replay = _short_replay(tmp_path)
    (tmp_path / "gone").write_text("")
    tries = []
    save = play_module.save_replay

    def counted(*args, **kwargs):
        tries.append(1)
        assert len(tries) < 5, "it tries name after name (-2, -3, ...: it did for ever)"
        return save(*args, **kwargs)
    monkeypatch.setattr(play_module, "save_replay", counted)
    with pytest.raises(OSError):
        play_module._save_new_replay(tmp_path / "gone", replay)
    assert len(tries) == 1


def _short_replay(tmp_path):
    assert play(replay_dir=tmp_path / "one", scale=0.25, max_updates=3, fps=None) == 0
    (path,) = (tmp_path / "one").iterdir()
    return load_replay(path)


def test_ctrl_c_ends_play_quietly_and_keeps_the_run(tmp_path, monkeypatch, capsys):
    import rlqwop.play as play_module

    waits = []

    def interrupted(self):
        waits.append(1)
        if len(waits) == 5:
            raise KeyboardInterrupt
    monkeypatch.setattr(play_module.Pacer, "wait", interrupted)
    assert cli_main(["play", "--replay-dir", str(tmp_path), "--scale", "0.25"]) == 130
    assert "rlqwop play: interrupted" in capsys.readouterr().err
    (path,) = tmp_path.iterdir()
    assert load_replay(path).result.updates == 5


def test_a_replay_asking_for_endless_preclick_updates_is_refused(tmp_path):
    from rlqwop.game import Game
    from rlqwop.game.replay import ReplayError
    from rlqwop.game.rules import MAX_PRECLICK_UPDATES

    with pytest.raises(ValueError, match="preclick_updates"):
        Game(preclick_updates=MAX_PRECLICK_UPDATES + 1)
    replay = _short_replay(tmp_path)
    bad = replace(replay, options=replace(replay.options, preclick_updates=10**30))
    save_replay(tmp_path / "bad.qwopreplay", bad)  # written with a valid checksum
    with pytest.raises(ReplayError, match="damaged.*preclick_updates"):
        load_replay(tmp_path / "bad.qwopreplay")


def test_a_rival_stopped_by_its_env_says_how_its_run_ended(tmp_path, rival, monkeypatch):
    """The rival's env can end its run without a fall or a finish (here its 2 s time limit): its
    panel then says so, as it says a fall."""
    from rlqwop.play import describe_end, end_message

    path, states, end = rival
    drawn = _drawn(monkeypatch)
    assert play(replay_dir=tmp_path, scale=0.25, max_updates=len(states) + 3, fps=None,
                race=path) == 0
    last = [message for corner, _, message in drawn if corner.startswith("rival")][-1]
    assert last == (end_message(end, again="") if end.fallen or end.finished else describe_end(end))
    assert last


def _drawn(monkeypatch):
    """Every panel drawing's (corner, lines, message), in order."""
    from rlqwop.play import Panel

    drawn = []
    draw = Panel.draw

    def keep(self, game, distance_m, held, lines, corner, message="", note=""):
        drawn.append((corner, list(lines), message))
        draw(self, game, distance_m, held, lines, corner, message, note)
    monkeypatch.setattr(Panel, "draw", keep)
    return drawn


def test_closing_the_window_quits_and_a_lost_focus_lets_go_of_the_keys(tmp_path):
    from rlqwop.play import _FOCUS_LOST

    def on_update(update):
        if update == 0:
            pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=KEYS["w"]))
        elif update == 10:  # alt-tab: the key's release goes to another window
            pygame.event.post(pygame.event.Event(_FOCUS_LOST))
        elif update == 20:
            pygame.event.post(pygame.event.Event(pygame.QUIT))
    assert play(replay_dir=tmp_path, scale=0.25, max_updates=100, fps=None, on_update=on_update) == 0
    (path,) = tmp_path.iterdir()
    assert load_replay(path).keys == ("w",) * 10 + ("",) * 10


def test_the_end_of_a_run_is_shown_until_r_and_not_after(tmp_path, monkeypatch):
    drawn = _drawn(monkeypatch)
    events = {0: [("down", "o")], 70: [("up", "o"), ("down", "r")]}  # O held: a fall at 49
    assert play(replay_dir=tmp_path, scale=0.25, max_updates=75, fps=None,
                on_update=script(events)) == 0
    messages = [message for _, _, message in drawn]
    fell = [i for i, m in enumerate(messages) if m.startswith("He fell at")]
    assert fell == list(range(48, 70))  # from the fall (update 49, drawn 49th) until R
    assert len(set(messages[48:70])) == 1  # the distance in it frozen, not the sliding ragdoll's
    assert messages[70:] == [""] * 5  # the new run shows no old result


def test_the_race_verdict_is_shown_in_the_window(tmp_path, rival, monkeypatch, capsys):
    path, states, end = rival
    drawn = _drawn(monkeypatch)
    events = {0: [("down", "o")]}
    assert play(replay_dir=tmp_path, scale=0.25, max_updates=max(len(states), 49) + 5, fps=None,
                race=path, on_update=script(events)) == 0
    verdict = [line for line in capsys.readouterr().out.splitlines() if line.startswith("race")]
    shown = drawn[-2][1]  # the player's panel, last update
    assert verdict and shown[-1] == verdict[0].split(": ", 1)[1]


def test_the_cli_says_when_the_first_use_will_compile_the_engine(tmp_path, monkeypatch, capsys):
    import rlqwop.game.fast as fast

    missing = str(tmp_path / "none.qwopreplay")
    for cached in (False, True):
        monkeypatch.setattr(fast, "kernels_cached", lambda: cached)
        assert cli_main(["replay", "--headless", missing]) == 2
        said = "compiles them (1-5 minutes, once" in capsys.readouterr().err
        assert said is not cached
    monkeypatch.undo()
    import numpy as np

    from rlqwop.game import Game, GameBatch

    Game().step("")  # one game's kernel (step_game) and the batch's (step_all): now on disk
    GameBatch(2).step(np.zeros(2, dtype=int), np.zeros(2, dtype=int))
    assert fast.kernels_cached()
    monkeypatch.setenv("NUMBA_CACHE_DIR", str(tmp_path / "empty"))
    assert not fast.kernels_cached()


def test_closing_the_replay_window_still_verifies_the_whole_run(tmp_path, capsys):
    events = {0: [("down", "w"), ("down", "p")]}
    play(replay_dir=tmp_path, scale=0.25, max_updates=40, fps=None, on_update=script(events))
    (path,) = tmp_path.iterdir()
    capsys.readouterr()
    pygame.display.init()
    pygame.event.post(pygame.event.Event(pygame.QUIT))  # read at the first update: closed at once
    assert play_replay(path, scale=0.25, fps=None, hold_s=0) == 0
    assert "bit-identical" in capsys.readouterr().out


def test_a_key_or_closing_the_window_ends_the_hold():
    from rlqwop.play import hold

    pygame.display.init()
    try:
        for event in (pygame.event.Event(pygame.KEYDOWN, key=KEYS["q"]), pygame.event.Event(pygame.QUIT)):
            pygame.event.post(event)
            start = time.perf_counter()
            hold(60.0)
            assert time.perf_counter() - start < 30.0
    finally:
        pygame.quit()
