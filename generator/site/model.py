"""Stage 3: the site as an immutable graph, Site → FiscalYear → Round → Section → Measure.

Built from validated records; no I/O, no Thai wording (that belongs to templates and
thai.py). Everything derivable (periods, counts, ordering) is derived here, never typed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from prongsai.content.history import ChangeDates
from prongsai.content.problems import Location
from prongsai.content.records import (
    AgencyFile,
    CatalogueItem,
    Disclosure,
    DisclosuresFile,
    GeneratedEvidence,
    OpenDataSettings,
    RoundReportFile,
)
from prongsai.content.validate import Sourced, ValidContent
from prongsai.oit.catalogue import Catalogue
from prongsai.oit.documents import DocumentFile
from prongsai.oit.validate_oit import oit_years
from prongsai.shared import thai
from prongsai.statistics.validate_statistics import DatasetData


class Status(StrEnum):
    DONE = "done"
    NOT_DONE = "not_done"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Agency:
    name: str
    short_name: str
    kind: str
    address: str | None
    phone: str | None
    email: str | None
    website: str | None
    logo: str | None
    source: Location
    code: str | None = None
    """Official code (open data, issue #16), province and district: optional."""
    province: str | None = None
    district: str | None = None
    open_data: OpenDataSettings | None = None
    """The agency's GD-Catalog values from agency.yml (prongsai.api.gdc fills the defaults)."""


@dataclass(frozen=True)
class Signatory:
    name: str
    position: str
    role: str | None
    acting: str | None


@dataclass(frozen=True)
class Memo:
    issuing_unit: str
    document_number: str
    date: dt.date
    subject: str
    to: str
    via: str | None
    body: tuple[str, ...]
    signatories: tuple[Signatory, ...]


@dataclass(frozen=True)
class Measure:
    number: int
    title: str
    steps: tuple[str, ...]
    responsible: tuple[str, ...]
    status: Status
    actions: tuple[str, ...]
    remarks: str | None
    ita_items: tuple[str, ...]


@dataclass(frozen=True)
class StatusCount:
    done: int
    not_done: int
    unknown: int

    @property
    def total(self) -> int:
        return self.done + self.not_done + self.unknown


@dataclass(frozen=True)
class Section:
    code: str
    number: str | None
    title: str
    measures: tuple[Measure, ...]

    @property
    def counts(self) -> StatusCount:
        return _count(self.measures)


@dataclass(frozen=True)
class MeasuresReport:
    title: str
    introduction: str | None
    sections: tuple[Section, ...]

    @property
    def counts(self) -> StatusCount:
        return _count(m for s in self.sections for m in s.measures)


def _count(measures) -> StatusCount:
    tally = defaultdict(int)
    for measure in measures:
        tally[measure.status] += 1
    return StatusCount(tally[Status.DONE], tally[Status.NOT_DONE], tally[Status.UNKNOWN])


@dataclass(frozen=True)
class Round:
    fiscal_year: int
    number: int
    memo: Memo
    report: MeasuresReport
    source: Location

    @property
    def period_start(self) -> dt.date:
        """1 October of the year before: the fiscal year's first day."""
        return dt.date(thai.ce_year(self.fiscal_year) - 1, 10, 1)

    @property
    def period_end(self) -> dt.date:
        """31 March for round 1 (six months), 30 September for round 2 (twelve months)."""
        year = thai.ce_year(self.fiscal_year)
        return dt.date(year, 3, 31) if self.number == 1 else dt.date(year, 9, 30)

    @property
    def months(self) -> int:
        return 6 if self.number == 1 else 12


class Change(StrEnum):
    """How a measure of a round-2 report compares with round 1 of the same year."""

    SAME = "same"
    CHANGED = "changed"
    ONLY_HERE = "only_here"
    """The measure is not in the other round."""


@dataclass(frozen=True)
class MeasureChange:
    section: str
    number: int
    change: Change
    before: Status | None
    """Its status in the earlier round (None when it was not there)."""


@dataclass(frozen=True)
class RoundComparison:
    """Round 2 against round 1 of the same fiscal year, matched by section and number."""

    earlier: Round
    later: Round
    changes: dict[tuple[str, int], MeasureChange]
    dropped: tuple[tuple[str, Measure], ...]
    """Measures of the earlier round that the later one no longer has (section, measure)."""

    def of(self, section: str, number: int) -> MeasureChange:
        return self.changes[(section, number)]


def compare_rounds(earlier: Round, later: Round) -> RoundComparison:
    before = {
        (section.code, measure.number): measure
        for section in earlier.report.sections
        for measure in section.measures
    }
    changes = {}
    for section in later.report.sections:
        for measure in section.measures:
            key = (section.code, measure.number)
            old = before.get(key)
            if old is None:
                kind = Change.ONLY_HERE
            else:
                kind = Change.SAME if old.status == measure.status else Change.CHANGED
            changes[key] = MeasureChange(
                section.code, measure.number, kind, old.status if old else None
            )
    dropped = tuple(
        (section.code, measure)
        for section in earlier.report.sections
        for measure in section.measures
        if (section.code, measure.number) not in changes
    )
    return RoundComparison(earlier, later, changes, dropped)


# ---- OIT disclosures --------------------------------------------------------------------


class ItemStatus(StrEnum):
    PUBLISHED = "published"
    NOTHING_TO_REPORT = "nothing_to_report"
    """The agency states, with a reason, that there is nothing to publish in this period."""
    MISSING = "missing"


@dataclass(frozen=True)
class CatalogueSource:
    id: str
    title: str
    url: str | None
    about: str | None


@dataclass(frozen=True)
class CatalogueRule:
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class CatalogueInfo:
    """Which item list a year uses, and where it comes from."""

    year: int
    title: str
    status: str
    expected_items: int | None
    note: str | None
    sources: tuple[CatalogueSource, ...]
    general_rules: tuple[CatalogueRule, ...]
    unknown_codes: tuple[str, ...]
    origin: str
    """``prongsai`` for a shipped list, else the content file that replaces it."""
    is_builtin: bool
    draft_from: int | None = None
    """The year of the shipped list a draft was copied from (`prongsai new year`)."""


@dataclass(frozen=True)
class Link:
    title: str
    page: str | None
    """A page of this site, by its address as the editor wrote it."""
    document: DocumentFile | None
    url: str | None
    source: Location


@dataclass(frozen=True)
class MeasureRef:
    """A measure of a round report that names an OIT item."""

    round: Round
    section: str
    measure: Measure


@dataclass(frozen=True)
class OitItem:
    code: str
    name: str
    sub_indicator: str | None
    requires: str | None
    confidence: str
    sources: tuple[str, ...]
    status: ItemStatus
    body: str | None
    links: tuple[Link, ...]
    generated: str | None
    nothing_to_report: str | None
    explanation: str | None
    updated: dt.date | None
    """Given by the editor, else the newest git change of its lines and documents."""
    source: Location | None
    """Where its disclosure is written (None when it is missing)."""
    measures: tuple[MeasureRef, ...]

    @property
    def documents(self) -> tuple[DocumentFile, ...]:
        return tuple(link.document for link in self.links if link.document is not None)


@dataclass(frozen=True)
class ItemGroup:
    """The items of one sub-indicator (number None: the catalogue does not say)."""

    indicator_number: str | None
    indicator_name: str | None
    number: str | None
    name: str | None
    items: tuple[OitItem, ...]


@dataclass(frozen=True)
class ItemCounts:
    published: int
    nothing_to_report: int
    missing: int

    @property
    def total(self) -> int:
        return self.published + self.nothing_to_report + self.missing


@dataclass(frozen=True)
class OitYear:
    year: int
    catalogue: CatalogueInfo
    items: tuple[OitItem, ...]
    groups: tuple[ItemGroup, ...]
    source: Location
    """The disclosures file of the year, else its first report (the year has one of them)."""

    @property
    def counts(self) -> ItemCounts:
        tally = defaultdict(int)
        for item in self.items:
            tally[item.status] += 1
        return ItemCounts(
            tally[ItemStatus.PUBLISHED],
            tally[ItemStatus.NOTHING_TO_REPORT],
            tally[ItemStatus.MISSING],
        )

    def item(self, code: str) -> OitItem | None:
        return next((i for i in self.items if i.code == code), None)


# ---- service statistics --------------------------------------------------------------------


@dataclass(frozen=True)
class ServiceStats:
    name: str
    unit: str | None
    office: str | None
    counts: tuple[int | None, ...]
    """Twelve counts in fiscal order (ต.ค. first); None where the month has no figure."""
    satisfaction: float | None

    def total(self, months: int = 12) -> int | None:
        """The sum over the first ``months`` months of the year (None: no figure at all)."""
        figures = [c for c in self.counts[:months] if c is not None]
        return sum(figures) if figures else None


@dataclass(frozen=True)
class ServiceRow:
    service: ServiceStats
    counts: tuple[int | None, ...]
    total: int | None
    previous: int | None
    """The same service over the same months of the year before, when both exist."""

    @property
    def change(self) -> int | None:
        return None if self.total is None or self.previous is None else self.total - self.previous


@dataclass(frozen=True)
class PeriodView:
    """A dataset over the months of one round: round 1 = ต.ค.–มี.ค., round 2 = ต.ค.–ก.ย."""

    round: int
    months: tuple[int, ...]
    """Calendar months, in fiscal order."""
    rows: tuple[ServiceRow, ...]
    column_totals: tuple[int | None, ...]
    total: int | None
    previous_total: int | None
    dropped: tuple[str, ...]
    """Services of the previous year's dataset that this one no longer has."""

    @property
    def change(self) -> int | None:
        return (
            None
            if self.total is None or self.previous_total is None
            else self.total - self.previous_total
        )


@dataclass(frozen=True)
class Dataset:
    fiscal_year: int
    name: str
    slug: str
    title: str
    description: str | None
    unit: str | None
    office: str | None
    services: tuple[ServiceStats, ...]
    source: Location
    files: tuple[Path, ...]

    @property
    def reported_months(self) -> int:
        """How far into the year the figures go (6: up to มี.ค., 12: up to ก.ย.)."""
        last = [i for s in self.services for i, c in enumerate(s.counts) if c is not None]
        return max(last) + 1 if last else 0

    def periods(self, previous: Dataset | None) -> tuple[PeriodView, ...]:
        """Round 1 always; round 2 once there are figures after March."""
        rounds = (1, 2) if self.reported_months > 6 else (1,)
        return tuple(self._period(number, previous) for number in rounds)

    def _period(self, number: int, previous: Dataset | None) -> PeriodView:
        length = 6 if number == 1 else 12
        # Compare the months this year has reached with the same months of the year before,
        # and only when the year before has figures that far.
        covered = min(length, self.reported_months)
        if previous is not None and previous.reported_months < covered:
            previous = None
        before = {s.name.casefold(): s for s in previous.services} if previous else {}
        rows = tuple(
            ServiceRow(
                service,
                service.counts[:length],
                service.total(length),
                before[service.name.casefold()].total(covered)
                if service.name.casefold() in before and service.total(covered) is not None
                else None,
            )
            for service in self.services
        )
        columns = tuple(_sum_or_none(row.counts[index] for row in rows) for index in range(length))
        total = _sum_or_none(columns)
        previous_total = (
            _sum_or_none(s.total(covered) for s in previous.services) if previous else None
        )
        names = {s.name.casefold() for s in self.services}
        dropped = tuple(
            s.name
            for s in (previous.services if previous else ())
            if s.name.casefold() not in names
        )
        return PeriodView(
            number, thai.FISCAL_MONTHS[:length], rows, columns, total, previous_total, dropped
        )


def _sum_or_none(values) -> int | None:
    figures = [v for v in values if v is not None]
    return sum(figures) if figures else None


@dataclass(frozen=True)
class FiscalYear:
    year: int
    rounds: tuple[Round, ...]
    oit: OitYear | None = None
    statistics: tuple[Dataset, ...] = ()
    previous_statistics: tuple[Dataset, ...] = ()
    """The datasets of the year before, for the comparison of the same period."""

    def previous_dataset(self, dataset: Dataset) -> Dataset | None:
        return next((d for d in self.previous_statistics if d.slug == dataset.slug), None)

    @property
    def start(self) -> dt.date:
        return dt.date(thai.ce_year(self.year) - 1, 10, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(thai.ce_year(self.year), 9, 30)

    def round(self, number: int) -> Round | None:
        return next((r for r in self.rounds if r.number == number), None)

    @property
    def latest_round(self) -> Round | None:
        return self.rounds[-1] if self.rounds else None

    def comparison(self, round_: Round) -> RoundComparison | None:
        """Round 2 against round 1 of this year, when both exist."""
        first = self.round(1)
        if round_.number != 2 or first is None:
            return None
        return compare_rounds(first, round_)


@dataclass(frozen=True)
class Site:
    agency: Agency
    years: tuple[FiscalYear, ...]
    """Newest first."""

    @property
    def rounds(self) -> tuple[Round, ...]:
        return tuple(r for year in self.years for r in year.rounds)

    @property
    def latest_round(self) -> Round | None:
        return next((y.latest_round for y in self.years if y.rounds), None)

    def year(self, year: int) -> FiscalYear | None:
        return next((y for y in self.years if y.year == year), None)


def build_site(content: ValidContent, changes: ChangeDates | None = None) -> Site:
    """The model of a validated content folder (which must have its agency profile)."""
    assert content.agency is not None, "validate_content reports a missing agency"
    rounds = sorted(
        (_round(report) for report in content.reports),
        key=lambda r: (-r.fiscal_year, r.number, r.source.file),
    )
    by_year: dict[int, list[Round]] = defaultdict(list)
    for round_ in rounds:
        by_year[round_.fiscal_year].append(round_)
    disclosures = {s.record.fiscal_year: s for s in content.disclosures}
    oit = {
        year: _oit_year(
            content.catalogues[year],
            disclosures.get(year),
            tuple(by_year.get(year, ())),
            content,
            changes or ChangeDates(),
        )
        for year in oit_years(content)
    }
    statistics: dict[int, list[Dataset]] = defaultdict(list)
    for data in content.datasets:
        statistics[data.fiscal_year].append(_dataset(data))
    years = tuple(
        FiscalYear(
            year,
            tuple(by_year.get(year, ())),
            oit.get(year),
            tuple(statistics.get(year, ())),
            tuple(statistics.get(year - 1, ())),
        )
        for year in sorted(set(by_year) | set(oit) | set(statistics), reverse=True)
    )
    return Site(_agency(content.agency), years)


def _dataset(data: DatasetData) -> Dataset:
    return Dataset(
        fiscal_year=data.fiscal_year,
        name=data.name,
        slug=data.slug,
        title=data.title,
        description=data.description,
        unit=data.unit,
        office=data.office,
        services=tuple(
            ServiceStats(
                name=s.name,
                unit=s.unit or data.unit,
                office=s.office or data.office,
                counts=tuple(s.counts.get(month) for month in thai.FISCAL_MONTHS),
                satisfaction=s.satisfaction,
            )
            for s in data.services
        ),
        source=data.source,
        files=data.files,
    )


def _oit_year(
    catalogue: Catalogue,
    sourced: Sourced[DisclosuresFile] | None,
    rounds: tuple[Round, ...],
    content: ValidContent,
    changes: ChangeDates,
) -> OitYear:
    record = catalogue.record
    given = sourced.record.items if sourced else {}
    item_lines = _item_line_ranges(sourced) if sourced else {}
    references: dict[str, list[MeasureRef]] = defaultdict(list)
    for round_ in rounds:
        for section in round_.report.sections:
            for measure in section.measures:
                for code in dict.fromkeys(measure.ita_items):
                    references[code].append(MeasureRef(round_, section.code, measure))
    report_files = [Path(r.source.file) for r in rounds]
    evidence = {
        GeneratedEvidence.MEASURES: report_files,
        GeneratedEvidence.MEASURES_PROGRESS: report_files,
        GeneratedEvidence.SERVICE_STATISTICS: [
            path for d in content.datasets if d.fiscal_year == record.year for path in d.files
        ],
    }
    items = tuple(
        _oit_item(
            entry,
            given.get(entry.code),
            sourced,
            item_lines.get(entry.code),
            tuple(references[entry.code]),
            content,
            changes,
            evidence,
        )
        for entry in record.items
    )
    groups: list[ItemGroup] = []
    for indicator in record.indicators:
        for sub in indicator.sub_indicators:
            members = tuple(i for i in items if i.sub_indicator == sub.number)
            if members:
                groups.append(
                    ItemGroup(indicator.number, indicator.name, sub.number, sub.name, members)
                )
    ungrouped = tuple(i for i in items if i.sub_indicator is None)
    if ungrouped:
        groups.append(ItemGroup(None, None, None, None, ungrouped))
    info = CatalogueInfo(
        year=record.year,
        title=record.title,
        status=record.status.value,
        expected_items=record.expected_items,
        note=record.note,
        sources=tuple(CatalogueSource(s.id, s.title, s.url, s.about) for s in record.sources),
        general_rules=tuple(CatalogueRule(r.text, tuple(r.sources)) for r in record.general_rules),
        unknown_codes=tuple(record.unknown_codes),
        origin=catalogue.origin,
        is_builtin=catalogue.is_builtin,
        draft_from=record.draft_from,
    )
    source = sourced.document.location(("fiscal_year",), key=True) if sourced else rounds[0].source
    return OitYear(record.year, info, items, tuple(groups), source)


def _item_line_ranges(sourced: Sourced[DisclosuresFile]) -> dict[str, tuple[int, int]]:
    """Each item's first and last line in its file (up to the line before the next item)."""
    document = sourced.document
    starts = sorted((document.line_of(("items", code)), code) for code in sourced.record.items)
    ranges = {}
    for index, (line, code) in enumerate(starts):
        end = starts[index + 1][0] - 1 if index + 1 < len(starts) else 10**9
        ranges[code] = (line, end)
    return ranges


def _oit_item(
    entry: CatalogueItem,
    disclosure: Disclosure | None,
    sourced: Sourced[DisclosuresFile] | None,
    lines: tuple[int, int] | None,
    measures: tuple[MeasureRef, ...],
    content: ValidContent,
    changes: ChangeDates,
    evidence: dict[GeneratedEvidence, list[Path]],
) -> OitItem:
    """``evidence``: the files each kind of generated evidence is built from (empty: no data)."""
    common = dict(
        code=entry.code,
        name=entry.name,
        sub_indicator=entry.sub_indicator,
        requires=entry.requires,
        confidence=entry.confidence.value,
        sources=tuple(entry.sources),
        measures=measures,
    )
    if disclosure is None and entry.generated_from and evidence[entry.generated_from]:
        # This year's catalogue says the data answers the item, and the data exists.
        dates = [d for d in map(changes.of_file, evidence[entry.generated_from]) if d]
        return OitItem(
            **common,
            status=ItemStatus.PUBLISHED,
            body=None,
            links=(),
            generated=entry.generated_from.value,
            nothing_to_report=None,
            explanation=None,
            updated=max(dates) if dates else None,
            source=None,
        )
    if disclosure is None or sourced is None or lines is None:
        return OitItem(
            **common,
            status=ItemStatus.MISSING,
            body=None,
            links=(),
            generated=None,
            nothing_to_report=None,
            explanation=None,
            updated=None,
            source=None,
        )
    document = sourced.document
    links = tuple(
        Link(
            title=link.title,
            page=link.page,
            document=content.documents.get(link.document) if link.document else None,
            url=link.url,
            source=document.location(("items", entry.code, "links", index)),
        )
        for index, link in enumerate(disclosure.links)
    )
    updated = disclosure.updated
    if updated is None:
        candidates = [changes.of_lines(document.path, *lines)]
        candidates += [changes.of_file(link.document.source) for link in links if link.document]
        if disclosure.generated:
            candidates += [changes.of_file(path) for path in evidence[disclosure.generated]]
        known = [d for d in candidates if d]
        updated = max(known) if known else None
    return OitItem(
        **common,
        status=(
            ItemStatus.NOTHING_TO_REPORT
            if disclosure.nothing_to_report is not None
            else ItemStatus.PUBLISHED
        ),
        body=disclosure.body,
        links=links,
        generated=disclosure.generated.value if disclosure.generated else None,
        nothing_to_report=disclosure.nothing_to_report,
        explanation=disclosure.explanation,
        updated=updated,
        source=document.location(("items", entry.code), key=True),
    )


def _agency(sourced: Sourced[AgencyFile]) -> Agency:
    record = sourced.record
    return Agency(
        name=record.name,
        short_name=record.short_name,
        kind=record.kind.value,
        address=record.address,
        phone=record.phone,
        email=record.email,
        website=record.website,
        logo=record.logo,
        source=sourced.document.location(()),
        code=record.code,
        province=record.province,
        district=record.district,
        open_data=record.open_data,
    )


def _round(sourced: Sourced[RoundReportFile]) -> Round:
    record = sourced.record
    memo = record.memo
    return Round(
        fiscal_year=record.fiscal_year,
        number=record.round,
        memo=Memo(
            issuing_unit=memo.issuing_unit,
            document_number=memo.document_number,
            date=memo.date,
            subject=memo.subject,
            to=memo.to,
            via=memo.via,
            body=tuple(memo.body),
            signatories=tuple(
                Signatory(s.name, s.position, s.role, s.acting) for s in memo.signatories
            ),
        ),
        report=MeasuresReport(
            title=record.measures.title,
            introduction=record.measures.introduction,
            sections=tuple(
                Section(
                    code=section.code.value,
                    number=section.number,
                    title=section.title,
                    measures=tuple(
                        Measure(
                            number=m.number,
                            title=m.title,
                            steps=tuple(m.steps),
                            responsible=tuple(m.responsible),
                            status=Status(m.status.value) if m.status else Status.UNKNOWN,
                            actions=tuple(m.actions),
                            remarks=m.remarks,
                            ita_items=tuple(m.ita_items),
                        )
                        for m in section.measures
                    ),
                )
                for section in record.measures.sections
            ),
        ),
        source=sourced.document.location(("fiscal_year",), key=True),
    )
