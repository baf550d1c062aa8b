"""The Stable-Baselines3 path: the VecEnv adapter against DummyVecEnv, ``rlqwop train --algo
sb3-*`` in our run layout, resume, and the refusal of settings that do not apply."""

import json
import warnings

import gymnasium as gym
import numpy as np
import pytest
from stable_baselines3.common.vec_env import DummyVecEnv
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

import rlqwop  # noqa: F401
from rlqwop.agents import checkpoint, train
from rlqwop.agents.config import ConfigError, parse
from rlqwop.agents.sb3_vec_env import GymnasiumVecEnv
from rlqwop.cli import main as cli_main

N = 4


def _pair(env_id="qwop-v0", **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the passive env checker's notes
        ref = DummyVecEnv([lambda: gym.make(env_id, **kw) for _ in range(N)])
    ours = GymnasiumVecEnv(gym.make_vec(env_id, num_envs=N, vectorization_mode="vector_entry_point",
                                        **kw))
    return ref, ours


def _same_infos(a, b):
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert x.keys() == y.keys()
        for key in x:
            if key == "terminal_observation":
                assert np.array_equal(x[key], y[key])
            else:
                assert x[key] == y[key] and type(x[key]) is type(y[key]), (key, x[key], y[key])


@pytest.mark.parametrize("action_type", ["discrete", "multi_binary"])
def test_adapter_equals_dummy_vec_env_step_for_step(action_type):
    # A 3 s race clock and start noise: many episodes end (falls and time limits) in 300 steps.
    ref, ours = _pair(action_type=action_type, time_limit_s=3.0, start_noise=0.5)
    for venv in (ref, ours):
        venv.seed(7)
        # per-env options, which the adapter must honour like DummyVecEnv
        venv.set_options([{"start_noise": 0.2 * (i % 2)} for i in range(N)])
    assert np.array_equal(ref.reset(), ours.reset())
    assert ref.reset_infos == ours.reset_infos
    rng = np.random.default_rng(0)
    ends = truncations = 0
    for t in range(300):
        actions = np.stack([ref.action_space.sample() for _ in range(N)]) \
            if action_type == "multi_binary" else rng.integers(0, 9, N)
        obs_a, rew_a, done_a, info_a = ref.step(actions)
        obs_b, rew_b, done_b, info_b = ours.step(actions)
        assert np.array_equal(obs_a, obs_b), t
        assert rew_a.dtype == rew_b.dtype and np.array_equal(rew_a, rew_b), t
        assert np.array_equal(done_a, done_b), t
        _same_infos(info_a, info_b)
        assert ref.reset_infos == ours.reset_infos
        ends += done_a.sum()
        truncations += sum(i["TimeLimit.truncated"] for i in info_a)
    assert ends > 20 and truncations > 0  # both kinds of end were compared


def test_adapter_takes_sb3s_float_multi_binary_actions():
    # SB3's Bernoulli distribution samples 0./1. floats; the env's MultiBinary space is int8.
    ref, ours = _pair(action_type="multi_binary")
    ours.reset()
    actions = np.array([[1.0, 0.0, 0.0, 1.0]] * N, dtype=np.float32)
    ours.step(actions)
    assert ours.actions.dtype == np.int8


def test_adapter_refuses_same_step_autoreset_and_partial_set_attr():
    envs = gym.make_vec("CartPole-v1", num_envs=2, vectorization_mode="sync",
                        vector_kwargs={"autoreset_mode": gym.vector.AutoresetMode.SAME_STEP})
    with pytest.raises(ValueError, match="next-step autoreset"):
        GymnasiumVecEnv(envs)
    venv = GymnasiumVecEnv(gym.make_vec("CartPole-v1", num_envs=2, vectorization_mode="sync"))
    assert venv.get_attr("render_mode") == [None, None]
    with pytest.raises(ValueError, match="all of them at once"):
        venv.set_attr("x", 1, indices=[0])


TINY = ["--num-envs", "4", "--rollout-steps", "64", "--minibatch-size", "64",
        "--update-epochs", "2", "--hidden-sizes", "16", "16", "--checkpoint-interval", "2",
        "--stats-window", "10", "--env-kwargs", '{"time_limit_s": 5.0}']


@pytest.fixture(scope="module")
def sb3_run(tmp_path_factory):
    runs = tmp_path_factory.mktemp("runs")
    code = cli_main(["train", "--algo", "sb3-ppo", "--runs-dir", str(runs), "--name", "tiny",
                     "--total-steps", "1500", *TINY])
    assert code == 0
    return runs / "tiny"


def test_sb3_ppo_writes_our_run_directory(sb3_run):
    config = json.loads((sb3_run / "config.json").read_text())
    assert config["algo"] == "sb3-ppo" and config["num_envs"] == 4
    last = sb3_run / "checkpoints" / "last.pt"
    state = checkpoint.load(last)
    meta = state["meta"]
    assert meta["algo"] == "sb3-ppo" and meta["env_id"] == "qwop-v0"
    assert meta["env_kwargs"]["time_limit_s"] == 5.0 and meta["env_kwargs"]["action_repeat"] == 4
    # 1500 steps in whole rollouts of 4 x 64: 6 updates
    assert state["counters"] == {"updates": 6, "global_step": 1536}
    assert (sb3_run / "checkpoints" / "best.pt").exists()
    assert not list(sb3_run.rglob(f"*{checkpoint.TEMP_SUFFIX}"))
    acc = EventAccumulator(str(sb3_run))
    acc.Reload()
    tags = set(acc.Tags()["scalars"])
    assert {"charts/episodic_distance", "charts/finish_rate", "charts/SPS",
            "train/value_loss"} <= tags


def test_sb3_resume_continues_the_count(sb3_run, tmp_path):
    import shutil

    run = tmp_path / "tiny"
    shutil.copytree(sb3_run, run)
    assert cli_main(["train", "--resume", str(run), "--total-steps", "2000"]) == 0
    counters = checkpoint.load(run / "checkpoints" / "last.pt")["counters"]
    assert counters == {"updates": 8, "global_step": 2048}
    # resuming with our MPI PPO is refused before anything starts
    assert cli_main(["train", "--resume", str(run), "--algo", "ppo",
                     "--total-steps", "4000"]) == 2


def test_eval_of_an_sb3_checkpoint_prints_a_table_and_json(sb3_run, capsys):
    last = str(sb3_run / "checkpoints" / "last.pt")
    assert cli_main(["eval", last, "--episodes", "2"]) == 0
    out = capsys.readouterr().out
    assert "sb3-ppo runner on qwop-v0" in out and "episode  distance m  finished" in out
    assert "finish rate" in out and "mean distance" in out
    assert cli_main(["eval", last, "--episodes", "3", "--start-noise", "0.5", "--seed", "4",
                     "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["algo"] == "sb3-ppo" and report["seed"] == 4
    assert len(report["episodes"]) == 3 and report["summary"]["episodes"] == 3
    # the stored env: a 5 s race clock
    assert all(e["race_time_s"] <= 5.0 + 1e-9 for e in report["episodes"])


def test_sb3_a2c_trains_with_its_own_defaults(tmp_path):
    code = cli_main(["train", "--algo", "sb3-a2c", "--runs-dir", str(tmp_path), "--name", "a2c",
                     "--total-steps", "200", "--num-envs", "4", "--hidden-sizes", "8"])
    assert code == 0
    state = checkpoint.load(tmp_path / "a2c" / "checkpoints" / "last.pt")
    assert state["meta"]["algo"] == "sb3-a2c"
    assert state["config"]["rollout_steps"] == 5 and state["config"]["learning_rate"] == 7e-4
    assert state["counters"]["global_step"] == 200  # 10 rollouts of 4 envs x 5 steps


@pytest.mark.parametrize("argv, message", [
    (["--algo", "sb3-ppo", "--num-actors", "2"], "num_actors does not apply"),
    (["--algo", "sb3-a2c", "--clip-coef", "0.3"], "clip_coef does not apply"),
    (["--sb3-kwargs", '{"use_sde": true}'], "sb3_kwargs does not apply to algo 'ppo'"),
    (["--algo", "sb3-dqn"], "algo must be one of"),
    (["--algo", "sb3-ppo", "--minibatch-size", "1000"], "does not divide the batch"),
])
def test_settings_that_do_not_apply_are_refused(argv, message):
    with pytest.raises(ConfigError, match=message):
        parse(argv)


def test_sb3_refusals_reach_the_command_line(tmp_path, capsys):
    assert cli_main(["train", "--algo", "sb3-ppo", "--runs-dir", str(tmp_path), "--name", "x",
                     "--sb3-kwargs", '{"n_steps": 8}']) == 2
    assert "sb3_kwargs may not set n_steps" in capsys.readouterr().err
    assert cli_main(["train", "--algo", "sb3-ppo", "--runs-dir", str(tmp_path), "--name", "x",
                     "--sb3-kwargs", '{"no_such_option": 1}']) == 2
    assert "refuses this configuration" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
    (tmp_path / "file").write_text("")  # new_run_dir's check, shared with our PPO's launcher
    assert cli_main(["train", "--algo", "sb3-ppo", "--runs-dir", str(tmp_path / "file"),
                     "--name", "x"]) == 2
    assert "is a file; give a directory" in capsys.readouterr().err


def test_a_stop_mid_rollout_counts_only_the_trained_steps(tmp_path, monkeypatch, capsys):
    from rlqwop.agents import sb3

    steps_seen = []

    def stop_in_the_third_rollout(self):
        steps_seen.append(self.num_timesteps)
        if self.num_timesteps >= 2 * 4 * 64 + 40 * 4:  # 40 steps into the third rollout
            sb3._stop_requested = 1
        return original(self)
    original = sb3.RunCallback._on_step
    monkeypatch.setattr(sb3.RunCallback, "_on_step", stop_in_the_third_rollout)
    assert train.main(["--algo", "sb3-ppo", "--runs-dir", str(tmp_path), "--name", "stop",
                       "--total-steps", "100000", *TINY]) == 0
    assert "stopped on request" in capsys.readouterr().err
    counters = checkpoint.load(tmp_path / "stop" / "checkpoints" / "last.pt")["counters"]
    assert counters == {"updates": 2, "global_step": 2 * 4 * 64}
