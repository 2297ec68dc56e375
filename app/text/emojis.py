"""Where the emoji are in a text: spans of every emoji sequence, from the ``emoji`` package's data.

``emoji.emoji_list`` walks every character of the text through its tokenizer (about 0.2 ms for a
tweet); almost every code point of an emoji sequence is at or above U+00A9, so the tokenizer only runs
on the slice between the first and the last such candidate (one character of margin before it for
keycap bases such as ``1️⃣``), and not at all on a text without any.
"""

from __future__ import annotations

import re

import emoji

# Characters that can start or belong to an emoji sequence (the keycap base 0-9 # * is handled by the margin).
_CANDIDATE = re.compile("[\u00a9\u00ae\u200d\u203c-\u3299\ufe0f\U0001f000-\U0001faff\U000e0020-\U000e007f]")


def emoji_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) code-point spans of every emoji sequence in ``text``, left to right."""
    first = _CANDIDATE.search(text)
    if first is None:
        return []
    last_start = first.start()
    for match in _CANDIDATE.finditer(text, first.end()):
        last_start = match.start()
    begin = max(0, first.start() - 1)
    end = min(len(text), last_start + 1)
    return [(m["match_start"] + begin, m["match_end"] + begin) for m in emoji.emoji_list(text[begin:end])]


def emoji_count(text: str) -> int:
    """How many emoji sequences ``text`` holds."""
    return len(emoji_spans(text))
