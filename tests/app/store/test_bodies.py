"""Sealed bodies: what the seal binds is not stored twice, and bodies written by earlier versions still open."""

import threading
import uuid

import orjson
import pytest

from app.errors import IntegrityError
from app.records.change import Change
from app.records.record import Record
from app.store import bodies
from app.vault.vault import Vault
from crypto.aead import Sealer
from crypto.vault_keys import body_ad


def _stored(vault: Vault, record_id: str) -> tuple[bytes, bytes]:
    """The open data key and the sealed body of a record, as the vault holds them."""
    wrapped, body = vault.db.execute("SELECT dek, body FROM records WHERE id = ?", (record_id,)).fetchone()
    return vault.records.sealer.unwrap(record_id, wrapped), body


def test_a_body_leaves_out_the_id_kind_and_version_its_seal_binds(vault: Vault) -> None:
    record = vault.records.apply([Change("person", {"names": ["Gulshan Abbas"]})])[0]
    dek, body = _stored(vault, record.id)
    plain = Sealer(dek).open(body, body_ad(record.id, record.kind, record.version))
    state = orjson.loads(bodies._decompressor().decompress(plain[1:]))
    assert plain[0] == bodies.ZSTD_DICTIONARY_1_BOUND
    assert not set(bodies.BOUND) & set(state)
    assert vault.records.get(record.id).state() == record.state()


def test_a_body_moved_to_another_record_does_not_open(vault: Vault) -> None:
    first, second = vault.records.apply([Change("person", {"names": ["Ilham Tohti"]}),
                                         Change("person", {"names": ["Rahile Dawut"]})])
    vault.db.execute("UPDATE records SET (dek, body) = (SELECT dek, body FROM records WHERE id = ?) WHERE id = ?",
                     (first.id, second.id))
    assert vault.records.get(first.id).display_name == "Ilham Tohti"
    with pytest.raises(IntegrityError):
        vault.records.get(second.id)  # the id the seal binds is the first one's, not the row's


@pytest.mark.parametrize("form", ["json", "zstd"])
def test_bodies_sealed_by_earlier_versions_still_open(vault: Vault, form: str) -> None:
    record = vault.records.apply([Change("person", {"names": ["張偉", "Zhang Wei"], "birth_date": "1973-05"})])[0]
    dek, _ = _stored(vault, record.id)
    state = record.state()
    plain = (orjson.dumps(state, option=orjson.OPT_SORT_KEYS) if form == "json" else
             bytes((bodies.ZSTD_DICTIONARY_1,)) + bodies._compressor().compress(
                 orjson.dumps(bodies.compact_state(record), option=orjson.OPT_SORT_KEYS)))
    sealed = Sealer(dek).seal(plain, body_ad(record.id, record.kind, record.version))
    vault.db.execute("UPDATE records SET body = ? WHERE id = ?", (sealed, record.id))
    assert vault.records.get(record.id).state() == state


def test_bodies_sealed_and_opened_on_two_threads_at_once_stay_intact() -> None:
    """The bulk path seals on a worker while the database thread seals or opens other records."""
    failures: list[BaseException] = []

    def work(thread: int) -> None:
        try:
            for i in range(2000):
                record = Record(str(uuid.uuid4()), "person", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z",
                                f"{thread}-{i}", {"names": [{"value": f"Ilham {thread} {i} " + "Tohti " * (i % 300)}]})
                bound = (record.id, record.kind, record.version)
                assert bodies.decode(bodies.encode(record), bound).fields == record.fields
        except BaseException as exc:  # any failure on the thread is the test's
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
