"""`python -m rejectwatch` runs the command line."""

from rejectwatch.cli.main import main

raise SystemExit(main())
