"""Smoke test of the built artefact itself (not the venv): `python3 packaging/smoke_test.py [BUILD_DIR]`.

The built `casebook` makes a demo vault (passphrase-only), finds a person by pinyin typed without
spaces (pypinyin's data and SQLCipher's FTS in the build), then the built desktop app runs on a fresh
Xvfb and is driven from outside, as a person would, with xdotool's key presses: the unlock window,
the passphrase, the search field, the first result opened in its editor, Ctrl+L (every record
window gone, the unlock window back), unlock again, Ctrl+Q (the process ends with 0). Last, the built
`casebook check` finds the vault intact.

The build runs with a bare environment: no Python on PATH, no PYTHONPATH, HOME and XDG folders in a
temporary folder. Only the standard library is used, so the script runs wherever python3 is.
Needs Xvfb and xdotool. Prints one line a step and `N passed, N failed` at the end; exits 1 on failure.
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PASSPHRASE = "smoke test passphrase, not a secret"  # noqa: S105 (the demo vault's, in a temporary folder)
TIMEOUT = 60.0
ROOT = Path(__file__).resolve().parents[1]
X_TMP = Path("/tmp")  # noqa: S108 (where X servers put their sockets and locks, not a temporary file)


class SmokeFailure(Exception):
    """One step of the smoke test did not do what a user would see it do."""


def wait_until(what: str, condition: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SmokeFailure(f"timed out waiting for {what}")
        time.sleep(0.1)


class Artefact:
    """The built `casebook` run in a bare environment rooted in `home`."""

    def __init__(self, build: Path, home: Path) -> None:
        self.exe = build / ("casebook.exe" if sys.platform == "win32" else "casebook")
        if not self.exe.is_file():
            raise SmokeFailure(f"{self.exe} does not exist: run `make package` first")
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700, parents=True)
        self.env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "XDG_CONFIG_HOME": str(home / "config"),
                    "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
                    "XDG_RUNTIME_DIR": str(runtime), "CASEBOOK_PASSPHRASE": PASSPHRASE}

    def run(self, *args: str) -> str:
        """Run a CLI command; its standard output, or SmokeFailure with its error output."""
        result = subprocess.run([str(self.exe), *args], env=self.env, capture_output=True, text=True, timeout=300, check=False)
        if result.returncode != 0:
            raise SmokeFailure(f"casebook {' '.join(args)} exited {result.returncode}: {result.stderr.strip()[-2000:]}")
        return result.stdout

    def start_desktop(self, display: str, vault: Path) -> subprocess.Popen[bytes]:
        env = {**self.env, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        env.pop("CASEBOOK_PASSPHRASE")
        return subprocess.Popen([str(self.exe), "--vault", str(vault)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


class Screen:
    """An Xvfb of its own, looked at and typed into with xdotool."""

    def __init__(self) -> None:
        for tool in ("Xvfb", "xdotool"):
            if shutil.which(tool) is None:
                raise SmokeFailure(f"{tool} is missing: apt-get install xvfb xdotool")
        number = next(n for n in range(120, 300) if not (X_TMP / f".X11-unix/X{n}").exists() and not (X_TMP / f".X{n}-lock").exists())
        self.display = f":{number}"
        self.server = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until("Xvfb", lambda: (X_TMP / f".X11-unix/X{number}").exists() or self.server.poll() is not None, 20)
        if self.server.poll() is not None:
            raise SmokeFailure("Xvfb did not start")

    def close(self) -> None:
        self.server.terminate()
        self.server.wait(timeout=10)

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(["xdotool", *args], env={"DISPLAY": self.display, "PATH": "/usr/bin:/bin"},
                                capture_output=True, text=True, timeout=30, check=False)
        return result.stdout

    def windows(self) -> dict[str, str]:
        """Every mapped window with a title: id → title."""
        ids = self.xdotool("search", "--onlyvisible", "--name", ".").split()
        titles = {wid: self.xdotool("getwindowname", wid).strip() for wid in ids}
        return {wid: title for wid, title in titles.items() if title}

    def window(self, pattern: str) -> str | None:
        return next((wid for wid, title in self.windows().items() if re.fullmatch(pattern, title)), None)

    def wait_window(self, pattern: str) -> str:
        """The id of the first mapped window titled `pattern` to be seen (the one seen, not looked up again)."""
        seen: list[str] = []

        def shown() -> bool:
            wid = self.window(pattern)
            if wid is not None:
                seen.append(wid)
            return wid is not None

        wait_until(f"a window titled {pattern!r} (shown: {sorted(self.windows().values())})", shown)
        return seen[0]

    def press_until(self, what: str, wid: str, key: str, done: Callable[[], bool]) -> None:
        """Press `key` in `wid` until `done()`: a key that arrives before the app is ready for it is pressed again."""

        def pressed() -> bool:
            if done():
                return True
            self.type_into(wid, "", key)
            time.sleep(0.5)
            return done()

        wait_until(what, pressed)

    def type_into(self, wid: str, text: str, *keys: str) -> None:
        """Give `wid` the keyboard (there is no window manager), type `text`, then press `keys`."""
        self.xdotool("windowfocus", "--sync", wid)
        if text:
            self.xdotool("type", "--delay", "15", text)
        for key in keys:
            self.xdotool("key", key)


def person_found_by_pinyin(casebook: Artefact, vault: Path, people: list[str]) -> tuple[str, str]:
    """A demo person with a Han name and a pinyin query (`baixiao`) whose first search result is them."""
    for line in people:
        person = json.loads(line)
        name = person.get("display_name") or person.get("name") or ""
        latin = re.fullmatch(r"[\u4e00-\u9fff]+ \(([A-Za-z]+ [A-Za-z]+)\)", name)
        if latin is None:
            continue
        query = latin.group(1).replace(" ", "").lower()
        hits = [json.loads(hit) for hit in casebook.run("search", str(vault), query, "--json").splitlines()]
        if hits and hits[0]["id"] == person["id"]:
            return name, query
    raise SmokeFailure("the built casebook found no demo person by the pinyin of their Han name")


def desktop_steps(casebook: Artefact, screen: Screen, vault: Path, name: str, query: str, say: Callable[[str], None]) -> None:
    app = casebook.start_desktop(screen.display, vault)
    try:
        started = time.monotonic()
        start = screen.wait_window("Casebook")
        say(f"the built desktop app shows its unlock window ({time.monotonic() - started:.1f} s)")
        screen.type_into(start, PASSPHRASE, "Return")
        main = screen.wait_window(f"{re.escape(vault.name)} — Casebook")
        say("the passphrase typed into it unlocks the vault: the main window shows")
        screen.type_into(main, query, "Return")
        editor = rf".* — {re.escape(name)}"
        # Enter again until the editor shows: the first result takes the keyboard once the answer is in.
        screen.press_until(f"Enter on the first result to open {name}", main, "Return", lambda: screen.window(editor) is not None)
        say(f"typing {query!r} in its search field and Enter twice opens {name} in an editor")
        screen.press_until("Ctrl+L to hide every record window", screen.wait_window(editor), "ctrl+l",
                           lambda: screen.window(rf".*{re.escape(name)}|.* — Casebook") is None)
        start = screen.wait_window("Casebook")
        say("Ctrl+L locks: the main window and the editor are gone, the unlock window is back")
        screen.type_into(start, PASSPHRASE, "Return")
        main = screen.wait_window(f"{re.escape(vault.name)} — Casebook")
        screen.press_until("the app to quit after Ctrl+Q", main, "ctrl+q", lambda: app.poll() is not None)
        if app.returncode != 0:
            raise SmokeFailure(f"the app exited {app.returncode}: {app.stderr.read().decode(errors='replace')[-2000:] if app.stderr else ''}")
        say("unlocked again, Ctrl+Q quits and the process exits 0")
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()


def main(argv: list[str]) -> int:
    build = Path(argv[0]) if argv else ROOT / "build" / "dist" / "casebook"
    passed: list[str] = []

    def say(step: str) -> None:
        passed.append(step)
        print(f"ok {len(passed)}: {step}", flush=True)

    with tempfile.TemporaryDirectory(prefix="casebook-smoke-") as folder:
        home = Path(folder)
        screen: Screen | None = None
        try:
            casebook = Artefact(build.resolve(), home)
            vault = home / "smoke.casebook"
            casebook.run("demo", str(vault), "--people", "50", "--no-keyring")
            people = casebook.run("list", str(vault), "--kind", "person", "--json").splitlines()
            if len(people) != 50:
                raise SmokeFailure(f"the demo vault lists {len(people)} people, not 50")
            say("the built casebook makes a passphrase-only demo vault of 50 people")
            name, query = person_found_by_pinyin(casebook, vault, people)
            say(f"the built casebook finds {name} by {query!r}")
            screen = Screen()
            desktop_steps(casebook, screen, vault, name, query, say)
            casebook.run("check", str(vault))
            say("casebook check finds the vault intact afterwards")
        except SmokeFailure as failure:
            print(f"FAILED: {failure}", flush=True)
            print(f"{len(passed)} passed, 1 failed")
            return 1
        finally:
            if screen is not None:
                screen.close()
    print(f"{len(passed)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
