"""Agents: distributed actor-learner PPO over MPI.

Data flow, one module per job::

    config.py      TrainConfig: defaults per env id, TOML/JSON file, flags, checks
    networks.py    MLP and Nature-CNN actor-critics, categorical / per-key Bernoulli heads
    policy.py      Policy: network + observation normaliser, standalone (from a checkpoint)
    normalizer.py  running mean/var with the parallel merge of per-actor statistics
    buffer.py      Rollout (one contiguous MPI message) and GAE
    ppo.py         the clipped-surrogate update
    learner.py     Learner: rollouts -> GAE -> update -> parameter vector; its checkpoint state
    actor.py       Actor: vector env + policy copy -> rollouts
    comm.py        MPI plumbing: launch command, Send/Recv/Bcast with polling, failures
    checkpoint.py  versioned, checksummed, atomically written checkpoint files
    train.py       ``rlqwop train``: launcher, run directory, learner loop, logging, faults

Nothing is imported here, so ``rlqwop train --help`` and config checks never load torch.
"""
