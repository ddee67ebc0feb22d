"""Can Qt open a window here? ``python -m memberdesk.qtcheck`` answers before the apps start.

Exit status 0 when it can; otherwise one message on stderr says what is missing
(the display, or the shared libraries Qt 6's platform plugin loads, with the
``apt-get install`` line that provides them) and the exit status is 1.

Pure standard library: importing PySide6 with a library missing aborts the
process with Qt's own, far less helpful, message; this runs before that.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

# soname -> Debian package. What libQt6Gui and the platform plugins of the PySide6
# wheels link against (readelf -d), minus what every Linux system has.
BASE_LIBRARIES: dict[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
}

XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    # Qt's xcb integration talks to the desktop's portal and theme over D-Bus.
    "libdbus-1.so.3": "libdbus-1-3",
}

WAYLAND_LIBRARIES: dict[str, str] = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libdbus-1.so.3": "libdbus-1-3",
}

HEADLESS_PLATFORMS = ("offscreen", "minimal", "minimalegl", "vnc", "linuxfb", "eglfs")


@dataclass(frozen=True)
class Verdict:
    """The answer: ``ok``, the platform checked, and what is missing."""

    ok: bool
    platform: str
    no_display: bool = False
    missing: dict[str, str] = field(default_factory=dict)  # soname -> Debian package

    def message(self) -> str:
        """One message for the person at the terminal (empty when all is well)."""
        if self.ok:
            return ""
        parts: list[str] = []
        if self.no_display:
            parts.append(
                "Qt cannot open a window: there is no display "
                "(neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
                "On a machine without a screen, start a virtual X server:\n"
                "  apt-get install -y xvfb && xvfb-run -a make run\n"
                "or run headless (tests, screenshots) with QT_QPA_PLATFORM=offscreen."
            )
        if self.missing:
            names = ", ".join(sorted(self.missing))
            packages = " ".join(sorted(set(self.missing.values())))
            head = "Also, " if parts else "Qt cannot open a window: "
            parts.append(
                f"{head}Qt's '{self.platform}' platform needs libraries that are not installed: "
                f"{names}.\n"
                f"Install them with:\n  {_sudo()}apt-get install -y {packages}"
            )
        return "\n".join(parts)


def _sudo() -> str:
    geteuid = getattr(os, "geteuid", None)
    return "sudo " if geteuid is not None and geteuid() != 0 else ""


def _ldconfig_sonames() -> set[str] | None:
    """Sonames the dynamic linker's cache knows, or None when ldconfig is not available."""
    exe = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if os.path.exists(p)), None
    )
    if exe is None:
        return None
    try:
        out = subprocess.run(
            [exe, "-p"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    names = {line.split(" (", 1)[0].strip() for line in out.splitlines()[1:]}
    return {n for n in names if n}


def system_library_finder() -> Callable[[str], bool]:
    """A predicate "is this soname loadable here?" over ldconfig's cache, then dlopen."""
    cache = _ldconfig_sonames()

    def have(soname: str) -> bool:
        if cache is not None and soname in cache:
            return True
        stem = soname.removeprefix("lib").split(".so", 1)[0]
        found = ctypes.util.find_library(stem)
        if found == soname:
            return True
        # LD_LIBRARY_PATH and unusual layouts: ask the dynamic linker itself.
        try:
            ctypes.CDLL(soname)
        except OSError:
            return False
        return True

    return have


def _candidates(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return [p.split(":", 1)[0].strip() for p in chosen.split(";") if p.strip()]
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def _missing(libraries: Iterable[tuple[str, str]], have: Callable[[str], bool]) -> dict[str, str]:
    return {soname: pkg for soname, pkg in libraries if not have(soname)}


def _check_platform(name: str, env: Mapping[str, str], have: Callable[[str], bool]) -> Verdict:
    base = list(BASE_LIBRARIES.items())
    if name in HEADLESS_PLATFORMS:
        missing = _missing(base, have)
        return Verdict(ok=not missing, platform=name, missing=missing)
    if name.startswith("wayland"):
        missing = _missing(base + list(WAYLAND_LIBRARIES.items()), have)
        no_display = not env.get("WAYLAND_DISPLAY")
        return Verdict(
            ok=not missing and not no_display, platform=name, no_display=no_display, missing=missing
        )
    # xcb, and anything unknown, which we treat like xcb.
    missing = _missing(base + list(XCB_LIBRARIES.items()), have)
    no_display = not env.get("DISPLAY")
    return Verdict(
        ok=not missing and not no_display, platform=name, no_display=no_display, missing=missing
    )


def check(
    env: Mapping[str, str] | None = None,
    *,
    have_library: Callable[[str], bool] | None = None,
    platform: str | None = None,
) -> Verdict:
    """Whether Qt can open a window with this environment on this machine."""
    env = os.environ if env is None else env
    system = sys.platform if platform is None else platform
    if not system.startswith("linux"):
        # Windows and macOS wheels bring everything their native platform needs.
        return Verdict(ok=True, platform=system)
    have = have_library or system_library_finder()
    verdicts = [_check_platform(name, env, have) for name in _candidates(env)]
    for v in verdicts:
        if v.ok:
            return v
    # Report on the last candidate: with "wayland;xcb" Qt falls back to xcb last.
    return verdicts[-1]


def main(argv: list[str] | None = None) -> int:
    verdict = check()
    if verdict.ok:
        return 0
    print(verdict.message(), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
