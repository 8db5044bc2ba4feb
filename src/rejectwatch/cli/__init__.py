"""The command line: argparse only. Parse, call the library, print, map errors to exit codes.

``main`` holds the parser and the dispatch (``rejectwatch.cli:main`` is the console entry
point); ``crm_commands``, ``model_commands`` and ``review_commands`` hold the commands of each
concern; ``output``, ``support`` and ``progress`` what they print with; ``demo`` the
``rejectwatch demo`` command.

May import anything in rejectwatch; ``rejectwatch.testing`` only lazily, inside a function of
``demo``. Heavy libraries (scikit-learn) are imported inside the commands that need them, so
quick commands start fast.
"""

from rejectwatch.cli.main import main

__all__ = ["main"]
