"""The house's rules (DESIGN §2), read from the source: every module's imports, those
inside functions too, checked for a layer rule broken, an import cycle, and a private name
taken from another module. Plain ``ast``: nothing is imported, so a broken copy of the
package can be checked as well as the real one (tests/unit/test_architecture.py)."""
from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

# Modules every layer may use: the version, the data folder, the error types, logging.
BASE = {"keeper", "keeper.paths", "keeper.errors", "keeper.logsetup"}


def layer(module: str) -> str:
    """The layer of a keeper module, as DESIGN §2 draws them."""
    if module in BASE:
        return "base"
    if module == "keeper.settings":
        return "core"  # typed settings over the store: the core's level
    if module in ("keeper.i18n", "keeper.fonts"):
        return "qt"  # Qt helpers shared by reports, ui and cli
    if module == "keeper.__main__":
        return "cli"
    if module == "keeper.cli.district":
        return "district"  # the district office's commands: its side, started from keeper's
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "base"


# layer -> the layers it may import (its own included). ``cli`` may start the window.
ALLOWED = {
    "base": {"base"},
    "store": {"base", "store"},
    "core": {"base", "store", "core"},
    "qt": {"base", "qt"},
    "reports": {"base", "core", "qt", "reports"},
    "ui": {"base", "core", "qt", "reports", "ui"},
    "cli": {"base", "core", "qt", "reports", "cli", "ui"},
    "district": {"base", "store", "core", "qt", "reports", "ui", "cli", "district"},
}
NO_QT = {"base", "store", "core"}  # store and core never import PySide6
NO_WIDGETS = {"reports"}  # reports may use QtGui for the PDF, never widgets


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the module imported (a keeper module, or an outside one)
    names: tuple[str, ...]  # for ``from X import a, b``
    line: int


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def read_imports(root: Path) -> tuple[set[str], list[Import]]:
    """The keeper modules under ``root`` (the package folder) and every import they make."""
    modules: dict[str, Path] = {module_name(root, p): p for p in sorted(root.rglob("*.py"))}
    found: list[Import] = []
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    found.append(Import(name, alias.name, (), node.lineno))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")
                    anchor = anchor[:len(anchor) - node.level + 1]
                    base = ".".join(anchor + ([base] if base else []))
                names = tuple(alias.name for alias in node.names)
                # ``from keeper.core import audit`` imports the module keeper.core.audit.
                submodules = [n for n in names if f"{base}.{n}" in modules]
                for sub in submodules:
                    found.append(Import(name, f"{base}.{sub}", (), node.lineno))
                rest = tuple(n for n in names if n not in submodules)
                if rest or not submodules:
                    found.append(Import(name, base, rest, node.lineno))
    return set(modules), found


def _keeper(target: str, modules: set[str]) -> str | None:
    """The keeper module an import names (``keeper.core.ledger.X`` -> keeper.core.ledger)."""
    while target:
        if target in modules:
            return target
        target = target.rpartition(".")[0]
    return None


def problems(root: Path) -> list[str]:
    """Every broken rule, one line each; an empty list when the house is in order."""
    modules, imports = read_imports(root)
    found = []
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for imp in imports:
        where = f"{imp.module}:{imp.line}"
        own = layer(imp.module)
        if imp.target.split(".")[0] == "PySide6":
            if own in NO_QT:
                found.append(f"{where}: {own} imports {imp.target} (no Qt below reports)")
            elif own in NO_WIDGETS and imp.target.startswith("PySide6.QtWidgets"):
                found.append(f"{where}: reports imports {imp.target} (QtGui only, no widgets)")
            continue
        target = _keeper(imp.target, modules)
        if target is None:
            continue
        entry = own == "cli" and target == "keeper.cli.district"  # `keeper district …`
        if layer(target) not in ALLOWED[own] and not entry:
            found.append(f"{where}: {own} imports {target} ({layer(target)}): DESIGN §2 "
                         f"allows {own} -> {', '.join(sorted(ALLOWED[own] - {own}))}")
        private = [n for n in imp.names if n.startswith("_") and not n.startswith("__")]
        if private and target != imp.module:
            found.append(f"{where}: imports the private {', '.join(private)} of {target}")
        if target != imp.module and target != "keeper":
            graph[imp.module].add(target)
    found += [f"import cycle: {' -> '.join(cycle)}" for cycle in cycles(graph)]
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One cycle per strongly connected group of modules (Tarjan), shown as a path."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        # Iterative: a deep import chain must not hit Python's recursion limit.
        work = [(node, iter(sorted(graph[node])))]
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        while work:
            current, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(sorted(graph[nxt]))))
                    break
                if nxt in on_stack:
                    low[current] = min(low[current], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[current])
                if low[current] == index[current]:
                    group = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.append(member)
                        if member == current:
                            break
                    if len(group) > 1:
                        groups.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return [_path(graph, set(group)) for group in groups]


def _path(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """A readable cycle inside a strongly connected group: a -> b -> … -> a."""
    start = min(group)
    previous = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(graph[node] & group):
            if nxt == start:
                path = [node]
                while previous[path[-1]] is not None:
                    path.append(previous[path[-1]])
                return [*reversed(path), start]
            if nxt not in previous:
                previous[nxt] = node
                queue.append(nxt)
    return sorted(group)
