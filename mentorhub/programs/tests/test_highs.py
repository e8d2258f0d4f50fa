"""The solver's one dependency on a private SciPy module, checked so an upgrade fails with a clear message."""

import sys

import pytest

from mentorhub.programs import highs


def test_the_installed_scipy_has_the_highs_binding_the_solver_uses():
    binding = highs.load_highs()
    assert all(hasattr(binding, name) for name in highs.NAMES)


def test_a_scipy_that_moved_the_binding_is_reported_with_what_to_do(monkeypatch):
    monkeypatch.setitem(sys.modules, highs.LOCATION, None)  # what Python sees when the module is gone
    with pytest.raises(ImportError, match=r"has no HiGHS binding at scipy\.optimize\._highspy\._core"):
        highs.load_highs()


def test_a_binding_missing_a_name_is_reported_by_name():
    with pytest.raises(ImportError, match="lacks HighsLp, MatrixFormat, HighsModelStatus, _Highs"):
        highs.load_highs("scipy.optimize")
