"""The `casebook` console script: a command runs the CLI, no command opens the desktop app.

Qt is imported only when the desktop app is wanted, so every CLI command runs
on a machine without a display.
"""

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and not args[0].startswith("--vault"):
        from app.cli import main as cli_main

        return cli_main(args)
    from ui.application import run

    vault = None
    if args:
        vault = args[0].split("=", 1)[1] if "=" in args[0] else (args[1] if len(args) > 1 else None)
    return run(vault)


if __name__ == "__main__":
    sys.exit(main())
