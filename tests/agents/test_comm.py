"""Launcher plumbing: detecting mpirun and the command that starts the ranks."""

import os
import sys

from rlqwop.agents import comm


def test_under_mpirun_reads_launcher_variables(monkeypatch):
    for var in ("OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK", "PMI_SIZE"):
        monkeypatch.delenv(var, raising=False)
    assert not comm.under_mpirun()
    monkeypatch.setenv("PMIX_RANK", "0")
    assert comm.under_mpirun()


def test_mpirun_command_for_this_machine():
    cmd = comm.mpirun_command(3, "rlqwop.agents.train", ["--num-envs", "4"])
    assert os.path.basename(cmd[0]) in ("mpirun", "mpiexec")
    assert cmd[cmd.index("-np") + 1] == "3"
    assert "--oversubscribe" in cmd
    assert ("--allow-run-as-root" in cmd) == (os.geteuid() == 0)
    assert cmd[-5:] == [sys.executable, "-m", "rlqwop.agents.train", "--num-envs", "4"]
