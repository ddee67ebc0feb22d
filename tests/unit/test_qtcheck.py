"""memberdesk.qtcheck: says exactly what stops Qt from opening a window, and how to fix it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterable

import pytest

from memberdesk import qtcheck


def having(*missing: str) -> Callable[[str], bool]:
    gone = set(missing)
    return lambda soname: soname not in gone


def all_present() -> Callable[[str], bool]:
    return having()


def test_offscreen_passes_without_a_display() -> None:
    v = qtcheck.check(
        {"QT_QPA_PLATFORM": "offscreen"}, have_library=all_present(), platform="linux"
    )
    assert v.ok
    assert v.message() == ""


@pytest.mark.parametrize("name", ["minimal", "offscreen:fontengine=freetype"])
def test_other_headless_platforms_pass(name: str) -> None:
    v = qtcheck.check({"QT_QPA_PLATFORM": name}, have_library=all_present(), platform="linux")
    assert v.ok


def test_offscreen_does_not_need_the_xcb_libraries() -> None:
    v = qtcheck.check(
        {"QT_QPA_PLATFORM": "offscreen"},
        have_library=having("libxcb-cursor.so.0", "libxkbcommon-x11.so.0"),
        platform="linux",
    )
    assert v.ok


def test_display_with_every_library_passes() -> None:
    v = qtcheck.check({"DISPLAY": ":0"}, have_library=all_present(), platform="linux")
    assert v.ok
    assert v.platform == "xcb"


def test_missing_xcb_libraries_are_named_with_the_apt_line() -> None:
    v = qtcheck.check(
        {"DISPLAY": ":0"},
        have_library=having("libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-icccm.so.4"),
        platform="linux",
    )
    assert not v.ok
    text = v.message()
    for soname in ("libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libxcb-icccm.so.4"):
        assert soname in text
    assert "apt-get install -y libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0" in text
    assert "no display" not in text


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libEGL.so.1", "libegl1"),
        ("libGL.so.1", "libgl1"),
        ("libfontconfig.so.1", "libfontconfig1"),
        ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libdbus-1.so.3", "libdbus-1-3"),
    ],
)
def test_each_library_maps_to_its_debian_package(soname: str, package: str) -> None:
    v = qtcheck.check({"DISPLAY": ":0"}, have_library=having(soname), platform="linux")
    assert v.missing == {soname: package}
    assert f"apt-get install -y {package}" in v.message()


def test_no_display_explains_xvfb_and_offscreen() -> None:
    v = qtcheck.check({}, have_library=all_present(), platform="linux")
    assert not v.ok and v.no_display
    text = v.message()
    assert "no display" in text
    assert "xvfb-run" in text
    assert "QT_QPA_PLATFORM=offscreen" in text


def test_no_display_and_missing_libraries_are_both_reported() -> None:
    v = qtcheck.check({}, have_library=having("libxcb-shape.so.0"), platform="linux")
    text = v.message()
    assert "no display" in text
    assert "libxcb-shape0" in text


def test_wayland_session_needs_no_xcb() -> None:
    env = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    v = qtcheck.check(env, have_library=having("libxcb-cursor.so.0"), platform="linux")
    assert v.ok
    assert v.platform == "wayland"


def test_explicit_xcb_on_wayland_needs_display() -> None:
    env = {"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}
    v = qtcheck.check(env, have_library=all_present(), platform="linux")
    assert not v.ok and v.no_display


def test_windows_and_macos_pass() -> None:
    for system in ("win32", "darwin"):
        assert qtcheck.check({}, have_library=having("libGL.so.1"), platform=system).ok


def test_real_library_finder_answers_for_libc() -> None:
    have = qtcheck.system_library_finder()
    assert have("libc.so.6")
    assert not have("libdefinitely-not-here.so.42")


def run_module(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "memberdesk.qtcheck"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def base_env(extra: Iterable[tuple[str, str]]) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env.update(extra)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux display check")
def test_module_exits_1_with_one_message_without_display() -> None:
    result = run_module(base_env([]))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "no display" in result.stderr
    assert "Traceback" not in result.stderr


def test_module_exits_0_offscreen() -> None:
    result = run_module(base_env([("QT_QPA_PLATFORM", "offscreen")]))
    assert result.returncode == 0, result.stderr
    assert "PySide6" not in result.stderr


def test_module_does_not_import_qt() -> None:
    code = (
        "import sys, memberdesk.qtcheck as q; q.check(); "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == "False"
