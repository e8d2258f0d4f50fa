"""The import checker that ./run test runs: it must see the cycles and hidden imports it exists to forbid."""

import importlib.util
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("check_imports", ROOT / "tools" / "check_imports.py")
check_imports = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_imports)


def make_tree(tmp_path, files: dict[str, str]) -> Path:
    for name, text in {"mentorhub/__init__.py": "", **files}.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return tmp_path


def test_a_clean_layered_tree_passes(tmp_path):
    root = make_tree(
        tmp_path,
        {
            "mentorhub/lib/__init__.py": "",
            "mentorhub/lib/time.py": "",
            "mentorhub/goals/__init__.py": "",
            "mentorhub/goals/models.py": "from mentorhub.lib import time\n",
            "mentorhub/goals/views.py": "from mentorhub.goals import models\nfrom mentorhub.meetings import services\n",
            "mentorhub/meetings/__init__.py": "",
            "mentorhub/meetings/services.py": "from mentorhub.goals.models import *\n",
            "mentorhub/meetings/apps.py": "class C:\n    def ready(self):\n        from . import services\n",
        },
    )
    assert check_imports.check(root) == []


def test_a_cycle_between_two_apps_is_reported_with_its_edges(tmp_path):
    root = make_tree(
        tmp_path,
        {
            "mentorhub/goals/__init__.py": "",
            "mentorhub/goals/services.py": "from mentorhub.meetings import services\n",
            "mentorhub/meetings/__init__.py": "",
            "mentorhub/meetings/services.py": "from mentorhub.goals.services import x\n",
        },
    )
    problems = check_imports.check(root)
    assert any(
        "module import cycle" in p
        and "mentorhub.goals.services -> mentorhub.meetings.services" in p
        and "mentorhub.meetings.services -> mentorhub.goals.services" in p
        for p in problems
    )
    assert any(p.startswith("app cycle between goals, meetings") for p in problems)


def test_an_import_hidden_in_a_function_is_reported_even_without_a_cycle(tmp_path):
    root = make_tree(
        tmp_path,
        {
            "mentorhub/goals/__init__.py": "",
            "mentorhub/goals/services.py": "def f():\n    from mentorhub.meetings.models import Meeting\n",
            "mentorhub/meetings/__init__.py": "",
            "mentorhub/meetings/models.py": "",
        },
    )
    assert check_imports.check(root) == [
        "import inside a function: mentorhub/goals/services.py:2 imports mentorhub.meetings.models"
    ]


def test_app_cycles_through_domain_modules_count_but_web_modules_sit_on_top(tmp_path):
    files = {
        "mentorhub/goals/__init__.py": "",
        "mentorhub/goals/models.py": "",
        "mentorhub/goals/views.py": "from mentorhub.meetings import models\n",
        "mentorhub/meetings/__init__.py": "",
        "mentorhub/meetings/models.py": "from mentorhub.goals import models\n",
    }
    assert check_imports.check(make_tree(tmp_path / "web", files)) == []
    files["mentorhub/goals/services.py"] = "from mentorhub.meetings import models\n"
    problems = check_imports.check(make_tree(tmp_path / "domain", files))
    assert problems == [
        "app cycle between goals, meetings:\n"
        "    goals -> meetings: mentorhub.goals.services -> mentorhub.meetings.models\n"
        "    meetings -> goals: mentorhub.meetings.models -> mentorhub.goals.models"
    ]
