"""`python -m evkb` runs the command line."""

from evkb.cli import main

raise SystemExit(main())
