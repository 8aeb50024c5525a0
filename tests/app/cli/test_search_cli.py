"""`casebook search` and `casebook reindex` as a script uses them; a search leaves no trace of its query."""

import json
from pathlib import Path

from app.vault.vault import Vault
from helpers.cli import FAST_KDF, Result, run

PASS = {"CASEBOOK_PASSPHRASE": "a long passphrase for tests"}
PEOPLE = [
    {"kind": "person", "names": ["滕彪"], "roles": ["lawyer"]},
    {"kind": "person", "names": ["Teng Biaoming"]},
    {"kind": "person", "names": ["Li Heping"], "notes": "colleague of teng biao"},
]


def ok(result: Result) -> Result:
    assert result.code == 0, result.err
    return result


def vault_with_people(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.casebook")
    ok(run("init", path, "--no-keyring", *FAST_KDF, env=PASS))
    ok(run("add", path, env=PASS, stdin="".join(json.dumps(p, ensure_ascii=False) + "\n" for p in PEOPLE)))
    return path


def contents(path: str) -> dict[str, object]:
    """Every table's rows except the activity log (each unlock is logged), read through the real vault."""
    vault = Vault.open(path, PASS["CASEBOOK_PASSPHRASE"])
    try:
        tables = [r[0] for r in vault.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()]
        found: dict[str, object] = {t: vault.db.execute(f'SELECT * FROM "{t}"').fetchall()  # noqa: S608 - table names from the schema
                                    for t in tables if t not in ("activity", "meta")}
        found["meta"] = vault.db.execute("SELECT * FROM meta WHERE key != 'activity_head' ORDER BY key").fetchall()
        return found
    finally:
        vault.close()


def test_search_json_gives_score_and_field_best_first_and_writes_nothing(tmp_path: Path) -> None:
    path = vault_with_people(tmp_path)
    before = contents(path)
    hits = [json.loads(line) for line in ok(run("search", path, "Téng Biāo", "--json", env=PASS)).out.splitlines()]
    assert [h["display_name"] for h in hits] == ["滕彪", "Teng Biaoming", "Li Heping"]
    assert [h["field"] for h in hits] == ["names", "names", "notes"]
    assert hits[0]["score"] > hits[1]["score"] > hits[2]["score"]
    assert all({"id", "kind", "display_name", "score", "field"} <= set(h) for h in hits)
    assert contents(path) == before
    log = ok(run("log", path, "--json", env=PASS)).out
    assert "Téng" not in log and "teng" not in log.lower()
    text = ok(run("search", path, "彪", "--limit", "1", env=PASS)).out.splitlines()
    assert len(text) == 1 and text[0].endswith("滕彪")
    from_stdin = ok(run("search", path, "-", "--limit", "1", env=PASS, stdin="滕彪\n")).out.splitlines()
    assert from_stdin == text, "a query read from standard input is not in the process list"


def test_search_bad_input_exits_2(tmp_path: Path) -> None:
    path = vault_with_people(tmp_path)
    for query, args in (("teng", ["--kind", "people"]), ("teng", ["--limit", "0"]), ("-", [])):
        result = run("search", path, query, *args, env=PASS, stdin="")
        assert result.code == 2 and result.err.startswith("casebook: ") and "Traceback" not in result.err


def test_reindex_says_how_many_and_search_still_finds(tmp_path: Path) -> None:
    path = vault_with_people(tmp_path)
    result = ok(run("reindex", path, env=PASS))
    assert "3 people, organisations and cases" in result.err
    assert len(ok(run("search", path, "tengbiao", env=PASS)).out.splitlines()) == 2
