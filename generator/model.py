"""Stage 3: the site as an immutable graph, Site → FiscalYear → Round → Section → Measure.

Built from validated records; no I/O, no Thai wording (that belongs to templates and
thai.py). Everything derivable (periods, counts, ordering) is derived here, never typed.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum

from generator import thai
from generator.problems import Location
from generator.records import AgencyFile, RoundReportFile
from generator.validate import Sourced, ValidContent


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


@dataclass(frozen=True)
class FiscalYear:
    year: int
    rounds: tuple[Round, ...]

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


def build_site(content: ValidContent) -> Site:
    """The model of a validated content folder (which must have its agency profile)."""
    assert content.agency is not None, "validate_content reports a missing agency"
    rounds = sorted(
        (_round(report) for report in content.reports),
        key=lambda r: (-r.fiscal_year, r.number, r.source.file),
    )
    by_year: dict[int, list[Round]] = defaultdict(list)
    for round_ in rounds:
        by_year[round_.fiscal_year].append(round_)
    years = tuple(FiscalYear(year, tuple(by_year[year])) for year in sorted(by_year, reverse=True))
    return Site(_agency(content.agency), years)


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
