"""The hub's on-disk cache: per agency, the last good copy of its API and the validators
(ETag, Last-Modified) of its index.json. A nightly run asks "changed since?" for the index
only; the SHA-256 of each file in the index decides which other files to fetch again.

One JSON file per agency (``<key>.json``), written atomically, so a run that stops half way
leaves every entry either old or new, never torn.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

CACHE_FORMAT = 1


@dataclass
class CacheEntry:
    url: str
    """The site's address when this was fetched (a new address in SITES.yml starts over)."""
    fetched: str
    """When this data was last read successfully (ISO date-time, UTC)."""
    index: dict[str, Any]
    documents: dict[str, Any]
    """API path (``agency.json``, ``years/2565.json``) → the parsed document."""
    hashes: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None


class Cache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def load(self, key: str) -> CacheEntry | None:
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.pop("format", None) != CACHE_FORMAT:
            return None
        try:
            return CacheEntry(**data)
        except TypeError:
            return None

    def save(self, key: str, entry: CacheEntry) -> None:
        text = json.dumps({"format": CACHE_FORMAT, **asdict(entry)}, ensure_ascii=False)
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as file:
                file.write(text)
            os.replace(temporary, self._path(key))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
