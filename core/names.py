"""Pinyin keys for finding members by name: 张三 → initials 'zs', full 'zhangsan'."""

from __future__ import annotations

import re
from functools import lru_cache

_KEEP = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=65536)
def _syllables(name: str) -> tuple[str, ...]:
    # Imported on first use: pypinyin's tables take 0.4 s to load, which every start of
    # the POS paid although only enrolment and edits need them.
    from pypinyin import Style, lazy_pinyin

    out: list[str] = []
    for part in lazy_pinyin(name.lower(), style=Style.NORMAL, errors="default"):
        out.extend(_KEEP.findall(part.lower()))
    return tuple(out)


def pinyin_initials(name: str) -> str:
    """First letter of each syllable (or Latin word): 欧阳娜娜 → 'oynn', Anna Li → 'al'."""
    return "".join(s[0] for s in _syllables(name))


def pinyin_full(name: str) -> str:
    return "".join(_syllables(name))
