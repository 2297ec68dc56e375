"""(R, session 47) A reading kept for the last few arguments it was made from, known by identity (``is``).

Several readings of one draft are asked for many times by the rules that review it, each time with the very objects
the draft's first reading made (its text, its folded view, its tokens): ``app.text.aim.word_tokens``,
``app.text.aim._sentence_persons`` and ``app.kinds.written_words.written_words``. Each kept its last answers in a
hand-made slot; ``last_by_identity`` is that slot, once:

- the arguments are known by identity, not by equality: no hashing of a long text or of a view's offsets, and an
  equal but distinct object (another draft with the same text) is read afresh;
- the arguments are kept alive with the answer, so no id is ever reused while it is kept;
- the slot is one tuple read once and replaced whole, never changed in place: another thread may replace it while
  a call reads it, and the worst that does is a second computation.

Hand-written: ``functools.lru_cache`` hashes its arguments (by equality) and ``weakref`` caches cannot hold a ``str``
or a tuple; a dozen lines.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from operator import is_
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
V = TypeVar("V")


def last_by_identity(kept: int = 1) -> Callable[[Callable[P, V]], Callable[P, V]]:
    """Keep a function's answers for the last ``kept`` (≥ 1) tuples of positional arguments it was called with,
    known by identity: a call whose arguments are those very objects gets the kept answer, any other call computes
    (a call with keyword arguments is never kept)."""
    if kept < 1:
        raise ValueError("kept must be at least 1")

    def keep(compute: Callable[P, V]) -> Callable[P, V]:
        slot: list[tuple[tuple[tuple[object, ...], V], ...]] = [()]

        @wraps(compute)
        def kept_answer(*args: P.args, **kwargs: P.kwargs) -> V:
            if kwargs:
                return compute(*args, **kwargs)
            last = slot[0]  # one read: another thread may replace it, never change it
            for known, answer in last:
                if len(known) == len(args) and all(map(is_, known, args)):
                    return answer
            answer = compute(*args, **kwargs)
            slot[0] = ((args, answer), *last[: kept - 1])
            return answer

        return kept_answer

    return keep
