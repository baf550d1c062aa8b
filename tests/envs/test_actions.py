"""The action table moves the runner exactly as the keys do; invalid actions are refused."""

import itertools

import gymnasium as gym
import numpy as np
import pytest

import rlqwop  # noqa: F401
from rlqwop.envs.actions import DISCRETE_KEYS, MULTI_BINARY_KEYS, ActionDecoder
from rlqwop.game import Game, parse_keys


def test_discrete_table_is_the_nine_distinct_key_pairs():
    assert DISCRETE_KEYS == ("", "o", "p", "q", "qo", "qp", "w", "wo", "wp")
    pairs = {parse_keys(k) for k in DISCRETE_KEYS}
    assert pairs == set(itertools.product(("", "q", "w"), ("", "o", "p")))
    for index, keys in enumerate(DISCRETE_KEYS):  # index = 3 * thigh + calf
        thigh, calf = parse_keys(keys)
        assert index == 3 * ("", "q", "w").index(thigh) + ("", "o", "p").index(calf)


def test_multi_binary_table_follows_q_w_o_p_bits():
    for bits in itertools.product((0, 1), repeat=4):
        held = "".join(k for k, b in zip("qwop", bits) if b)
        assert MULTI_BINARY_KEYS[8 * bits[0] + 4 * bits[1] + 2 * bits[2] + bits[3]] == held


def test_key_codes_are_the_discrete_index_of_the_keys_that_act():
    binary = ActionDecoder("multi_binary")
    rows = np.array(list(itertools.product((0, 1), repeat=4)))
    codes = binary.codes(rows, len(rows))
    for row, code in zip(rows, codes):
        held = "".join(k for k, b in zip("qwop", row) if b)
        assert parse_keys(DISCRETE_KEYS[code]) == parse_keys(held) and binary.code(row) == code
    assert list(ActionDecoder("discrete").codes(np.arange(9), 9)) == list(range(9))


def _run_env(env, actions):
    states = []
    env.reset(seed=0)
    for action in actions:
        env.step(action)
        states.append(env.unwrapped.game.body_states())
    return np.array(states)


def _run_game(keys_list, repeat):
    game, states = Game(), []
    for keys in keys_list:
        for _ in range(repeat):
            game.step(keys)
            if game.ended:
                break
        states.append(game.body_states())
    return np.array(states)


@pytest.mark.parametrize("repeat", [1, 3])
def test_each_discrete_action_moves_like_its_keys(repeat):
    env = gym.make("qwop-v0", action_repeat=repeat)
    for index, keys in enumerate(DISCRETE_KEYS):
        got = _run_env(env, [index] * 12)
        want = _run_game([keys] * 12, repeat)
        np.testing.assert_array_equal(got, want, err_msg=f"action {index} vs keys {keys!r}")


def test_q_plus_o_index_is_game_step_qo():
    env = gym.make("qwop-v0", action_repeat=1)
    np.testing.assert_array_equal(_run_env(env, [4] * 20), _run_game(["qo"] * 20, 1))
    assert not np.array_equal(_run_env(env, [5] * 20), _run_game(["qo"] * 20, 1))


def test_multi_binary_priorities_apply():
    env = gym.make("qwop-v0", action_type="multi_binary", action_repeat=2)
    qw_op = _run_env(env, [np.array([1, 1, 1, 1], dtype=np.int8)] * 10)
    q_o = _run_env(env, [np.array([1, 0, 1, 0], dtype=np.int8)] * 10)
    np.testing.assert_array_equal(qw_op, q_o)
    np.testing.assert_array_equal(q_o, _run_game(["qo"] * 10, 2))


@pytest.mark.parametrize("bad", [9, -1, 2.0, "q", None, np.array([1, 2]), np.float32(3)])
def test_invalid_discrete_action_raises_naming_action_and_space(bad):
    env = gym.make("qwop-v0").unwrapped
    env.reset(seed=0)
    with pytest.raises(ValueError, match=r"Discrete\(9\)") as error:
        env.step(bad)
    assert repr(bad) in str(error.value) and "an integer 0-8" in str(error.value)


@pytest.mark.parametrize("bad", [[1, 0, 1], [2, 0, 0, 0], [0.5, 0, 0, 0], 3, "qwop"])
def test_invalid_multi_binary_action_raises(bad):
    env = gym.make("qwop-v0", action_type="multi_binary").unwrapped
    env.reset(seed=0)
    with pytest.raises(ValueError, match=r"MultiBinary\(4\).*zeros and ones for Q, W, O, P"):
        env.step(bad)


def test_numpy_integer_actions_are_accepted():
    decoder = ActionDecoder("discrete")
    assert decoder.keys(np.int64(4)) == decoder.keys(np.array(4)) == "qo"


@pytest.mark.parametrize("bad", [np.array([0, 9, 1]), np.array([0, 1]), np.array([0.0, 1.0, 2.0]),
                                 np.array([-1, 0, 0])])
def test_invalid_vector_actions_raise(bad):
    envs = gym.make_vec("qwop-v0", num_envs=3)
    envs.reset(seed=0)
    with pytest.raises(ValueError, match=r"Discrete\(9\)"):
        envs.step(bad)


def test_invalid_vector_multi_binary_actions_raise():
    envs = gym.make_vec("qwop-v0", num_envs=2, action_type="multi_binary")
    envs.reset(seed=0)
    envs.step(np.zeros((2, 4), dtype=np.int8))
    with pytest.raises(ValueError, match=r"MultiBinary\(4\)"):
        envs.step(np.full((2, 4), 2))
    with pytest.raises(ValueError, match=r"MultiBinary\(4\)"):
        envs.step(np.zeros((3, 4), dtype=np.int8))
