"""The CLI in the workflow, end to end through subprocesses: files (Markdown front matter and code
skipped, line/column), every format of ``check`` (text, json, sarif, github) and ``batch`` (jsonl, csv,
sarif), exit codes, acknowledgements, policy schema/init/check. SARIF is validated against the
official 2.1.0 schema (vendored in tests/data)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from app.batch import CsvInput
from app.files import document_from_text

DATA = Path(__file__).parent / "data"
ENV = {**os.environ, "SEVENFOLD_OFFLINE": "true", "NO_COLOR": "1"}
CLI = [sys.executable, "-m", "app.cli"]
REPO = Path(__file__).resolve().parents[1]

POST = """---
title: Launch day
channels: [x, linkedin]
---

Big news: call 06 12 34 56 78 today!

```python
phone = "06 12 34 56 78"
```

The `06 12 34 56 78` string in code is skipped.
"""


def run(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [*CLI, *args],
        input=stdin,
        capture_output=True,
        env={**ENV, "PYTHONPATH": str(REPO) + os.pathsep + ENV.get("PYTHONPATH", ""), **(env or {})},
        cwd=cwd,
        timeout=300,
        check=False,
    )


def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker())


@pytest.fixture()
def post(tmp_path: Path) -> Path:
    path = tmp_path / "posts" / "launch.md"
    path.parent.mkdir()
    path.write_text(POST, encoding="utf-8")
    return path


def test_markdown_front_matter_and_code_are_skipped_positions_are_the_files() -> None:
    document = document_from_text(POST, "launch.md")
    assert document.body.startswith("Big news") and "title" not in document.body and "phone =" not in document.body
    offset = document.body.index("06")
    assert document.position(offset) == (6, POST.splitlines()[5].index("06") + 1)
    inline = document.body.index("`06")
    assert not document.keeps(inline + 1, 2) and document.keeps(offset, 2)


def test_check_files_json_gives_file_line_and_column(post: Path, tmp_path: Path) -> None:
    result = run("check", str(post), "--format", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr  # a phone number is an error
    report = json.loads(result.stdout)
    assert report["file"] == str(post)
    phones = [f for f in report["findings"] if f["rule"] == "privacy.phone-number"]
    assert len(phones) == 1, phones  # neither the fenced nor the inline code one
    assert (phones[0]["line"], phones[0]["column"]) == (6, 16)


def test_check_several_files_text_and_github(post: Path, tmp_path: Path) -> None:
    other = tmp_path / "posts" / "hello.txt"
    other.write_text("Hello world, lovely day\n", encoding="utf-8")
    text = run("check", str(post), str(other), cwd=tmp_path)
    assert text.returncode == 1
    out = text.stdout.decode()
    assert f"{post}: BLOCKED" in out and f"{other}: READY" in out and "6:16  error" in out
    github = run("check", str(post), str(other), "--format", "github", cwd=tmp_path)
    assert github.returncode == 1
    line = next(x for x in github.stdout.decode().splitlines() if "privacy.phone-number" in x)
    assert line.startswith(f"::error file={post},line=6,col=16,endLine=6,endColumn=29,title=privacy.phone-number::")


def test_check_sarif_is_valid_against_the_official_schema(post: Path, tmp_path: Path) -> None:
    result = run(
        "check",
        str(post),
        "--format",
        "sarif",
        "--ack",
        "privacy.phone-number=published on our contact page",
        "--ack-by",
        "compliance",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr  # acknowledged: downgraded to info
    log = json.loads(result.stdout)
    sarif_validator().validate(log)
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert any(r["id"] == "privacy.phone-number" for r in rules)
    phone = next(r for r in run_["results"] if r["ruleId"] == "privacy.phone-number")
    assert rules[phone["ruleIndex"]]["id"] == "privacy.phone-number"
    assert phone["level"] == "note"
    assert phone["suppressions"][0]["justification"] == "published on our contact page"
    assert phone["suppressions"][0]["properties"]["by"] == "compliance"
    region = phone["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (6, 16, 30)


@pytest.mark.parametrize(("fmt", "code"), [("text", 1), ("json", 1), ("sarif", 1), ("github", 1)])
def test_every_check_format_for_a_draft_and_its_exit_code(fmt: str, code: int) -> None:
    result = run("check", "Appelez le 06 12 34 56 78 🎉", "--format", fmt)
    assert result.returncode == code, result.stderr
    assert run("check", "Appelez le 06 12 34 56 78 🎉", "--format", fmt, "--fail-on", "never").returncode == 0
    if fmt == "sarif":
        sarif_validator().validate(json.loads(result.stdout))
    if fmt == "github":
        assert result.stdout.decode().startswith("::error title=privacy.phone-number::")


def test_ack_with_quotes_and_ack_in_json(tmp_path: Path) -> None:
    result = run(
        "check", "Appelez le 06 12 34 56 78", "--format", "json", "--ack", 'privacy.phone-number="our hotline"'
    )
    assert result.returncode == 0
    finding = next(f for f in json.loads(result.stdout)["findings"] if f["rule"] == "privacy.phone-number")
    assert finding["severity"] == "info" and finding["acknowledged"]["reason"] == "our hotline"
    assert finding["acknowledged"]["original_severity"] == "error"


def test_a_file_with_only_front_matter_is_skipped_with_a_note(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_text("---\ntitle: x\n---\n", encoding="utf-8")
    result = run("check", str(empty), cwd=tmp_path)
    assert result.returncode == 0 and "nothing to check" in result.stderr.decode()
    missing = run("check", str(tmp_path / "missing.md"), cwd=tmp_path)
    assert missing.returncode == 2 and "no such file" in missing.stderr.decode()


# -- batch ------------------------------------------------------------------------------------

DRAFTS = [
    "Big news: our product ships today! #launch @acme https://acme.com/p?utm_source=x",
    "Nous sommes ravis de vous accueillir 🎉 @marie #événement",
    "Appelez le 06 12 34 56 78 pour la démo",
    "Hello world, lovely day",
]


def write_calendar(path: Path, rows: int, *, delimiter: str = ",", column: str = "Text") -> list[bytes]:
    """A content-calendar export with five broken rows; returns the broken rows' ids."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(["id", "date", column, "language"])
    for i in range(rows):
        writer.writerow([f"p{i}", "2025-03-01", f"{DRAFTS[i % len(DRAFTS)]} {i}", ["", "en", "fr"][i % 3]])
    lines = out.getvalue().encode("utf-8").split(b"\n")
    d = delimiter.encode()
    broken = {
        11: b"bad-fields" + d + b"2025-03-01",
        222: b"bad-utf8" + d + b"2025" + d + b'"caf\xe9 \xff"' + d + b"fr",
        333: b"bad-empty" + d + b"2025" + d + d + b"en",
        444: b"bad-lang" + d + b"2025" + d + b"hello" + d + b"klingon",
        555: b"bad-extra" + d + b"a" + d + b"b" + d + b"c" + d + b"d",
    }
    for line_no, content in broken.items():
        if line_no < len(lines) - 1:
            lines[line_no] = content
    path.write_bytes(b"\n".join(lines))
    return [c.split(d)[0] for n, c in broken.items() if n < len(lines) - 1]


def test_batch_10000_rows_nothing_lost_broken_rows_reported(tmp_path: Path) -> None:
    source = tmp_path / "calendar.csv"
    broken = write_calendar(source, 10_000)
    out = tmp_path / "results.jsonl"
    started = time.perf_counter()
    result = run("batch", str(source), "--output", str(out), "--concurrency", "16")
    elapsed = time.perf_counter() - started
    assert result.returncode == 1, result.stderr  # findings and rows not checked
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 10_000
    ids = [line["id"] for line in lines]
    expected = [f"p{i}" for i in range(10_000)]
    for index, bad in zip([10, 221, 332, 443, 554], broken, strict=True):
        expected[index] = bad.decode()
    assert ids == expected  # in order, none lost
    errors = {line["id"]: line["error"] for line in lines if "error" in line}
    assert set(errors) == {b.decode() for b in broken}
    assert "field" in errors["bad-fields"] and "UTF-8" in errors["bad-utf8"] and "empty" in errors["bad-empty"]
    assert "klingon" in errors["bad-lang"] and "field" in errors["bad-extra"]
    err = result.stderr.decode()
    assert "10000 row(s): 9995 checked" in err and "5 not checked" in err and "top rules:" in err
    assert "row 222 (id bad-utf8): not checked" in err  # its number and its own id
    print(f"10,000 rows in {elapsed:.1f} s")  # speed is measured in bench/, never asserted here


def test_batch_csv_output_keeps_input_columns_and_bytes(tmp_path: Path) -> None:
    source = tmp_path / "calendar.csv"
    write_calendar(source, 300, delimiter=";", column="message")
    result = run("batch", str(source), "--format", "csv")
    assert result.returncode == 1
    rows = list(csv.reader(io.StringIO(result.stdout.decode("utf-8", "surrogateescape")), delimiter=";"))
    assert rows[0] == [
        "id",
        "date",
        "message",
        "language",
        "verdict",
        "findings_count",
        "findings",
        "error",
        "row",
        "code",
    ]
    assert len(rows) == 301
    phone = next(r for r in rows[1:] if r[0] == "p2")
    assert phone[4] == "blocked" and "privacy.phone-number" in phone[6]
    bad = next(r for r in rows[1:] if r[0] == "bad-utf8")
    assert "UTF-8" in bad[7]
    assert b"caf\xe9 \xff" in result.stdout  # the input cell is written back byte for byte


def test_batch_jsonl_in_and_sarif_out(tmp_path: Path) -> None:
    source = tmp_path / "drafts.jsonl"
    items: list[Any] = [
        {"id": "a", "text": "Appelez le 06 12 34 56 78", "language": "fr"},
        {"text": "Hello world, lovely day"},
        "not an object",
    ]
    source.write_text("\n".join(json.dumps(i) for i in items) + "\n{broken\n\n", encoding="utf-8")
    jsonl = run("batch", str(source))
    lines = [json.loads(x) for x in jsonl.stdout.decode().splitlines()]
    assert [x["id"] for x in lines] == ["a", "2", "3", "4"]
    assert lines[0]["report"]["verdict"] == "blocked" and "error" in lines[2] and "JSON" in lines[3]["error"]
    sarif = run("batch", str(source), "--format", "sarif")
    assert sarif.returncode == 1
    log = json.loads(sarif.stdout)
    sarif_validator().validate(log)
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "privacy.phone-number")
    assert result["locations"][0]["logicalLocations"][0]["name"] == "a"
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 1
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any("row 4" in n["message"]["text"] for n in notes)


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["batch", "/no/such.csv"], "no such file"),
        (["batch", "{csv}", "--column", "nope"], "no column 'nope'"),
        (["batch", "{nocol}"], "no text column"),
        (["batch", "{csv}", "--format", "xml"], "invalid choice"),
    ],
)
def test_batch_bad_usage_is_exit_2(tmp_path: Path, args: list[str], needle: str) -> None:
    (tmp_path / "ok.csv").write_text("text\nhello\n", encoding="utf-8")
    (tmp_path / "nocol.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    args = [a.format(csv=tmp_path / "ok.csv", nocol=tmp_path / "nocol.csv") for a in args]
    result = run(*args)
    assert result.returncode == 2
    err = result.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and needle in err, err


def test_batch_spreadsheet_export_bom_semicolons_crlf_and_an_unclosed_quote(tmp_path: Path) -> None:
    """A French spreadsheet's export: BOM, ';', CR LF, a row of empty cells, and a quote never closed, which runs
    into the end of the file: that row says so (the rows it swallowed are named by their lines), none is silent."""
    source = tmp_path / "calendrier.csv"
    source.write_bytes(
        "\ufeffid;date;message\r\n1;2026-12-01;Bonjour à tous 🎉 merci @marie\r\n;;\r\n"
        '3;2026-12-03;"Appelez le 06 12 34 56 78; vite"\r\n'
        '4;2026-12-04;"Merci à tous\r\n5;2026-12-05;Bonne soirée\r\n'.encode()
    )
    result = run("batch", str(source), "--format", "csv", "--lang", "fr")
    assert result.returncode == 1, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout.decode()), delimiter=";"))
    assert rows[0] == ["id", "date", "message", "verdict", "findings_count", "findings", "error", "row", "code"]
    assert [(r[0], r[3]) for r in rows[1:]] == [("1", "ready"), ("", ""), ("3", "blocked"), ("4", "")]
    assert rows[2][6] == "le brouillon est vide : écrivez quelque chose à vérifier"
    assert rows[4][6] == (
        "un guillemet ouvert ligne 5 n'est jamais fermé : la suite du fichier, jusqu'à la ligne 6, a été lue "
        "comme une seule cellule"
    )


def test_batch_reads_a_french_calendars_text_column(tmp_path: Path) -> None:
    """(Q, session 36) A French social media manager's calendar names its columns in French: « Texte » (or
    « Contenu », « Publication », « Légende ») and « Identifiant », exported from a French spreadsheet (BOM, ';',
    CR LF). It stopped at once, exit 2 "no text column (tried text, message…)"; its rows are now reviewed, the ids
    are the file's, and a file with an English text column keeps it."""
    source = tmp_path / "calendrier.csv"
    source.write_bytes(
        "\ufeffIdentifiant;Date;Texte;Réseau\r\nA1;2026-12-01;Bonjour à tous, quelle belle journée !;x\r\n"
        "A2;2026-12-02;Appelez le 06 12 34 56 78;bluesky\r\n".encode()
    )
    result = run("batch", str(source), "--format", "jsonl")
    assert result.returncode == 1, result.stderr
    lines = [json.loads(x) for x in result.stdout.decode().splitlines()]
    assert [(x["id"], x["report"]["verdict"]) for x in lines] == [("A1", "ready"), ("A2", "blocked")]
    assert lines[1]["report"]["findings"][0]["excerpt"] == "06 12 34 56 78"
    headers = [("contenu;date", "contenu"), ("Publication", "Publication"), ("LÉGENDE", "LÉGENDE")]
    headers += [("texte,text", "text"), ("Texte,Message", "Message")]  # an English name first, as before
    for header, chosen in headers:
        calendar = CsvInput(io.StringIO(f"{header}\n"))
        calendar.open()
        assert calendar.text_column == chosen, header


def test_batch_judges_each_row_for_the_networks_its_calendar_names(tmp_path: Path) -> None:
    """(Q, session 36) A content calendar names each post's network; every row was judged for X in silence, so a
    290-character Bluesky or LinkedIn post came back blocked "over the limit". A ``network`` (``networks``,
    ``réseau``) column, or a JSONL line's ``networks``/``network``, is now each row's (an empty cell: the policy's);
    an unknown one is that row not checked, said, code ``unknown-network``; ``--network`` names every row's networks
    and the column is not read (a calendar whose column holds Instagram); ``--jobs`` workers read them too."""
    long = "word " * 58  # 290 characters: over X's 280, within Bluesky's 300 and LinkedIn's 3,000
    source = tmp_path / "calendar.csv"
    source.write_text(
        f'id,network,message\n1,bluesky,{long}\n2,,{long}\n3,Instagram,Hello\n4,"x, LinkedIn",{long}\n'
        f"5,LinkedIn,{long}\n",
        encoding="utf-8",
    )
    result = run("batch", str(source), "--format", "csv", "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout.decode())))
    assert [(r["id"], r["verdict"], r["code"]) for r in rows] == [
        ("1", "review", ""),
        ("2", "blocked", ""),
        ("3", "", "unknown-network"),
        ("4", "blocked", ""),
        ("5", "review", ""),
    ]
    assert rows[2]["error"] == "unknown network 'Instagram' (known: bluesky, linkedin, mastodon, threads, x)"
    assert "length.over-limit" not in rows[0]["findings"] and "length.over-limit" in rows[1]["findings"]
    every = run("batch", str(source), "--format", "jsonl", "--network", "x", "--fail-on", "never")
    lines = [json.loads(x) for x in every.stdout.decode().splitlines()]
    assert [[n["network"] for n in x["report"]["networks"]] for x in lines] == [["x"]] * 5
    items = [{"id": "a", "text": long, "networks": ["bluesky"]}, {"id": "b", "text": long, "network": "Mastodon"}]
    items += [{"id": "c", "text": long}, {"id": "d", "text": "Hi", "networks": ["tiktok"]}]
    jsonl = tmp_path / "calendar.jsonl"
    jsonl.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    pooled = run("batch", str(jsonl), "--jobs", "2", "--fail-on", "never")
    assert pooled.returncode == 0, pooled.stderr
    out = [json.loads(x) for x in pooled.stdout.decode().splitlines()]
    assert [[n["network"] for n in x["report"]["networks"]] for x in out[:3]] == [["bluesky"], ["mastodon"], ["x"]]
    assert [x["report"]["verdict"] for x in out[:3]] == ["review", "review", "blocked"]
    assert out[3]["code"] == "unknown-network"


def test_batch_jsonl_lines_are_judged_with_the_post_they_answer_or_quote(tmp_path: Path) -> None:
    """(Q, session 36) A JSONL line's ``in_reply_to`` and ``quoting`` (the post's text, or ``{"text", "author"}``,
    as ``POST /v1/check`` and its batch take them) were dropped in silence: "Exactly! 👏" under a hateful post came
    back ready. They are read, on ``--jobs`` workers too; one of another shape is that row not checked, said."""
    parent = "Muslims are vermin and should all be deported"
    items: list[dict[str, Any]] = [
        {"id": "reply", "text": "Exactly! 👏", "in_reply_to": {"text": parent, "author": "troll"}},
        {"id": "quote", "text": "Exactly! 👏", "quoting": parent},
        {"id": "alone", "text": "Exactly! 👏"},
        {"id": "bad", "text": "Exactly! 👏", "in_reply_to": 5},
    ]
    source = tmp_path / "replies.jsonl"
    source.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    for jobs in ("1", "2"):
        result = run("batch", str(source), "--jobs", jobs, "--fail-on", "never")
        assert result.returncode == 0, result.stderr
        lines = [json.loads(x) for x in result.stdout.decode().splitlines()]
        verdicts = [(x["id"], x["report"]["verdict"] if "report" in x else x["code"]) for x in lines]
        assert verdicts == [("reply", "blocked"), ("quote", "blocked"), ("alone", "ready"), ("bad", "row-context-type")]
        assert "@troll" in lines[0]["report"]["findings"][0]["message"]
        assert lines[3]["error"].startswith("'in_reply_to' must be the post's text or an object such as")


def test_batch_csv_columns_give_the_post_a_row_answers_or_quotes(tmp_path: Path) -> None:
    """(Q, session 37) A content calendar with an ``in_reply_to`` (or ``quoting``) column had it ignored in silence:
    "Exactly! 👏" and « Tout à fait 👏 » under hateful posts came back ready, where the same rows as JSONL lines are
    blocked. The columns are read (English and French names, an ``…_author`` column beside them), on ``--jobs``
    workers too; an empty cell is no context."""
    english = "id,text,in_reply_to,quoting,quoting_author\n" + (
        '1,Exactly! 👏,"Muslims are vermin and should all be deported",,\n'
        '2,Exactly! 👏,,"Muslims are vermin and should all be deported",@troll\n'
        "3,Exactly! 👏,,,\n"
    )
    french = "identifiant;texte;en_réponse_à;citation\n" + (
        "1;Tout à fait 👏;Les immigrés sont de la vermine, il faut tous les renvoyer.;\n"
        "2;Tout à fait 👏;;Les immigrés sont de la vermine, il faut tous les renvoyer.\n"
        "3;Tout à fait 👏;;\n"
    )
    for name, calendar in (("replies.csv", english), ("reponses.csv", french)):
        source = tmp_path / name
        source.write_text(calendar, encoding="utf-8")
        for jobs in ("1", "2"):
            result = run("batch", str(source), "--jobs", jobs, "--fail-on", "never")
            assert result.returncode == 0, result.stderr
            lines = [json.loads(x) for x in result.stdout.decode().splitlines()]
            assert [x["report"]["verdict"] for x in lines] == ["blocked", "blocked", "ready"], (name, jobs)
            rules = [[f["rule"] for f in x["report"]["findings"]] for x in lines[:2]]
            assert rules == [["risk.reply-amplification"]] * 2, (name, jobs)
            if name == "replies.csv":
                assert "@troll" in lines[1]["report"]["findings"][0]["message"]


def test_batch_row_over_the_size_limit_is_kept_and_said_not_reviewed(tmp_path: Path) -> None:
    """``check`` refuses a draft over SEVENFOLD_MAX_BODY_BYTES (64 KB) at once; a batch row that size was reviewed,
    for minutes. It is now not checked, with its size and the limit in the run's language; the rows around it are
    reviewed and no row is lost."""
    source = tmp_path / "calendar.jsonl"
    huge = "mot " * 20_000
    source.write_text(
        "\n".join(json.dumps({"id": i, "text": t}) for i, t in [("a", "Bonjour à tous"), ("b", huge), ("c", "Merci")]),
        encoding="utf-8",
    )
    result = run("batch", str(source), "--lang", "fr")
    assert result.returncode == 1, result.stderr
    lines = [json.loads(x) for x in result.stdout.decode().splitlines()]
    assert [(x["id"], "report" in x) for x in lines] == [("a", True), ("b", False), ("c", True)]
    assert lines[1]["error"] == "79 KB, over the limit of 64 KB for one draft (SEVENFOLD_MAX_BODY_BYTES)"
    assert "79 Ko, au-delà de la limite de 64 Ko pour un brouillon" in result.stderr.decode()


def test_batch_rows_with_blank_or_repeated_ids_keep_their_own_number(tmp_path: Path) -> None:
    """A calendar whose id cells are blank, or whose id is another row's number: every result carries its row's
    number (JSONL ``row``, CSV's ``row`` column), the summary names the row by its number and its own id; a blank
    id is the number, as the contract says. (Two rows came back under one id: which was which was lost.)"""
    source = tmp_path / "calendar.csv"
    source.write_text("id,text\n,Hello world\n,Bonjour le monde\n  ,\n2,Explicit two\n2,\n", encoding="utf-8")
    jsonl = run("batch", str(source))
    lines = [json.loads(x) for x in jsonl.stdout.decode().splitlines()]
    assert [(x["id"], x["row"]) for x in lines] == [("1", 1), ("2", 2), ("3", 3), ("2", 4), ("2", 5)]
    assert [("report" in x) for x in lines] == [True, True, False, True, False]
    err = jsonl.stderr.decode()
    assert "row 3: not checked" in err and "row 5 (id 2): not checked" in err, err
    as_csv = run("batch", str(source), "--format", "csv", "--lang", "fr")
    rows = list(csv.reader(io.StringIO(as_csv.stdout.decode())))
    assert rows[0] == ["id", "text", "verdict", "findings_count", "findings", "error", "row", "code"]
    assert [(r[0], r[-2]) for r in rows[1:]] == [("", "1"), ("", "2"), ("  ", "3"), ("2", "4"), ("2", "5")]
    assert "ligne 5 (id 2) : non vérifiée" in as_csv.stderr.decode()


@pytest.mark.parametrize("end", ["\n", ""])
def test_batch_unclosed_quote_on_the_last_line_says_so(tmp_path: Path, end: str) -> None:
    """A quote never closed on the last row ('2,"Merci,fr') was 'the row has 2 field(s), the header 3': it says
    the quote and its line, as for any other row; a quote inside an unquoted cell (5" screen) is text."""
    source = tmp_path / "calendar.csv"
    source.write_text(f'id,text,language\n1,"Our 5"" screen",en\n7,a 5" screen,en\n2,"Merci,fr{end}', encoding="utf-8")
    result = run("batch", str(source))
    lines = [json.loads(x) for x in result.stdout.decode().splitlines()]
    assert [x["id"] for x in lines] == ["1", "7", "2"] and "report" in lines[0] and "report" in lines[1]
    assert lines[2]["error"] == "a quote opened on line 4 is never closed (the file ends inside it)"
    french = run("batch", str(source), "--format", "csv", "--lang", "fr")
    rows = list(csv.reader(io.StringIO(french.stdout.decode())))
    assert rows[-1][-3] == "un guillemet ouvert ligne 4 n'est jamais fermé (le fichier se termine à l'intérieur)"
    assert rows[-1][-1] == "row-unclosed-quote-end"


def test_batch_windows_spreadsheet_in_cp1252_hint_then_encoding(tmp_path: Path) -> None:
    """A CSV saved by a French Excel as plain CSV is Windows-1252: every row is 'not valid UTF-8', and the summary
    says what to do; --encoding cp1252 reads it; an unknown encoding is a one-line exit 2."""
    source = tmp_path / "calendrier.csv"
    source.write_bytes("message;date\nCafé très bon à 8 h;lundi\nÀ bientôt !;mardi\n".encode("cp1252"))
    plain = run("batch", str(source), "--format", "csv", "--lang", "fr")
    assert plain.returncode == 1
    err = plain.stderr.decode()
    assert "2 lignes hors UTF-8 : un tableur enregistré en CSV simple écrit souvent en Windows-1252" in err, err
    read = run("batch", str(source), "--format", "csv", "--encoding", "cp1252")
    assert read.returncode == 0, read.stderr
    rows = list(csv.reader(io.StringIO(read.stdout.decode()), delimiter=";"))
    assert [(r[0], r[2]) for r in rows[1:]] == [("Café très bon à 8 h", "ready"), ("À bientôt !", "ready")]
    bad = run("batch", str(source), "--encoding", "klingon")
    assert bad.returncode == 2 and bad.stderr.decode().strip().endswith(
        "unknown encoding 'klingon' (e.g. utf-8, cp1252, latin-1)"
    )


def test_batch_all_clean_is_exit_0_and_no_progress_when_piped(tmp_path: Path) -> None:
    source = tmp_path / "ok.csv"
    source.write_text("content\nHello world, lovely day\nBonjour à tous, belle journée\n", encoding="utf-8")
    result = run("batch", str(source))
    assert result.returncode == 0, result.stderr
    assert "\r" not in result.stderr.decode() and "reviewing" not in result.stderr.decode()


# -- policy -------------------------------------------------------------------------------------


def test_policy_schema_init_and_check(tmp_path: Path) -> None:
    schema = json.loads(run("policy", "schema").stdout)
    assert "fail_on" in schema["properties"] and "vocabularies" in schema["properties"]
    assert run("init", cwd=tmp_path).returncode == 0
    starter = yaml.safe_load((tmp_path / "sevenfold.yml").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(starter)
    again = run("init", cwd=tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr.decode()
    checked = run("policy", "check", cwd=tmp_path / ".")
    assert checked.returncode == 0 and "valid" in checked.stdout.decode()


def test_policy_files_vocabularies_terms_and_rule_dirs(tmp_path: Path) -> None:
    (tmp_path / "vocab" / "Brand").mkdir(parents=True)
    (tmp_path / "vocab" / "Brand" / "accept.txt").write_text("# brand names\nSevenfold\n", encoding="utf-8")
    (tmp_path / "vocab" / "Brand" / "reject.txt").write_text("synergy\n", encoding="utf-8")
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "codenames.txt").write_text("Project Falcon\n", encoding="utf-8")
    (tmp_path / "sevenfold.yml").write_text(
        "vocabularies: [vocab/Brand]\n"
        "terms:\n  - name: code-names\n    severity: error\n    file: terms/codenames.txt\n"
        "fail_on: warning\n",
        encoding="utf-8",
    )
    sub = tmp_path / "posts"
    sub.mkdir()
    result = run("check", "Project Falcon brings synergy", "--format", "json", cwd=sub)  # found walking up
    assert result.returncode == 1, result.stderr
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert {"risk.custom-code-names", "risk.rejected-vocabulary"} <= rules
    bad = tmp_path / "bad.yml"
    bad.write_text("vocabularies: [nowhere]\n", encoding="utf-8")
    failed = run("check", "hello", "--policy", str(bad))
    assert failed.returncode == 2 and "bad.yml: vocabularies.0" in failed.stderr.decode()


def test_batch_a_blank_line_between_rows_is_a_row_said_blank_and_the_file_end_is_not(tmp_path: Path) -> None:
    """A blank line between two JSONL lines got no output line (the contract: one output line per input line), and
    a one-column calendar's empty cell (a blank line) vanished in silence, the next rows renumbered. A blank line
    between rows is now a row "a blank line: no draft on it" (code row-blank-line); blank lines ending the file
    are its end. Reasons in JSONL stay English with a stable ``code``; the CSV's cell and stderr follow --lang."""
    source = tmp_path / "drafts.jsonl"
    source.write_text('{"text": "Hello world"}\n\n  \n{"text": "Bonjour à tous", "language": "fr"}\n\n\n', "utf-8")
    result = run("batch", str(source), "--lang", "fr")
    lines = [json.loads(x) for x in result.stdout.decode().splitlines()]
    assert [(x["id"], x["row"], x.get("code")) for x in lines] == [
        ("1", 1, None),
        ("2", 2, "row-blank-line"),
        ("3", 3, "row-blank-line"),
        ("4", 4, None),
    ]
    assert lines[1]["error"] == "a blank line: no draft on it"
    assert "sevenfold: ligne 2 : non vérifiée : une ligne vide : aucun brouillon" in result.stderr.decode()
    calendar = tmp_path / "calendar.csv"
    calendar.write_text("text\nHello world\n\nBonjour à tous\n\n", encoding="utf-8")
    as_csv = run("batch", str(calendar), "--format", "csv", "--lang", "fr")
    rows = list(csv.reader(io.StringIO(as_csv.stdout.decode())))
    assert [(r[0], r[-3], r[-2], r[-1]) for r in rows[1:]] == [
        ("Hello world", "", "1", ""),
        ("", "une ligne vide : aucun brouillon", "2", "row-blank-line"),
        ("Bonjour à tous", "", "3", ""),
    ]
    english = run("batch", str(calendar))
    assert [json.loads(x).get("code") for x in english.stdout.decode().splitlines()] == [None, "row-blank-line", None]
    assert "sevenfold: row 2: not checked: a blank line: no draft on it" in english.stderr.decode()


def test_batch_jsonl_errors_keep_english_with_a_stable_code(tmp_path: Path) -> None:
    """JSONL is for machines: the reason stays English whatever --lang (as the audit's), and each carries a code."""
    source = tmp_path / "drafts.jsonl"
    source.write_text('{"text": ""}\nnot json\n[1]\n{"text": 5}\n{"text": "hi", "language": "zz"}\n', "utf-8")
    result = run("batch", str(source), "--lang", "fr")
    lines = [json.loads(x) for x in result.stdout.decode().splitlines()]
    assert [x["code"] for x in lines] == [
        "draft-empty",
        "row-bad-json",
        "row-not-object",
        "row-text-type",
        "unknown-language",
    ]
    assert lines[0]["error"] == "the draft is empty: write something to check"
    assert "le brouillon est vide" in result.stderr.decode()


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_batch_reads_a_utf16_export_from_a_file_or_a_pipe(tmp_path: Path, codec: str) -> None:
    """A spreadsheet's "Unicode text" or a PowerShell redirection writes UTF-16: read as UTF-8, every row was "not
    valid UTF-8" (the hint said Windows-1252), a JSONL line's NUL byte after its newline a row of its own, and a
    UTF-16 CSV "not UTF-8 text". Its BOM, or its every other byte NUL, shows the encoding; piped JSONL is now
    detected as JSONL too (it was read as CSV: "no text column")."""
    drafts = '{"text": "Bonjour à tous", "language": "fr"}\n{"text": ""}\n'
    (tmp_path / "drafts.jsonl").write_bytes(drafts.encode(codec))
    (tmp_path / "calendar.csv").write_bytes("text,language\nBonjour à tous,fr\nHello world,en\n".encode(codec))
    for result in (run("batch", "drafts.jsonl", cwd=tmp_path), run("batch", "-", stdin=drafts.encode(codec))):
        lines = [json.loads(x) for x in result.stdout.decode().splitlines()]
        assert [(x["row"], x.get("code")) for x in lines] == [(1, None), (2, "draft-empty")], result.stderr
        assert lines[0]["report"]["language"] == "fr"
    as_csv = run("batch", "calendar.csv", "--format", "csv", cwd=tmp_path)
    rows = list(csv.reader(io.StringIO(as_csv.stdout.decode())))
    assert [(r[0], r[2]) for r in rows[1:]] == [("Bonjour à tous", "ready"), ("Hello world", "ready")], as_csv.stderr


def test_a_batch_sarif_log_says_a_turn_down_once_naming_the_languages(tmp_path: Path) -> None:
    """A batch of English and French rows, offline: the log said "The grammar turn could not run" and « Le tour
    « grammaire » n'a pas pu s'exécuter » — one notice per language. One now, in --lang's language, naming the
    drafts' languages (also as a property); a run in one language keeps its one sentence as before."""
    (tmp_path / "mixed.csv").write_text(
        'text,language\n"Hello everyone, lovely day at the office",en\n"Bonjour à tous, belle journée",fr\n'
        "Good evening all,en\n",
        encoding="utf-8",
    )
    for lang, said in (
        ("auto", "The grammar turn could not run (drafts in en, fr); its findings are missing."),
        (
            "fr",
            "Le tour « grammaire » n'a pas pu s'exécuter (langues des brouillons : en, fr) : ses constats manquent.",
        ),
    ):
        result = run("batch", "mixed.csv", "--format", "sarif", "--lang", lang, "--no-progress", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        log = json.loads(result.stdout)
        sarif_validator().validate(log)
        notices = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        down = [n for n in notices if "gramma" in n["message"]["text"]]
        assert [n["message"]["text"] for n in down] == [said]
        assert down[0]["properties"] == {"languages": ["en", "fr"]}
    (tmp_path / "french.csv").write_text("text\nBonjour à tous\nBonsoir tout le monde\n", encoding="utf-8")
    result = run("batch", "french.csv", "--format", "sarif", "--no-progress", cwd=tmp_path)
    notices = json.loads(result.stdout)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["message"]["text"] for n in notices] == [
        "Le tour « grammaire » n'a pas pu s'exécuter : ses constats manquent."
    ]
