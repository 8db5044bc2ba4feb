"""The documentation says what the code does: every command and setting in the README, and
every file, folder and module the docs name exists."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from rejectwatch.cli.main import build_parser
from rejectwatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "rejectwatch"
DOCS = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
# Settings read from the environment outside the Settings model (rejectwatch.logs).
OTHER_ENV = {"REJECTWATCH_TRACE_IMAP"}
# Top-level folders of the repository a doc may name in backticks.
REPO_DIRS = ("src/", "scripts/", "data/", "tests/", "docs/", "eval/", "models/", "contrib/")
SUBPACKAGES = ("mail/", "model/", "crm/", "pipeline/", "cli/", "testing/")


def readme() -> str:
    return (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    missing = [name for name in action.choices if f"`rejectwatch {name}" not in readme()]
    assert not missing, f"commands missing from README.md's table: {missing}"


def test_every_setting_is_in_the_readme() -> None:
    names = {f"REJECTWATCH_{field.upper()}" for field in Settings.model_fields} | OTHER_ENV
    missing = sorted(name for name in names if not re.search(f"`{name}[`=]", readme()))
    assert not missing, f"settings missing from README.md's table: {missing}"


def test_the_readme_names_no_setting_that_does_not_exist() -> None:
    names = {f"REJECTWATCH_{field.upper()}" for field in Settings.model_fields} | OTHER_ENV
    named = set(re.findall(r"`(REJECTWATCH_[A-Z_]+)", readme()))
    assert named - names == set()


def _named_paths(text: str) -> set[str]:
    """Repository paths a doc names in backticks or as a relative Markdown link."""
    found = set()
    for quoted in re.findall(r"`([^`\s]+)`", text):
        path = quoted.split("::")[0].rstrip(".,:;")
        if "<" in path or "*" in path:
            continue  # a pattern: scripts/corpus/<kind>/, data/*.jsonl
        if path.startswith(REPO_DIRS) or (path.startswith(SUBPACKAGES) and "." in path):
            found.add(path)  # a bare `model/` may be a data folder, model/x.py is a module
    for link in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
        if "://" not in link:
            found.add(link)
    return found


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_path_a_doc_names_exists(doc: Path) -> None:
    missing = []
    for path in sorted(_named_paths(doc.read_text(encoding="utf-8"))):
        if path.startswith(SUBPACKAGES):
            target = PACKAGE / path  # model/features.py: a module of the package
        elif path.startswith(REPO_DIRS):
            target = ROOT / path
        else:
            target = doc.parent / path  # a relative link
        if not target.exists():
            missing.append(path)
    assert not missing, f"{doc.name} names paths that do not exist: {missing}"


def _resolves(dotted: str) -> bool:
    """`rejectwatch.model.corpus.default_data_files`: a module, then attributes of it."""
    parts = dotted.split(".")
    for end in range(len(parts), 1, -1):
        try:
            found: object = importlib.import_module(".".join(parts[:end]))
        except ImportError:
            continue
        for name in parts[end:]:
            if not hasattr(found, name):
                return False
            found = getattr(found, name)
        return True
    return False


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_dotted_name_a_doc_gives_exists(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    names = {
        name  # not a file name: rejectwatch.npz, rejectwatch.joblib, rejectwatch.card.json
        for name in re.findall(r"`(rejectwatch(?:\.\w+)+)", text)
        if name.rsplit(".", 1)[-1] not in {"npz", "joblib", "json", "toml", "service"}
    }
    missing = sorted(name for name in names if not _resolves(name))
    assert not missing, f"{doc.name} names modules or functions that do not exist: {missing}"
