"""Benchmark of the desktop app on a 100,000-person vault: start, unlock, lists, sorting, search.

Run from the repository:  PYTHONPATH=.:tests/support python tests/perf/bench_desktop.py [FOLDER]
Builds FOLDER/big.casebook once (100,000 synthetic people and 30 detained defenders, passphrase-only
mode, key derivation calibrated here), then prints: command to unlock window (a fresh process),
unlock to a painted main window, a page of the lazy list, scrolling, sorting and search times.
Runs offscreen; synthetic data only.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex, Qt

from app.vault.vault import Vault
from helpers.vaults import add_people, detained_defender
from ui.application import Casebook, make_application

PASSPHRASE = "correct horse battery staple"
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
    for query in ("王伟", "ke de", "柯", "person 09"):
        started = time.perf_counter()
        main_window.results.set_query(query)
        print(f"search {query!r}: {main_window.results.rowCount()} results in {ms(time.perf_counter() - started)}")
    casebook.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="casebook-bench-"))))
