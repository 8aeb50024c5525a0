"""bench: how fast adding, opening and searching are here, on synthetic data."""

import argparse
import tempfile
from pathlib import Path

from app.cli.common import print_json, say
from app.errors import BadInput
from app.session import DEFAULT_KDF_SECONDS


def cmd_bench(args: argparse.Namespace) -> int:
    # Imported here: the benchmark's query builder loads pypinyin, which other commands need not wait for.
    from app.bench import run as bench

    if args.people < 10:
        raise BadInput("--people must be at least 10.")
    if args.queries < 1 or args.repeats < 1:
        raise BadInput("--queries and --repeats must be at least 1.")
    if args.sheet_rows < 0:
        raise BadInput("--sheet-rows must be 0 (no import) or more.")
    options = bench.Options(people=args.people, sheet_rows=args.sheet_rows, seed=args.seed, per_class=args.queries,
                            repeats=args.repeats, kdf_seconds=args.kdf_seconds)
    progress = say if args.verbose else (lambda _: None)
    if args.dir:
        folder = Path(args.dir)
        if folder.exists() and any(folder.iterdir()):
            raise BadInput(f"{folder} is not empty; give a new or empty folder for the benchmark's files.")
        folder.mkdir(parents=True, exist_ok=True)
        print_json(bench.run(folder, options, progress))
    else:
        with tempfile.TemporaryDirectory(prefix="casebook-bench-") as tmp:
            print_json(bench.run(Path(tmp), options, progress))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser("bench", help="measure adding, importing, opening and searching on synthetic data; print JSON")
    parser.add_argument("--people", type=int, default=100_000, metavar="N", help="how many people (default 100000)")
    parser.add_argument("--sheet-rows", type=int, default=100_000, metavar="N",
                        help="rows of the demo caseload sheet to import (default 100000; 0: no import)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the data and the query set (default 1)")
    parser.add_argument("--queries", type=int, default=20, metavar="K", help="queries per class (default 20)")
    parser.add_argument("--repeats", type=int, default=5, metavar="R", help="timed runs of the query set (default 5)")
    parser.add_argument("--kdf-seconds", type=float, default=DEFAULT_KDF_SECONDS, metavar="S",
                        help="key derivation time to calibrate to (default 0.75)")
    parser.add_argument("--dir", metavar="D", help="keep the benchmark's files in folder D (default: a temporary folder)")
    parser.add_argument("--verbose", action="store_true", help="say what it is doing on stderr")
    parser.set_defaults(func=cmd_bench)
