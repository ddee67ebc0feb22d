"""A small chain's March, made of real commands, whose figures are worked out by hand.

Demo rules: 1 point per yuan for 普通 (T0), points locked 7 days, rolling expiry of
730 days, 100 points pay 1 yuan. 2026-03-02 is a Monday; no Wednesday is used (会员日).

* A, home S001 (R01), enrolled 01-31: sale 100 (03-02) +100; sale 200 (03-03) +200,
  100 of it refunded (03-05) -100; sale 200 paying 100 points (03-10): spend 100, +199;
  redeems RW0007 (200) on 03-17, cancels it on 03-18 and redeems it again that day.
* B, S002 (R01), 03-02: sale 50 (03-02) +50, refunded in full on 03-03 -50.
* C, S004 (R02), 03-03: sale 300 (03-03) +300; adjusted -300 (03-11); the sale refunded in
  full (03-12): the 300 points to take back are all debt.
* D, S005 (R02), 03-02: sale 10 (03-02) +10, written off on 2028-03-05.
* E, S003 (R01), 03-02: sale 3000 (03-05) +3000, which upgrades E to 铜牌 (T1).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import text

from core.money import parse_yuan
from core.services import DeviceServices, SaleLineInput


def at(day: int, hour: int = 10, month: int = 3, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, 0)


def yuan(amount: str) -> list[SaleLineInput]:
    return [SaleLineInput(amount_fen=parse_yuan(amount))]


@dataclass
class March:
    codes: dict[str, str]
    ids: dict[str, str]
    sales: dict[str, str]
    earned_by_e: int


def enrol_all(svc: DeviceServices) -> tuple[dict[str, str], dict[str, str]]:
    codes: dict[str, str] = {}
    ids: dict[str, str] = {}
    for key, phone, store, when in (
        ("A", "13800000001", "S001", datetime(2026, 1, 31, 10)),
        ("B", "13800000002", "S002", at(2)),
        ("C", "13800000003", "S004", at(3, 9)),
        ("D", "13800000004", "S005", at(2)),
        ("E", "13800000005", "S003", at(2)),
    ):
        applied = svc.enrol(f"会员{key}", phone, home_store=store, at=when)
        codes[key] = str(applied.result["code"])
        ids[key] = str(applied.result["member_id"])
    return codes, ids


def sale(svc: DeviceServices, code: str, amount: str, when: datetime, points: int = 0) -> str:
    applied = svc.record_sale(yuan(amount), member_key=code, at=when, points_to_spend=points)
    return str(applied.result["sale_id"])


def play_march(svc: DeviceServices, *, refresh: Any = None) -> March:
    """All of March; ``refresh`` (if given) is called between steps."""
    step = refresh or (lambda: None)
    codes, ids = enrol_all(svc)
    step()
    sales: dict[str, str] = {}
    sales["A1"] = sale(svc, codes["A"], "100", at(2))
    sales["A2"] = sale(svc, codes["A"], "200", at(3))
    sales["B1"] = sale(svc, codes["B"], "50", at(2))
    sales["C1"] = sale(svc, codes["C"], "300", at(3))
    sales["D1"] = sale(svc, codes["D"], "10", at(2))
    step()
    svc.refund(sales["A2"], parse_yuan("100"), at=at(5))
    svc.refund(sales["B1"], at=at(3, 15))
    e = svc.record_sale(yuan("3000"), member_key=codes["E"], at=at(5))
    sales["E1"] = str(e.result["sale_id"])
    step()
    sales["A3"] = sale(svc, codes["A"], "200", at(10, 11), points=100)
    svc.adjust(codes["C"], -300, "goodwill reversed", at=at(11))
    svc.refund(sales["C1"], at=at(12))
    step()
    first = svc.redeem(codes["A"], "RW0007", at=at(17, 12))
    svc.cancel_redemption(str(first.result["redemption_id"]), "changed mind", at=at(18, 9))
    svc.redeem(codes["A"], "RW0007", at=at(18, 11))
    step()
    svc.expire_due(ids["D"], at=datetime(2028, 3, 5, 10))
    step()
    return March(codes, ids, sales, int(e.result["points_earned"]))


ROLLUPS = (
    "analytics_member",
    "analytics_member_day",
    "analytics_member_reward",
    "analytics_member_expiry",
    "analytics_daily",
    "analytics_daily_reward",
    "analytics_liability",
    "analytics_rfm_rollup",
    "analytics_last_purchase",
)


def snapshot(svc: DeviceServices) -> dict[str, list[tuple[Any, ...]]]:
    with svc.factory() as s:
        return {
            t: sorted(tuple(r) for r in s.execute(text(f"SELECT * FROM {t}")).all())
            for t in ROLLUPS
        }


def refresh(svc: DeviceServices) -> Any:
    from core.analytics import refresh_aggregates

    with svc.factory() as s, s.begin():
        return refresh_aggregates(s)


def rebuilt(svc: DeviceServices) -> dict[str, list[tuple[Any, ...]]]:
    """The tables as a full build makes them (the incremental ones are put back after)."""
    from core.analytics import rebuild_aggregates

    engine = svc.factory.kw["bind"]
    with engine.connect() as conn:
        tx = conn.begin()
        from sqlalchemy.orm import Session

        with Session(bind=conn) as s:
            rebuild_aggregates(s)
            out = {
                t: sorted(tuple(r) for r in s.execute(text(f"SELECT * FROM {t}")).all())
                for t in ROLLUPS
            }
        tx.rollback()
    return out


MARCH_END = date(2026, 3, 31)
