"""The `casebook` command line as scripts and people use it: output, exit codes, nothing changed on error."""

import hashlib
import json
from pathlib import Path

import pytest

from app.vault.vault import Vault
from helpers.cli import FAST_KDF, Result, run

PASS = {"CASEBOOK_PASSPHRASE": "a long passphrase for tests"}

PEOPLE = [
    {"kind": "person", "names": ["滕彪", "Teng Biao"], "roles": ["lawyer"]},
    {"kind": "person", "names": [{"value": "مەمەتجان ئابلىز", "script": "Arab", "kind": "primary"}, "Memetjan Abliz"],
     "roles": ["community leader"]},
    {"kind": "person", "names": ["José Müller"], "roles": ["journalist"],
     "channels": [{"type": "phone", "value": "+86 138 0000 0000", "safety": "do not use"}]},
]


def jsonl(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def state(folder: Path) -> tuple[object, ...]:
    """What a failed command must leave as it was: the key slots, every record, version and attachment, and the
    activity log but for its record of unlocks (an unlock is logged even when the command then fails)."""
    vault = Vault.open(folder, PASS["CASEBOOK_PASSPHRASE"])
    try:
        rows = [vault.db.execute(sql).fetchall() for sql in (
            "SELECT id, version, deleted, dek, body FROM records ORDER BY id", "SELECT seq, body FROM history ORDER BY seq",
            "SELECT * FROM attachment_chunks ORDER BY attachment_id, seq")]
        log = [e.to_json() for e in vault.activity.entries() if e.event not in ("unlock", "failed-unlock")]
    finally:
        vault.close()
    return (folder / "keyslots.json").read_bytes(), rows, log


@pytest.fixture(scope="module")
def vault_path(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, list[str]]:
    """A vault made by `casebook init --json` in passphrase-only mode, with three people added."""
    path = tmp_path_factory.mktemp("cli") / "work.casebook"
    result = run("init", str(path), "--json", "--no-keyring", *FAST_KDF, env=PASS)
    assert result.code == 0, result.err
    created = json.loads(result.out)
    assert created["vault"] == str(path)
    added = run("add", str(path), env=PASS, stdin=jsonl(PEOPLE))
    assert added.code == 0, added.err
    return path, created["recovery_key"], added.out.split()


def ok(result: Result) -> Result:
    assert result.code == 0, result.err
    return result


def test_init_prints_recovery_key_on_its_own_line_and_says_passphrase_only(tmp_path: Path) -> None:
    result = ok(run("init", str(tmp_path / "v.casebook"), *FAST_KDF, env=PASS))
    lines = result.out.splitlines()
    assert len(lines) == 1 and len(lines[0].split("-")) == 8
    assert "Passphrase-only mode" in result.err


def test_add_prints_ids_in_input_order(vault_path: tuple[Path, str, list[str]]) -> None:
    path, _, ids = vault_path
    assert len(ids) == 3
    shown = [json.loads(ok(run("show", str(path), i, "--json", env=PASS)).out)["display_name"] for i in ids]
    assert shown == ["滕彪 (Teng Biao)", "مەمەتجان ئابلىز (Memetjan Abliz)", "José Müller"]


def test_list_and_search(vault_path: tuple[Path, str, list[str]]) -> None:
    path = str(vault_path[0])
    rows = [json.loads(line) for line in ok(run("list", path, "--kind", "person", "--json", env=PASS)).out.splitlines()]
    assert {r["display_name"] for r in rows} == {"滕彪 (Teng Biao)", "مەمەتجان ئابلىز (Memetjan Abliz)", "José Müller"}
    assert all({"id", "kind", "display_name"} <= set(r) for r in rows)
    for query, expected in [("teng BIAO", "滕彪 (Teng Biao)"), ("滕彪", "滕彪 (Teng Biao)"), ("memetjan", "مەمەتجان ئابلىز (Memetjan Abliz)"),
                            ("ئابلىز", "مەمەتجان ئابلىز (Memetjan Abliz)"), ("jose", "José Müller")]:
        hits = [json.loads(line) for line in ok(run("search", path, query, "--json", env=PASS)).out.splitlines()]
        assert hits and hits[0]["display_name"] == expected, query
    assert ok(run("search", path, "nobody by this name", env=PASS)).out == ""


def test_show_text_history_and_update_by_id(vault_path: tuple[Path, str, list[str]]) -> None:
    path, _, ids = vault_path
    text = ok(run("show", str(path), ids[2], env=PASS)).out
    assert "José Müller" in text and "do_not_use" in text
    ok(run("add", str(path), env=PASS, stdin=jsonl([{"kind": "person", "id": ids[2], "risk": "high"}])))
    history = [json.loads(line) for line in ok(run("history", str(path), ids[2], "--json", env=PASS)).out.splitlines()]
    assert [h["action"] for h in history] == ["create", "update"] and history[1]["changed"] == ["risk"]


def test_show_json_round_trips_through_add(vault_path: tuple[Path, str, list[str]]) -> None:
    path, _, ids = vault_path
    shown = ok(run("show", str(path), ids[0], "--json", env=PASS)).out
    before = json.loads(shown)
    ok(run("add", str(path), env=PASS, stdin=shown))
    assert json.loads(ok(run("show", str(path), ids[0], "--json", env=PASS)).out)["version"] == before["version"]


BAD_INPUT = [
    ("malformed JSON", "{\"kind\": \"person\", \"names\": [\"A\"]}\n{oops\n", "line 2: not valid JSON"),
    ("unknown kind", '{"kind": "planet", "names": ["A"]}\n', "line 1: kind 'planet' is not one of"),
    ("bad date", '{"kind": "person", "names": ["A"], "birth_date": "2021-13"}\n', "birth_date '2021-13' is not a date"),
]


@pytest.mark.parametrize(("what", "stdin", "message"), BAD_INPUT, ids=[b[0] for b in BAD_INPUT])
def test_bad_input_exits_2_with_one_line_and_changes_nothing(vault_path: tuple[Path, str, list[str]], what: str,
                                                             stdin: str, message: str) -> None:
    path = vault_path[0]
    before = state(path)
    result = run("add", str(path), env=PASS, stdin=stdin)
    assert result.code == 2, what
    assert message in result.err and len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
    assert state(path) == before


@pytest.mark.parametrize("command", ["show", "delete", "history"])
def test_unknown_id_exits_2(vault_path: tuple[Path, str, list[str]], command: str) -> None:
    path = vault_path[0]
    before = state(path)
    result = run(command, str(path), "0190f8a1-0000-7000-8000-000000000000", env=PASS)
    assert result.code == 2 and "No record with id" in result.err
    assert state(path) == before


def test_missing_vault_and_wrong_passphrase(tmp_path: Path, vault_path: tuple[Path, str, list[str]]) -> None:
    result = run("list", str(tmp_path / "nowhere.casebook"), env=PASS)
    assert result.code == 2 and "There is no vault" in result.err
    before = snapshot(vault_path[0])
    result = run("list", str(vault_path[0]), env={"CASEBOOK_PASSPHRASE": "wrong"})
    assert result.code == 2 and "does not open this vault" in result.err
    assert snapshot(vault_path[0]) == before


def test_no_passphrase_without_a_terminal_is_bad_input(vault_path: tuple[Path, str, list[str]]) -> None:
    result = run("list", str(vault_path[0]))
    assert result.code == 2 and "No passphrase given" in result.err


def test_vault_open_in_another_process(vault_path: tuple[Path, str, list[str]]) -> None:
    import subprocess
    import sys

    path = vault_path[0]
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl,sys,time; f=open(sys.argv[1],'ab'); fcntl.flock(f, fcntl.LOCK_EX); "
         "print('locked', flush=True); time.sleep(60)", str(path / "vault.lock")],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        before = snapshot(path)
        result = run("add", str(path), env=PASS, stdin=jsonl(PEOPLE[:1]))
        assert result.code == 1 and "open elsewhere" in result.err
        assert snapshot(path) == before
    finally:
        holder.kill()
        holder.communicate()


def test_delete_then_search_no_longer_finds(tmp_path: Path) -> None:
    path = str(tmp_path / "d.casebook")
    ok(run("init", path, "--no-keyring", *FAST_KDF, env=PASS))
    (pid,) = ok(run("add", path, env=PASS, stdin=jsonl(PEOPLE[:1]))).out.split()
    ok(run("delete", path, pid, env=PASS))
    assert ok(run("search", path, "Teng", env=PASS)).out == ""
    assert run("show", path, pid, env=PASS).code == 2


def test_passwd_and_recover_from_files(tmp_path: Path) -> None:
    path = str(tmp_path / "p.casebook")
    key = ok(run("init", path, "--no-keyring", *FAST_KDF, env=PASS)).out.strip()
    new_file = tmp_path / "new"
    new_file.write_text("the second passphrase\n")
    ok(run("passwd", path, "--new-passphrase-file", str(new_file), env=PASS))
    assert run("list", path, env=PASS).code == 2
    ok(run("list", path, env={"CASEBOOK_PASSPHRASE": "the second passphrase"}))
    key_file = tmp_path / "key"
    key_file.write_text(key.lower() + "\n")
    ok(run("recover", path, "--recovery-key-file", str(key_file), *FAST_KDF, "--no-keyring",
           env={"CASEBOOK_NEW_PASSPHRASE": "the third passphrase"}))
    ok(run("list", path, env={"CASEBOOK_PASSPHRASE": "the third passphrase"}))
    assert run("list", path, env={"CASEBOOK_PASSPHRASE": "the second passphrase"}).code == 2
    bad = run("recover", path, *FAST_KDF, env={"CASEBOOK_RECOVERY_KEY": "AAAAA-" * 7 + "AAAAA",
                                               "CASEBOOK_NEW_PASSPHRASE": "a fourth good passphrase"})
    assert bad.code == 2 and "recovery key does not open" in bad.err


def test_init_with_fail_keyring_works_in_passphrase_only_mode(tmp_path: Path) -> None:
    path = str(tmp_path / "k.casebook")
    result = ok(run("init", path, *FAST_KDF, env={**PASS, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}))
    assert "Passphrase-only mode" in result.err
    ok(run("list", path, env=PASS))
