"""A vault's identity is made once, kept sealed, survives reopening; contacts are verified only on request."""

from pathlib import Path

import pytest

from app.errors import BadInput, NotFound
from app.vault.vault import Vault
from crypto.identity import KeyPair
from helpers.secrets import TEST_PASSPHRASE, fast_params


def test_identity_is_stable_across_reopening_and_sealed_in_the_database(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v.casebook", TEST_PASSPHRASE, params=fast_params()).vault
    public = vault.identity.public
    secret = vault.identity.keys().age_secret_text()
    sealed = vault.db.execute("SELECT sealed FROM identity").fetchone()[0]
    assert secret.encode() not in sealed and b"AGE-SECRET-KEY" not in sealed
    vault.close()
    reopened = Vault.open(tmp_path / "v.casebook", TEST_PASSPHRASE)
    assert reopened.identity.public == public
    assert reopened.identity.keys().age_secret_text() == secret
    reopened.close()


def test_a_vault_made_before_bundles_migrates_and_gets_an_identity(tmp_path: Path) -> None:
    """A vault at version 3, the one before bundles (later migrations are undone too, to run again)."""
    vault = Vault.create(tmp_path / "old.casebook", TEST_PASSPHRASE, params=fast_params()).vault
    conn = vault.db
    for statement in ("DROP TABLE identity", "DROP TABLE contacts", "DROP TABLE activity", "DROP TABLE shredded",
                      "DELETE FROM meta WHERE key LIKE 'activity%'", "PRAGMA user_version = 3"):
        conn.execute(statement)
    vault.close()
    migrated = Vault.open(tmp_path / "old.casebook", TEST_PASSPHRASE)
    assert migrated.db.execute("PRAGMA user_version").fetchone()[0] >= 4
    assert migrated.identity.public.text().startswith("casebook1:")
    assert migrated.contacts.list() == []
    migrated.close()


def test_contacts_start_unverified_and_refuse_duplicates_and_own_identity(vault: Vault) -> None:
    colleague = KeyPair.generate().public
    own = vault.identity.public
    contact = vault.contacts.add(colleague.text(), "  Wang   Yu ", own)
    assert contact.name == "Wang Yu" and not contact.verified and contact.trust == "unverified"
    with pytest.raises(BadInput, match="already a contact"):
        vault.contacts.add(colleague.text(), "Other", own)
    with pytest.raises(BadInput, match="already a contact named"):
        vault.contacts.add(KeyPair.generate().public.text(), "wang yu", own)
    with pytest.raises(BadInput, match="own identity"):
        vault.contacts.add(own.text(), "Me", own)
    assert vault.contacts.trust_of(colleague, own) == ("unverified", contact)
    verified = vault.contacts.verify("WANG YU")
    assert verified.verified and vault.contacts.find(colleague.fingerprint.replace(" ", "")).verified
    assert vault.contacts.trust_of(colleague, own)[0] == "verified"
    assert vault.contacts.trust_of(KeyPair.generate().public, own) == ("unknown", None)
    assert vault.contacts.trust_of(own, own)[0] == "self"
    with pytest.raises(NotFound):
        vault.contacts.verify("Nobody")
