"""``rlqwop eval`` on our PPO's checkpoints, and its refusal of files it cannot use."""

import json

import gymnasium as gym
import numpy as np
import pytest

import rlqwop  # noqa: F401
from rlqwop.agents import checkpoint, runner
from rlqwop.agents.actor import resolved_env_kwargs
from rlqwop.agents.config import TrainConfig, validate
from rlqwop.agents.learner import Learner
from rlqwop.cli import main as cli_main

ENV_KWARGS = {"action_repeat": 3, "time_limit_s": 4.0}


def make_ppo_checkpoint(path, env_kwargs=ENV_KWARGS):
    """An untrained runner of our PPO, saved as 'rlqwop train' saves one (its weights seeded: an
    unseeded network made the noise test below fail in about 3 % of runs)."""
    import torch

    torch.manual_seed(0)
    cfg = validate(TrainConfig(num_actors=1, num_envs=2, rollout_steps=8, minibatch_size=16,
                               hidden_sizes=(8, 8), env_kwargs=dict(env_kwargs)))
    envs = gym.make_vec("qwop-v0", num_envs=1, vectorization_mode="vector_entry_point",
                        **env_kwargs)
    learner = Learner(cfg, envs.single_observation_space, envs.single_action_space)
    learner.normalizer.update(np.random.default_rng(0).normal(size=(64, 100)))
    learner.meta["env_kwargs"] = resolved_env_kwargs(envs, cfg.env_kwargs)
    state = learner.state_dict()
    state["config"] = cfg.to_dict()
    checkpoint.save(path, state)
    return path


@pytest.fixture(scope="module")
def ppo_checkpoint(tmp_path_factory):
    return make_ppo_checkpoint(tmp_path_factory.mktemp("ckpt") / "last.pt")


def test_eval_of_our_ppo_checkpoint_builds_its_env(ppo_checkpoint, capsys):
    assert cli_main(["eval", str(ppo_checkpoint), "--episodes", "2", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["algo"] == "ppo" and report["env_kwargs"]["action_repeat"] == 3
    first, second = report["episodes"]
    # from the exact start a deterministic runner runs the same race every time
    assert first | {"episode": 0} == second | {"episode": 0}
    assert first["race_time_s"] <= 4.0 + 1e-9  # the stored 4 s limit, not the default 120 s
    # the race clock ends on a whole decision: 3 updates of 1/30 s each, or the end of the game
    summary = report["summary"]
    assert summary["mean_distance_m"] == pytest.approx(first["distance_m"])
    assert summary["finish_rate"] == 0.0 and summary["median_race_time_s"] is None


def test_eval_with_start_noise_is_seeded(ppo_checkpoint, capsys):
    def run(seed):
        assert cli_main(["eval", str(ppo_checkpoint), "--episodes", "3", "--start-noise", "1.0",
                         "--seed", str(seed), "--json"]) == 0
        return [(e["distance_m"], e["steps"], e["reward"]) for e in json.loads(capsys.readouterr().out)
                ["episodes"]]

    a, b, c = run(1), run(1), run(2)
    assert a == b and a != c
    assert len(set(a)) > 1  # each episode its own noise (the reward is not rounded like distance)


def test_eval_prints_a_table(ppo_checkpoint, capsys):
    assert cli_main(["eval", str(ppo_checkpoint), "--episodes", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "ppo runner on qwop-v0" in lines[0] and "exact start" in lines[0]
    assert lines[1].split() == ["episode", "distance", "m", "finished", "race", "time", "s", "end"]
    assert lines[2].split()[0] == "1" and lines[-1].startswith("finish rate 0% (0 of 1)")


def _refused(capsys, *argv):
    assert cli_main(["eval", *map(str, argv)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err


def test_eval_refuses_missing_and_damaged_checkpoints(ppo_checkpoint, tmp_path, capsys):
    assert "does not exist" in _refused(capsys, tmp_path / "nope.pt")
    data = ppo_checkpoint.read_bytes()
    cut = tmp_path / "cut.pt"
    cut.write_bytes(data[:len(data) // 2])
    assert "truncated" in _refused(capsys, cut)
    flipped = tmp_path / "flipped.pt"
    flipped.write_bytes(data[:-50] + bytes([data[-50] ^ 1]) + data[-49:])
    assert "checksum" in _refused(capsys, flipped)
    text = tmp_path / "notes.pt"
    text.write_text("hello")
    assert "not an rlqwop checkpoint" in _refused(capsys, text)
    zipped = tmp_path / "model.zip"
    zipped.write_bytes(b"PK\x03\x04" + bytes(100))
    assert "Stable-Baselines3 model.save()" in _refused(capsys, zipped)


def test_eval_refuses_an_unknown_algorithm(tmp_path, capsys):
    path = tmp_path / "future.pt"
    checkpoint.save(path, {"meta": {"algo": "sb3-sac", "env_id": "qwop-v0"}})
    assert "does not know" in _refused(capsys, path)


def test_without_a_checkpoint_the_shipped_runner_is_used(ppo_checkpoint, tmp_path, monkeypatch,
                                                         capsys):
    monkeypatch.setattr(runner, "SHIPPED", tmp_path / "weights" / "runner.pt")
    err = _refused(capsys)
    assert "ships no trained runner yet" in err
    (tmp_path / "weights").mkdir()
    (tmp_path / "weights" / "runner.pt").write_bytes(ppo_checkpoint.read_bytes())
    assert cli_main(["eval", "--episodes", "1"]) == 0
    assert "runner.pt: ppo runner" in capsys.readouterr().out


def test_the_shipped_runner_finishes_from_the_exact_start():
    from rlqwop.agents.evaluate import evaluate
    from rlqwop.agents.runner import load_runner

    (result,) = evaluate(load_runner(None), episodes=1)
    # docs/RUNNER.md quotes its exact time (44.77 s); a change to physics, rules or observations
    # that alters the trained gait shows up here first (the run is deterministic: pinned exactly)
    assert result.finished and result.race_time_s < 45.53
    assert (round(result.race_time_s * 30), result.steps, result.distance_m) == (1343, 336, 103.5)


def test_eval_names_a_run_directory_and_suggests_its_checkpoints(ppo_checkpoint, capsys):
    message = _refused(capsys, ppo_checkpoint.parent)
    assert "is a directory" in message and str(ppo_checkpoint) in message


def _edited(path, tmp_path, edit):
    """A copy of the checkpoint at ``path`` with ``edit(state)`` applied, saved as 'rlqwop train'
    would (so it passes the checksum: a writer's bug or a hand-edited file)."""
    state = checkpoint.load(path)
    edit(state)
    out = tmp_path / "edited.pt"
    checkpoint.save(out, state)
    return out


@pytest.mark.parametrize("edit", [
    lambda s: s["meta"].update(hidden_sizes=[64, 64]),
    lambda s: s["meta"].update(obs_shape=[99]),
    lambda s: s["meta"].pop("env_id"),
    lambda s: s["meta"].update(algo="sb3-ppo"),
    lambda s: s["meta"].update(env_kwargs=["not", "a", "dict"]),
], ids=["hidden-sizes", "obs-shape", "no-env-id", "other-algo", "env-kwargs"])
def test_a_checkpoint_whose_settings_do_not_fit_its_weights_is_refused(ppo_checkpoint, tmp_path,
                                                                        capsys, edit):
    assert "is damaged" in _refused(capsys, _edited(ppo_checkpoint, tmp_path, edit))


def test_a_checkpoint_without_a_meta_table_is_refused(ppo_checkpoint, tmp_path, capsys):
    path = _edited(ppo_checkpoint, tmp_path, lambda s: s.update(meta="ppo"))
    assert "holds no rlqwop training state" in _refused(capsys, path)


def test_a_checkpoint_of_an_unknown_env_is_refused(ppo_checkpoint, tmp_path, capsys):
    path = _edited(ppo_checkpoint, tmp_path, lambda s: s["meta"].update(env_id="nope-v0"))
    assert "cannot make its environment nope-v0" in _refused(capsys, path)


@pytest.mark.parametrize("seed", ["-1", str(2**32), "1.5"])
def test_eval_refuses_a_seed_numpy_cannot_take(seed, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli_main(["eval", "--seed", seed])
    assert exit_.value.code == 2 and "--seed" in capsys.readouterr().err


def test_the_summary_is_the_median_time_of_the_finished_runs():
    from rlqwop.agents.evaluate import EpisodeResult, summarize

    def episode(i, finished, time_s, distance):
        return EpisodeResult(i, distance, finished, not finished, time_s, 1, 0.0, "")
    results = [episode(1, True, 44.0, 103.0), episode(2, True, 50.0, 103.0),
               episode(3, True, 46.0, 103.0), episode(4, False, 10.0, 2.0),
               episode(5, True, 60.0, 104.0)]
    summary = summarize(results)
    assert summary["finished"] == 4 and summary["finish_rate"] == 0.8
    assert summary["median_race_time_s"] == 48.0  # of 44, 46, 50, 60; the fall's 10 s left out
    assert summary["mean_distance_m"] == pytest.approx(83.0)
    assert summarize([episode(1, False, 5.0, 1.0)])["median_race_time_s"] is None
