"""Accuracy on the shipped examples: the examples warehouse scored against the hand-labelled
gold in tests/fixtures/examples_gold with the shared scorer (../shared/eval/score.py)."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES_GOLD, MEASURED, SCORER, Build, score

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not SCORER.is_file(), reason=f"no scorer at {SCORER}")]

MIN_F1 = 0.80


def test_examples_indicator_f1(examples_build: Build) -> None:
    values, out = score(examples_build.db, "--gold", EXAMPLES_GOLD)
    f1 = float(values["f1"])
    MEASURED["examples indicator F1"] = f"{f1:.4f} (precision {values['precision']}, recall {values['recall']})"
    assert int(values["files_in_warehouse"]) == int(values["files_in_gold"]), out
    assert f1 >= MIN_F1, out


def test_examples_grounding(examples_build: Build) -> None:
    values, out = score(examples_build.db, "--gold", EXAMPLES_GOLD)
    assert float(values["grounded"]) >= 0.9, out


def test_examples_investments_scored(examples_build: Build) -> None:
    """Reported, not a bar: investment extraction is being worked on."""
    values, out = score(examples_build.db, "--investments", EXAMPLES_GOLD)
    MEASURED["examples investment F1"] = values["investment_f1"]
    assert int(values["investment_predicted"]) > 0, out
