"""`python -m miwake ...`: the same as the `miwake` command."""

import sys

from miwake.cli import main

if __name__ == "__main__":
    sys.exit(main())
