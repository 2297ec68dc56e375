"""What the doors (API, CLI ``check`` and ``batch``, the web form) refuse as a draft before any review:
``app.engine.check_text``'s empty text and lone surrogates, and a draft that holds only invisible characters
(zero-width spaces, joiners, a BOM, bidi controls, soft hyphens: ``app.text.folding.INVISIBLE``), which a reader
sees as an empty post. An audit reviews such a post as it was published (its invisible-character finding)."""

from __future__ import annotations

from app.engine import InputError, check_text
from app.text.folding import INVISIBLE


def check_draft(text: str) -> None:
    """Raise ``InputError`` for a draft no review can be made of, or that a reader would see as empty."""
    check_text(text)
    if not "".join(ch for ch in text if ch not in INVISIBLE).strip():
        codes = ", ".join(sorted({f"U+{ord(ch):04X}" for ch in text if ch in INVISIBLE}))
        reason = f"the draft is empty: it holds only invisible characters ({codes}): write something to check"
        raise InputError("text", reason)
