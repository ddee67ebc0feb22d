"""RFM quintiles, segments and exact rates: pure rules, no database."""

from __future__ import annotations

import itertools
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from core.analytics import SEGMENTS, Ratio, quintile_scores, segment_of, to_data
from core.analytics.scope import bucket_of, buckets


def test_distinct_values_fill_each_quintile_with_a_fifth() -> None:
    scores = quintile_scores(list(range(100)))
    assert [scores.count(q) for q in (1, 2, 3, 4, 5)] == [20, 20, 20, 20, 20]
    assert scores[0] == 1 and scores[-1] == 5


def test_lower_is_better_for_recency() -> None:
    assert quintile_scores([1, 400, 30, 90, 200], higher_is_better=False) == [5, 1, 4, 3, 2]


@given(st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=300))
def test_scores_are_1_to_5_monotonic_and_ties_share_one(values: list[int]) -> None:
    scores = quintile_scores(values)
    assert all(1 <= s <= 5 for s in scores)
    pairs = sorted(zip(values, scores, strict=True))
    assert all(a[1] <= b[1] for a, b in itertools.pairwise(pairs))
    assert len({s for v, s in pairs if v == pairs[0][0]}) == 1
    assert min(scores) == 1


def test_segments_follow_the_documented_rules() -> None:
    assert segment_of(5, 5, 5) == "high_value"
    assert segment_of(4, 4, 3) == "loyal"
    assert segment_of(3, 5, 5) == "loyal"
    assert segment_of(5, 1, 1) == "potential"
    assert segment_of(2, 3, 5) == "at_risk"
    assert segment_of(1, 5, 5) == "at_risk"
    assert segment_of(2, 2, 5) == "hibernating"
    assert segment_of(1, 2, 1) == "lost"
    every = {segment_of(r, f, m) for r in range(1, 6) for f in range(1, 6) for m in range(1, 6)}
    assert every == set(SEGMENTS)


def test_ratio_in_basis_points_rounds_half_up_and_never_divides_by_zero() -> None:
    assert Ratio(2, 3).basis_points == 6667
    assert Ratio(1, 8).basis_points == 1250
    assert Ratio(1, 20_000).basis_points == 1  # 0.5 bp rounds up
    assert Ratio(0, 0).basis_points is None
    assert to_data(Ratio(3, 4)) == {"numerator": 3, "denominator": 4, "basis_points": 7500}


def test_buckets_start_on_mondays_and_first_days() -> None:
    assert bucket_of(date(2026, 3, 5), "week") == date(2026, 3, 2)
    assert bucket_of(date(2026, 3, 5), "month") == date(2026, 3, 1)
    assert buckets(date(2026, 1, 31), date(2026, 3, 1), "month") == [
        date(2026, 1, 1),
        date(2026, 2, 1),
        date(2026, 3, 1),
    ]
    assert len(buckets(date(2026, 3, 1), date(2026, 3, 31), "day")) == 31
