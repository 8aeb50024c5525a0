"""At rest, no text a caseworker typed can be found in any file of the vault folder."""

from pathlib import Path

from app.records.change import Change
from app.vault.vault import Vault
from helpers.canaries import encodings
from helpers.secrets import TEST_PASSPHRASE, fast_params

SECRETS = ["欧阳明华", "Ouyang Minghua", "Zhang Wei-Ling", "+86 139 1234 5678", "held in the basement of the old grain bureau"]


def test_known_strings_occur_in_no_vault_file_after_close(tmp_path: Path) -> None:
    path = tmp_path / "rest.casebook"
    vault = Vault.create(path, TEST_PASSPHRASE, params=fast_params()).vault
    vault.records.apply([Change("person", {
        "names": [SECRETS[0], SECRETS[1], {"value": SECRETS[2], "kind": "alias"}],
        "channels": [{"type": "phone", "value": SECRETS[3], "safety": "monitored"}],
        "notes": SECRETS[4],
    })])
    person = vault.records.summaries("person")[0].id
    vault.records.apply([Change("person", {"notes": SECRETS[4] + " (confirmed)"}, id=person)])
    vault.close()
    files = [p for p in path.iterdir() if p.is_file()]
    assert {p.name for p in files} >= {"vault.db", "keyslots.json"}
    for file in files:
        content = file.read_bytes()
        for secret in SECRETS:
            for encoded in encodings(secret):
                assert encoded not in content, f"{secret!r} found in {file.name}"


def test_wal_is_encrypted_while_the_vault_is_open(tmp_path: Path) -> None:
    path = tmp_path / "wal.casebook"
    vault = Vault.create(path, TEST_PASSPHRASE, params=fast_params()).vault
    vault.records.apply([Change("person", {"names": [SECRETS[0], SECRETS[1]], "notes": SECRETS[4]})])
    wal = path / "vault.db-wal"
    try:
        assert wal.exists() and wal.stat().st_size > 0
        content = wal.read_bytes()
        for secret in SECRETS[:2] + SECRETS[4:]:
            for encoded in encodings(secret):
                assert encoded not in content
    finally:
        vault.close()
