"""End to end under mpirun: 1 learner + 2 actors train, checkpoint, stop on Ctrl-C, resume, and
refuse a damaged checkpoint; an actor killed mid-run still leaves a valid checkpoint."""

import json
import os
import re
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from rlqwop.agents import checkpoint, train

TINY = ["--num-actors", "2", "--num-envs", "2", "--rollout-steps", "16", "--minibatch-size", "32",
        "--update-epochs", "2", "--checkpoint-interval", "2", "--hidden-sizes", "16", "16"]
BATCH = 2 * 2 * 16


_started: list[subprocess.Popen] = []


@pytest.fixture(autouse=True)
def _no_leftover_launchers():
    yield
    # A failed test must not leave a training job behind; killing the launcher is enough: its
    # mpirun gets SIGTERM when it dies, and takes the ranks with it.
    while _started:
        proc = _started.pop()
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def _train(*args, **kw):
    proc = subprocess.Popen([sys.executable, "-m", "rlqwop.cli", "train", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)
    _started.append(proc)
    return proc


def _wait_for(path, proc, timeout=90):
    end = time.monotonic() + timeout
    while not path.exists():
        assert proc.poll() is None, proc.stdout.read()
        assert time.monotonic() < end, f"{path} never appeared"
        time.sleep(0.2)


def _counters(path):
    return checkpoint.load(path)["counters"]


def test_train_interrupt_resume(tmp_path, capsys):
    runs = str(tmp_path)
    run = tmp_path / "tiny"
    last = run / "checkpoints" / "last.pt"
    proc = _train("--runs-dir", runs, "--name", "tiny", "--total-steps", "100000000", *TINY)
    _wait_for(last, proc)
    time.sleep(1.0)
    proc.send_signal(signal.SIGINT)  # what Ctrl-C does
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    assert "stopped on request" in out
    first = _counters(last)
    assert first["updates"] >= 2 and first["global_step"] == first["updates"] * BATCH
    assert (run / "config.json").exists()
    assert list(run.glob("events.out.tfevents.*"))
    assert not list((run / "checkpoints").glob(f".*{checkpoint.TEMP_SUFFIX}"))

    # a new run may not overwrite it (refused by the launcher, in this process: no mpirun)
    assert train.main(["--runs-dir", runs, "--name", "tiny", *TINY]) == 2
    assert "--resume" in capsys.readouterr().err

    target = first["global_step"] + 3 * BATCH
    proc = _train("--resume", str(run), "--total-steps", str(target))
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, out
    match = re.search(r"resuming from update (\d+) \(step (\d+)\)", out)
    assert match and int(match.group(1)) == first["updates"] \
        and int(match.group(2)) == first["global_step"], out
    second = _counters(last)
    assert second["updates"] == first["updates"] + 3
    assert second["global_step"] == target

    # a checkpoint file starts a new run directory with its whole state and stored config; the
    # old run is left as it was
    before = last.read_bytes()
    proc = _train("--resume", str(last), "--runs-dir", runs, "--name", "fork",
                  "--total-steps", str(target + 2 * BATCH), "--learning-rate", "0.0001")
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 0, out
    assert f"resuming from update {second['updates']} (step {target})" in out, out
    fork = tmp_path / "fork"
    third = _counters(fork / "checkpoints" / "last.pt")
    assert third["updates"] == second["updates"] + 2
    stored = json.loads((fork / "config.json").read_text())
    assert stored["name"] == "fork" and stored["hidden_sizes"] == [16, 16]
    assert stored["learning_rate"] == 0.0001
    assert last.read_bytes() == before
    assert train.main(["--resume", str(last), "--runs-dir", runs, "--name", "fork",
                       "--total-steps", str(target * 2)]) == 2
    assert "exists" in capsys.readouterr().err

    # a finished budget, or a damaged checkpoint, is refused before mpirun starts
    assert train.main(["--resume", str(run), "--total-steps", str(target)]) == 2
    assert "already trained" in capsys.readouterr().err
    last.write_bytes(last.read_bytes()[:-10])
    assert train.main(["--resume", str(run), "--total-steps", str(target * 2)]) == 2
    assert "truncated" in capsys.readouterr().err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds ranks through /proc")
def test_killed_actor_ends_run_with_checkpoint(tmp_path):
    last = tmp_path / "k" / "checkpoints" / "last.pt"
    proc = _train("--runs-dir", str(tmp_path), "--name", "k", "--total-steps", "100000000", *TINY)
    _wait_for(last, proc)
    actor_pid = _actor_pid(str(tmp_path))
    os.kill(actor_pid, signal.SIGKILL)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert "ended abnormally" in out and "--resume" in out
    assert _counters(last)["updates"] >= 2  # loads: the file is whole
    assert not list(last.parent.glob(f".*{checkpoint.TEMP_SUFFIX}"))


def test_a_run_under_a_users_own_mpirun_does_not_overwrite_another(tmp_path):
    from rlqwop.agents import comm

    run = tmp_path / "own"
    (run / "checkpoints").mkdir(parents=True)
    (run / "config.json").write_text("{}")
    cmd = comm.mpirun_command(3, "rlqwop.agents.train",
                              ["--runs-dir", str(tmp_path), "--name", "own", *TINY])
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        _, err = proc.communicate(timeout=180)
    finally:  # a timeout must not leave the ranks behind: they share mpirun's session
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode != 0
    assert f"{run} exists; continue it with --resume" in err, err
    assert (run / "config.json").read_text() == "{}" and not list((run / "checkpoints").iterdir())


def test_the_same_seed_trains_the_same_network(tmp_path):
    # with the default policy_lag 1: the next parameters arrive while a rollout is collected, and
    # are adopted only after it (the normaliser was once read from the receive buffer mid-rollout)
    nets = []
    for name in ("a", "b"):
        proc = _train("--runs-dir", str(tmp_path), "--name", name, "--total-steps", str(6 * BATCH),
                      "--seed", "5", *TINY)
        out, _ = proc.communicate(timeout=180)
        assert proc.returncode == 0, out
        state = checkpoint.load(tmp_path / name / "checkpoints" / "last.pt")
        assert state["counters"]["updates"] == 6
        nets.append(state)
    for part in ("net", "normalizer"):
        for key, value in nets[0][part].items():
            assert np.array_equal(np.asarray(value), np.asarray(nets[1][part][key])), (part, key)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds ranks through /proc")
def test_a_stopped_actor_ends_the_run_after_the_timeout(tmp_path):
    # A stopped (or lost) actor holds the parameter broadcast, which used to wait for ever.
    last = tmp_path / "s" / "checkpoints" / "last.pt"
    proc = _train("--runs-dir", str(tmp_path), "--name", "s", "--total-steps", "100000000",
                  "--actor-timeout-s", "3", *TINY)
    _wait_for(last, proc)
    actor_pid = _actor_pid(str(tmp_path))
    os.kill(actor_pid, signal.SIGSTOP)
    try:
        out, _ = proc.communicate(timeout=90)
    finally:
        os.kill(actor_pid, signal.SIGCONT) if _exists(actor_pid) else None
    assert proc.returncode != 0
    assert re.search(r"(did not take the parameters|sent nothing) for 3 s", out), out
    assert "saved update" in out and _counters(last)["updates"] >= 2


def _exists(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _actor_pid(marker):
    """The highest-numbered python rank whose command line names this test's runs dir."""
    pids = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmd = f.read().split(b"\0")
        except OSError:
            continue
        if b"rlqwop.agents.train" in cmd and marker.encode() in cmd and b"-np" not in cmd:
            with open(f"/proc/{pid}/environ", "rb") as f:
                env = dict(kv.split(b"=", 1) for kv in f.read().split(b"\0") if b"=" in kv)
            if env.get(b"OMPI_COMM_WORLD_RANK", b"0") != b"0":
                pids.append(int(pid))
    assert pids, "no actor rank found"
    return max(pids)
