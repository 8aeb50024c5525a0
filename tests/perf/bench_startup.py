"""Start-up benchmark: a fresh process to the painted unlock window, and unlock to the painted main window.

Run from the repository (after `make package` for the built app):
    .venv/bin/python tests/perf/bench_startup.py [--runs 5] [--build build/dist/casebook]

On an Xvfb of its own, each run starts, in turn: a bare PySide6 window (a QLabel: the floor any Qt
app pays), `casebook` from the venv, and the built `casebook`, and times from the spawn to the
window's first painted frame, seen from outside: the window mapped (xdotool) and its pixels no longer
blank (grabbed by this process). Then it types the passphrase and Enter and times the main window
the same way; the key derivation (one Argon2id with the vault's own parameters, timed here) is
subtracted. Prints medians over the runs, the ratios to the bare window, and the targets (unlock
window ≤ 1.5 × the bare window; main window ≤ 0.3 s after the key derivation). The file cache is
warm after the first run, so the medians are warm starts; the first run of each is printed too.
Synthetic data only; every file is in a temporary folder.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "startup benchmark passphrase"
BARE = "from PySide6.QtWidgets import QApplication, QLabel\napp = QApplication([])\nw = QLabel('Bare window')\n" \
       "w.setWindowTitle('Bare')\nw.resize(560, 420)\nw.show()\napp.exec()\n"


def wait(condition: Callable[[], bool], timeout: float = 60.0) -> float:
    """Poll `condition` until true; the perf_counter when it was first seen true."""
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("timed out")
        time.sleep(0.005)
    return time.perf_counter()


class Display:
    """An Xvfb of its own, this process connected to it (to grab windows), windows found with xdotool."""

    def __init__(self) -> None:
        number = next(n for n in range(160, 300) if not Path(f"/tmp/.X11-unix/X{n}").exists())
        self.name = f":{number}"
        self.server = subprocess.Popen(["Xvfb", self.name, "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), 20)
        os.environ["DISPLAY"], os.environ["QT_QPA_PLATFORM"] = self.name, "xcb"
        from PySide6.QtGui import QGuiApplication

        self.app = QGuiApplication([])

    def window(self, title: str) -> str | None:
        result = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", f"^{title}$"], capture_output=True, text=True,
                                check=False)
        ids = result.stdout.split()
        return ids[0] if ids else None

    def painted(self, title: str) -> bool:
        """The window is mapped and shows more than a flat background."""
        wid = self.window(title)
        if wid is None:
            return False
        image = self.app.primaryScreen().grabWindow(int(wid)).toImage()
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        return len(colours) > 2

    def keys(self, title: str, text: str) -> None:
        wid = self.window(title)
        assert wid is not None
        subprocess.run(["xdotool", "windowfocus", "--sync", wid], check=True)
        subprocess.run(["xdotool", "type", "--delay", "5", text], check=True)

    def close(self) -> None:
        self.server.terminate()
        self.server.wait(timeout=10)


def key_derivation_seconds(vault: Path, runs: int) -> float:
    """Median seconds of one Argon2id with the vault's passphrase slot parameters, timed here."""
    from crypto.kdf import Argon2Params, benchmark

    slots = json.loads((vault / "keyslots.json").read_text(encoding="utf-8"))["slots"]
    params = Argon2Params.from_json(next(slot["kdf"] for slot in slots if slot["type"] == "passphrase"))
    return statistics.median(benchmark(params) for _ in range(runs))


def one_run(display: Display, command: list[str], env: dict[str, str], vault: Path | None) -> tuple[float, float | None]:
    """Seconds to the painted first window; with a vault, seconds from Enter to the painted main window."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        title = "Casebook" if vault else "Bare"
        first = wait(lambda: display.painted(title)) - started
        if vault is None:
            return first, None
        time.sleep(0.3)  # let the window settle, as a person takes longer than that to type
        display.keys(title, PASSPHRASE)
        entered = time.perf_counter()
        subprocess.run(["xdotool", "key", "Return"], check=True)
        return first, wait(lambda: display.painted(f"{vault.name} — Casebook")) - entered
    finally:
        process.kill()
        process.wait()


def report(label: str, firsts: list[float], bare: float, mains: list[float], kdf: float) -> None:
    first = statistics.median(firsts)
    line = (f"{label:<18} unlock window {first * 1000:5.0f} ms (fastest {min(firsts) * 1000:.0f}, first run {firsts[0] * 1000:.0f})"
            f" = {first / bare:.2f} × bare")
    if mains:
        main = statistics.median(mains) - kdf
        line += f";  Enter → main window {statistics.median(mains) * 1000:.0f} ms, minus key derivation {main * 1000:.0f} ms"
    print(line, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build", type=Path, default=ROOT / "build" / "dist" / "casebook")
    args = parser.parse_args()
    venv_casebook = Path(sys.executable).parent / "casebook"
    built = args.build / "casebook"
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"{tool} is missing: apt-get install xvfb xdotool", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory(prefix="casebook-startup-") as folder:
        home = Path(folder)
        env = {"PATH": os.environ["PATH"], "HOME": str(home), "LANG": "C.UTF-8", "XDG_CONFIG_HOME": str(home / "config"),
               "XDG_RUNTIME_DIR": str(home), "QT_QPA_PLATFORM": "xcb"}
        vault = home / "startup.casebook"
        subprocess.run([str(venv_casebook), "demo", str(vault), "--people", "200", "--no-keyring"],
                       env={**env, "CASEBOOK_PASSPHRASE": PASSPHRASE}, capture_output=True, check=True)
        display = Display()
        env["DISPLAY"] = display.name
        try:
            commands = {"bare PySide6": ([sys.executable, "-c", BARE], None),
                        "casebook (venv)": ([str(venv_casebook), "--vault", str(vault)], vault)}
            if built.is_file():
                commands["casebook (built)"] = ([str(built), "--vault", str(vault)], vault)
            else:
                print(f"{built} is missing (make package): the built app is left out", flush=True)
            firsts: dict[str, list[float]] = {label: [] for label in commands}
            mains: dict[str, list[float]] = {label: [] for label in commands}
            for _ in range(args.runs):
                for label, (command, opened) in commands.items():
                    first, main_window = one_run(display, command, env, opened)
                    firsts[label].append(first)
                    if main_window is not None:
                        mains[label].append(main_window)
            kdf = key_derivation_seconds(vault, args.runs)
        finally:
            display.close()
    bare = statistics.median(firsts["bare PySide6"])
    print(f"{args.runs} runs each, medians; key derivation {kdf * 1000:.0f} ms (Argon2id, the vault's parameters)")
    for label in commands:
        report(label, firsts[label], bare, mains[label], kdf)
    print("targets: unlock window ≤ 1.5 × bare; main window ≤ 300 ms after the key derivation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
