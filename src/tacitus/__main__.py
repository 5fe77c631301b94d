"""``python -m tacitus``: the same command line as ``tacitus``."""

import sys

from tacitus.cli import main

sys.exit(main())
