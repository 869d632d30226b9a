"""The frozen app's entry point: the same as the ``keeper`` console script."""
import sys

from keeper.cli import main

if __name__ == "__main__":
    sys.exit(main())
