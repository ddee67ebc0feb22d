"""Commands: every change to loyalty data, made in one place and applied anywhere.

A command is an envelope (id, device, sequence number, store, staff, device
time) and a typed payload. One handler per kind applies it to a SQLAlchemy
session; the device applies it provisionally, the server authoritatively,
with the same code.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, ClassVar, Literal, TypeVar

from sqlalchemy.orm import Session

from core.errors import InvalidInput, UnknownCommand
from core.ids import derived_id

Authority = Literal["device", "server"]


@dataclass(frozen=True)
class Envelope:
    id: str
    kind: str
    schema_version: int
    device_id: str
    seq: int
    store_code: str | None
    staff: str | None
    device_time: datetime
    payload: dict[str, Any]


@dataclass
class Context:
    """What a handler may use: the session, the envelope, and who is applying it."""

    session: Session
    env: Envelope
    authority: Authority = "device"
    # On the server, a sale or redemption pushed from a store already happened:
    # it is never refused for balance; an overdraft becomes points debt.
    facts: bool = False
    _counters: dict[str, int] = field(default_factory=dict)

    @property
    def at(self) -> datetime:
        return self.env.device_time

    def next_id(self, name: str) -> str:
        """A deterministic id for the n-th thing of this name the command creates."""
        n = self._counters.get(name, 0)
        self._counters[name] = n + 1
        return derived_id(self.env.id, f"{name}/{n}")

    def next_seq(self, name: str) -> int:
        n = self._counters.get(f"#{name}", 0)
        self._counters[f"#{name}"] = n + 1
        return n


# (name, value) -> the value checked: one per field of a payload class, built once.
Check = Callable[[str, Any], Any]
# A payload class's field names, and per field: its name, its check, whether required.
_Plan = tuple[frozenset[str], tuple[tuple[str, Check, bool], ...]]
_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    """How ``from_dict`` reads a payload class: its type hints resolved and a check built
    per field, once (worked out on every call, they cost more than a pushed sale's
    arithmetic on the server)."""
    plan = _PLANS.get(cls)
    if plan is None:
        hints = typing.get_type_hints(cls)
        fields = dataclasses.fields(cls)
        steps = tuple(
            (
                f.name,
                _checker(f.name, hints[f.name]),
                f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
            )
            for f in fields
        )
        plan = _PLANS[cls] = (frozenset(f.name for f in fields), steps)
    return plan


class Payload:
    """Base of command payloads: typed dataclasses checked on the way in."""

    kind: ClassVar[str]
    version: ClassVar[int] = 1

    @classmethod
    def from_dict(cls: type[P], data: Any) -> P:
        if not isinstance(data, dict):
            raise InvalidInput(field="payload", problem="must be an object")
        known, steps = _plan(cls)
        if not known.issuperset(data):
            raise InvalidInput(field=sorted(set(data) - known)[0], problem="unknown field")
        values: dict[str, Any] = {}
        for name, check, required in steps:
            if name in data:
                values[name] = check(name, data[name])
            elif required:
                raise InvalidInput(field=name, problem="required")
        obj = cls(**values)
        obj.validate()
        return obj

    def to_dict(self) -> dict[str, Any]:
        return {
            f.name: _plain(getattr(self, f.name))
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
        }

    def validate(self) -> None:
        """Checks that need more than one field; raise InvalidInput."""


P = TypeVar("P", bound=Payload)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Payload):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _checker(name: str, hint: Any) -> Check:
    """The check of a JSON value against a type hint, for the field ``name`` (it sets the
    longest string allowed); hostile payloads get a clear InvalidInput. The check is
    called with the name to report, which for a list's items carries the index."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        nullable = type(None) in args
        inner = _checker(name, next(a for a in args if a is not type(None)))

        def union(n: str, value: Any) -> Any:
            return None if value is None and nullable else inner(n, value)

        return union
    if origin is Literal:
        problem = f"must be one of {', '.join(map(str, args))}"

        def literal(n: str, value: Any) -> Any:
            if value not in args:
                raise InvalidInput(field=n, problem=problem)
            return value

        return literal
    if origin is list:
        item = _checker(name, args[0])

        def items(n: str, value: Any) -> Any:
            if not isinstance(value, list):
                raise InvalidInput(field=n, problem="must be a list")
            if len(value) > 1000:
                raise InvalidInput(field=n, problem="too many items")
            return [item(f"{n}[{i}]", v) for i, v in enumerate(value)]

        return items
    if hint is bool:
        return _boolean
    if hint is int:
        return _integer
    if hint is str:
        longest = _max_length(name)
        too_long = f"at most {longest} characters"

        def string(n: str, value: Any) -> Any:
            if type(value) is not str and not isinstance(value, str):
                raise InvalidInput(field=n, problem="must be a string")
            if len(value) > longest:
                raise InvalidInput(field=n, problem=too_long)
            return value

        return string
    if hint is date:
        return _date
    if hint is datetime:
        return _datetime
    if isinstance(hint, type) and issubclass(hint, Payload):
        return lambda _n, value: hint.from_dict(value)
    raise TypeError(f"{name}: a payload field of type {hint!r} cannot be checked")


def _boolean(name: str, value: Any) -> Any:
    if not isinstance(value, bool):
        raise InvalidInput(field=name, problem="must be true or false")
    return value


def _integer(name: str, value: Any) -> Any:
    if type(value) is not int and (isinstance(value, bool) or not isinstance(value, int)):
        raise InvalidInput(field=name, problem="must be an integer")
    if not -(10**15) <= value <= 10**15:
        raise InvalidInput(field=name, problem="out of range")
    return value


def _date(name: str, value: Any) -> Any:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else _bad(name, "a date")
    except ValueError:
        return _bad(name, "a date (YYYY-MM-DD)")


def _datetime(name: str, value: Any) -> Any:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else _bad(name, "a time")
    except ValueError:
        return _bad(name, "a time (ISO 8601)")


# Widths of the columns the payload's strings land in, so every database refuses the
# same thing (SQLite would store a 300-character id; PostgreSQL would not).
_LENGTHS = {
    "receipt_no": 32,
    "code": 20,
    "sku": 32,
    "category": 32,
    "name": 100,
    "phone": 30,
    "email": 200,
    "home_store": 16,
    "source": 32,
    "status": 10,
}


def _max_length(name: str) -> int:
    field = name.rsplit(".", 1)[-1].split("[", 1)[0]
    if field.endswith("_id") or field == "id":
        return 36
    return _LENGTHS.get(field, 2000)


def _bad(name: str, what: str) -> Any:
    raise InvalidInput(field=name, problem=f"must be {what}")


Handler = Callable[[Context, Any], dict[str, Any]]


@dataclass(frozen=True)
class Registered:
    payload: type[Payload]
    handler: Handler


REGISTRY: dict[tuple[str, int], Registered] = {}


def handles(payload: type[P]) -> Callable[[Callable[[Context, P], dict[str, Any]]], Handler]:
    """Register the handler of one command kind and schema version."""

    def register(fn: Callable[[Context, P], dict[str, Any]]) -> Handler:
        REGISTRY[(payload.kind, payload.version)] = Registered(payload, fn)
        return fn

    return register


def lookup(kind: str, version: int) -> Registered:
    try:
        return REGISTRY[(kind, version)]
    except KeyError:
        raise UnknownCommand(kind=kind, version=version) from None
