"""(S, session 50) risk.insults' ``listed_fr`` fragment leaves to their own rules the words the French profanity
and slur lists flag: « t'es qu'un … » over any noun (1z.) must not read « t'es qu'un con », whose finding is
risk.profanity's (one insult, one finding). The fragment is written out in the rule file (a pattern cannot read another
rule's list), so this test holds it equal to ``app.text.lexicon.listed_words('fr')``: regenerate it when a list
changes. The other French fragments built in the same session must not hold a listed word either."""

from __future__ import annotations

from pathlib import Path

import regex
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from app.text.lexicon import listed_words

RULES = Path(__file__).resolve().parents[1] / "rules" / "risk"
FRAGMENTS = yaml.safe_load((RULES / "insults.yml").read_text(encoding="utf-8"))["params"]["fragments"]
LISTED = sorted(listed_words("fr"))


def _compiled(name: str) -> regex.Pattern[str]:
    return regex.compile(f"(?:{FRAGMENTS[name]})", regex.IGNORECASE)


def test_listed_fr_holds_every_listed_word() -> None:
    pattern = _compiled("listed_fr")
    missing = [word for word in LISTED if not pattern.fullmatch(word)]
    assert not missing, f"risk.insults listed_fr lacks {missing}: regenerate it from listed_words('fr')"


def test_new_insult_words_are_no_listed_word() -> None:
    for name in ("insults_fr_more", "insults_fr_framed"):
        pattern = _compiled(name)
        held = [word for word in LISTED if pattern.fullmatch(word)]
        assert not held, f"risk.insults {name} holds {held}, which the profanity or slur list flags"


OPEN_FRAME = regex.compile(
    regex.sub(
        r"<<([a-z_]+)>>",
        lambda m: f"(?:{FRAGMENTS[m.group(1)]})",
        next(
            p["pattern"]
            for p in yaml.safe_load((RULES / "insults.yml").read_text(encoding="utf-8"))["params"]["patterns"]
            if "<<listed_fr>>" in p["pattern"]
        ),
    ),
    regex.IGNORECASE,
)


FRAMES = ["t'es qu'un", "tu n'es qu'un", "vous n'êtes que des", "t'es rien qu'un"]


@settings(deadline=None)
@given(st.sampled_from(LISTED), st.sampled_from(FRAMES))
def test_open_frame_leaves_listed_words(word: str, frame: str) -> None:
    """1z. reads no listed word after its frame, with or without an epithet between."""
    for text in (f"{frame} {word}", f"{frame} gros {word}"):
        assert not OPEN_FRAME.search(text), text
