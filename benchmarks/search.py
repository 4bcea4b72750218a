"""Thai search: what a reader downloads and waits for, and what it adds to the build.

For two sites, the default one (``content/``) and the 10-year reference content
(benchmarks/reference_content.py), this script

a. opens the home page of the built site in Chromium (Playwright, /usr/bin/chromium), served
   raw (no compression) on 127.0.0.1, records every response (URL, body bytes and the body's
   gzip -6 size computed here), focuses the search box, types a query and waits until the
   search worker has answered the complete query: the search bytes of the page load alone,
   and everything fetched between focusing and that answer;
b. times typing → the answer on screen (in the page's own clock: first keydown → the result
   list showing the answer to the complete query; the first ``.md-search-result__item`` is
   recorded too), median of ``--runs`` visits per query, each in a fresh browser context
   (nothing cached), for 5 queries checked against the built index (Thai words, two Thai
   words typed without a space, an item code);
c. times ``prongsai --content C build --site-dir S`` with the plugin's thai_search on and off
   (segmentation on and off), interleaved, ``--runs`` runs each after a warm-up: wall time,
   child CPU time, ratio of the medians;
d. builds "stock" Material for comparison (plugin options thai_search and search_options
   off, a copy of mkdocs.yml with ``search: lang: th`` and nothing else, Prongsai's
   search.js removed from the built HTML) and visits it once per query (90 s allowed each):
   what its page load downloads for search and whether a Thai query gets an answer
   (``--skip-stock`` skips it).

Prints the figures and PASS/FAIL for the targets on the 10-year site (answer within 2 s of
typing, at most 400 KB gzip downloaded for search, at most 15 % more build time) and writes
every figure to benchmarks/out/search.json. The exit code is 0 whether the targets are met
or not; it is non-zero only when a build or the browser fails.

    .venv/bin/python benchmarks/search.py [--runs 5] [--skip-stock] [--keep]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "benchmarks" / "out"
PRONGSAI = REPO / ".venv" / "bin" / "prongsai"
PYTHON = REPO / ".venv" / "bin" / "python"
CONFIG = REPO / "mkdocs.yml"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PLUGIN_OPTIONS = {
    "thai": "  - prongsai\n",
    "plain": "  - prongsai:\n      thai_search: false\n",
    "stock": "  - prongsai:\n      thai_search: false\n      search_options: false\n"
    "  - search:\n      lang: th\n",
}
"""The prongsai plugin's settings per variant: segmented, not segmented, stock Material."""
REFERENCE_YEARS = 10

SEARCH_BOX = "input[data-md-component=search-query]"
RESULT_ITEM = ".md-search-result__item"
RESULT_META = ".md-search-result__meta"
RESULT_TIMEOUT = 30.0
"""Seconds a visit of the Prongsai site waits for the answer before it counts as none."""
STOCK_TIMEOUT = 90.0
"""Seconds the stock Material site gets (the issue: "no result within 90 s of typing")."""
SETTLE = 0.5
"""Seconds after the answer before the result list's text is read."""

FIRST_RESULT_TARGET = 2.0
"""Seconds from the start of typing to the answer on screen (median; every query), 10 years."""
SEARCH_GZIP_TARGET = 400_000
"""Bytes (gzip; KB = 1000 bytes) downloaded for search: the page load's search files +
everything from focusing to the answer, 10 years."""
BUILD_RATIO_TARGET = 1.15
"""Build time with segmentation / without (ratio of the medians), 10 years."""

CANDIDATE_QUERIES = (
    # (query, kind): each is checked against the built index (see pick_queries)
    ("งบประมาณ", "Thai word"),
    ("ทุจริต", "Thai word"),
    ("จัดซื้อจัดจ้าง", "Thai word"),
    ("มาตรการส่งเสริม", "two Thai words, no space"),
    ("O15", "item code"),
)
SEARCH_URL = re.compile(
    r"/search/search_index\.json$"
    r"|/assets/javascripts/workers/"
    r"|/assets/javascripts/lunr/"
    r"|/assets/prongsai/search(-worker)?\.js$"
)
"""What counts as search-related, by URL path."""
SEARCH_JS_TAG = re.compile(r'[ \t]*<script src="[^"]*assets/prongsai/search\.js"></script>\n?')
TAG = re.compile(r"<[^>]*>")
THAI_LETTER = re.compile(r"[\u0e00-\u0e7f]")
THAI_RUN = re.compile(r"[\u0e00-\u0e7f]+")

sys.path.insert(0, str(REPO / "benchmarks"))
from common import (  # noqa: E402
    Timing,
    add_output_arguments,
    environment,
    serve,
    spread,
    timed,
    work_folder,
    write_results,
)
from reference_content import write_reference_content  # noqa: E402

# Before any script of the page (Prongsai's search.js included): the messages between the
# page and Material's search worker (Setup 0 → Ready 1, Query 2 → Result 3, whose items are
# the matching pages), in the page's clock. Prongsai's lazy worker and stock Material's
# worker both end in a real Worker's postMessage, so patching Worker.prototype sees both.
WORKER_PROBE = """(() => {
  const marks = (window.__searchBench = { queries: [], results: [], changes: [] });
  const post = Worker.prototype.postMessage;
  const listen = Worker.prototype.addEventListener;
  const watched = new WeakSet();
  Worker.prototype.postMessage = function (message, ...rest) {
    if (!watched.has(this)) {
      watched.add(this);
      listen.call(this, "message", (event) => {
        const m = event.data;
        if (m && m.type === 1) marks.ready ??= performance.now();
        if (m && m.type === 3) {
          const items = m.data && Array.isArray(m.data.items) ? m.data.items.length : 0;
          marks.results.push({ t: performance.now(), items });
        }
      });
    }
    if (message && message.type === 0) marks.setup ??= performance.now();
    if (message && message.type === 2)
      marks.queries.push({ t: performance.now(), data: String(message.data) });
    return post.call(this, message, ...rest);
  };
})();"""

# After the page has loaded: when the search box got focus, the first key went down, the
# last key came up, the first result appeared (a MutationObserver: before the browser paints
# it) with the query at that moment, and every later change of the list.
INSTRUMENT = """() => {
  const marks = window.__searchBench;
  const box = document.querySelector("input[data-md-component=search-query]");
  box.addEventListener("focus", (e) => { marks.focus ??= e.timeStamp; }, true);
  box.addEventListener("keydown", (e) => { marks.keydown ??= e.timeStamp; }, true);
  box.addEventListener("keyup", (e) => { marks.keyup = e.timeStamp; }, true);
  new MutationObserver(() => {
    const items = document.querySelectorAll(".md-search-result__item").length;
    const now = performance.now();
    marks.changes.push({ t: now, items });
    if (marks.result === undefined && items) {
      marks.result = now;
      marks.valueAtResult = box.value;
    }
  }).observe(document.querySelector("[data-md-component=search-result]"),
    { childList: true, subtree: true });
}"""

# Whether the worker has answered the complete query. The worker answers every Query
# message with one Result, in order (a query it cannot parse gets an empty Result), so the
# answer to the n-th Query is the n-th Result.
ANSWERED = """(query) => {
  const marks = window.__searchBench;
  const asked = marks.queries.map((q) => q.data).lastIndexOf(query);
  return asked >= 0 && marks.results.length > asked;
}"""


@dataclass
class Site:
    name: str
    content: Path
    work: Path
    builds: dict[str, list[Timing]] = field(default_factory=lambda: {"thai": [], "plain": []})

    def site_dir(self, variant: str) -> Path:
        return self.work / f"site-{variant}"


# ---- building -----------------------------------------------------------------------------


def build(content: Path, site_dir: Path, *, thai: bool, config: Path | None = None) -> Timing:
    """``prongsai --content C build --site-dir S --config M``, timed; M is the example's
    mkdocs.yml with the plugin set for the variant (``config`` for the stock one)."""
    config = config or variant_config(site_dir.parent, "thai" if thai else "plain")
    command = [str(PRONGSAI), "--content", str(content), "build", "--site-dir", str(site_dir)]
    return timed([*command, "--config", str(config)], env=dict(os.environ))


def variant_config(work: Path, variant: str) -> Path:
    """The example's settings with the plugin's options of ``variant`` (PLUGIN_OPTIONS)."""
    text = CONFIG.read_text(encoding="utf-8")
    text, count = re.subn(
        r"(?ms)^plugins:\n.*\Z", lambda _m: "plugins:\n" + PLUGIN_OPTIONS[variant], text
    )
    if count != 1:
        sys.exit("mkdocs.yml changed: its plugins: list was not found")
    text = re.sub(r"(?m)^docs_dir: \S+", f"docs_dir: {REPO / 'content'}", text)
    path = work / f"mkdocs-{variant}.yml"
    path.write_text(text, encoding="utf-8")
    return path


def time_builds(sites: list[Site], runs: int, warmup: int) -> None:
    """Segmentation on and off, alternating which goes first, ``runs`` times per site."""
    for site in sites:
        for _ in range(warmup):
            for variant in ("thai", "plain"):
                build(site.content, site.site_dir(variant), thai=variant == "thai")
        for run in range(runs):
            order = ("thai", "plain") if run % 2 == 0 else ("plain", "thai")
            for variant in order:
                timing = build(site.content, site.site_dir(variant), thai=variant == "thai")
                site.builds[variant].append(timing)
            thai, plain = site.builds["thai"][-1], site.builds["plain"][-1]
            print(
                f"  {site.name} build {run + 1}/{runs}: segmented {thai.wall:.2f} s,"
                f" not segmented {plain.wall:.2f} s (first: {order[0]})",
                flush=True,
            )


def segmentation_probe(site: Site) -> dict[str, float] | None:
    """The child's work alone, in a fresh interpreter, on a copy of the unsegmented index:
    loading the dictionary, then cutting and rewriting the index (relies on
    prongsai.search.thai_search; skipped if that no longer fits)."""
    copy = site.work / "probe-search-index.json"
    shutil.copyfile(site.site_dir("plain") / "search" / "search_index.json", copy)
    code = (
        "import json, sys, time\n"
        "from pathlib import Path\n"
        "t0 = time.perf_counter()\n"
        "from prongsai import thai_search\n"
        "thai_search._tokenize()('ก')\n"
        "t1 = time.perf_counter()\n"
        "thai_search.segment_search_index(Path(sys.argv[1]))\n"
        "t2 = time.perf_counter()\n"
        "print(json.dumps({'dictionary': t1 - t0, 'segment_index': t2 - t1}))\n"
        "sys.stdout.flush()\n"
        "import os; os._exit(0)\n"
    )
    done = subprocess.run(
        [str(PYTHON), "-c", code, str(copy)], cwd=REPO, capture_output=True, text=True
    )
    copy.unlink(missing_ok=True)
    if done.returncode != 0:
        print(f"  (segmentation probe failed, skipped: {done.stderr.strip()[-200:]})")
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---- the stock Material variant -----------------------------------------------------------


def stock_config(work: Path) -> Path:
    """The example's settings with Material's search as it comes for Thai (``lang: th``,
    its default separator and pipeline): the plugin leaves search alone and cuts nothing."""
    return variant_config(work, "stock")


def strip_prongsai_search(site_dir: Path) -> int:
    """Remove the <script> of theme/assets/prongsai/search.js from every built HTML file."""
    changed = 0
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        stripped, count = SEARCH_JS_TAG.subn("", text)
        if count:
            page.write_text(stripped, encoding="utf-8")
            changed += 1
        if "prongsai/search.js" in stripped:
            sys.exit(f"{page}: search.js is still referenced after stripping")
    return changed


# ---- the queries ----------------------------------------------------------------------------


def index_words(index_file: Path) -> tuple[list[set[str]], set[str]]:
    """Each document's words (title and text, as the index's separator cuts them, lower
    case) and the Thai words of the whole index (the browser's query dictionary)."""
    index = json.loads(index_file.read_text(encoding="utf-8"))
    separator = re.compile(index["config"]["separator"])
    docs = []
    for doc in index["docs"]:
        text = TAG.sub(" ", f"{doc.get('title', '')} {doc.get('text', '')}")
        docs.append({token.lower() for token in separator.split(text) if token})
    thai = {word for words in docs for word in words if THAI_LETTER.search(word)}
    return docs, thai


def cut(run: str, dictionary: set[str]) -> list[str] | None:
    """A Thai run as the fewest words of the dictionary (as search-worker.js cuts a query);
    None when it cannot be cut so."""
    longest = max(map(len, dictionary), default=1)
    best: list[list[str] | None] = [[]] + [None] * len(run)
    for i in range(len(run)):
        start = best[i]
        if start is None:
            continue
        for j in range(min(len(run), i + longest), i, -1):
            word = run[i:j]
            here = best[j]
            if word in dictionary and (here is None or len(here) > len(start) + 1):
                best[j] = [*start, word]
    return best[len(run)]


def query_words(query: str, dictionary: set[str]) -> list[str] | None:
    words: list[str] = []
    for token in query.lower().split():
        if THAI_RUN.fullmatch(token):
            found = cut(token, dictionary)
            if found is None:
                return None
            words += found
        else:
            words.append(token)
    return words


def matching_docs(words: list[str], docs: list[set[str]]) -> int:
    """Documents where every word starts some word of the document (prefix search)."""
    return sum(1 for doc in docs if all(any(t.startswith(w) for t in doc) for w in words))


def pick_queries(index_file: Path) -> list[dict[str, Any]]:
    """The candidate queries, each checked against the built index; a candidate with no
    match is replaced by a frequent Thai word of the index (or a pair for the two-word one)."""
    docs, dictionary = index_words(index_file)
    frequency = Counter(word for doc in docs for word in doc if THAI_LETTER.search(word))
    frequent = [w for w, n in frequency.most_common() if len(w) >= 4 and n >= 2]
    chosen: list[dict[str, Any]] = []
    used: set[str] = set()
    for query, kind in CANDIDATE_QUERIES:
        words = query_words(query, dictionary)
        wanted = 2 if kind.startswith("two") else 1
        ok = words is not None and len(words) >= wanted and matching_docs(words, docs) > 0
        if not ok:
            query, words = _replacement(kind, frequent, dictionary, docs, used)
        used.add(query)
        chosen.append(
            {
                "query": query,
                "kind": kind,
                "words": words,
                "matching_docs": matching_docs(words or [], docs),
                "picked": "candidate" if ok else "replacement",
            }
        )
    return chosen


def _replacement(
    kind: str, frequent: list[str], dictionary: set[str], docs: list[set[str]], used: set[str]
) -> tuple[str, list[str] | None]:
    if kind.startswith("two"):
        for first in frequent[:40]:
            for second in frequent[:40]:
                query = first + second
                words = query_words(query, dictionary)
                if first != second and words == [first, second] and matching_docs(words, docs):
                    return query, words
    for word in frequent:
        if word not in used and THAI_RUN.fullmatch(word):
            return word, [word]
    sys.exit(f"no query of kind {kind!r} has a result in the index")


# ---- the browser ------------------------------------------------------------------------------


@dataclass
class Fetched:
    url: str
    """Site-relative path (query string dropped)."""
    phase: str
    """load (before focusing), search (focus → the worker answered the complete query),
    after (the SETTLE seconds after that)."""
    status: int
    bytes: int
    gzip: int
    search: bool
    at: float
    """Seconds after the search box was focused (negative: during the page load)."""


@dataclass
class Visit:
    query: str
    found: bool
    """Some result element appeared (possibly for the query not yet complete)."""
    type_to_result: float | None
    """In the page's clock: first keydown → first result element (seconds)."""
    answered: bool
    """The worker answered the complete query (within the time allowed)."""
    pages: int | None
    """Pages matching the complete query (the worker's answer)."""
    type_to_answer: float | None
    """First keydown → the list shows the answer to the complete query (the first change of
    the result list after that answer, or the answer itself if the list did not change)."""
    focus_to_answer: float | None
    wall_type_to_answer: float | None
    """Measured from Python (start of typing → the answer seen by polling), a cross-check."""
    typing: float
    """First keydown → last keyup (seconds): how long typing itself took."""
    setup_at: float | None
    """First keydown → the index handed to the worker (negative: before typing)."""
    ready_at: float | None
    """First keydown → the worker reports its index built."""
    value_at_result: str | None
    meta: str
    fetched: list[Fetched]


def launch(playwright: Any) -> Any:
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
    )


def type_query(cdp: Any, text: str) -> None:
    """Type ``text`` key by key with keydown (which inserts the letter) and keyup, as a
    keyboard does. Playwright's keyboard.type inserts letters that are not on a US keyboard
    (Thai) without key events, and Material reads the query on keyup."""
    for letter in text:
        cdp.send(
            "Input.dispatchKeyEvent",
            {"type": "keyDown", "key": letter, "text": letter, "unmodifiedText": letter},
        )
        cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": letter})


def visit(browser: Any, base: str, query: str, timeout: float) -> Visit:
    """A fresh context (nothing cached): home page, focus the search box, type, wait for the
    first result and for the answer to the complete query (``timeout`` from typing)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    context = browser.new_context()
    seen: list[tuple[float, str, Any]] = []
    phase = ["load"]
    context.on("response", lambda r: seen.append((time.perf_counter(), phase[0], r)))
    context.add_init_script(WORKER_PROBE)
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        page.goto(base, wait_until="load")
        with suppress(PlaywrightTimeout):
            page.wait_for_load_state("networkidle", timeout=30_000)
        page.evaluate(INSTRUMENT)
        phase[0] = "search"
        focused = time.perf_counter()
        page.focus(SEARCH_BOX)
        typed = time.perf_counter()
        type_query(cdp, query)
        wall: float | None = None
        with suppress(PlaywrightTimeout):
            page.wait_for_function(ANSWERED, arg=query, timeout=timeout * 1000)
            wall = time.perf_counter() - typed
        phase[0] = "after"
        page.wait_for_timeout(SETTLE * 1000)
        marks = page.evaluate("window.__searchBench")
        meta = page.locator(RESULT_META).inner_text()
        fetched = [_fetched(r, when - focused, phase_, base) for when, phase_, r in seen]
    finally:
        context.close()
    key = marks["keydown"]

    def since_key(value: float | None) -> float | None:
        return None if value is None else (value - key) / 1000

    asked = [q["data"] for q in marks["queries"]]
    position = len(asked) - 1 - asked[::-1].index(query) if query in asked else len(asked)
    answer = marks["results"][position] if position < len(marks["results"]) else None
    shown = None
    if answer is not None and answer["items"]:
        change = next((c for c in marks["changes"] if c["t"] >= answer["t"]), None)
        shown = change["t"] if change is not None else answer["t"]
    return Visit(
        query=query,
        found=marks.get("result") is not None,
        type_to_result=since_key(marks.get("result")),
        answered=answer is not None,
        pages=answer["items"] if answer is not None else None,
        type_to_answer=since_key(shown),
        focus_to_answer=None if shown is None else (shown - marks["focus"]) / 1000,
        wall_type_to_answer=wall,
        typing=(marks.get("keyup", key) - key) / 1000,
        setup_at=since_key(marks.get("setup")),
        ready_at=since_key(marks.get("ready")),
        value_at_result=marks.get("valueAtResult"),
        meta=meta,
        fetched=fetched,
    )


def _fetched(response: Any, at: float, phase: str, base: str) -> Fetched:
    try:
        body = response.body()
    except Exception:  # a redirect, or a body the browser did not keep
        body = b""
    path = urlsplit(response.url).path
    shown = path[len(urlsplit(base).path) - 1 :] if response.url.startswith(base) else response.url
    return Fetched(
        url=shown,
        phase=phase,
        status=response.status,
        bytes=len(body),
        gzip=len(gzip.compress(body, compresslevel=6, mtime=0)) if body else 0,
        search=bool(SEARCH_URL.search(path)),
        at=round(at, 4),
    )


def measure_browser(
    browser: Any, site_dir: Path, queries: list[dict[str, Any]], runs: int, name: str
) -> list[Visit]:
    """``runs`` visits per query, the queries in turn within a run (so noise hits all)."""
    visits: list[Visit] = []
    with serve(site_dir) as base:
        for run in range(runs):
            line = []
            for entry in queries:
                found = visit(browser, base, entry["query"], RESULT_TIMEOUT)
                visits.append(found)
                line.append(f"{entry['query']} {_outcome(found)}")
            print(f"  {name} search {run + 1}/{runs}: " + ", ".join(line), flush=True)
    return visits


def _outcome(found: Visit) -> str:
    if found.type_to_answer is not None:
        return f"{found.type_to_answer:.2f}s ({found.pages} pages)"
    if found.answered:
        return "answered: no page"
    return "no answer"


# ---- summaries --------------------------------------------------------------------------------


def bytes_summary(visit_: Visit) -> dict[str, Any]:
    """The bytes of one visit, by phase; search-related ones listed file by file."""

    def total(items: list[Fetched]) -> dict[str, int]:
        return {
            "files": len(items),
            "bytes": sum(f.bytes for f in items),
            "gzip": sum(f.gzip for f in items),
        }

    load = [f for f in visit_.fetched if f.phase == "load"]
    search = [f for f in visit_.fetched if f.phase == "search"]
    after = [f for f in visit_.fetched if f.phase == "after"]
    load_search = [f for f in load if f.search]
    # What search costs: its files during the page load, everything from focusing to the
    # first result, and any search file after it (until the complete query's answer).
    counted = load_search + search + [f for f in after if f.search]
    return {
        "load_all": total(load),
        "load_search": total(load_search),
        "load_search_files": [asdict(f) for f in load_search],
        "focus_to_result": total(search),
        "focus_to_result_search": total([f for f in search if f.search]),
        "focus_to_result_files": [asdict(f) for f in search],
        "after_result": total(after),
        "after_result_files": [asdict(f) for f in after],
        "search_total_gzip": sum(f.gzip for f in counted),
        "search_total_bytes": sum(f.bytes for f in counted),
    }


def summarize_visits(visits: list[Visit], queries: list[dict[str, Any]]) -> dict[str, Any]:
    per_query = []
    for entry in queries:
        mine = [v for v in visits if v.query == entry["query"]]
        shown = [v for v in mine if v.type_to_answer is not None]
        found = [v for v in mine if v.found]
        per_query.append(
            {
                **entry,
                "visits": len(mine),
                "with_answer": len(shown),
                "type_to_answer": spread([v.type_to_answer for v in shown]),
                "type_to_answer_all": statistics.median(
                    v.type_to_answer if v.type_to_answer is not None else float("inf") for v in mine
                ),
                "type_to_result": spread([v.type_to_result for v in found]),
                "focus_to_answer": spread([v.focus_to_answer for v in shown]),
                "wall_type_to_answer": spread(
                    [v.wall_type_to_answer for v in mine if v.wall_type_to_answer is not None]
                ),
                "typing": spread([v.typing for v in mine]),
                "setup_at": spread([v.setup_at for v in mine if v.setup_at is not None]),
                "ready_at": spread([v.ready_at for v in mine if v.ready_at is not None]),
                "pages": Counter(v.pages for v in mine).most_common(1)[0][0],
                "meta": mine[-1].meta,
                "first_result_before_last_key": sum(
                    1 for v in found if v.value_at_result != entry["query"]
                ),
                "search_total_gzip": spread([bytes_summary(v)["search_total_gzip"] for v in mine]),
            }
        )
    first = visits[0]
    return {"queries": per_query, "bytes": bytes_summary(first), "bytes_of_visit": first.query}


def build_summary(site: Site) -> dict[str, Any]:
    thai, plain = site.builds["thai"], site.builds["plain"]
    wall_thai = statistics.median(t.wall for t in thai)
    wall_plain = statistics.median(t.wall for t in plain)
    cpu_thai = statistics.median(t.cpu for t in thai)
    cpu_plain = statistics.median(t.cpu for t in plain)
    return {
        "segmented_wall": spread([t.wall for t in thai]),
        "unsegmented_wall": spread([t.wall for t in plain]),
        "segmented_cpu": spread([t.cpu for t in thai]),
        "unsegmented_cpu": spread([t.cpu for t in plain]),
        "ratio_wall": wall_thai / wall_plain,
        "ratio_wall_paired": spread([a.wall / b.wall for a, b in zip(thai, plain, strict=True)]),
        "ratio_cpu": cpu_thai / cpu_plain,
        "added_wall": wall_thai - wall_plain,
        "added_cpu": cpu_thai - cpu_plain,
        "raw": {"segmented": [asdict(t) for t in thai], "unsegmented": [asdict(t) for t in plain]},
    }


def file_sizes(path: Path) -> dict[str, int]:
    body = path.read_bytes()
    return {"bytes": len(body), "gzip": len(gzip.compress(body, compresslevel=6, mtime=0))}


def site_facts(site: Site) -> dict[str, Any]:
    index = json.loads(
        (site.site_dir("thai") / "search" / "search_index.json").read_text(encoding="utf-8")
    )
    return {
        "html_files": sum(1 for _ in site.site_dir("thai").rglob("*.html")),
        "index_documents": len(index["docs"]),
        "index_segmented": file_sizes(site.site_dir("thai") / "search" / "search_index.json"),
        "index_unsegmented": file_sizes(site.site_dir("plain") / "search" / "search_index.json"),
    }


# ---- printing ---------------------------------------------------------------------------------


def _s(values: dict[str, float] | None, unit: str = "s", digits: int = 2) -> str:
    if values is None:
        return "—"
    return (
        f"{values['median']:.{digits}f} {unit} "
        f"({values['min']:.{digits}f}–{values['max']:.{digits}f})"
    )


def _kb(count: int) -> str:
    return f"{count / 1000:,.1f} KB"


def print_site(name: str, summary: dict[str, Any]) -> None:
    facts = summary["facts"]
    print(f"\n== {name}: {facts['html_files']} HTML files, {facts['index_documents']} index docs")
    seg, unseg = facts["index_segmented"], facts["index_unsegmented"]
    print(
        f"search_index.json: segmented {_kb(seg['bytes'])} ({_kb(seg['gzip'])} gzip),"
        f" as Material writes it {_kb(unseg['bytes'])} ({_kb(unseg['gzip'])} gzip)"
    )
    b = summary["browser"]["bytes"]
    print(f"\na. Downloads (visit with {summary['browser']['bytes_of_visit']!r}); KB = 1000 bytes")
    print(
        f"  page load, everything:           {b['load_all']['files']:>3} files"
        f" {_kb(b['load_all']['bytes']):>12} raw {_kb(b['load_all']['gzip']):>12} gzip"
    )
    print(
        f"  page load, search-related:       {b['load_search']['files']:>3} files"
        f" {_kb(b['load_search']['bytes']):>12} raw {_kb(b['load_search']['gzip']):>12} gzip"
    )
    for f in b["load_search_files"]:
        print(f"      {f['url']:<48} {_kb(f['bytes']):>12} {_kb(f['gzip']):>12}")
    w = b["focus_to_result"]
    print(
        f"  focus → answer, all:             {w['files']:>3} files"
        f" {_kb(w['bytes']):>12} raw {_kb(w['gzip']):>12} gzip"
    )
    for f in b["focus_to_result_files"]:
        mark = "" if f["search"] else "  (not search)"
        print(
            f"      {f['url']:<48} {_kb(f['bytes']):>12} {_kb(f['gzip']):>12}"
            f"  at +{f['at']:.3f} s{mark}"
        )
    if b["after_result"]["files"]:
        print(f"  within {SETTLE} s after the answer: {b['after_result']['files']} files")
    print(
        f"  search total (load + focus → answer): {_kb(b['search_total_bytes'])} raw,"
        f" {_kb(b['search_total_gzip'])} gzip"
    )
    print(
        "\nb. Typing → the answer to the complete query on screen, median (min–max) of the"
        " visits (fresh context each)"
    )
    for q in summary["browser"]["queries"]:
        early = q["first_result_before_last_key"]
        print(
            f"  {q['query']:<18} {q['kind']:<26} {_s(q['type_to_answer'])}"
            f"  {q['with_answer']}/{q['visits']} answered, {q['pages']} pages"
        )
        print(
            f"  {'':18} first result element {_s(q['type_to_result'])}"
            + (f" ({early} for an incomplete query)" if early else "")
            + f"; focus→answer {_s(q['focus_to_answer'])}; typing {_s(q['typing'])};"
            f" index to worker {_s(q['setup_at'])}, worker ready {_s(q['ready_at'])}"
        )
    c = summary["build"]
    print("\nc. prongsai build, median (min–max)")
    print(f"  segmented (=1):       wall {_s(c['segmented_wall'])}  CPU {_s(c['segmented_cpu'])}")
    print(
        f"  not segmented (=0):   wall {_s(c['unsegmented_wall'])}  CPU {_s(c['unsegmented_cpu'])}"
    )
    print(
        f"  ratio of medians: wall {c['ratio_wall']:.3f}"
        f" (paired {_s(c['ratio_wall_paired'], '', 3)}),"
        f" CPU {c['ratio_cpu']:.3f}; added {c['added_wall']:+.2f} s wall,"
        f" {c['added_cpu']:+.2f} s CPU"
    )
    if summary.get("segmentation_probe"):
        p = summary["segmentation_probe"]
        print(
            f"  the child's work alone: dictionary {p['dictionary']:.2f} s,"
            f" cutting the index {p['segment_index']:.2f} s"
        )
    stock = summary.get("stock")
    if stock:
        print("\nd. Stock Material (lang: th, no Prongsai search.js), one visit per query")
        sb = stock["bytes"]
        print(
            f"  search_index.json on disk: {_kb(stock['index']['bytes'])}"
            f" ({_kb(stock['index']['gzip'])} gzip)"
        )
        print(
            f"  page load, search-related: {sb['load_search']['files']} files"
            f" {_kb(sb['load_search']['bytes'])} raw {_kb(sb['load_search']['gzip'])} gzip"
            f" (page load, everything: {_kb(sb['load_all']['bytes'])} raw,"
            f" {_kb(sb['load_all']['gzip'])} gzip)"
        )
        for f in sb["load_search_files"]:
            print(f"      {f['url']:<48} {_kb(f['bytes']):>12} {_kb(f['gzip']):>12}")
        print(
            f"  focus → answer: {sb['focus_to_result']['files']} files,"
            f" {_kb(sb['focus_to_result']['bytes'])} raw"
        )
        for q in stock["queries"]:
            print(f"  {q['query']:<18} {_stock_outcome(q)}")


def _stock_outcome(q: dict[str, Any]) -> str:
    first = (
        f"first result element after {q['type_to_result']:.2f} s"
        + (" (incomplete query)" if q["value_at_result"] != q["query"] else "")
        if q["type_to_result"] is not None
        else f"no result element within {STOCK_TIMEOUT:.0f} s"
    )
    if q["type_to_answer"] is not None:
        answer = f"complete query: {q['pages']} pages after {q['type_to_answer']:.2f} s"
    elif q["answered"]:
        answer = "complete query: no page"
    else:
        answer = f"complete query: no answer within {STOCK_TIMEOUT:.0f} s"
    ready = "" if q["ready_at"] is None else f"; worker ready at {q['ready_at']:+.2f} s"
    return f"{first}; {answer}{ready}"


def targets(summary: dict[str, Any]) -> list[dict[str, Any]]:
    medians = {q["query"]: q["type_to_answer_all"] for q in summary["browser"]["queries"]}
    worst = max(medians.values())
    downloaded = summary["browser"]["bytes"]["search_total_gzip"]
    ratio = summary["build"]["ratio_wall"]
    return [
        {
            "name": "answer on screen after typing (slowest query's median)",
            "value": worst,
            "unit": "s",
            "target": f"<= {FIRST_RESULT_TARGET}",
            "pass": worst <= FIRST_RESULT_TARGET,
            "per_query": medians,
        },
        {
            "name": "downloaded for search (gzip)",
            "value": downloaded,
            "unit": "bytes",
            "target": f"<= {SEARCH_GZIP_TARGET}",
            "pass": downloaded <= SEARCH_GZIP_TARGET,
        },
        {
            "name": "build segmented / not segmented (ratio of medians)",
            "value": ratio,
            "unit": "",
            "target": f"<= {BUILD_RATIO_TARGET}",
            "pass": ratio <= BUILD_RATIO_TARGET,
        },
    ]


def print_targets(rows: list[dict[str, Any]]) -> None:
    print(f"\nTargets ({REFERENCE_YEARS}-year reference site)")
    for row in rows:
        verdict = "PASS" if row["pass"] else "FAIL"
        value = row["value"]
        shown = f"{value:,.0f} {row['unit']}" if row["unit"] == "bytes" else f"{value:.3f}"
        print(f"  {verdict}  {row['name']:<52} {shown}  (target {row['target']})")


# ---- main -------------------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Thai search: downloads, latency, build time.")
    parser.add_argument("--runs", type=int, default=5, help="builds and visits each (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed builds first (default 1)")
    parser.add_argument("--skip-stock", action="store_true", help="skip stock Material (d)")
    add_output_arguments(parser, OUT_DIR / "search.json")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is missing: `sudo apt-get install chromium fonts-thai-tlwg`")
    with work_folder("prongsai-search-", args.tmp_root, args.keep) as work:
        return benchmark(args, work)


def benchmark(args: argparse.Namespace, work: Path) -> int:
    from playwright.sync_api import sync_playwright

    meta = environment()
    reference = work / f"content-{REFERENCE_YEARS}"
    write_reference_content(reference, REFERENCE_YEARS)
    sites = [
        Site("default", REPO / "content", work / "default"),
        Site(f"{REFERENCE_YEARS} years", reference, work / f"ref-{REFERENCE_YEARS}"),
    ]
    print(
        f"Thai search benchmark: {args.runs} runs (+{args.warmup} warm-up build),"
        f" commit {meta['commit'][:10]}, load average {meta['load_average'][0]:.2f}"
    )
    print("c. builds, segmentation on and off, interleaved", flush=True)
    time_builds(sites, args.runs, args.warmup)

    summaries: dict[str, dict[str, Any]] = {}
    for site in sites:
        summaries[site.name] = {
            "facts": site_facts(site),
            "build": build_summary(site),
            "segmentation_probe": segmentation_probe(site),
            "queries": pick_queries(site.site_dir("thai") / "search" / "search_index.json"),
        }

    with sync_playwright() as playwright:
        browser = launch(playwright)
        meta["browser"] = browser.version
        try:
            print("a./b. browser visits (home page, focus, type, answer)", flush=True)
            for site in sites:
                summary = summaries[site.name]
                visits = measure_browser(
                    browser, site.site_dir("thai"), summary["queries"], args.runs, site.name
                )
                summary["browser"] = summarize_visits(visits, summary["queries"])
                summary["visits"] = [asdict(v) for v in visits]
            if not args.skip_stock:
                print("d. stock Material (lang: th), one visit per query, 90 s cap", flush=True)
                config = stock_config(work)
                for site in sites:
                    summary = summaries[site.name]
                    summary["stock"] = measure_stock(browser, site, config, summary["queries"])
        finally:
            browser.close()

    for site in sites:
        print_site(site.name, summaries[site.name])
    rows = targets(summaries[sites[1].name])
    print_targets(rows)
    meta["load_average_end"] = os.getloadavg()
    meta.update(runs=args.runs, warmup=args.warmup)
    data = {"environment": meta, "sites": summaries, "targets": rows}
    write_results(args.results, data)
    print(
        f"load average: {meta['load_average'][0]:.2f} at the start,"
        f" {meta['load_average_end'][0]:.2f} at the end"
    )
    return 0


def measure_stock(
    browser: Any, site: Site, config: Path, queries: list[dict[str, Any]]
) -> dict[str, Any]:
    """Stock Material for Thai: build, strip search.js, one visit per query (Thai first),
    each allowed STOCK_TIMEOUT; after a query with no answer, the rest are skipped."""
    site_dir = site.work / "site-stock"
    timing = build(site.content, site_dir, thai=False, config=config)
    stripped = strip_prongsai_search(site_dir)
    visits: list[Visit] = []
    with serve(site_dir) as base:
        for entry in queries:
            found = visit(browser, base, entry["query"], STOCK_TIMEOUT)
            visits.append(found)
            print(f"  {site.name} stock: {entry['query']} {_outcome(found)}", flush=True)
            if not found.answered:
                break
    return {
        "build": asdict(timing),
        "html_files_stripped": stripped,
        "index": file_sizes(site_dir / "search" / "search_index.json"),
        "bytes": bytes_summary(visits[0]),
        "bytes_of_visit": visits[0].query,
        "queries": [
            {key: value for key, value in asdict(v).items() if key != "fetched"} for v in visits
        ],
    }


if __name__ == "__main__":
    sys.exit(main())
