"""Crash soak: ``memberdesk sync`` killed with SIGKILL at 1,000 random moments on two tills of
one region while they keep selling, then one clean sync each: 0 invariant violations
(nothing lost, nothing twice, the same balances, lots and entries on tills and server)
(``--quick``: 100 kills).

The loop and the checks are the end-to-end test's (``tests/e2e/test_sync_crash.py``),
against a fresh central database (PostgreSQL by default) seeded with 30 members.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import uuid
from pathlib import Path

from _server import Server, _pg_admin, _seed, pg_drop

from _common import ROOT, report

PG = os.environ.get("MEMBERDESK_BENCH_PG", "postgresql://postgres@127.0.0.1:5432")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--kills", type=int)
    parser.add_argument("--backend", choices=("postgres", "sqlite"), default="postgres")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    kills = args.kills or (100 if args.quick else 1_000)

    with tempfile.TemporaryDirectory(prefix="memberdesk-soak-") as tmp:
        folder = Path(tmp)
        os.environ.update(
            {
                # A plaintext keyring in a temporary HOME: never the user's own.
                "HOME": tmp,
                "XDG_DATA_HOME": f"{tmp}/data",
                "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            }
        )
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))
        from tests.e2e.conftest import Central, Device, Made, assert_converged, local_op
        from tests.e2e.test_sync_crash import kill_loop

        name = f"memberdesk_bench_soak_{uuid.uuid4().hex[:8]}"
        if args.backend == "postgres":
            with _pg_admin() as admin:
                admin.execute(f'CREATE DATABASE "{name}"')
            url = f"{PG}/{name}"
        else:
            url = f"sqlite:///{folder / 'central.db'}"
        try:
            _seed(url, 30)
            with Server(url) as server:
                central = Central(args.backend, url, port=server.port)
                tills = [Device(folder / "a.db", "S001"), Device(folder / "b.db", "S002")]
                made = Made()
                for till in tills:
                    till.setup_in_process(server.url)
                    for code in till.region_member_codes()[:3]:
                        local_op(till, made, "sale", member=code, fen=12_345)
                stats = kill_loop(
                    tills,
                    made,
                    kills,
                    random.Random(args.seed),
                    progress=True,
                    server_seq=central.last_seq,
                )
                print(stats.line(), file=sys.stderr)
                started = time.perf_counter()
                for till in (*tills, tills[0]):
                    till.sync_in_process()
                violations = 0
                try:
                    assert_converged(central, tills, made)
                except AssertionError as exc:
                    violations = 1
                    print(f"INVARIANT VIOLATED: {exc}", file=sys.stderr)
                print(
                    f"clean sync and checks in {time.perf_counter() - started:.1f} s",
                    file=sys.stderr,
                )
                for till in tills:
                    till.close()
                central.close()
        finally:
            if args.backend == "postgres":
                pg_drop(name)
    report(f"sync_soak_{kills}_kills_violations", violations, "count", "<=", 0)
    return 0 if violations == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
