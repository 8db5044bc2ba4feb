"""Write (or check) the shipped cache of what rejectwatch.model.prefilter reads off patterns.

    python scripts/prefilter_cache.py          # rewrite src/rejectwatch/model/prefilter_cache.json
    python scripts/prefilter_cache.py --check  # exit 1 if the file is not what it would write

Imports every module of the package with the cache turned off, so that every pattern a module
reads at import (a reading's opening words, a prefiltered search's needed strings, a pattern's
top-level alternatives) is read afresh, and writes those answers, keyed by the question, the
pattern's flags and its text, stamped with a hash of prefilter.py's source. Run it after
changing a reading's pattern or prefilter.py: until then a process reads the changed patterns
afresh (slower to start, never wrong), and tests/test_prefilter_cache.py fails.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys

import rejectwatch
from rejectwatch.model import prefilter


def fresh_answers() -> prefilter.DerivedCache:
    """Every answer the package's modules ask for at import, each computed afresh."""
    prefilter.CACHE = prefilter.DerivedCache(None)
    for module in pkgutil.walk_packages(rejectwatch.__path__, "rejectwatch."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    return prefilter.CACHE


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    cache = fresh_answers()
    if args.check:
        try:
            shipped = json.loads(prefilter.CACHE_FILE.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            print(f"{prefilter.CACHE_FILE}: {e}", file=sys.stderr)
            return 1
        same = shipped == {
            "format": prefilter.CACHE_FORMAT,
            "source": prefilter.source_hash(),
            "entries": cache.answers,
        }
        print(f"{prefilter.CACHE_FILE.name}: {'up to date' if same else 'STALE: rewrite it'}")
        return 0 if same else 1
    cache.write(prefilter.CACHE_FILE)
    print(f"wrote {prefilter.CACHE_FILE} ({len(cache.answers)} patterns)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
