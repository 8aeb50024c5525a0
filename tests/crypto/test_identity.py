"""Identities: one string with a checksum, a fingerprint to read aloud, sealed private halves, signatures."""

import re

import pytest

from crypto import aead, bundle_crypto
from crypto.errors import AuthenticationFailed
from crypto.identity import IdentityFormatError, KeyPair, PublicIdentity


def test_identity_string_round_trips_and_tolerates_spaces_and_case() -> None:
    public = KeyPair.generate().public
    text = public.text()
    assert re.fullmatch(r"casebook1:age1[0-9a-z]{58}:[a-z2-7]{52}:[0-9a-f]{8}", text)
    assert PublicIdentity.parse(text) == public
    assert PublicIdentity.parse(f"  {text[:40]}\n {text[40:].upper()} ") == public


def test_a_changed_character_is_caught_by_the_checksum() -> None:
    text = KeyPair.generate().public.text()
    index = text.rindex(":") - 5
    typo = text[:index] + ("a" if text[index] != "a" else "b") + text[index + 1 :]
    with pytest.raises(IdentityFormatError, match="checksum"):
        PublicIdentity.parse(typo)
    for bad in ("", "age1abc", "casebook1:a:b:c", text.replace("casebook1", "casebook9")):
        with pytest.raises(IdentityFormatError):
            PublicIdentity.parse(bad)


def test_fingerprint_is_six_groups_of_five_digits_and_differs_between_identities() -> None:
    first, second = KeyPair.generate().public, KeyPair.generate().public
    assert re.fullmatch(r"(\d{5} ){5}\d{5}", first.fingerprint)
    assert first.fingerprint != second.fingerprint
    assert PublicIdentity(first.age_recipient, second.signing_key).fingerprint not in (first.fingerprint, second.fingerprint)


def test_sealed_private_identity_opens_only_with_its_key_and_public_half() -> None:
    pair, key = KeyPair.generate(), aead.new_key()
    sealed = pair.seal(key)
    opened = KeyPair.unseal(key, sealed, pair.public.text())
    assert opened.public == pair.public
    assert opened.age_secret_text() == pair.age_secret_text()
    with pytest.raises(AuthenticationFailed):
        KeyPair.unseal(aead.new_key(), sealed, pair.public.text())
    with pytest.raises(AuthenticationFailed):
        KeyPair.unseal(key, sealed, KeyPair.generate().public.text())


def test_manifest_signature_binds_signer_context_and_bytes() -> None:
    pair, other = KeyPair.generate(), KeyPair.generate()
    signature = bundle_crypto.sign_manifest(pair, b'{"a":1}')
    assert bundle_crypto.verify_manifest(pair.public, b'{"a":1}', signature)
    assert not bundle_crypto.verify_manifest(pair.public, b'{"a":2}', signature)
    assert not bundle_crypto.verify_manifest(other.public, b'{"a":1}', signature)
    assert not bundle_crypto.verify_manifest(pair.public, b'{"a":1}', pair.sign(b'{"a":1}')), "the context string is signed too"


def test_age_layer_refuses_other_keys_and_changes() -> None:
    pair = KeyPair.generate()
    sealed = bundle_crypto.encrypt_to(b"payload", [pair.public.age_recipient])
    assert bundle_crypto.decrypt_with_identity(sealed, pair) == b"payload"
    with pytest.raises(bundle_crypto.NotForThisKey):
        bundle_crypto.decrypt_with_identity(sealed, KeyPair.generate())
    with pytest.raises(bundle_crypto.DecryptionFailed):
        bundle_crypto.decrypt_with_identity(sealed[:-1], pair)
    with pytest.raises(bundle_crypto.NotAgeFile):
        bundle_crypto.decrypt_with_identity(b"PK\x03\x04", pair)
