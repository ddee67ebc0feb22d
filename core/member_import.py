"""Importing members from a CSV file on a device: read, map columns, preview, enrol.

The file format is the central importer's (docs/import.md): a header line,
comma or tab separated, UTF-8 (with or without BOM), GB18030 or UTF-16 with
BOM. Here the person maps the file's columns to member fields (the header's
words are guessed first), sees a preview with each row's problem, and imports.

Every acceptable row becomes an ``enrol_member`` command, applied and queued
for upload as ``core.apply.execute`` does it (``core.apply.queue``),
so imported members reach the server like members enrolled at a till; an
opening ``points`` balance follows as an ``adjust_points`` command in the same
savepoint. A row the rules refuse is reported with its line and column, and
nothing is written for it. Rows are committed a batch at a time.

The vocabulary, the errors, encoding detection and the row checks
(``field_for``, ``detect_encoding``, ``parse_values``) have no database in
them; the central importer (server/importer.py) uses them too.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, TextIO

from sqlalchemy.orm import Session, sessionmaker

from core.apply import Device, device_identity, next_seq, queue
from core.codes import make_member_code, normalise_member_code, normalise_phone
from core.commands import payloads as p
from core.db.direct import write_directly
from core.errors import DomainError
from core.ids import new_id
from core.progress import NoProgress, Progress

FIELDS = ("name", "phone", "email", "gender", "birthday", "home_store", "tags", "code", "points")
REQUIRED = ("name", "phone")
OPENING_REASON = "opening balance (import)"
MAX_ROWS = 2_000_000
MAX_LINE = 10_000
PREVIEW_ROWS = 20
MAX_ERRORS_KEPT = 10_000
POINTS_MAX = 100_000_000
CODE_ATTEMPTS = 5
# Headers the old system's exports (and people) use for the same fields.
ALIASES = {
    "姓名": "name",
    "mobile": "phone",
    "手机": "phone",
    "手机号": "phone",
    "电话": "phone",
    "e_mail": "email",
    "邮箱": "email",
    "性别": "gender",
    "生日": "birthday",
    "store": "home_store",
    "门店": "home_store",
    "标签": "tags",
    "member_code": "code",
    "会员号": "code",
    "会员卡号": "code",
    "积分": "points",
}
GENDERS: dict[str, Literal["F", "M"]] = {
    "F": "F",
    "M": "M",
    "女": "F",
    "男": "M",
    "FEMALE": "F",
    "MALE": "M",
}
_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")
_POINTS = re.compile(r"[0-9]+")
_TAG_SEPARATORS = re.compile(r"[;|；｜]")
_FIELD_OF_CODE = {
    "invalid_phone": "phone",
    "duplicate_phone": "phone",
    "invalid_member_code": "code",
    "store_not_found": "home_store",
}

Mapping = Sequence[str | None]


class ImportRefused(DomainError):
    """The file as a whole cannot be imported (or the mapping is unusable); nothing was written."""

    code = "import_refused"
    template = "{problem}"


@dataclass(frozen=True)
class RowError:
    """Why one line of the file was not imported."""

    line: int
    field: str | None
    code: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"line": self.line, "field": self.field, "code": self.code, "message": self.message}


class RowProblem(Exception):
    def __init__(self, field: str | None, code: str, message: str) -> None:
        super().__init__(message)
        self.field, self.code, self.message = field, code, message


@dataclass(frozen=True)
class CsvLayout:
    """What reading the file found: how it is encoded and separated, its header, its size."""

    path: str
    encoding: str
    delimiter: str
    headers: list[str]
    rows: int


@dataclass(frozen=True)
class ImportRow:
    """One member as the file describes them, checked and tidied."""

    name: str
    phone: str
    email: str | None
    gender: Literal["F", "M"] | None
    birthday: date | None
    home_store: str | None
    tags: list[str]
    code: str | None
    points: int


@dataclass(frozen=True)
class PreviewLine:
    line: int
    values: dict[str, str]
    error: RowError | None


@dataclass
class ImportReport:
    rows: int = 0
    accepted: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)
    cancelled: bool = False
    opening_points: int = 0

    def _reject(self, error: RowError) -> None:
        self.rejected += 1
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append(error)


# --- reading the file ---------------------------------------------------------------


def detect_encoding(path: Path) -> str:
    """A byte-order mark decides; otherwise UTF-8 if it all is, else GB18030."""
    try:
        with path.open("rb") as f:
            head = f.read(4)
    except OSError as exc:
        raise ImportRefused(problem=f"cannot read {path}: {exc.strerror}") from None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    bom = head.startswith(b"\xef\xbb\xbf")
    decoder = codecs.getincrementaldecoder("utf-8")()
    newlines, non_ascii = 0, False
    try:
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError as exc:
                    before = exc.object[: exc.start]
                    if bom or non_ascii or not before.isascii():
                        line = newlines + before.count(b"\n") + 1
                        raise ImportRefused(
                            problem=f"line {line} is not valid UTF-8 although the text before "
                            "it is: the file is damaged or mixes encodings"
                        ) from None
                    return "gb18030"
                newlines += chunk.count(b"\n")
                non_ascii = non_ascii or not chunk.isascii()
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "gb18030"
    return "utf-8-sig" if bom else "utf-8"


def _records(stream: TextIO, delimiter: str | None = None) -> Iterator[tuple[int, list[str]]]:
    """(first line number, fields) of each non-blank record; the first is the header."""
    state = {"line": 0}

    def lines() -> Iterator[str]:
        for line in stream:
            state["line"] += 1
            if len(line) > MAX_LINE + 2:
                raise ImportRefused(
                    problem=f"line {state['line']} is longer than {MAX_LINE:,} characters: "
                    "is this a member list?"
                )
            yield line

    source = lines()
    first = next(source, None)
    if first is None:
        raise ImportRefused(problem="the file is empty")
    if delimiter is None:
        delimiter = "\t" if first.count("\t") > first.count(",") else ","
    reader = csv.reader(itertools.chain([first], source), delimiter=delimiter)
    start = 1
    try:
        for record in reader:
            if any(value.strip() for value in record):
                yield start, record
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportRefused(problem=f"line {reader.line_num}: {exc}") from None


def _open(path: Path, encoding: str) -> TextIO:
    try:
        return path.open(encoding=encoding, errors="strict", newline="")
    except OSError as exc:
        raise ImportRefused(problem=f"cannot read {path}: {exc.strerror}") from None


def read_layout(path: str | os.PathLike[str]) -> CsvLayout:
    """Encoding, separator, header and number of rows; refuses a file that cannot be imported."""
    where = Path(path)
    encoding = detect_encoding(where)
    try:
        with _open(where, encoding) as f:
            first = f.readline()
            delimiter = "\t" if first.count("\t") > first.count(",") else ","
            f.seek(0)
            records = _records(f, delimiter)
            headers = [h.strip().lstrip("\ufeff").strip() for h in next(records)[1]]
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
            problem="not UTF-8 or GB18030 text; save the file as CSV UTF-8"
        ) from None
    return CsvLayout(str(where), encoding, delimiter, headers, rows)


def field_for(header: str) -> str | None:
    """The member field a header names (aliases and case ignored), or None."""
    name = re.sub(r"[\s\-]+", "_", header.strip().lstrip("\ufeff").strip().lower())
    name = ALIASES.get(name, name)
    return name if name in FIELDS else None


def guess_mapping(headers: Sequence[str]) -> list[str | None]:
    """Each column's field as its header names it; a field claimed twice is taken once."""
    taken: set[str] = set()
    out: list[str | None] = []
    for header in headers:
        name = field_for(header)
        if name is not None and name in taken:
            name = None
        if name is not None:
            taken.add(name)
        out.append(name)
    return out


def check_mapping(mapping: Mapping) -> None:
    """Refuses a mapping without name or phone, or one naming a field twice."""
    named = [m for m in mapping if m is not None]
    unknown = [m for m in named if m not in FIELDS]
    if unknown:
        raise ImportRefused(problem=f"not a member field: {unknown[0]}")
    twice = sorted({m for m in named if named.count(m) > 1})
    if twice:
        raise ImportRefused(problem=f"two columns are mapped to {twice[0]}")
    missing = [f for f in REQUIRED if f not in named]
    if missing:
        raise ImportRefused(problem=f"no column is mapped to {' or '.join(missing)}")


def rows_of(layout: CsvLayout, mapping: Mapping) -> Iterator[tuple[int, dict[str, str] | None]]:
    """(line, values by field) of each data row; values None when the row has too many fields."""
    with _open(Path(layout.path), layout.encoding) as f:
        records = _records(f, layout.delimiter)
        next(records)
        for line, record in records:
            if len(record) > len(mapping):
                yield line, None
                continue
            yield (
                line,
                {m: record[i].strip() for i, m in enumerate(mapping) if m and i < len(record)},
            )


# --- checking a row -----------------------------------------------------------------


def _gender(text: str) -> Literal["F", "M"] | None:
    if not text:
        return None
    gender = GENDERS.get(text.upper())
    if gender is None:
        raise RowProblem("gender", "invalid_gender", f"gender must be F, M, 女 or 男, not {text!r}")
    return gender


def _birthday(text: str) -> date | None:
    if not text:
        return None
    m = _DATE.fullmatch(text)
    try:
        if m is None:
            raise ValueError
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        raise RowProblem(
            "birthday", "invalid_date", f"birthday {text!r} is not a date like 1990-05-17"
        ) from None


def _points(text: str, points_max: int | None) -> int:
    if not text:
        return 0
    if _POINTS.fullmatch(text) is None or (points_max is not None and int(text) > points_max):
        raise RowProblem(
            "points", "invalid_points", f"points {text!r} is not a whole number of 0 or more"
        )
    return int(text)


def column_of(err: DomainError) -> str | None:
    named = err.params.get("field")
    if isinstance(named, str):
        return re.split(r"[\[.]", named, maxsplit=1)[0]
    return _FIELD_OF_CODE.get(err.code)


def parse_values(
    values: dict[str, str] | None, header_count: int = 0, *, points_max: int | None = POINTS_MAX
) -> ImportRow:
    """Check one row's values (by field) as the rules would; raises ``RowProblem``.

    ``points_max`` bounds an opening balance (None: only the command's own bound)."""
    if values is None:
        raise RowProblem(
            None,
            "too_many_fields",
            f"more values than the {header_count} columns of the header "
            "(a separator inside an unquoted value?)",
        )
    for name in REQUIRED:
        if not values.get(name):
            raise RowProblem(name, "required", f"{name} is required")
    try:
        phone = normalise_phone(values["phone"])
        code = normalise_member_code(values["code"]) if values.get("code") else None
    except DomainError as err:
        raise RowProblem(column_of(err), err.code, err.message) from None
    return ImportRow(
        name=values["name"],
        phone=phone,
        email=values.get("email") or None,
        gender=_gender(values.get("gender", "")),
        birthday=_birthday(values.get("birthday", "")),
        home_store=values.get("home_store") or None,
        tags=[t.strip() for t in _TAG_SEPARATORS.split(values.get("tags", "")) if t.strip()],
        code=code,
        points=_points(values.get("points", ""), points_max),
    )


def preview(layout: CsvLayout, mapping: Mapping, limit: int = PREVIEW_ROWS) -> list[PreviewLine]:
    """The first rows with the problem each has on its own (the database is not asked)."""
    check_mapping(mapping)
    out: list[PreviewLine] = []
    for line, values in itertools.islice(rows_of(layout, mapping), limit):
        error = None
        try:
            parse_values(values, len(mapping))
        except RowProblem as problem:
            error = RowError(line, problem.field, problem.code, problem.message)
        out.append(PreviewLine(line, values or {}, error))
    return out


# --- importing ------------------------------------------------------------------------


class _FileDuplicates:
    def __init__(self) -> None:
        self.phones: dict[str, int] = {}
        self.codes: dict[str, int] = {}

    def check(self, row: ImportRow) -> None:
        if (other := self.phones.get(row.phone)) is not None:
            raise RowProblem(
                "phone", "duplicate_in_file", f"phone {row.phone} is also on line {other}"
            )
        if row.code is not None and (other := self.codes.get(row.code)) is not None:
            raise RowProblem(
                "code", "duplicate_in_file", f"code {row.code} is also on line {other}"
            )

    def keep(self, row: ImportRow, line: int) -> None:
        self.phones[row.phone] = line
        if row.code is not None:
            self.codes[row.code] = line


# Rows per transaction; each row has its own savepoint.
IMPORT_BATCH = 200


def _enrol(
    session: Session,
    device: Device,
    seq: int,
    row: ImportRow,
    staff: str | None,
    at: datetime | None,
) -> int:
    """Enrol ``row`` (and its opening balance) as commands ``seq``, ``seq + 1``; returns the
    next free number. The caller's savepoint makes the row all or nothing."""
    for _attempt in range(CODE_ATTEMPTS):
        member_id = new_id()
        payload = p.EnrolMember(
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
                queue(session, device, seq, payload, staff=staff, at=at)
        except DomainError as err:
            if row.code is None and column_of(err) == "code":
                continue  # the random code drawn is taken: draw another
            raise
        seq += 1
        if row.points:
            opening = p.AdjustPoints(member_id=member_id, points=row.points, reason=OPENING_REASON)
            queue(session, device, seq, opening, staff=staff, at=at)
            seq += 1
        return seq
    raise RowProblem("code", "code_unavailable", "no free member code found; try again")


def import_members(
    factory: sessionmaker[Session],
    layout: CsvLayout,
    mapping: Mapping,
    *,
    staff: str | None = None,
    at: datetime | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Enrol every acceptable row through the outbox; report the others by line.

    Rows are committed ``IMPORT_BATCH`` at a time, each in its own savepoint: a row the
    rules refuse (its enrolment or its opening balance) leaves nothing behind. A cancel
    stops before the next row; the rows imported so far stay (import the file again and
    they are reported as duplicate phones).
    """
    check_mapping(mapping)
    progress = progress or NoProgress()
    report = ImportReport()
    seen = _FileDuplicates()
    progress.update(0, layout.rows)
    rows = rows_of(layout, mapping)
    finished = False
    while not finished:
        with factory() as session, session.begin():
            write_directly(session)
            device = device_identity(session)
            seq = next_seq(session, device.device_id)
            for _ in range(IMPORT_BATCH):
                item = next(rows, None)
                if item is None:
                    finished = True
                    break
                if progress.cancelled():
                    report.cancelled = finished = True
                    break
                line, values = item
                report.rows += 1
                try:
                    row = parse_values(values, len(mapping))
                    seen.check(row)
                    with session.begin_nested():
                        seq = _enrol(session, device, seq, row, staff, at)
                except RowProblem as problem:
                    report._reject(RowError(line, problem.field, problem.code, problem.message))
                except DomainError as err:
                    report._reject(RowError(line, column_of(err), err.code, err.message))
                else:
                    report.accepted += 1
                    seen.keep(row, line)
                    report.opening_points += row.points
                if report.rows % 20 == 0 or report.rows == layout.rows:
                    progress.update(report.rows, layout.rows)
    progress.update(report.rows, layout.rows)
    return report


def describe(report: ImportReport) -> dict[str, Any]:
    """The report as plain data (for a log or --json)."""
    return {
        "rows": report.rows,
        "accepted": report.accepted,
        "rejected": report.rejected,
        "cancelled": report.cancelled,
        "opening_points": report.opening_points,
        "errors": [e.__dict__ for e in report.errors],
    }


class MemberImporter:
    """The import over a device database, for the back office's dialog (through ``ui`` ops)."""

    def __init__(self, factory: sessionmaker[Session], staff: str | None = None) -> None:
        self.factory = factory
        self.staff = staff

    def read_layout(self, path: str) -> CsvLayout:
        return read_layout(path)

    def preview(self, layout: CsvLayout, mapping: Mapping) -> list[PreviewLine]:
        return preview(layout, mapping)

    def run(
        self, layout: CsvLayout, mapping: Mapping, progress: Progress | None = None
    ) -> ImportReport:
        return import_members(self.factory, layout, mapping, staff=self.staff, progress=progress)
