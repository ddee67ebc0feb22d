"""``memberdesk report --db PATH KIND``: the managers' dashboards, headless (docs/analytics.md).

KIND is members, points, mall, rfm or churn. The aggregates are brought up to date
first (``refresh_aggregates``); rfm and churn recompute the scores unless
``--no-recompute``. Bad input (an unknown kind, store, region or tier, a bad date)
is one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from memberdesk.cli_common import CliError, Out

KINDS = ("members", "points", "mall", "rfm", "churn")


def add_report_verbs(sub: Any, common: argparse.ArgumentParser, parser_class: type) -> None:
    p = sub.add_parser("report", parents=[common], help="dashboard figures (members, points, …)")
    p.add_argument("--db", required=True, help="the device's local SQLite file")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--from", dest="start", help="first day of the period, YYYY-MM-DD")
    p.add_argument("--to", dest="end", help="last day of the period, YYYY-MM-DD")
    for name, what in (("store", "home store"), ("region", "region"), ("tier", "tier")):
        p.add_argument(
            f"--{name}", action="append", default=[], help=f"{what} code; repeatable or a,b"
        )
    p.add_argument("--bucket", choices=("day", "week", "month"), default="day")
    p.add_argument("--lapse-days", type=int, default=180, help="members: days to lapse")
    p.add_argument("--top", type=int, default=10, help="mall: how many top rewards")
    p.add_argument("--stock-threshold", type=int, default=10, help="mall: low stock at or below")
    p.add_argument("--as-of", help="rfm/churn: score as of this day (default today)")
    p.add_argument("--window-days", type=int, default=365, help="rfm: F and M window")
    p.add_argument("--period-days", type=int, default=90, help="churn: length of each period")
    p.add_argument("--drop-pct", type=int, default=50, help="churn: fall of more than this %%")
    p.add_argument("--min-previous", type=int, default=2, help="churn: purchases before, at least")
    p.add_argument("--limit", type=int, default=None, help="churn: at most this many members")
    p.add_argument("--no-recompute", action="store_true", help="rfm/churn: use the last scores")
    p.set_defaults(fn=cmd_report)


def _codes(values: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for v in values:
        out.extend(c.strip() for c in v.split(",") if c.strip())
    return tuple(out)


def cmd_report(args: argparse.Namespace, out: Out) -> None:
    from sqlalchemy.exc import DatabaseError

    from core import analytics as a
    from core.db.engine import open_device_db

    if "\x00" in args.db:
        raise CliError("--db: not a usable path")
    path = Path(args.db)
    if not path.is_file():
        raise CliError(f"no database at {args.db}")
    filters = a.Filters(
        start=None if args.start is None else a.parse_day(args.start, "--from"),
        end=None if args.end is None else a.parse_day(args.end, "--to"),
        stores=_codes(args.store),
        regions=_codes(args.region),
        tiers=_codes(args.tier),
        bucket=args.bucket,
    )
    as_of = None if args.as_of is None else a.parse_day(args.as_of, "--as-of")
    for flag, value, low, high in (
        ("--drop-pct", args.drop_pct, 1, 100),
        ("--min-previous", args.min_previous, 1, 10_000),
        ("--window-days", args.window_days, 1, 3650),
        ("--period-days", args.period_days, 1, 1825),
        ("--lapse-days", args.lapse_days, 1, 3650),
        ("--top", args.top, 1, 1000),
        ("--stock-threshold", args.stock_threshold, 0, 10**9),
        ("--limit", 1 if args.limit is None else args.limit, 1, 10**9),
    ):
        if not low <= value <= high:
            raise CliError(f"{flag}: between {low} and {high}, not {value}")
    try:
        factory = open_device_db(path)
    except DatabaseError as exc:
        raise CliError(f"{args.db} is not a MemberDesk database ({exc.orig})") from None
    try:
        with factory() as session, session.begin():
            a.resolve(session, filters)  # bad filters stop here, before anything is written
            a.refresh_aggregates(session)
            if args.kind in ("rfm", "churn"):
                if not args.no_recompute:
                    a.recompute_rfm(
                        session,
                        as_of=as_of,
                        window_days=args.window_days,
                        period_days=args.period_days,
                    )
                elif a.last_run(session) is None:
                    raise CliError("no RFM scores yet: run without --no-recompute")
            data, text = _REPORTS[args.kind](session, filters, args)
    finally:
        factory.kw["bind"].dispose()
    out.emit(data, text)


Report = tuple[Any, Callable[[], str]]


def _members(session: Any, filters: Any, args: argparse.Namespace) -> Report:
    from core import analytics as a

    mo = a.member_overview(session, filters, lapse_days=args.lapse_days)

    def text() -> str:
        lines = [
            _title("Members", mo.scope),
            f"members {mo.members:,}   new {mo.new_members:,}   "
            f"lapsed ({mo.lapse_days} days) {mo.lapsed_members:,}",
            f"active 30 days {_pct(mo.active_30)}   active 90 days {_pct(mo.active_90)}",
            f"tier moves: {mo.tier_movement.upgrades:,} up, {mo.tier_movement.downgrades:,} down",
            "",
            _table(["tier", "name", "members"], [[t.tier, t.name, t.members] for t in mo.tiers]),
            "",
            _table(
                ["store", "members", "new", "lapsed", "active 30", "active 90"],
                [
                    [
                        g.key or "-",
                        g.members,
                        g.new_members,
                        g.lapsed_members,
                        _pct(g.active_30),
                        _pct(g.active_90),
                    ]
                    for g in mo.by_store
                ],
            ),
            "",
            _table(
                ["from", "new", "total", "lapsed"],
                [[p.bucket, p.new_members, p.total_members, p.lapsed_members] for p in mo.trend],
            ),
        ]
        return "\n".join(lines)

    return a.to_data(mo), text


def _points(session: Any, filters: Any, args: argparse.Namespace) -> Report:
    from core import analytics as a

    ph = a.points_health(session, filters)
    f = ph.flow

    def text() -> str:
        band = f"{ph.healthy_band_bp[0] // 100}-{ph.healthy_band_bp[1] // 100} %"
        health = {True: "healthy", False: "outside", None: "-"}[ph.consumption_healthy]
        lines = [
            _title("Points health", ph.scope),
            f"issued {f.issued:,}   used {f.used:,}   expired {f.expired:,}",
            f"consumption {_pct(ph.consumption_rate)} ({health}; band {band})   "
            f"breakage {_pct(ph.breakage_rate)}",
            f"liability now {ph.liability_points:,} points = {_yuan(ph.liability_fen)} "
            f"(overdue {ph.overdue_points:,})   debt {ph.debt_points:,} points, "
            f"{ph.debt_members:,} members",
            "",
            _table(
                ["ends in", "points", "value"],
                [[m.month.strftime("%Y-%m"), m.points, _yuan(m.value_fen)] for m in ph.liability],
            ),
            "",
            _table(
                ["from", "issued", "used", "expired"],
                [[p.bucket, p.issued, p.used, p.expired] for p in ph.trend],
            ),
        ]
        return "\n".join(lines)

    return a.to_data(ph), text


def _mall(session: Any, filters: Any, args: argparse.Namespace) -> Report:
    from core import analytics as a

    mall = a.mall_overview(session, filters, top=args.top, stock_threshold=args.stock_threshold)

    def text() -> str:
        lines = [
            _title("Points mall", mall.scope),
            f"redemptions {mall.redemptions:,} (items {mall.quantity:,}, points {mall.points:,})",
            f"conversion {_pct(mall.conversion)}: {mall.redeemers:,} redeemers of "
            f"{mall.eligible_members:,} members who can pay {mall.cheapest_points or '-'} points",
            "",
            _table(
                ["sku", "reward", "redemptions", "items", "points"],
                [[r.sku, r.name, r.redemptions, r.quantity, r.points] for r in mall.top_rewards],
            ),
            "",
            _table(
                ["sku", "reward", "store", "left"],
                [[x.sku, x.name, x.store or "central", x.quantity] for x in mall.stock_alerts],
            ),
        ]
        return "\n".join(lines)

    return a.to_data(mall), text


def _rfm(session: Any, filters: Any, args: argparse.Namespace) -> Report:
    from core import analytics as a

    ov = a.rfm_overview(session, filters)

    def text() -> str:
        run = ov.run
        lines = [
            _title("RFM segments", ov.scope),
            ""
            if run is None
            else f"scores as of {run.as_of} ({run.members_scored:,} scored, "
            f"window {run.window_days} days)",
            _table(
                ["segment", "members", "share", "purchases", "value"],
                [
                    [s.segment, s.members, _pct(s.share), s.purchases, _yuan(s.monetary_fen)]
                    for s in ov.segments
                ],
            ),
            f"not scored (no purchase): {ov.unscored_members:,}",
        ]
        return "\n".join(lines)

    return a.to_data(ov), text


def _churn(session: Any, filters: Any, args: argparse.Namespace) -> Report:
    from core import analytics as a

    warned = a.churn_warnings(
        session,
        filters,
        drop_pct=args.drop_pct,
        min_previous=args.min_previous,
        limit=args.limit,
    )
    run = a.last_run(session)
    data = {
        "run": a.to_data(run),
        "drop_pct": args.drop_pct,
        "min_previous": args.min_previous,
        "members": a.to_data(warned),
    }

    def text() -> str:
        head = (
            f"Churn warning: purchases fell by more than {args.drop_pct} % "
            f"({args.min_previous}+ before)"
        )
        if run is not None:
            head += f", {run.period_days}-day periods ending {run.as_of}"
        return "\n".join(
            [
                head,
                _table(
                    [
                        "member",
                        "name",
                        "store",
                        "region",
                        "tier",
                        "last purchase",
                        "before",
                        "recent",
                    ],
                    [
                        [
                            w.code,
                            w.name,
                            w.store or "-",
                            w.region or "-",
                            w.tier,
                            w.last_purchase_on or "-",
                            w.previous_purchases,
                            w.recent_purchases,
                        ]
                        for w in warned
                    ],
                ),
                f"{len(warned):,} members",
            ]
        )

    return data, text


_REPORTS: dict[str, Callable[[Any, Any, argparse.Namespace], Report]] = {
    "members": _members,
    "points": _points,
    "mall": _mall,
    "rfm": _rfm,
    "churn": _churn,
}


def _title(name: str, scope: Any) -> str:
    parts = [f"{name}, {scope.start} to {scope.end}"]
    if scope.stores is not None:
        parts.append("stores " + ",".join(scope.stores))
    if scope.tiers is not None:
        parts.append("tiers " + ",".join(scope.tiers))
    return "; ".join(parts)


def _pct(ratio: Any) -> str:
    bp = ratio.basis_points
    return "-" if bp is None else f"{bp // 100}.{bp % 100:02d} %"


def _yuan(fen: int) -> str:
    from core.money import format_fen

    return format_fen(fen)


def _table(header: list[str], rows: list[list[Any]]) -> str:
    """A plain text table: numbers right-aligned, text left-aligned."""
    numeric = [bool(rows) and isinstance(rows[0][i], int) for i in range(len(header))]
    cells = [list(header)] + [[_cell(c) for c in r] for r in rows]
    widths = [max(_width(r[i]) for r in cells) for i in range(len(header))]

    def line(r: list[str]) -> str:
        padded = [
            " " * (widths[i] - _width(c)) + c if numeric[i] else c + " " * (widths[i] - _width(c))
            for i, c in enumerate(r)
        ]
        return "  ".join(padded).rstrip()

    out = [line(cells[0]), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in cells[1:])
    if not rows:
        out.append("(none)")
    return "\n".join(out)


def _cell(value: Any) -> str:
    return f"{value:,}" if isinstance(value, int) else str(value)


def _width(text: str) -> int:
    # CJK characters take two columns on a terminal.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
