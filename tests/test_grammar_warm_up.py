"""The grammar service's warm-up tries a failed check again on the same LanguageTool before giving up.

A unit test of the service's control flow (no grammar is judged here: tests/test_grammar.py and
tests/test_grammar_faults.py talk to the real LanguageTool): on a loaded machine the first check of a language can
outlast LanguageTool's own 30 s limit; restarting the JVM then began the same slow check again, in a loop that never
became ready (session 25). The stand-in client only records calls and fails as told.
"""

from __future__ import annotations

from typing import Any, cast

import pytest

from app.languagetool.client import LanguageToolClient, LanguageToolError
from app.languagetool.service import WARM_UP_TRIES, GrammarService


class _FlakyClient:
    """Fails the first ``failures`` checks with LanguageTool's own time-limit answer, then answers."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls: list[str] = []

    async def check(self, text: str, code: str, **_: Any) -> list[object]:
        self.calls.append(code)
        if len(self.calls) <= self.failures:
            raise LanguageToolError("LanguageTool answered 500: Checking took longer than 30.0 seconds")
        return []


def _service() -> GrammarService:
    service = GrammarService(
        url="http://127.0.0.1:9", languages=["en"], version="6.8", cache_dir="/nonexistent", check_timeout=5.0
    )
    service._bases = frozenset({"en"})  # as _load_languages reads them from the server
    service._long_codes = frozenset({"en", "en-US"})
    return service


async def test_a_slow_first_check_is_tried_again_on_the_same_server() -> None:
    client = _FlakyClient(failures=WARM_UP_TRIES - 1)
    await _service()._warm_up(cast(LanguageToolClient, client))
    assert client.calls == ["en-US"] * WARM_UP_TRIES


async def test_a_check_that_keeps_failing_still_fails_the_warm_up() -> None:
    client = _FlakyClient(failures=WARM_UP_TRIES)
    with pytest.raises(LanguageToolError, match="took longer"):
        await _service()._warm_up(cast(LanguageToolClient, client))
    assert len(client.calls) == WARM_UP_TRIES
