"""Two stores of one region work offline while the server is down, then sync.

Sales, refunds, redemptions and enrolments on both tills; the server comes back;
after ``memberdesk sync`` on both, every member's balance is the same on both
devices and on the server, and the server holds exactly the commands made. The
same member spending beyond the balance in both stores keeps both entries,
records points debt and raises one attention item, seen on both devices.
"""

from __future__ import annotations

from typing import Any

import httpx

from tests.e2e.conftest import Central, Device, Made, assert_converged


def members_with_points(central: Central, staff: str, count: int) -> list[dict[str, Any]]:
    """Members of the staff member's region with the most available points (server view)."""
    headers = central.staff(staff)
    with httpx.Client(base_url=central.url, headers=headers, timeout=30) as http:
        page = http.get("/v1/members", params={"limit": 100}).json()["members"]
        cards = [http.get(f"/v1/members/{m['code']}").json() for m in page]
    cards.sort(key=lambda c: -c["points"]["available"])
    return cards[:count]


def server_points(central: Central, code: str) -> dict[str, int]:
    r = httpx.get(f"{central.url}/v1/members/{code}", headers=central.staff(), timeout=30)
    assert r.status_code == 200, r.text
    points: dict[str, int] = r.json()["points"]
    return points


def store_reward(device: Device, kind: str = "physical") -> str:
    """The cheapest reward of a kind any member may take, in stock at the device's store."""
    rows = device.query(
        "SELECT r.sku FROM rewards r LEFT JOIN store_stock s "
        "ON s.sku = r.sku AND s.store_code = ? "
        "WHERE r.active AND r.kind = ? AND r.per_member_limit IS NULL AND r.min_tier_rank = 0 "
        "AND r.cash_price_fen = 0 AND (r.stock_mode != 'store' OR s.quantity > 2) "
        "ORDER BY r.stock_mode != 'store', r.points_price LIMIT 1",
        (device.store, kind),
    )
    assert rows, f"no {kind} reward in stock at {device.store}"
    return str(rows[0][0])


def sync_all(*devices: Device) -> None:
    """Each device pushes and pulls; then once more, so everyone has seen everyone's."""
    for d in devices:
        d.sync()
    for d in devices[:-1]:
        d.sync()


def assert_same_everywhere(
    central: Central, devices: list[Device], codes: list[str]
) -> dict[tuple[str, str], dict[str, Any]]:
    """``members show --json`` on every device agrees with the server; the cards shown."""
    cards: dict[tuple[str, str], dict[str, Any]] = {}
    for code in codes:
        on_server = server_points(central, code)
        for d in devices:
            cards[d.store, code] = d.show(code)
            points = cards[d.store, code]["points"]
            assert points["pending_upload"] == 0, (d.store, code, points)
            assert points["confirmed"] == on_server["balance"], (d.store, code, points, on_server)
            for k in ("available", "locked", "debt"):
                assert points[k] == on_server[k], (d.store, code, k, points, on_server)
    return cards


def test_two_stores_offline_then_sync(central: Central, make_device: Any) -> None:
    a: Device = make_device("S001")
    b: Device = make_device("S002")
    a.setup(central.url)
    b.setup(central.url)
    m1, m2, m3 = (c["code"] for c in members_with_points(central, "S001-manager", 3))
    sku = store_reward(a)
    made = Made()

    central.stop()
    # Store A, offline.
    n1 = a.enrol("离线甲", "13900000001")
    made.note(a, "enrol", n1)
    s = a.sale(m1, "128.50")
    made.note(a, "sale", s, m1)
    s2 = a.sale(m2, "300", redeem=100)
    made.note(a, "sale", s2, m2)
    made.note(a, "redeem", a.redeem(m1, sku))
    made.note(a, "sale", a.sale(n1["code"], "88"), n1["code"])
    made.note(a, "refund", a.refund(s2["sale_id"]))
    # Store B, offline, the same members and its own new one.
    n2 = b.enrol("离线乙", "13900000002")
    made.note(b, "enrol", n2)
    made.note(b, "sale", b.sale(m1, "66"), m1)
    s3 = b.sale(m3, "500")
    made.note(b, "sale", s3, m3)
    made.note(b, "refund", b.refund(s3["sale_id"]))
    made.note(b, "redeem", b.redeem(m2, sku))
    made.note(b, "sale", b.sale(n2["code"], "45.60"), n2["code"])
    assert a.show(m1)["points"]["pending_upload"] != 0

    # While the server is away, sync fails and keeps everything.
    a.sync(ok=False)
    central.start()
    sync_all(a, b)

    assert_converged(central, [a, b], made)
    # The other members' balances were compared above through the ledger and the lots.
    cards = assert_same_everywhere(central, [a, b], [m1, n1["code"], n2["code"]])
    # A member enrolled in one store reaches the other store of the region.
    assert cards["S002", n1["code"]]["name"] == "离线甲"
    assert cards["S001", n2["code"]]["name"] == "离线乙"


def test_overdraft_in_two_stores_keeps_both_and_records_debt(
    central: Central, make_device: Any
) -> None:
    a: Device = make_device("S001")
    b: Device = make_device("S002")
    a.setup(central.url)
    b.setup(central.url)
    (card,) = members_with_points(central, "S001-manager", 1)
    code, balance = card["code"], card["points"]["available"]
    assert balance >= 200, card
    assert card["points"]["debt"] == 0
    spend = balance * 3 // 4  # each store alone stays within the balance, together they do not
    bill = f"{spend // 25 + 50}"  # points pay at most half of the bill after discounts
    made = Made()

    central.stop()
    made.note(a, "sale", a.sale(code, bill, redeem=spend), code)
    made.note(b, "sale", b.sale(code, bill, redeem=spend), code)
    central.start()
    sync_all(a, b)

    state = assert_converged(central, [a, b], made)
    member_id = state["member_codes"][code]
    # Both spends stand: nothing refused, nothing lost.
    assert all(v[3] != "rejected" for v in state["commands"].values())
    on_server = server_points(central, code)
    assert on_server["debt"] > 0, on_server
    items = [i for i in central.attention("points_overdraft") if i["member_id"] == member_id]
    assert len(items) == 1, items
    for d in (a, b):
        seen = [i for i in d.attention("points_overdraft") if i[1] == member_id]
        assert [i[0] for i in seen] == [items[0]["id"]], (d.store, seen)
    assert_same_everywhere(central, [a, b], [code])


def test_a_coupon_reward_redeemed_offline_lands_on_the_server(
    central: Central, make_device: Any
) -> None:
    """A points-mall coupon handed out offline is a fact: the server must keep it too."""
    till: Device = make_device("S001")
    till.setup(central.url)
    (card,) = members_with_points(central, "S001-manager", 1)
    sku = store_reward(till, "coupon")
    made = Made()
    central.stop()
    made.note(till, "redeem", till.redeem(card["code"], sku))
    central.start()
    till.sync()
    assert_converged(central, [till], made)
