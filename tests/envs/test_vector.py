"""The native vector env against Gymnasium's SyncVectorEnv over single envs, step for step.

The native env steps its races as one ``GameBatch`` (the rules over arrays, one engine call per
update); each single env is a ``Game`` (the same rules on Python scalars). Equal outputs, bit for
bit, are what makes the batch a faithful stand-in for N separate games.
"""

import hashlib
import subprocess
import sys
from pathlib import Path

import gymnasium as gym
import numpy as np
import pytest

import rlqwop  # noqa: F401
from rlqwop.envs.vector import QwopVectorEnv
from rlqwop.game.box2d_engine import Box2DWorlds
from rlqwop.game.fast import FastWorlds

ENGINES = ["fast", "fast-approx", "box2d"]


def _assert_infos_equal(native, sync):
    keys = {k for k in sync if not k.startswith("_")}
    assert {k for k in native if not k.startswith("_")} == keys
    for key in keys:
        mask = sync["_" + key]
        np.testing.assert_array_equal(native["_" + key], mask, err_msg=key)
        np.testing.assert_array_equal(native[key][mask], sync[key][mask], err_msg=key)


def _compare(env_id, num, steps, seed, **options):
    native = gym.make_vec(env_id, num_envs=num, vectorization_mode="vector_entry_point", **options)
    sync = gym.make_vec(env_id, num_envs=num, vectorization_mode="sync", **options)
    obs_n, info_n = native.reset(seed=seed)
    obs_s, info_s = sync.reset(seed=seed)
    np.testing.assert_array_equal(obs_n, obs_s)
    _assert_infos_equal(info_n, info_s)
    native.action_space.seed(seed)
    ends = 0
    for step in range(steps):
        actions = native.action_space.sample()
        out_n = native.step(actions)
        out_s = sync.step(actions)
        for name, a, b in zip(("obs", "reward", "terminated", "truncated"), out_n[:4], out_s[:4]):
            np.testing.assert_array_equal(a, b, err_msg=f"{name} at step {step}")
            assert a.dtype == b.dtype, name
        _assert_infos_equal(out_n[4], out_s[4])
        ends += int(out_n[2].sum() + out_n[3].sum())
    native.close()
    sync.close()
    return ends


@pytest.mark.parametrize("engine", ENGINES)
def test_state_vector_env_matches_sync_with_autoresets_and_noise(engine):
    ends = _compare("qwop-v0", 4, 400, seed=5, start_noise=0.5, action_repeat=2, engine=engine)
    assert ends >= 8  # several autoresets happened, each drawing from its race's generator


@pytest.mark.parametrize("engine", ENGINES)
def test_multi_binary_and_time_limit_match_sync(engine):
    ends = _compare("qwop-v0", 3, 150, seed=2, action_type="multi_binary", time_limit_s=1.5,
                    action_repeat=1, engine=engine)
    assert ends >= 3


def test_reset_start_and_either_foot_match_sync():
    ends = _compare("qwop-v0", 5, 300, seed=3, start="reset", finish_either_foot=True,
                    start_noise=1.0, action_repeat=3)
    assert ends >= 5


@pytest.mark.parametrize("env_id", ["frame-qwop-v0", "multi-frame-qwop-v0"])
def test_frame_vector_envs_match_sync(env_id):
    _compare(env_id, 2, 80, seed=9, frame_width=48, frame_height=40, action_repeat=3)


@pytest.mark.parametrize("engine, worlds", [("fast", FastWorlds), ("box2d", Box2DWorlds)])
def test_races_are_one_batched_engine(engine, worlds):
    envs = gym.make_vec("qwop-v0", num_envs=3, engine=engine)
    assert isinstance(envs.unwrapped._batch.batch.engine, worlds)
    assert gym.make_vec("qwop-v0", num_envs=3).unwrapped.config.engine == "fast"


def vector_digest(num: int = 8, steps: int = 300) -> str:
    """Observations and rewards of a fast vector env with autoresets, hashed."""
    envs = QwopVectorEnv(num, start_noise=0.3, action_repeat=2)
    digest = hashlib.sha256()
    obs, _ = envs.reset(seed=11)
    digest.update(obs.tobytes())
    actions = np.random.default_rng(11).integers(0, 9, (steps, num))
    for row in actions:
        obs, reward, terminated, truncated, _ = envs.step(row)
        for array in (obs, reward, terminated, truncated):
            digest.update(array.tobytes())
    return digest.hexdigest()[:16]


def test_vector_runs_are_bit_identical_across_processes():
    code = "import tests.envs.test_vector as t; print(t.vector_digest())"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=root)
    assert out.stdout.strip() == vector_digest()


def test_autoreset_is_next_step():
    envs = gym.make_vec("qwop-v0", num_envs=2, action_repeat=4)
    obs0, _ = envs.reset(seed=0)
    while True:
        obs, reward, terminated, truncated, info = envs.step(np.array([4, 0]))
        if terminated[0]:
            break
    assert info["_is_success"][0] and not info["_is_success"][1]
    obs, reward, terminated, truncated, info = envs.step(np.array([4, 0]))
    np.testing.assert_array_equal(obs[0], obs0[0])  # the new episode's first observation
    assert reward[0] == 0.0 and not terminated[0] and not truncated[0]
    assert info["race_time_s"][0] == 0.0 and "is_success" not in info


def test_reset_mask_resets_only_the_selected_races():
    envs = gym.make_vec("qwop-v0", num_envs=3)
    first, _ = envs.reset(seed=0)
    for _ in range(3):
        moved, *_ = envs.step(np.array([4, 4, 4]))
    obs, info = envs.reset(options={"reset_mask": np.array([False, True, False])})
    np.testing.assert_array_equal(obs[1], first[1])
    np.testing.assert_array_equal(obs[[0, 2]], moved[[0, 2]])
    assert list(info["_distance_m"]) == [False, True, False]
    with pytest.raises(ValueError, match="reset_mask"):
        envs.reset(options={"reset_mask": np.array([1, 0, 0])})


def test_max_episode_steps_matches_sync_time_limit():
    # TimeLimit truncates without the env's end-of-episode info (is_success): so must the native
    ends = _compare("qwop-v0", 2, 12, seed=1, max_episode_steps=3, action_repeat=1)
    assert ends == 6  # steps 3, 7 and 11 of each race (4, 8 and 12 are autoresets)


def test_max_episode_steps_truncates_like_time_limit():
    envs = gym.make_vec("qwop-v0", num_envs=2, max_episode_steps=3)
    envs.reset(seed=0)
    truncs = [envs.step(np.array([0, 0]))[3].tolist() for _ in range(4)]
    assert truncs == [[False, False], [False, False], [True, True], [False, False]]


def test_copy_false_reuses_buffers_and_copy_true_does_not():
    shared = QwopVectorEnv(2, copy=False)
    a, _ = shared.reset(seed=0)
    b, *_ = shared.step(np.array([1, 1]))
    assert a is b
    copied = QwopVectorEnv(2)
    a, _ = copied.reset(seed=0)
    b, *_ = copied.step(np.array([1, 1]))
    assert a is not b and not np.shares_memory(a, b)


@pytest.mark.parametrize("stack", [1, 3, 4])
def test_multi_frame_stack_shifts_oldest_first(stack):
    envs = gym.make_vec("multi-frame-qwop-v0", num_envs=2, frame_width=40, frame_height=36,
                        frame_stack=stack)
    obs, _ = envs.reset(seed=0)
    assert obs.shape == (2, 36, 40, stack)
    for channel in range(stack):
        np.testing.assert_array_equal(obs[..., channel], obs[..., -1])
    for _ in range(3):
        new, *_ = envs.step(np.array([4, 8]))
        np.testing.assert_array_equal(new[..., :-1], obs[..., 1:])
        assert not np.array_equal(new[..., -1], obs[..., -1])
        obs = new


def test_vector_env_seeds_like_sync():
    envs = gym.make_vec("qwop-v0", num_envs=2, start_noise=1.0)
    a, _ = envs.reset(seed=[3, None])
    b, _ = gym.make_vec("qwop-v0", num_envs=2, start_noise=1.0).reset(seed=3)
    np.testing.assert_array_equal(a[0], b[0])
    with pytest.raises(ValueError, match="num_envs=2"):
        envs.reset(seed=[1, 2, 3])


def test_render_gives_one_picture_per_race():
    envs = gym.make_vec("qwop-v0", num_envs=2, render_mode="rgb_array")
    envs.reset(seed=0)
    frames = envs.render()
    assert len(frames) == 2 and frames[0].shape == (400, 640, 3)


@pytest.mark.parametrize("env_id", ["frame-qwop-v0", "multi-frame-qwop-v0"])
def test_reset_mask_leaves_other_frame_stacks_alone(env_id):
    options = {"frame_width": 40, "frame_height": 40}
    native = gym.make_vec(env_id, num_envs=3, vectorization_mode="vector_entry_point", **options)
    sync = gym.make_vec(env_id, num_envs=3, vectorization_mode="sync", **options)
    for envs in (native, sync):
        envs.reset(seed=0)
        for _ in range(3):
            envs.step(np.array([4, 8, 2]))
    mask = np.array([True, False, False])
    obs_n, _ = native.reset(options={"reset_mask": mask.copy()})
    obs_s, _ = sync.reset(options={"reset_mask": mask.copy()})
    np.testing.assert_array_equal(obs_n, obs_s)


@pytest.mark.parametrize("env_id", ["frame-qwop-v0", "multi-frame-qwop-v0"])
def test_frame_observations_and_renders_are_each_races_own_picture(env_id):
    # the pixels themselves, not only their shape: each race's frame is its own game, drawn as
    # the Renderer draws it (the newest frame the last channel of a stack)
    from rlqwop.game.render import Renderer

    envs = gym.make_vec(env_id, num_envs=3, vectorization_mode="vector_entry_point",
                        frame_width=48, frame_height=40, render_mode="rgb_array")
    envs.reset(seed=4)
    rng = np.random.default_rng(4)
    for _ in range(12):
        obs = envs.step(rng.integers(0, 9, 3))[0]
    gray = env_id.startswith("multi")
    drawer, full = Renderer(48, 40, grayscale=gray), Renderer(640, 400)
    pictures = envs.render()
    for race, game in enumerate(envs.unwrapped.games):
        newest = obs[race][..., -1] if gray else obs[race]
        np.testing.assert_array_equal(newest, drawer.render(game))
        np.testing.assert_array_equal(pictures[race], full.render(game))
    assert not np.array_equal(obs[0], obs[1])  # the races differ after random keys
    envs.close()
