"""`python -m rejectwatch` runs the command line."""

from rejectwatch.cli import main

raise SystemExit(main())
