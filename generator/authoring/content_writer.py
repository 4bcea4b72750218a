"""Content files written by Prongsai itself (`prongsai new round`, `prongsai import docx`).

A validated record goes out through a Jinja2 template, so what staff find in the file looks
like what they would write: the same order of fields, Thai comments where they must fill
something in. What is written is read back and checked before it is saved.
"""

from __future__ import annotations

from pathlib import Path

from prongsai.content.load import parse_yaml
from prongsai.content.records import RoundReportFile
from prongsai.content.validate import validate_document
from prongsai.shared import thai
from prongsai.site.render import RenderSettings, make_environment


class ContentExists(FileExistsError):
    """The file is already there; it is never overwritten unless asked."""


def round_report_yaml(
    report: RoundReportFile, *, guide: bool = False, header: tuple[str, ...] = ()
) -> str:
    """The YAML text of a round report; ``guide`` adds a Thai comment to what must be filled."""
    env = make_environment(RenderSettings())
    memo = report.memo.model_dump()
    memo["date_text"] = thai.format_date(report.memo.date)
    view = report.model_dump()
    view["memo"] = memo
    text = env.get_template("content/round-report.yml.j2").render(
        report=_Namespace(view), guide=guide, header=header
    )
    _check_round_trip(text, report)
    return text


def save(path: Path, text: str, *, force: bool = False) -> None:
    if path.exists() and not force:
        raise ContentExists(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _check_round_trip(text: str, report: RoundReportFile) -> None:
    """The text must read back as the same record: a template slip must not reach a file."""
    document, problems = parse_yaml(text, "<generated>", Path("<generated>"))
    assert document is not None and not problems, problems
    record, problems = validate_document(document, RoundReportFile)
    assert record == report, problems


class _Namespace(dict):
    """Attribute access for the template over a model_dump() (nested dicts and lists)."""

    def __getattr__(self, name: str):
        value = self[name]
        if isinstance(value, dict):
            return _Namespace(value)
        if isinstance(value, list):
            return [_Namespace(v) if isinstance(v, dict) else v for v in value]
        return value
