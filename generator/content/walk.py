"""Stage 0: one walk of content/, before any content file is opened.

Content is untrusted input (#13). A symbolic link under content/ would let a pull request
make Prongsai read, or publish with its SHA-256, a file outside content/ (``/etc/passwd``
saved as a "document"), and a named pipe would hang the build. So content/ is walked once,
without following any link, and every later stage (reports, OIT files, catalogues,
documents, statistics, the logo) takes its files from this walk instead of the disk: only
regular files found here are ever opened or copied to the site.

A link anywhere below content/ is an error at the link's own path, never naming its target
(the target may be the very secret the link was made to reveal). Hidden files and folders
(``.DS_Store``, ``.git``) are skipped: they are never read and never published. The content
folder itself may be reached through a link: that is the operator's choice, not content.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from prongsai.content.problems import Location, Problem
from prongsai.shared.limits import printable


@dataclass(frozen=True)
class ContentTree:
    """The regular files under content/, and the problems of what is not one."""

    root: Path
    files: dict[str, Path] = field(default_factory=dict)
    """Path under content/ (``documents/2566/แผน.pdf``, NFC) → the file to open."""
    refused: frozenset[str] = frozenset()
    """Paths under content/ that exist but are not published (links, pipes…): already
    reported by the walk, so a reference to them needs no second message."""
    problems: tuple[Problem, ...] = ()

    def find(self, relative: str) -> Path | None:
        """The regular file at ``relative`` (a path under content/), or None.

        Names compare NFC-normalised: a Thai name typed on a Mac (NFD) is the same file.
        """
        return self.files.get(_key(relative))

    def is_refused(self, relative: str) -> bool:
        """Whether ``relative`` is, or lies inside, something the walk refused."""
        key = _key(relative)
        parts = PurePosixPath(key).parts
        return any("/".join(parts[:n]) in self.refused for n in range(1, len(parts) + 1))

    def under(self, folder: str, suffixes: Iterable[str]) -> list[Path]:
        """The files below ``folder`` (``""`` for all) whose extension is one of ``suffixes``."""
        wanted = {s.lower() for s in suffixes}
        prefix = f"{folder.strip('/')}/" if folder.strip("/") else ""
        return [
            path
            for relative, path in sorted(self.files.items())
            if relative.startswith(prefix) and PurePosixPath(relative).suffix.lower() in wanted
        ]

    def names_in(self, folder: str) -> list[str]:
        """The names of the files directly in ``folder`` (for "did you mean" suggestions)."""
        key = _key(folder).strip("/")
        return sorted(
            PurePosixPath(relative).name
            for relative in self.files
            if str(PurePosixPath(relative).parent) == (key or ".")
        )


def _key(relative: str) -> str:
    return unicodedata.normalize("NFC", PurePosixPath(relative.replace("\\", "/")).as_posix())


def is_hidden(name: str) -> bool:
    """Dot-files and dot-folders: editors' and systems' own files, never content."""
    return name.startswith(".")


def walk_content(content_dir: Path, display: str) -> ContentTree:
    """Walk ``content_dir`` once without following links; ``display`` is how messages name it
    (``content``). A missing folder is an empty tree: the agency profile's check says so."""
    if not content_dir.is_dir():
        return ContentTree(content_dir)
    walker = _Walker(content_dir, display)
    walker.walk()
    return ContentTree(content_dir, walker.files, frozenset(walker.refused), tuple(walker.problems))


class _Walker:
    def __init__(self, root: Path, display: str) -> None:
        self.root = root
        self.display = display.rstrip("/")
        self.files: dict[str, Path] = {}
        self.refused: set[str] = set()
        self.problems: list[Problem] = []

    def walk(self) -> None:
        # Iterative (a stack, not recursion): a deep tree cannot exhaust Python's stack.
        pending: list[tuple[str, ...]] = [()]
        while pending:
            parts = pending.pop()
            for entry in self._scan(parts):
                folder = self._visit(entry, (*parts, entry.name))
                if folder is not None:
                    pending.append(folder)

    def _scan(self, parts: tuple[str, ...]) -> list[os.DirEntry]:
        try:
            with os.scandir(self.root.joinpath(*parts)) as scan:
                return sorted(scan, key=lambda e: e.name)
        except OSError:
            self._refuse(parts, "content_unreadable")
            return []

    def _visit(self, entry: os.DirEntry, parts: tuple[str, ...]) -> tuple[str, ...] | None:
        """Record one entry; return its parts when it is a folder to walk into."""
        if entry.is_symlink():
            # Before the hidden check: a link is refused even when its name starts with "."
            self._refuse(parts, "content_link")
            return None
        if is_hidden(entry.name):
            return None
        if _has_control_character(entry.name):
            self._refuse(parts, "content_name_control")
            return None
        try:
            mode = entry.stat(follow_symlinks=False).st_mode
        except OSError:
            self._refuse(parts, "content_unreadable")
            return None
        if stat.S_ISDIR(mode):
            return parts
        if stat.S_ISREG(mode):
            self.files[_key("/".join(parts))] = self.root.joinpath(*parts)
            return None
        self._refuse(parts, "content_not_regular")  # a pipe, socket or device
        return None

    def _refuse(self, parts: tuple[str, ...], code: str) -> None:
        relative = "/".join(parts)
        self.refused.add(_key(relative))
        shown = "/".join(p for p in (self.display, printable(relative, one_line=True)) if p)
        self.problems.append(Problem(code, Location(shown), context={"path": shown}))


def _has_control_character(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cs") for ch in text)


def read_regular_bytes(path: Path, limit: int, *, follow_links: bool = False) -> bytes | None:
    """The bytes of ``path``, or None when it has more than ``limit`` bytes.

    Content files are opened without following a link (O_NOFOLLOW) and checked to be a
    regular file once open: the walk said so, and this keeps it so if the file changed
    since. ``follow_links`` is for Prongsai's own files, which some installers link.
    """
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    with os.fdopen(os.open(path, flags), "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise OSError(f"{path.name} is not a regular file")
        data = stream.read(limit + 1)
    return None if len(data) > limit else data
