"""Stage 2: check every content file against its record schema (the rules of the features
then run in ``prongsai.check``, which calls ``read_content`` first).

Every problem is collected; nothing stops at the first one. The result pairs each record
with the document it came from, so later stages can point back to file:line.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel, ValidationError

from prongsai.content.layout import (
    AGENCY_FILE,
    ALLOWED_FILES,
    CONTENT_FORMAT,
    REPORTS_FOLDER,
    content_files,
    display_path,
    kind_of,
)
from prongsai.content.load import Document, FieldPath, dotted, load_file, read_text
from prongsai.content.placeholders import placeholder_kind, what_to_write
from prongsai.content.problems import Location, Problem, Severity
from prongsai.content.records import (
    FILE_KINDS,
    AgencyFile,
    CatalogueFile,
    DisclosuresFile,
    Record,
    RoundReportFile,
    SiteFile,
    StatisticsFile,
    Status,
)
from prongsai.content.walk import ContentTree, walk_content
from prongsai.shared.messages import VALUE_KINDS

if TYPE_CHECKING:  # types of fields filled by the OIT rules; oit/ imports this module
    from prongsai.oit.catalogue import Catalogue
    from prongsai.oit.documents import DocumentFile

RecordT = TypeVar("RecordT", bound=Record)


@dataclass(frozen=True)
class Sourced(Generic[RecordT]):
    """A validated record and the document it came from."""

    record: RecordT
    document: Document


@dataclass
class ValidContent:
    content_dir: Path
    agency: Sourced[AgencyFile] | None = None
    reports: list[Sourced[RoundReportFile]] = field(default_factory=list)
    settings: SiteFile = field(default_factory=SiteFile)
    disclosures: list[Sourced[DisclosuresFile]] = field(default_factory=list)
    catalogues: dict[int, Catalogue] = field(default_factory=dict)
    """Year → the OIT item catalogue in force: the agency's own, else the shipped one."""
    documents: dict[str, DocumentFile] = field(default_factory=dict)
    """Path under content/ (as written in links) → the document, for every linked document."""
    datasets: list[Any] = field(default_factory=list)
    """Service-statistics datasets (validate_statistics.DatasetData), in file order."""
    loaded: list[Document] = field(default_factory=list)
    """Every YAML file that could be parsed, valid or not (the personal-data scan reads them)."""
    pages: dict[str, Document] = field(default_factory=dict)
    """content/pages/<name>.md → its text (``data``), replacing the government page of that
    name (government_pages.py)."""
    tree: ContentTree | None = None
    """The one walk of content/ (walk.py): the only files any stage may open or publish."""

    @property
    def files(self) -> ContentTree:
        if self.tree is None:  # a ValidContent made by hand (tests): walk on first use
            self.tree = walk_content(self.content_dir, display_path(self.content_dir))
        return self.tree


def read_content(
    content_dir: Path,
) -> tuple[
    ValidContent, list[Sourced[CatalogueFile]], list[Sourced[StatisticsFile]], list[Problem]
]:
    """Walk content/, read every file and check it against its schema.

    Returns what is valid, the agency's own OIT catalogues and the statistics files (which
    the OIT and statistics rules check next, ``prongsai.check``) and every problem found.
    """
    # First of all, one walk of content/: nothing is opened before it has refused links and
    # anything else that is not a regular file (walk.py).
    tree = walk_content(content_dir, display_path(content_dir))
    content = ValidContent(content_dir, tree=tree)
    problems: list[Problem] = list(tree.problems)
    own_catalogues: list[Sourced[CatalogueFile]] = []
    statistics: list[Sourced[StatisticsFile]] = []
    for path in content_files(content_dir, tree):
        relative = display_path(path)
        kind = kind_of(path, content_dir)
        if kind is None:
            problems.append(
                Problem(
                    "unknown_file",
                    Location(relative),
                    context={"allowed": ALLOWED_FILES},
                )
            )
            continue
        document, load_problems = load_file(path, relative)
        problems.extend(load_problems)
        if document is None:
            continue
        content.loaded.append(document)
        record, record_problems = validate_document(document, FILE_KINDS[kind])
        # One message per place: a value the loader refused (a control character, a number
        # too long) would otherwise be refused a second time by its field.
        refused_at = {p.location for p in load_problems}
        problems.extend(p for p in record_problems if p.location not in refused_at)
        if record is None:
            continue
        if isinstance(record, AgencyFile):
            content.agency = Sourced(record, document)
            problems.extend(_check_agency(record, document, tree))
        elif isinstance(record, RoundReportFile):
            content.reports.append(Sourced(record, document))
            problems.extend(_check_report(record, document))
        elif isinstance(record, SiteFile):
            content.settings = record
            problems.extend(_check_format_version(record, document))
        elif isinstance(record, DisclosuresFile):
            content.disclosures.append(Sourced(record, document))
        elif isinstance(record, CatalogueFile):
            own_catalogues.append(Sourced(record, document))
        elif isinstance(record, StatisticsFile):
            statistics.append(Sourced(record, document))
    content.pages = _read_pages(tree, problems)
    return content, own_catalogues, statistics, problems


def content_wide_problems(content: ValidContent, problems: list[Problem]) -> list[Problem]:
    """What is missing from content/ as a whole, once every other rule has run (``problems``:
    what they found, so that a file already reported is not reported missing too)."""
    content_dir = content.content_dir
    found: list[Problem] = []
    if content.agency is None and not any(p.location.file.endswith(AGENCY_FILE) for p in problems):
        found.append(
            Problem(
                "agency_missing",
                Location(display_path(content_dir / AGENCY_FILE)),
                context={"path": display_path(content_dir / AGENCY_FILE)},
            )
        )
    if (
        not content.reports
        and not content.datasets
        and not any(
            p.location.file.startswith(display_path(content_dir / REPORTS_FOLDER)) for p in problems
        )
    ):
        found.append(
            Problem(
                "no_reports",
                Location(display_path(content_dir)),
                severity=Severity.WARNING,
                context={"folder": display_path(content_dir / REPORTS_FOLDER)},
            )
        )
    return found


def validate_document(
    document: Document, record_type: type[RecordT]
) -> tuple[RecordT | None, list[Problem]]:
    if not isinstance(document.data, dict):
        got_th, got_en = _value_kind(document, (), document.data)
        return None, [
            Problem(
                "yaml_not_mapping",
                document.location(()),
                context={"got_th": got_th, "got_en": got_en},
            )
        ]
    try:
        return record_type.model_validate(document.data), []
    except ValidationError as error:
        return None, [_problem_from_error(document, record_type, e) for e in error.errors()]


# ---- pydantic errors → editor's problems ---------------------------------------------


def _problem_from_error(document: Document, record_type: type[Record], error: Any) -> Problem:
    path: FieldPath = tuple(part for part in error["loc"] if isinstance(part, str | int))
    at_key = bool(path) and path[-1] == "[key]"  # a mapping key was refused (an item code)
    if at_key:
        path = path[:-1]
    kind = error["type"]
    value = error.get("input")
    context: dict[str, Any] = {"source": value if at_key else _source_text(document, path, value)}
    context.update(error.get("ctx") or {})
    where = document.location(path, key=at_key)

    if kind == "missing":
        info = _field_info(record_type, path)
        description = (info.description if info else "") or ""
        thai_part, _, english_part = description.partition(" — ")
        context.update(
            key=path[-1],
            description_th=thai_part.rstrip("."),
            description_en=(english_part or thai_part).rstrip("."),
        )
        return Problem(
            "missing_field", document.location(path[:-1], key=True), dotted(path), context=context
        )
    if kind == "extra_forbidden":
        allowed = _allowed_keys(record_type, path[:-1])
        close = difflib.get_close_matches(str(path[-1]), allowed, n=1, cutoff=0.6)
        context.update(
            key=path[-1],
            allowed=", ".join(allowed),
            suggestion_th=f' หมายถึง "{close[0]}" หรือไม่?' if close else "",
            suggestion_en=f' (did you mean "{close[0]}"?)' if close else "",
        )
        return Problem(
            "unknown_key", document.location(path, key=True), dotted(path), context=context
        )

    code = kind
    if (kind == "text_expected" and value is None) or kind in ("string_too_short",):
        code = "text_empty"
    elif kind == "too_short":
        code = "list_empty"
        context["min"] = (error.get("ctx") or {}).get("min_length", 1)
    elif kind in ("list_type", "tuple_type"):
        code = "list_expected"
    elif kind in ("model_type", "model_attributes_type", "dict_type"):
        code = "mapping_expected"
    elif kind == "enum":
        code = "status_invalid" if path and path[-1] == "status" else "choice_invalid"
        expected = [m.value for m in _enum_of(record_type, path)]
        context.update(allowed_th=", ".join(expected), allowed_en=", ".join(expected))
        context.update(_suggestion(str(context["source"]), expected))
    elif kind in ("string_type",):
        code = "text_expected"
    elif kind in ("int_type", "int_parsing"):
        code = "number_expected"
    got_th, got_en = _value_kind(document, path, value)
    context.update(got_th=got_th, got_en=got_en)
    return Problem(code, where, dotted(path), context=context)


# What editors naturally type for a status, mapped to the value the schema wants.
_STATUS_WORDS = {
    "ทำ": "done",
    "ทำแล้ว": "done",
    "ดำเนินการแล้ว": "done",
    "ไม่ทำ": "not_done",
    "ยังไม่ทำ": "not_done",
    "ยังไม่ได้ทำ": "not_done",
    "ไม่ได้ทำ": "not_done",
    "ยังไม่ดำเนินการ": "not_done",
}


def _suggestion(source: str, expected: list[str]) -> dict[str, str]:
    guess = _STATUS_WORDS.get(source.strip()) if "done" in expected else None
    if guess is None:
        close = difflib.get_close_matches(source, expected, n=1, cutoff=0.6)
        guess = close[0] if close else None
    if guess is None:
        return {"suggestion_th": "", "suggestion_en": ""}
    return {
        "suggestion_th": f" หมายถึง {guess} หรือไม่?",
        "suggestion_en": f" (did you mean {guess}?)",
    }


def _source_text(document: Document, path: FieldPath, value: Any) -> str:
    scalar = document.scalars.get(path)
    if scalar is not None:
        return scalar.source
    return "" if value is None else str(value)


def _value_kind(document: Document, path: FieldPath, value: Any) -> tuple[str, str]:
    scalar = document.scalars.get(path)
    if isinstance(value, list):
        kind = "list"
    elif isinstance(value, dict):
        kind = "dict"
    elif scalar is not None:
        kind = scalar.kind
    else:
        kind = type(value).__name__
    thai_text, english_text = VALUE_KINDS.get(kind, VALUE_KINDS["str"])
    shown = _yaml_value_text(value)
    return thai_text.format(value=shown), english_text.format(value=shown)


def _yaml_value_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _model_at(record_type: type[BaseModel], path: FieldPath) -> type[BaseModel] | None:
    """The record class that holds the field at ``path`` (walking lists and nested records)."""
    model: type[BaseModel] | None = record_type
    for part in path:
        if model is None:
            return None
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part)
        if info is None:
            return None
        model = _nested_model(info.annotation)
    return model


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _nested_model(arg)
        if found is not None:
            return found
    metadata_origin = getattr(annotation, "__origin__", None)
    if metadata_origin is not None and metadata_origin is not annotation:
        return _nested_model(metadata_origin)
    return None


def _field_info(record_type: type[BaseModel], path: FieldPath):
    parent = _model_at(record_type, path[:-1])
    return parent.model_fields.get(str(path[-1])) if parent else None


def _allowed_keys(record_type: type[BaseModel], path: FieldPath) -> list[str]:
    parent = _model_at(record_type, path)
    return list(parent.model_fields) if parent else []


def _enum_of(record_type: type[BaseModel], path: FieldPath) -> list[Any]:
    info = _field_info(record_type, tuple(p for p in path if isinstance(p, str)))
    if info is None:
        return []
    for candidate in (info.annotation, *getattr(info.annotation, "__args__", ())):
        if isinstance(candidate, type) and hasattr(candidate, "__members__"):
            return list(candidate)
    return []


def _placeholders_left(document: Document) -> list[Problem]:
    """Every text the scaffold wrote for staff to replace (placeholders.py), still there."""
    problems = []
    for path, scalar in document.scalars.items():
        kind = placeholder_kind(scalar.source) if scalar.kind == "str" else None
        if kind is None:
            continue
        thai_text, english_text = what_to_write(kind)
        context = {"text": scalar.source.strip(), "what_th": thai_text, "what_en": english_text}
        problems.append(
            Problem(
                "placeholder_left",
                document.location(path),
                dotted(path),
                Severity.WARNING,
                context,
            )
        )
    return problems


# ---- content/pages/<name>.md ----------------------------------------------------------

PAGES_FOLDER = "pages"
"""content/pages/<name>.md replaces the government page of that name (issue #16)."""
PAGE_NAMES = ("privacy", "website", "security", "cookies")
"""The pages every Thai government site carries: /policy/<name>/ (government_pages.py)."""


def _read_pages(tree: ContentTree, problems: list[Problem]) -> dict[str, Document]:
    pages: dict[str, Document] = {}
    for path in tree.under(PAGES_FOLDER, [".md"]):
        relative = display_path(path)
        if path.parent.name != PAGES_FOLDER or path.stem not in PAGE_NAMES:
            context = {"names": ", ".join(f"{name}.md" for name in PAGE_NAMES)}
            problems.append(
                Problem(
                    "page_override_unknown",
                    Location(relative),
                    severity=Severity.WARNING,
                    context=context,
                )
            )
            continue
        text, read_problems = read_text(path, relative)
        problems.extend(read_problems)
        if text is not None:
            pages[path.stem] = Document(path, relative, text)
    return pages


# ---- rules across records ------------------------------------------------------------


def _check_format_version(record: SiteFile, document: Document) -> list[Problem]:
    """Content written for another engine version: newer needs an engine update, older needs
    `prongsai migrate`."""
    if record.format_version == CONTENT_FORMAT:
        return []
    code = (
        "content_format_newer"
        if record.format_version > CONTENT_FORMAT
        else ("content_format_older")
    )
    where = document.location(("format_version",))
    context = {"found": record.format_version, "engine": CONTENT_FORMAT}
    return [Problem(code, where, "format_version", context=context)]


def _check_agency(record: AgencyFile, document: Document, tree: ContentTree) -> list[Problem]:
    if not record.logo:
        return []
    where = document.location(("logo",))
    context = {"source": record.logo, "folder": display_path(tree.root)}
    written = PurePosixPath(record.logo.replace("\\", "/"))
    if written.is_absolute() or ".." in written.parts:
        return [Problem("file_outside", where, "logo", context=context)]
    if tree.is_refused(written.as_posix()):
        return []  # a link or the like: the walk reported it at its own path
    if tree.find(written.as_posix()) is None:
        return [Problem("file_missing", where, "logo", context=context)]
    return []


def _check_report(record: RoundReportFile, document: Document) -> list[Problem]:
    problems: list[Problem] = []
    first_section_line: dict[str, int] = {}
    measure_count = 0
    for section_index, section in enumerate(record.measures.sections):
        section_path: FieldPath = ("measures", "sections", section_index)
        code = section.code.value
        if code in first_section_line:
            problems.append(
                Problem(
                    "duplicate_section",
                    document.location((*section_path, "code")),
                    dotted((*section_path, "code")),
                    context={"section": code, "first_line": first_section_line[code]},
                )
            )
        else:
            first_section_line[code] = document.line_of((*section_path, "code"))
        first_measure_line: dict[int, int] = {}
        for measure_index, measure in enumerate(section.measures):
            measure_count += 1
            measure_path = (*section_path, "measures", measure_index)
            if measure.number in first_measure_line:
                problems.append(
                    Problem(
                        "duplicate_measure_number",
                        document.location((*measure_path, "number")),
                        dotted((*measure_path, "number")),
                        context={
                            "number": measure.number,
                            "section": code,
                            "first_line": first_measure_line[measure.number],
                        },
                    )
                )
            else:
                first_measure_line[measure.number] = document.line_of((*measure_path, "number"))
            if measure.status is None:
                problems.append(
                    Problem(
                        "status_missing",
                        document.location(measure_path),
                        dotted((*measure_path, "status")),
                        Severity.WARNING,
                        {"number": measure.number, "section": code},
                    )
                )
            elif measure.status is Status.DONE and not measure.actions:
                problems.append(
                    Problem(
                        "done_without_actions",
                        document.location((*measure_path, "status")),
                        dotted((*measure_path, "actions")),
                        Severity.WARNING,
                        {"number": measure.number, "section": code},
                    )
                )
    problems.extend(_placeholders_left(document))
    if measure_count == 0:
        problems.append(
            Problem(
                "round_no_measures",
                document.location(("measures",), key=True),
                "measures",
                Severity.WARNING,
                {"year": record.fiscal_year, "round": record.round},
            )
        )
    return problems
