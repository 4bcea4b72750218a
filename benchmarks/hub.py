"""Hub benchmark (issue #16): 8,000 synthetic agency APIs served from this machine, a share
of them down, slow or broken; the time and peak memory of a cold hub build and of a warm
one where 1% of the sites changed.

    .venv/bin/python benchmarks/hub.py                  # 8,000 agencies (about 10 minutes)
    .venv/bin/python benchmarks/hub.py --agencies 300   # a quick smoke run

The API files are those of a real Prongsai site (tests/fixtures/demo, built in memory), one
copy per agency with its own name, code and province. The server (aiohttp, 127.0.0.1 only,
a separate process) answers ETag / If-None-Match like GitHub Pages, stops when the
benchmark ends and in any case after --server-lifetime seconds. Each hub build runs in its
own process, which reports its own peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import hashlib
import json
import multiprocessing
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "out" / "hub.json"

# The failure kinds, each on a share of the agencies (per 1,000): the rest are healthy.
KINDS = (
    ("down", 20),  # nothing listens on the port: connection refused
    ("slow", 5),  # index.json takes longer than the hub's timeout
    ("html", 10),  # an HTML page instead of JSON (a wrong address, a portal's 404 page)
    ("schema", 10),  # a year file that breaks the schema (a status that does not exist)
    ("newer", 5),  # api_version 2.0
    ("error", 10),  # HTTP 503 every time
)
CHANGED_EVERY = 100
"""In the warm run, one healthy agency in 100 has changed (an OIT item's explanation)."""


def kind_of(number: int) -> str:
    slot = (number * 7919) % 1000
    for kind, share in KINDS:
        if slot < share:
            return kind
        slot -= share
    return "ok"


def _demo_api() -> dict[str, bytes]:
    sys.path.insert(0, str(REPO))
    from prongsai.pipeline import run

    result = run(REPO / "tests" / "fixtures" / "demo", site_url=None)
    assert result.rendered is not None
    return {
        f.path.removeprefix("api/v1/"): f.text.encode("utf-8")
        for f in result.rendered.files
        if f.path.startswith("api/v1/")
    }


class Agencies:
    """The API files of agency ``number`` at ``epoch`` (built on request, kept when shared)."""

    def __init__(self, epoch: int) -> None:
        self.epoch = epoch
        self.base = _demo_api()
        self.base_index = json.loads(self.base["index.json"])
        self.agency = json.loads(self.base["agency.json"])

    def files(self, number: int) -> dict[str, bytes]:
        kind = kind_of(number)
        files = {p: b for p, b in self.base.items() if p != "index.json"}
        agency = dict(self.agency, name=f"องค์การบริหารส่วนตำบลทดสอบที่ {number}")
        agency["identifier"] = f"{number:08d}"
        files["agency.json"] = json.dumps(agency, ensure_ascii=False).encode("utf-8")
        if kind == "schema":
            year = json.loads(files["years/2567.json"])
            year["oit"]["items"][0]["status"] = "done-ish"
            files["years/2567.json"] = json.dumps(year, ensure_ascii=False).encode("utf-8")
        if kind == "ok" and self.epoch and number % CHANGED_EVERY == 3:
            year = json.loads(files["years/2567.json"])
            year["oit"]["items"][0]["explanation"] += f" (แก้ไขครั้งที่ {self.epoch})"
            files["years/2567.json"] = json.dumps(year, ensure_ascii=False).encode("utf-8")
        index = dict(self.base_index)
        index["files"] = [
            dict(entry, bytes=len(files[entry["path"]]), sha256=_sha(files[entry["path"]]))
            for entry in self.base_index["files"]
        ]
        if kind == "newer":
            index["api_version"] = "2.0"
        files["index.json"] = json.dumps(index, ensure_ascii=False).encode("utf-8")
        return files


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def serve(port_pipe: Any, epoch: int, lifetime: float, slow: float, port: int) -> None:
    """The server process: every agency under /s/<number>/, on 127.0.0.1 only."""
    from aiohttp import web

    agencies = Agencies(epoch)
    cache: dict[int, dict[str, bytes]] = {}
    modified = "Sat, 05 Dec 2026 00:00:00 GMT"

    async def handle(request: web.Request) -> web.StreamResponse:
        number = int(request.match_info["number"])
        path = request.match_info["path"]
        kind = kind_of(number)
        if kind == "error":
            return web.Response(status=503, text="Service Unavailable")
        if kind == "html":
            return web.Response(
                text="<!doctype html><title>หน้าแรก</title><p>เว็บไซต์หน่วยงาน</p>",
                content_type="text/html",
            )
        if kind == "slow" and path == "index.json":
            await asyncio.sleep(slow)
        if number not in cache:
            cache[number] = agencies.files(number)
        files = cache[number] if len(cache) < 20000 else agencies.files(number)
        body = files.get(path)
        if body is None:
            return web.Response(status=404, text="Not Found")
        etag = f'"{_sha(body)[:16]}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            body=body,
            content_type="application/json",
            headers={"ETag": etag, "Last-Modified": modified, "Cache-Control": "max-age=600"},
        )

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/s/{number}/api/v1/{path:.+}", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", port, backlog=1024, reuse_address=True)
        await site.start()
        bound = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        port_pipe.send(bound)
        await asyncio.sleep(lifetime)  # stops by itself
        await runner.cleanup()

    asyncio.run(main())


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_sites(path: Path, count: int, port: int, down_port: int) -> None:
    lines = ["agencies:"]
    for number in range(count):
        where = down_port if kind_of(number) == "down" else port
        lines += [
            f"  - name: องค์การบริหารส่วนตำบลทดสอบที่ {number}",
            "    kind: อบต.",
            f"    province: จังหวัดทดสอบ {number % 77}",
            f"    district: อำเภอทดสอบ {number % 9}",
            f"    url: http://127.0.0.1:{where}/s/{number}/",
            f'    code: "{number:08d}"',
        ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def child(args: argparse.Namespace) -> None:
    """One hub build in this process; prints its figures as JSON."""
    from prongsai.hub.build import build_hub
    from prongsai.hub.fetch import FetchSettings

    started = time.monotonic()
    report = build_hub(
        Path(args.sites),
        Path(args.out),
        cache_dir=Path(args.cache),
        settings=FetchSettings(
            concurrency=args.concurrency, timeout=args.timeout, retries=args.retries
        ),
    )
    kinds: dict[str, int] = {}
    for row in report.failed:
        assert row.failure is not None
        kinds[row.failure.kind] = kinds.get(row.failure.kind, 0) + 1
    print(
        json.dumps(
            {
                "seconds": round(time.monotonic() - started, 1),
                "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                "agencies": report.agencies,
                "changed": report.changed,
                "unchanged": report.unchanged,
                "failed": len(report.failed),
                "failures": kinds,
                "requests": report.requests,
                "files_fetched": report.files_fetched,
            }
        )
    )


def build_once(folder: Path, args: argparse.Namespace, label: str) -> dict[str, Any]:
    command = [
        sys.executable,
        __file__,
        "--child",
        "--sites",
        str(folder / "SITES.yml"),
        "--out",
        str(folder / "hub"),
        "--cache",
        str(folder / "cache"),
        "--concurrency",
        str(args.concurrency),
        "--timeout",
        str(args.timeout),
        "--retries",
        str(args.retries),
    ]
    completed = subprocess.run(command, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        sys.exit(f"{label} build failed:\n{completed.stderr}")
    figures = json.loads(completed.stdout.strip().splitlines()[-1])
    pages = sum(1 for _ in (folder / "hub").rglob("index.html"))
    figures["pages"] = pages
    print(f"{label}: {json.dumps(figures, ensure_ascii=False)}", flush=True)
    return figures


def start_server(
    epoch: int, args: argparse.Namespace, port: int = 0
) -> tuple[multiprocessing.Process, int]:
    """The server of one run; the warm run reuses the cold run's port (same addresses)."""
    receive, send = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.Process(
        target=serve, args=(send, epoch, args.server_lifetime, args.slow, port), daemon=True
    )
    process.start()
    if not receive.poll(120):
        process.terminate()
        sys.exit("the benchmark server did not start")
    return process, receive.recv()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agencies", type=int, default=8000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--retries", type=int, default=2)
    parser.add_argument("--slow", type=float, default=30.0, help="seconds a slow site takes")
    parser.add_argument("--server-lifetime", type=float, default=3600.0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--sites", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--cache", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    folder = Path(tempfile.mkdtemp(prefix="prongsai-hub-bench-"))
    results: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "agencies": args.agencies,
        "cpus": os.cpu_count(),
        "settings": {
            "concurrency": args.concurrency,
            "timeout": args.timeout,
            "retries": args.retries,
            "slow": args.slow,
        },
        "kinds_per_1000": dict(KINDS),
    }
    port, down_port = 0, closed_port()
    try:
        for epoch, label in ((0, "cold"), (1, "warm")):
            server, port = start_server(epoch, args, port)
            try:
                write_sites(folder / "SITES.yml", args.agencies, port, down_port)
                results[label] = build_once(folder, args, label)
            finally:
                server.terminate()
                server.join(10)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"figures in {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
