"""The CLI's own words follow the report's language (``app.texts``): a French draft gets French labels, an English
one the English the CLI always printed; a batch's rows follow each row's language and its closing summary ``--lang``
(English when ``auto``). Machine-read outputs (CSV column names, verdict codes, JSON) never change.

Through the real door: ``app.cli.main`` with its arguments, offline, output read from standard output and error.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from app.cli import main
from app.texts import COUNTED, TEXTS, counted, label, run_language

FRENCH = "Nous lançons notre offre lundi, appelez le 06 12 34 56 78 !"
ENGLISH = "Big news: call me at 555-123-4567 tomorrow"


@pytest.fixture(autouse=True)
def _plain(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.chdir(tmp_path)


def test_every_text_has_english_and_french_with_the_same_fields() -> None:
    """No text is missing a language, and both fill the same ``{fields}``."""
    import string

    for key, texts in TEXTS.items():
        assert set(texts) == {"en", "fr"}, key
        fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in texts.values()]
        assert fields[0] == fields[1], key
    for key, forms in COUNTED.items():
        assert set(forms) == {"en", "fr"}, key


def test_one_catalogue_whose_groups_share_no_key() -> None:
    """``TEXTS`` is every group of ``app.texts`` together: no key of one group hides another's."""
    from app.texts import CLI, DETAILS, NOTICES, TURNS

    groups = [CLI, TURNS, NOTICES, DETAILS]
    assert sum(len(g) for g in groups) == len(TEXTS)
    assert all(TEXTS[key] is texts for group in groups for key, texts in group.items())


def test_counts_agree_in_french_and_keep_english_as_it_was() -> None:
    assert [counted("rows", n, "fr") for n in (0, 1, 2)] == ["0 ligne", "1 ligne", "2 lignes"]
    assert counted("rows", 1, "en") == "1 row(s)" and counted("blocked", 3, "fr-CA") == "3 bloquées"
    assert counted("errors", 2, "de") == "2 error(s)"  # a language with no texts reads English
    assert label("unavailable", "fr", families="grammaire") == "indisponible : grammaire"


def test_run_language_is_the_drafts_shared_one_else_the_option_else_english() -> None:
    assert run_language("auto", ["fr", "fr"]) == "fr"
    assert run_language("auto", ["fr", "en"]) == "en"
    assert run_language("fr", ["fr", "en"]) == "fr"
    assert run_language("auto") == "en"


def test_check_text_labels_follow_each_drafts_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two files, one French, one English: each report in its language; the closing note (drafts in two languages,
    ``--lang auto``) in English, byte for byte as before."""
    (tmp_path / "fr.md").write_text(FRENCH + "\n", encoding="utf-8")
    (tmp_path / "en.md").write_text(ENGLISH + "\n", encoding="utf-8")
    assert main(["check", "--offline", "fr.md", "en.md"]) == 1
    out, err = capsys.readouterr()
    french, english = out.split("\n\nen.md: ")
    assert french.startswith("fr.md: BLOQUÉ  ·  59/280 caractères  ·  langue fr\n")
    assert "✓ longueur  – grammaire" in french and "données personnelles (1)" in french
    assert "\nindisponible : grammaire\n" in french and "  erreur  " in french and "suggestion : " in french
    assert french.endswith("1 erreur, 0 avertissement, 0 info")
    for word in ("characters", "unavailable", "error", "warning"):
        assert word not in french
    assert english.startswith("BLOCKED  ·  42/280 characters  ·  language en\n")
    assert "✓ length  – grammar" in english and "\nunavailable: grammar\n" in english
    assert "  error  " in english and "suggestion: " in english
    assert english.rstrip("\n").endswith("1 error(s), 0 warning(s), 0 info")
    assert err == "sevenfold: --offline: grammar was not checked\n"


def test_check_note_follows_a_single_french_draft(capsys: pytest.CaptureFixture[str]) -> None:
    """One French draft, ``--lang auto``: its closing note on standard error is French too."""
    assert main(["check", "--offline", "--format", "github", FRENCH]) == 1
    out, err = capsys.readouterr()
    assert "Suggestion : 06 " in out and "Suggestion:" not in out
    assert err == "sevenfold: --offline : la grammaire n'a pas été vérifiée\n"


def _calendar(path: Path) -> None:
    path.write_text(
        f'id,text,language\na,"{FRENCH}",fr\nb,"{ENGLISH}",en\nc,"Hello world, lovely day",en\nd,,fr\n',
        encoding="utf-8",
    )


def test_batch_rows_follow_their_language_and_the_summary_lang(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CSV: each row's ``findings`` cell in its language, column names and verdict codes unchanged; the summary on
    standard error in ``--lang fr``."""
    _calendar(tmp_path / "calendar.csv")
    assert main(["batch", "calendar.csv", "--offline", "--format", "csv", "--lang", "fr"]) == 1
    out, err = capsys.readouterr()
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["id", "text", "language", "verdict", "findings_count", "findings", "error", "row", "code"]
    by_id = {r[0]: r for r in rows[1:]}
    assert by_id["a"][3] == "blocked" and by_id["a"][5].startswith("erreur privacy.phone-number au caractère 43 : ")
    assert by_id["b"][3] == "blocked" and by_id["b"][5].startswith("error privacy.phone-number at 21: ")
    lines = err.splitlines()
    assert lines[0] == "sevenfold: 4 lignes : 3 vérifiées (1 prête, 0 à relire, 2 bloquées), 1 non vérifiée"
    assert lines[1].startswith("sevenfold: règles les plus fréquentes : privacy.phone-number (2)")
    assert "sevenfold: ligne 4 (id d) : non vérifiée : " in err
    assert lines[-1] == "sevenfold: --offline : la grammaire n'a pas été vérifiée"


def test_batch_summary_is_english_when_lang_is_auto(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Rows in two languages, ``--lang auto``: the summary in English, as it always was."""
    _calendar(tmp_path / "calendar.csv")
    assert main(["batch", "calendar.csv", "--offline", "--format", "csv"]) == 1
    _, err = capsys.readouterr()
    lines = err.splitlines()
    assert lines[0] == "sevenfold: 4 row(s): 3 checked (1 ready, 0 review, 2 blocked), 1 not checked"
    assert lines[1].startswith("sevenfold: top rules: privacy.phone-number (2)")
    assert "sevenfold: row 4 (id d): not checked: " in err
    assert lines[-1] == "sevenfold: --offline: grammar was not checked"


def test_batch_rows_not_checked_say_why_in_their_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A row that cannot be checked: its CSV ``error`` cell in the row's language (``--lang`` for a row without a
    known one, English when ``auto``), the summary's line on it in ``--lang``; columns and exit code unchanged."""
    (tmp_path / "rows.csv").write_text(
        'id,text,language\na,,fr\nb,"  ",en\nc,Bonjour,xx\nd,"un, deux",trois,quatre\n', encoding="utf-8"
    )
    assert main(["batch", "rows.csv", "--offline", "--format", "csv", "--lang", "fr"]) == 1
    out, err = capsys.readouterr()
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["id", "text", "language", "verdict", "findings_count", "findings", "error", "row", "code"]
    assert all(r[3:6] == ["", "", ""] for r in rows[1:])
    errors = {r[0]: r[6] for r in rows[1:]}
    assert errors["a"] == "le brouillon est vide : écrivez quelque chose à vérifier"
    assert errors["b"] == "the draft is empty: write something to check"  # an English row
    assert errors["c"] == (
        "langue inconnue « xx » : utilisez « auto » ou un code ISO 639-1 comme « en », « fr » ou « en-GB »"
    )
    assert errors["d"] == "nombre de champs : 4 dans la ligne, 3 dans l'en-tête"
    said_b = "sevenfold: ligne 2 (id b) : non vérifiée : le brouillon est vide : écrivez quelque chose à vérifier"
    said_b += " (rows.csv:3)\n"  # where the row starts in the file
    assert said_b in err
    assert (
        "sevenfold: ligne 4 (id d) : non vérifiée : nombre de champs : 4 dans la ligne, 3 dans l'en-tête (rows.csv:5)\n"
        in err
    )

    assert main(["batch", "rows.csv", "--offline", "--format", "csv"]) == 1
    out, err = capsys.readouterr()
    errors = {r[0]: r[6] for r in list(csv.reader(io.StringIO(out)))[1:]}
    assert errors["a"] == "le brouillon est vide : écrivez quelque chose à vérifier"  # a French row
    assert errors["b"] == "the draft is empty: write something to check"
    assert errors["c"] == "unknown language 'xx': use 'auto' or an ISO 639-1 code such as 'en', 'fr' or 'en-GB'"
    assert errors["d"] == "the row has 4 field(s), the header 3"
    said_a = "sevenfold: row 1 (id a): not checked: the draft is empty: write something to check (rows.csv:2)\n"
    assert said_a in err  # --lang auto


def test_batch_jsonl_errors_stay_english_and_sarif_notices_follow_lang(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSONL's ``error`` is machine-read: English whatever the language; a SARIF log's notice follows ``--lang``."""
    (tmp_path / "rows.jsonl").write_text(
        '{"id": "a", "text": "", "language": "fr"}\nnot json\n{"id": "c", "text": 5}\n', encoding="utf-8"
    )
    assert main(["batch", "rows.jsonl", "--offline", "--lang", "fr"]) == 1
    out, _ = capsys.readouterr()
    errors = {line["id"]: line["error"] for line in map(json.loads, out.splitlines())}
    assert errors["a"] == "the draft is empty: write something to check"
    assert errors["2"].startswith("not valid JSON (Expecting value at column 1")
    assert errors["c"] == "'text' must be a string"
    assert main(["batch", "rows.jsonl", "--offline", "--format", "sarif", "--lang", "fr"]) == 1
    out, _ = capsys.readouterr()
    said = [n["message"]["text"] for n in json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]]
    assert "ligne 1 (id a) : non vérifiée : le brouillon est vide : écrivez quelque chose à vérifier" in said
    assert "ligne 2 : non vérifiée : JSON non valide (valeur attendue à la colonne 1)" in said
    assert "ligne 3 (id c) : non vérifiée : « text » doit être une chaîne de caractères" in said


def test_a_region_that_is_no_region_is_refused_with_its_reason_in_the_language_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--lang en_XX`` was read as en-XX; a calendar row's 'en-EN' likewise. Refused now, said in --lang's language."""
    assert main(["check", ENGLISH, "--offline", "--lang", "en_XX"]) == 2
    assert capsys.readouterr().err.strip() == (
        "sevenfold: unknown region 'XX' in 'en_XX': use 'en' or a language with its region such as 'en-GB' or 'fr-CA'"
    )
    assert main(["check", FRENCH, "--offline", "--lang", "fr_XX"]) == 2
    assert "région inconnue « XX » dans « fr_XX » : utilisez « fr »" in capsys.readouterr().err
    assert main(["check", FRENCH, "--offline", "--lang", "fr_be", "--format", "json", "--fail-on", "never"]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "fr-BE"
    (tmp_path / "calendar.csv").write_text("text,language\nhello world,en-EN\n", encoding="utf-8")
    assert main(["batch", str(tmp_path / "calendar.csv"), "--offline", "--lang", "fr"]) == 1
    out, err = capsys.readouterr()
    assert json.loads(out)["code"] == "unknown-region"
    assert "ligne 1 : non vérifiée : région inconnue « EN » dans « en-EN »" in err


def test_a_draft_of_only_invisible_characters_is_empty_for_check_and_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A zero-width-only draft was reviewed (blocked by its invisible characters) where an empty one is exit 2."""
    assert main(["check", "\u200b", "--offline", "--lang", "fr"]) == 2
    assert capsys.readouterr().err.strip() == (
        "sevenfold: le brouillon est vide : il ne contient que des caractères invisibles (U+200B) : écrivez quelque "
        "chose à vérifier"
    )
    (tmp_path / "drafts.jsonl").write_text('{"text": "\\u200b\\u2060"}\n{"text": "hello there"}\n', encoding="utf-8")
    assert main(["batch", str(tmp_path / "drafts.jsonl"), "--offline"]) == 1
    out, err = capsys.readouterr()
    first = json.loads(out.splitlines()[0])
    assert first["code"] == "draft-invisible-only" and "(U+200B, U+2060)" in first["error"]
    assert "row 1: not checked: the draft is empty: it holds only invisible characters" in err
