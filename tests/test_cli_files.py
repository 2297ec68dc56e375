"""Properties of app.files: the draft is the file's prose, and every draft offset maps back to the
file's line and column holding the same character."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.files import document_from_text, front_matter_lines

LINE = st.text(
    alphabet=st.characters(
        blacklist_categories=["Cs", "Zl", "Zp"], blacklist_characters="\r\n\x0b\x0c\x1c\x1d\x1e\x85"
    ),
    max_size=20,
)


@given(st.lists(LINE, max_size=12), st.booleans())
def test_every_draft_offset_points_at_the_same_character_in_the_file(lines: list[str], markdown: bool) -> None:
    text = "\n".join(lines)
    document = document_from_text(text, "post.md" if markdown else "post.txt")
    file_lines = text.split("\n")
    for offset, char in enumerate(document.body):
        line, column = document.position(offset)
        source_line = file_lines[line - 1] + "\n"
        assert source_line[column - 1] == char


def test_front_matter_and_fences_are_not_prose() -> None:
    text = "---\na: 1\n---\nHello\n\n~~~\ncode\n~~~\n\n    indented code\n\nBye `x`\n"
    document = document_from_text(text, "p.md")
    assert document.body == "Hello\n\n\n\nBye `x`"
    assert document.position(document.body.index("Bye")) == (12, 1)
    assert front_matter_lines(["---\n", "no close\n"]) == 0
    assert document_from_text(text, "p.txt").body.startswith("---")
