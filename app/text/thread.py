"""The proposed thread of a draft: computed once per draft, shared by the report and the thread-part rule.

No thread is proposed for a draft that fits, for one too long to be a thread (past
``MAX_THREAD_SOURCE_CHARS``, about 25 full posts), or when the policy's limit is too small to hold any
numbered part (``split_thread`` raises then): the report says ``thread: []`` rather than failing.
"""

from __future__ import annotations

from functools import lru_cache

from app.domain import Draft
from app.text.tweet import CONFIGS, CountingConfig, split_thread

MAX_THREAD_SOURCE_CHARS = 7_000


@lru_cache(maxsize=32)
def counting_config(counting: str, limit: int) -> CountingConfig:
    """The twitter-text config of a policy (built once per counting version and limit)."""
    return CONFIGS[counting].with_limit(limit)


def proposed_thread(draft: Draft, counting: str, limit: int) -> list[str]:
    """The numbered posts proposed for an over-long draft, or [] when none can or should be proposed."""

    def split() -> list[str]:
        if draft.length.valid or len(draft.text) > MAX_THREAD_SOURCE_CHARS:
            return []
        try:
            return split_thread(draft.text, counting_config(counting, limit))
        except ValueError:  # the limit cannot hold one character and its " n/n"
            return []

    return draft.memo(f"thread:{counting}:{limit}", split)
