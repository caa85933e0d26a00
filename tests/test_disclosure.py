"""The one small-cell rule: no hidden cell can be worked out from one published table."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from refuge.record.disclosure import SUPPRESSED, cell_protect, table_protect


def _possible_values(cells: dict, total: object, k: int) -> dict[str, set[int]]:
    """Every value each hidden cell can take, for someone who holds only the published table,
    knows the rule (hidden cells are listed, so each is at least 1; at least one is below k;
    the extra ones were the smallest, so none exceeds the smallest shown cell)."""
    hidden = [key for key, value in cells.items() if value == SUPPRESSED]
    if not hidden or not isinstance(total, int):
        return {}
    shown = [value for value in cells.values() if value != SUPPRESSED]
    rest = total - sum(shown)
    ceiling = min(shown, default=rest)
    possible: dict[str, set[int]] = {key: set() for key in hidden}
    for values in itertools.product(range(1, min(rest, ceiling) + 1), repeat=len(hidden) - 1):
        last = rest - sum(values)
        assignment = (*values, last)
        if 1 <= last <= ceiling and any(v < k for v in assignment):
            for key, value in zip(hidden, assignment, strict=True):
                possible[key].add(value)
    return possible


@settings(max_examples=300, deadline=None)
@given(
    counts=st.dictionaries(
        st.sampled_from(["detention", "torture", "killing", "threat", "outing"]),
        st.integers(min_value=1, max_value=12),
        min_size=1,
    ),
    k=st.integers(min_value=2, max_value=6),
)
def test_no_suppressed_cell_can_be_recovered_by_subtraction(counts, k) -> None:
    table = table_protect(counts, k=k)
    for key, value in table.cells.items():
        assert value == SUPPRESSED or value >= k, "no small count is shown"
        assert value == SUPPRESSED or value == counts[key]
    if table.total != SUPPRESSED:
        assert table.total == sum(counts.values())
    if table.total == SUPPRESSED or not table.cells:
        assert not [v for v in table.cells.values() if v != SUPPRESSED]
        return
    for key, values in _possible_values(table.cells, table.total, k).items():
        assert counts[key] in values, "the real value is among those the table allows"
        assert len(values) >= 2, (key, counts, table)


def test_one_hidden_cell_takes_a_second_with_it() -> None:
    table = table_protect({"detention": 40, "killing": 2, "threat": 9}, k=5)
    assert table.cells == {"detention": 40, "killing": SUPPRESSED, "threat": SUPPRESSED}
    assert table.total == 51


def test_a_small_total_hides_the_whole_table() -> None:
    assert table_protect({"a": 1, "b": 2}, k=5).total == SUPPRESSED
    assert table_protect({"a": 1, "b": 2}, k=5).cells == {}


@pytest.mark.parametrize(("count", "shown"), [(0, 0), (1, SUPPRESSED), (4, SUPPRESSED), (5, 5)])
def test_a_lone_count_uses_the_same_threshold(count, shown) -> None:
    assert cell_protect(count, k=5) == shown


@pytest.mark.django_db
def test_findings_follow_the_same_rule(persona_factory) -> None:
    from django.urls import reverse

    from refuge.accounts.models import Role
    from refuge.accounts.services import staff_keypair_unlock
    from refuge.findings.selectors import chart_svg, findings
    from refuge.record import services
    from refuge.record.fuzzydates import FuzzyDate
    from refuge.record.models import ActType
    from tests.conftest import signed_in_client

    dana = persona_factory("dana", Role.ANALYST)
    key = services.record_key_for(
        user=dana.user, keypair=staff_keypair_unlock(user=dana.user, password=dana.password)
    )
    services.act_create(
        actor=dana.user,
        key=key,
        victim=services.person_create(key=key, identity={"name": "x"}),
        act_type=ActType.objects.get(key="killing"),
        when=FuzzyDate.parse("2019"),
        place=None,
        sources=[],
    )
    (finding,) = findings()
    assert finding.distinct == 1 and finding.distinct_shown == SUPPRESSED
    assert "observed: 1<" not in chart_svg([finding])
    page = signed_in_client(dana).get(reverse("findings:page")).content.decode()
    assert ">suppressed</a>" in page
