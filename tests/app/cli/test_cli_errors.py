"""Whatever the input, the command line answers with one sentence and exit 2 (bad input) or 1 (anything else)."""

import argparse
import json
import os
import subprocess
from pathlib import Path

import pytest

from app.cli.common import run_command
from helpers.cli import FAST_KDF, WEAK_KDF_FOR_TESTS, Result, casebook_command, run, subprocess_env

PASS = {"CASEBOOK_PASSPHRASE": "a long passphrase for tests"}
NOT_UTF8 = os.fsdecode(b"Teng \xff\xfe Biao")  # how Python hands argv bytes that are not UTF-8 to a program


def one_sentence(result: Result, code: int) -> str:
    assert result.code == code, result.err
    assert "Traceback" not in result.err and len(result.err.strip().splitlines()) == 1, result.err
    return result.err


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("errors") / "e.casebook")
    assert run("init", path, "--no-keyring", *FAST_KDF, env=PASS).code == 0
    assert run("add", path, env=PASS, stdin=json.dumps({"kind": "person", "names": ["Teng Biao"]}) + "\n").code == 0
    return path


def test_init_on_a_file_says_it_is_a_file(tmp_path: Path) -> None:
    file = tmp_path / "hostname"
    file.write_text("laptop\n")
    assert "is a file, not a folder" in one_sentence(run("init", str(file), *FAST_KDF, env=PASS), 2)
    assert file.read_text() == "laptop\n"


def test_a_limit_beyond_any_database_integer_is_bad_input(vault: str) -> None:
    assert "--limit must be" in one_sentence(run("search", vault, "Teng", "--limit", "9" * 20, env=PASS), 2)


def test_text_that_is_not_utf8_on_the_command_line_is_bad_input(vault: str) -> None:
    assert "not valid UTF-8" in one_sentence(run("search", vault, NOT_UTF8, env=PASS), 2)
    identity = json.loads(run("identity", vault, "--json", env=PASS).out)["identity"]
    assert "not valid UTF-8" in one_sentence(run("contact", "add", vault, identity, "--name", NOT_UTF8, env=PASS), 2)


def test_standard_input_that_is_not_utf8_is_bad_input(vault: str) -> None:
    line = b'{"kind": "person", "names": ["Teng \xff Biao"]}\n'
    for command, data in (["add", vault], line), (["search", vault], b"Teng \xff\n"):
        proc = subprocess.run([*casebook_command(), *command], input=data, capture_output=True, timeout=120, check=False,
                              env=subprocess_env({"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", **PASS}))
        assert "not UTF-8" in one_sentence(Result(proc.returncode, "", proc.stdout.decode() + proc.stderr.decode()), 2)


@pytest.mark.parametrize("line, reason", [
    ('{"kind": "person", "names": ["Teng"], "notes": ' + "9" * 4300 + "}", "more than 30 digits"),
    ('{"kind": "person", "names": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested more than"),
    ('{"kind": "person", "names": ["Teng"], "notes": NaN}', "NaN"),
], ids=["4300-digit number", "deep nesting", "NaN"])
def test_json_lines_beyond_the_bounds_are_bad_input_naming_the_line(vault: str, line: str, reason: str) -> None:
    err = one_sentence(run("add", vault, env=PASS, stdin='{"kind": "person", "names": ["Fine"]}\n' + line + "\n"), 2)
    assert "line 2" in err and reason in err


def test_the_query_is_read_from_standard_input_unless_given(vault: str) -> None:
    found = run("search", vault, env=PASS, stdin="teng biao\n")
    assert found.code == 0 and "Teng Biao" in found.out, found.err
    assert "No search given" in one_sentence(run("search", vault, env=PASS, stdin=""), 2)


def test_an_unexpected_error_is_one_sentence_naming_its_type_and_none_of_its_content(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def buggy(args: argparse.Namespace) -> int:
        raise KeyError("滕彪 /home/caseworker/secret.casebook")

    monkeypatch.delenv("CASEBOOK_DEBUG", raising=False)
    assert run_command(argparse.Namespace(func=buggy)) == 1
    err = capsys.readouterr().err
    assert "KeyError" in err and "bug" in err and "滕彪" not in err and "secret" not in err
    assert len(err.strip().splitlines()) == 1
    monkeypatch.setenv("CASEBOOK_DEBUG", "1")
    assert run_command(argparse.Namespace(func=buggy)) == 1
    assert "Traceback" in capsys.readouterr().err


def test_running_out_of_memory_is_one_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    def hungry(args: argparse.Namespace) -> int:
        raise MemoryError

    assert run_command(argparse.Namespace(func=hungry)) == 1
    err = capsys.readouterr().err
    assert "ran out of memory" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("seconds", ["0.05", "-1", "0", "nan", "inf", "1e9"])
def test_key_derivation_below_the_floor_is_refused(tmp_path: Path, seconds: str) -> None:
    path = tmp_path / "weak.casebook"
    result = run("init", str(path), "--no-keyring", "--kdf-seconds", seconds, env={**PASS, WEAK_KDF_FOR_TESTS: ""})
    assert "--kdf-seconds must be from 0.5" in one_sentence(result, 2)
    assert not path.exists()


@pytest.mark.parametrize("weak", ["x", "password1", "aaaaaaaaaa"])
def test_a_weak_passphrase_is_refused_by_init_passwd_and_export(tmp_path: Path, vault: str, weak: str) -> None:
    path = tmp_path / "new.casebook"
    assert "Nothing was changed" in one_sentence(run("init", str(path), *FAST_KDF, env={"CASEBOOK_PASSPHRASE": weak}), 2)
    assert not path.exists()
    assert "new passphrase is too" in one_sentence(run("passwd", vault, env={**PASS, "CASEBOOK_NEW_PASSPHRASE": weak}), 2)
    assert run("list", vault, env=PASS).code == 0
    person = run("list", vault, "--json", env=PASS).out.splitlines()[0]
    bundle = tmp_path / "b.casebundle"
    refused = run("export", vault, json.loads(person)["id"], "--passphrase", "-o", str(bundle),
                  env={**PASS, "CASEBOOK_BUNDLE_PASSPHRASE": weak})
    assert "bundle passphrase is too" in one_sentence(refused, 2)
    assert not bundle.exists()


def test_a_contacts_name_is_read_from_standard_input_unless_given(tmp_path: Path, vault: str) -> None:
    other = str(tmp_path / "colleague.casebook")
    assert run("init", other, "--no-keyring", *FAST_KDF, env=PASS).code == 0
    identity = json.loads(run("identity", other, "--json", env=PASS).out)["identity"]
    added = run("contact", "add", vault, identity, env=PASS, stdin="Wang Yu\n")
    assert added.code == 0 and "Added Wang Yu" in added.err, added.err
    verified = run("contact", "verify", vault, env=PASS, stdin="Wang Yu\n")
    assert verified.code == 0 and "Marked Wang Yu as verified" in verified.err, verified.err
    listed = [json.loads(line) for line in run("contact", "list", vault, "--json", env=PASS).out.splitlines()]
    assert [(c["name"], c["verified"]) for c in listed] == [("Wang Yu", True)]
