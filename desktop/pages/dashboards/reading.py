"""What the dashboards run on the database worker: fold in what changed, then read.

Every read is one transaction that first calls ``refresh_aggregates`` (so the figures
include the last sale) and then the core.analytics function asked for. Nothing here
touches a widget; the pages call these through ``ui.ops.Op``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from core import analytics as a
from core.directory import stores as store_names
from core.errors import InvalidInput
from core.progress import Progress
from sync.state import device_of

T = TypeVar("T")
# A session factory (core.db.engine's sessionmaker); typed loosely so that this module,
# like every widget module, does not import SQLAlchemy.
Factory = Callable[[], Any]


def read(factory: Factory, fn: Callable[[Any], T]) -> T:
    """``refresh_aggregates`` then ``fn(session)``, in one transaction."""
    with factory() as session, session.begin():
        a.refresh_aggregates(session)
        return fn(session)


@dataclass(frozen=True)
class Choices:
    """What the filter lists hold: the stores and regions this database covers, the tiers."""

    stores: tuple[tuple[str, str, str], ...]  # (code, name, region)
    regions: tuple[str, ...]
    tiers: tuple[tuple[str, str], ...]  # (code, name)
    device_regions: tuple[str, ...] | None  # a region device's regions; None: everything


def choices(factory: Factory, tiers: list[tuple[str, str]], today: date) -> Choices:
    """The filter lists. On a region's device only that region and its stores are listed.

    Regions are those the database's members belong to (the core resolves a region to
    its stores); a region device keeps to the regions it was enrolled for.
    """
    device = device_of(factory)  # type: ignore[arg-type]
    scoped: tuple[str, ...] | None = None
    if device is not None and device.regions and "*" not in device.regions:
        scoped = tuple(device.regions)

    def work(session: Any) -> Choices:
        names = dict(store_names(session))
        overview = a.member_overview(session, a.Filters(start=today, end=today), now=today)
        regions = sorted({g.key for g in overview.by_region if g.key})
        if scoped is not None:
            regions = [r for r in sorted(set(regions) | set(scoped)) if r in scoped]
        stores: list[tuple[str, str, str]] = []
        for region in regions:
            try:
                resolved = a.resolve(session, a.Filters(regions=(region,)), now=today)
            except InvalidInput:
                continue  # enrolled for a region this copy holds no store of
            stores.extend((code, names.get(code, code), region) for code in resolved.stores or ())
        kept = {r for _c, _n, r in stores}
        return Choices(
            stores=tuple(sorted(stores)),
            regions=tuple(r for r in regions if r in kept),
            tiers=tuple(tiers),
            device_regions=scoped,
        )

    return read(factory, work)


def recompute_rfm(factory: Factory, as_of: date, progress: Progress) -> a.RfmRun:
    """Score everyone again (the heavy one), with progress."""
    return read(factory, lambda s: a.recompute_rfm(s, as_of=as_of, progress=progress))
