"""Bad input, fuzzed: JSON Lines records and keyslots.json end in our own error or in success.

No other exception may escape, and a rejected input leaves every table of the
vault exactly as it was; an accepted one leaves every record readable.
"""

import io
import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.cli import main
from app.errors import CasebookError, VaultDamaged
from app.records import schema, vocab
from app.records.jsonl import parse_lines
from app.vault.folder import VaultDir
from app.vault.vault import Vault
from crypto.keyslots import KeySlots, KeySlotsFormatError
from helpers.cli import FAST_KDF
from helpers.fuzz import FUZZ
from helpers.secrets import TEST_PASSPHRASE, fast_params
from helpers.vault_state import check_readable, table_digest

# A few fixed ids, so that generated lines update, reference and repeat each other.
IDS = [f"0190f8a1-0000-7000-8000-00000000000{n}" for n in range(1, 5)]

ODD_TEXT = st.sampled_from(["", " ", "\ud800", "a\udfffb", "\x00", "\u2028", "滕彪", "ئابلىز", "~2021", "2021-02-30", "9999"])
SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=12), ODD_TEXT)
JSON = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                     st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                    max_leaves=12)
VOCAB_WORDS = sorted({code for name in dir(vocab) if name.isupper() and isinstance(getattr(vocab, name), dict)
                      for code in getattr(vocab, name)})
PLAUSIBLE = st.one_of(
    JSON,
    st.sampled_from(VOCAB_WORDS),
    st.sampled_from(IDS),
    st.lists(st.one_of(st.text(max_size=6), ODD_TEXT, st.sampled_from(VOCAB_WORDS)), max_size=3),
    st.lists(st.fixed_dictionaries({"value": st.one_of(st.text(max_size=6), ODD_TEXT)},
                                   optional={"script": st.sampled_from(["Hani", "Latn", "Arab", "xx", ""]),
                                             "kind": st.sampled_from(["primary", "alias", "bogus"])}), max_size=3),
    st.lists(st.fixed_dictionaries({"person": st.sampled_from(IDS), "role": st.sampled_from(["defender", "lawyer", "x"])}),
             max_size=2),
)


@st.composite
def record_lines(draw: st.DrawFn) -> dict[str, Any]:
    """A record that is nearly right: a real kind, real field names, values of any shape."""
    kind = draw(st.one_of(st.sampled_from(schema.KINDS), JSON))
    names = list(schema.FIELDS.get(kind, {})) if isinstance(kind, str) else []
    keys = draw(st.lists(st.one_of(st.sampled_from(names or ["x"]), st.text(max_size=6)), max_size=5))
    record: dict[str, Any] = {"kind": kind, **{key: draw(PLAUSIBLE) for key in keys}}
    record_id = draw(st.one_of(st.none(), st.sampled_from(IDS), JSON))
    if record_id is not None:
        record["id"] = record_id
    return record


LINE = st.one_of(
    record_lines().map(lambda r: json.dumps(r, ensure_ascii=False)),
    record_lines().map(json.dumps),
    JSON.map(json.dumps),
    st.text(max_size=40),
    st.sampled_from(["[" * 5000, "{\"kind\": " * 3000, "NaN", "{\"kind\": \"person\", \"names\": [\"A\"]", "\"\\ud800\""]),
)


@pytest.fixture(scope="module")
def fuzz_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault = Vault.create(tmp_path_factory.mktemp("fuzz") / "fuzz.casebook", TEST_PASSPHRASE, use_keyring=False,
                         params=fast_params()).vault
    yield vault
    vault.close()


@FUZZ
@given(lines=st.lists(LINE, min_size=1, max_size=6))
@example(lines=['{"kind": []}'])
@example(lines=["[" * 5000])
@example(lines=['{"kind": "person", "names": ["\\ud800"]}'])
def test_json_lines_end_in_our_error_or_a_readable_write(fuzz_vault: Vault, lines: list[str]) -> None:
    before = table_digest(fuzz_vault.db)
    try:
        fuzz_vault.records.apply(parse_lines(lines))
    except CasebookError as exc:
        assert str(exc)
        assert table_digest(fuzz_vault.db) == before
    check_readable(fuzz_vault)


def test_the_same_new_id_twice_in_one_input_writes_one_readable_record(fuzz_vault: Vault) -> None:
    new_id = str(uuid.uuid4())
    lines = [json.dumps({"kind": "person", "id": new_id, "names": ["Li Heping"]}),
             json.dumps({"kind": "person", "id": new_id, "notes": "second line"})]
    records = fuzz_vault.records.apply(parse_lines(lines))
    assert [r.id for r in records] == [new_id, new_id]
    stored = fuzz_vault.records.get(new_id)
    assert stored.fields["names"][0]["value"] == "Li Heping" and stored.fields["notes"] == "second line"
    assert len(fuzz_vault.records.history(new_id)) == 1


def test_two_updates_of_one_record_in_one_input_both_count(fuzz_vault: Vault) -> None:
    (person,) = fuzz_vault.records.apply(parse_lines([json.dumps({"kind": "person", "names": ["Wang Yu"]})]))
    fuzz_vault.records.apply(parse_lines([json.dumps({"kind": "person", "id": person.id, "risk": "high"}),
                                          json.dumps({"kind": "person", "id": person.id, "notes": "moved"})]))
    stored = fuzz_vault.records.get(person.id)
    assert stored.fields["risk"] == "high" and stored.fields["notes"] == "moved"


def _keyslots_variants(valid: dict[str, Any]) -> st.SearchStrategy[bytes]:
    """Valid keyslots.json with parts replaced, removed or truncated, or bytes of any kind."""
    paths = [("format",), ("vault_id",), ("slots",), ("slots", 0), ("slots", 0, "kdf"), ("slots", 0, "wrapped_vk"),
             ("slots", 0, "kdf", "memory_kib"), ("slots", 0, "kdf", "iterations"), ("slots", 0, "kdf", "lanes"),
             ("slots", 0, "kdf", "salt"), ("slots", 1, "type"), ("slots", 0, "device_secret")]
    big = st.sampled_from([2**31, 2**63, 10**30, -1, 0, float("inf"), float("nan"), 1e308])

    @st.composite
    def mutated(draw: st.DrawFn) -> bytes:
        data = json.loads(json.dumps(valid))
        for path in draw(st.lists(st.sampled_from(paths), min_size=1, max_size=3)):
            target = data
            try:
                for step in path[:-1]:
                    target = target[step]
                if draw(st.booleans()):
                    target[path[-1]] = draw(st.one_of(JSON, big))
                else:
                    del target[path[-1]]
            except (KeyError, IndexError, TypeError):
                continue
        return json.dumps(data).encode()

    text = json.dumps(valid).encode()
    truncated = st.integers(0, len(text) - 1).map(lambda n: text[:n])
    flipped = st.tuples(st.integers(0, len(text) - 1), st.integers(1, 255)).map(
        lambda p: text[: p[0]] + bytes([text[p[0]] ^ p[1]]) + text[p[0] + 1:])
    return st.one_of(mutated(), truncated, flipped, st.binary(max_size=64), JSON.map(lambda v: json.dumps(v).encode()),
                     st.just(b"[" * 100000))


@pytest.fixture(scope="module")
def keyslots_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("slots") / "slots.casebook"
    Vault.create(path, TEST_PASSPHRASE, use_keyring=False, params=fast_params()).vault.close()
    return path


@FUZZ
@given(data=st.data())
def test_keyslots_json_ends_in_our_error_or_opens(keyslots_vault: Path, data: st.DataObject) -> None:
    original = (keyslots_vault / "keyslots.json").read_bytes()
    raw = data.draw(_keyslots_variants(json.loads(original)))
    try:
        kdf = KeySlots.from_bytes(raw).slot("passphrase").kdf
        if kdf is not None and kdf.memory_kib * kdf.iterations > 64 * 1024:
            return  # a valid, merely expensive, setting: unlocking would only be slow
    except KeySlotsFormatError:
        pass
    (keyslots_vault / "keyslots.json").write_bytes(raw)
    try:
        Vault.open(keyslots_vault, TEST_PASSPHRASE).close()
    except CasebookError as exc:
        assert str(exc)
    finally:
        (keyslots_vault / "keyslots.json").write_bytes(original)
    assert not VaultDir(keyslots_vault).lock_path.read_bytes()


@pytest.mark.parametrize(("field", "value"), [("iterations", 2**31), ("lanes", 2**20), ("memory_kib", 2**40),
                                              ("memory_kib", float("inf")), ("salt", "zz")])
def test_damaged_kdf_parameters_are_refused_at_once(keyslots_vault: Path, field: str, value: object) -> None:
    """A digit changed in keyslots.json must not make unlocking run for hours or crash."""
    original = (keyslots_vault / "keyslots.json").read_bytes()
    data = json.loads(original)
    next(s for s in data["slots"] if s["type"] == "passphrase")["kdf"][field] = value
    (keyslots_vault / "keyslots.json").write_text(json.dumps(data))
    try:
        with pytest.raises(VaultDamaged, match=r"keyslots\.json in this vault is damaged"):
            Vault.open(keyslots_vault, TEST_PASSPHRASE)
    finally:
        (keyslots_vault / "keyslots.json").write_bytes(original)


def test_text_with_unicode_line_separators_round_trips_through_show_and_add(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """`show --json` prints U+2028 and friends as they are; `add` must not split a line there."""
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", TEST_PASSPHRASE)

    def casebook(*args: str, stdin: str = "") -> str:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        assert main(list(args)) == 0, capsys.readouterr().err
        return capsys.readouterr().out

    path = str(tmp_path / "sep.casebook")
    casebook("init", path, "--no-keyring", *FAST_KDF)
    note = "first\u2028second\x85third\x1cfourth"
    person = casebook("add", path, stdin=json.dumps({"kind": "person", "names": ["Jiang Tianyong"], "notes": note},
                                                    ensure_ascii=False)).strip()
    casebook("add", path, stdin=casebook("show", path, person, "--json"))
    assert json.loads(casebook("show", path, person, "--json"))["notes"] == note
