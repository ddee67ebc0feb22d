"""Importing members from the old system: a CSV file, one member per row.

Every row becomes an ``EnrolMember`` command (and, with an opening balance, an
``AdjustPoints`` one) that the server makes under its ``system:import``
pseudo-device and applies with the same handlers as a till's. Each row runs in
its own savepoint, so a row the rules refuse leaves nothing behind and the
others go on; rows are committed in batches of ``BATCH``.

The file is read twice: a first pass settles the encoding and the delimiter
and enforces the file limits before anything is written, the second imports.
docs/import.md describes the format for the people who prepare the files.
"""

from __future__ import annotations

import csv
import itertools
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from sqlalchemy.exc import DataError, IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from core.catalog import tier_defs
from core.codes import make_member_code
from core.commands.payloads import AdjustPoints, EnrolMember
from core.errors import DomainError, NotConfigured
from core.ids import new_id
from core.member_import import (
    CODE_ATTEMPTS,
    MAX_ERRORS_KEPT,
    MAX_LINE,
    MAX_ROWS,
    OPENING_REASON,
    REQUIRED,
    ImportRefused,
    ImportRow,
    RowError,
    RowProblem,
    column_of,
    detect_encoding,
    field_for,
    parse_values,
)
from core.progress import NoProgress, Progress
from server.system import system_command

SOURCE = "import"
BATCH = 1_000

Source = str | os.PathLike[str] | TextIO


@dataclass
class ImportReport:
    encoding: str
    delimiter: str
    dry_run: bool
    rows: int = 0
    accepted: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Accepted rows that brought an opening balance, and its total.
    opening_balances: int = 0
    opening_points: int = 0
    cancelled: bool = False
    seconds: float = 0.0

    @property
    def errors_omitted(self) -> int:
        return self.rejected - len(self.errors)

    def as_dict(self) -> dict[str, Any]:
        return {
            "accepted": self.accepted,
            "rejected": self.rejected,
            "errors": [e.as_dict() for e in self.errors],
            "errors_omitted": self.errors_omitted,
            "warnings": self.warnings,
            "rows": self.rows,
            "opening_balances": {"members": self.opening_balances, "points": self.opening_points},
            "encoding": self.encoding,
            "delimiter": "tab" if self.delimiter == "\t" else "comma",
            "dry_run": self.dry_run,
            "cancelled": self.cancelled,
            "seconds": round(self.seconds, 2),
        }


def import_members(
    factory: sessionmaker[Session],
    source: Source,
    *,
    now: datetime,
    progress: Progress | None = None,
    staff: str | None = None,
    dry_run: bool = False,
) -> ImportReport:
    """Enrol every acceptable row of a member list; report the others with their reasons.

    ``source`` is a path or a text stream. Raises ``ImportRefused`` (nothing
    written) for a file that cannot be read, has no ``name`` or ``phone`` column,
    or breaks the limits. ``dry_run`` checks every row against the database and
    rolls each batch back.
    """
    started = time.monotonic()
    progress = progress or NoProgress()
    if staff is not None and len(staff) > 64:
        raise ImportRefused(problem="the staff id is longer than 64 characters")
    with _Input(source) as text:
        layout = _scan(text)
        with factory() as session:
            try:
                tier_defs(session)
            except NotConfigured:
                raise ImportRefused(
                    problem="the database has no tiers yet: set up the rulebook before importing"
                ) from None
        report = ImportReport(encoding=layout.encoding, delimiter=layout.delimiter, dry_run=dry_run)
        if layout.unknown:
            report.warnings.append(f"unknown columns ignored: {', '.join(layout.unknown)}")
        job = _Job(factory, layout.columns, report, now=now, staff=staff, dry_run=dry_run)
        with text.open(layout.encoding) as stream:
            records = _records(stream, _ScanState())
            next(records)  # the header, checked by the scan
            try:
                for done, (line, record) in enumerate(records, 1):
                    job.row(line, record)
                    if done % 50 == 0 or done == layout.rows:
                        progress.update(done, layout.rows, job.label())
                        if progress.cancelled():
                            # Stop here; what was accepted so far stays.
                            report.cancelled = True
                            break
                job.finish(keep=True)
            except SQLAlchemyError as exc:
                job.finish(keep=False)
                first = str(getattr(exc, "orig", None) or exc).strip()
                raise ImportRefused(
                    problem=f"the database failed after {job.committed:,} accepted rows were "
                    f"committed: {(first.splitlines() or ['?'])[0]}"
                ) from exc
            finally:
                job.finish(keep=False)  # only does something when an error left a batch open
    report.seconds = time.monotonic() - started
    return report


# --- reading the file ---------------------------------------------------------------


class _Input:
    """A path or a text stream, readable from its start as often as needed."""

    def __init__(self, source: Source) -> None:
        self.path: Path | None = None
        self.stream: TextIO | None = None
        self._spool: Any = None
        if isinstance(source, str | os.PathLike):
            self.path = Path(source)
            try:
                with self.path.open("rb") as f:
                    self.head = f.read(4)
            except OSError as exc:
                raise ImportRefused(problem=f"cannot read {self.path}: {exc.strerror}") from None
        else:
            self.head = b""
            stream: TextIO = source
            if not stream.seekable():
                self._spool = tempfile.SpooledTemporaryFile(  # noqa: SIM115 (closed in __exit__)
                    max_size=16 << 20, mode="w+", encoding="utf-8", newline=""
                )
                while chunk := stream.read(1 << 20):
                    self._spool.write(chunk)
                stream = self._spool
            self.stream = stream
            self.start = stream.tell()

    def __enter__(self) -> _Input:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._spool is not None:
            self._spool.close()

    def encoding(self) -> str:
        """A byte-order mark decides; otherwise UTF-8 if it all is, else GB18030."""
        if self.stream is not None:
            return getattr(self.stream, "encoding", None) or "text"
        assert self.path is not None
        return detect_encoding(self.path)

    @contextmanager
    def open(self, encoding: str) -> Iterator[TextIO]:
        if self.stream is not None:
            self.stream.seek(self.start)
            yield self.stream
            return
        assert self.path is not None
        try:
            f = self.path.open(encoding=encoding, errors="strict", newline="")
        except OSError as exc:
            raise ImportRefused(problem=f"cannot read {self.path}: {exc.strerror}") from None
        with f:
            yield f


@dataclass
class _ScanState:
    line: int = 0
    delimiter: str = ","


@dataclass(frozen=True)
class _Layout:
    encoding: str
    delimiter: str
    columns: list[str | None]
    unknown: list[str]
    rows: int


def _lines(stream: TextIO, state: _ScanState) -> Iterator[str]:
    for line in stream:
        state.line += 1
        if len(line) > MAX_LINE + 2:
            raise ImportRefused(
                problem=f"line {state.line} is longer than {MAX_LINE:,} characters: "
                "is this a member list?"
            )
        yield line


def _records(stream: TextIO, state: _ScanState) -> Iterator[tuple[int, list[str]]]:
    """(first line number, fields) of each non-blank record; the first is the header."""
    lines = _lines(stream, state)
    first = next(lines, None)
    if first is None:
        raise ImportRefused(problem="the file is empty")
    # Excel saves "CSV" with commas and "Unicode text" with tabs; the header tells which.
    state.delimiter = "\t" if first.count("\t") > first.count(",") else ","
    reader = csv.reader(itertools.chain([first], lines), delimiter=state.delimiter)
    start = 1
    try:
        for record in reader:
            if any(value.strip() for value in record):
                yield start, record
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportRefused(problem=f"line {reader.line_num}: {exc}") from None


def _scan(text: _Input) -> _Layout:
    encoding = text.encoding()
    state = _ScanState()
    try:
        with text.open(encoding) as stream:
            records = _records(stream, state)
            columns, unknown = _header(next(records)[1])
            rows = 0
            for _ in records:
                rows += 1
                if rows > MAX_ROWS:
                    raise ImportRefused(
                        problem=f"more than {MAX_ROWS:,} rows: split the file and import "
                        "the parts one after the other"
                    )
    except UnicodeDecodeError:
        raise ImportRefused(
            problem=f"near line {state.line + 1}: not UTF-8 or GB18030 text; "
            "save the file as CSV UTF-8"
        ) from None
    name = "utf-8" if encoding == "utf-8-sig" else encoding
    return _Layout(name, state.delimiter, columns, unknown, rows)


def _header(record: list[str]) -> tuple[list[str | None], list[str]]:
    columns: list[str | None] = []
    unknown: list[str] = []
    for raw in record:
        name = field_for(raw)
        if name is not None:
            if name in columns:
                raise ImportRefused(problem=f"the column {name!r} appears twice in the header")
            columns.append(name)
        else:
            columns.append(None)
            if raw.strip():
                unknown.append(raw.strip())
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        found = ", ".join(v.strip() for v in record[:5])
        raise ImportRefused(
            problem=f"the header row has no {' or '.join(missing)} column "
            f"(found: {found}); the first line must name the columns"
        )
    return columns, unknown


# --- importing the rows -------------------------------------------------------------


class _Job:
    """The import in progress: the open batch, the counts, what the file already used."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        columns: list[str | None],
        report: ImportReport,
        *,
        now: datetime,
        staff: str | None,
        dry_run: bool,
    ) -> None:
        self.factory, self.columns, self.report = factory, columns, report
        self.now, self.staff, self.dry_run = now, staff, dry_run
        self.session: Session | None = None
        self.in_batch = 0
        self.committed = 0
        # Phones and legacy codes of the rows accepted so far, and their lines.
        self.phones: dict[int, int] = {}
        self.codes: dict[str, int] = {}

    def label(self) -> str:
        return f"accepted {self.report.accepted:,}, rejected {self.report.rejected:,}"

    def row(self, line: int, record: list[str]) -> None:
        self.report.rows += 1
        self._row(line, record)
        if self.in_batch >= BATCH:
            self.finish(keep=True)

    def _row(self, line: int, record: list[str]) -> None:
        try:
            row = self._parse(record)
            self._apply(row)
        except RowProblem as r:
            self._reject(line, r.field, r.code, r.message)
            return
        except DomainError as err:
            self._reject(line, column_of(err), err.code, err.message)
            return
        except (IntegrityError, DataError) as exc:
            # What the handlers did not foresee but the database refuses (a value too
            # long for its column, a phone enrolled meanwhile by a till) is this row's.
            problem = type(exc.orig).__name__ if exc.orig is not None else "refused"
            self._reject(line, None, "value_refused", f"the database refused the row ({problem})")
            return
        self.report.accepted += 1
        self.phones[int(row.phone)] = line
        if row.code is not None:
            self.codes[row.code] = line
        if row.points:
            self.report.opening_balances += 1
            self.report.opening_points += row.points

    def _reject(self, line: int, column: str | None, code: str, message: str) -> None:
        self.report.rejected += 1
        if len(self.report.errors) < MAX_ERRORS_KEPT:
            self.report.errors.append(RowError(line, column, code, message))

    def _parse(self, record: list[str]) -> ImportRow:
        if len(record) > len(self.columns):
            raise RowProblem(
                None,
                "too_many_fields",
                f"{len(record)} fields, the header names {len(self.columns)} "
                "(a separator inside an unquoted value?)",
            )
        row = parse_values(
            {c: record[i].strip() for i, c in enumerate(self.columns) if c and i < len(record)},
            # An opening balance is bounded by the command's own check: a refusal there
            # undoes the row's enrolment too (its savepoint).
            points_max=None,
        )
        if (other := self.phones.get(int(row.phone))) is not None:
            raise RowProblem(
                "phone", "duplicate_in_file", f"phone {row.phone} is also on line {other}"
            )
        if row.code is not None and (other := self.codes.get(row.code)) is not None:
            raise RowProblem(
                "code", "duplicate_in_file", f"code {row.code} is also on line {other}"
            )
        return row

    def _apply(self, row: ImportRow) -> None:
        session = self._session()
        self.in_batch += 1
        for _attempt in range(CODE_ATTEMPTS):
            member_id = new_id()
            enrol = EnrolMember(
                member_id=member_id,
                code=row.code or make_member_code(),
                name=row.name,
                phone=row.phone,
                email=row.email,
                gender=row.gender,
                birthday=row.birthday,
                home_store=row.home_store,
                tags=row.tags,
            )
            try:
                with session.begin_nested():
                    self._command(session, enrol)
                    if row.points:
                        self._command(session, AdjustPoints(member_id, row.points, OPENING_REASON))
            except DomainError as err:
                if row.code is None and column_of(err) == "code":
                    continue  # the random code we drew is taken: draw another
                raise
            break
        else:
            raise RowProblem("code", "code_unavailable", "no free member code found; try again")

    def _command(self, session: Session, payload: EnrolMember | AdjustPoints) -> None:
        system_command(session, payload, source=SOURCE, staff=self.staff, now=self.now)

    def _session(self) -> Session:
        # A session per batch: the ORM's per-session caches stay small over a million rows.
        if self.session is None:
            self.session = self.factory()
            self.session.begin()
        return self.session

    def finish(self, *, keep: bool) -> None:
        """End the open batch: commit it, or roll it back (dry run, cancel, failure)."""
        session, self.session = self.session, None
        if session is None:
            return
        try:
            if keep and not self.dry_run:
                session.commit()
                self.committed = self.report.accepted
            else:
                session.rollback()
        finally:
            session.close()
            self.in_batch = 0
