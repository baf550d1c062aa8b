"""``rlqwop train --algo sb3-ppo|sb3-a2c``: Stable-Baselines3 on our batched env, in our run layout.

One process, no MPI: SB3 steps our native vector env through ``GymnasiumVecEnv`` (no per-env
Python objects, no subprocesses), wrapped in SB3's ``VecMonitor`` and, for vector observations with
``norm_obs``, ``VecNormalize`` (observations only, like our PPO). The configuration is the same
``TrainConfig``; ``sb3-ppo`` maps our PPO settings onto SB3's names (``rollout_steps`` ->
``n_steps``, ``minibatch_size`` -> ``batch_size``, ``update_epochs`` -> ``n_epochs``,
``clip_coef`` -> ``clip_range`` and, with ``clip_vloss``, ``clip_range_vf``), so the two PPOs run
with the same hyperparameters; ``sb3_kwargs`` passes anything else to the algorithm.

The run directory is the same as ours: ``config.json``, TensorBoard events (SB3's ``train/*``,
``rollout/*``, ``time/fps`` beside our ``charts/*``), ``checkpoints/last.pt`` every
``checkpoint_interval`` updates (an update is one rollout and its training) and at the end, and
``checkpoints/best.pt``. A checkpoint is our versioned container (``checkpoint.py``) holding SB3's
own zip (``model.save``) plus the environment and network description, so ``rlqwop eval`` can
rebuild the policy without unpickling anything (``load_policy``), and ``--resume`` continues with
``PPO.load``/``A2C.load``. Ctrl-C stops after the current step and saves.
"""

from __future__ import annotations

import io
import json
import signal
import sys
import time
from pathlib import Path
from typing import Callable

import numpy as np
import torch
from stable_baselines3.common.callbacks import BaseCallback
from stable_baselines3.common.logger import Logger, TensorBoardOutputFormat
from stable_baselines3.common.vec_env import VecMonitor, VecNormalize, VecTransposeImage

from rlqwop.agents import checkpoint
from rlqwop.agents.actor import make_vec_env, resolved_env_kwargs
from rlqwop.agents.checkpoint import CheckpointError
from rlqwop.agents.config import ConfigError, Resume, TrainConfig, new_run_dir
from rlqwop.agents.episodes import Bookkeeping, episode_charts
from rlqwop.agents.learner import physics_fingerprint
from rlqwop.agents.networks import is_pixel_space
from rlqwop.agents.policy import obs_space_from_meta, space_from_str, space_to_str
from rlqwop.agents.sb3_vec_env import GymnasiumVecEnv

ALGORITHMS = {"sb3-ppo": "PPO", "sb3-a2c": "A2C"}  # config algo -> stable_baselines3 class
# Constructor arguments this module sets; sb3_kwargs may not override them.
_OWN_ARGUMENTS = ("policy", "env", "seed", "device", "verbose", "tensorboard_log",
                  "policy_kwargs", "learning_rate", "n_steps", "gamma", "gae_lambda", "ent_coef",
                  "vf_coef", "max_grad_norm", "normalize_advantage", "batch_size", "n_epochs",
                  "clip_range", "clip_range_vf", "target_kl")
VECNORMALIZE_EPSILON = 1e-8  # VecNormalize's default; load_policy normalises with it
_stop_requested = 0


def algorithm_class(algo: str):
    import stable_baselines3

    return getattr(stable_baselines3, ALGORITHMS[algo])


# --- configuration -> SB3 ------------------------------------------------------------------------

def policy_spec(cfg: TrainConfig, obs_space) -> tuple[str, dict]:
    """SB3's policy alias and its (JSON-able) policy_kwargs for this config."""
    pixels = is_pixel_space(obs_space)
    kind = cfg.policy if cfg.policy != "auto" else ("cnn" if pixels else "mlp")
    if kind == "cnn":
        if not pixels:
            raise ConfigError(f"policy 'cnn' needs (H, W, C) uint8 frames; {cfg.env_id} observes "
                              f"{obs_space}")
        return "CnnPolicy", {}  # NatureCNN and linear heads, like our CNN
    # Separate policy and value trunks, like ours.
    return "MlpPolicy", {"net_arch": {"pi": list(cfg.hidden_sizes), "vf": list(cfg.hidden_sizes)}}


def algorithm_kwargs(cfg: TrainConfig) -> dict:
    """The algorithm's hyperparameters from the config (see the module docstring)."""
    from stable_baselines3.common.utils import LinearSchedule

    clash = sorted(set(cfg.sb3_kwargs) & set(_OWN_ARGUMENTS))
    if clash:
        raise ConfigError(f"sb3_kwargs may not set {', '.join(clash)}: use the rlqwop train "
                          f"settings (rlqwop train --help) for those")
    lr = LinearSchedule(cfg.learning_rate, 0.0, 1.0) if cfg.anneal_lr else cfg.learning_rate
    out = dict(learning_rate=lr, n_steps=cfg.rollout_steps, gamma=cfg.gamma,
               gae_lambda=cfg.gae_lambda, ent_coef=cfg.ent_coef, vf_coef=cfg.vf_coef,
               max_grad_norm=cfg.max_grad_norm, normalize_advantage=cfg.norm_adv)
    if cfg.algo == "sb3-ppo":
        out.update(batch_size=cfg.minibatch_size, n_epochs=cfg.update_epochs,
                   clip_range=cfg.clip_coef, clip_range_vf=cfg.clip_coef if cfg.clip_vloss else None,
                   target_kl=cfg.target_kl or None)
    return {**out, **cfg.sb3_kwargs}


def make_venv(cfg: TrainConfig):
    """SB3's view of ``num_envs`` of our batched envs, and the env kwargs that rebuild them."""
    envs = make_vec_env(cfg, cfg.num_envs)
    env_kwargs = resolved_env_kwargs(envs, cfg.env_kwargs)
    venv = VecMonitor(GymnasiumVecEnv(envs))
    if cfg.norm_obs and not is_pixel_space(envs.single_observation_space):
        venv = VecNormalize(venv, norm_obs=True, norm_reward=False, clip_obs=cfg.obs_clip,
                            gamma=cfg.gamma, epsilon=VECNORMALIZE_EPSILON)
    return venv, env_kwargs


def _device(cfg: TrainConfig) -> str:
    if cfg.device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return cfg.device


def build_model(cfg: TrainConfig, venv):
    """A new SB3 model for this config; a value SB3 refuses becomes a ``ConfigError``."""
    name, policy_kwargs = policy_spec(cfg, venv.observation_space)
    try:
        return algorithm_class(cfg.algo)(name, venv, policy_kwargs=policy_kwargs, seed=cfg.seed,
                                         device=_device(cfg), verbose=0, **algorithm_kwargs(cfg))
    except (TypeError, ValueError, AssertionError) as e:
        raise ConfigError(f"{cfg.algo} refuses this configuration: {e}") from e


def describe(cfg: TrainConfig, venv, env_kwargs: dict) -> dict:
    """The checkpoint's ``meta``: what rebuilds the env and the policy without SB3's pickles."""
    obs_space, action_space = venv.observation_space, venv.action_space
    name, policy_kwargs = policy_spec(cfg, obs_space)
    import stable_baselines3

    return {"algo": cfg.algo, "env_id": cfg.env_id, "env_kwargs": env_kwargs,
            "obs_shape": list(obs_space.shape), "obs_dtype": np.dtype(obs_space.dtype).name,
            "action_space": space_to_str(action_space), "physics": physics_fingerprint(cfg.env_id),
            "policy": name, "policy_kwargs": policy_kwargs, "hidden_sizes": list(cfg.hidden_sizes),
            "obs_clip": cfg.obs_clip, "sb3_version": stable_baselines3.__version__}


# --- checkpoints ---------------------------------------------------------------------------------

def serialize(model, meta: dict, cfg: TrainConfig, book: Bookkeeping, updates: int) -> bytes:
    buf = io.BytesIO()
    model.save(buf)
    norm = model.get_vec_normalize_env()
    return checkpoint.serialize({
        "meta": meta, "sb3_zip": buf.getvalue(), "config": cfg.to_dict(), "run": book.state_dict(),
        "normalizer": None if norm is None else {
            "count": float(norm.obs_rms.count), "mean": norm.obs_rms.mean.tolist(),
            "var": norm.obs_rms.var.tolist()},
        "counters": {"updates": updates, "global_step": int(model.num_timesteps)},
    })


def load_policy(state: dict) -> Callable[[np.ndarray, bool], np.ndarray]:
    """``act(obs, deterministic)`` for a checkpoint written here (``checkpoint.load``'s state).

    The policy is rebuilt from ``meta`` and only its parameters are read from SB3's zip, with
    ``weights_only`` torch loading: evaluating a checkpoint never unpickles code from it.
    """
    from stable_baselines3.common.preprocessing import (is_image_space,
                                                        is_image_space_channels_first)
    from stable_baselines3.common.save_util import load_from_zip_file

    meta = state["meta"]
    obs_space = obs_space_from_meta(meta["obs_shape"], meta["obs_dtype"])
    policy_space = obs_space
    if is_image_space(obs_space) and not is_image_space_channels_first(obs_space):
        policy_space = VecTransposeImage.transpose_space(obs_space)  # as SB3 wrapped the env
    action_space = space_from_str(meta["action_space"])
    policy_class = algorithm_class(meta["algo"]).policy_aliases[meta["policy"]]
    policy = policy_class(policy_space, action_space, lr_schedule=lambda _: 0.0,
                          **meta["policy_kwargs"])
    _, params, _ = load_from_zip_file(io.BytesIO(state["sb3_zip"]), load_data=False,
                                      device="cpu")
    policy.load_state_dict(params["policy"])
    policy.set_training_mode(False)
    norm = state.get("normalizer")
    if norm is not None:
        mean = np.asarray(norm["mean"], dtype=np.float32)
        std = np.sqrt(np.asarray(norm["var"], dtype=np.float32) + VECNORMALIZE_EPSILON)
        clip = meta["obs_clip"]

    def act(obs: np.ndarray, deterministic: bool = True) -> np.ndarray:
        obs = np.asarray(obs)
        if norm is not None:  # VecNormalize.normalize_obs, which needs a live VecEnv
            obs = np.clip((obs - mean) / std, -clip, clip).astype(np.float32)
        action, _ = policy.predict(obs, deterministic=deterministic)
        return action.astype(action_space.dtype)  # MultiBinary comes as float 0./1.

    return act


# --- training ------------------------------------------------------------------------------------

class _TensorBoard(TensorBoardOutputFormat):
    """SB3's TensorBoard output through our SummaryWriter (which purges stale steps on resume)."""

    def __init__(self, writer) -> None:
        self.writer = writer  # not super().__init__(), which would open a second writer
        self._is_closed = False


class RunCallback(BaseCallback):
    """Our run bookkeeping inside SB3's loop: episodes, charts, checkpoints, progress, stopping."""

    def __init__(self, cfg: TrainConfig, meta: dict, book: Bookkeeping, ckpt_dir: Path,
                 updates: int) -> None:
        super().__init__()
        self.cfg, self.meta, self.book, self.ckpt_dir = cfg, meta, book, ckpt_dir
        self.updates = updates
        self.pending: list[tuple] = []  # episodes ended in the current rollout
        self.stopped = False
        self.bar = None

    def _on_training_start(self) -> None:
        from tqdm import tqdm

        self.start_step, self.start_time = self.num_timesteps, time.perf_counter()
        self.bar = tqdm(total=self.cfg.total_steps, initial=self.num_timesteps, unit="step",
                        unit_scale=True, dynamic_ncols=True, smoothing=0.05, file=sys.stderr)
        self.first_rollout = True

    def _on_rollout_start(self) -> None:
        # Here the previous rollout has been trained on: the model is a whole update.
        self.rollout_start_step = self.num_timesteps
        if self.first_rollout:
            self.first_rollout = False
            return
        self.updates += 1
        if self.updates % self.cfg.checkpoint_interval == 0:
            self.save("last.pt")

    def _on_step(self) -> bool:
        dones = self.locals["dones"]
        if dones.any():
            for info in (self.locals["infos"][i] for i in np.flatnonzero(dones)):
                episode = info.get("episode", {})
                finished = info.get("finished", info.get("is_success", np.nan))
                self.pending.append((1.0, episode.get("r", np.nan), episode.get("l", np.nan),
                                     info.get("distance_m", np.nan),
                                     info.get("race_time_s", np.nan), float(finished)))
        self.bar.update(self.num_timesteps - self.bar.n)
        self.stopped = bool(_stop_requested)  # SB3 then ends learn() without training
        return not self.stopped

    def _on_rollout_end(self) -> None:
        episodes = np.array(self.pending, dtype=np.float64).reshape(-1, 6)
        self.pending.clear()
        self.book.add(episodes)
        for tag, value in episode_charts(episodes).items():
            self.logger.record(tag, value)
        elapsed = time.perf_counter() - self.start_time
        self.logger.record("charts/SPS", (self.num_timesteps - self.start_step) / elapsed)
        if self.book.improved():  # the model that collected these episodes
            self.save("best.pt")
        self.bar.set_postfix_str(self.book.describe_best(), refresh=False)

    def save(self, name: str) -> None:
        checkpoint.write_atomic(self.ckpt_dir / name,
                                serialize(self.model, self.meta, self.cfg, self.book, self.updates))

    def _on_training_end(self) -> None:
        self.bar.close()


def _request_stop(signum, frame) -> None:
    global _stop_requested
    _stop_requested += 1
    if _stop_requested == 1:
        print("\nrlqwop train: stopping after this step and saving (Ctrl-C again to kill)",
              file=sys.stderr, flush=True)
    else:
        raise KeyboardInterrupt


def main(cfg: TrainConfig, resume: Resume | None) -> int:
    """Train with Stable-Baselines3 in this process; returns the exit status (2: refused)."""
    global _stop_requested
    _stop_requested = 0
    torch.set_num_threads(cfg.learner_threads)
    if not cfg.name:
        cfg.name = f"{cfg.env_id}-{cfg.algo}-{time.strftime('%Y%m%d-%H%M%S')}"
    run_dir = Path(cfg.runs_dir) / cfg.name
    ckpt_dir = run_dir / "checkpoints"
    venv = None
    try:
        new_run_dir(cfg, resume)
        try:  # env_kwargs are the environment's to check: build it
            venv, env_kwargs = make_venv(cfg)
        except Exception as e:  # noqa: BLE001  (any failure here is a configuration error)
            raise ConfigError(f"cannot make {cfg.env_id} with env_kwargs {cfg.env_kwargs}: "
                              f"{e}") from e
        meta = describe(cfg, venv, env_kwargs)
        book = Bookkeeping(cfg.stats_window)
        if resume is None:
            model, updates = build_model(cfg, venv), 0
        else:
            model, updates = _resume(cfg, venv, meta, book, resume.checkpoint)
    except (ConfigError, CheckpointError) as e:
        if venv is not None:
            venv.close()
        print(f"rlqwop train: error: {e}", file=sys.stderr)
        return 2

    run_dir.mkdir(parents=True, exist_ok=True)
    checkpoint.remove_partial_files(ckpt_dir)
    checkpoint.write_atomic(run_dir / "config.json",
                            (json.dumps(cfg.to_dict(), indent=2) + "\n").encode())
    from torch.utils.tensorboard import SummaryWriter

    writer = SummaryWriter(str(run_dir), purge_step=model.num_timesteps if resume else None)
    if resume is None or not resume.in_place:
        writer.add_text("hyperparameters", "|param|value|\n|-|-|\n" + "\n".join(
            f"|{k}|{v}|" for k, v in cfg.to_dict().items()))
    model.set_logger(Logger(str(run_dir), [_TensorBoard(writer)]))
    callback = RunCallback(cfg, meta, book, ckpt_dir, updates)
    print(f"rlqwop train: {run_dir}: {cfg.algo} (Stable-Baselines3) in one process, "
          f"{cfg.num_envs} {cfg.env_id} envs; Ctrl-C stops and saves", file=sys.stderr, flush=True)
    old = {s: signal.signal(s, _request_stop) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        model.learn(cfg.total_steps - model.num_timesteps, callback=callback,
                    reset_num_timesteps=False)
    except BaseException:
        # Possibly mid-update: keep the last periodic checkpoint rather than save this state.
        print(f"rlqwop train: the run ended abnormally; the last checkpoint is "
              f"{ckpt_dir / 'last.pt'}", file=sys.stderr, flush=True)
        raise
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)
        writer.close()
        venv.close()
    if not callback.stopped:
        callback.updates += 1  # the last rollout was trained on after its last callback
    else:  # stopped mid-rollout: its steps were not trained on, so they do not count
        model.num_timesteps = callback.rollout_start_step
    callback.save("last.pt")
    reason = ("stopped on request (Ctrl-C / SIGTERM)" if callback.stopped
              else f"reached total_steps {cfg.total_steps}")
    print(f"rlqwop train: {reason}: update {callback.updates}, step {model.num_timesteps}; saved "
          f"{ckpt_dir / 'last.pt'}\nrlqwop train: continue with: rlqwop train --resume {run_dir}",
          file=sys.stderr, flush=True)
    return 0


def _resume(cfg: TrainConfig, venv, meta: dict, book: Bookkeeping, path: Path):
    """The model, normaliser, episode window and update count of the checkpoint at ``path``."""
    keys = ("env_id", "obs_shape", "obs_dtype", "action_space", "physics", "policy",
            "policy_kwargs")
    state = checkpoint.load(path)
    checkpoint.require_algo(state["meta"], cfg.algo, path)
    checkpoint.check_compatible(state["meta"], {k: meta[k] for k in keys}, path)
    done = state["counters"]["global_step"]
    if done >= cfg.total_steps:
        raise ConfigError(f"{path} has already trained {done} of total_steps "
                          f"{cfg.total_steps}; pass a larger --total-steps to continue")
    # SB3's own loader: it unpickles the zip's data (schedules, spaces), which is acceptable for
    # a checkpoint one trained oneself (--resume says so), unlike evaluating one from elsewhere.
    model = algorithm_class(cfg.algo).load(io.BytesIO(state["sb3_zip"]), env=venv,
                                           device=_device(cfg), **algorithm_kwargs(cfg))
    norm = state.get("normalizer")
    if norm is not None and isinstance(venv, VecNormalize):
        venv.obs_rms.count = norm["count"]
        venv.obs_rms.mean = np.asarray(norm["mean"], dtype=np.float64)
        venv.obs_rms.var = np.asarray(norm["var"], dtype=np.float64)
    book.load_state_dict(state["run"])
    updates = int(state["counters"]["updates"])
    model.set_random_seed(cfg.seed + updates)  # fresh episodes, not a replay of the first ones
    print(f"rlqwop train: resuming from update {updates} (step {done})", file=sys.stderr,
          flush=True)
    return model, updates
