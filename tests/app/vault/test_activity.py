"""The activity log: what was done, kept inside the vault, and a chain that shows any entry removed, moved or altered."""

import json
from pathlib import Path

import pytest

from app.errors import InternalError, WrongPassphrase
from app.records.change import Change
from app.store import migrations
from app.vault.vault import Vault
from helpers.cli import FAST_KDF, run
from helpers.secrets import TEST_PASSPHRASE, fast_params

PASS = {"CASEBOOK_PASSPHRASE": "a long passphrase for tests"}


def events(vault: Vault) -> list[str]:
    return [entry.event for entry in vault.activity.entries()]


def busy_vault(vault: Vault) -> Vault:
    """Six entries: vault-created, create, update, create, delete, export."""
    first = vault.records.apply([Change("person", {"names": ["First Person"]})])[0].id
    vault.records.apply([Change("person", {"notes": "moved"}, id=first)])
    second = vault.records.apply([Change("person", {"names": ["Second Person"]})])[0].id
    vault.records.delete(second)
    vault.activity.append("export", {"records": 1})
    return vault


def tamper(vault: Vault, *statements: str) -> None:
    """What someone with the database key but not the log key could do."""
    conn = vault.db
    conn.execute("DROP TRIGGER activity_no_update")
    conn.execute("DROP TRIGGER activity_no_delete")
    for statement in statements:
        conn.execute(statement)


def test_vault_work_is_logged_without_names(vault: Vault) -> None:
    busy_vault(vault)
    assert events(vault) == ["vault-created", "create", "update", "create", "delete", "export"]
    created = vault.activity.entries()[1]
    assert list(created.detail) == ["ids"] and len(created.detail["ids"]) == 1
    assert "Person" not in json.dumps([e.to_json() for e in vault.activity.entries()])
    assert vault.activity.verify() == []


def count_failed_unlocks(path: Path) -> None:
    vault = Vault.open(path, TEST_PASSPHRASE)
    vault.set_count_unlocks(True)
    vault.close()


def test_failed_unlocks_are_not_counted_unless_asked(created_path: Path) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.open(created_path, "wrong")
    assert not (created_path / "unlock-attempts.json").exists()
    vault = Vault.open(created_path, TEST_PASSPHRASE)
    try:
        assert "failed-unlock" not in events(vault)
    finally:
        vault.close()


def test_failed_unlocks_are_counted_and_logged_at_the_next_unlock(created_path: Path) -> None:
    count_failed_unlocks(created_path)
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.open(created_path, "wrong")
    vault = Vault.open(created_path, TEST_PASSPHRASE)
    try:
        failed = [e for e in vault.activity.entries() if e.event == "failed-unlock"]
        assert len(failed) == 1 and failed[0].detail["count"] == 3 and len(failed[0].detail["times"]) == 3
        assert events(vault)[-1] == "unlock"
        assert not (created_path / "unlock-attempts.json").exists()
    finally:
        vault.close()


@pytest.fixture
def created_path(tmp_path: Path) -> Path:
    path = tmp_path / "log.casebook"
    Vault.create(path, TEST_PASSPHRASE, params=fast_params()).vault.close()
    return path


def test_the_table_refuses_updates_and_deletes(vault: Vault) -> None:
    busy_vault(vault)
    before = vault.activity.entries()
    for statement in ("UPDATE activity SET event = 'nothing'", "DELETE FROM activity WHERE seq = 2"):
        with pytest.raises(InternalError, match="SQLITE_CONSTRAINT"):
            vault.db.execute(statement)
    assert vault.activity.entries() == before


@pytest.mark.parametrize(("statements", "expected"), [
    (["UPDATE activity SET detail = '{\"ids\":[]}' WHERE seq = 3"], [(3, "altered")]),
    (["DELETE FROM activity WHERE seq = 3"], [(3, "removed")]),
    (["DELETE FROM activity WHERE seq >= 5"], [(5, "removed")]),
    (["UPDATE activity SET pos = -1 WHERE seq = 3", "UPDATE activity SET pos = 3 WHERE seq = 4",
      "UPDATE activity SET pos = 4 WHERE seq = 3"], [(3, "reordered")]),
    (["INSERT INTO activity(seq, at, event, detail, prev, mac) SELECT 7, at, 'import', '{}', mac, mac FROM activity "
      "WHERE seq = 6"], [(7, "altered")]),
])
def test_verify_names_the_broken_entry(vault: Vault, statements: list[str], expected: list[tuple[int, str]]) -> None:
    busy_vault(vault)
    tamper(vault, *statements)
    assert [(p.seq, p.kind) for p in vault.activity.verify()] == expected


def test_removing_the_tail_shows_against_the_head(vault: Vault) -> None:
    busy_vault(vault)
    tamper(vault, "DELETE FROM activity WHERE seq >= 5")
    problems = vault.activity.verify()
    assert [p.message for p in problems] == ["entries #5-#6 were removed"]


def test_migration_5_adds_the_log_to_an_older_vault(created_path: Path) -> None:
    vault = Vault.open(created_path, TEST_PASSPHRASE)
    conn = vault.db
    for statement in ("DROP TABLE activity", "DROP TABLE shredded", "DELETE FROM meta WHERE key LIKE 'activity%'",
                      "PRAGMA user_version = 4"):
        conn.execute(statement)
    vault.close()
    vault = Vault.open(created_path, TEST_PASSPHRASE)
    try:
        assert vault.db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        assert events(vault) == ["unlock"] and vault.activity.verify() == []
    finally:
        vault.close()


def test_cli_log_and_verify(tmp_path: Path) -> None:
    path = str(tmp_path / "l.casebook")
    assert run("init", path, "--no-keyring", *FAST_KDF, env=PASS).code == 0
    assert run("add", path, env=PASS, stdin='{"kind": "person", "names": ["Zqx Logname"]}\n').code == 0
    assert run("show", path, "0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a60", env=PASS).code == 2
    lines = [json.loads(line) for line in run("log", path, "--json", env=PASS).out.splitlines()]
    assert [line["event"] for line in lines] == ["vault-created", "unlock", "create", "unlock", "unlock"]
    assert "Zqx" not in json.dumps(lines)
    text = run("log", path, env=PASS)
    assert text.code == 0 and "vault-created" in text.out
    whole = run("log", path, "--verify", env=PASS)
    assert whole.code == 0 and "whole" in whole.err

    vault = Vault.open(path, PASS["CASEBOOK_PASSPHRASE"])
    tamper(vault, "DELETE FROM activity WHERE seq = 3")
    vault.close()
    broken = run("log", path, "--verify", env=PASS)
    assert broken.code == 1
    assert broken.out.strip() == "entry #3 was removed"
    assert "broken in 1 place" in broken.err


def test_a_failed_recovery_counts_as_a_failed_unlock(created_path: Path) -> None:
    count_failed_unlocks(created_path)
    with pytest.raises(WrongPassphrase):
        Vault.recover(created_path, "AAAAA-" * 7 + "AAAAA", "new passphrase", kdf_seconds=0.01)
    vault = Vault.open(created_path, TEST_PASSPHRASE)
    try:
        assert [(e.event, e.detail.get("count")) for e in vault.activity.entries()][-2:] == [("failed-unlock", 1), ("unlock", None)]
    finally:
        vault.close()
