"""The PPO update (Schulman et al. 2017), readable against the paper.

    ratio      r = pi(a|s) / pi_behaviour(a|s)
    L_clip     = E[min(r A, clip(r, 1 - eps, 1 + eps) A)]                (eq. 7)
    L          = -L_clip + c1 * L_value - c2 * entropy                   (eq. 9)

pi_behaviour is the policy the actor sampled with, which may be one update older than the one
being optimised (``policy_lag``); the ratio then corrects for it as well, exactly as for the later
epochs of a single update. Every mean is masked: autoreset steps are stored but are no decisions.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch
from torch import nn


@dataclass
class Batch:
    """A flattened rollout batch, one row per stored step."""

    obs: torch.Tensor
    actions: torch.Tensor
    logprobs: torch.Tensor  # of the behaviour policy
    advantages: torch.Tensor
    returns: torch.Tensor
    values: torch.Tensor  # of the value function before this update, for value clipping
    mask: torch.Tensor  # 1 for real decisions, 0 for autoreset steps

    def __len__(self) -> int:
        return len(self.obs)

    def rows(self, index: torch.Tensor) -> "Batch":
        return Batch(*(getattr(self, f)[index] for f in self.__dataclass_fields__))


@dataclass
class PPOSettings:
    clip_coef: float = 0.2
    clip_vloss: bool = True
    norm_adv: bool = True
    ent_coef: float = 0.01
    vf_coef: float = 0.5
    max_grad_norm: float = 0.5
    update_epochs: int = 4
    minibatch_size: int = 64
    target_kl: float = 0.0  # 0: never stop early


def masked_mean(x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    return (x * mask).sum() / mask.sum().clamp(min=1.0)


def policy_loss(new_logprobs: torch.Tensor, old_logprobs: torch.Tensor, advantages: torch.Tensor,
                mask: torch.Tensor, clip_coef: float
                ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """The negated clipped surrogate, plus the clipped fraction and approx KL (k3 estimator)."""
    log_ratio = new_logprobs - old_logprobs
    ratio = log_ratio.exp()
    unclipped = ratio * advantages
    clipped = ratio.clamp(1.0 - clip_coef, 1.0 + clip_coef) * advantages
    loss = -masked_mean(torch.min(unclipped, clipped), mask)
    with torch.no_grad():
        clipfrac = masked_mean(((ratio - 1.0).abs() > clip_coef).float(), mask)
        approx_kl = masked_mean((ratio - 1.0) - log_ratio, mask)
    return loss, clipfrac, approx_kl


def value_loss(new_values: torch.Tensor, old_values: torch.Tensor, returns: torch.Tensor,
               mask: torch.Tensor, clip_coef: float | None) -> torch.Tensor:
    """Half the squared error; with ``clip_coef`` the pessimum of clipped and unclipped errors."""
    error = (new_values - returns) ** 2
    if clip_coef is not None:
        clipped = old_values + (new_values - old_values).clamp(-clip_coef, clip_coef)
        error = torch.max(error, (clipped - returns) ** 2)
    return 0.5 * masked_mean(error, mask)


def ppo_update(net: nn.Module, optimizer: torch.optim.Optimizer, batch: Batch, s: PPOSettings,
               generator: torch.Generator) -> dict[str, float]:
    """Optimise ``net`` on ``batch`` for ``s.update_epochs`` epochs of shuffled minibatches.

    Returns the last minibatch's losses and the epochs' mean clip fraction and approx KL, under
    CleanRL's names without the ``losses/`` prefix.
    """
    clipfracs, kls = [], []
    epochs_run = 0
    for _epoch in range(s.update_epochs):
        order = torch.randperm(len(batch), generator=generator)
        for start in range(0, len(batch), s.minibatch_size):
            mb = batch.rows(order[start:start + s.minibatch_size])
            new_logprobs, entropy, new_values = net.evaluate(mb.obs, mb.actions)
            adv = mb.advantages
            if s.norm_adv:
                mean = masked_mean(adv, mb.mask)
                std = masked_mean((adv - mean) ** 2, mb.mask).sqrt()
                adv = (adv - mean) / (std + 1e-8)
            pg_loss, clipfrac, approx_kl = policy_loss(new_logprobs, mb.logprobs, adv, mb.mask,
                                                       s.clip_coef)
            v_loss = value_loss(new_values, mb.values, mb.returns, mb.mask,
                                s.clip_coef if s.clip_vloss else None)
            ent = masked_mean(entropy, mb.mask)
            loss = pg_loss - s.ent_coef * ent + s.vf_coef * v_loss

            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), s.max_grad_norm)
            optimizer.step()
            clipfracs.append(clipfrac.item())
            kls.append(approx_kl.item())
        epochs_run += 1
        if s.target_kl > 0 and kls[-1] > s.target_kl:
            break
    return {"policy_loss": pg_loss.item(), "value_loss": v_loss.item(), "entropy": ent.item(),
            "approx_kl": sum(kls) / len(kls), "clipfrac": sum(clipfracs) / len(clipfracs),
            "epochs": float(epochs_run)}
