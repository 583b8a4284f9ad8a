"""Install hygiene: every third-party module the tests and benchmarks import can be imported.

The modules are found by reading the import statements (and `pytest.importorskip` calls) of
tests/ and benchmarks/, not listed by hand, so a new one is covered. An upstream release that
installs but cannot be imported (an lxml without the `html_clean` extra jusText asks for left
trafilatura broken) then fails `make test` instead of skipping a test or breaking a benchmark.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = (ROOT / "tests", ROOT / "benchmarks")
LOCAL_FOLDERS = (ROOT, *SCANNED, ROOT.parent / "shared" / "bench")
"""Modules that are files or packages here are ours (the benchmarks put these folders on sys.path)."""


def imported_modules(source: str) -> set[str]:
    """Top-level names of the absolute imports and `importorskip("name")` calls in `source`."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "importorskip"
              and node.args and isinstance(node.args[0], ast.Constant)):
            names.add(str(node.args[0].value).split(".")[0])
    return names


def is_local(name: str) -> bool:
    return any((folder / f"{name}.py").is_file() or (folder / name).is_dir() for folder in LOCAL_FOLDERS)


def third_party_modules() -> set[str]:
    """Every third-party top-level module imported anywhere under tests/ and benchmarks/."""
    names = set()
    for folder in SCANNED:
        for path in folder.rglob("*.py"):
            names |= imported_modules(path.read_text(encoding="utf-8"))
    return {name for name in names if name not in sys.stdlib_module_names and name != "__future__" and not is_local(name)}


IMPORT_EACH = """
import importlib, json, sys
failures = {}
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except Exception as error:
        failures[name] = f"{type(error).__name__}: {error}"
print(json.dumps(failures))
"""


def test_the_scan_finds_imports_importorskips_and_leaves_out_the_stdlib_and_our_own_modules():
    source = "import os\nimport lxml.html\nfrom scrapy import signals\nfrom . import helpers\nimport crawler\nimport sitegen\n" \
             "def f():\n    import matplotlib.pyplot\n    pytest.importorskip('datasette')\n"
    assert imported_modules(source) == {"os", "lxml", "scrapy", "crawler", "sitegen", "matplotlib", "datasette"}
    modules = third_party_modules()
    assert {"trafilatura", "hypothesis", "scrapy", "matplotlib", "datasette"} <= modules
    assert not modules & {"os", "json", "crawler", "tests", "benchmarks", "sitegen", "evaluate"}


def test_every_third_party_module_of_the_tests_and_benchmarks_imports():
    modules = sorted(third_party_modules())
    # a fresh interpreter: a module already imported by another test proves nothing
    done = subprocess.run([sys.executable, "-c", IMPORT_EACH, *modules], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    failures = json.loads(done.stdout.strip().splitlines()[-1])
    assert failures == {}, "reinstall with `pip install -e '.[dev]'`, or pin the dev extra: " + json.dumps(failures, indent=1)
