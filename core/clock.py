"""Business time: the chain's wall clock (China has one zone and no DST).

Times are stored naive in this zone, because rules speak in local days
("member day is Wednesday", "daily cap"). ``MEMBERDESK_TZ`` overrides it.
"""

from __future__ import annotations

import os
from datetime import datetime
from zoneinfo import ZoneInfo


def zone() -> ZoneInfo:
    return ZoneInfo(os.environ.get("MEMBERDESK_TZ", "Asia/Shanghai"))


def now() -> datetime:
    return datetime.now(zone()).replace(tzinfo=None, microsecond=0)
