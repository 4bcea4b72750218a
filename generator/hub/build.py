"""``prongsai hub build``: read SITES.yml, fetch every site, write the hub, report failures.

The hub is written into a staging folder beside ``out`` and moved into place at the end,
so a run that stops half way leaves the previous hub as it was. One agency's failure never
stops the run: it is shown with its last good data and listed in the report.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import shutil
import tempfile
import time
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import aiohttp

from prongsai import __version__
from prongsai.hub.cache import Cache
from prongsai.hub.fetch import Fetcher, FetchResult, FetchSettings
from prongsai.hub.render import HubWriter
from prongsai.hub.sites import Agency, read_sites
from prongsai.hub.summary import Row, agency_data, summarise

T = TypeVar("T")
DEFAULT_TITLE = "ศูนย์รวมรายงานคุณธรรมและความโปร่งใส"


@dataclass
class HubReport:
    agencies: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: list[Row] = field(default_factory=list)
    requests: int = 0
    files_fetched: int = 0
    seconds: float = 0.0

    def format(self) -> str:
        lines = [
            f"ศูนย์รวม: หน่วยงาน {self.agencies} แห่ง ข้อมูลใหม่ {self.changed} ไม่เปลี่ยน"
            f" {self.unchanged} อ่านไม่ได้ {len(self.failed)} ({self.requests} คำขอ,"
            f" {self.seconds:.1f} วินาที)",
            f"Hub: {self.agencies} agencies, {self.changed} changed, {self.unchanged} unchanged,"
            f" {len(self.failed)} failed ({self.requests} requests, {self.seconds:.1f} s).",
        ]
        for row in self.failed:
            assert row.failure is not None
            kept = (
                f"แสดงข้อมูลเมื่อ {row.fetched.date().isoformat()} / showing data of"
                f" {row.fetched.date().isoformat()}"
                if row.fetched
                else "ยังไม่เคยอ่านได้ / never read"
            )
            lines.append(f"- {row.name} <{row.site_url}>: [{row.failure.kind}] {kept}")
            lines.append(f"  {row.failure.thai}")
            lines.append(f"  {row.failure.english}")
        return "\n".join(lines)


def build_hub(
    sites_file: Path,
    out: Path,
    *,
    cache_dir: Path,
    settings: FetchSettings | None = None,
    title: str = DEFAULT_TITLE,
    site_url: str | None = None,
    now: dt.datetime | None = None,
) -> HubReport:
    """Build the hub into ``out``; raises HubError (Thai and English) for a bad SITES.yml."""
    agencies = read_sites(sites_file)
    settings = settings or FetchSettings()
    now = now or dt.datetime.now(dt.UTC)
    started = time.monotonic()
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.staging-", dir=out.parent))
    try:
        writer = HubWriter(staging, title, site_url.rstrip("/") + "/" if site_url else None)
        report = HubReport(agencies=len(agencies))
        rows = _run(lambda: _fetch_all(agencies, Cache(cache_dir), settings, now, writer, report))
        writer.finish(rows)
        if out.exists():
            previous = out.with_name(f".{out.name}.previous")
            shutil.rmtree(previous, ignore_errors=True)
            out.rename(previous)
            staging.rename(out)
            shutil.rmtree(previous, ignore_errors=True)
        else:
            staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    report.seconds = time.monotonic() - started
    return report


def _run(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """asyncio.run, in a thread of its own when this thread already runs an event loop
    (a notebook, Playwright's sync API in the browser tests)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


async def _fetch_all(
    agencies: list[Agency],
    cache: Cache,
    settings: FetchSettings,
    now: dt.datetime,
    writer: HubWriter,
    report: HubReport,
) -> list[Row]:
    connector = aiohttp.TCPConnector(limit=settings.concurrency, ttl_dns_cache=600)
    headers = {"User-Agent": f"prongsai-hub/{__version__}"}
    rows: list[Row] = []
    async with aiohttp.ClientSession(connector=connector, headers=headers) as session:
        fetcher = Fetcher(session, cache, settings, now)
        tasks = [asyncio.ensure_future(fetcher.fetch(agency)) for agency in agencies]
        for next_done in asyncio.as_completed(tasks):
            result = await next_done
            rows.append(_record(result, writer, report))
            result.documents = {}  # the task keeps its result: let the documents go
        tasks.clear()
    return rows


def _record(result: FetchResult, writer: HubWriter, report: HubReport) -> Row:
    """Summarise one agency and write its page now, so that its documents are let go."""
    data = agency_data(result.documents) if result.entry else None
    row = summarise(result, data)
    writer.agency_page(row, data)
    report.requests += result.requests
    report.files_fetched += len(result.fetched_files)
    if row.failure is not None:
        report.failed.append(row)
    elif result.changed:
        report.changed += 1
    else:
        report.unchanged += 1
    return row
