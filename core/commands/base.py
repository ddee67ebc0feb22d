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


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    """A payload class's field types, resolved once (resolving them costs more than a
    whole sale's arithmetic on the server's push path)."""
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


_FIELDS: dict[type, tuple[tuple[dataclasses.Field[Any], ...], frozenset[str]]] = {}


def _fields(cls: type) -> tuple[tuple[dataclasses.Field[Any], ...], frozenset[str]]:
    """A payload class's fields and their names, listed once."""
    found = _FIELDS.get(cls)
    if found is None:
        fields = dataclasses.fields(cls)
        found = _FIELDS[cls] = (fields, frozenset(f.name for f in fields))
    return found


_SHAPES: dict[Any, tuple[Any, tuple[Any, ...]]] = {}


def _shape(hint: Any) -> tuple[Any, tuple[Any, ...]]:
    """``(get_origin(hint), get_args(hint))``, worked out once per hint."""
    shape = _SHAPES.get(hint)
    if shape is None:
        shape = _SHAPES[hint] = (typing.get_origin(hint), typing.get_args(hint))
    return shape


class Payload:
    """Base of command payloads: typed dataclasses checked on the way in."""

    kind: ClassVar[str]
    version: ClassVar[int] = 1

    @classmethod
    def from_dict(cls: type[P], data: Any) -> P:
        if not isinstance(data, dict):
            raise InvalidInput(field="payload", problem="must be an object")
        hints = _hints(cls)
        fields, known = _fields(cls)
        extra = set(data) - known
        if extra:
            raise InvalidInput(field=sorted(extra)[0], problem="unknown field")
        values: dict[str, Any] = {}
        for f in fields:
            if f.name in data:
                values[f.name] = _coerce(f.name, hints[f.name], data[f.name])
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise InvalidInput(field=f.name, problem="required")
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


def _coerce(name: str, hint: Any, value: Any) -> Any:
    """Check a JSON value against a type hint; hostile payloads get a clear InvalidInput."""
    origin, args = _shape(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None and type(None) in args:
            return None
        for arg in args:
            if arg is type(None):
                continue
            return _coerce(name, arg, value)
    if origin is Literal:
        if value not in args:
            raise InvalidInput(field=name, problem=f"must be one of {', '.join(map(str, args))}")
        return value
    if origin is list:
        if not isinstance(value, list):
            raise InvalidInput(field=name, problem="must be a list")
        if len(value) > 1000:
            raise InvalidInput(field=name, problem="too many items")
        return [_coerce(f"{name}[{i}]", args[0], v) for i, v in enumerate(value)]
    if hint is bool:
        if not isinstance(value, bool):
            raise InvalidInput(field=name, problem="must be true or false")
        return value
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(field=name, problem="must be an integer")
        if abs(value) > 10**15:
            raise InvalidInput(field=name, problem="out of range")
        return value
    if hint is str:
        if not isinstance(value, str):
            raise InvalidInput(field=name, problem="must be a string")
        if len(value) > _max_length(name):
            raise InvalidInput(field=name, problem=f"at most {_max_length(name)} characters")
        return value
    if hint is date:
        try:
            return date.fromisoformat(value) if isinstance(value, str) else _bad(name, "a date")
        except ValueError:
            return _bad(name, "a date (YYYY-MM-DD)")
    if hint is datetime:
        try:
            return datetime.fromisoformat(value) if isinstance(value, str) else _bad(name, "a time")
        except ValueError:
            return _bad(name, "a time (ISO 8601)")
    if isinstance(hint, type) and issubclass(hint, Payload):
        return hint.from_dict(value)
    raise InvalidInput(field=name, problem="unsupported type")  # pragma: no cover


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
