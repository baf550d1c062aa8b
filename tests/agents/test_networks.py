"""Network shapes, the CNN's channel layout, action heads and the linear value head."""

import numpy as np
import pytest
import torch
from gymnasium import spaces

from rlqwop.agents.networks import CNNActorCritic, MLPActorCritic, build_network
from rlqwop.agents.policy import Policy

H, W, C = 48, 40, 3  # H != W != C, so any axis mix-up changes a shape


def _frames(n=2, seed=0):
    return torch.from_numpy(np.random.default_rng(seed).integers(0, 256, (n, H, W, C), np.uint8))


def test_cnn_takes_channel_last_uint8_and_outputs_per_sample():
    net = CNNActorCritic((H, W, C), spaces.Discrete(9))
    logits, value = net(_frames(5))
    assert logits.shape == (5, 9) and value.shape == (5,)
    assert net.convs[0].in_channels == C


def test_cnn_rejects_channel_first_frames():
    net = CNNActorCritic((H, W, C), spaces.Discrete(9))
    with pytest.raises(ValueError, match="channel-last"):
        net(_frames().permute(0, 3, 1, 2).contiguous())


def test_cnn_reads_channels_from_the_last_axis():
    torch.manual_seed(0)
    net = CNNActorCritic((H, W, C), spaces.Discrete(9))
    with torch.no_grad():  # only channel 1 feeds the first convolution
        net.convs[0].weight[:, [0, 2]] = 0.0
    frame = _frames(1)
    changed = frame.clone()
    changed[..., 0] = 255 - changed[..., 0]
    changed[..., 2] = 0
    assert torch.allclose(net(frame)[0], net(changed)[0])  # channels 0, 2 ignored
    changed[..., 1] = 255 - changed[..., 1]
    assert not torch.allclose(net(frame)[0], net(changed)[0])


def test_a_frame_and_its_channel_transpose_give_different_outputs():
    torch.manual_seed(0)
    net = CNNActorCritic((H, W, C), spaces.Discrete(9))
    frame = torch.zeros(1, H, W, C, dtype=torch.uint8)
    frame[..., 0] = 255  # a red frame
    swapped = frame[..., [2, 1, 0]]  # the same frame, blue
    assert not torch.allclose(net(frame)[0], net(swapped)[0])


def test_cnn_refuses_frames_too_small():
    with pytest.raises(ValueError, match="too small"):
        CNNActorCritic((20, 20, 3), spaces.Discrete(9))


def test_mlp_heads_and_unbounded_value():
    torch.manual_seed(0)
    net = MLPActorCritic(6, spaces.MultiBinary(4), (16, 16))
    obs = torch.randn(7, 6)
    action, logprob, value = net.act(obs)
    assert action.shape == (7, 4) and action.dtype == torch.int8 and logprob.shape == (7,)
    lp, entropy, _ = net.evaluate(obs, action)
    assert torch.allclose(lp, logprob)
    # four independent keys: the joint entropy is the sum of four Bernoulli entropies <= 4 ln 2
    assert torch.all(entropy <= 4 * np.log(2) + 1e-6)
    with torch.no_grad():
        net.critic[-1].bias.fill_(-50.0)  # a sigmoid head could never say this
    assert torch.all(net(obs)[1] < -40)


def test_categorical_head_and_deterministic_mode():
    net = build_network(spaces.Box(-1, 1, (3,), np.float32), spaces.Discrete(9))
    obs = torch.randn(4, 3)
    logits, _ = net(obs)
    action, _, _ = net.act(obs, deterministic=True)
    assert torch.equal(action, logits.argmax(-1))


def test_build_network_picks_by_observation():
    assert isinstance(build_network(spaces.Box(0, 255, (H, W, 4), np.uint8), spaces.Discrete(9)),
                      CNNActorCritic)
    assert isinstance(build_network(spaces.Box(-1, 1, (5,), np.float32), spaces.Discrete(9)),
                      MLPActorCritic)
    with pytest.raises(ValueError):
        build_network(spaces.Box(-1, 1, (5,), np.float32), spaces.Box(-1, 1, (2,)))


def test_policy_normalises_and_acts_on_single_or_batched_obs():
    obs_space = spaces.Box(-np.inf, np.inf, (3,), np.float32)
    policy = Policy.for_spaces(obs_space, spaces.Discrete(9), "auto", (8,), True, 5.0)
    policy.set_normalizer(np.array([1.0, 2.0, 3.0]), np.array([4.0, 4.0, 4.0]))
    assert policy.normalize(np.array([3.0, 2.0, 1e9])) == pytest.approx([1.0, 0.0, 5.0])
    assert np.shape(policy.act(np.zeros(3, np.float32), deterministic=True)) == ()
    assert policy.act(np.zeros((6, 3), np.float32)).shape == (6,)
