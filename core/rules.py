"""Point-earning rules: a versioned rule set stored as JSON, and the pure earn computation.

A :class:`PointRules` is one version of the rulebook. Rule sets are stored as
JSON (:meth:`PointRules.to_dict` / :meth:`PointRules.from_dict`) with their
version number and effective date; a device computes a sale's points with the
version it holds and the server recomputes with that same version, so the
computation below must be exact and deterministic: integers only, every
division a floor division, no floats anywhere.

Units:

* money is integer fen (1/100 yuan);
* a *rate* is points per 100 yuan (= per 10,000 fen): rate 100 is 1 point per
  yuan, rate 500 is 5 points per yuan, rate 50 is half a point per yuan;
* a *multiplier* or *extra* is a percent: tier multiplier 150 means ×1.5,
  campaign ``extra_pct`` 100 means +100% of the base points (double points).

Invalid definitions raise :class:`core.errors.InvalidInput` on construction,
so an invalid rule set cannot exist, whether built in code or loaded with
``from_dict``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal, cast

from core.errors import InvalidInput, NotConfigured

ExpiryKind = Literal["rolling", "yearly_clearing"]
EXPIRY_KINDS: tuple[ExpiryKind, ...] = ("rolling", "yearly_clearing")

PartCode = Literal["base", "tier_bonus", "campaign", "cap"]
PART_CODES: tuple[PartCode, ...] = ("base", "tier_bonus", "campaign", "cap")

#: rate unit: points per 100 yuan, amounts in fen -> points = fen * rate / 10_000
RATE_DIVISOR = 10_000
#: a percent on top of a rate-weighted amount -> points = weighted * pct / 1_000_000
PCT_RATE_DIVISOR = RATE_DIVISOR * 100


# --------------------------------------------------------------------------- validation helpers


def _bad(field_name: str, problem: str) -> InvalidInput:
    return InvalidInput(field=field_name, problem=problem)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _int(
    value: object, name: str, *, minimum: int | None = None, maximum: int | None = None
) -> int:
    if not _is_int(value):
        raise _bad(name, f"must be an integer, got {value!r}")
    number = cast(int, value)
    if minimum is not None and number < minimum:
        raise _bad(name, f"must be at least {minimum}, got {number}")
    if maximum is not None and number > maximum:
        raise _bad(name, f"must be at most {maximum}, got {number}")
    return number


def _opt_int(value: object, name: str, *, minimum: int | None = None) -> int | None:
    return None if value is None else _int(value, name, minimum=minimum)


def _str(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _bad(name, f"must be a non-empty string, got {value!r}")
    return value


def _bool(value: object, name: str) -> bool:
    if not isinstance(value, bool):
        raise _bad(name, f"must be true or false, got {value!r}")
    return value


def _date(value: object, name: str) -> date:
    """A ``date`` (not a datetime), or an ISO ``YYYY-MM-DD`` string."""
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise _bad(name, f"not an ISO date: {value!r}") from None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise _bad(name, f"must be a date, got {value!r}")
    return value


def _opt_date(value: object, name: str) -> date | None:
    return None if value is None else _date(value, name)


def _datetime(value: object, name: str) -> datetime:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            raise _bad(name, f"not an ISO datetime: {value!r}") from None
    if not isinstance(value, datetime):
        raise _bad(name, f"must be a datetime, got {value!r}")
    return value


def _int_set(value: object, name: str, lo: int, hi: int) -> frozenset[int] | None:
    if value is None:
        return None
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise _bad(name, f"must be a set of integers, got {value!r}")
    items = frozenset(_int(v, name, minimum=lo, maximum=hi) for v in value)
    if not items:
        raise _bad(name, "must not be empty (leave it out for no restriction)")
    return items


def _str_set(value: object, name: str) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise _bad(name, f"must be a set of strings, got {value!r}")
    items = frozenset(_str(v, name) for v in value)
    if not items:
        raise _bad(name, "must not be empty (leave it out for no restriction)")
    return items


def _record(
    data: object, name: str, required: set[str], optional: set[str]
) -> Mapping[str, object]:
    """``data`` as a mapping with all ``required`` keys and nothing outside required|optional."""
    if not isinstance(data, Mapping):
        raise _bad(name, f"must be an object, got {type(data).__name__}")
    keys = set(data)
    missing = required - keys
    if missing:
        raise _bad(name, f"missing {', '.join(sorted(missing))}")
    unknown = keys - required - optional
    if unknown:
        raise _bad(name, f"unknown field(s) {', '.join(sorted(str(k) for k in unknown))}")
    return cast(Mapping[str, object], data)


def _nested(prefix: str, err: InvalidInput) -> InvalidInput:
    inner = err.params.get("field", "")
    return _bad(f"{prefix}.{inner}" if inner else prefix, str(err.params.get("problem", err)))


def _int_list(value: frozenset[int] | None) -> list[int] | None:
    return None if value is None else sorted(value)


def _str_list(value: frozenset[str] | None) -> list[str] | None:
    return None if value is None else sorted(value)


# --------------------------------------------------------------------------- FrozenMap


class FrozenMap(Mapping[str, int]):
    """An immutable, hashable ``str -> int`` mapping (keeps the rule dataclasses frozen).

    Equal to any mapping with the same items; iterates in sorted key order.
    """

    __slots__ = ("_data", "_items")

    def __init__(self, items: Mapping[str, int] | Iterable[tuple[str, int]] = ()) -> None:
        data = dict(items)
        self._data = data
        self._items = tuple(sorted(data.items()))

    def __getitem__(self, key: str) -> int:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return (k for k, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self._items) == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenMap({dict(self._items)!r})"


def _rate_map(value: object, name: str, *, minimum: int) -> FrozenMap:
    if not isinstance(value, Mapping):
        raise _bad(name, f"must be a mapping of code to integer, got {value!r}")
    return FrozenMap(
        (_str(k, name), _int(v, f"{name}[{k}]", minimum=minimum)) for k, v in value.items()
    )


# --------------------------------------------------------------------------- Campaign


@dataclass(frozen=True, kw_only=True)
class Campaign:
    """Extra points on top of the base points while its conditions hold.

    ``extra_pct`` is the extra as a percent of the *base* points of the lines it
    covers (100 = double points, 200 = triple points). All given conditions must
    hold (AND); a condition left as ``None`` does not restrict:

    * ``start`` / ``end``: inclusive date range;
    * ``weekdays``: 0 = Monday .. 6 = Sunday (e.g. ``{2}`` = every Wednesday);
    * ``months``: 1..12 and ``month_days``: 1..31 — together they make a yearly
      campaign, e.g. 双十一 = ``months={11}, month_days={11}``;
    * ``categories``: only lines of these categories count (a line without a
      category never counts);
    * ``tiers``: only members of these tier codes;
    * ``birthday_month_only``: only in the member's birthday month.

    ``stackable=True`` campaigns add on top of everything else; of the
    non-stackable campaigns that apply, only the one giving the most points
    applies (on a tie, the first in the rule set's order).
    """

    code: str
    name: str
    extra_pct: int
    stackable: bool = False
    start: date | None = None
    end: date | None = None
    weekdays: frozenset[int] | None = None
    months: frozenset[int] | None = None
    month_days: frozenset[int] | None = None
    categories: frozenset[str] | None = None
    tiers: frozenset[str] | None = None
    birthday_month_only: bool = False

    def __post_init__(self) -> None:
        _str(self.code, "code")
        _str(self.name, "name")
        _int(self.extra_pct, "extra_pct", minimum=0)
        _bool(self.stackable, "stackable")
        _bool(self.birthday_month_only, "birthday_month_only")
        start = None if self.start is None else _date(self.start, "start")
        end = None if self.end is None else _date(self.end, "end")
        if start is not None and end is not None and end < start:
            raise _bad("end", f"{end.isoformat()} is before start {start.isoformat()}")
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "weekdays", _int_set(self.weekdays, "weekdays", 0, 6))
        object.__setattr__(self, "months", _int_set(self.months, "months", 1, 12))
        object.__setattr__(self, "month_days", _int_set(self.month_days, "month_days", 1, 31))
        object.__setattr__(self, "categories", _str_set(self.categories, "categories"))
        object.__setattr__(self, "tiers", _str_set(self.tiers, "tiers"))

    def applies(self, *, on: date, tier_code: str, birthday: date | None) -> bool:
        """Whether the campaign is on for a member of ``tier_code`` on the day ``on``."""
        day = on.date() if isinstance(on, datetime) else on
        if self.start is not None and day < self.start:
            return False
        if self.end is not None and day > self.end:
            return False
        if self.weekdays is not None and day.weekday() not in self.weekdays:
            return False
        if self.months is not None and day.month not in self.months:
            return False
        if self.month_days is not None and day.day not in self.month_days:
            return False
        if self.tiers is not None and tier_code not in self.tiers:
            return False
        return not self.birthday_month_only or (
            birthday is not None and birthday.month == day.month
        )

    def covers(self, category: str | None) -> bool:
        """Whether a sale line of ``category`` counts for this campaign."""
        return self.categories is None or (category is not None and category in self.categories)

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "extra_pct": self.extra_pct,
            "stackable": self.stackable,
            "start": None if self.start is None else self.start.isoformat(),
            "end": None if self.end is None else self.end.isoformat(),
            "weekdays": _int_list(self.weekdays),
            "months": _int_list(self.months),
            "month_days": _int_list(self.month_days),
            "categories": _str_list(self.categories),
            "tiers": _str_list(self.tiers),
            "birthday_month_only": self.birthday_month_only,
        }

    @classmethod
    def from_dict(cls, data: object) -> Campaign:
        optional = {
            "stackable",
            "start",
            "end",
            "weekdays",
            "months",
            "month_days",
            "categories",
            "tiers",
            "birthday_month_only",
        }
        d = _record(data, "campaign", {"code", "name", "extra_pct"}, optional)
        return cls(
            code=_str(d["code"], "code"),
            name=_str(d["name"], "name"),
            extra_pct=_int(d["extra_pct"], "extra_pct"),
            stackable=_bool(d.get("stackable", False), "stackable"),
            start=_opt_date(d.get("start"), "start"),
            end=_opt_date(d.get("end"), "end"),
            weekdays=_int_set(d.get("weekdays"), "weekdays", 0, 6),
            months=_int_set(d.get("months"), "months", 1, 12),
            month_days=_int_set(d.get("month_days"), "month_days", 1, 31),
            categories=_str_set(d.get("categories"), "categories"),
            tiers=_str_set(d.get("tiers"), "tiers"),
            birthday_month_only=_bool(d.get("birthday_month_only", False), "birthday_month_only"),
        )


# --------------------------------------------------------------------------- ExpiryPolicy


def _clamped(year: int, month: int, day: int) -> date:
    """``date(year, month, day)``, with a day past the month's end clamped (Feb 29 -> Feb 28)."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, kw_only=True)
class ExpiryPolicy:
    """When earned points expire. Build with :meth:`rolling` or :meth:`yearly_clearing`.

    Both kinds name the *last day* on which the points are still valid; the
    points expire at 00:00 of the following day (same ``tzinfo`` as the
    earning time), which is what :meth:`expires_at` returns.

    * ``rolling``: the last valid day is ``earned date + days``. Points earned
      on 2026-01-01 with ``days=730`` are valid through 2028-01-01 and expire
      at 2028-01-02 00:00.
    * ``yearly_clearing``: points earned in year Y are valid through the
      clearing date ``month``/``day`` of year ``Y + years_kept`` and expire at
      00:00 the day after. If that clearing date is already before the earning
      date (only possible with ``years_kept=0``), the next year's clearing date
      is used. A Feb 29 clearing date is Feb 28 in non-leap years. Example:
      12/31, ``years_kept=1``: earned any time in 2026 -> expires 2028-01-01 00:00.
    """

    kind: ExpiryKind
    days: int | None = None
    month: int | None = None
    day: int | None = None
    years_kept: int | None = None

    @classmethod
    def rolling(cls, days: int) -> ExpiryPolicy:
        return cls(kind="rolling", days=days)

    @classmethod
    def yearly_clearing(cls, *, month: int, day: int, years_kept: int) -> ExpiryPolicy:
        return cls(kind="yearly_clearing", month=month, day=day, years_kept=years_kept)

    def __post_init__(self) -> None:
        if self.kind not in EXPIRY_KINDS:
            raise _bad(
                "kind", f"unknown expiry kind {self.kind!r}; one of {', '.join(EXPIRY_KINDS)}"
            )
        if self.kind == "rolling":
            _int(self.days, "days", minimum=0)
            for name in ("month", "day", "years_kept"):
                if getattr(self, name) is not None:
                    raise _bad(name, "not used by a rolling expiry")
        else:
            if self.days is not None:
                raise _bad("days", "not used by a yearly clearing")
            month = _int(self.month, "month", minimum=1, maximum=12)
            _int(self.day, "day", minimum=1, maximum=calendar.monthrange(2000, month)[1])
            _int(self.years_kept, "years_kept", minimum=0)

    def last_valid_day(self, earned_on: date) -> date:
        """The last day on which points earned on ``earned_on`` can still be used."""
        if self.kind == "rolling":
            return earned_on + timedelta(days=cast(int, self.days))
        month, day = cast(int, self.month), cast(int, self.day)
        year = earned_on.year + cast(int, self.years_kept)
        last = _clamped(year, month, day)
        while last < earned_on:
            year += 1
            last = _clamped(year, month, day)
        return last

    def expires_at(self, earned_at: datetime) -> datetime:
        """00:00 of the day after :meth:`last_valid_day` (keeps ``earned_at``'s tzinfo)."""
        last = self.last_valid_day(earned_at.date())
        return datetime.combine(last + timedelta(days=1), time(0), tzinfo=earned_at.tzinfo)

    def to_dict(self) -> dict[str, object]:
        if self.kind == "rolling":
            return {"kind": self.kind, "days": self.days}
        return {
            "kind": self.kind,
            "month": self.month,
            "day": self.day,
            "years_kept": self.years_kept,
        }

    @classmethod
    def from_dict(cls, data: object) -> ExpiryPolicy:
        d = _record(data, "expiry", {"kind"}, {"days", "month", "day", "years_kept"})
        kind = d["kind"]
        if kind not in EXPIRY_KINDS:
            raise _bad("kind", f"unknown expiry kind {kind!r}; one of {', '.join(EXPIRY_KINDS)}")
        return cls(
            kind=kind,
            days=_opt_int(d.get("days"), "days"),
            month=_opt_int(d.get("month"), "month"),
            day=_opt_int(d.get("day"), "day"),
            years_kept=_opt_int(d.get("years_kept"), "years_kept"),
        )


# --------------------------------------------------------------------------- PointRules


@dataclass(frozen=True, kw_only=True)
class PointRules:
    """One version of the point-earning rules.

    * ``base_rate``, ``category_rates``: points per 100 yuan (100 = 1 point per
      yuan). A line whose category is in ``category_rates`` uses that rate
      instead of the base rate.
    * ``tier_multipliers``: percent per tier code, at least 100 (a tier bonus is
      never negative); a tier not listed earns at 100.
    * ``daily_cap``: most points a member may earn from sales per calendar day.
    * ``pending_days``: earned points stay locked this many days (return window).
    * ``points_cash_rate``: points that pay 1 yuan; ``points_cash_max_pct``: the
      largest share (percent, 0..100) of a bill that points may pay.
    """

    version: int
    effective_from: date
    base_rate: int
    expiry: ExpiryPolicy
    points_cash_rate: int
    points_cash_max_pct: int
    category_rates: Mapping[str, int] = field(default_factory=FrozenMap)
    tier_multipliers: Mapping[str, int] = field(default_factory=FrozenMap)
    campaigns: tuple[Campaign, ...] = ()
    daily_cap: int | None = None
    pending_days: int = 0

    def __post_init__(self) -> None:
        _int(self.version, "version", minimum=1)
        object.__setattr__(self, "effective_from", _date(self.effective_from, "effective_from"))
        _int(self.base_rate, "base_rate", minimum=0)
        if not isinstance(self.expiry, ExpiryPolicy):
            raise _bad("expiry", f"must be an ExpiryPolicy, got {self.expiry!r}")
        _int(self.points_cash_rate, "points_cash_rate", minimum=1)
        _int(self.points_cash_max_pct, "points_cash_max_pct", minimum=0, maximum=100)
        object.__setattr__(
            self, "category_rates", _rate_map(self.category_rates, "category_rates", minimum=0)
        )
        object.__setattr__(
            self,
            "tier_multipliers",
            _rate_map(self.tier_multipliers, "tier_multipliers", minimum=100),
        )
        campaigns = tuple(self.campaigns)
        seen: set[str] = set()
        for i, c in enumerate(campaigns):
            if not isinstance(c, Campaign):
                raise _bad(f"campaigns[{i}]", f"must be a Campaign, got {c!r}")
            if c.code in seen:
                raise _bad(f"campaigns[{i}].code", f"duplicate campaign code {c.code!r}")
            seen.add(c.code)
        object.__setattr__(self, "campaigns", campaigns)
        _opt_int(self.daily_cap, "daily_cap", minimum=0)
        _int(self.pending_days, "pending_days", minimum=0)

    def rate_for(self, category: str | None) -> int:
        """Points per 100 yuan for a line of ``category``."""
        if category is not None and category in self.category_rates:
            return self.category_rates[category]
        return self.base_rate

    def multiplier_for(self, tier_code: str) -> int:
        """Tier multiplier in percent (100 when the tier is not listed)."""
        return self.tier_multipliers.get(tier_code, 100)

    def to_dict(self) -> dict[str, object]:
        return {
            "version": self.version,
            "effective_from": self.effective_from.isoformat(),
            "base_rate": self.base_rate,
            "category_rates": dict(self.category_rates),
            "tier_multipliers": dict(self.tier_multipliers),
            "campaigns": [c.to_dict() for c in self.campaigns],
            "daily_cap": self.daily_cap,
            "pending_days": self.pending_days,
            "expiry": self.expiry.to_dict(),
            "points_cash_rate": self.points_cash_rate,
            "points_cash_max_pct": self.points_cash_max_pct,
        }

    @classmethod
    def from_dict(cls, data: object) -> PointRules:
        """Load a stored rule set; unknown or missing fields and bad values raise InvalidInput."""
        required = {
            "version",
            "effective_from",
            "base_rate",
            "expiry",
            "points_cash_rate",
            "points_cash_max_pct",
        }
        optional = {"category_rates", "tier_multipliers", "campaigns", "daily_cap", "pending_days"}
        d = _record(data, "point_rules", required, optional)
        raw_campaigns = d.get("campaigns", [])
        if not isinstance(raw_campaigns, list | tuple):
            raise _bad("campaigns", f"must be a list, got {raw_campaigns!r}")
        campaigns: list[Campaign] = []
        for i, raw in enumerate(raw_campaigns):
            try:
                campaigns.append(Campaign.from_dict(raw))
            except InvalidInput as err:
                raise _nested(f"campaigns[{i}]", err) from err
        try:
            expiry = ExpiryPolicy.from_dict(d["expiry"])
        except InvalidInput as err:
            raise _nested("expiry", err) from err
        return cls(
            version=_int(d["version"], "version"),
            effective_from=_date(d["effective_from"], "effective_from"),
            base_rate=_int(d["base_rate"], "base_rate"),
            expiry=expiry,
            points_cash_rate=_int(d["points_cash_rate"], "points_cash_rate"),
            points_cash_max_pct=_int(d["points_cash_max_pct"], "points_cash_max_pct"),
            category_rates=_rate_map(d.get("category_rates", {}), "category_rates", minimum=0),
            tier_multipliers=_rate_map(
                d.get("tier_multipliers", {}), "tier_multipliers", minimum=100
            ),
            campaigns=tuple(campaigns),
            daily_cap=_opt_int(d.get("daily_cap"), "daily_cap"),
            pending_days=_int(d.get("pending_days", 0), "pending_days"),
        )


# --------------------------------------------------------------------------- earning


@dataclass(frozen=True)
class SaleLine:
    """What the customer paid for the goods of one category, after discounts (fen)."""

    category: str | None
    amount_fen: int


@dataclass(frozen=True)
class EarnPart:
    """One component of an earn result, keyed by ``code`` so a UI can word it.

    ``params`` by code:

    * ``base``: ``amount_fen`` (sum of the lines);
    * ``tier_bonus``: ``tier_code``, ``tier_name``, ``pct`` (the multiplier);
    * ``campaign``: ``campaign_code``, ``campaign_name``, ``pct`` (extra_pct);
    * ``cap``: ``daily_cap``, ``earned_today`` (the part is negative).
    """

    code: PartCode
    points: int
    params: dict[str, str | int]

    def describe(self) -> str:
        """English fallback wording of this part (without its sign)."""
        n = abs(self.points)
        if self.code == "base":
            return f"{n} base"
        if self.code == "tier_bonus":
            return f"{n} {self.params.get('tier_name', self.params.get('tier_code', 'tier'))} bonus"
        if self.code == "campaign":
            return f"{n} {self.params.get('campaign_name', self.params.get('campaign_code', ''))}"
        return f"{n} daily cap"

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "points": self.points, "params": dict(self.params)}

    @classmethod
    def from_dict(cls, data: object) -> EarnPart:
        d = _record(data, "part", {"code", "points", "params"}, set())
        code = d["code"]
        if code not in PART_CODES:
            raise _bad("code", f"unknown part code {code!r}")
        params = d["params"]
        if not isinstance(params, Mapping) or not all(
            isinstance(k, str) and (isinstance(v, str) or _is_int(v)) for k, v in params.items()
        ):
            raise _bad("params", "must map names to strings or integers")
        return cls(code, _int(d["points"], "points"), dict(params))


@dataclass(frozen=True)
class EarnResult:
    """Points a sale earns. Invariant: ``points == sum(parts)`` and ``points >= 0``.

    ``available_at``: when the points stop being pending; ``expires_at``: when
    what is left of them expires; ``rule_version``: the rules that computed them.
    """

    points: int
    parts: tuple[EarnPart, ...]
    available_at: datetime
    expires_at: datetime
    rule_version: int

    def __post_init__(self) -> None:
        _int(self.points, "points", minimum=0)
        total = sum(p.points for p in self.parts)
        if total != self.points:
            raise _bad("points", f"{self.points} is not the sum of the parts ({total})")

    def describe(self) -> str:
        """Clerk-readable English, e.g. ``"100 base + 20 金牌 bonus + 120 会员日"``."""
        if not self.parts:
            return "0 points"
        text = self.parts[0].describe()
        if self.parts[0].points < 0:
            text = "- " + text
        for part in self.parts[1:]:
            text += (" - " if part.points < 0 else " + ") + part.describe()
        return text

    def to_dict(self) -> dict[str, object]:
        return {
            "points": self.points,
            "parts": [p.to_dict() for p in self.parts],
            "available_at": self.available_at.isoformat(),
            "expires_at": self.expires_at.isoformat(),
            "rule_version": self.rule_version,
        }

    @classmethod
    def from_dict(cls, data: object) -> EarnResult:
        keys = {"points", "parts", "available_at", "expires_at", "rule_version"}
        d = _record(data, "earn_result", keys, set())
        raw_parts = d["parts"]
        if not isinstance(raw_parts, list | tuple):
            raise _bad("parts", f"must be a list, got {raw_parts!r}")
        return cls(
            points=_int(d["points"], "points"),
            parts=tuple(EarnPart.from_dict(p) for p in raw_parts),
            available_at=_datetime(d["available_at"], "available_at"),
            expires_at=_datetime(d["expires_at"], "expires_at"),
            rule_version=_int(d["rule_version"], "rule_version", minimum=1),
        )


def compute_earn(
    rules: PointRules,
    lines: Sequence[SaleLine],
    *,
    tier_code: str,
    tier_name: str,
    at: datetime,
    birthday: date | None,
    earned_today: int,
) -> EarnResult:
    """Points a sale earns under ``rules``. Integer-exact; every step floors.

    Let ``w(line) = line.amount_fen * rate(line.category)`` (rate per 100 yuan,
    so ``w / 10_000`` is the line's exact base points) and ``W = Σ w(line)``.

    1. ``base = W // 10_000`` — one floor over the whole sale, not per line.
    2. ``tier_bonus = W * (multiplier - 100) // 1_000_000`` (multiplier in
       percent, >= 100; no part when it is 0).
    3. Each campaign that :meth:`Campaign.applies` on ``at.date()`` gives
       ``Wc * extra_pct // 1_000_000`` where ``Wc`` sums ``w`` over the lines it
       covers (its categories, or all lines). All stackable campaigns apply;
       of the non-stackable ones only the one with the most points (first in
       rule order on a tie). Campaigns giving 0 points add no part.
    4. Daily cap: with ``daily_cap`` set, if ``earned_today + total`` exceeds
       it, a negative ``cap`` part brings the total to
       ``max(0, daily_cap - earned_today)``.

    Parts appear in that order (campaigns in rule order); the ``base`` part is
    always present, even at 0. ``available_at = at + pending_days days``;
    ``expires_at = rules.expiry.expires_at(at)`` (counted from the sale, not
    from the end of the pending period).

    Lines are what the customer paid after discounts; empty sales and zero
    amounts give 0 points. A negative line amount raises InvalidInput (refunds
    are reversed elsewhere, never earned negatively). A negative
    ``earned_today`` counts as 0, so a bookkeeping oddity never blocks a sale
    and never lifts the cap.
    """
    for i, line in enumerate(lines):
        _int(line.amount_fen, f"lines[{i}].amount_fen", minimum=0)
        if line.category is not None and not isinstance(line.category, str):
            raise _bad(f"lines[{i}].category", f"must be a string or None, got {line.category!r}")
    earned_today = max(0, _int(earned_today, "earned_today"))

    weights = [line.amount_fen * rules.rate_for(line.category) for line in lines]
    weighted = sum(weights)
    parts: list[EarnPart] = [
        EarnPart(
            "base", weighted // RATE_DIVISOR, {"amount_fen": sum(ln.amount_fen for ln in lines)}
        )
    ]

    multiplier = rules.multiplier_for(tier_code)
    bonus = weighted * (multiplier - 100) // PCT_RATE_DIVISOR
    if bonus:
        params: dict[str, str | int] = {
            "tier_code": tier_code,
            "tier_name": tier_name,
            "pct": multiplier,
        }
        parts.append(EarnPart("tier_bonus", bonus, params))

    day = at.date()
    candidates: list[tuple[Campaign, int]] = []
    best: tuple[Campaign, int] | None = None
    for campaign in rules.campaigns:
        if not campaign.applies(on=day, tier_code=tier_code, birthday=birthday):
            continue
        covered = sum(
            w for ln, w in zip(lines, weights, strict=True) if campaign.covers(ln.category)
        )
        extra = covered * campaign.extra_pct // PCT_RATE_DIVISOR
        if extra <= 0:
            continue
        candidates.append((campaign, extra))
        if not campaign.stackable and (best is None or extra > best[1]):
            best = (campaign, extra)
    for campaign, extra in candidates:
        if campaign.stackable or (best is not None and campaign is best[0]):
            campaign_params: dict[str, str | int] = {
                "campaign_code": campaign.code,
                "campaign_name": campaign.name,
                "pct": campaign.extra_pct,
            }
            parts.append(EarnPart("campaign", extra, campaign_params))

    total = sum(p.points for p in parts)
    if rules.daily_cap is not None:
        allowed = max(0, rules.daily_cap - earned_today)
        if total > allowed:
            cap_params: dict[str, str | int] = {
                "daily_cap": rules.daily_cap,
                "earned_today": earned_today,
            }
            parts.append(EarnPart("cap", allowed - total, cap_params))
            total = allowed

    return EarnResult(
        points=total,
        parts=tuple(parts),
        available_at=at + timedelta(days=rules.pending_days),
        expires_at=rules.expiry.expires_at(at),
        rule_version=rules.version,
    )


# --------------------------------------------------------------------------- paying with points


def points_cash_value(rules: PointRules, points: int) -> int:
    """What ``points`` pay, in fen: ``points * 100 // points_cash_rate`` (rounded down)."""
    _int(points, "points", minimum=0)
    return points * 100 // rules.points_cash_rate


def max_points_for_bill(rules: PointRules, bill_fen: int) -> int:
    """The most points that may pay towards a bill of ``bill_fen``.

    The allowed share is ``cap_fen = bill_fen * points_cash_max_pct // 100``
    (rounded down). The answer is the largest P whose *exact* value
    ``P * 100 / points_cash_rate`` does not exceed ``cap_fen``, i.e.
    ``P = cap_fen * points_cash_rate // 100``. So ``points_cash_value(P) <=
    cap_fen`` always, and no point is taken that would only buy a fraction of a
    fen beyond the cap (at 150 points per yuan and a cap of 10 fen: 15 points,
    not 16, although 16 points would also be worth 10 fen rounded down).
    """
    _int(bill_fen, "bill_fen", minimum=0)
    cap_fen = bill_fen * rules.points_cash_max_pct // 100
    return cap_fen * rules.points_cash_rate // 100


# --------------------------------------------------------------------------- choosing a version


def select_rules(rule_sets: Sequence[PointRules], at: date) -> PointRules:
    """The rule set in force on ``at``: greatest ``effective_from <= at``; ties -> higher version.

    Raises NotConfigured(what="point rules") when none is in force yet.
    """
    day = at.date() if isinstance(at, datetime) else at
    in_force = [r for r in rule_sets if r.effective_from <= day]
    if not in_force:
        raise NotConfigured(what="point rules")
    return max(in_force, key=lambda r: (r.effective_from, r.version))


def rules_by_version(rule_sets: Sequence[PointRules], version: int) -> PointRules:
    """The rule set with ``version`` (how the server recomputes a device's sale).

    Raises NotConfigured(what="point rules version N") when it is unknown.
    """
    for rules in rule_sets:
        if rules.version == version:
            return rules
    raise NotConfigured(what=f"point rules version {version}")
