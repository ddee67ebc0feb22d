"""The ``memberdesk`` command line (CONTRACT.md): one verb, one unit of work.

Errors a person can cause (a malformed amount, an unknown member, a frozen
account...) print one line on stderr and exit 2; nothing is written. With
``--json`` the result is one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from core.errors import DomainError, InvalidInput
from core.money import format_fen, parse_yuan
from memberdesk.cli_common import CliError, Out, Parser, TerminalProgress
from memberdesk.device_cli import add_device_verbs
from memberdesk.report_cli import add_report_verbs
from memberdesk.server_cli import add_server_verbs

EXIT_USAGE = 2
DEFAULT_DB = (
    Path(os.environ.get("MEMBERDESK_DATA", Path.home() / ".local" / "share" / "memberdesk"))
    / "demo.db"
)


def _services(db: str, *, must_exist: bool = True) -> Any:
    from core.services import DeviceServices

    if must_exist and not Path(db).exists():
        raise CliError(f"no database at {db} (create one with: memberdesk seed --db {db} ...)")
    return DeviceServices.open(db)


def _points_line(points: dict[str, int]) -> str:
    line = f"{points['available']:,} available · {points['locked']:,} locked"
    if points["debt"]:
        line += f" · DEBT {points['debt']:,}"
    line += f"  (confirmed {points['confirmed']:,}, pending upload {points['pending_upload']:,})"
    return line


# --- verbs ------------------------------------------------------------------


def cmd_seed(args: argparse.Namespace, out: Out) -> None:
    from core.db.engine import open_device_db
    from core.seed import seed_device

    if args.members < 0 or args.stores < 1:
        raise CliError("--members must be >= 0 and --stores >= 1")
    bar = TerminalProgress(enabled=(not out.as_json and sys.stderr.isatty()) or args.progress)
    staff: list[str] = []
    if args.database_url:
        from memberdesk.server_cli import seed_server_database

        path = args.database_url
        factory, add_staff = seed_server_database(args.database_url)
    else:
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
        path = args.db
        factory, add_staff = open_device_db(path), None
    summary = seed_device(
        factory,
        members=args.members,
        stores=args.stores,
        random_seed=args.random_seed,
        progress=bar,
    )
    bar.finish()
    if add_staff is not None:
        staff = add_staff()
    data = {
        "db": str(path),
        "staff": staff,
        "members": summary.members,
        "stores": summary.stores,
        "rewards": summary.rewards,
        "sales": summary.sales,
        "entries": summary.entries,
        "seconds": round(summary.seconds, 2),
    }
    out.emit(
        data,
        f"seeded {path}: {summary.members:,} members, {summary.stores} stores, "
        f"{summary.rewards} rewards, {summary.sales:,} sales in {summary.seconds:.1f} s",
    )


def cmd_members_add(args: argparse.Namespace, out: Out) -> None:
    svc = _services(args.db)
    optional: dict[str, Any] = {}
    if args.email:
        optional["email"] = args.email
    if args.gender:
        optional["gender"] = args.gender
    if args.birthday:
        from datetime import date

        try:
            optional["birthday"] = date.fromisoformat(args.birthday)
        except ValueError:
            raise InvalidInput(field="birthday", problem="expected YYYY-MM-DD") from None
    if args.store:
        optional["home_store"] = args.store
    applied = svc.enrol(args.name, args.phone, staff=args.staff, **optional)
    card = svc.card(applied.result["member_id"])
    data = card.as_dict(reveal=args.reveal)
    out.emit(data, lambda: f"enrolled {card.code} {card.name} ({card.tier_name})")


def cmd_members_show(args: argparse.Namespace, out: Out) -> None:
    svc = _services(args.db)
    card = svc.find(args.key)
    if card.points.expired_due:
        # Expiry is due and has not been written yet: write it, so what is shown is true.
        svc.expire_due(card.id)
        card = svc.card(card.id)
    data = card.as_dict(reveal=args.reveal)

    def text() -> str:
        status = "" if card.status == "active" else f"  [{card.status.upper()}]"
        frozen = "  [POINTS FROZEN]" if card.frozen else ""
        return (
            f"{card.code}  {data['name']}  {card.tier_name}  {data['phone']}{status}{frozen}\n"
            f"points: {_points_line(data['points'])}"
        )

    out.emit(data, text)


def _lines(args: argparse.Namespace) -> list[Any]:
    from core.services import SaleLineInput

    if args.line:
        lines = []
        for spec in args.line:
            category, sep, amount = spec.rpartition(":")
            if not sep or not category:
                raise InvalidInput(field="line", problem=f"expected CATEGORY:YUAN, got {spec!r}")
            lines.append(SaleLineInput(amount_fen=parse_yuan(amount), category=category))
        if args.amount is not None:
            total = parse_yuan(args.amount)
            if total != sum(li.amount_fen for li in lines):
                raise InvalidInput(field="amount", problem="does not equal the sum of --line")
        return lines
    if args.amount is None:
        raise CliError("give --amount YUAN (or --line CATEGORY:YUAN ...)")
    return [SaleLineInput(amount_fen=parse_yuan(args.amount))]


def _override(args: argparse.Namespace) -> Any:
    """A manager's override of the offline spending bounds, if both halves were given."""
    from core.commands.payloads import Override

    if args.override_staff is None and args.override_reason is None:
        return None
    if args.override_staff is None or args.override_reason is None:
        raise CliError("an override needs both --override-staff ID and --override-reason TEXT")
    return Override.from_dict({"staff": args.override_staff, "reason": args.override_reason})


@contextmanager
def _override_hint() -> Iterator[None]:
    """Say how to give the override when the offline bounds refuse a spend."""
    from core.errors import OverrideNeeded

    try:
        yield
    except OverrideNeeded as exc:
        raise CliError(f"{exc.message} (--override-staff ID --override-reason TEXT)") from exc


def _add_override_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--override-staff", metavar="ID", help="manager allowing spend beyond offline limits"
    )
    p.add_argument("--override-reason", metavar="TEXT", help="why the manager allowed it")


def cmd_sale(args: argparse.Namespace, out: Out) -> None:
    lines = _lines(args)
    if args.redeem_points < 0:
        raise InvalidInput(field="redeem-points", problem="must not be negative")
    override = _override(args)
    svc = _services(args.db)
    with _override_hint():
        applied = svc.record_sale(
            lines,
            member_key=args.member,
            points_to_spend=args.redeem_points,
            coupon_code=args.coupon,
            override=override,
            staff=args.staff,
        )
    r = applied.result
    card = svc.card(r["member_id"]) if "member_id" in r else svc.find(args.member)
    data = {
        **r,
        "member": card.code,
        "tier": card.tier_name,
        "balance": card.points.as_dict(),
        "pending_sync": card.points.pending_upload != 0,
    }

    def text() -> str:
        lines_ = [
            f"sale {r['receipt_no']} ({r['sale_id']})",
            f"  goods {format_fen(r['gross_fen'])}"
            + (
                f", tier discount -{format_fen(r['tier_discount_fen'])}"
                if r["tier_discount_fen"]
                else ""
            )
            + (
                f", coupon -{format_fen(r['coupon_discount_fen'])}"
                if r["coupon_discount_fen"]
                else ""
            )
            + (
                f", {r['points_spent']:,} points = -{format_fen(r['points_cash_fen'])}"
                if r["points_spent"]
                else ""
            ),
            f"  to pay {format_fen(r['amount_paid_fen'])}",
            f"  earned {r['points_earned']:,} points: {r['breakdown_text'] or '-'}",
            f"  {card.code} {card.tier_name}: {_points_line(data['balance'])}",
        ]
        return "\n".join(lines_)

    out.emit(data, text)


def cmd_refund(args: argparse.Namespace, out: Out) -> None:
    amount = parse_yuan(args.amount) if args.amount is not None else None
    svc = _services(args.db)
    r = svc.refund(args.sale, amount, staff=args.staff).result
    out.emit(
        r,
        lambda: (
            f"refund on {r['receipt_no']}: goods {format_fen(r['amount_fen'])}, "
            f"cash back {format_fen(r['cash_refund_fen'])}, "
            f"{r['points_reversed']:,} points taken back, {r['points_returned']:,} points returned"
            + (f", points debt {r['debt_created']:,}" if r["debt_created"] else "")
        ),
    )


def cmd_redeem(args: argparse.Namespace, out: Out) -> None:
    override = _override(args)
    svc = _services(args.db)
    with _override_hint():
        r = svc.redeem(
            args.member, args.reward, args.qty, override=override, staff=args.staff
        ).result
    out.emit(
        r,
        lambda: (
            f"redeemed {r['qty']} x {r['name']} ({r['sku']}) for {r['points']:,} points"
            + (f" + {format_fen(r['cash_fen'])}" if r["cash_fen"] else "")
            + (f"; coupons {', '.join(r['coupons'])}" if r["coupons"] else "")
        ),
    )


def cmd_adjust(args: argparse.Namespace, out: Out) -> None:
    svc = _services(args.db)
    r = svc.adjust(args.member, args.points, args.reason, staff=args.staff).result
    out.emit(r, f"adjusted {args.points:+,} points")


def cmd_freeze(args: argparse.Namespace, out: Out) -> None:
    svc = _services(args.db)
    r = svc.freeze(args.member, args.verb == "freeze", args.reason, staff=args.staff).result
    out.emit(r, f"points account {'frozen' if r['frozen'] else 'unfrozen'}")


def cmd_ledger(args: argparse.Namespace, out: Out) -> None:
    svc = _services(args.db)
    card = svc.find(args.key)
    entries = svc.ledger(card.id, limit=args.limit)
    data = [
        {
            "id": e.id,
            "kind": e.kind,
            "points": e.points,
            "debt_delta": e.debt_delta,
            "at": e.created_at.isoformat(),
            "sale_id": e.sale_id,
            "store": e.store_code,
            "reason": e.reason,
        }
        for e in entries
    ]
    out.emit(
        data,
        lambda: (
            "\n".join(
                f"{d['at']}  {d['kind']:<13} {d['points']:>+9,}"
                + (f"  debt {d['debt_delta']:+,}" if d["debt_delta"] else "")
                + (f"  {d['reason']}" if d["reason"] else "")
                for d in data
            )
            or "no entries"
        ),
    )


def cmd_rewards(args: argparse.Namespace, out: Out) -> None:
    svc = _services(args.db)
    data = [
        {
            "sku": r.sku,
            "name": r.name,
            "category": r.category,
            "points": r.points_price,
            "cash_fen": r.cash_price_fen,
            "stock": stock,
            "per_member_limit": r.per_member_limit,
        }
        for r, stock in svc.rewards_here()
    ]
    out.emit(
        data,
        lambda: "\n".join(
            f"{d['sku']:<8} {d['points']:>7,} pts"
            + (f" + {format_fen(d['cash_fen'])}" if d["cash_fen"] else "")
            + f"  stock {'∞' if d['stock'] is None else d['stock']:<5} {d['name']}"
            for d in data
        ),
    )


def cmd_expire(args: argparse.Namespace, out: Out) -> None:
    svc = _services(args.db)
    total_members = total_points = 0
    while True:
        r = svc.expire_due().result
        if not r["members"]:
            break
        total_members += r["members"]
        total_points += r["points"]
    data = {"members": total_members, "points": total_points}
    out.emit(data, f"expired {total_points:,} points of {total_members:,} members")


def cmd_gui(args: argparse.Namespace, _out: Out) -> None:
    db = args.db or str(DEFAULT_DB)
    if not Path(db).exists():
        raise CliError(f"no database at {db} (create one with: memberdesk seed --db {db} ...)")
    if args.verb == "desktop":
        from desktop.app import main as run
    else:
        from pos.app import main as run
    raise SystemExit(run(db))


# --- parser -----------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = Parser(add_help=False)
    common.add_argument("--json", action="store_true", help="print one JSON document")
    common.add_argument("--staff", default=os.environ.get("MEMBERDESK_STAFF"), help="staff id")

    db = Parser(add_help=False)
    db.add_argument("--db", required=True, help="the device's local SQLite file")

    parser = Parser(prog="memberdesk", description="MemberDesk membership and loyalty")
    sub = parser.add_subparsers(dest="verb", required=True, parser_class=Parser)

    p = sub.add_parser("seed", parents=[common], help="demo data on the server or in a device")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", help="a standalone device database (SQLite file)")
    where.add_argument(
        "--database-url", help="the central database (postgresql://… or sqlite:///…)"
    )
    p.add_argument("--members", type=int, required=True)
    p.add_argument("--stores", type=int, default=5)
    p.add_argument("--random-seed", type=int, default=42)
    p.add_argument("--progress", action="store_true", help="show progress even when piped")
    p.set_defaults(fn=cmd_seed)

    members = sub.add_parser("members", help="enrol and look up members")
    msub = members.add_subparsers(dest="action", required=True, parser_class=Parser)
    p = msub.add_parser("add", parents=[common, db])
    p.add_argument("--name", required=True)
    p.add_argument("--phone", required=True)
    p.add_argument("--email")
    p.add_argument("--gender", choices=["F", "M"])
    p.add_argument("--birthday", help="YYYY-MM-DD")
    p.add_argument("--store", help="home store code")
    p.add_argument("--reveal", action="store_true", help="show the full phone number")
    p.set_defaults(fn=cmd_members_add)
    p = msub.add_parser("show", parents=[common, db])
    p.add_argument("key", help="member code, phone number or scanned code")
    p.add_argument("--reveal", action="store_true", help="show the full phone number")
    p.set_defaults(fn=cmd_members_show)

    p = sub.add_parser("sale", parents=[common, db], help="record a sale and earn points")
    p.add_argument("--member", required=True, help="member code or phone")
    p.add_argument("--amount", help="total in yuan, e.g. 128.50")
    p.add_argument("--line", action="append", help="CATEGORY:YUAN, repeatable")
    p.add_argument("--redeem-points", type=int, default=0, help="points to pay with")
    p.add_argument("--coupon", help="coupon code to use")
    _add_override_options(p)
    p.set_defaults(fn=cmd_sale)

    p = sub.add_parser("refund", parents=[common, db], help="refund a sale (full or partial)")
    p.add_argument("--sale", required=True, help="sale id or receipt number")
    p.add_argument("--amount", help="goods value to refund in yuan; default everything left")
    p.set_defaults(fn=cmd_refund)

    p = sub.add_parser("redeem", parents=[common, db], help="redeem a points-mall reward")
    p.add_argument("--member", required=True)
    p.add_argument("--reward", required=True, help="reward SKU")
    p.add_argument("--qty", type=int, default=1)
    _add_override_options(p)
    p.set_defaults(fn=cmd_redeem)

    p = sub.add_parser("adjust", parents=[common, db], help="manual points adjustment")
    p.add_argument("--member", required=True)
    p.add_argument("--points", type=int, required=True, help="signed, e.g. -200")
    p.add_argument("--reason", required=True)
    p.set_defaults(fn=cmd_adjust)

    for verb in ("freeze", "unfreeze"):
        p = sub.add_parser(verb, parents=[common, db], help=f"{verb} a points account")
        p.add_argument("--member", required=True)
        p.add_argument("--reason", required=True)
        p.set_defaults(fn=cmd_freeze)

    p = sub.add_parser("ledger", parents=[common, db], help="a member's points entries")
    p.add_argument("key")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(fn=cmd_ledger)

    p = sub.add_parser("rewards", parents=[common, db], help="the points mall at this store")
    p.set_defaults(fn=cmd_rewards)

    p = sub.add_parser("expire", parents=[common, db], help="write off expired points")
    p.set_defaults(fn=cmd_expire)

    add_server_verbs(sub, common, Parser)
    add_device_verbs(sub, common, Parser)
    add_report_verbs(sub, common, Parser)

    for verb in ("desktop", "pos"):
        p = sub.add_parser(verb, parents=[common], help=f"open the {verb} application")
        p.add_argument("--db", default=None)
        p.set_defaults(fn=cmd_gui)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    out = Out(as_json=bool(getattr(args, "json", False)))
    try:
        args.fn(args, out)
    except DomainError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
