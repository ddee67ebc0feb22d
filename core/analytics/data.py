"""Plain data (dicts, lists, numbers, strings) from the dashboards: for JSON and exports."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from core.analytics.types import PointsFlow, Ratio, Scope


def to_data(value: Any) -> Any:
    """Dataclasses become dicts (a Ratio with its basis points, a flow with issued and used)."""
    if isinstance(value, Ratio):
        return value.as_dict()
    if isinstance(value, Scope):
        return {
            "start": value.start.isoformat(),
            "end": value.end.isoformat(),
            "stores": None if value.stores is None else list(value.stores),
            "tiers": None if value.tiers is None else list(value.tiers),
            "bucket": value.bucket,
        }
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
        if isinstance(value, PointsFlow):
            out["issued"] = value.issued
            out["used"] = value.used
        return out
    if isinstance(value, (list, tuple)):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value
