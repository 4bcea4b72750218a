"""Documents stored under content/ (PDF, spreadsheets, Word files, images) and published as is.

Each document gets a safe address (Thai names kept, spaces and punctuation made plain), and
its type, size and SHA-256 so a reader can check that a downloaded copy is the original.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

DOCUMENTS_URL_FOLDER = "documents"
"""Every document is published under /documents/, mirroring its path under content/."""


@dataclass(frozen=True)
class DocumentType:
    thai: str
    english: str
    media_type: str


DOCUMENT_TYPES: dict[str, DocumentType] = {
    ".pdf": DocumentType("PDF", "PDF", "application/pdf"),
    ".docx": DocumentType(
        "Word",
        "Word",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ".doc": DocumentType("Word (แบบเก่า)", "Word (old format)", "application/msword"),
    ".xlsx": DocumentType(
        "Excel", "Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    ),
    ".xls": DocumentType("Excel (แบบเก่า)", "Excel (old format)", "application/vnd.ms-excel"),
    ".csv": DocumentType("CSV", "CSV", "text/csv"),
    ".odt": DocumentType(
        "OpenDocument Text", "OpenDocument text", "application/vnd.oasis.opendocument.text"
    ),
    ".ods": DocumentType(
        "OpenDocument Spreadsheet",
        "OpenDocument spreadsheet",
        "application/vnd.oasis.opendocument.spreadsheet",
    ),
    ".pptx": DocumentType(
        "PowerPoint",
        "PowerPoint",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    ".png": DocumentType("รูปภาพ PNG", "PNG image", "image/png"),
    ".jpg": DocumentType("รูปภาพ JPEG", "JPEG image", "image/jpeg"),
    ".jpeg": DocumentType("รูปภาพ JPEG", "JPEG image", "image/jpeg"),
    ".webp": DocumentType("รูปภาพ WebP", "WebP image", "image/webp"),
}


@dataclass(frozen=True)
class DocumentFile:
    source: Path
    """The file on disk."""
    content_path: str
    """Its path under content/, as the editor wrote it (``documents/2565/แผน 2566.pdf``)."""
    url_path: str
    """Where it is published, relative to the site root (``documents/2565/แผน-2566.pdf``)."""
    type: DocumentType
    size: int
    sha256: str

    @property
    def file_name(self) -> str:
        return PurePosixPath(self.url_path).name


_UNSAFE_RUN = re.compile(r"-{2,}")


def safe_segment(name: str) -> str:
    """One path segment made safe for any web server and any reader's browser.

    Thai letters (with their vowel and tone marks), Latin letters, digits and ``. _ -`` are
    kept; spaces and other characters become ``-``. Names are NFC-normalised, so the same
    Thai name typed on a Mac and on Windows gives the same address.
    """
    normalized = unicodedata.normalize("NFC", name.strip())
    stem, dot, suffix = normalized.rpartition(".")
    if not dot or not stem:
        return _plain(normalized)
    return f"{_plain(stem)}.{_plain(suffix).lower()}"


def _plain(text: str) -> str:
    kept = "".join(
        ch if unicodedata.category(ch)[0] in "LMN" or ch in "._-" else "-" for ch in text
    )
    return _UNSAFE_RUN.sub("-", kept).strip("-.") or "-"


def published_path(content_path: str) -> str:
    """The site address (without the leading /) of a document stored at ``content_path``."""
    parts = [safe_segment(part) for part in PurePosixPath(content_path).parts]
    if parts and parts[0] == DOCUMENTS_URL_FOLDER:
        parts = parts[1:]
    return "/".join([DOCUMENTS_URL_FOLDER, *parts])


def describe(source: Path, content_path: str) -> DocumentFile:
    """Read the file once: its size and SHA-256 (the type comes from its extension)."""
    digest = hashlib.sha256()
    size = 0
    # The walk of content/ found a regular file there (walk.py); O_NOFOLLOW keeps it from
    # being swapped for a link since. The hash and size describe what readers download.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(source, flags), "rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
            size += len(block)
    return DocumentFile(
        source=source,
        content_path=content_path,
        url_path=published_path(content_path),
        type=DOCUMENT_TYPES[source.suffix.lower()],
        size=size,
        sha256=digest.hexdigest(),
    )
