"""``rlqwop watch`` headless and ``rlqwop record`` videos of a runner, read back with imageio."""

import imageio
import pytest

from rlqwop.agents import runner as runner_module
from rlqwop.agents.checkpoint import TEMP_SUFFIX
from rlqwop.cli import main as cli_main
from rlqwop.watch import watch
from tests.agents.test_evaluate import make_ppo_checkpoint


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """A checkpoint and the number of game updates of its run from the exact start."""
    path = make_ppo_checkpoint(tmp_path_factory.mktemp("ckpt") / "last.pt",
                               env_kwargs={"time_limit_s": 2.0})
    runner = runner_module.load_runner(path)
    env = runner.make_env()
    updates = sum(1 for _ in runner_module.updates(runner, env))
    env.close()
    return path, updates


def test_record_writes_a_playable_mp4(run, tmp_path, capsys):
    path, updates = run
    out = tmp_path / "run.mp4"
    assert cli_main(["record", str(path), str(out), "--size", "320x200"]) == 0
    frames = updates + 30  # every update, then the last picture for 1 s
    assert f"{frames} frames, 320x200" in capsys.readouterr().out
    reader = imageio.v2.get_reader(out, format="FFMPEG")
    assert reader.get_meta_data()["fps"] == 30
    assert reader.count_frames() == frames  # decodes the whole video
    first = reader.get_data(0)
    assert first.shape == (200, 320, 3) and first.std() > 10  # a picture, not a blank frame
    reader.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.mp4"]  # no temporary file left


def test_record_writes_a_gif_and_honours_max_seconds(run, tmp_path):
    path, updates = run
    out = tmp_path / "run.gif"
    assert cli_main(["record", str(path), str(out), "--size", "160x100", "--max-seconds",
                     "1"]) == 0
    shown = min(updates, 30)  # 1 s of race clock at most
    written = -(-shown // 3) + (10 if shown == updates else 0)
    images = imageio.v3.imread(out, index=None)
    assert images.shape[1:] == (100, 160, 3)
    # pillow merges identical consecutive frames (the held last picture), keeping their time
    durations = [imageio.v3.immeta(out, index=i)["duration"] for i in range(len(images))]
    assert len(images) <= written and sum(durations) == pytest.approx(written * 100)
    assert not list(tmp_path.glob(f".*{TEMP_SUFFIX}"))


def test_record_refuses_bad_output_and_checkpoint(run, tmp_path, capsys):
    path, _ = run
    assert cli_main(["record", str(path), str(tmp_path / "run.avi")]) == 2
    assert ".mp4 or .gif" in capsys.readouterr().err
    assert cli_main(["record", str(path), str(tmp_path / "a.mp4"), "--size", "321x200"]) == 2
    assert "even width and height" in capsys.readouterr().err
    assert cli_main(["record", str(tmp_path / "nope.pt"), str(tmp_path / "a.mp4")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    (tmp_path / "dir.gif").mkdir()
    assert cli_main(["record", str(path), str(tmp_path / "dir.gif")]) == 2
    assert "is a directory" in capsys.readouterr().err
    for bad in ("inf", "0", "nan"):
        with pytest.raises(SystemExit):
            cli_main(["record", str(path), str(tmp_path / "a.gif"), "--max-seconds", bad])
        assert "--max-seconds" in capsys.readouterr().err


def test_watch_runs_headless(run, monkeypatch, capsys):
    """Every update of the run is drawn (then the last picture again), and the drawing is the
    race: the window's pixels change from update to update."""
    import pygame

    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    path, updates = run
    shown = []
    flip = pygame.display.flip

    def flip_and_keep():
        shown.append(pygame.surfarray.array3d(pygame.display.get_surface()))
        flip()

    monkeypatch.setattr(pygame.display, "flip", flip_and_keep)
    assert watch(path, scale=0.5, fps=None, max_updates=5) == 0
    assert "stopped before the end of the run" in capsys.readouterr().out
    assert len(shown) == 5  # cut short: no final picture
    shown.clear()
    assert watch(path, scale=0.5, fps=None, hold_s=0) == 0
    assert " m in " in capsys.readouterr().out
    assert len(shown) == updates + 1
    assert shown[0].shape[:2] == (320, 200) and shown[0].std() > 10  # a picture, not a blank window
    assert any((a != b).any() for a, b in zip(shown, shown[1:]))  # it moves


def test_watch_stops_on_escape(run, monkeypatch, capsys):
    import pygame

    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    calls = []

    def events():  # Esc pressed during the third update
        calls.append(1)
        return [pygame.event.Event(pygame.KEYDOWN, key=pygame.K_ESCAPE)] if len(calls) == 3 else []

    monkeypatch.setattr(pygame.event, "get", events)
    assert watch(run[0], scale=0.5, fps=None, hold_s=0) == 0
    assert len(calls) == 3
    assert "stopped before the end of the run" in capsys.readouterr().out


def test_record_without_a_checkpoint_films_the_shipped_runner(tmp_path, capsys):
    out = tmp_path / "shipped.gif"
    assert cli_main(["record", str(out), "--size", "80x50", "--max-seconds", "0.5"]) == 0
    assert f"{out}: " in capsys.readouterr().out
    assert imageio.v3.imread(out, index=None).shape[1:] == (50, 80, 3)
