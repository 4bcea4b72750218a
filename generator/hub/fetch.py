"""Fetching each agency's /api/v1/ over HTTP: concurrent, bounded, patient, never fatal.

Every failure becomes a ``Failure`` with a message code from messages.py (``hub_*``); the
agency keeps its last good data from the cache. Retries (with exponential back-off and
jitter) are for what may pass: a refused or dropped connection, a timeout, HTTP 429 or 5xx.
A 404, HTML instead of JSON, a schema failure or a newer API version are not retried.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import random
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from pydantic import ValidationError

from prongsai.api.models import API_MODELS, ApiIndex, ApiModel
from prongsai.hub.cache import Cache, CacheEntry
from prongsai.hub.sites import Agency
from prongsai.shared import urls
from prongsai.shared.messages import MESSAGES

SUPPORTED_MAJOR = int(urls.API_VERSION.split(".")[0])
MAX_BYTES = 8 * 1024 * 1024
"""No API file of a real site comes near this; a bigger answer is not read."""


@dataclass(frozen=True)
class FetchSettings:
    concurrency: int = 64
    """Agencies fetched at once (each one's files one after another)."""
    timeout: float = 10.0
    """Seconds for one request, connecting included."""
    retries: int = 2
    """Further attempts after a failure that may pass."""
    backoff: float = 0.5
    """Seconds before the first retry; doubled each time, with jitter."""
    max_bytes: int = MAX_BYTES


@dataclass(frozen=True)
class Failure:
    kind: str
    """The message code without ``hub_``: down, timeout, server_error, not_found, http_error,
    not_json, schema, newer_version, checksum, too_large."""
    context: dict[str, Any]
    at: dt.datetime

    @property
    def thai(self) -> str:
        return MESSAGES[f"hub_{self.kind}"].thai.format(**self.context)

    @property
    def english(self) -> str:
        return MESSAGES[f"hub_{self.kind}"].english.format(**self.context)


class FetchError(Exception):
    def __init__(self, kind: str, **context: Any) -> None:
        super().__init__(kind)
        self.kind = kind
        self.context = context


@dataclass
class FetchResult:
    agency: Agency
    entry: CacheEntry | None
    """What is shown: fresh, unchanged, or the last good copy (None: never read)."""
    documents: dict[str, ApiModel] = field(default_factory=dict)
    """The entry's documents, validated (API path → model)."""
    failure: Failure | None = None
    changed: bool = False
    requests: int = 0
    fetched_files: list[str] = field(default_factory=list)
    index_headers: dict[str, str] = field(default_factory=dict)
    """The headers of this run's index.json answer (its ETag and Last-Modified)."""


@dataclass(frozen=True)
class _Response:
    status: int
    headers: dict[str, str]
    body: bytes


class Fetcher:
    def __init__(
        self,
        session: aiohttp.ClientSession,
        cache: Cache,
        settings: FetchSettings,
        now: dt.datetime,
    ) -> None:
        self.session = session
        self.cache = cache
        self.settings = settings
        self.now = now
        self._slots = asyncio.Semaphore(settings.concurrency)

    async def fetch(self, agency: Agency) -> FetchResult:
        async with self._slots:
            cached = self.cache.load(agency.key)
            if cached is not None and cached.url != agency.entry.url:
                cached = None  # a new address: start over
            result = FetchResult(agency, None)
            try:
                await self._fetch(agency, cached, result)
            except FetchError as error:
                result.failure = Failure(error.kind, error.context, self.now)
            if result.entry is None and cached is not None:
                # Unchanged, or failed: show the last good copy.
                result.documents = self._cached_documents(agency.key, cached)
                result.entry = cached if result.documents else None
            return result

    def _cached_documents(self, key: str, entry: CacheEntry) -> dict[str, ApiModel]:
        documents: dict[str, ApiModel] = {}
        for path, sha256 in entry.hashes.items():
            data = self.cache.read(key, sha256)
            kind = _kind_of_path(path)
            if data is None or kind is None:
                return {}
            try:
                documents[path] = API_MODELS[kind].model_validate_json(data)
            except ValidationError:
                return {}
        return documents

    async def _fetch(self, agency: Agency, cached: CacheEntry | None, result: FetchResult) -> None:
        index_url = agency.entry.url + urls.API_INDEX
        headers = {"Accept": "application/json"}
        if cached is not None:
            if cached.etag:
                headers["If-None-Match"] = cached.etag
            if cached.last_modified:
                headers["If-Modified-Since"] = cached.last_modified
        response = await self._get(index_url, headers, result)
        result.index_headers = response.headers
        if response.status == 304 and cached is not None:
            return
        _check_status(response, index_url)
        _not_html(response, index_url)
        try:
            raw_index = json.loads(response.body)
        except ValueError as error:
            raise FetchError("not_json", url=index_url, detail=str(error)[:80]) from None
        version = str(raw_index.get("api_version", "")) if isinstance(raw_index, dict) else ""
        major = version.split(".")[0]
        if major.isdigit() and int(major) > SUPPORTED_MAJOR:
            raise FetchError("newer_version", version=version)
        try:
            index = ApiIndex.model_validate(raw_index)
        except ValidationError as error:
            raise FetchError("schema", url=index_url, detail=_first_error(error)) from None
        if major != str(SUPPORTED_MAJOR):
            raise FetchError("schema", url=index_url, detail=f"api_version {version!r}")
        key = agency.key
        documents: dict[str, ApiModel] = {}
        hashes: dict[str, str] = {}
        for file in index.files:
            kind = _kind(file.schema_path)
            if kind is None or kind not in API_MODELS or kind == "index":
                continue  # a schema, or a kind of file a newer 1.x adds: not needed here
            data = None
            if cached is not None and cached.hashes.get(file.path) == file.sha256:
                data = self.cache.read(key, file.sha256)
            fresh = data is None
            url = agency.entry.url + urls.api_file(file.path)
            if data is None:
                response = await self._get(url, {"Accept": "application/json"}, result)
                _check_status(response, url)
                _not_html(response, url)
                data = response.body
                if hashlib.sha256(data).hexdigest() != file.sha256:
                    raise FetchError("checksum", url=url)
            try:
                documents[file.path] = API_MODELS[kind].model_validate_json(data)
            except ValidationError as error:
                if any(e["type"] == "json_invalid" for e in error.errors()):
                    raise FetchError("not_json", url=url, detail="invalid JSON") from None
                raise FetchError("schema", url=url, detail=_first_error(error)) from None
            hashes[file.path] = file.sha256
            if fresh:
                self.cache.store(key, file.sha256, data)
                result.fetched_files.append(file.path)
        if "agency.json" not in documents:
            raise FetchError("schema", url=index_url, detail="agency.json is not listed")
        entry = CacheEntry(
            url=agency.entry.url,
            fetched=self.now.isoformat(),
            index=raw_index,
            hashes=hashes,
            etag=result.index_headers.get("etag"),
            last_modified=result.index_headers.get("last-modified"),
        )
        self.cache.save(key, entry)
        result.entry = entry
        result.documents = documents
        result.changed = True

    async def _get(self, url: str, headers: dict[str, str], result: FetchResult) -> _Response:
        settings = self.settings
        attempts = settings.retries + 1
        last: FetchError | None = None
        for attempt in range(1, attempts + 1):
            result.requests += 1
            try:
                async with self.session.get(
                    url, headers=headers, timeout=aiohttp.ClientTimeout(total=settings.timeout)
                ) as response:
                    if response.status == 429 or response.status >= 500:
                        last = FetchError(
                            "server_error", url=url, status=response.status, attempts=attempt
                        )
                    else:
                        body = await response.content.read(settings.max_bytes + 1)
                        if len(body) > settings.max_bytes:
                            raise FetchError("too_large", url=url, limit=settings.max_bytes)
                        answer = _Response(
                            response.status,
                            {k.lower(): v for k, v in response.headers.items()},
                            body,
                        )
                        return answer
            except TimeoutError:
                last = FetchError("timeout", url=url, attempts=attempt)
            except aiohttp.ClientError as error:
                last = FetchError("down", url=url, detail=type(error).__name__)
            if attempt < attempts:
                delay = settings.backoff * 2 ** (attempt - 1) * (0.5 + random.random())
                await asyncio.sleep(delay)
        assert last is not None
        if last.kind in ("server_error", "timeout"):
            last.context["attempts"] = attempts
        raise last


def _check_status(response: _Response, url: str) -> None:
    if response.status == 404:
        raise FetchError("not_found", url=url)
    if response.status != 200:
        raise FetchError("http_error", url=url, status=response.status)


def _not_html(response: _Response, url: str) -> None:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "text/html" or response.body.lstrip()[:1] == b"<":
        raise FetchError("not_json", url=url, detail=kind or "HTML")


def _kind_of_path(path: str) -> str | None:
    """The kind of a cached document from its API path (agency.json, years/<year>.json)."""
    if path == "agency.json":
        return "agency"
    if path.startswith("years/"):
        return "year"
    return None


def _kind(schema_path: str | None) -> str | None:
    if not schema_path:
        return None
    name = schema_path.rsplit("/", 1)[-1]
    return name.removesuffix(".schema.json") if name.endswith(".schema.json") else None


def _first_error(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "(root)"
    return f"{where}: {first['msg']}"
