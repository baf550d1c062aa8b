"""Configuration: defaults per env id, file and flag precedence, rejection before anything runs."""

import json
import subprocess
import sys

import pytest

from rlqwop.agents.config import ConfigError, TrainConfig, load_file, parse, validate


def test_defaults_train_qwop_with_no_arguments():
    cfg, resume, _ = parse([])
    assert cfg.env_id == "qwop-v0" and resume is None
    assert cfg.num_actors >= 1 and cfg.batch_size % cfg.minibatch_size == 0


def test_qwop_defaults_are_the_shipped_runners_recipe():
    from rlqwop.agents import checkpoint
    from rlqwop.agents.runner import SHIPPED

    cfg, _, _ = parse([])
    shipped = checkpoint.load(SHIPPED)["config"]
    for name in ("num_envs", "gamma", "ent_coef", "learning_rate", "rollout_steps"):
        assert getattr(cfg, name) == shipped[name], name
    assert list(cfg.hidden_sizes) == list(shipped["hidden_sizes"])
    recipe = {k: v for k, v in shipped["env_kwargs"].items() if k != "engine"}
    assert cfg.env_kwargs == recipe


def test_pixel_envs_get_their_own_defaults():
    cfg, _, _ = parse(["--env-id", "frame-qwop-v0", "--num-actors", "2"])
    assert cfg.policy == "cnn" and cfg.num_envs == 8


@pytest.mark.parametrize("argv, message", [
    (["--learning-rate", "-1"], "learning_rate"),
    (["--num-envs", "0"], "num_envs"),
    (["--env-id", "no-such-env-v9"], "unknown env id"),
    (["--num-actors", "2", "--minibatch-size", "1000"], "does not divide the batch"),
    (["--gamma", "1.5"], "gamma"),
    (["--policy-lag", "2"], "policy_lag"),
    (["--policy", "transformer"], "policy"),
    (["--env-id", "frame-qwop-v0", "--policy", "mlp"], "cannot read the frames"),
    (["--hidden-sizes", "0"], "hidden_sizes"),
    (["--seed", "-1"], "seed must be in"),
    (["--seed", str(2**32)], "seed must be in"),
])
def test_invalid_values_are_rejected_with_the_setting_named(argv, message):
    with pytest.raises(ConfigError, match=message):
        parse(argv)


def test_num_actors_must_match_an_existing_mpirun():
    with pytest.raises(ConfigError, match="mpirun started 3 ranks"):
        validate(TrainConfig(num_actors=4), world_size=3)
    assert validate(TrainConfig(), world_size=3).num_actors == 2


def test_config_file_then_flags(tmp_path):
    toml = tmp_path / "c.toml"
    toml.write_text('num_envs = 4\nrollout_steps = 32\nminibatch_size = 64\nlearning_rate = 1e-3\n'
                    'hidden_sizes = [32, 32]\n[env_kwargs]\naction_type = "multi_binary"\n')
    cfg, _, _ = parse(["--config", str(toml), "--num-actors", "2", "--learning-rate", "5e-4"])
    assert (cfg.num_envs, cfg.rollout_steps, cfg.hidden_sizes) == (4, 32, (32, 32))
    assert cfg.learning_rate == 5e-4  # the flag wins over the file
    # env_kwargs are merged into qwop-v0's defaults key by key
    assert cfg.env_kwargs == {"action_type": "multi_binary", "time_cost": 0.5,
                              "start_noise": 0.1, "knee_penalty": 0.5}
    cfg, _, _ = parse(["--config", str(toml), "--env-kwargs", '{"knee_penalty": 0}'])
    assert cfg.env_kwargs["knee_penalty"] == 0 and cfg.env_kwargs["action_type"] == "multi_binary"
    js = tmp_path / "c.json"
    js.write_text(json.dumps({"num_envs": 2, "minibatch_size": 32, "rollout_steps": 32}))
    assert parse(["--config", str(js), "--num-actors", "1"])[0].num_envs == 2


@pytest.mark.parametrize("text, message", [
    ("num_envz = 4\n", "unknown setting"),
    ('num_envs = "four"\n', "num_envs: expected int"),
    ("anneal_lr = 1\n", "anneal_lr: expected bool"),
    ("num_envs = \n", "not valid TOML"),
])
def test_bad_config_files_are_rejected(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_file(path)


@pytest.mark.parametrize("suffix", [".toml", ".json"])
def test_a_binary_config_file_is_rejected(tmp_path, suffix):
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(bytes(range(128, 256)))
    with pytest.raises(ConfigError, match="is not UTF-8 text"):
        load_file(path)


def test_cli_rejects_before_launching_mpirun():
    proc = subprocess.run([sys.executable, "-m", "rlqwop.cli", "train", "--num-envs", "0"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "num_envs must be >= 1" in proc.stderr
    assert "mpirun" not in proc.stderr and "learner" not in proc.stderr


def test_unknown_flag_is_rejected():
    proc = subprocess.run([sys.executable, "-m", "rlqwop.cli", "train", "--num-envz", "3"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "--num-envz" in proc.stderr


def test_resume_from_a_checkpoint_file_takes_its_config_but_not_its_place(tmp_path):
    from rlqwop.agents import checkpoint

    stored = TrainConfig(name="old", runs_dir="/elsewhere", num_envs=4, hidden_sizes=(32, 32),
                         env_kwargs={"time_cost": 0.5}, gamma=0.995).to_dict()
    path = tmp_path / "runner.pt"
    checkpoint.save(path, {"meta": {}, "config": stored})
    cfg, resume, _ = parse(["--resume", str(path), "--num-envs", "8", "--name", "new"])
    assert resume.checkpoint == path.resolve() and not resume.in_place and resume.run_dir is None
    assert (cfg.num_envs, cfg.hidden_sizes, cfg.gamma) == (8, (32, 32), 0.995)
    assert cfg.env_kwargs == {"time_cost": 0.5}  # the stored dict, not merged into the defaults
    assert (cfg.name, cfg.runs_dir) == ("new", TrainConfig().runs_dir)
    cfg, _, _ = parse(["--resume", str(path), "--env-kwargs", '{"start_noise": 0.2}'])
    assert cfg.env_kwargs == {"time_cost": 0.5, "start_noise": 0.2}


def test_resume_of_a_run_directory_continues_in_place(tmp_path):
    run = tmp_path / "r"
    run.mkdir()
    (run / "config.json").write_text(json.dumps({"num_envs": 4, "name": "x", "runs_dir": "y"}))
    (run / "checkpoints").mkdir()
    (run / "checkpoints" / "last.pt").write_bytes(b"")  # the learner reads it; parse only looks
    cfg, resume, _ = parse(["--resume", str(run)])
    assert resume.in_place and resume.run_dir == run.resolve()
    assert (cfg.name, cfg.runs_dir, cfg.num_envs) == ("r", str(tmp_path.resolve()), 4)


def test_a_resumed_run_under_mpirun_takes_the_ranks_it_is_given(tmp_path):
    """The stored num_actors is the resolved count of the run the checkpoint came from (2 for
    the shipped runner): launched plainly, a resume keeps it; under mpirun the ranks given win,
    unless --num-actors (or a config file) asks for another count."""
    run = tmp_path / "r"
    (run / "checkpoints").mkdir(parents=True)
    (run / "config.json").write_text(json.dumps({"num_actors": 2, "num_envs": 4}))
    (run / "checkpoints" / "last.pt").write_bytes(b"")
    assert parse(["--resume", str(run)])[0].num_actors == 2
    assert parse(["--resume", str(run)], world_size=3)[0].num_actors == 2
    assert parse(["--resume", str(run)], world_size=9)[0].num_actors == 8
    with pytest.raises(ConfigError, match="num_actors=2 but mpirun started 9 ranks"):
        parse(["--resume", str(run), "--num-actors", "2"], world_size=9)
    config = tmp_path / "c.toml"
    config.write_text("num_actors = 2\n")
    with pytest.raises(ConfigError, match="num_actors=2 but mpirun started 9 ranks"):
        parse(["--resume", str(run), "--config", str(config)], world_size=9)


@pytest.mark.parametrize("make, message", [
    (lambda p: None, "no such run directory or checkpoint file"),
    (lambda p: p.write_bytes(b"not a checkpoint"), "not an rlqwop checkpoint"),
    (lambda p: p.mkdir(), "no config.json there"),
])
def test_resume_refuses_what_it_cannot_continue(tmp_path, make, message):
    path = tmp_path / "x.pt"
    make(path)
    with pytest.raises(ConfigError, match=message):
        parse(["--resume", str(path)])


def test_resume_of_a_run_that_saved_no_checkpoint_says_what_to_do(tmp_path):
    run = tmp_path / "r"
    (run / "checkpoints").mkdir(parents=True)
    (run / "config.json").write_text(json.dumps({"num_envs": 4}))
    with pytest.raises(ConfigError, match="saved no checkpoints/last.pt.*delete"):
        parse(["--resume", str(run)])
    (run / "checkpoints" / "best.pt").write_bytes(b"")
    with pytest.raises(ConfigError, match="start a new run from .*best.pt"):
        parse(["--resume", str(run)])


def test_resume_refuses_a_checkpoint_without_a_config(tmp_path):
    from rlqwop.agents import checkpoint

    path = tmp_path / "bare.pt"
    checkpoint.save(path, {"meta": {}})
    with pytest.raises(ConfigError, match="no stored training config"):
        parse(["--resume", str(path)])


def test_the_shipped_runner_can_be_trained_further():
    from rlqwop.agents.runner import SHIPPED

    cfg, resume, _ = parse(["--resume", str(SHIPPED), "--name", "more"])
    assert resume.checkpoint == SHIPPED and not resume.in_place
    assert cfg.env_kwargs.get("engine") == "fast" and cfg.name == "more"


@pytest.mark.parametrize("argv, message", [
    (["--num-envs", str(2**40)], "more than this machine's"),
    (["--device", "cuda"], "device 'cuda' is not available here"),
    (["--runs-dir", "FILE"], "is a file; give a directory"),
])
def test_what_the_machine_cannot_give_is_refused_before_launching(tmp_path, capsys, argv, message):
    from rlqwop.agents import train

    if "cuda" in argv:
        import torch

        if torch.cuda.is_available():
            pytest.skip("this machine has CUDA")
    (tmp_path / "FILE").write_text("")
    argv = [str(tmp_path / a) if a == "FILE" else a for a in argv]
    runs = [] if "--runs-dir" in argv else ["--runs-dir", str(tmp_path / "runs")]
    assert train.main([*runs, "--name", "m", "--total-steps", "64", *argv]) == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "runs").exists()
