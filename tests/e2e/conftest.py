"""End to end: a real central API process, real devices' SQLite files, the CLI as a clerk uses it.

* ``central``: a seeded central database (SQLite file or PostgreSQL database, a
  fresh copy per test of a template seeded once per session by the operator's own
  ``server init`` and ``seed``) and ``memberdesk server run`` on a fixed loopback
  port, so it can be stopped and started again where devices expect it.
* ``Device``: one till's SQLite file, driven through ``memberdesk`` subprocesses.
* ``assert_converged``: the sync invariants every scenario ends with.

The keyring is a plaintext file under a temporary HOME for the whole session
(``PYTHON_KEYRING_BACKEND``), never the user's own.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.integration.server.conftest import PG_HOST, pg_create, pg_drop, require_pg
from tests.live import LiveServer, free_port, live_server

ROOT = Path(__file__).resolve().parents[2]
MEMBERS = 30
STORES = 6  # S001–S003 in R01, S004–S006 in R02
ADMIN_PASSWORD = "admin-pass-1"
DEMO_PASSWORD = "demo-pass-1"


def memberdesk(
    *args: str, ok: bool = True, timeout: float = 300, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the command line as an operator or a clerk would."""
    proc = subprocess.run(
        [sys.executable, "-m", "memberdesk", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    if ok:
        assert proc.returncode == 0, f"memberdesk {' '.join(args[:2])}: {proc.stderr}"
    return proc


@pytest.fixture(scope="session", autouse=True)
def private_keyring(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A plaintext keyring in a temporary HOME, for this process and every child."""
    home = tmp_path_factory.mktemp("home")
    wanted = {
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
    }
    import keyring
    from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-untyped]

    saved = {k: os.environ.get(k) for k in wanted}
    previous = keyring.get_keyring()
    os.environ.update(wanted)
    # This process's backend object too: it fixes its file's place when made, and one
    # made earlier (under another HOME) would put the tills' credentials where their
    # ``sync`` children never look.
    keyring.set_keyring(PlaintextKeyring())
    try:
        yield home
    finally:
        keyring.set_keyring(previous)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


# --- the central server -------------------------------------------------------------


@dataclass
class Template:
    backend: str
    location: str  # a file path (SQLite) or a database name (PostgreSQL)


def _init_and_seed(url: str) -> None:
    memberdesk("server", "init", "--database-url", url, "--admin-password", ADMIN_PASSWORD)
    memberdesk(
        "seed", "--database-url", url, "--members", str(MEMBERS), "--stores", str(STORES), "--json"
    )


@pytest.fixture(
    scope="session", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def central_template(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Template]:
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("central") / "template.db"
        _init_and_seed(f"sqlite:///{path}")
        yield Template("sqlite", str(path))
        return
    require_pg()
    name = f"md_e2e_tmpl_{uuid.uuid4().hex[:10]}"
    pg_create(name)
    try:
        _init_and_seed(f"{PG_HOST}/{name}")
        yield Template("postgres", name)
    finally:
        pg_drop(name)


@dataclass
class Central:
    """The central API on its own database copy, on a port that stays the same."""

    backend: str
    database_url: str
    port: int = field(default_factory=free_port)
    _stack: ExitStack | None = None
    _server: LiveServer | None = None
    _factory: Any = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> None:
        if self._server is not None:
            return
        self._stack = ExitStack()
        self._server = self._stack.enter_context(live_server(self.database_url, port=self.port))

    def stop(self) -> None:
        if self._stack is not None:
            self._stack.close()
        self._stack = None
        self._server = None

    def factory(self) -> Any:
        """A session factory on the central database (for the test's own checks)."""
        if self._factory is None:
            from server.db import open_server_db

            self._factory = open_server_db(self.database_url, migrate=False)
        return self._factory

    def close(self) -> None:
        self.stop()
        if self._factory is not None:
            self._factory.kw["bind"].dispose()
            self._factory = None

    def staff(self, username: str = "admin", password: str | None = None) -> dict[str, str]:
        if password is None:
            password = ADMIN_PASSWORD if username == "admin" else DEMO_PASSWORD
        r = httpx.post(
            f"{self.url}/v1/auth/token",
            data={"username": username, "password": password},
            timeout=30,
        )
        assert r.status_code == 200, r.text
        return {"Authorization": f"Bearer {r.json()['access_token']}"}

    def last_seq(self, device_id: str) -> int:
        """The last command number of a device the server has processed."""
        from server.models import DeviceRow

        with self.factory()() as s:
            row = s.get(DeviceRow, device_id)
            return int(row.last_seq) if row is not None else 0

    def attention(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Open attention items, read from the database."""
        from sqlalchemy import select

        from core.db.models import AttentionItem

        with self.factory()() as s:
            q = select(AttentionItem).where(AttentionItem.resolved_at.is_(None))
            if kind:
                q = q.where(AttentionItem.kind == kind)
            return [
                {"id": a.id, "kind": a.kind, "member_id": a.member_id, "detail": a.detail}
                for a in s.execute(q).scalars()
            ]


@pytest.fixture
def central(central_template: Template, tmp_path: Path) -> Iterator[Central]:
    """A fresh copy of the seeded central database with ``server run`` started on it."""
    if central_template.backend == "sqlite":
        path = tmp_path / "central.db"
        shutil.copy(central_template.location, path)
        c = Central("sqlite", f"sqlite:///{path}")
        name = None
    else:
        name = f"md_e2e_{uuid.uuid4().hex[:12]}"
        c = Central("postgres", pg_create(name, template=central_template.location))
    try:
        c.start()
        yield c
    finally:
        c.close()
        if name:
            pg_drop(name)


# --- devices ------------------------------------------------------------------------


@dataclass
class Device:
    """One till: its SQLite file, enrolled for a store, driven through the command line."""

    path: Path
    store: str
    staff: str = ""
    _services: Any = None

    def __post_init__(self) -> None:
        self.staff = self.staff or f"{self.store}-clerk"

    @property
    def services(self) -> Any:
        """``core.services.DeviceServices`` on this file, in this process (quick local work)."""
        if self._services is None:
            from core.services import DeviceServices

            self._services = DeviceServices.open(str(self.path))
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.factory.kw["bind"].dispose()
            self._services = None

    def cli(self, *verb: str, ok: bool = True, as_json: bool = True) -> Any:
        args = [*verb[:2]] if verb[0] in ("members", "device") else [verb[0]]
        rest = verb[len(args) :]
        flags = ["--db", str(self.path)] + (["--json"] if as_json else [])
        proc = memberdesk(*args, *flags, *rest, ok=ok)
        if not ok:
            return proc
        return json.loads(proc.stdout) if as_json else proc

    def setup(self, server_url: str, user: str | None = None) -> None:
        memberdesk(
            "device",
            "setup",
            "--db",
            str(self.path),
            "--server",
            server_url,
            "--store",
            self.store,
            "--user",
            user or f"{self.store}-manager",
            "--password",
            DEMO_PASSWORD,
        )

    def setup_in_process(self, server_url: str) -> None:
        """What ``device setup`` does, in this process (enrol, keyring, fresh mirror, pull)."""
        import asyncio

        from core import clock
        from sync.service import SyncService
        from sync.setup import enrol_device, reset_mirror
        from sync.state import DeviceConfig, store_token

        enrolled = asyncio.run(
            enrol_device(
                server_url, f"{self.store}-manager", DEMO_PASSWORD, self.store, self.path.stem
            )
        )
        device = DeviceConfig(
            device_id=enrolled["device_id"],
            store_code=enrolled.get("store_code"),
            name=self.path.stem,
            server_url=server_url,
            kind=enrolled.get("kind", "store"),
        )
        store_token(device.device_id, enrolled["token"])
        factory = self.services.factory
        reset_mirror(factory, device, clock.now())
        asyncio.run(SyncService(factory).run_cycle())

    def sync_in_process(self, part: str = "both") -> None:
        """A full cycle (``both``), or only its ``push`` or its ``pull``, in this process."""
        import asyncio

        from sync.pull import pull_all
        from sync.push import push_outbox
        from sync.service import SyncService, default_client
        from sync.state import load_device, load_token

        factory = self.services.factory
        if part == "both":
            asyncio.run(SyncService(factory).run_cycle())
            return
        with factory() as session:
            device = load_device(session)
        token = load_token(device.device_id)

        async def one() -> None:
            async with default_client(device, token) as client:
                if part == "push":
                    await push_outbox(factory, client)
                else:
                    await pull_all(factory, client)

        asyncio.run(one())

    def sync(self, *, ok: bool | None = True) -> subprocess.CompletedProcess[str]:
        """``memberdesk sync``; ``ok=None`` accepts either outcome."""
        proc = memberdesk("sync", "--db", str(self.path), "--json", ok=False)
        if ok is True:
            assert proc.returncode == 0, f"sync failed: {proc.stderr}{proc.stdout}"
        elif ok is False:
            assert proc.returncode != 0, f"sync should have failed: {proc.stdout}"
        return proc

    # clerk's verbs -----------------------------------------------------------------

    def sale(self, member: str, yuan: str, redeem: int = 0) -> dict[str, Any]:
        args = ["--member", member, "--amount", yuan, "--staff", self.staff]
        if redeem:
            args += ["--redeem-points", str(redeem)]
        result: dict[str, Any] = self.cli("sale", *args)
        return result

    def refund(self, sale_id: str) -> dict[str, Any]:
        result: dict[str, Any] = self.cli("refund", "--sale", sale_id, "--staff", self.staff)
        return result

    def redeem(self, member: str, sku: str) -> dict[str, Any]:
        result: dict[str, Any] = self.cli(
            "redeem", "--member", member, "--reward", sku, "--staff", self.staff
        )
        return result

    def enrol(self, name: str, phone: str) -> dict[str, Any]:
        result: dict[str, Any] = self.cli(
            "members", "add", "--name", name, "--phone", phone, "--staff", self.staff
        )
        return result

    def show(self, key: str) -> dict[str, Any]:
        result: dict[str, Any] = self.cli("members", "show", key)
        return result

    # the file, read directly ---------------------------------------------------------

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=30)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    @property
    def device_id(self) -> str:
        (value,) = self.query("SELECT value FROM settings WHERE key = 'device'")[0]
        return str(json.loads(value)["device_id"])

    def own_commands(self) -> dict[str, tuple[str, int, str]]:
        """This device's commands: id -> (kind, seq, sync_state)."""
        rows = self.query(
            "SELECT id, kind, seq, sync_state FROM commands WHERE device_id = ?",
            (self.device_id,),
        )
        return {r[0]: (r[1], int(r[2]), r[3]) for r in rows}

    def accounts(self) -> dict[str, tuple[int, int]]:
        """member id -> (balance, debt)."""
        rows = self.query("SELECT member_id, balance, debt FROM point_accounts")
        return {r[0]: (int(r[1]), int(r[2])) for r in rows}

    def own_entries(self) -> dict[str, tuple[str, int, int]]:
        """entry id -> (command id, points, debt delta) of this device's commands' entries."""
        rows = self.query(
            "SELECT e.id, e.command_id, e.points, e.debt_delta FROM point_entries e "
            "JOIN commands c ON c.id = e.command_id WHERE c.device_id = ?",
            (self.device_id,),
        )
        return {r[0]: (r[1], int(r[2]), int(r[3])) for r in rows}

    def open_lots(self) -> dict[str, tuple[str, int]]:
        """lot id -> (member id, remaining) of lots with points left."""
        rows = self.query("SELECT id, member_id, remaining FROM point_lots WHERE remaining > 0")
        return {r[0]: (r[1], int(r[2])) for r in rows}

    def attention(self, kind: str) -> list[tuple[str, str | None]]:
        """Open attention items of a kind: (id, member id)."""
        rows = self.query(
            "SELECT id, member_id FROM attention_items WHERE kind = ? AND resolved_at IS NULL",
            (kind,),
        )
        return [(r[0], r[1]) for r in rows]

    def region_member_codes(self) -> list[str]:
        return [r[0] for r in self.query("SELECT code FROM members ORDER BY code")]


@pytest.fixture
def make_device(tmp_path: Path) -> Iterator[Any]:
    made: list[Device] = []

    def make(store: str, name: str | None = None) -> Device:
        d = Device(tmp_path / f"{name or store}-{len(made)}.db", store)
        made.append(d)
        return d

    yield make
    for d in made:
        d.close()


# --- what was done, and what must hold after sync -------------------------------------


@dataclass
class Made:
    """The commands a test made on its devices, by what each created."""

    sales: dict[str, str] = field(default_factory=dict)  # sale id -> member code
    refunds: set[str] = field(default_factory=set)
    redemptions: set[str] = field(default_factory=set)
    enrolments: set[str] = field(default_factory=set)  # member codes
    by_device: Counter[str] = field(default_factory=Counter)  # device path -> commands
    command_of: dict[str, str] = field(default_factory=dict)  # what it made -> command id

    def note(
        self,
        device: Device,
        kind: str,
        result: dict[str, Any],
        member: str = "",
        command_id: str | None = None,
    ) -> None:
        self.by_device[str(device.path)] += 1
        keys = {"sale": "sale_id", "refund": "refund_id", "redeem": "redemption_id"}
        made_id = result.get(keys.get(kind, "code"))
        if command_id and made_id:
            self.command_of[str(made_id)] = command_id
        if kind == "sale":
            self.sales[result["sale_id"]] = member
        elif kind == "refund":
            self.refunds.add(result["refund_id"])
        elif kind == "redeem":
            self.redemptions.add(result["redemption_id"])
        elif kind == "enrol":
            self.enrolments.add(result["code"])
        else:  # pragma: no cover
            raise ValueError(kind)


def server_state(central: Central, device_ids: list[str]) -> dict[str, Any]:
    """What the central database holds of these devices' commands, and every account."""
    from sqlalchemy import func, select

    from core.db.models import (
        CommandRow,
        Member,
        PointAccount,
        PointEntry,
        PointLot,
        Redemption,
        Refund,
        Sale,
    )
    from server.models import DeviceRow

    with central.factory()() as s:
        commands = {
            r.id: (r.kind, r.device_id, int(r.seq), r.sync_state)
            for r in s.execute(select(CommandRow).where(CommandRow.device_id.in_(device_ids)))
            .scalars()
            .all()
        }
        entry_sums = dict(
            s.execute(
                select(PointEntry.member_id, func.sum(PointEntry.points)).group_by(
                    PointEntry.member_id
                )
            ).all()
        )
        accounts = {
            a.member_id: (int(a.balance), int(a.debt))
            for a in s.execute(select(PointAccount)).scalars()
        }
        ours = select(CommandRow.id).where(CommandRow.device_id.in_(device_ids))
        entries = {
            e.id: (e.command_id, int(e.points), int(e.debt_delta))
            for e in s.execute(select(PointEntry).where(PointEntry.command_id.in_(ours)))
            .scalars()
            .all()
        }
        open_lots = {
            lot_id: (member_id, int(remaining))
            for lot_id, member_id, remaining in s.execute(
                select(PointLot.id, PointLot.member_id, PointLot.remaining).where(
                    PointLot.remaining > 0
                )
            ).all()
        }
        last_seq = {
            d.id: int(d.last_seq)
            for d in s.execute(select(DeviceRow).where(DeviceRow.id.in_(device_ids))).scalars()
        }
        return {
            "commands": commands,
            "entry_sums": {k: int(v) for k, v in entry_sums.items()},
            "accounts": accounts,
            "open_lots": open_lots,
            "entries": entries,
            "last_seq": last_seq,
            "sales": set(s.execute(select(Sale.id)).scalars()),
            "refunds": set(s.execute(select(Refund.id)).scalars()),
            "redemptions": set(s.execute(select(Redemption.id)).scalars()),
            "member_codes": dict(s.execute(select(Member.code, Member.id)).all()),
        }


def assert_converged(
    central: Central, devices: list[Device], made: Made, *, rejected_ok: bool = False
) -> dict[str, Any]:
    """After a full sync of every device: nothing lost, nothing twice, balances agree."""
    ids = [d.device_id for d in devices]
    state = server_state(central, ids)
    server_cmds = state["commands"]

    for d in devices:
        own = d.own_commands()
        states = Counter(v[2] for v in own.values())
        assert states.get("local", 0) == 0, f"{d.store}: unsent commands left: {states}"
        if not rejected_ok:
            why = d.query(
                "SELECT kind, json_extract(result, '$.error.message') FROM commands "
                "WHERE sync_state = 'rejected'"
            )
            assert not why, f"{d.store}: the server rejected commands: {why}"
        # Every command made here is on the server once, under the same number.
        theirs = {k: v for k, v in server_cmds.items() if v[1] == d.device_id}
        assert set(theirs) == set(own), f"{d.store}: server and device disagree on commands"
        for cid, (kind, seq, _state) in own.items():
            assert theirs[cid][0] == kind and theirs[cid][2] == seq
        assert len(own) == made.by_device[str(d.path)], (
            f"{d.store}: {len(own)} commands in the file, {made.by_device[str(d.path)]} made"
        )
        seqs = sorted(v[1] for v in own.values())
        assert seqs == list(range(1, len(seqs) + 1)), f"{d.store}: command numbers have gaps"
        assert state["last_seq"][d.device_id] == len(seqs)

        # Its commands' ledger entries are the server's, once each.
        own_ids = set(own)
        expected = {k: v for k, v in state["entries"].items() if v[0] in own_ids}
        assert d.own_entries() == expected, f"{d.store}: ledger entries differ from the server's"

    assert len(server_cmds) == sum(made.by_device.values())
    refused = {cid for cid, v in server_cmds.items() if v[3] == "rejected"}

    def kept(ids: set[str]) -> set[str]:
        return {i for i in ids if made.command_of.get(i) not in refused}

    assert kept(set(made.sales)) <= state["sales"]
    assert kept(made.refunds) <= state["refunds"]
    assert kept(made.redemptions) <= state["redemptions"]
    assert kept(made.enrolments) <= set(state["member_codes"])
    # A refused command left nothing behind on the server.
    assert not (set(made.sales) - kept(set(made.sales))) & state["sales"]
    assert not (made.refunds - kept(made.refunds)) & state["refunds"]

    # The server's cached balances are the sums of its entries.
    for member_id, (balance, _debt) in state["accounts"].items():
        assert balance == state["entry_sums"].get(member_id, 0), member_id

    # Every device holds the server's balance and debt for every member it holds.
    for d in devices:
        for member_id, got in d.accounts().items():
            assert got == state["accounts"].get(member_id, (0, 0)), (
                f"{d.store}: member {member_id} has {got} here, "
                f"{state['accounts'].get(member_id)} on the server"
            )
        # ... and the same open lots (what "available" and "locked" are made of).
        held = set(d.accounts())
        theirs_lots = {k: v for k, v in state["open_lots"].items() if v[0] in held}
        mine = d.open_lots()
        extra = {k: v for k, v in mine.items() if theirs_lots.get(k) != v}
        missing = {k: v for k, v in theirs_lots.items() if mine.get(k) != v}
        assert not extra and not missing, (
            f"{d.store}: open lots differ from the server's: here only/different {extra}, "
            f"server only/different {missing}"
        )
    return state


# --- quick local work, in this process ---------------------------------------------------


def local_op(device: Device, made: Made, kind: str, **kw: Any) -> dict[str, Any] | None:
    """One clerk's action on ``device`` through ``core.services`` (what the CLI calls).

    ``kind``: ``sale`` (member, fen, spend), ``refund`` (sale_id), ``redeem`` (member,
    sku) or ``enrol`` (name, phone). A refusal by the rules (a domain error) makes no
    command and answers ``None``.
    """
    from core.errors import DomainError
    from core.services import SaleLineInput

    svc = device.services
    try:
        if kind == "sale":
            applied = svc.record_sale(
                [SaleLineInput(amount_fen=kw["fen"])],
                member_key=kw["member"],
                points_to_spend=kw.get("spend", 0),
                staff=device.staff,
            )
        elif kind == "refund":
            applied = svc.refund(kw["sale_id"], staff=device.staff)
        elif kind == "redeem":
            applied = svc.redeem(kw["member"], kw["sku"], staff=device.staff)
        elif kind == "enrol":
            applied = svc.enrol(kw["name"], kw["phone"], staff=device.staff)
        else:  # pragma: no cover
            raise ValueError(kind)
    except DomainError:
        return None
    result: dict[str, Any] = dict(applied.result)
    made.note(device, kind, result, kw.get("member", ""), applied.command_id)
    return result
