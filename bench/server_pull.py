"""Full pull (the snapshot) of a 1,000,000-member scope from PostgreSQL by a head-office
device (scope "*"): >= 20,000 rows/s, and the server's peak memory stays bounded
(<= 500 MiB) however big the scope is (``--quick``: 20,000 members).

Pages are fetched as a device does (``limit`` 20,000, the protocol's largest, until
``has_more`` is false) and decoded, but not applied: this measures the server.
"""

from __future__ import annotations

import argparse
import sys
import time

import httpx
from _server import Server, enrol, server_database, sign_in

from _common import report


def main() -> int:
    from sync.protocol import MAX_PULL_LIMIT

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--limit", type=int, default=MAX_PULL_LIMIT, help="rows per page")
    parser.add_argument("--backend", choices=("postgres", "sqlite"), default="postgres")
    args = parser.parse_args()
    members = 20_000 if args.quick else 1_000_000
    label = ("20k" if args.quick else "1m") + ("" if args.backend == "postgres" else "_sqlite")
    url = server_database(members, args.backend)

    with Server(url) as server:
        admin = sign_in(server.url)
        device = enrol(server.url, admin, "bench head office", "backoffice")
        idle = server.rss_mb()
        rows: dict[str, int] = {}
        pages = 0
        cursor = ""
        largest = 0
        started = time.perf_counter()
        with httpx.Client(base_url=server.url, headers=device.headers, timeout=600) as client:
            while True:
                r = client.get("/v1/sync/pull", params={"cursor": cursor, "limit": args.limit})
                r.raise_for_status()
                largest = max(largest, len(r.content))
                page = r.json()
                pages += 1
                for block in page["changes"]:
                    rows[block["entity"]] = rows.get(block["entity"], 0) + len(block["rows"])
                cursor = page["cursor"]
                if not page["has_more"]:
                    break
        seconds = time.perf_counter() - started
        peak, peak_sum = server.peak_rss_mb()
    total = sum(rows.values())
    print(
        f"{total:,} rows in {pages:,} pages in {seconds:.1f} s; largest page "
        f"{largest / 1e6:.1f} MB; server RSS {idle:.0f} MiB idle, peak {peak:.0f} MiB; "
        f"rows: {', '.join(f'{k} {v:,}' for k, v in rows.items())}",
        file=sys.stderr,
    )
    report(f"server_pull_snapshot_{label}_rows_per_s", total / seconds, "rows/s", ">=", 20_000)
    report(f"server_pull_snapshot_{label}_peak_rss", peak_sum, "MiB", "<=", 500)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
