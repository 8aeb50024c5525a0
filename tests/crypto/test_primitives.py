"""AEAD sealing, key wrapping and key slots refuse any change to key, data or context."""

import os

import pytest

from crypto import aead, hkdf, kdf, keyslots
from crypto.errors import AuthenticationFailed, CryptoError
from crypto.recovery import new_recovery_key, recovery_key_bytes
from crypto.vault_keys import RecordCipher, VaultKeys, body_ad


def flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


def test_sealed_body_opens_only_unchanged() -> None:
    key = aead.new_key()
    sealed = aead.seal(key, b'{"names":["\xe6\xbb\x95\xe5\xbd\xaa"]}', body_ad("id-1", "person", "v1"))
    assert aead.open_sealed(key, sealed, body_ad("id-1", "person", "v1")).startswith(b'{"names"')
    for index in range(len(sealed)):
        with pytest.raises(AuthenticationFailed):
            aead.open_sealed(key, flip(sealed, index), body_ad("id-1", "person", "v1"))


@pytest.mark.parametrize("ad", [body_ad("id-2", "person", "v1"), body_ad("id-1", "case", "v1"),
                                body_ad("id-1", "person", "v2")])
def test_body_bound_to_id_kind_and_version(ad: bytes) -> None:
    key = aead.new_key()
    sealed = aead.seal(key, b"body", body_ad("id-1", "person", "v1"))
    with pytest.raises(AuthenticationFailed):
        aead.open_sealed(key, sealed, ad)


def test_wrapped_data_key_refuses_tampering_and_other_records() -> None:
    cipher = RecordCipher(aead.new_key())
    dek, wrapped = cipher.new_wrapped_dek("record-a")
    assert cipher.unwrap_dek("record-a", wrapped) == dek
    with pytest.raises(AuthenticationFailed):
        cipher.unwrap_dek("record-a", flip(wrapped, len(wrapped) - 1))
    with pytest.raises(AuthenticationFailed):
        cipher.unwrap_dek("record-b", wrapped)
    with pytest.raises(AuthenticationFailed):
        RecordCipher(aead.new_key()).unwrap_dek("record-a", wrapped)


def test_keys_derived_from_the_vault_key_are_distinct() -> None:
    keys = VaultKeys.from_vault_key(aead.new_key())
    assert len({keys.sqlcipher_key, keys.kek}) == 2
    labels = [hkdf.LABEL_SLOT, hkdf.LABEL_SQLCIPHER, hkdf.LABEL_RECORD_KEK, hkdf.LABEL_RECOVERY]
    assert len(set(labels)) == len(labels)


def test_slot_key_needs_both_passphrase_key_and_device_secret() -> None:
    pk, ds = os.urandom(32), os.urandom(32)
    vault_key = aead.new_key()
    params = kdf.Argon2Params(os.urandom(16), 1024, 1, 1)
    slot = keyslots.passphrase_slot("vault", vault_key, pk, params, ds)
    assert keyslots.open_passphrase_slot("vault", slot, pk, ds) == vault_key
    with pytest.raises(AuthenticationFailed):
        keyslots.open_passphrase_slot("vault", slot, pk, None)
    with pytest.raises(AuthenticationFailed):
        keyslots.open_passphrase_slot("vault", slot, pk, os.urandom(32))
    with pytest.raises(AuthenticationFailed):
        keyslots.open_passphrase_slot("other-vault", slot, pk, ds)
    tampered = keyslots.Slot(slot.type, flip(slot.wrapped_vk, 20), slot.kdf, slot.device)
    with pytest.raises(AuthenticationFailed):
        keyslots.open_passphrase_slot("vault", tampered, pk, ds)


def test_argon2id_depends_on_passphrase_salt_and_costs() -> None:
    params = kdf.Argon2Params(b"s" * 16, 1024, 1, 1)
    base = kdf.derive("passphrase", params)
    assert base == kdf.derive("passphrase", params)
    assert base != kdf.derive("passphrasf", params)
    assert base != kdf.derive("passphrase", kdf.Argon2Params(b"t" * 16, 1024, 1, 1))
    assert base != kdf.derive("passphrase", kdf.Argon2Params(b"s" * 16, 1024, 2, 1))


def test_calibration_reaches_roughly_the_target() -> None:
    params = kdf.calibrate(0.05)
    assert params.iterations >= 1 and len(params.salt) == kdf.SALT_BYTES
    assert kdf.Argon2Params.from_json(params.to_json()) == params


def test_recovery_key_is_forgiving_to_type_but_exact() -> None:
    key = new_recovery_key()
    assert len(key.split("-")) == 8
    assert recovery_key_bytes(key) == recovery_key_bytes(key.lower().replace("-", " "))
    with pytest.raises(CryptoError):
        recovery_key_bytes(key[:-1])


@pytest.mark.parametrize("raw", [b"", b"{", b"[]", b'{"format": 2}', b'{"format": 1, "vault_id": "x", "slots": []}',
                                 b'{"format": 1, "vault_id": "x", "slots": [{"type": "passphrase", "wrapped_vk": "zz"}]}'])
def test_damaged_keyslots_are_a_format_error(raw: bytes) -> None:
    with pytest.raises(keyslots.KeySlotsFormatError):
        keyslots.KeySlots.from_bytes(raw)
