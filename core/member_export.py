"""Exporting tables to CSV and XLSX: the member list (filtered, sorted) or any rows given.

CSV is written as UTF-8 with a byte-order mark, so Excel on a Chinese Windows
opens it without mangling names; XLSX through openpyxl's write-only workbook,
which streams rows (a million members never sit in memory at once). A file is
written under a temporary name and renamed when complete: a cancelled or failed
export leaves no half file behind.

Personal data leaves the building masked, as the screen shows it (phone
138****5678, name 张**); the core has no permission model for revealing it in bulk.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy.orm import Session, sessionmaker

from core import directory
from core.catalog import tier_defs
from core.codes import mask_name, mask_phone
from core.errors import InvalidInput
from core.progress import NoProgress, Progress

Format = Literal["csv", "xlsx"]
FORMATS: tuple[Format, ...] = ("csv", "xlsx")
# Rows read per database round while exporting the member list.
EXPORT_PAGE = 2_000
# Column codes of a member export; the UI passes its own (translated) header words.
MEMBER_COLUMNS = (
    "code",
    "name",
    "phone",
    "tier",
    "balance",
    "debt",
    "status",
    "home_store",
    "enrolled_on",
)


class ExportCancelled(Exception):
    """Raised inside the writer to stop it; the partial file is removed."""


@dataclass(frozen=True)
class ExportReport:
    path: str
    format: Format
    rows: int
    cancelled: bool


def format_for(path: str | os.PathLike[str], wanted: str | None = None) -> Format:
    """The format asked for, or the file name's; refuses anything else."""
    text = (wanted or Path(path).suffix.lstrip(".")).lower()
    if text not in FORMATS:
        raise InvalidInput(field="format", problem=f"export to csv or xlsx, not {text or '?'!r}")
    return text


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def write_table(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    fmt: Format | None = None,
) -> int:
    """Write ``headers`` and ``rows`` to ``path`` as CSV or XLSX; returns the number of rows.

    Integers stay numbers in XLSX; dates are ISO text. ``ExportCancelled`` raised by the
    row iterator stops the export and removes what was written.
    """
    target = Path(path)
    kind = format_for(target, fmt)
    partial = target.with_name(f".{target.name}.partial")
    count = 0
    try:
        if kind == "csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as f:
                out = csv.writer(f)
                out.writerow(headers)
                for row in rows:
                    out.writerow([_cell(v) for v in row])
                    count += 1
        else:
            count = _write_xlsx(partial, headers, rows)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count


def _write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    try:
        from openpyxl import Workbook  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:  # an installation without it: say so rather than fail obscurely
        raise InvalidInput(
            field="format", problem="xlsx needs the openpyxl package; export to csv instead"
        ) from None

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(list(headers))
    count = 0
    for row in rows:
        sheet.append([_cell(v) for v in row])
        count += 1
    book.save(str(path))
    return count


def member_lines(
    session_factory: sessionmaker[Session],
    *,
    filters: directory.MemberFilter | None = None,
    sort: directory.MemberSort | None = None,
    query: str | None = None,
    search_limit: int = 200,
    progress: Progress | None = None,
) -> Iterator[list[Any]]:
    """The member list as export lines (``MEMBER_COLUMNS``), personal data masked.

    With a ``query`` it is the search's first ``search_limit`` results (as the screen lists
    them), otherwise every member through ``filters`` in ``sort`` order, in one stream.
    """
    progress = progress or NoProgress()
    order = sort or directory.MemberSort()
    found: list[directory.MemberRow] = []
    with session_factory() as s:
        tiers = {t.code: t.name for t in tier_defs(s)}
        if query:
            found = order.sort_rows(directory.search(s, query, limit=search_limit, filters=filters))
        total = len(found) if query else directory.count(s, filters)
    done = 0
    progress.update(0, total)

    def line(r: directory.MemberRow) -> list[Any]:
        return [
            r.code,
            mask_name(r.name),
            mask_phone(r.phone),
            tiers.get(r.tier_code, r.tier_code),
            r.balance,
            r.debt,
            r.status,
            r.home_store,
            r.enrolled_on,
        ]

    if query:
        for r in found:
            yield line(r)
        progress.update(len(found), total)
        return
    # One streaming query: a sort without an index is done once, not once per page.
    with session_factory() as s:
        result = s.execute(
            directory.browse_query(filters=filters, sort=order).execution_options(
                yield_per=EXPORT_PAGE
            )
        )
        for chunk in result.partitions():
            if progress.cancelled():
                raise ExportCancelled
            for r in directory.rows_of(chunk):
                yield line(r)
            done += len(chunk)
            progress.update(done, max(total, done))


def export_members(
    session_factory: sessionmaker[Session],
    path: str | os.PathLike[str],
    *,
    fmt: Format | None = None,
    headers: Sequence[str] = MEMBER_COLUMNS,
    filters: directory.MemberFilter | None = None,
    sort: directory.MemberSort | None = None,
    query: str | None = None,
    search_limit: int = 200,
    progress: Progress | None = None,
) -> ExportReport:
    """Write the member list (as ``member_lines`` reads it) to ``path``."""
    kind = format_for(path, fmt)
    if len(headers) != len(MEMBER_COLUMNS):
        raise InvalidInput(field="headers", problem=f"{len(MEMBER_COLUMNS)} headers expected")
    lines = member_lines(
        session_factory,
        filters=filters,
        sort=sort,
        query=query,
        search_limit=search_limit,
        progress=progress,
    )
    try:
        rows = write_table(path, headers, lines, fmt=kind)
    except ExportCancelled:
        return ExportReport(str(path), kind, 0, cancelled=True)
    return ExportReport(str(path), kind, rows, cancelled=False)
