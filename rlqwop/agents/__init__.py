"""Agents: distributed actor-learner PPO over MPI, the Stable-Baselines3 path, trained runners.

Data flow, one module per job::

    config.py      TrainConfig: defaults per env id and algo, TOML/JSON file, flags, checks
    networks.py    MLP and Nature-CNN actor-critics, categorical / per-key Bernoulli heads
    policy.py      Policy: network + observation normaliser, standalone (from a checkpoint)
    normalizer.py  running mean/var with the parallel merge of per-actor statistics
    buffer.py      Rollout (one contiguous MPI message) and GAE
    ppo.py         the clipped-surrogate update
    learner.py     Learner: rollouts -> GAE -> update -> parameter vector; its checkpoint state
    actor.py       Actor: vector env + policy copy -> rollouts
    comm.py        MPI plumbing: launch command, Send/Recv/Bcast with polling, failures
    checkpoint.py  versioned, checksummed, atomically written checkpoint files
    episodes.py    the window of finished episodes behind best.pt, and the charts/* values
    train.py       ``rlqwop train``: launcher, run directory, learner loop, logging, faults
    sb3_vec_env.py GymnasiumVecEnv: a Gymnasium vector env as SB3's VecEnv (autoreset converted)
    sb3.py         ``rlqwop train --algo sb3-*``: SB3 in one process, same run layout
    runner.py      load_runner: any checkpoint -> policy + its env; a run update by update
    evaluate.py    ``rlqwop eval``: N races, table or JSON

Nothing is imported here, so ``rlqwop train --help`` and config checks never load torch.
"""
