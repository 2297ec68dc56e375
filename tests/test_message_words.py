"""Words named in a message (U, session 23): one helper, ``app.texts.quoted_words``, quotes them and joins the last
with "and" in the message's language — English 'a', 'b' and 'c'; French « a », « b » et « c ». The tone rule's
finding over several words used a table of its own (``app.kinds.tone._WORD_LIST``); its messages are the same."""

from __future__ import annotations

import pytest

from app.engine import Engine
from app.texts import quoted_words


@pytest.mark.parametrize(
    ("words", "language", "said"),
    [
        (["pathetic"], "en", "'pathetic'"),
        (["pathetic", "idiot"], "en", "'pathetic' and 'idiot'"),
        (["Terrible", "awful", "horrible"], "en", "'Terrible', 'awful' and 'horrible'"),
        (["lamentable"], "fr", "« lamentable »"),
        (["lamentable", "honte"], "fr", "« lamentable » et « honte »"),
        (["lamentable", "honte", "furieux"], "fr", "« lamentable », « honte » et « furieux »"),
        (["lamentable", "honte"], "fr-CA", "« lamentable » et « honte »"),  # a region reads its language
        (["schlecht", "furchtbar"], "de", "'schlecht' and 'furchtbar'"),  # no German texts: English
        ([], "en", ""),
    ],
)
def test_words_are_quoted_and_joined_in_the_message_language(words: list[str], language: str, said: str) -> None:
    assert quoted_words(words, language) == said


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("Terrible service, awful food, horrible staff.", "en", "'Terrible', 'awful' and 'horrible' make this draft"),
        (
            "Service client lamentable, une honte. Je suis furieux.",
            "fr",
            "« lamentable », « honte » et « furieux » donnent à ce brouillon",
        ),
    ],
)
async def test_the_tone_finding_over_several_words_names_them(
    engine: Engine, text: str, language: str, words: str
) -> None:
    report = await engine.review(text, language=language)
    messages = [f.message for f in report.findings if f.rule == "tone.negative"]
    assert len(messages) == 1 and messages[0].startswith(words), messages
