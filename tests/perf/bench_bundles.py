"""Benchmark: export and import of a bundle of N cases, each with its defender and three events.

Run from the repository:  PYTHONPATH=.:tests/support python tests/perf/bench_bundles.py [N]
Prints seconds for populating, exporting, importing into an empty vault and re-importing.
Uses the in-memory keyring and tiny key-derivation parameters; nothing leaves the temporary folder.
"""

import sys
import tempfile
import time
import uuid
from pathlib import Path

import keyring

from app.records.change import Change
from app.sharing.bundle_export import export_bundle
from app.sharing.bundle_import import import_bundle
from helpers.bundles import introduce, new_vault
from helpers.memory_keyring import MemoryKeyring


def populate(vault_records: object, cases: int) -> list[str]:
    case_ids = []
    for start in range(0, cases, 100):
        changes = []
        for n in range(start, min(start + 100, cases)):
            person, case = str(uuid.uuid4()), str(uuid.uuid4())
            case_ids.append(case)
            changes.append(Change("person", {"names": [f"张伟{n}", f"Zhang Wei {n}"], "roles": ["lawyer"],
                                             "consent": {"scope": "listed_partners"}}, id=person))
            changes.append(Change("case", {"title": f"Detention of Zhang Wei {n}", "type": "detention",
                                           "people": [{"person": person, "role": "defender"}]}, id=case))
            for day, kind in ((1, "detained"), (20, "formally_arrested"), (28, "hearing")):
                changes.append(Change("event", {"case": case, "date": f"2021-03-{day:02d}", "type": kind,
                                                "place": "Beijing", "description": "reported by family"}))
        vault_records.apply(changes)  # type: ignore[attr-defined]
    return case_ids


def main() -> None:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as folder:
        alice, bob = new_vault(Path(folder) / "alice.casebook"), new_vault(Path(folder) / "bob.casebook")
        introduce(alice, bob)
        start = time.perf_counter()
        ids = populate(alice.records, cases)
        populated = time.perf_counter() - start
        start = time.perf_counter()
        result = export_bundle(alice.exchange, ids, to=[alice.contacts.find("bob")])
        exported = time.perf_counter() - start
        start = time.perf_counter()
        _, preview = import_bundle(bob.exchange, result.data)
        imported = time.perf_counter() - start
        start = time.perf_counter()
        _, again = import_bundle(bob.exchange, result.data)
        reimported = time.perf_counter() - start
        print(f"{cases} cases, {sum(result.counts.values())} records, bundle {len(result.data) / 1e6:.1f} MB")
        print(f"populate {populated:.1f} s, export {exported:.1f} s, import {imported:.1f} s "
              f"({len(preview.new)} new), re-import {reimported:.1f} s ({len(again.writes)} written)")
        alice.close()
        bob.close()


if __name__ == "__main__":
    main()
