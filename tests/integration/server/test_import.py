"""Importing members from the old system's CSV files, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from core.codes import make_member_code
from core.db.models import CommandRow, Member, PointAccount, PointEntry
from core.ledger import check_invariants
from server import importer
from server.importer import ImportRefused, import_members
from server.models import Change
from tests.conftest import T0

HEADER = "name,phone,email,gender,birthday,home_store,tags,code,points"
FREE_CODE = make_member_code(8_000_000_123)


def csv_text(*rows: str, header: str = HEADER) -> io.StringIO:
    return io.StringIO("\n".join([header, *rows]) + "\n")


def counts(factory: Any) -> dict[str, int]:
    with factory() as s:
        return {
            "members": s.execute(select(func.count()).select_from(Member)).scalar_one(),
            "entries": s.execute(select(func.count()).select_from(PointEntry)).scalar_one(),
            "commands": s.execute(select(func.count()).select_from(CommandRow)).scalar_one(),
        }


def a_seeded_member(factory: Any) -> Member:
    with factory() as s:
        return s.execute(select(Member).order_by(Member.code).limit(1)).scalar_one()


def by_phone(factory: Any, phone: str) -> tuple[Member, int] | None:
    with factory() as s:
        member = s.execute(select(Member).where(Member.phone == phone)).scalar_one_or_none()
        if member is None:
            return None
        return member, s.get(PointAccount, member.id).balance


def snapshot(factory: Any, phone: str) -> tuple[str, str, int] | None:
    found = by_phone(factory, phone)
    return None if found is None else (found[0].id, found[0].code, found[1])


def errors_of(report: Any) -> list[tuple[int, str | None, str]]:
    return [(e.line, e.field, e.code) for e in report.errors]


def test_good_rows_are_enrolled_with_tier_and_opening_balance(factory: Any) -> None:
    before = counts(factory)
    report = import_members(
        factory,
        csv_text(
            "张三,13812345678,zhang@example.cn,男,1985-03-14,S001,vip;老客户,,1200",
            f"李四,+86 139-1234-5678,,女,1990/7/5,S002,,{FREE_CODE},0",
            "  Anna   Li ,13712345678,,F,,S001,newsletter|english,,",
        ),
        now=T0,
        staff="migration",
    )
    assert (report.accepted, report.rejected, report.errors) == (3, 0, [])
    assert (report.opening_balances, report.opening_points) == (1, 1200)

    zhang, balance = by_phone(factory, "13812345678") or pytest.fail("not enrolled")
    assert (zhang.name, zhang.gender, zhang.birthday.isoformat()) == ("张三", "M", "1985-03-14")
    assert (zhang.tier_code, zhang.home_store, zhang.email) == ("T0", "S001", "zhang@example.cn")
    assert zhang.tags == sorted(["vip", "老客户"])
    assert zhang.enrolled_on == T0.date()
    assert balance == 1200
    with factory() as s:
        entry = s.execute(select(PointEntry).where(PointEntry.member_id == zhang.id)).scalar_one()
        assert (entry.kind, entry.points, entry.reason) == (
            "adjust",
            1200,
            "opening balance (import)",
        )
        assert check_invariants(s, zhang.id) == []
        # The devices will hear of the new member through the change feed.
        assert s.execute(
            select(Change.id).where(Change.entity == "members", Change.member_id == zhang.id)
        ).first()
        commands = s.execute(
            select(CommandRow.kind, CommandRow.seq, CommandRow.staff)
            .where(CommandRow.device_id == "system:import")
            .order_by(CommandRow.seq)
        ).all()
    assert [(c.kind, c.seq, c.staff) for c in commands] == [
        ("enrol_member", 1, "migration"),
        ("adjust_points", 2, "migration"),
        ("enrol_member", 3, "migration"),
        ("enrol_member", 4, "migration"),
    ]

    li, li_balance = by_phone(factory, "13912345678") or pytest.fail("not enrolled")
    assert (li.code, li.gender, li.birthday.isoformat(), li_balance) == (
        FREE_CODE,
        "F",
        "1990-07-05",
        0,
    )
    anna, _ = by_phone(factory, "13712345678") or pytest.fail("not enrolled")
    assert anna.name == "Anna Li"  # the core's own name cleaning
    assert anna.tags == ["english", "newsletter"]
    assert anna.code != FREE_CODE and anna.code.startswith("M")
    after = counts(factory)
    assert after["members"] == before["members"] + 3
    assert after["entries"] == before["entries"] + 1


def test_bad_rows_are_reported_by_line_and_write_nothing(factory: Any) -> None:
    seeded = a_seeded_member(factory)
    before = counts(factory)
    report = import_members(
        factory,
        csv_text(
            "好,13800000001,,,,S001,,,10",  # 2: fine
            "坏手机,1380000001,,,,,,,",  # 3
            "同号,138 0000 0001,,,,,,,",  # 4: same phone as line 2
            f"老会员,{seeded.phone},,,,,,,",  # 5: already on the server
            "无店,13800000005,,,,S999,,,",  # 6
            "小数,13800000006,,,,,,,12.3.4",  # 7
            ",13800000007,,,,,,,",  # 8: no name
            "性别,13800000008,,X,,,,,",  # 9
            "生日,13800000009,,,1990-02-30,,,,",  # 10
            "坏卡号,13800000010,,,,,,M12345678901,",  # 11: wrong check digit
            f"占用,13800000011,,,,,,{seeded.code},",  # 12: code in use
            f"新卡,13800000012,,,,,,{FREE_CODE},",  # 13: fine
            f"重卡,13800000013,,,,,,{FREE_CODE},",  # 14: same code as line 13
            "太多,13800000014,,,,,,,,extra",  # 15
            "超大,13800000015,,,,,,,9999999999999999",  # 16: the enrolment is undone too
            "邮件,13800000016,not-an-address,,,,,,",  # 17
            "负数,13800000017,,,,,,,-5",  # 18
            "",  # blank: skipped
            "好二,13800000019,,,,,,,",  # 20: fine, numbered after the refusals
        ),
        now=T0,
    )
    assert errors_of(report) == [
        (3, "phone", "invalid_phone"),
        (4, "phone", "duplicate_in_file"),
        (5, "phone", "duplicate_phone"),
        (6, "home_store", "store_not_found"),
        (7, "points", "invalid_points"),
        (8, "name", "required"),
        (9, "gender", "invalid_gender"),
        (10, "birthday", "invalid_date"),
        (11, "code", "invalid_member_code"),
        (12, "code", "invalid_input"),
        (14, "code", "duplicate_in_file"),
        (15, None, "too_many_fields"),
        (16, "points", "invalid_input"),
        (17, "email", "invalid_input"),
        (18, "points", "invalid_points"),
    ]
    assert (report.accepted, report.rejected, report.rows) == (3, 15, 18)
    messages = {e.line: e.message for e in report.errors}
    assert "line 2" in messages[4]
    assert seeded.code in messages[5]
    assert f"{seeded.code} is taken" in messages[12]
    assert "12.3.4" in messages[7]

    after = counts(factory)
    assert after["members"] == before["members"] + 3
    assert after["entries"] == before["entries"] + 1
    assert after["commands"] == before["commands"] + 4
    assert by_phone(factory, "13800000015") is None
    with factory() as s:
        seqs = s.execute(
            select(CommandRow.seq)
            .where(CommandRow.device_id == "system:import")
            .order_by(CommandRow.seq)
        ).scalars()
        assert list(seqs) == [1, 2, 3, 4]


def test_running_the_same_file_again_reports_duplicates(factory: Any, tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text(
        "\n".join(
            [HEADER]
            + [f"会员{i},1390000{i:04d},,,,S00{i % 5 + 1},,,{i * 10}" for i in range(1, 31)]
        )
        + "\n",
        encoding="utf-8",
    )
    first = import_members(factory, path, now=T0)
    assert (first.accepted, first.rejected) == (30, 0)
    assert first.opening_points == sum(i * 10 for i in range(1, 31))
    before = counts(factory)
    members = {i: snapshot(factory, f"1390000{i:04d}") for i in (1, 30)}

    again = import_members(factory, path, now=T0)
    assert (again.accepted, again.rejected) == (0, 30)
    assert {e.code for e in again.errors} == {"duplicate_phone"}
    assert [e.line for e in again.errors] == list(range(2, 32))
    assert counts(factory) == before
    assert {i: snapshot(factory, f"1390000{i:04d}") for i in (1, 30)} == members
    assert members[30] is not None and members[30][2] == 300
    with factory() as s:
        assert check_invariants(s, members[30][0]) == []


@pytest.mark.parametrize(
    ("encoding", "prefix", "separator"),
    [
        ("utf-8", "\ufeff", ","),  # Excel's "CSV UTF-8"
        ("gb18030", "", ","),  # Excel's "CSV" on a Chinese Windows
        ("utf-16", "", "\t"),  # Excel's "Unicode text"
    ],
)
def test_excel_encodings(
    factory: Any, tmp_path: Path, encoding: str, prefix: str, separator: str
) -> None:
    rows = [
        ["姓名", "手机号", "性别", "生日", "门店", "积分", "备注"],
        ["欧阳娜娜", "13600000001", "女", "2000/6/15", "S003", "88", "老系统"],
        ["王小明", "13600000002", "男", "", "S003", "", ""],
    ]
    path = tmp_path / f"members-{encoding}.csv"
    text = prefix + "\r\n".join(separator.join(r) for r in rows) + "\r\n"
    path.write_bytes(text.encode(encoding))
    report = import_members(factory, path, now=T0)
    assert (report.accepted, report.rejected) == (2, 0), report.errors
    assert report.encoding == encoding
    assert report.warnings == ["unknown columns ignored: 备注"]
    nana, balance = by_phone(factory, "13600000001") or pytest.fail("not enrolled")
    assert (nana.name, nana.name_initials, nana.gender, balance) == ("欧阳娜娜", "oynn", "F", 88)
    assert by_phone(factory, "13600000002") is not None


def test_dry_run_reports_the_same_and_writes_nothing(factory: Any) -> None:
    seeded = a_seeded_member(factory)
    rows = (
        "甲,13500000001,,,,S001,,,5",
        f"乙,{seeded.phone},,,,,,,",
        "丙,13500000001,,,,,,,",
        "丁,13500000004,,,,S404,,,",
    )
    before = counts(factory)
    dry = import_members(factory, csv_text(*rows), now=T0, dry_run=True)
    assert counts(factory) == before
    real = import_members(factory, csv_text(*rows), now=T0)
    assert (dry.accepted, dry.rejected, dry.opening_points) == (1, 3, 5)
    assert dry.dry_run and not real.dry_run
    assert errors_of(dry) == errors_of(real)
    assert (real.accepted, counts(factory)["members"]) == (1, before["members"] + 1)


class Recorder:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.calls: list[tuple[int, int, str]] = []
        self.cancel_after = cancel_after

    def update(self, done: int, total: int, label: str = "") -> None:
        self.calls.append((done, total, label))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and self.calls[-1][0] >= self.cancel_after


def rows(n: int, first: int = 0) -> io.StringIO:
    return csv_text(*(f"批量{i},1370000{i:04d},,,,,,," for i in range(first, first + n)))


def test_progress_counts_and_cancel_keeps_what_was_done(factory: Any) -> None:
    progress = Recorder()
    report = import_members(factory, rows(120), now=T0, progress=progress)
    assert report.accepted == 120
    assert [c[:2] for c in progress.calls] == [(50, 120), (100, 120), (120, 120)]
    assert progress.calls[-1][2] == "accepted 120, rejected 0"

    before = counts(factory)["members"]
    stop = Recorder(cancel_after=50)
    cancelled = import_members(factory, rows(120, first=500), now=T0, progress=stop)
    assert cancelled.cancelled and cancelled.accepted == 50
    assert counts(factory)["members"] == before + 50


def test_batches_are_committed_as_they_complete(factory: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(importer, "BATCH", 3)
    real = importer.system_command
    calls = 0

    def failing_on_the_seventh(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 7:
            raise OperationalError("INSERT …", {}, Exception("server closed the connection"))
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "system_command", failing_on_the_seventh)
    before = counts(factory)["members"]
    with pytest.raises(ImportRefused, match="after 6 accepted rows were committed"):
        import_members(factory, rows(10), now=T0)
    assert counts(factory)["members"] == before + 6


def test_files_that_cannot_be_imported_are_refused_whole(
    factory: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    before = counts(factory)

    def refused(source: Any, match: str) -> None:
        with pytest.raises(ImportRefused, match=match):
            import_members(factory, source, now=T0)

    refused(tmp_path / "missing.csv", "cannot read")
    refused(io.StringIO(""), "empty")
    refused(csv_text("张三,13800000001", header="name,mobile_no"), "no phone column")
    refused(csv_text("张三,13800000001", header="张三,13800000001"), "found: 张三, 13800000001")
    refused(csv_text("a,13800000001,b", header="name,phone,手机"), "appears twice")
    refused(
        csv_text("好,13800000001", "长," + "9" * 10_001, header="name,phone"), "line 3 is longer"
    )
    damaged = tmp_path / "damaged.csv"
    damaged.write_bytes("name,phone\n张三,13800000001\n".encode() + b"\xff\xfe,13800000002\n")
    refused(damaged, "line 3 is not valid UTF-8")
    monkeypatch.setattr(importer, "MAX_ROWS", 5)
    refused(rows(6), "more than 5 rows")
    assert import_members(factory, rows(5), now=T0).accepted == 5
    assert counts(factory)["members"] == before["members"] + 5


def test_cli(db_url: str, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [sys.executable, "-m", "memberdesk", "import", "members", *args],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert "Traceback" not in proc.stderr, proc.stderr
        return proc

    path = tmp_path / "members.csv"
    lines = [f"{HEADER},legacy_level"] + [
        f"会员{i},1330000{i:04d},,,,S001,,,{i}," for i in range(1, 26)
    ]
    lines.append("坏,123,,,,,,,,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")

    dry = run("--database-url", db_url, str(path), "--json", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert json.loads(dry.stdout)["accepted"] == 25

    proc = run("--database-url", db_url, str(path), "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert (data["accepted"], data["rejected"], data["dry_run"]) == (25, 1, False)
    assert data["errors"] == [
        {
            "line": 27,
            "field": "phone",
            "code": "invalid_phone",
            "message": "not a valid mainland mobile number: '123'",
        }
    ]
    assert data["warnings"] == ["unknown columns ignored: legacy_level"]
    assert data["opening_balances"] == {"members": 25, "points": sum(range(1, 26))}

    again = run("--database-url", db_url, str(path))
    assert again.returncode == 0, again.stderr
    out = again.stdout.splitlines()
    assert out[0] == "accepted 0, rejected 26"
    assert out[1] == "warning: unknown columns ignored: legacy_level"
    assert out[2].startswith("line 2: phone 13300000001 already belongs to member M")
    assert len([line for line in out if line.startswith("line ")]) == 20
    assert out[-1].startswith("… and 6 more")

    for args, message in [
        ((str(tmp_path / "nope.csv"),), "cannot read"),
        ((str(tmp_path),), "not a file"),
        (("--database-url", "mysql://x", str(path)), "unsupported database URL"),
        (("--database-url", f"sqlite:///{tmp_path}/nope.db", str(path)), "no database at"),
    ]:
        full = args if "--database-url" in args else ("--database-url", db_url, *args)
        bad = run(*full)
        assert bad.returncode == 2, bad.stdout
        assert bad.stderr.count("\n") == 1 and bad.stderr.startswith("error: "), bad.stderr
        assert message in bad.stderr
        assert not bad.stdout
    assert not (tmp_path / "nope.db").exists()
