"""SciPy's HiGHS binding, imported in this one place because SciPy keeps it in a private module.

linprog() would rebuild the model each round; the binding underneath keeps the basis, so re-solving after adding a
few candidate pairs costs milliseconds, not seconds. The price is that a SciPy release may move or rename it: then
the import below fails with a message saying what to do, not with an AttributeError deep inside a match run.
"""

import importlib

import scipy

LOCATION = "scipy.optimize._highspy._core"
# Everything solver.py uses from the binding.
NAMES = ("HighsLp", "MatrixFormat", "HighsModelStatus", "_Highs")


def load_highs(location: str = LOCATION):
    try:
        binding = importlib.import_module(location)
    except ImportError as error:
        raise ImportError(
            f"SciPy {scipy.__version__} has no HiGHS binding at {location}: program matching needs it. Install the "
            f"SciPy version pinned in pyproject.toml, or point mentorhub/programs/highs.py at its new place."
        ) from error
    missing = [name for name in NAMES if not hasattr(binding, name)]
    if missing:
        raise ImportError(
            f"SciPy {scipy.__version__}'s HiGHS binding at {location} lacks {', '.join(missing)}: program matching "
            f"needs them. Install the SciPy version pinned in pyproject.toml, or adapt mentorhub/programs/highs.py."
        )
    return binding
