"""The OIT item catalogue of each assessment year: which items exist and what they are.

The NACC changes the list every year and re-uses codes for other things, so nothing in
Prongsai may know what "O15" means: it asks the catalogue of that year. Catalogues ship as
data files in ``generator/oit/catalogues/<year>.yml``; an agency may add a year or replace one
with ``content/oit/catalogues/<year>.yml`` (same layout).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from prongsai.content.load import Document, load_file
from prongsai.content.problems import Problem
from prongsai.content.records import CatalogueFile
from prongsai.content.validate import validate_document

BUILTIN_FOLDER = "catalogues"
"""The folder of the shipped catalogues, inside the ``prongsai.oit`` package (generator/oit/)."""
BUILTIN_ORIGIN = "prongsai"
"""``Catalogue.origin`` of the catalogues shipped with Prongsai."""


@dataclass(frozen=True)
class Catalogue:
    record: CatalogueFile
    origin: str
    """Where the list comes from: ``BUILTIN_ORIGIN``, or the content file that replaces it."""
    document: Document

    @property
    def year(self) -> int:
        return self.record.year

    @property
    def is_builtin(self) -> bool:
        return self.origin == BUILTIN_ORIGIN

    def has(self, code: str) -> bool:
        return any(item.code == code for item in self.record.items)

    @property
    def codes(self) -> list[str]:
        return [item.code for item in self.record.items]


class BuiltinCatalogueError(RuntimeError):
    """A catalogue shipped with Prongsai does not load: a defect of Prongsai, not of content."""


def builtin_catalogue_files() -> dict[int, Path]:
    """Year → file of every catalogue shipped in the package."""
    folder = resources.files("prongsai.oit") / BUILTIN_FOLDER
    found = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".yml") and entry.name[:-4].isdigit():
            found[int(entry.name[:-4])] = Path(str(entry))
    return dict(sorted(found.items()))


def load_builtin_catalogues() -> dict[int, Catalogue]:
    """Every shipped catalogue, checked the same way as content; a problem is a Prongsai bug."""
    catalogues = {}
    for year, path in builtin_catalogue_files().items():
        relative = f"generator/oit/{BUILTIN_FOLDER}/{path.name}"
        document, problems = load_file(path, relative, follow_links=True)
        record = None
        if document is not None:
            record, more = validate_document(document, CatalogueFile)
            problems = [*problems, *more]
        if record is None or problems or record.year != year:
            details = "\n".join(p.format() for p in problems) or f"year is not {year}"
            raise BuiltinCatalogueError(f"{relative} does not load:\n{details}")
        assert document is not None
        catalogues[year] = Catalogue(record, BUILTIN_ORIGIN, document)
    return catalogues


def catalogue_problems(catalogue: Catalogue) -> list[Problem]:
    """Rules inside one catalogue that a schema cannot state (unique codes, known ids)."""
    record, document = catalogue.record, catalogue.document
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    sub_indicators = {s.number for i in record.indicators for s in i.sub_indicators}
    source_ids = {s.id for s in record.sources}
    for index, item in enumerate(record.items):
        path = ("items", index)
        if item.code in seen:
            problems.append(
                Problem(
                    "catalogue_duplicate_code",
                    document.location((*path, "code")),
                    f"items[{index}].code",
                    context={"code": item.code, "first_line": seen[item.code]},
                )
            )
        else:
            seen[item.code] = document.line_of((*path, "code"))
        if item.sub_indicator is not None and item.sub_indicator not in sub_indicators:
            problems.append(
                Problem(
                    "catalogue_unknown_sub_indicator",
                    document.location((*path, "sub_indicator")),
                    f"items[{index}].sub_indicator",
                    context={
                        "source": item.sub_indicator,
                        "allowed": ", ".join(sorted(sub_indicators)) or "-",
                    },
                )
            )
        for source_index, source in enumerate(item.sources):
            if source not in source_ids:
                problems.append(
                    Problem(
                        "catalogue_unknown_source",
                        document.location((*path, "sources", source_index)),
                        f"items[{index}].sources[{source_index}]",
                        context={"source": source, "allowed": ", ".join(sorted(source_ids))},
                    )
                )
    return problems
