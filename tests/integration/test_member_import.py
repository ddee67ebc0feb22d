"""Importing members on a device: per-row errors by line, nothing written for a bad row,
good rows enrolled through the outbox as ``enrol_member`` commands."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from core import member_import as mi
from core.services import DeviceServices

GOOD_AND_BAD = """\
姓名,手机号,邮箱,性别,生日,门店,标签,会员号,积分,旧系统备注
张三,13812345678,zhang@example.cn,男,1985-03-14,S001,vip;老客户,,1200
李四,+86 139-1234-5679,,女,1990/7/5,S002,,,0
,13712345670,,,,,,,,no name
王五,12345,,,,,,,,bad phone
赵六,13612345671,,X,,,,,,bad gender
钱七,13512345672,,,1990-02-30,,,,,no such day
孙八,13412345673,,,,S999,,,,no such store
周九,13812345678,,,,,,,,phone again in the file
吴十,13312345674,,,,,,,12.5,points not whole
郑一,13212345675,"a,b",,,,,,,"email, with a comma"
冯二,13112345676,,,,,,M00000000011,,wrong check digit
"""


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "members.csv"
    path.write_bytes(text.encode(encoding))
    return path


def commands(db: Path) -> list[tuple[str, dict[str, object]]]:
    with sqlite3.connect(db) as conn:
        return [
            (kind, json.loads(payload))
            for kind, payload in conn.execute(
                "SELECT kind, payload FROM commands WHERE sync_state = 'local' ORDER BY seq"
            )
        ]


def members(db: Path) -> dict[str, tuple[str, str | None, str]]:
    with sqlite3.connect(db) as conn:
        return {
            phone: (name, store, tags)
            for name, phone, store, tags in conn.execute(
                "SELECT name, phone, home_store, tags FROM members"
            )
        }


def test_good_rows_are_enrolled_through_the_outbox_bad_rows_reported_by_line(
    tmp_path: Path, services: DeviceServices, device_db: Path
) -> None:
    path = write(tmp_path, GOOD_AND_BAD)
    layout = mi.read_layout(path)
    assert layout.rows == 11 and layout.delimiter == ","
    mapping = mi.guess_mapping(layout.headers)
    assert mapping == [*mi.FIELDS, None]  # the Chinese headers, the unknown last column

    report = mi.import_members(services.factory, layout, mapping, staff="hq-li")

    assert (report.rows, report.accepted, report.rejected) == (11, 2, 9)
    by_line = {e.line: (e.field, e.code) for e in report.errors}
    assert by_line == {
        4: ("name", "required"),
        5: ("phone", "invalid_phone"),
        6: ("gender", "invalid_gender"),
        7: ("birthday", "invalid_date"),
        8: ("home_store", "store_not_found"),
        9: ("phone", "duplicate_in_file"),
        10: ("points", "invalid_points"),
        11: ("email", "invalid_input"),
        12: ("code", "invalid_member_code"),
    }
    assert "line 2" in next(e.message for e in report.errors if e.line == 9)

    made = commands(device_db)
    assert [kind for kind, _ in made] == ["enrol_member", "adjust_points", "enrol_member"]
    assert made[0][1]["name"] == "张三" and made[0][1]["tags"] == ["vip", "老客户"]
    assert made[1][1]["points"] == 1200 and made[1][1]["member_id"] == made[0][1]["member_id"]
    assert made[2][1]["phone"] == "13912345679"
    # Nothing at all for a bad row: only the two good members exist.
    assert sorted(members(device_db)) == ["13812345678", "13912345679"]
    assert members(device_db)["13912345679"][1] == "S002"
    assert services.find("13812345678").points.available == 1200

    # The same file again: every good row is now a duplicate phone, nothing more is written.
    again = mi.import_members(services.factory, layout, mapping)
    assert again.accepted == 0
    assert {e.code for e in again.errors if e.line in (2, 3)} == {"duplicate_phone"}
    assert len(commands(device_db)) == 3


def test_gb18030_tab_separated_with_a_mapping_of_ones_own(
    tmp_path: Path, services: DeviceServices, device_db: Path
) -> None:
    text = "客户\t电话号码\t备注\n陈小红\t13700001111\t老会员\n林大伟\t13700002222\t\n"
    path = write(tmp_path, text, "gb18030")
    layout = mi.read_layout(path)
    assert (layout.encoding, layout.delimiter, layout.headers) == (
        "gb18030",
        "\t",
        ["客户", "电话号码", "备注"],
    )
    assert mi.guess_mapping(layout.headers) == [None, None, None]
    with pytest.raises(mi.ImportRefused, match="name or phone"):
        mi.check_mapping([None, None, None])
    with pytest.raises(mi.ImportRefused, match="two columns"):
        mi.check_mapping(["name", "name", "phone"])

    mapping = ["name", "phone", None]
    lines = mi.preview(layout, mapping)
    assert [(pl.line, pl.values, pl.error) for pl in lines] == [
        (2, {"name": "陈小红", "phone": "13700001111"}, None),
        (3, {"name": "林大伟", "phone": "13700002222"}, None),
    ]
    assert commands(device_db) == []  # a preview writes nothing

    report = mi.import_members(services.factory, layout, mapping)
    assert (report.accepted, report.rejected) == (2, 0)
    assert sorted(n for n, _s, _t in members(device_db).values()) == ["林大伟", "陈小红"]


def test_a_file_that_cannot_be_imported_is_refused_in_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(mi.ImportRefused, match="empty"):
        mi.read_layout(write(tmp_path, ""))
    with pytest.raises(mi.ImportRefused, match="cannot read"):
        mi.read_layout(tmp_path / "missing.csv")
    broken = "name,phone\n张三,13812345678\n".encode() + b"\xff\xfe\n"
    (tmp_path / "broken.csv").write_bytes(broken)
    with pytest.raises(mi.ImportRefused, match="line 3 is not valid UTF-8"):
        mi.read_layout(tmp_path / "broken.csv")


def test_a_cancelled_import_keeps_the_rows_before_the_cancel(
    tmp_path: Path, services: DeviceServices, device_db: Path
) -> None:
    rows = "".join(f"会员{i},1370000{i:04d}\n" for i in range(60))
    layout = mi.read_layout(write(tmp_path, "name,phone\n" + rows))

    class StopAfter:
        def __init__(self) -> None:
            self.seen = 0

        def update(self, done: int, total: int, label: str = "") -> None:
            self.seen = done

        def cancelled(self) -> bool:
            return self.seen >= 20

    report = mi.import_members(services.factory, layout, ["name", "phone"], progress=StopAfter())
    assert report.cancelled and report.accepted == 20
    assert len(commands(device_db)) == 20 == len(members(device_db))
