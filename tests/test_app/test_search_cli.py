"""`casebook search` and `casebook reindex` as a script uses them; searching changes no file of the vault."""

import hashlib
import json
from pathlib import Path

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


def files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file() and not p.name.endswith(("-shm", ".lock"))}


def test_search_json_gives_score_and_field_best_first_and_writes_nothing(tmp_path: Path) -> None:
    path = vault_with_people(tmp_path)
    before = files(Path(path))
    hits = [json.loads(line) for line in ok(run("search", path, "Téng Biāo", "--json", env=PASS)).out.splitlines()]
    assert [h["display_name"] for h in hits] == ["滕彪", "Teng Biaoming", "Li Heping"]
    assert [h["field"] for h in hits] == ["names", "names", "notes"]
    assert hits[0]["score"] > hits[1]["score"] > hits[2]["score"]
    assert all({"id", "kind", "display_name", "score", "field"} <= set(h) for h in hits)
    assert files(Path(path)) == before
    text = ok(run("search", path, "彪", "--limit", "1", env=PASS)).out.splitlines()
    assert len(text) == 1 and text[0].endswith("滕彪")


def test_search_bad_input_exits_2(tmp_path: Path) -> None:
    path = vault_with_people(tmp_path)
    for args in (["--kind", "people"], ["--limit", "0"]):
        result = run("search", path, "teng", *args, env=PASS)
        assert result.code == 2 and result.err.startswith("casebook: ") and "Traceback" not in result.err


def test_reindex_says_how_many_and_search_still_finds(tmp_path: Path) -> None:
    path = vault_with_people(tmp_path)
    result = ok(run("reindex", path, env=PASS))
    assert "3 people, organisations and cases" in result.err
    assert len(ok(run("search", path, "tengbiao", env=PASS)).out.splitlines()) == 2
