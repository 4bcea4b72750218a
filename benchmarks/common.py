"""Helpers the benchmark scripts share: timing a subprocess, summarising repeated figures,
the machine and commit a run was made on, the temporary folder, the results file and a
local web server.

The scripts are run as ``python benchmarks/<script>.py``, which puts benchmarks/ first on
``sys.path``, so they import this module as ``common``. It imports nothing of the generator:
statistics_time.py times the generator's imports in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "benchmarks" / "out"


# ---- running and timing -----------------------------------------------------------------


@dataclass
class Timing:
    wall: float
    """Elapsed seconds."""
    cpu: float
    """User + system CPU seconds of the child process and its children (RUSAGE_CHILDREN
    delta; less sensitive to a busy machine)."""


def timed(
    command: Sequence[str | Path],
    env: Mapping[str, str] | None = None,
    cwd: Path = REPO,
) -> Timing:
    """Run ``command`` in ``cwd`` (the repository root unless given), with ``env`` if given,
    else this process's environment; stop the benchmark if it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(map(str, command))}\n{done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(wall, cpu)


# ---- figures, machine, results ----------------------------------------------------------


def spread(values: Sequence[float]) -> dict[str, float] | None:
    """Median, min and max of ``values``; None when there are none."""
    if not values:
        return None
    return {"median": statistics.median(values), "min": min(values), "max": max(values)}


def environment() -> dict[str, Any]:
    """The commit (and whether tracked files differ from it), Python, the machine, its load."""
    commit = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=REPO,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return {
        "commit": commit,
        "tracked_changes": bool(dirty),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def shown(path: Path) -> str:
    """``path`` relative to the repository when it is inside it, for messages."""
    path = path.resolve()
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def write_json(path: Path, data: Mapping[str, Any]) -> None:
    """``data`` as indented JSON (UTF-8, Thai as it is) into ``path``, its folder created."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"
    path.write_text(text, encoding="utf-8")


def write_results(path: Path, data: Mapping[str, Any]) -> None:
    """:func:`write_json`, then say where."""
    write_json(path, data)
    print(f"\nresults: {shown(path)}")


# ---- the temporary folder ---------------------------------------------------------------


def add_output_arguments(parser: argparse.ArgumentParser, results: Path) -> None:
    """``--keep``, ``--results`` (default ``results``) and ``--tmp-root``."""
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--results", type=Path, default=results)
    parser.add_argument(
        "--tmp-root",
        type=Path,
        default=None,
        help="where the temporary folder goes (default: the system's temporary folder)",
    )


@contextmanager
def work_folder(prefix: str, tmp_root: Path | None, keep: bool) -> Iterator[Path]:
    """A new temporary folder (in ``tmp_root`` if given), removed afterwards unless ``keep``."""
    if tmp_root:
        tmp_root.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=prefix, dir=tmp_root))
    try:
        yield work
    finally:
        if keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


# ---- serving a folder -------------------------------------------------------------------


class QuietHandler(SimpleHTTPRequestHandler):
    """Static files as they are on disk (no compression), HTTP/1.1 keep-alive, no log."""

    protocol_version = "HTTP/1.1"
    extensions_map: ClassVar = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".json": "application/json",
        ".woff2": "font/woff2",
    }

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(folder: Path, handler: type[SimpleHTTPRequestHandler] = QuietHandler) -> Iterator[str]:
    """``folder`` over http on 127.0.0.1 (a free port) from a thread, each request answered
    by ``handler``; yields the base URL ending in /."""
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
