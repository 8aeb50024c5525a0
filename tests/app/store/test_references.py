"""What refers to what stays in step with the records through every kind of write."""

import json
import uuid
from pathlib import Path

from app.database import Database
from app.records.change import Change
from app.store import migrations
from app.store.bulk import BulkWrite
from app.vault.vault import Vault
from crypto.vault_keys import VaultKeys
from helpers.cli import FAST_KDF, run
from helpers.secrets import TEST_PASSPHRASE


def add(vault: Vault, kind: str, **fields: object) -> str:
    return vault.records.apply([Change(kind, dict(fields))])[0].id


def sources(vault: Vault, target: str) -> list[str]:
    return sorted(src for src, _, _ in vault.records.referencing(target))


def test_a_record_that_points_elsewhere_leaves_its_old_target(vault: Vault) -> None:
    first, second = add(vault, "case", title="Xu Zhiyong"), add(vault, "case", title="Ding Jiaxi")
    event = add(vault, "event", case=first, type="detained", date="2020-02")
    vault.records.apply([Change("event", {"case": second}, id=event)])
    assert (sources(vault, first), sources(vault, second)) == ([], [event])
    list(BulkWrite(vault.records, note="import").write(iter([[Change("event", {"case": first}, id=event)]])))
    assert (sources(vault, first), sources(vault, second)) == ([event], [])


def test_deleting_removes_its_references_and_restoring_brings_them_back(vault: Vault) -> None:
    person = add(vault, "person", names=["Tashi Wangchuk"])
    case = add(vault, "case", title="Tashi Wangchuk", people=[{"person": person, "role": "defender"}])
    first_version = vault.records.get(case).version
    vault.records.delete(case)
    assert sources(vault, person) == []
    vault.records.restore(case, first_version)
    assert vault.records.referencing(person) == [(case, "people", "defender")]


def test_a_shredded_record_leaves_no_reference_behind(vault: Vault) -> None:
    person = add(vault, "person", names=["Gulmira Imin"])
    link = add(vault, "link", **{"from": person, "to": add(vault, "person", names=["Her lawyer"]), "type": "lawyer_of"})
    vault.records.shred(link)
    assert vault.db.execute("SELECT count(*) FROM refs").fetchone()[0] == 0


def test_a_reference_a_bundle_brought_to_a_record_not_shared_is_kept_through_edits(vault: Vault) -> None:
    unshared = str(uuid.uuid4())  # a person the sender left out of the bundle (no consent to share)
    case = add(vault, "case", title="Wang Quanzhang")
    record = vault.records.get(case)
    record.fields["people"] = [{"person": unshared, "role": "defender"}]
    record.version = vault.records.clock.now()
    with vault.db.transaction():
        vault.records.write_record(record, "import", "from a colleague")
    vault.records.apply([Change("case", {"title": "Wang Quanzhang, 709 crackdown"}, id=case)])
    assert vault.records.get(case).fields["people"] == [{"person": unshared, "role": "defender"}]
    assert vault.records.referencing(unshared) == [(case, "people", "defender")]


def test_a_vault_from_before_the_index_by_source_went_keeps_its_references_in_step(vault: Vault) -> None:
    person = add(vault, "person", names=["Li Yuhan"])
    case = add(vault, "case", title="Li Yuhan", people=[{"person": person, "role": "defender"}])
    folder, keys = vault.folder.path, VaultKeys.from_vault_key(vault._vault_key)
    vault.close()
    older = Database(folder / "vault.db", keys.sqlcipher_key, {})
    with older.transaction():
        older.execute("DROP INDEX refs_defenders")
        older.execute("CREATE INDEX refs_by_src ON refs(src)")
        older.execute("DROP INDEX records_person_by_name")  # as schema 10 made it, ending in the id
        older.execute("CREATE INDEX records_person_by_name ON records(deleted, sort_name, id) WHERE kind = 'person'")
        older.execute("PRAGMA user_version = 10")
    older.close()
    reopened = Vault.open(folder, TEST_PASSPHRASE)
    try:
        indexes = {row[0] for row in reopened.db.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'refs'").fetchall()}
        assert "refs_by_src" not in indexes and "refs_defenders" in indexes
        by_name = reopened.db.execute("SELECT sql FROM sqlite_master WHERE name = 'records_person_by_name'").fetchone()[0]
        assert ", id)" not in by_name
        assert reopened.db.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION
        other = reopened.records.apply([Change("person", {"names": ["Chen Guangcheng"]})])[0].id
        reopened.records.apply([Change("case", {"people": [{"person": other, "role": "defender"}]}, id=case)])
        assert (sources(reopened, person), sources(reopened, other)) == ([], [case])
    finally:
        reopened.close()


def test_check_finds_references_out_of_step_and_reindex_rebuilds_them(tmp_path: Path) -> None:
    env = {"CASEBOOK_PASSPHRASE": "a long passphrase for tests"}
    path = str(tmp_path / "r.casebook")
    assert run("init", path, "--no-keyring", *FAST_KDF, env=env).code == 0
    person = run("add", path, env=env, stdin=json.dumps({"kind": "person", "names": ["Huang Qi"]}) + "\n").out.strip()
    case = json.dumps({"kind": "case", "title": "Huang Qi", "people": [{"person": person, "role": "defender"}]})
    case_id = run("add", path, env=env, stdin=case + "\n").out.strip()
    assert run("check", path, env=env).code == 0
    vault = Vault.open(Path(path), env["CASEBOOK_PASSPHRASE"])
    try:
        vault.db.execute("DELETE FROM refs")  # as a faulty version or a hand edit might leave it
    finally:
        vault.close()
    checked = run("check", path, env=env)
    assert checked.code == 1 and "out of step" in checked.err and "casebook reindex" in checked.err, checked.err
    assert run("reindex", path, env=env).code == 0
    assert run("check", path, env=env).code == 0
    vault = Vault.open(Path(path), env["CASEBOOK_PASSPHRASE"])
    try:
        assert vault.records.referencing(person) == [(case_id, "people", "defender")]
    finally:
        vault.close()
