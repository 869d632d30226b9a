"""``python -m keeper``: the same as the ``keeper`` command."""
import sys

from keeper.cli import main

if __name__ == "__main__":
    sys.exit(main())
