"""Train the zstd dictionary record bodies are compressed with (resources/dictionaries/records-1.zdict).

It learns from synthetic records (app.demo, a seed the benchmark does not use)
whose free text is scrambled to random letters of the same length: keys,
vocabulary codes, dates and the shape of ids and versions stay, so the
dictionary knows what every record looks like and nothing anyone wrote, not
even the demo's own names. Run from the repository root once, when the record
format changes (a new dictionary gets a new number; bodies name theirs):
    python packaging/train_record_dictionary.py
"""

import random
import string
import sys
import uuid
from pathlib import Path
from typing import Any

import orjson
import zstandard

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app import demo  # noqa: E402 - after the path is set
from app.records import schema, vocab  # noqa: E402
from app.records.record import Record  # noqa: E402
from app.store.bodies import DICTIONARY, compact_state  # noqa: E402

SEED = 7
PEOPLE = 400
SIZE = 32 * 1024
KEPT_KEYS = frozenset({"script", "kind", "type", "safety", "role", "scope", "date", "given_on", "reliability", "credibility",
                       "lawyer_access", "birth_date"})
CODES = frozenset(code for name in dir(vocab) if isinstance(getattr(vocab, name), dict) for code in getattr(vocab, name))


def scrambled(value: Any, rnd: random.Random, key: str = "") -> Any:
    """The value with its free text replaced by random letters; codes, dates and structure kept."""
    if isinstance(value, dict):
        return {k: scrambled(v, rnd, k) for k, v in value.items()}
    if isinstance(value, list):
        return [scrambled(v, rnd, key) for v in value]
    if not isinstance(value, str) or value in CODES or key in KEPT_KEYS:
        return value
    try:
        uuid.UUID(value)
    except ValueError:
        return "".join(rnd.choice(string.ascii_lowercase + " ") for _ in value)
    return str(uuid.UUID(int=rnd.getrandbits(128)))


def samples(rnd: random.Random) -> list[bytes]:
    found = []
    for batch in demo.generate(PEOPLE, SEED):
        for change in batch:
            fields = {k: v for k, v in schema.validate_fields(change.kind, change.fields).items() if v is not None}
            version = f"17965{rnd.randrange(10**8):08d}-{rnd.randrange(10000):04d}-{rnd.getrandbits(48):012x}"
            record = Record(str(uuid.UUID(int=rnd.getrandbits(128))), change.kind, "2026-12-06T03:31:36Z",
                            "2026-12-06T03:31:36Z", version, scrambled(fields, rnd), dict.fromkeys(fields, version))
            found.append(orjson.dumps(compact_state(record), option=orjson.OPT_SORT_KEYS))
    return found


def main() -> None:
    trained = zstandard.train_dictionary(SIZE, samples(random.Random(SEED)), dict_id=1)  # noqa: S311 - reproducible samples
    target = ROOT / "resources" / "dictionaries" / DICTIONARY
    target.write_bytes(trained.as_bytes())
    print(f"wrote {target} ({len(trained.as_bytes())} bytes)")


if __name__ == "__main__":
    main()
