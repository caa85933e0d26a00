"""The findings page's comparison of methods: side by side, recommended, drawn without scripts."""

from __future__ import annotations

import time

import pytest
from django.urls import reverse

from refuge.accounts.models import Role
from refuge.findings import selectors
from refuge.findings.lcmcr import simulate
from tests.conftest import signed_in_client


def _finding(size: int = 1200, lists: int = 4, seed: int = 3) -> selectors.Finding:
    table = simulate(size, lists=lists, seed=seed)
    finding = selectors.Finding("detention", "Detention", "2019", table.observed, table.observed)
    selectors._compare(finding, tuple(sorted(table.counts.items())))
    return finding


def test_three_methods_side_by_side_with_a_recommendation() -> None:
    finding = _finding()
    assert [m.key for m in finding.methods] == ["loglinear", "dga", "lcmcr"]
    assert all(m.estimate is not None and m.interval[0] is not None for m in finding.methods)
    assert finding.recommended in {m.name for m in finding.methods} and finding.why
    assert finding.estimate == next(
        m.estimate for m in finding.methods if m.name == finding.recommended
    )
    assert all(m.sensitivity for m in finding.methods), "each method shows how the model matters"
    svg = finding.posterior_svg
    assert svg.startswith("<svg") and "<polyline" in svg and "<rect" in svg
    assert "<script" not in svg and "style=" not in svg


def test_two_sources_fall_back_to_log_linear() -> None:
    finding = _finding(lists=2)
    by_key = {m.key: m for m in finding.methods}
    assert by_key["lcmcr"].estimate is None and by_key["dga"].estimate is None
    assert finding.recommended == by_key["loglinear"].name


@pytest.mark.serial  # timed: run alone
def test_a_table_is_computed_once_then_served_from_memory() -> None:
    table = simulate(900, lists=3, seed=9)
    cells = tuple(sorted(table.counts.items()))
    selectors._methods(cells, "en")
    started = time.perf_counter()
    again = selectors._methods(cells, "en")
    assert time.perf_counter() - started < 0.01
    assert again is selectors._methods(cells, "en")


@pytest.mark.django_db
def test_page_shows_the_comparison_without_scripts(persona_factory, monkeypatch) -> None:
    finding = _finding()
    monkeypatch.setattr(selectors, "findings", lambda: [finding])
    dana = persona_factory("dana", Role.ANALYST)
    page = signed_in_client(dana).get(reverse("findings:page")).content.decode()
    assert "three methods side by side" in page and "Recommended:" in page
    assert page.count("<svg") == 2 and "<script" not in page
    for method in finding.methods:
        assert method.name in page
