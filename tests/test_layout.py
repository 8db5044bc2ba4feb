"""The package layout's import direction (docs in each subpackage's __init__), read from the code.

Every module under src/rejectwatch is parsed with `ast`; every import counts, at the top, inside
a function or under `if TYPE_CHECKING:`. The rules:
  model    -> errors, model.*                     (nothing else from rejectwatch)
  mail     -> errors, settings, logs, mail.*
  crm      -> errors, state, mail.message, crm.*  (never mail.mailbox: the CRM never talks IMAP)
  pipeline -> anything but cli and testing
  testing  -> errors, settings, mail, model.corpus, testing.*
  the top-level modules (errors, settings, logs, state...) -> top-level modules only
  pure modules import no adapter: not imapclient, sqlite3, state, mail.mailbox
  only mail.mailbox imports imapclient; only state imports sqlite3
  the product imports rejectwatch.testing only in cli.demo, inside a function (lazily)
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "rejectwatch"

# What each subpackage may import from rejectwatch (a prefix allows the module and everything
# under it). The subpackage's own modules are always allowed.
ALLOWED = {
    "model": {"rejectwatch.errors"},
    "mail": {"rejectwatch.errors", "rejectwatch.settings", "rejectwatch.logs"},
    "crm": {"rejectwatch.errors", "rejectwatch.state", "rejectwatch.mail.message"},
    "testing": {
        "rejectwatch.errors",
        "rejectwatch.settings",
        "rejectwatch.mail",
        "rejectwatch.model.corpus",
    },
}
FORBIDDEN = {"pipeline": {"rejectwatch.cli", "rejectwatch.testing"}}
PURE = {
    "rejectwatch.mail.message",
    *(
        f"rejectwatch.crm.{name}"
        for name in (
            "extract",
            "company",
            "company_prose",
            "schemes",
            "position",
            "person",
            "reason",
            "domains",
            "text",
            "decorations",
            "senders",
            "contacts",
            "reply",
            "reply_languages",
            "subjects",
            "names",
            "linkedin",
            "applications",
            "records",
        )
    ),
}
ADAPTERS = {"imapclient", "sqlite3", "rejectwatch.state", "rejectwatch.mail.mailbox"}
ONLY_IMPORTER = {"imapclient": {"rejectwatch.mail.mailbox"}, "sqlite3": {"rejectwatch.state"}}


@dataclass(frozen=True)
class Import:
    target: str  # the module imported, e.g. "rejectwatch.crm.records" or "sqlite3"
    line: int
    in_function: bool


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def resolve(module: str, name: str) -> str:
    """`from module import name`: the submodule when name is one, else the module."""
    full = f"{module}.{name}"
    return full if full in MODULES else module


def imports_in(tree: ast.AST, module: str, in_function: bool = False) -> Iterator[Import]:
    for node in ast.iter_child_nodes(tree):
        inside = in_function or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(alias.name, node.lineno, in_function)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against this module's package
                package = module.split(".")
                if MODULES[module].name != "__init__.py":
                    package = package[:-1]
                package = package[: len(package) - node.level + 1]
                base = ".".join([*package, base] if base else package)
            for alias in node.names:
                yield Import(resolve(base, alias.name), node.lineno, in_function)
        yield from imports_in(node, module, inside)


def imports_of(module: str, source: str | None = None) -> list[Import]:
    text = MODULES[module].read_text() if source is None else source
    return list(imports_in(ast.parse(text), module))


def concern_of(module: str) -> str:
    """The subpackage a module belongs to ("model", "crm"...), "" for a top-level one."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and (PACKAGE / parts[1]).is_dir() else ""


def under(target: str, prefix: str) -> bool:
    return target == prefix or target.startswith(prefix + ".")


def reasons(module: str, imp: Import) -> Iterator[str]:
    """Why importing ``imp`` in ``module`` breaks a rule (nothing when it does not)."""
    t, concern = imp.target, concern_of(module)
    ours = under(t, "rejectwatch") and t != "rejectwatch"
    allowed = {f"rejectwatch.{concern}", *ALLOWED.get(concern, ())}
    if ours and concern in ALLOWED and not any(under(t, ok) for ok in allowed):
        yield f"{concern} may not import {t}"
    if any(under(t, no) for no in FORBIDDEN.get(concern, ())):
        yield f"{concern} may not import {t}"
    if ours and not concern and concern_of(t) and module != "rejectwatch.__main__":
        yield f"a top-level module may not import the subpackage module {t}"
    pure = module in PURE or concern == "model"
    if pure and any(under(t, a) for a in ADAPTERS):
        yield f"pure module imports the adapter {t}"
    for lib, owners in ONLY_IMPORTER.items():
        if under(t, lib) and module not in owners:
            yield f"only {', '.join(sorted(owners))} may import {lib}"
    lazy_demo = module == "rejectwatch.cli.demo" and imp.in_function
    if under(t, "rejectwatch.testing") and concern != "testing" and not lazy_demo:
        yield "the product imports rejectwatch.testing only lazily, in cli.demo"


def violations(module: str, found: list[Import]) -> list[str]:
    """What ``module`` imports against the rules, one line each."""
    return [f"{module}:{imp.line}: {why}" for imp in found for why in reasons(module, imp)]


def test_every_module_keeps_the_import_direction() -> None:
    assert len(MODULES) > 50  # the walk found the package
    bad = [line for module in MODULES for line in violations(module, imports_of(module))]
    assert bad == []


def test_every_subpackage_says_what_it_owns_and_may_import() -> None:
    packages = [p for p in PACKAGE.iterdir() if (p / "__init__.py").exists()]
    assert {p.name for p in packages} == {"mail", "model", "crm", "pipeline", "cli", "testing"}
    for package in packages:
        doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text())) or ""
        assert "May import" in doc, package.name


@pytest.mark.parametrize(
    ("module", "source", "complaint"),
    [
        ("rejectwatch.model.features", "from rejectwatch.mail import message", "model may not"),
        ("rejectwatch.model.features", "import rejectwatch.settings", "model may not"),
        ("rejectwatch.mail.message", "from rejectwatch.crm import records", "mail may not"),
        ("rejectwatch.mail.message", "import sqlite3", "pure module"),
        ("rejectwatch.crm.tables", "from rejectwatch.mail import mailbox", "crm may not"),
        ("rejectwatch.crm.reply", "from rejectwatch.state import Store", "pure module"),
        (
            "rejectwatch.crm.tables",
            "def f():\n    from rejectwatch.pipeline import scan",
            "crm may not",
        ),
        (
            "rejectwatch.crm.extract",
            "if TYPE_CHECKING:\n    from rejectwatch.cli import output",
            "crm may not",
        ),
        ("rejectwatch.pipeline.scan", "from rejectwatch.cli import output", "pipeline may not"),
        ("rejectwatch.pipeline.scan", "import imapclient", "only rejectwatch.mail.mailbox"),
        ("rejectwatch.settings", "from rejectwatch.pipeline import scan", "top-level module"),
        ("rejectwatch.cli.demo", "from rejectwatch.testing import samples", "lazily"),
        ("rejectwatch.cli.main", "def f():\n    from rejectwatch.testing import samples", "lazily"),
        ("rejectwatch.crm.records", "from .. import state", "pure module"),
        ("rejectwatch.testing.samples", "from rejectwatch.crm import records", "testing may not"),
    ],
)
def test_the_check_catches_a_bad_import(module: str, source: str, complaint: str) -> None:
    found = violations(module, imports_of(module, source))
    assert found
    assert any(complaint in line for line in found), found


def test_the_lazy_demo_import_is_allowed() -> None:
    source = "def run():\n    from rejectwatch.testing import samples"
    assert violations("rejectwatch.cli.demo", imports_of("rejectwatch.cli.demo", source)) == []
