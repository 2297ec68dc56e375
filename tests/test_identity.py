"""(R, session 47) ``app.text.identity.last_by_identity``: a reading kept for the last arguments it was made from,
known by identity — the same objects get the kept answer, equal but distinct objects a fresh computation."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.text.identity import last_by_identity

_VALUES = st.lists(st.integers(), max_size=5)


def _counted_total(kept: int) -> tuple[Callable[[list[int]], list[int]], list[int]]:
    """A ``last_by_identity(kept)`` reading (the sum, in a fresh list) and the count of its computations."""
    calls = [0]

    @last_by_identity(kept)
    def total(values: list[int]) -> list[int]:
        calls[0] += 1
        return [sum(values)]

    return total, calls


@settings(max_examples=100, deadline=None)
@given(values=_VALUES, kept=st.integers(min_value=1, max_value=4))
def test_the_same_object_gets_the_kept_answer(values: list[int], kept: int) -> None:
    total, calls = _counted_total(kept)

    first = total(values)
    assert total(values) is first and first == [sum(values)]
    assert calls[0] == 1


@settings(max_examples=100, deadline=None)
@given(values=_VALUES, kept=st.integers(min_value=1, max_value=4))
def test_an_equal_but_distinct_object_is_computed_afresh(values: list[int], kept: int) -> None:
    total, calls = _counted_total(kept)

    first = total(values)
    copy = list(values)
    second = total(copy)
    assert second == first and second is not first
    assert calls[0] == 2
    if kept >= 2:  # both kept
        assert total(values) is first and total(copy) is second and calls[0] == 2
    else:  # only the last one: the first is read again
        assert total(values) == first and calls[0] == 3


@settings(max_examples=100, deadline=None)
@given(count=st.integers(min_value=1, max_value=8), kept=st.integers(min_value=1, max_value=4))
def test_the_last_kept_arguments_are_kept_and_no_more(count: int, kept: int) -> None:
    """Arguments asked in turn: the last ``kept`` of them are answered from the slot, an older one is read again."""
    total, calls = _counted_total(kept)

    objects = [[k] for k in range(count)]
    answers = [total(o) for o in objects]
    assert calls[0] == count
    for o, answer in zip(objects[-kept:], answers[-kept:], strict=True):
        assert total(o) is answer
    assert calls[0] == count
    if count > kept:
        assert total(objects[0]) == answers[0]
        assert calls[0] == count + 1


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=10), number=st.integers())
def test_every_argument_is_known_by_identity(text: str, number: int) -> None:
    """Several arguments: the answer is kept only while every one of them is the same object."""
    calls = [0]

    @last_by_identity(1)
    def pair(a: list[str], b: list[int]) -> tuple[int, int]:
        calls[0] += 1
        return len(a), len(b)

    a, b = [text], [number]
    assert pair(a, b) == (1, 1) and pair(a, b) == (1, 1) and calls[0] == 1
    assert pair(a, [number]) == (1, 1) and calls[0] == 2
    assert pair([text], [number]) == (1, 1) and calls[0] == 3


def test_keyword_calls_are_never_kept_and_kept_is_at_least_one() -> None:
    calls = [0]

    @last_by_identity(2)
    def twice(value: list[int]) -> list[int]:
        calls[0] += 1
        return value * 2

    value = [1]
    assert twice(value=value) == [1, 1] and twice(value=value) == [1, 1] and calls[0] == 2
    assert twice.__doc__ is None and twice.__name__ == "twice"
    with pytest.raises(ValueError, match="at least 1"):
        last_by_identity(0)


def test_threads_get_their_own_answers() -> None:
    """Threads calling at once each get the answer of their own object (a second computation at worst)."""

    @last_by_identity(2)
    def total(values: list[int]) -> int:
        return sum(values)

    objects = [[k, k] for k in range(16)]
    failures: list[int] = []

    def run(values: list[int]) -> None:
        for _ in range(500):
            if total(values) != sum(values):
                failures.append(1)

    threads = [threading.Thread(target=run, args=(o,)) for o in objects]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures
