"""The README's record examples are real: they load into a vault as written."""

import re
from pathlib import Path

from app.records.jsonl import parse_lines
from app.vault.vault import Vault

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_json_lines_example_loads(vault: Vault) -> None:
    block = re.search(r"```json\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert block is not None
    records = vault.records.apply(parse_lines(block.group(1).splitlines()))
    assert [r.kind for r in records] == ["person", "person", "case", "event", "event", "intervention"]
    teng = vault.records.get("0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a60")
    assert teng.display_name == "滕彪 (Teng Biao)"
    status = {s.id: s.status for s in vault.records.summaries("person")}
    assert status[teng.id] == "rsdl"
