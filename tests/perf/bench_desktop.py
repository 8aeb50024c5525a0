"""Benchmark of the desktop app on a 100,000-person vault: start, unlock, lists, sorting, search.

Run from the repository:  PYTHONPATH=.:tests/support python tests/perf/bench_desktop.py [FOLDER]
Builds FOLDER/big.casebook once (100,000 synthetic people and 30 detained defenders, passphrase-only
mode, key derivation calibrated here), then prints: command to unlock window (a fresh process),
unlock to a painted main window, a page of the lazy list, scrolling, sorting, and typing in the search
field: the longest the GUI thread went without running its event loop while queries were typed a
character every 80 ms, against the same typing with each keystroke's search run on the GUI thread (the
old way) as the baseline measured in the same run. One frame is 16.7 ms. Runs offscreen; synthetic data only.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.vault.vault import Vault
from helpers.vaults import add_people, detained_defender
from ui.application import Casebook, make_application
from ui.main.window import MainWindow

PASSPHRASE = "correct horse battery staple"
QUERIES = ("王伟", "ke de", "柯", "person 0999", "zhang wei", "李芳娜")
TYPING_S = 0.08  # a fast typist: about twelve characters a second
TICK_S = 0.002
FRAME = 1 / 60
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华"
START = """
import os, sys, time
from ui.application import Casebook, make_application
app = make_application()
casebook = Casebook(sys.argv[1]); casebook.show(); app.processEvents()
print(f"{time.time() - float(os.environ['T0']):.2f}")
"""


def name(i: int) -> list[str]:
    return [SURNAMES[i % 20] + GIVEN[(i // 20) % len(GIVEN)] + GIVEN[(i // 480) % len(GIVEN)], f"Person {i:06d}"]


def build(path: Path) -> None:
    started = time.perf_counter()
    created = Vault.create(path, PASSPHRASE, use_keyring=False)
    add_people(created.vault.records, 100_000, name)
    for k in range(30):
        detained_defender(created.vault.records, [f"柯德{k}", f"Ke De {k}"])
    created.vault.close()
    print(f"built the vault in {time.perf_counter() - started:.0f} s")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main(folder: Path) -> int:
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")  # the app's settings (last vault) stay with the benchmark
    path = folder / "big.casebook"
    if not path.exists():
        build(path)
    for _ in range(3):
        env = {**os.environ, "T0": str(time.time())}
        out = subprocess.run([sys.executable, "-c", START, str(path)], env=env, capture_output=True, text=True, check=True)
        print(f"command to unlock window: {out.stdout.strip()} s")
    app = make_application()
    casebook = Casebook(str(path))
    casebook.show()
    page = casebook.start.unlock_page
    page.passphrase.setText(PASSPHRASE)
    started = time.perf_counter()
    page.unlock()
    while casebook.main is None:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    print(f"unlock to painted main window: {time.perf_counter() - started:.2f} s (key derivation included)")
    main_window = casebook.main
    people = main_window.pages[0]
    model, view = people.model, people.view  # type: ignore[attr-defined]
    times = []
    for _ in range(20):
        started = time.perf_counter()
        model.fetchMore(QModelIndex())
        times.append(time.perf_counter() - started)
    print(f"one page of 200 rows: median {ms(sorted(times)[10])}, max {ms(max(times))}")
    started = time.perf_counter()
    for _ in range(50):
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 400)
        app.processEvents()
    print(f"scrolling by 400 rows, painted: {ms((time.perf_counter() - started) / 50)} a step ({model.rowCount()} rows loaded)")
    for column, order in ((0, Qt.SortOrder.DescendingOrder), (1, Qt.SortOrder.AscendingOrder), (2, Qt.SortOrder.DescendingOrder)):
        started = time.perf_counter()
        view.sortByColumn(column, order)
        app.processEvents()
        print(f"sort by column {column}: {ms(time.perf_counter() - started)}")
    on_pool = typing(app, main_window, on_gui_thread=False)
    on_gui = typing(app, main_window, on_gui_thread=True)
    print(f"typing in the search field: longest GUI-thread stall {ms(on_pool.stall)} (99th percentile {ms(on_pool.p99)}); "
          f"answer shown {ms(on_pool.answer)} after the last key at the median")
    print(f"baseline, each keystroke's search on the GUI thread: longest stall {ms(on_gui.stall)} "
          f"(99th percentile {ms(on_gui.p99)}); ratio {on_pool.stall / on_gui.stall:.2f}; one frame is {ms(FRAME)}")
    casebook.shutdown()
    return 0


@dataclass
class Typing:
    stall: float  # the longest time the event loop did not run
    p99: float
    answer: float  # from the last keystroke to the results of the whole query on screen, median


def typing(app: QApplication, window: MainWindow, *, on_gui_thread: bool) -> Typing:
    """Type each query a character at a time, TYPING_S apart, with a TICK_S timer counting the event loop's gaps."""
    gaps: list[float] = []
    last = time.perf_counter()

    def tick() -> None:
        nonlocal last
        now = time.perf_counter()
        gaps.append(now - last - TICK_S)
        last = now

    timer = QTimer()
    timer.setInterval(int(TICK_S * 1000))
    timer.timeout.connect(tick)
    answers = []
    for query in QUERIES:
        window.search.clear()
        pump(app, 0.3)
        timer.start()
        last = time.perf_counter()
        for ch in query:
            window.search.insert(ch)
            if on_gui_thread:
                window.session.search(window.search.text(), limit=100)
            typed = time.perf_counter()
            pump(app, TYPING_S)
        while not (window.results.current() and window.results.query == query):
            pump(app, 0.001)
        answers.append(time.perf_counter() - typed)
        timer.stop()
    gaps.sort()
    return Typing(max(gaps), gaps[int(0.99 * len(gaps))], sorted(answers)[len(answers) // 2])


def pump(app: QApplication, seconds: float) -> None:
    """Run the event loop for `seconds`, as a window waiting for the next keystroke does."""
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.0005)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="casebook-bench-"))))
