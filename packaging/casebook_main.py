"""The frozen build's entry point: the same `casebook` as `pip install` gives (ui.entry.main).

With a command it is the CLI; with none, or `--vault PATH`, it opens the desktop app.
`freeze_support` lets `casebook bench` start its spawned worker from the frozen executable.
"""

import multiprocessing
import sys

from ui.entry import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
