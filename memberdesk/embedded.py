"""The embedded set-up behind ``make run`` and ``make pos``: the central API beside the apps.

    python -m memberdesk.embedded desktop|pos --data DIR [--port 8700] [--members N]

* the central database ``DIR/central.db`` (SQLite): created, migrated and seeded
  with demo data and demo staff on first use;
* the central API on ``127.0.0.1:PORT``: used if it already answers (``make run``
  in another terminal), otherwise started as a child process and stopped when the
  application closes;
* ``pos``: a till ``DIR/till.db`` set up for store S001 against that API the first
  time (``memberdesk device setup`` with the demo store manager), so the checkout
  syncs in the background and its status bar shows it; the till keeps working
  when the API is stopped;
* ``desktop``: the back office on ``DIR/backoffice.db``, a head-office desktop
  (``memberdesk device setup --backoffice`` with the demo back-office account)
  of that API the first time: its changes go through the outbox to the API,
  name the back-office account as their staff, and its status bar shows sync.

Without a usable OS keyring (a headless machine), the demo devices keep their
credentials in keyrings.alt's plaintext file; a real device configures a keyring.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

DEMO_PASSWORD = "demo-pass-1"
BACKOFFICE_USER = "backoffice"
ADMIN_PASSWORD = "admin-pass-1"
PLAINTEXT_KEYRING = "keyrings.alt.file.PlaintextKeyring"


class EmbeddedError(Exception):
    """A step of the set-up failed; the message says which and why."""


def _memberdesk(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "memberdesk", *args], check=False)
    if done.returncode:
        raise EmbeddedError(f"memberdesk {' '.join(args[:2])} failed (exit {done.returncode})")


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/v1/health", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def ensure_central(data: Path, members: int) -> str:
    """The central database's URL, created and seeded on first use."""
    path = data / "central.db"
    url = f"sqlite:///{path}"
    ready = data / "central.ready"
    if not ready.exists():
        data.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        _memberdesk("server", "init", "--database-url", url, "--admin-password", ADMIN_PASSWORD)
        _memberdesk("seed", "--database-url", url, "--members", str(members))
        ready.write_text("seeded\n")
    upgrade_demo(data, url)
    return url


def upgrade_demo(data: Path, url: str) -> None:
    """Bring a demo made by an older version up to date, once: the schema migrated and the
    demo staff given what they lacked (POS PINs came later than the first demos)."""
    marker = data / "central.demo-v2"
    if marker.exists():
        return
    from server.db import open_server_db
    from server.seed import add_demo_staff

    factory = open_server_db(url)  # migrates
    try:
        add_demo_staff(factory)
    finally:
        factory.kw["bind"].dispose()
    marker.write_text("demo staff have PINs\n")


def start_api(database_url: str, port: int) -> subprocess.Popen[bytes] | None:
    """Start the API unless one answers on ``port`` already; the child process, if started."""
    url = f"http://127.0.0.1:{port}"
    if _healthy(url):
        print(f"using the central API already running on {url}")
        return None
    command = ["server", "run", "--database-url", database_url, "--port", str(port)]
    process = subprocess.Popen([sys.executable, "-m", "memberdesk", *command])
    deadline = time.monotonic() + 60
    while not _healthy(url):
        if process.poll() is not None:
            raise EmbeddedError(f"the central API did not start (exit {process.returncode})")
        if time.monotonic() > deadline:
            process.terminate()
            raise EmbeddedError(f"the central API did not answer on {url} within 60 s")
        time.sleep(0.2)
    print(f"central API on {url} (interactive docs at {url}/docs)")
    return process


def use_a_keyring() -> None:
    """A demo on a machine without an OS keyring falls back to keyrings.alt's plaintext file."""
    if os.environ.get("PYTHON_KEYRING_BACKEND"):
        return
    from sync.errors import NoKeyring
    from sync.state import check_keyring

    try:
        check_keyring()
    except NoKeyring:
        os.environ["PYTHON_KEYRING_BACKEND"] = PLAINTEXT_KEYRING
        print("no OS keyring here: the demo devices keep their credentials in keyrings.alt's file")


def _ensure_device(data: Path, port: int, name: str, *kind: str, user: str) -> Path:
    """``DIR/<name>.db`` set up once as a device of the API (``<name>.ready`` says it is)."""
    db = data / f"{name}.db"
    ready = data / f"{name}.ready"
    if not ready.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        _memberdesk(
            "device",
            "setup",
            "--db",
            str(db),
            "--server",
            f"http://127.0.0.1:{port}",
            *kind,
            "--user",
            user,
            "--password",
            DEMO_PASSWORD,
        )
        ready.write_text("set up\n")
    return db


def ensure_till(data: Path, port: int) -> Path:
    """The demo till ``till.db``, set up for store S001 on first use."""
    return _ensure_device(data, port, "till", "--store", "S001", user="S001-manager")


def ensure_backoffice(data: Path, port: int) -> Path:
    """The demo back office ``backoffice.db``, a head-office desktop, set up on first use."""
    return _ensure_device(data, port, "backoffice", "--backoffice", user=BACKOFFICE_USER)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m memberdesk.embedded", description=__doc__)
    parser.add_argument("app", choices=["desktop", "pos"])
    parser.add_argument("--data", required=True, help="folder of the demo databases")
    parser.add_argument("--port", type=int, default=8700)
    parser.add_argument("--members", type=int, default=2000)
    args = parser.parse_args(argv)
    # Stopped from outside (SIGTERM): still stop the API and the app we started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    data = Path(args.data).expanduser()
    api: subprocess.Popen[bytes] | None = None
    try:
        url = ensure_central(data, args.members)
        api = start_api(url, args.port)
        use_a_keyring()
        if args.app == "pos":
            db = ensure_till(data, args.port)
        else:
            db = ensure_backoffice(data, args.port)
        done = subprocess.run(
            [sys.executable, "-m", "memberdesk", args.app, "--db", str(db)], check=False
        )
        return done.returncode
    except EmbeddedError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except OSError as err:  # the data folder cannot be made or written
        print(f"error: {err.strerror or err}: {err.filename or args.data}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        if api is not None:
            api.terminate()
            try:
                api.wait(timeout=10)
            except subprocess.TimeoutExpired:
                api.kill()


if __name__ == "__main__":
    raise SystemExit(main())
