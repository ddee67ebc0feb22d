"""What a device keeps about sync: its identity, its sync state, its credential.

``settings["device"]``: ``device_id``, ``store_code``, ``name`` (what
``core.apply`` numbers commands with) plus ``server_url``, ``kind`` (``store``,
``region`` or ``backoffice``), ``region`` (a region device's region),
``regions`` (the scope the server gave: regions, or ``["*"]``), ``operator``
(the staff member who set the device up) and ``enrolled_at`` written by
``device setup``.

``settings["sync"]``: ``cursor`` (the pull cursor, ``None`` before the first
page), ``snapshot_done`` (the first full pull finished), ``stale`` (ids of
members whose local rows may be out of date), ``reconcile`` (acknowledged
command id -> its members: its rows are to be replaced by the server's),
``last_push_at``,
``last_pull_at``, ``last_success_at`` (ISO times of the device clock),
``last_error`` (code and message of the last failed cycle, or ``None``).

The device token lives in the keyring: service ``memberdesk``, user
``device:<device id>``; never in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy.orm import Session, sessionmaker

from core.db.models import Setting
from sync.errors import NoKeyring, NotSetUp

DEVICE_KEY: Final = "device"
SYNC_KEY: Final = "sync"
# Settings that belong to this device alone: a pull never overwrites them.
LOCAL_SETTINGS: Final = frozenset({DEVICE_KEY, SYNC_KEY, "staff_cache", "staff_lockout"})
KEYRING_SERVICE: Final = "memberdesk"
KINDS: Final = ("store", "region", "backoffice")
# Kinds without a clerk at a counter: a manager's laptop, a head-office desktop. Their
# commands name the staff member who set the device up unless someone else is named.
OPERATED_KINDS: Final = frozenset({"region", "backoffice"})


@dataclass(frozen=True)
class DeviceConfig:
    device_id: str
    store_code: str | None
    name: str
    server_url: str
    kind: str = "store"
    region: str | None = None
    regions: tuple[str, ...] = ()
    operator: str | None = None

    def as_setting(self, enrolled_at: datetime) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "store_code": self.store_code,
            "name": self.name,
            "server_url": self.server_url,
            "kind": self.kind,
            "region": self.region,
            "regions": list(self.regions),
            "operator": self.operator,
            "enrolled_at": enrolled_at.isoformat(timespec="seconds"),
        }

    @property
    def scope_text(self) -> str:
        """What the device is for, in a sentence's words: ``store S001``, ``region R01``."""
        if self.kind == "store":
            return f"store {self.store_code}"
        if self.kind == "region":
            return f"region {self.region}"
        return "the back office (every member)" if self.kind == "backoffice" else self.kind

    @property
    def default_staff(self) -> str | None:
        """Who a command names when nobody else is: the operator of a laptop or desktop."""
        return self.operator if self.kind in OPERATED_KINDS else None


def load_device(session: Session) -> DeviceConfig:
    row = session.get(Setting, DEVICE_KEY)
    if row is None:
        raise NotSetUp(reason="no device identity")
    value = row.value
    if not value.get("server_url"):
        raise NotSetUp(reason="no server: the identity is a standalone demo till's")
    return DeviceConfig(
        device_id=value["device_id"],
        store_code=value.get("store_code"),
        name=value.get("name", ""),
        server_url=value["server_url"],
        kind=value.get("kind", "store"),
        region=value.get("region"),
        regions=tuple(value.get("regions") or ()),
        operator=value.get("operator"),
    )


def device_of(factory: sessionmaker[Session]) -> DeviceConfig | None:
    """The device identity behind ``factory``; None for a standalone (never set up) file."""
    with factory() as session:
        try:
            return load_device(session)
        except NotSetUp:
            return None


def save_device(session: Session, device: DeviceConfig, enrolled_at: datetime) -> None:
    session.merge(Setting(key=DEVICE_KEY, value=device.as_setting(enrolled_at)))


def set_server_url(session: Session, url: str) -> None:
    """Point the device at its central server's new address; everything else stays.

    Only for a device already set up for sync (``NotSetUp`` otherwise): a standalone
    database becomes a synced one through ``device setup``, not here.
    """
    load_device(session)
    row = session.get(Setting, DEVICE_KEY)
    assert row is not None
    session.merge(Setting(key=DEVICE_KEY, value={**row.value, "server_url": url}))


def fresh_sync_state() -> dict[str, Any]:
    return {
        "cursor": None,
        "snapshot_done": False,
        "stale": [],
        "reconcile": {},
        "last_push_at": None,
        "last_pull_at": None,
        "last_success_at": None,
        "last_error": None,
    }


def load_sync(session: Session) -> dict[str, Any]:
    row = session.get(Setting, SYNC_KEY)
    state = fresh_sync_state()
    if row is not None:
        state.update(row.value)
    return state


def update_sync(session: Session, **changes: Any) -> dict[str, Any]:
    """Change some keys of ``settings["sync"]`` inside the caller's transaction."""
    state = load_sync(session)
    state.update(changes)
    session.merge(Setting(key=SYNC_KEY, value=state))
    return state


def add_stale(session: Session, member_ids: set[str]) -> None:
    if not member_ids:
        return
    state = load_sync(session)
    known = set(state["stale"])
    if member_ids <= known:
        return
    update_sync(session, stale=sorted(known | member_ids))


def iso(at: datetime) -> str:
    return at.isoformat(timespec="seconds")


# --- the credential -----------------------------------------------------------


def keyring_user(device_id: str) -> str:
    return f"device:{device_id}"


def _keyring() -> Any:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # a PYTHON_KEYRING_BACKEND that does not load
        raise NoKeyring(reason=f"{type(exc).__name__}: {exc}") from None
    if isinstance(backend, fail.Keyring):
        raise NoKeyring(
            reason="set PYTHON_KEYRING_BACKEND, e.g. keyrings.alt.file.PlaintextKeyring"
        )
    return keyring


def check_keyring() -> None:
    """Raise ``NoKeyring`` unless a usable backend is configured."""
    _keyring()


def store_token(device_id: str, token: str) -> None:
    kr = _keyring()
    try:
        kr.set_password(KEYRING_SERVICE, keyring_user(device_id), token)
    except Exception as exc:
        raise NoKeyring(reason=f"{type(exc).__name__}: {exc}") from None


def load_token(device_id: str) -> str:
    kr = _keyring()
    try:
        token = kr.get_password(KEYRING_SERVICE, keyring_user(device_id))
    except Exception as exc:
        raise NoKeyring(reason=f"{type(exc).__name__}: {exc}") from None
    if not token:
        raise NotSetUp(reason=f"no credential in the keyring for device {device_id}")
    return str(token)
