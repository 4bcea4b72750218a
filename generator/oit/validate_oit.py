"""Stage 2, OIT part: rules that tie disclosures, measures, catalogues and documents together.

Which catalogue is in force for a year, whether every item code exists in it, whether each
linked document is there, and which items of the latest year are still missing.
"""

from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass
from pathlib import PurePosixPath

from prongsai.content.layout import OIT_FOLDER, REPORTS_FOLDER, display_path
from prongsai.content.load import FieldPath, dotted
from prongsai.content.problems import Location, Problem, Severity
from prongsai.content.records import CatalogueFile, Disclosure, GeneratedEvidence
from prongsai.content.validate import Sourced, ValidContent
from prongsai.content.walk import is_hidden
from prongsai.oit.catalogue import (
    Catalogue,
    catalogue_problems,
    load_builtin_catalogues,
)
from prongsai.oit.documents import DOCUMENT_TYPES, DocumentFile, describe
from prongsai.shared import labels


@functools.cache
def builtin_catalogues() -> dict[int, Catalogue]:
    """The shipped catalogues, read once per process (they never change while it runs)."""
    return load_builtin_catalogues()


def oit_years(content: ValidContent) -> list[int]:
    """The fiscal years that get OIT pages, newest first.

    None until the agency publishes OIT at all (its first content/oit/<year>.yml); from then
    on every year with a catalogue and either disclosures or reports, so a year whose file
    was forgotten shows every item as missing instead of disappearing.
    """
    return _oit_years(content, content.catalogues)


def _oit_years(content: ValidContent, catalogues: dict[int, Catalogue]) -> list[int]:
    if not content.disclosures:
        return []
    years = {s.record.fiscal_year for s in content.disclosures}
    years |= {s.record.fiscal_year for s in content.reports}
    return sorted((y for y in years if y in catalogues), reverse=True)


@dataclass(frozen=True)
class OitCheck:
    """What the OIT rules find: the catalogue in force per year, every linked document, and
    the problems."""

    catalogues: dict[int, Catalogue]
    """Year → the agency's own catalogue, else the shipped one (``ValidContent.catalogues``)."""
    documents: dict[str, DocumentFile]
    """Path as written in content → the document (``ValidContent.documents``)."""
    problems: list[Problem]


def check(
    content: ValidContent,
    own_catalogues: list[Sourced[CatalogueFile]],
    earlier: list[Problem],
) -> OitCheck:
    """The OIT rules; ``earlier`` are the problems already found in single files. Reads
    ``content`` (reports, disclosures, datasets, the walk) and changes nothing in it."""
    problems: list[Problem] = []
    catalogues = _catalogues_in_force(own_catalogues, problems)
    documents: dict[str, DocumentFile] = {}
    _check_disclosure_files(
        content, catalogues, documents, problems, _unreadable_report(content, earlier)
    )
    _check_measure_codes(content, catalogues, problems)
    if not any(p.is_error for p in (*earlier, *problems)):
        # Missing items are counted once the disclosures read cleanly; until then the
        # count would be wrong and would bury the errors to fix first.
        _warn_missing_items(content, catalogues, problems)
    return OitCheck(catalogues, documents, problems)


def _catalogues_in_force(
    own: list[Sourced[CatalogueFile]], problems: list[Problem]
) -> dict[int, Catalogue]:
    catalogues = dict(builtin_catalogues())
    first_file: dict[int, str] = {}
    for sourced in own:
        year, document = sourced.record.year, sourced.document
        if year in first_file:
            where = sourced.document.location(("year",))
            problems.append(_duplicate_year(where, "year", year, first_file))
            continue
        first_file[year] = document.relative
        catalogue = Catalogue(sourced.record, document.relative, document)
        problems.extend(catalogue_problems(catalogue))
        if sourced.record.draft_from is not None and year in catalogues:
            problems.append(_draft_superseded(sourced, catalogues[year]))
        catalogues[year] = catalogue
    return catalogues


def _draft_superseded(draft: Sourced[CatalogueFile], shipped: Catalogue) -> Problem:
    """A draft list written by `prongsai new year` for a year the engine now ships."""
    return Problem(
        "catalogue_draft_superseded",
        draft.document.location(("draft_from",)),
        "draft_from",
        Severity.WARNING,
        context={
            "year": draft.record.year,
            "file": draft.document.relative,
            "status": labels.CATALOGUE_STATUS_NAMES[shipped.record.status.value],
        },
    )


def _duplicate_year(
    where: Location, field_path: str, year: int, first_file: dict[int, str]
) -> Problem:
    return Problem(
        "duplicate_year_file", where, field_path, context={"year": year, "other": first_file[year]}
    )


def _unreadable_report(content: ValidContent, earlier: list[Problem]) -> bool:
    """A report with errors is missing from the content: "no report for this year" would
    then be a second, misleading message about the same mistake."""
    reports = display_path(content.content_dir / REPORTS_FOLDER)
    return any(p.is_error and p.location.file.startswith(reports) for p in earlier)


def _check_disclosure_files(
    content: ValidContent,
    catalogues: dict[int, Catalogue],
    documents: dict[str, DocumentFile],
    problems: list[Problem],
    reports_unreadable: bool = False,
) -> None:
    first_file: dict[int, str] = {}
    published: dict[str, DocumentFile] = {}
    report_years = {s.record.fiscal_year for s in content.reports}
    statistics_years = {d.fiscal_year for d in content.datasets}
    for sourced in content.disclosures:
        record, document = sourced.record, sourced.document
        year = record.fiscal_year
        if year in first_file:
            where = document.location(("fiscal_year",))
            problems.append(_duplicate_year(where, "fiscal_year", year, first_file))
            continue
        first_file[year] = document.relative
        catalogue = catalogues.get(year)
        if catalogue is None and record.items:
            problems.append(
                _no_catalogue(document.location(("fiscal_year",)), year, list(record.items))
            )
        for code, disclosure in record.items.items():
            path: FieldPath = ("items", code)
            where = document.location(path, key=True)
            if catalogue is not None and not catalogue.has(code):
                problems.append(_unknown_code(where, dotted(path), code, catalogue))
            problems.extend(_check_disclosure(code, disclosure, where, dotted(path)))
            if (
                disclosure.generated is GeneratedEvidence.SERVICE_STATISTICS
                and year not in statistics_years
            ):
                problems.append(
                    Problem(
                        "generated_no_statistics",
                        document.location((*path, "generated")),
                        dotted((*path, "generated")),
                        context={"code": code, "year": year},
                    )
                )
            elif (
                disclosure.generated is not None
                and disclosure.generated is not GeneratedEvidence.SERVICE_STATISTICS
                and year not in report_years
                and not reports_unreadable
            ):
                problems.append(
                    Problem(
                        "generated_no_reports",
                        document.location((*path, "generated")),
                        dotted((*path, "generated")),
                        context={
                            "code": code,
                            "generated": disclosure.generated.value,
                            "year": year,
                        },
                    )
                )
            for index, link in enumerate(disclosure.links):
                link_path = (*path, "links", index)
                targets = [
                    name for name in ("page", "document", "url") if getattr(link, name) is not None
                ]
                if len(targets) != 1:
                    problems.append(
                        Problem(
                            "link_target",
                            document.location(link_path),
                            dotted(link_path),
                            context={
                                "title": link.title,
                                "found_th": (
                                    "พบทั้ง " + " และ ".join(targets)
                                    if targets
                                    else "ยังไม่มีปลายทางเลย"
                                ),
                                "found_en": " and ".join(targets) if targets else "none",
                            },
                        )
                    )
                if link.document is not None:
                    where_document = document.location((*link_path, "document"))
                    problems.extend(
                        _check_document(
                            content,
                            documents,
                            link.document,
                            where_document,
                            dotted((*link_path, "document")),
                            published,
                        )
                    )


def _check_disclosure(
    code: str, disclosure: Disclosure, where: Location, field_path: str
) -> list[Problem]:
    given = [
        name
        for name in ("body", "links", "generated")
        if getattr(disclosure, name) not in (None, [])
    ]
    if disclosure.nothing_to_report is not None and given:
        return [
            Problem(
                "disclosure_conflict",
                where,
                field_path,
                context={"code": code, "others": ", ".join(given)},
            )
        ]
    if disclosure.nothing_to_report is None and not given:
        return [Problem("disclosure_empty", where, field_path, context={"code": code})]
    return []


def _check_document(
    content: ValidContent,
    documents: dict[str, DocumentFile],
    written: str,
    where: Location,
    field_path: str,
    published: dict[str, DocumentFile],
) -> list[Problem]:
    relative = PurePosixPath(written.replace("\\", "/"))
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        return [Problem("document_outside", where, field_path, context={"source": written})]
    if any(is_hidden(part) for part in relative.parts):
        return [Problem("document_hidden", where, field_path, context={"source": written})]
    suffix = relative.suffix.lower()
    if suffix not in DOCUMENT_TYPES:
        return [
            Problem(
                "document_type",
                where,
                field_path,
                context={
                    "source": written,
                    "suffix": suffix or "(ไม่มีนามสกุล / no extension)",
                    "allowed": ", ".join(sorted(DOCUMENT_TYPES)),
                },
            )
        ]
    # Only a regular file found by the walk of content/ is published (walk.py): never a
    # link, whatever it points at, and nothing the walk did not see.
    if content.files.is_refused(relative.as_posix()):
        return []  # a link or the like: the walk reported it at its own path
    source = content.files.find(relative.as_posix())
    if source is None:
        return [
            Problem(
                "document_missing",
                where,
                field_path,
                context={
                    "source": written,
                    "folder": display_path(content.content_dir / relative.parent),
                    **_close_file_name(content, relative),
                },
            )
        ]
    if written in documents:
        return []
    document = describe(source, relative.as_posix())
    other = published.get(document.url_path.casefold())
    if other is not None and other.content_path != document.content_path:
        return [
            Problem(
                "document_collision",
                where,
                field_path,
                context={
                    "source": written,
                    "other": other.content_path,
                    "url": "/" + document.url_path,
                },
            )
        ]
    published[document.url_path.casefold()] = document
    documents[written] = document
    return []


def _close_file_name(content: ValidContent, relative: PurePosixPath) -> dict[str, str]:
    names = content.files.names_in(relative.parent.as_posix())
    close = difflib.get_close_matches(relative.name, names, n=1, cutoff=0.6)
    if not close:
        return {"suggestion_th": "", "suggestion_en": ""}
    return {
        "suggestion_th": f' (ในโฟลเดอร์มีไฟล์ชื่อ "{close[0]}" ใช่ไฟล์นี้หรือไม่?)',
        "suggestion_en": f' (the folder has "{close[0]}": is that the one?)',
    }


def _check_measure_codes(
    content: ValidContent, catalogues: dict[int, Catalogue], problems: list[Problem]
) -> None:
    for sourced in content.reports:
        record, document = sourced.record, sourced.document
        catalogue = catalogues.get(record.fiscal_year)
        if catalogue is None:
            continue  # no list to check against: the codes are shown as written, unlinked
        for s_index, section in enumerate(record.measures.sections):
            for m_index, measure in enumerate(section.measures):
                for c_index, code in enumerate(measure.ita_items):
                    if not catalogue.has(code):
                        path = ("measures", "sections", s_index, "measures", m_index)
                        path = (*path, "ita_items", c_index)
                        problems.append(
                            _unknown_code(document.location(path), dotted(path), code, catalogue)
                        )


def _unknown_code(where: Location, field_path: str, code: str, catalogue: Catalogue) -> Problem:
    return Problem(
        "item_code_unknown",
        where,
        field_path,
        context={"source": code, "year": catalogue.year, "codes": code_ranges(catalogue.codes)},
    )


def code_ranges(codes: list[str]) -> str:
    """``O1, O3–O4, O8–O26``: the codes a list has, runs of consecutive numbers joined, so a
    list with gaps is never described as "O1 to O26"."""
    runs: list[list[str]] = []
    for code in codes:
        if runs and code == runs[-1][-1]:
            continue  # a list that repeats a code (its own error) names it once here
        number = int(code[1:])
        if runs and int(runs[-1][-1][1:]) == number - 1 and runs[-1][-1][0] == code[0]:
            runs[-1].append(code)
        else:
            runs.append([code])
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)


def _no_catalogue(where: Location, year: int, codes: list[str]) -> Problem:
    return Problem(
        "oit_no_catalogue",
        where,
        "fiscal_year",
        context={
            "year": year,
            "source": ", ".join(dict.fromkeys(codes)),
            "latest": max(builtin_catalogues()),
        },
    )


def _warn_missing_items(
    content: ValidContent, catalogues: dict[int, Catalogue], problems: list[Problem]
) -> None:
    """The latest OIT year's unanswered items: a warning (an error with --strict)."""
    years = _oit_years(content, catalogues)
    if not years:
        return
    latest = years[0]
    answered: set[str] = set()
    where = Location(display_path(content.content_dir / OIT_FOLDER / f"{latest}.yml"))
    for sourced in content.disclosures:
        if sourced.record.fiscal_year == latest:
            answered |= set(sourced.record.items)
            where = sourced.document.location(("items",), key=True)
    missing = [code for code in catalogues[latest].codes if code not in answered]
    if missing:
        problems.append(
            Problem(
                "oit_items_missing",
                where,
                severity=Severity.WARNING,
                context={
                    "year": latest,
                    "count": len(missing),
                    "codes": ", ".join(missing),
                    "file": where.file,
                },
            )
        )
