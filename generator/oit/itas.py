"""The ITAS answer sheet of one year: for each OIT item, มี/ไม่มี, its URL and an explanation.

Agencies type these answers into the NACC's ITAS system; the sheet is offered on the OIT
page and written by ``prongsai export itas``. The status table of ``prongsai oit status``,
the OIT page's statuses and the OIT items of /api/v1/ (prongsai.api) are built from the
same rows, so none of them can disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# BYTE_ORDER_MARK is re-exported: callers and tests import it from here.
from prongsai.content.spreadsheet import BYTE_ORDER_MARK as BYTE_ORDER_MARK
from prongsai.content.spreadsheet import csv_text
from prongsai.shared import labels, urls
from prongsai.site.model import ItemStatus, OitItem, OitYear


@dataclass(frozen=True)
class ItasRow:
    code: str
    name: str
    status: ItemStatus
    url: str
    explanation: str
    updated: dt.date | None = None
    """The item's last change (the OIT page, the ITAS sheet and /api/v1/ read these rows)."""

    @property
    def answer(self) -> str:
        return labels.ITAS_ANSWERS[self.status]


def item_address(year: int, code: str, site_root: str | None) -> str:
    """The item page's address: absolute with the published site address, else from /."""
    page = urls.oit_item(year, code)
    return f"{site_root}{page.url}" if site_root else page.absolute_url


def itas_rows(oit: OitYear, site_root: str | None) -> list[ItasRow]:
    return [_row(oit.year, item, site_root) for item in oit.items]


def _row(year: int, item: OitItem, site_root: str | None) -> ItasRow:
    if item.status is ItemStatus.MISSING:
        return ItasRow(item.code, item.name, item.status, "", labels.ITEM_STATUS_NAMES["missing"])
    explanation = item.explanation or labels.itas_explanation(str(year), item.code, item.name)
    if item.status is ItemStatus.NOTHING_TO_REPORT and not item.explanation:
        explanation += (
            f" ({labels.ITEM_STATUS_NAMES['nothing_to_report']}: {item.nothing_to_report})"
        )
    return ItasRow(
        item.code,
        item.name,
        item.status,
        item_address(year, item.code, site_root),
        explanation,
        item.updated,
    )


def itas_csv(rows: list[ItasRow]) -> str:
    """UTF-8 text with a byte order mark and CRLF line ends, as Excel expects; names and
    explanations that could start a formula are neutralised (spreadsheet.safe_cell)."""
    return csv_text(
        labels.ITAS_HEADER,
        ((row.code, row.name, row.answer, row.url, row.explanation) for row in rows),
    )
