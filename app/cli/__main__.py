"""`python -m app.cli`: the command line without the desktop package (so without PDF reports)."""

import sys

from app.cli import main

sys.exit(main())
