"""``rlqwop train``: launch, run directory, the learner's loop, logging, resume and faults.

Started plainly, ``main`` checks the configuration and re-runs this module under ``mpirun`` with
1 learner + ``num_actors`` actor ranks. Under mpirun (ours or the user's, e.g. with a hostfile),
rank 0 runs ``run_learner`` and every other rank ``actor.run_actor``.

Stopping:

* Ctrl-C on the plain command (or SIGUSR1 to mpirun, which forwards it to every rank): the learner
  finishes the update in progress, tells the actors to stop, writes ``checkpoints/last.pt`` and
  exits cleanly. A second Ctrl-C kills the job (the last completed update is still saved).
* SIGTERM (mpirun sends it when a rank dies, or on Ctrl-C under a user's own mpirun): the learner
  writes the state of its last completed update, which it keeps serialised in memory, and exits.
* An actor that raises reports its traceback; one whose process vanishes is noticed within a
  second, and one that goes silent (stopped, or on a lost host) after ``actor_timeout_s``, also
  when it holds up the parameter broadcast: the learner saves, says which rank failed, and aborts
  the job.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path

import numpy as np

from rlqwop.agents import comm as mpi_comm
from rlqwop.agents.config import ConfigError, Resume, TrainConfig, new_run_dir, parse
from rlqwop.agents.episodes import Bookkeeping, episode_charts

MODULE = "rlqwop.agents.train"
_stop_requested = False


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``rlqwop train`` and of every MPI rank; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if mpi_comm.under_mpirun():
        _install_stop_handlers()  # first, before slow imports: mpirun may forward SIGUSR1 early
    world = int(os.environ["OMPI_COMM_WORLD_SIZE"]) if "OMPI_COMM_WORLD_SIZE" in os.environ \
        else None
    try:
        if mpi_comm.under_mpirun() and world is None:
            from mpi4py import MPI
            world = MPI.COMM_WORLD.Get_size()
        cfg, resume, print_config = parse(argv, world)
    except ConfigError as e:
        if not mpi_comm.under_mpirun() or _rank() == 0:
            print(f"rlqwop train: error: {e}", file=sys.stderr)
        return 2
    if print_config:
        print(json.dumps(cfg.to_dict(), indent=2))
        return 0
    if cfg.algo != "ppo":  # Stable-Baselines3: one process, no mpirun
        from rlqwop.agents.sb3 import main as sb3_main

        return sb3_main(cfg, resume)
    if not mpi_comm.under_mpirun():
        return launch(cfg, argv, resume)
    return run_rank(cfg, resume)


def _rank() -> int:
    for var in ("OMPI_COMM_WORLD_RANK", "PMIX_RANK", "PMI_RANK"):
        if var in os.environ:
            return int(os.environ[var])
    return 0


def _install_stop_handlers() -> None:
    def request_stop(signum, frame) -> None:
        global _stop_requested
        _stop_requested = True

    # Actors ignore these too: the learner decides when to stop and tells them.
    signal.signal(signal.SIGUSR1, request_stop)
    signal.signal(signal.SIGINT, request_stop)


# --- launching ------------------------------------------------------------------------------------

def preflight(cfg: TrainConfig, resume: Resume | None) -> None:
    """Refuse a run that could only fail after mpirun started.

    Checks that the run directory is new (or resumable), that the environment accepts its kwargs,
    that the network fits its spaces, and that a resumed checkpoint loads and matches.

    Raises:
        ConfigError, CheckpointError: naming the problem.
    """
    from gymnasium import spaces

    from rlqwop.agents.actor import make_vec_env

    new_run_dir(cfg, resume)
    try:  # env_kwargs are the environment's to check: build one
        envs = make_vec_env(cfg, 1)
    except Exception as e:  # noqa: BLE001  (any failure here is a configuration error)
        raise ConfigError(f"cannot make {cfg.env_id} with env_kwargs {cfg.env_kwargs}: {e}") from e
    obs_space, action_space = envs.single_observation_space, envs.single_action_space
    envs.close()
    if not isinstance(action_space, (spaces.Discrete, spaces.MultiBinary)):
        raise ConfigError(f"{cfg.env_id} has actions {action_space}; PPO here supports Discrete "
                          f"and MultiBinary")
    from rlqwop.agents import checkpoint
    from rlqwop.agents.learner import Learner

    try:
        expect = Learner(cfg, obs_space, action_space).meta
    except ValueError as e:
        raise ConfigError(f"policy {cfg.policy!r} for {cfg.env_id}: {e}") from e
    check_machine(cfg, resume, obs_space, action_space)
    if resume is None:
        return
    path = resume.checkpoint
    state = checkpoint.load(path)
    checkpoint.require_algo(state["meta"], "ppo", path)
    checkpoint.check_compatible(state["meta"], _compat(expect), path)
    done = state["counters"]["global_step"]
    if done >= cfg.total_steps:
        raise ConfigError(f"{path} has already trained {done} of total_steps "
                          f"{cfg.total_steps}; pass a larger --total-steps to continue")


def check_machine(cfg: TrainConfig, resume: Resume | None, obs_space, action_space) -> None:
    """What the learner's machine must offer: a new (or resumable) run directory where a directory
    can be, the learner's device, and memory for the rollouts. Run by the launcher, and again by
    the learner (under a user's own mpirun the launcher's checks did not run).

    Raises:
        ConfigError: naming the problem and what to change.
    """
    import torch

    from rlqwop.agents.learner import rollout_layout

    new_run_dir(cfg, resume)
    if cfg.device == "cuda" and not torch.cuda.is_available():
        raise ConfigError("device 'cuda' is not available here (this torch has no CUDA or sees no "
                          "GPU); use --device cpu or auto")
    rollout = rollout_layout(cfg, obs_space, action_space).nbytes
    # the learner keeps one rollout per actor and its float32 training copies, each actor one
    needed = 3 * cfg.num_actors * rollout
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    if needed > memory:
        raise ConfigError(f"a rollout of rollout_steps {cfg.rollout_steps} x num_envs "
                          f"{cfg.num_envs} takes {rollout / 2**30:.3g} GiB; with "
                          f"{cfg.num_actors} actors the run needs about {needed / 2**30:.3g} GiB, "
                          f"more than this machine's {memory / 2**30:.3g} GiB: lower num_envs or "
                          f"rollout_steps")


def _compat(meta: dict) -> dict:
    keys = ("env_id", "obs_shape", "obs_dtype", "action_space", "physics", "policy", "hidden_sizes")
    return {k: meta[k] for k in keys}


def launch(cfg: TrainConfig, argv: list[str], resume: Resume | None) -> int:
    """Run this module under mpirun on the local machine; Ctrl-C stops the run cleanly."""
    from rlqwop.agents.checkpoint import CheckpointError

    if not cfg.name:
        cfg.name = f"{cfg.env_id}-{time.strftime('%Y%m%d-%H%M%S')}"
        argv = [*argv, "--name", cfg.name]
    try:
        preflight(cfg, resume)
    except (ConfigError, CheckpointError) as e:
        print(f"rlqwop train: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\nrlqwop train: interrupted before the run started; nothing was written",
              file=sys.stderr)
        return 130
    run_dir = Path(cfg.runs_dir) / cfg.name
    cmd = mpi_comm.mpirun_command(1 + cfg.num_actors, MODULE, argv)
    print(f"rlqwop train: {run_dir}: 1 learner + {cfg.num_actors} actors x {cfg.num_envs} "
          f"{cfg.env_id} envs; Ctrl-C stops and saves", file=sys.stderr, flush=True)
    # mpirun in its own process group: the terminal's Ctrl-C reaches only this process, which
    # turns it into SIGUSR1 (a clean stop); mpirun's own SIGINT handling kills ranks in 0.5 s.
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, process_group=0,
                            preexec_fn=_die_with_parent)
    interrupts = 0

    def forward(signum, frame) -> None:
        nonlocal interrupts
        interrupts += 1
        if interrupts == 1:
            again = "Ctrl-C" if signum == signal.SIGINT else signal.Signals(signum).name
            print(f"\nrlqwop train: stopping after this update and saving ({again} again to "
                  f"kill)", file=sys.stderr, flush=True)
            proc.send_signal(signal.SIGUSR1)
        else:
            proc.send_signal(signal.SIGINT)

    old = {s: signal.signal(s, forward) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        code = proc.wait()
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)
    last = run_dir / "checkpoints" / "last.pt"
    if code == 0:
        print(f"rlqwop train: done; checkpoints in {last.parent}", file=sys.stderr)
    else:
        print(f"rlqwop train: the run ended abnormally (mpirun exit status {code})"
              + (f"; the last checkpoint is {last}" if last.exists() else ""), file=sys.stderr)
    if last.exists():
        print(f"rlqwop train: continue with: rlqwop train --resume {run_dir}", file=sys.stderr)
    return code


def _die_with_parent() -> None:
    """In the child: get SIGTERM if the launcher dies, so a killed launcher leaves no job behind
    (mpirun then ends the ranks and the learner saves)."""
    if sys.platform.startswith("linux"):
        import ctypes

        PR_SET_PDEATHSIG = 1
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


# --- the ranks -----------------------------------------------------------------------------------

def run_rank(cfg: TrainConfig, resume: Resume | None) -> int:
    """Run this process's role under mpirun: rank 0 learns, the others act."""
    from mpi4py import MPI

    comm = MPI.COMM_WORLD
    if comm.Get_rank() == 0:
        try:
            return run_learner(cfg, resume, comm)
        except BaseException:  # noqa: BLE001  (before the loop: nothing to save, but stop all)
            print(f"rlqwop train: the learner failed:\n{traceback.format_exc()}",
                  file=sys.stderr, flush=True)
            comm.Abort(1)
    from rlqwop.agents.actor import run_actor
    from rlqwop.agents.comm import ActorComm

    actor_comm = None
    try:
        actor_comm = ActorComm(comm)
        run_actor(cfg, actor_comm)
        return 0
    except BaseException:  # noqa: BLE001  (whatever it is, the learner must hear of it)
        text = traceback.format_exc()
        print(f"rlqwop train: actor rank {comm.Get_rank()} failed:\n{text}", file=sys.stderr,
              flush=True)
        if actor_comm is not None:
            actor_comm.report_error(text)
            time.sleep(60)  # the learner saves and aborts the job meanwhile
        comm.Abort(1)
        return 1


def run_learner(cfg: TrainConfig, resume: Resume | None, comm) -> int:
    """Rank 0: receive rollouts, update, broadcast, log and checkpoint until told to stop."""
    import torch
    from torch.utils.tensorboard import SummaryWriter
    from tqdm import tqdm

    from rlqwop.agents import checkpoint
    from rlqwop.agents.actor import make_vec_env, resolved_env_kwargs
    from rlqwop.agents.buffer import Rollout
    from rlqwop.agents.comm import ActorFailed, LearnerComm
    from rlqwop.agents.learner import Learner, rollout_layout

    torch.set_num_threads(cfg.learner_threads)
    torch.manual_seed(cfg.seed)
    np.random.seed(cfg.seed)
    if not cfg.name:
        cfg.name = f"{cfg.env_id}-{time.strftime('%Y%m%d-%H%M%S')}"
    run_dir = Path(cfg.runs_dir) / cfg.name
    ckpt_dir = run_dir / "checkpoints"
    lcomm = LearnerComm(comm, cfg.actor_timeout_s)
    envs = make_vec_env(cfg, 1)
    obs_space, action_space = envs.single_observation_space, envs.single_action_space
    env_kwargs = resolved_env_kwargs(envs, cfg.env_kwargs)
    envs.close()
    device = cfg.device
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    try:
        check_machine(cfg, resume, obs_space, action_space)
    except ConfigError as e:
        print(f"rlqwop train: error: {e}", file=sys.stderr, flush=True)
        comm.Abort(2)
    learner = Learner(cfg, obs_space, action_space, device)
    learner.meta["env_kwargs"] = env_kwargs  # what evaluation must build
    book = Bookkeeping(cfg.stats_window)
    if resume is not None and resume.in_place:
        for directory in (run_dir, ckpt_dir):
            checkpoint.remove_partial_files(directory)
    else:
        run_dir.mkdir(parents=True, exist_ok=True)
    if resume is not None:
        state = checkpoint.load(resume.checkpoint, expect=_compat(learner.meta))
        learner.load_state_dict(state)
        book.load_state_dict(state["run"])
        print(f"rlqwop train: resuming from update {learner.updates} (step {learner.global_step})"
              f" of {resume.checkpoint}", file=sys.stderr, flush=True)
    checkpoint.write_atomic(run_dir / "config.json",
                            (json.dumps(cfg.to_dict(), indent=2) + "\n").encode())

    def snapshot() -> tuple[bytes, str]:
        """The serialised state of the last completed update, and how to describe it."""
        state = learner.state_dict()
        state["config"] = cfg.to_dict()
        state["run"] = book.state_dict()
        return (checkpoint.serialize(state),
                f"update {learner.updates} (step {learner.global_step})")

    # Kept up to date after every update, so a SIGTERM (with well under a second before mpirun's
    # SIGKILL) only has to write bytes, never to serialise a network caught mid-update.
    latest, latest_what = snapshot()

    def save_and_exit(signum, frame) -> None:
        checkpoint.write_atomic(ckpt_dir / "last.pt", latest)
        print(f"\nrlqwop train: {signal.Signals(signum).name} (mpirun ends the job when a rank "
              f"dies or on Ctrl-C): saved {latest_what} to {ckpt_dir / 'last.pt'}",
              file=sys.stderr, flush=True)
        os._exit(128 + signum)

    signal.signal(signal.SIGTERM, save_and_exit)
    writer = SummaryWriter(str(run_dir), purge_step=learner.global_step if resume else None)
    if resume is None or not resume.in_place:
        writer.add_text("hyperparameters", "|param|value|\n|-|-|\n" + "\n".join(
            f"|{k}|{v}|" for k, v in cfg.to_dict().items()))
    layout = rollout_layout(cfg, obs_space, action_space)
    rollouts = [Rollout(layout) for _ in lcomm.actors]
    vector = np.zeros(learner.broadcast_size, dtype=np.float32)
    lcomm.bcast(learner.pack(vector))
    bar = tqdm(total=cfg.total_steps, initial=learner.global_step, unit="step", unit_scale=True,
               dynamic_ncols=True, smoothing=0.05, file=sys.stderr)
    start_step, start_time = learner.global_step, time.perf_counter()
    reason = None
    try:
        while reason is None:
            t0 = time.perf_counter()
            lcomm.recv_rollouts(rollouts)
            t1 = time.perf_counter()
            stats = learner.train_on(rollouts)
            t2 = time.perf_counter()
            if learner.global_step >= cfg.total_steps:
                reason = f"reached total_steps {cfg.total_steps}"
            elif _stop_requested:
                reason = "stopped on request (Ctrl-C / SIGUSR1)"
            lcomm.bcast(learner.pack(vector, stop=reason is not None))
            episodes = np.concatenate([r.finished_episodes() for r in rollouts])
            book.add(episodes)
            sps = (learner.global_step - start_step) / (time.perf_counter() - start_time)
            _log(writer, learner.global_step, stats, episodes, sps, t1 - t0, t2 - t1)
            improved = book.improved()
            latest, latest_what = snapshot()
            if improved:
                checkpoint.write_atomic(ckpt_dir / "best.pt", latest)
            if reason or learner.updates % cfg.checkpoint_interval == 0:
                checkpoint.write_atomic(ckpt_dir / "last.pt", latest)
            bar.update(learner.global_step - bar.n)
            bar.set_postfix_str(book.describe_best(), refresh=False)
        if cfg.policy_lag:
            lcomm.recv_rollouts(rollouts)  # the rollouts already under way; discarded
    except ActorFailed as e:
        checkpoint.write_atomic(ckpt_dir / "last.pt", latest)
        bar.close()
        print(f"rlqwop train: {e}\nrlqwop train: saved {latest_what} to {ckpt_dir / 'last.pt'}; "
              f"aborting the job",
              file=sys.stderr, flush=True)
        writer.close()
        comm.Abort(1)
    except BaseException:
        checkpoint.write_atomic(ckpt_dir / "last.pt", latest)
        print(f"rlqwop train: the learner failed; saved {latest_what} to "
              f"{ckpt_dir / 'last.pt'}\n{traceback.format_exc()}", file=sys.stderr, flush=True)
        comm.Abort(1)
    bar.close()
    writer.close()
    print(f"rlqwop train: {reason}: update {learner.updates}, step {learner.global_step}; saved "
          f"{ckpt_dir / 'last.pt'}", file=sys.stderr, flush=True)
    return 0


def _log(writer, step: int, stats: dict, episodes: np.ndarray, sps: float, wait_s: float,
         update_s: float) -> None:
    for key in ("value_loss", "policy_loss", "entropy", "approx_kl", "clipfrac",
                "explained_variance"):
        writer.add_scalar(f"losses/{key}", stats[key], step)
    writer.add_scalar("charts/learning_rate", stats["learning_rate"], step)
    writer.add_scalar("charts/SPS", sps, step)
    writer.add_scalar("charts/policy_lag", stats["policy_lag"], step)
    writer.add_scalar("charts/update_epochs", stats["epochs"], step)
    writer.add_scalar("perf/learner_wait_s", wait_s, step)
    writer.add_scalar("perf/learner_update_s", update_s, step)
    writer.add_scalar("perf/actor_collect_s", stats["actor_collect_s"], step)
    writer.add_scalar("perf/actor_wait_s", stats["actor_wait_s"], step)
    for tag, value in episode_charts(episodes).items():
        writer.add_scalar(tag, value, step)


if __name__ == "__main__":
    sys.exit(main())
