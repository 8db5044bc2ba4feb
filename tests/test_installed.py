"""An installed copy works: the wheel, built the way `pip install .` builds it, in a fresh venv,
run from a folder outside the checkout.

The venv sees the machine's site-packages for the heavy dependencies (scikit-learn, scipy:
installing them again would take most of a minute) and gets our wheel installed into it, so
`rejectwatch` there is the wheel's copy; the test checks that, and `pip check` checks that the
wheel's declared dependencies are met. pip works offline from the machine's own index
configuration (pip.conf: find-links and a local simple index), which the build's isolated
environment also uses to fetch hatchling.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rejectwatch.testing.dovecot import dovecot_available

ROOT = Path(__file__).resolve().parents[1]


def sh(*argv: str | Path, cwd: Path, env: dict[str, str], timeout: float = 120) -> str:
    done = subprocess.run(
        [str(a) for a in argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, f"{argv}: {done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """(the venv's bin folder, a work folder outside the checkout, the environment)."""
    base = tmp_path_factory.mktemp("installed")
    skip = ("REJECTWATCH_", "PYTHONPATH")  # nothing from this checkout may leak in
    env = {k: v for k, v in os.environ.items() if not k.startswith(skip)}
    env["REJECTWATCH_DATA_DIR"] = str(base / "state")
    sh(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", base / "dist", ROOT,
       cwd=base, env=env)  # fmt: skip
    (wheel,) = (base / "dist").glob("rejectwatch-*.whl")
    sh(sys.executable, "-m", "venv", "--system-site-packages", base / "venv", cwd=base, env=env)
    bin_dir = base / "venv" / "bin"
    sh(bin_dir / "pip", "install", "-q", "--no-deps", wheel, cwd=base, env=env)
    work = base / "work"
    work.mkdir()
    return bin_dir, work, env


@pytest.mark.slow
def test_installed_copy_is_the_wheel_with_its_data(
    installed: tuple[Path, Path, dict[str, str]],
) -> None:
    bin_dir, work, env = installed
    found = json.loads(
        sh(
            bin_dir / "python",
            "-c",
            "import json, rejectwatch, rejectwatch.model.classifier as c;"
            "from rejectwatch.model import prefilter as p; print(json.dumps(["
            "rejectwatch.__file__, str(c.shipped_data_dir()), str(c.shipped_model_dir()),"
            "str(p.CACHE.path), len(p.CACHE.answers), p.CACHE.misses]))",
            cwd=work,
            env=env,
        )
    )
    venv = str(bin_dir.parent)
    paths, (answered, misses) = found[:4], found[4:]
    assert all(path.startswith(venv) for path in paths), found
    assert found[1].endswith("rejectwatch/_data")
    assert found[2].endswith("rejectwatch/_models")
    # the prefilter's cache ships with it: loading the model reads no pattern afresh
    assert found[3].endswith("rejectwatch/model/prefilter_cache.json")
    assert answered > 0
    assert misses == []
    sh(bin_dir / "pip", "check", cwd=work, env=env)


@pytest.mark.slow
@pytest.mark.skipif(not dovecot_available(), reason="the demo needs dovecot")
def test_installed_demo(installed: tuple[Path, Path, dict[str, str]]) -> None:
    bin_dir, work, env = installed
    out = sh(bin_dir / "rejectwatch", "demo", cwd=work, env=env)
    assert "sample messages on a throwaway Dovecot" in out
    assert "filed as rejections" in out
    assert "reply draft(s), none sent" in out


@pytest.mark.slow
def test_installed_missing_model_then_train(
    installed: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    bin_dir, work, env = installed
    sample = tmp_path / "in.jsonl"
    sample.write_text(json.dumps({"id": 1, "subject": "Hi", "body": "Lunch?", "sender": ""}) + "\n")
    models = Path(
        sh(bin_dir / "python", "-c", "import rejectwatch.model.classifier as c; "
           "print(c.shipped_model_dir())", cwd=work, env=env).strip()
    )  # fmt: skip
    shutil.rmtree(models)  # the shipped model gone: what does the user hear?
    done = subprocess.run(
        [bin_dir / "rejectwatch", "classify", str(sample)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 5
    assert "run `rejectwatch train`" in done.stderr
    assert "scripts/retrain.py" not in done.stderr

    # `train` without --out writes the user's model, which is then used. A small labelled
    # sample keeps this quick; the default --data (the shipped data) is checked above.
    data = tmp_path / "data"
    data.mkdir()
    for path in sorted((ROOT / "data").glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        (data / path.name).write_text("\n".join(lines[:: max(1, len(lines) // 20)]) + "\n")
    out = sh(bin_dir / "rejectwatch", "train", "--data", data, cwd=work, env=env, timeout=180)
    state_model = Path(env["REJECTWATCH_DATA_DIR"]) / "model"
    assert f"wrote {state_model / 'rejectwatch.npz'}" in out
    scored = json.loads(sh(bin_dir / "rejectwatch", "classify", sample, cwd=work, env=env))
    assert scored["id"] == 1
    assert scored["label"] in {"rejection", "not_rejection"}
