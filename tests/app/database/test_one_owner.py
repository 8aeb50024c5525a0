"""One connection, one lock: a pool thread and the GUI thread writing at once wait for each other or get our error."""

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from app.database import connection
from app.errors import CasebookError, VaultBusy, VaultClosed
from app.records.change import Change
from app.vault.vault import Vault
from helpers.secrets import TEST_PASSPHRASE


def _person(n: int) -> list[Change]:
    return [Change("person", {"names": [f"Person {n}"]})]


def _in_thread(work: Callable[[], None]) -> tuple[threading.Thread, list[BaseException]]:
    errors: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors


def test_a_worker_and_the_main_thread_writing_at_once_both_succeed(vault: Vault) -> None:
    """The worker holds each transaction a while; the main thread's writes wait their turn instead of failing."""
    rounds = 15
    started = threading.Event()

    def worker() -> None:
        for n in range(rounds):
            with vault.db.transaction():
                vault.records.apply(_person(1000 + n))
                started.set()
                threading.Event().wait(0.02)

    thread, errors = _in_thread(worker)
    started.wait(5)
    for n in range(rounds):
        vault.records.apply(_person(n))
    thread.join(30)
    assert errors == []
    assert vault.records.count("person") == 2 * rounds


def test_the_main_thread_gets_our_error_when_a_worker_holds_the_vault_too_long(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "MAIN_THREAD_WAIT_S", 0.05)
    holding, release = threading.Event(), threading.Event()

    def worker() -> None:
        with vault.db.transaction():
            vault.records.apply(_person(1))
            holding.set()
            release.wait(10)

    thread, errors = _in_thread(worker)
    holding.wait(5)
    with pytest.raises(VaultBusy, match="busy with another task"):
        vault.records.apply(_person(2))
    release.set()
    thread.join(10)
    assert errors == []
    assert [s.display_name for s in vault.records.summaries("person")] == ["Person 1"]


def test_a_worker_racing_the_main_thread_never_sees_an_sqlite_error(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """Short waits on both sides: every write either lands or fails with one of our errors, and counts agree."""
    monkeypatch.setattr(connection, "MAIN_THREAD_WAIT_S", 0.001)
    monkeypatch.setattr(connection, "WORKER_WAIT_S", 0.001)
    landed = {"main": 0, "worker": 0}
    foreign: list[BaseException] = []

    def attempt(side: str, n: int) -> None:
        try:
            vault.records.apply(_person(n))
            landed[side] += 1
        except CasebookError:
            pass
        except BaseException as exc:
            foreign.append(exc)

    thread, errors = _in_thread(lambda: [attempt("worker", 10_000 + n) for n in range(60)])
    for n in range(60):
        attempt("main", n)
    thread.join(30)
    assert errors == [] and foreign == []
    assert vault.records.count("person") == landed["main"] + landed["worker"]


def test_locking_stops_a_worker_midway_and_keeps_nothing_of_its_transaction(
        tmp_path: Path, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(connection, "CLOSE_WAIT_S", 0.05)
    path = vault.folder.path
    holding = threading.Event()

    def worker() -> None:
        with vault.db.transaction():
            vault.records.apply(_person(1))
            holding.set()
            threading.Event().wait(0.3)
            vault.records.apply(_person(2))

    thread, errors = _in_thread(worker)
    holding.wait(5)
    vault.close()
    thread.join(10)
    assert len(errors) == 1 and isinstance(errors[0], VaultClosed)
    reopened = Vault.open(path, TEST_PASSPHRASE)
    try:
        assert reopened.records.count("person") == 0
    finally:
        reopened.close()
