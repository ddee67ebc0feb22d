"""Shared by the benchmarks: the BENCH line of CONTRACT.md, percentiles, a cached seeded db."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def report(name: str, value: float, unit: str, op: str, target: float) -> bool:
    met = value <= target if op == "<=" else value >= target
    shown = f"{value:.3f}" if value < 10 else f"{value:.1f}"
    print(f"BENCH {name} {shown} {unit} target {op} {target:g} {'met' if met else 'MISSED'}")
    return met


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    k = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def seeded_db(
    members: int,
    *,
    name: str | None = None,
    then: Callable[[Path], None] | None = None,
) -> Path:
    """A device database with ``members`` demo members, made once and reused between runs.

    ``name`` is its file name (default ``memberdesk-bench-<members>.db``); ``then(path)``
    adds what a benchmark needs beyond the seed, before the database counts as made.
    The file is only trusted once its ``.ready`` marker exists, so a build that was cut
    short is made again rather than measured. ``MEMBERDESK_BENCH_DIR`` chooses where it
    lives (default: the system temp dir).
    """
    from core.db.engine import open_device_db
    from core.seed import seed_device

    folder = Path(os.environ.get("MEMBERDESK_BENCH_DIR", tempfile.gettempdir()))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"memberdesk-bench-{members}.db")
    ready = path.with_suffix(".ready")
    if path.exists() and ready.exists():
        return path
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    print(f"seeding {members:,} members into {path} ...", file=sys.stderr)
    factory = open_device_db(path)
    seed_device(factory, members=members)
    factory.kw["bind"].dispose()
    if then is not None:
        print(f"seeded in {time.perf_counter() - started:.1f} s; adding more ...", file=sys.stderr)
        then(path)
    ready.write_text("ok")
    print(f"made in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path
