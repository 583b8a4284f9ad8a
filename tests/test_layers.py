"""The four rooms and their one-way doors, checked on the source (ast, every import, lazy ones too).

    crawler    fetch and parse: items, URLs, parsers, site profiles, spiders, middlewares
    storage    the SQLite library: imports only crawler.items and crawler.urls from the crawler
    pipelines  the Scrapy item stages: the crawler and storage below them
    newsdesk   the application: everything below it

No module imports from a room above its own, parsers know no site profile, and no module imports
itself back through another (no cycle, not even inside a package). Setting strings that name a
class (ITEM_PIPELINES, NEWS_REVISIT_STATE, ...) are configuration, not imports.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROOMS = ("crawler", "storage", "pipelines", "newsdesk")
ALLOWED = {
    "crawler": {"crawler"},
    "storage": {"storage", "crawler.items", "crawler.urls"},
    "pipelines": {"pipelines", "storage", "crawler"},
    "newsdesk": set(ROOMS),
}


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, root: Path = ROOT) -> set[str]:
    """Every project module `path` imports (absolute or relative, at any depth of the file)."""
    name = module_name(path, root)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)  # `from package import x` runs the package's __init__: an edge to it
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name.split(".")[0] in ROOMS}


def project_graph(root: Path = ROOT) -> dict[str, set[str]]:
    """module -> the project modules it imports (a name that is a package's attribute, not a
    module, counts as an import of the package)."""
    files = {module_name(path, root): path for room in ROOMS for path in (root / room).rglob("*.py")}
    graph = {}
    for name, path in files.items():
        targets = set()
        for imported in imports_of(path, root):
            while imported not in files and "." in imported:
                imported = imported.rpartition(".")[0]
            if imported in files and imported != name:
                targets.add(imported)
        graph[name] = targets
    return graph


def allowed(source: str, target: str) -> bool:
    room = source.split(".")[0]
    if source.startswith("crawler.parsers") and target.startswith("crawler.sites"):
        return False
    return any(target == rule or target.startswith(rule + ".") for rule in ALLOWED[room])


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected group of modules (Tarjan), as a path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_every_import_points_down_or_sideways():
    wrong = [f"{source} -> {target}" for source, targets in project_graph().items()
             for target in sorted(targets) if not allowed(source, target)]
    assert not wrong, "imports against the layers:\n" + "\n".join(wrong)


def test_no_import_cycles():
    found = cycles(project_graph())
    assert not found, "import cycles:\n" + "\n".join(" <-> ".join(group) for group in found)


def test_the_rooms_and_only_them_hold_the_code():
    assert all((ROOT / room / "__init__.py").is_file() for room in ROOMS)
    for name in ("crawler/cli.py", "pipelines/database.py", "pipelines/export.py", "crawler/jobs.py"):
        assert not (ROOT / name).exists(), f"{name} belongs to another room now"


@pytest.mark.parametrize(("source", "target", "ok"), [
    ("crawler.parsers.article", "crawler.sites", False),
    ("crawler.spiders.news", "crawler.sites", True),
    ("crawler.incremental", "storage.revisit", False),
    ("storage.rows", "crawler.items", True),
    ("storage.rows", "crawler.parsers.text", False),
    ("storage.articles", "pipelines.store", False),
    ("pipelines.store", "storage.articles", True),
    ("pipelines.store", "newsdesk.jobs", False),
    ("newsdesk.cli", "storage.export", True),
])
def test_the_rules_themselves(source, target, ok):
    assert allowed(source, target) is ok


def test_the_checks_find_a_planted_cycle_and_back_arrow(tmp_path):
    for room in ROOMS:
        (tmp_path / room).mkdir()
        (tmp_path / room / "__init__.py").write_text("")
    (tmp_path / "crawler" / "a.py").write_text("from crawler.b import x\n")
    (tmp_path / "crawler" / "b.py").write_text("def f():\n    from . import a\n")
    (tmp_path / "storage" / "c.py").write_text("from pipelines.store import StorePipeline\n")
    (tmp_path / "pipelines" / "store.py").write_text("import storage.c\n")
    graph = project_graph(tmp_path)
    assert graph["crawler.b"] == {"crawler", "crawler.a"}, "a lazy, relative import counts"
    assert cycles(graph) == [["crawler.a", "crawler.b"], ["pipelines.store", "storage.c"]]
    assert not allowed("storage.c", "pipelines.store")
