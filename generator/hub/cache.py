"""The hub's on-disk cache: per agency, the last good copy of its API and the validators
(ETag, Last-Modified) of its index.json. A nightly run asks "changed since?" for the index
only; the SHA-256 of each file in the index decides which other files to fetch again.

Per agency a folder ``<key>/``: ``meta.json`` (address, time of the last good read, the
index, its validators) and ``files/<sha256>.json``, each file's bytes as published (so the
cache never re-encodes JSON). meta.json is replaced atomically and written after the files
it names, so a run that stops half way leaves the previous good copy readable.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CACHE_FORMAT = 2


@dataclass
class CacheEntry:
    url: str
    """The site's address when this was fetched (a new address in SITES.yml starts over)."""
    fetched: str
    """When this data was last read successfully (ISO date-time, UTC)."""
    index: dict[str, Any]
    hashes: dict[str, str] = field(default_factory=dict)
    """API path (``agency.json``, ``years/2565.json``) → SHA-256 of the cached bytes."""
    etag: str | None = None
    last_modified: str | None = None


class Cache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def load(self, key: str) -> CacheEntry | None:
        try:
            data = json.loads((self.folder / key / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.pop("format", None) != CACHE_FORMAT:
            return None
        try:
            return CacheEntry(**data)
        except TypeError:
            return None

    def read(self, key: str, sha256: str) -> bytes | None:
        try:
            return (self.folder / key / "files" / f"{sha256}.json").read_bytes()
        except OSError:
            return None

    def store(self, key: str, sha256: str, data: bytes) -> None:
        files = self.folder / key / "files"
        files.mkdir(parents=True, exist_ok=True)
        _atomic_write(files / f"{sha256}.json", data)

    def save(self, key: str, entry: CacheEntry) -> None:
        """Write meta.json, then drop the files it no longer names."""
        meta = {
            "format": CACHE_FORMAT,
            "url": entry.url,
            "fetched": entry.fetched,
            "index": entry.index,
            "hashes": entry.hashes,
            "etag": entry.etag,
            "last_modified": entry.last_modified,
        }
        folder = self.folder / key
        folder.mkdir(parents=True, exist_ok=True)
        _atomic_write(folder / "meta.json", json.dumps(meta, ensure_ascii=False).encode("utf-8"))
        keep = {f"{sha}.json" for sha in entry.hashes.values()}
        for old in (folder / "files").glob("*.json"):
            if old.name not in keep:
                old.unlink(missing_ok=True)


def _atomic_write(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
