"""Time budgets of regular expressions, and the record of the checks a draft did not get.

Owns how a pattern (a rule file's, a policy's, a phrase list's) is cut off, and how a cut-off reaches
the report. The verdict must not depend on how busy the machine is, so:

- The ``regex`` module's ``timeout=`` counts the CPU time of the whole *process*, not the wall clock
  (measured with regex 2026.11.19: a process stopped for 0.5 s under a 0.3 s timeout times out after
  0.82 s of wall clock and 0.30 s of CPU; two threads matching at once time out when their CPU times add
  up to the timeout). Other processes (a busy CI runner) cannot make it fire; other threads of this
  process (native code that releases the GIL) and a garbage collection in this thread can.
- ``scan`` gives every pattern its own budget (never one deadline shared by a rule's patterns). The first
  run is not measured (reading a thread's CPU clock is a system call: once per pattern and draft, it cost
  ~8 % of the matching loop in ``bench/bench_patterns.py``). When it times out, the pattern is run again
  with the same budget, measured (``time.thread_time()``): a timeout with half the budget or more spent in
  *this thread* is the pattern's own cost, twice in a row, and it is skipped (``OverBudget``); with less,
  the process clock ran for other threads, and it is run a third time with a budget ``GENEROUS`` times
  larger (skipped only if that times out too). A garbage collection in the first run is forgiven by the
  second. So a catastrophic pattern costs at most twice its budget per draft and never hangs a worker,
  and a shipped pattern that takes microseconds gives the same findings on an idle and a loaded machine.
- A pattern that *is* skipped is never silent: ``note_skip`` logs the rule id (never the draft) and adds
  a ``SkippedRule`` to the review's record (``recording_skips``, opened by the engine around a review);
  the report's ``skipped_rules`` lists it and the turn's reason names it.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from app.domain import Family, SkippedRule

log = logging.getLogger("sevenfold.kinds.budget")

ATTEMPTS = 3
"""Runs of one pattern on one draft at most."""
GENEROUS = 25.0
"""How much larger the budget of a run after one slowed by other threads is."""
OWN_SHARE = 0.5
"""The share of its budget a run must spend in this thread's CPU to count as the pattern's own cost."""

_SKIPPED: ContextVar[list[SkippedRule] | None] = ContextVar("sevenfold_skipped_rules", default=None)


class OverBudget(TimeoutError):
    """A pattern that really spends its budget of CPU time on this draft: it is skipped for it."""

    def __init__(self, limit_s: float, spent_s: float) -> None:
        super().__init__(f"over its time budget ({limit_s * 1000:g} ms)")
        self.limit_s = limit_s
        self.spent_s = spent_s


def scan(compiled: Any, text: str, budget_s: float) -> list[Any]:
    """Every match of ``compiled`` in ``text`` (``finditer``); ``OverBudget`` when the pattern itself spends
    its ``budget_s`` of CPU time, never because other work took the processor (see the module docstring)."""
    try:
        return list(compiled.finditer(text, timeout=budget_s))
    except TimeoutError:
        return _again(compiled, text, budget_s)


def _again(compiled: Any, text: str, budget_s: float) -> list[Any]:
    """After a first run timed out: at most ``ATTEMPTS - 1`` more, measured in this thread's CPU time."""
    limit = budget_s
    spent = 0.0
    for _ in range(ATTEMPTS - 1):
        start = time.thread_time()
        try:
            return list(compiled.finditer(text, timeout=limit))
        except TimeoutError:
            spent = time.thread_time() - start
        if spent >= budget_s * OWN_SHARE:
            break  # two timeouts in a row, this one the pattern's own CPU: a catastrophic pattern
        limit = budget_s * GENEROUS  # other threads ran the process clock: a generous budget
    raise OverBudget(budget_s, spent)


@contextmanager
def recording_skips() -> Iterator[list[SkippedRule]]:
    """Collect the ``note_skip`` calls made while the block runs (one review): the engine's side."""
    record: list[SkippedRule] = []
    token = _SKIPPED.set(record)
    try:
        yield record
    finally:
        _SKIPPED.reset(token)


def note_skip(rule: str, family: Family, reason: str) -> None:
    """Say that ``rule`` (or a shared phrase list) did not fully run on this draft: logged by name, never with
    the draft, and recorded for the report when a review is recording (once per rule and reason)."""
    log.warning("%s skipped for this draft: %s", rule, reason)
    record = _SKIPPED.get()
    if record is None:
        return
    skipped = SkippedRule(rule, family, reason)
    if skipped not in record:
        record.append(skipped)
