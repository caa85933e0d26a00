"""Russian counts that are no count of what happened: a rate ("каждый день обращаются
четыре-пять человек") and a counterfactual ("Если бы задержали одного человека, не то что
40, …")."""

import pytest

from tests.media_helpers import counts

pytestmark = pytest.mark.once


@pytest.mark.parametrize(
    "sentence",
    [
        "По горячей линии каждый день обращаются четыре-пять человек.",
        "Каждую неделю в организацию обращаются 10 человек.",
        "Каждый месяц из республики уезжают 20 человек.",
        "Если бы задержали одного человека, не то что 40, об этом было бы известно всем.",
        "Если бы полиция задержала 30 человек, об этом бы узнали все.",
        "Если б убили двух мужчин, об этом бы написали.",
    ],
)
def test_a_rate_or_a_counterfactual_is_no_count(sentence):
    assert counts(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("По горячей линии обращаются четыре-пять человек.", 4),
        ("Полиция задержала 30 человек, если верить правозащитникам.", 30),
    ],
)
def test_a_count_without_a_rate_or_if_stays(sentence, expected):
    assert {value for value, _qualifier, _counted in counts(sentence)} == {expected}
