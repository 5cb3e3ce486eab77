"""Run the CLI in a process of its own where file permissions count.

Root reads and writes any file, so `chmod 000` and read-only folders test nothing
when the suite runs as root (as it does in CI containers). There the child drops
the two capabilities that allow it (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) with
util-linux's `setpriv`; it stays root otherwise, so it still reaches the venv.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

FAKE_CLI = Path(__file__).parent / "fake_cli.py"
SRC = Path(__file__).resolve().parents[1] / "src"


def as_unprivileged() -> list[str]:
    """A command prefix under which file permissions count."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"]


def run_cli(args: list[str], home: Path) -> subprocess.CompletedProcess[bytes]:
    """`nordask ARGS` with the fake embedder (tests/fake_cli.py), without root's access."""
    env = {**os.environ, "NORDASK_HOME": str(home), "PYTHONPATH": str(SRC)}
    return subprocess.run(
        [*as_unprivileged(), sys.executable, str(FAKE_CLI), *args],
        capture_output=True,
        env=env,
        timeout=300,
        check=False,
    )
