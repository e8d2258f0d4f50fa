"""Fail on import cycles and on imports hidden inside functions: the seams between apps stay one-way.

Usage: python tools/check_imports.py [ROOT]   (ROOT defaults to the repository this file lives in)

Three rules, each reported with the modules that break it:
1. No cycle between modules (imports at any depth count: an import moved into a function still runs).
2. No import of another mentorhub module inside a function (AppConfig.ready() aside), except in
   ALLOWED_LATE_IMPORTS: such an import usually dodges a cycle instead of removing it.
3. No cycle between apps through their domain modules (models, services, lifecycle, rules...). Web-facing
   modules (views, api, urls, forms, admin, templatetags, management commands, demo data) and signal receivers
   (receivers.py) sit on top of every app and may import any app's domain modules; see docs/architecture.md.

Tests, migrations and settings are not checked.
"""

import ast
import sys
from collections import defaultdict
from pathlib import Path

PACKAGE = "mentorhub"

# The command-line entry point loads a coach only for the sub-command that needs it, so `mentorhub --help`
# starts without importing Django apps; that is a start-up choice, not a dodged cycle.
ALLOWED_LATE_IMPORTS = {"mentorhub.cli"}

WEB_LAYER = {
    "views",
    "api",
    "urls",
    "forms",
    "admin",
    "templatetags",
    "management",
    "context_processors",
    "sections",
    "demo",
    "demo_data",
    "receivers",
}
SKIPPED = {"tests", "migrations"}


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def collect_modules(root: Path) -> dict[str, Path]:
    modules = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        relative = path.relative_to(root).parts
        if SKIPPED.intersection(relative) or path.name.startswith("settings"):
            continue
        modules[module_name(root, path)] = path
    return modules


def resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def imports_of(module: str, path: Path, known: set[str]):
    """Yields (imported module, line, inside a function?) for each import of a known module."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            nested = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
            if isinstance(child, ast.ImportFrom):
                target = resolve(module, is_package, child)
                # `from pkg import mod` names the module; `from pkg.mod import name` names pkg.mod.
                submodules = [f"{target}.{alias.name}" for alias in child.names if f"{target}.{alias.name}" in known]
                candidates = submodules or [target]
            elif isinstance(child, ast.Import):
                candidates = [alias.name for alias in child.names]
            elif is_ready(child):
                continue  # Django's documented place to connect signal receivers: AppConfig.ready()
            else:
                yield from visit(child, nested)
                continue
            for candidate in candidates:
                if candidate in known and candidate != module:
                    yield candidate, child.lineno, in_function

    yield from visit(tree, False)


def is_ready(node) -> bool:
    return isinstance(node, ast.FunctionDef) and node.name == "ready"


def app_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def is_web_layer(module: str) -> bool:
    parts = module.split(".")[1:]
    return parts[0] in {"urls", "api"} if len(parts) == 1 else parts[1] in WEB_LAYER


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan, iterative)."""
    index, low, on_stack, stack, found = {}, {}, set(), [], []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def check(root: Path) -> list[str]:
    modules = collect_modules(root)
    known = set(modules)
    module_graph: dict[str, set[str]] = defaultdict(set)
    app_graph: dict[str, set[str]] = defaultdict(set)
    app_edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    problems = []
    for module, path in modules.items():
        for target, line, in_function in imports_of(module, path, known):
            module_graph[module].add(target)
            if in_function and module not in ALLOWED_LATE_IMPORTS:
                problems.append(f"import inside a function: {path.relative_to(root)}:{line} imports {target}")
            if not is_web_layer(module) and app_of(module) != app_of(target):
                app_graph[app_of(module)].add(app_of(target))
                app_edges[app_of(module), app_of(target)].append(f"{module} -> {target}")
    for component in cycles(module_graph):
        chain = sorted(f"    {m} -> {t}" for m in component for t in module_graph[m] if t in component)
        problems.append("module import cycle:\n" + "\n".join(chain))
    for component in cycles(app_graph):
        lines = [
            f"    {a} -> {b}: " + ", ".join(sorted(set(app_edges[a, b])))
            for a in component
            for b in sorted(app_graph[a])
            if b in component
        ]
        problems.append(f"app cycle between {', '.join(component)}:\n" + "\n".join(lines))
    return problems


def main(argv: list[str]) -> int:
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent
    problems = check(root)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} import problem(s); see docs/architecture.md for the layers.", file=sys.stderr)
        return 1
    print("imports: no cycles, no imports inside functions")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
