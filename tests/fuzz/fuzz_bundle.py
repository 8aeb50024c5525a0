"""An atheris (libFuzzer) target for the bundle reader; run by hand, not by pytest.

    /work/venv/bin/pip install atheris          # a test-only tool
    PYTHONPATH=.:tests/support python tests/fuzz/fuzz_bundle.py --seed-corpus fuzz-corpus
    PYTHONPATH=.:tests/support python tests/fuzz/fuzz_bundle.py fuzz-corpus -max_total_time=600

The first byte of each input picks the layer: even, the rest is the encrypted
bundle as received; odd, the rest is the archive inside the age layer, which
the target signs again with the sender's key (anyone can sign with a key of
their own) and encrypts to the receiver, so mutations reach every check after
the signature and the merge. Every input must end in our own error (a
CasebookError) or in an import; anything else is a crash libFuzzer keeps.
"""

import base64
import io
import sys
import tarfile
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from app.errors import BundleRejected, CasebookError
    from app.records.change import Change
    from app.sharing import bundle_format
    from app.sharing.bundle_export import export_bundle
    from app.sharing.bundle_import import import_bundle
    from app.vault.vault import Vault
    from crypto import bundle_crypto
    from crypto.kdf import Argon2Params

PASSPHRASE = "fuzzing the bundle reader"
WORK = Path(tempfile.mkdtemp(prefix="casebook-fuzz-"))


def _vault(name: str) -> Vault:
    params = Argon2Params(salt=b"\0" * 16, memory_kib=1024, iterations=1, lanes=1)
    return Vault.create(WORK / name, PASSPHRASE, use_keyring=False, params=params).vault


SENDER, RECEIVER = _vault("sender.casebook"), _vault("receiver.casebook")
SENDER.contacts.add(RECEIVER.identity.public.text(), "receiver", SENDER.identity.public)
RECEIVER.contacts.add(SENDER.identity.public.text(), "sender", RECEIVER.identity.public)
_PERSON = SENDER.records.apply([Change("person", {"names": ["滕彪", "Teng Biao"], "consent": {"scope": "listed_partners"}})])[0]
_CASE = SENDER.records.apply([Change("case", {"title": "Seed", "people": [{"person": _PERSON.id, "role": "defender"}]})])[0]
SEED = export_bundle(SENDER.exchange, [_CASE.id], to=[SENDER.contacts.find("receiver")]).data


def _resigned(plaintext: bytes) -> bytes:
    """The archive with its manifest signed by the sender (when it parses), encrypted to the receiver."""
    try:
        contents = bundle_format.unpack(plaintext)
    except BundleRejected:
        return bundle_crypto.encrypt_to(plaintext, [RECEIVER.identity.public.age_recipient])
    signature = bundle_crypto.sign_manifest(SENDER.identity.keys(), contents.manifest_bytes)
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in [(bundle_format.MANIFEST, contents.manifest_bytes),
                           (bundle_format.SIGNATURE, base64.b64encode(signature)), *contents.members.items()]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return bundle_crypto.encrypt_to(out.getvalue(), [RECEIVER.identity.public.age_recipient])


def test_one_input(data: bytes) -> None:
    if not data:
        return
    payload = data[1:] if data[0] % 2 == 0 else _resigned(data[1:])
    try:
        import_bundle(RECEIVER.exchange, payload)
    except CasebookError:
        pass


def write_seed_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bundle").write_bytes(b"\0" + SEED)
    (folder / "archive").write_bytes(b"\1" + bundle_crypto.decrypt_with_identity(SEED, RECEIVER.identity.keys()))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--seed-corpus"]:
        write_seed_corpus(Path(sys.argv[2]))
    else:
        atheris.Setup(sys.argv, test_one_input)
        atheris.Fuzz()
