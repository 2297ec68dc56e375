"""The CLI through a real subprocess: check/rules, formats text and json, exit codes 0/1/2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# the checkout's app/, also when a test runs the CLI from another directory (a worktree's, not the installed one)
ENV = {**os.environ, "SEVENFOLD_OFFLINE": "true", "NO_COLOR": "1", "PYTHONPATH": str(REPO)}
CLI = [sys.executable, "-m", "app.cli"]


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*CLI, *args], input=stdin, capture_output=True, env=ENV, cwd=cwd, timeout=120, check=False)


def test_check_json_report_and_exit_0() -> None:
    result = run("check", "Nous sommes ravis de vous accueillir 🎉 @marie #événement", "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["language"] == "fr"
    assert report["entities"]["hashtags"][0] == {"value": "événement", "offset": 46, "length": 10}


def test_check_text_format_has_caret_under_the_span() -> None:
    result = run("check", "Big news: 𝗻𝗲𝘄 𝗽𝗿𝗼𝗱𝘂𝗰𝘁 today", "--fail-on", "warning")
    assert result.returncode == 1
    out = result.stdout.decode()
    assert "REVIEW" in out and "etiquette.fancy-letters" in out
    lines = out.splitlines()
    caret = next(i for i, line in enumerate(lines) if line.strip().startswith("^"))
    assert lines[caret].index("^") == lines[caret - 1].index("𝗻")


def test_exit_1_on_error_and_fail_on_never() -> None:
    long = "word " * 70
    assert run("check", long).returncode == 1
    assert run("check", long, "--fail-on", "never").returncode == 0


def test_stdin_and_file(tmp_path: Path) -> None:
    assert run("check", "--format", "json", stdin="Bonjour à tous".encode()).returncode == 0
    draft = tmp_path / "draft.txt"
    draft.write_text("Hello world, lovely day", encoding="utf-8")
    assert run("check", "--file", str(draft)).returncode == 0


def test_a_folder_is_named_never_reviewed_as_a_word_and_utf16_is_read(tmp_path: Path) -> None:
    """`sevenfold check posts` (a folder, no slash) reviewed the word 'posts' and said READY: a CI gate passed on
    nothing. It is exit 2 naming the folder. A draft saved by Notepad as "Unicode" (UTF-16 with a BOM) is read."""
    (tmp_path / "posts").mkdir()
    folder = run("check", "posts", cwd=tmp_path)
    assert folder.returncode == 2
    assert (
        folder.stderr.decode().strip()
        == "sevenfold: posts: is a directory, not a file: name its drafts, e.g. posts/*.md"
    )
    (tmp_path / "note.txt").write_bytes("Appelez le 06 12 34 56 78 😀".encode("utf-16"))
    utf16 = run("check", "--format", "json", "note.txt", cwd=tmp_path)
    assert utf16.returncode == 1, utf16.stderr
    finding = json.loads(utf16.stdout)["findings"][0]
    assert (finding["rule"], finding["excerpt"]) == ("privacy.phone-number", "06 12 34 56 78")


@pytest.mark.parametrize(
    ("args", "stdin", "needle"),
    [
        (["check", "--file", "/no/such/file.txt"], None, "no such file"),
        (["check", "--file", "-"], b"\xff\xfebad", "not valid UTF-8"),
        (["check", "   "], None, "empty"),
        (["check", "   ", "--lang", "fr"], None, "sevenfold: le brouillon est vide : écrivez quelque chose à vérifier"),
        (["check", "hello", "--lang", "klingon"], None, "unknown language"),
        (["check", "hello", "--format", "xml"], None, "invalid choice"),
        (["check", "hello", "--ack", "oops"], None, "--ack"),
        (["check", "hello", "--policy", "/no/such/policy.yml"], None, "/no/such/policy.yml: no such policy file"),
        (["check", "hi", "--reply-to", "@/no/such/parent.txt"], None, "/no/such/parent.txt: no such file"),
        (["frobnicate"], None, "invalid choice"),
        (["rules", "--lang", "xx"], None, "sevenfold: --lang 'xx': the rule descriptions are in en, fr"),
        (["rules", "show", "tone.capitals", "--lang", "xx"], None, "the rule descriptions are in en, fr"),
    ],
)
def test_bad_usage_is_exit_2_with_one_line(args: list[str], stdin: bytes | None, needle: str) -> None:
    result = run(*args, stdin=stdin)
    assert result.returncode == 2
    err = result.stderr.decode().strip()
    assert len(err.splitlines()) == 1, err
    assert needle in err and "Traceback" not in err


def test_bad_policy_file_names_file_and_key(tmp_path: Path) -> None:
    policy = tmp_path / "sevenfold.yml"
    policy.write_text("families:\n  tone:\n    enabled: perhaps\n", encoding="utf-8")
    result = run("check", "hello there", cwd=tmp_path)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert "sevenfold.yml: families.tone.enabled" in err


@pytest.mark.parametrize(
    ("yaml_text", "english", "french"),
    [
        (
            "families:\n  tone:\n    enabled: perhaps\n",
            "families.tone.enabled: 'perhaps' is not true or false",
            "families.tone.enabled : « perhaps » n'est ni vrai ni faux (true ou false)",
        ),
        ("limit: lots\n", "limit: 'lots' is not a whole number", "limit : « lots » n'est pas un nombre entier"),
        ("limit: 0\n", "limit: 0 must be at least 1", "limit : 0 doit valoir au moins 1"),
        ("language: 5\n", "language: 5 is not text", "language : 5 n'est pas du texte"),
        ("accept: brand\n", "accept: 'brand' is not a list", "accept : « brand » n'est pas une liste"),
        (
            "families:\n  risk:\n    severity: fatal\n",
            "families.risk.severity: 'fatal' is not one of: 'info', 'warning', 'error'",
            "families.risk.severity : « fatal » n'est pas l'une des valeurs admises : « info », « warning », « error »",
        ),
        (  # YAML reads off as false: the reason quotes what the file says
            "families:\n  risk:\n    severity: off\n",
            "families.risk.severity: off is not one of: 'info', 'warning', 'error'",
            "families.risk.severity : off n'est pas l'une des valeurs admises : « info », « warning », « error »",
        ),
        ("limit: ~\n", "limit: ~ is not a whole number", "limit : ~ n'est pas un nombre entier"),
        (
            "families:\n  risk:\n    severty: error\n",
            "families.risk.severty: unknown key: did you mean 'severity'? (keys here: enabled, settings, severity)",
            "families.risk.severty : clé inconnue : vouliez-vous dire « severity » ? (clés possibles ici : enabled, "
            "settings, severity)",
        ),
        (
            "acks:\n  risk.profanity: {by: me}\n",
            "acks.risk.profanity.reason: required, but missing",
            "acks.risk.profanity.reason : obligatoire, mais absente",
        ),
        (
            "terms:\n  - name: Rivals\n    terms: [5]\n",
            "terms.0.name: 'Rivals' does not have the expected form (^[a-z0-9][a-z0-9-]*$); terms.0.terms.0: 5 is not "
            "text",
            "terms.0.name : « Rivals » n'a pas la forme attendue (^[a-z0-9][a-z0-9-]*$) ; terms.0.terms.0 : 5 n'est "
            "pas du texte",
        ),
    ],
)
def test_a_policy_value_of_the_wrong_type_is_said_with_its_key_and_value_in_the_lang_language(
    tmp_path: Path, yaml_text: str, english: str, french: str
) -> None:
    """pydantic's own words ("Input should be a valid boolean, unable to interpret input") stayed English under
    --lang fr and never said the value: each error type a policy can raise now reads in our words, with the file,
    the key and the value, in English or French. (U, session 24) French writes « fichier : clé : … » and « valeur »,
    and a value YAML reads as no text (``off``, ``~``) is quoted as the file writes it, not as ``false``/``null``."""
    (tmp_path / "sevenfold.yml").write_text(yaml_text, encoding="utf-8")
    for lang, expected in (("en", english), ("fr", french)):
        result = run("check", "hello there", "--offline", "--lang", lang, cwd=tmp_path)
        assert result.returncode == 2
        said = result.stderr.decode().strip()
        joint = " : " if lang == "fr" else ": "
        assert said.startswith("sevenfold: /") and said.endswith(f"/sevenfold.yml{joint}{expected}"), (lang, said)


def test_policy_discovered_from_working_directory(tmp_path: Path) -> None:
    (tmp_path / "sevenfold.yml").write_text("limit: 4000\n", encoding="utf-8")
    sub = tmp_path / "posts"
    sub.mkdir()
    result = run("check", "word " * 70, "--format", "json", cwd=sub)
    assert result.returncode == 0
    assert json.loads(result.stdout)["length"]["limit"] == 4000


def test_ack_downgrades(tmp_path: Path) -> None:
    result = run("check", "word " * 70, "--format", "json", "--ack", "length.over-limit=posted as a thread")
    assert result.returncode == 0
    finding = next(f for f in json.loads(result.stdout)["findings"] if f["rule"] == "length.over-limit")
    assert finding["severity"] == "info" and finding["acknowledged"]["reason"] == "posted as a thread"


def test_an_unknown_rule_acknowledged_is_said_as_the_ack_the_user_wrote(tmp_path: Path) -> None:
    """``--ack nope.rule="x"`` was « policy: acks.nope.rule: … »: the user wrote --ack, not a policy key; a policy
    file's own unknown ack still names the file and the key, even when --ack is given too."""
    for lang, said in (
        ("en", "sevenfold: --ack nope.rule: no such rule to acknowledge (see `sevenfold rules`)"),
        ("fr", "sevenfold: --ack nope.rule : aucune règle de ce nom à accepter (voir `sevenfold rules`)"),
    ):
        result = run("check", "hello there", "--lang", lang, "--ack", 'nope.rule="x"', cwd=tmp_path)
        assert result.returncode == 2 and result.stderr.decode().strip() == said
    (tmp_path / "sevenfold.yml").write_text("acks:\n  gone.rule: {reason: old}\n", encoding="utf-8")
    result = run("check", "hello there", "--ack", "length.over-limit=thread", cwd=tmp_path)
    assert result.returncode == 2
    assert "sevenfold.yml: acks.gone.rule: no such rule to acknowledge" in result.stderr.decode()


def test_init_lang_fr_writes_a_starter_commented_in_french_for_french_drafts(tmp_path: Path) -> None:
    """``sevenfold init --lang fr``: the same keys as the English starter, French comments, ``language: fr``; the
    file is valid; a language no policy accepts is one line, exit 2, nothing written."""
    import yaml

    from app.policy import STARTER_POLICY

    result = run("init", "--lang", "fr", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.decode().strip() == (
        "sevenfold: sevenfold.yml écrit ; vérifiez-le avec « sevenfold policy check --lang fr »"
    )
    written = (tmp_path / "sevenfold.yml").read_text(encoding="utf-8")
    assert "# Langue des brouillons : auto (détection)" in written and "reviews your drafts" not in written
    assert yaml.safe_load(written) == {**yaml.safe_load(STARTER_POLICY), "language": "fr"}
    checked = run("policy", "check", "--lang", "fr", cwd=tmp_path)
    assert checked.returncode == 0 and ": valide (" in checked.stdout.decode()
    again = run("init", "--lang", "fr", cwd=tmp_path)
    assert again.returncode == 2
    assert again.stderr.decode().strip() == "sevenfold: sevenfold.yml : existe déjà (--force pour l'écraser)"
    bad = run("init", "other.yml", "--lang", "xx", cwd=tmp_path)
    assert bad.returncode == 2 and len(bad.stderr.decode().splitlines()) == 1
    assert bad.stderr.decode().startswith("sevenfold: --lang: unknown language 'xx'")
    assert not (tmp_path / "other.yml").exists()
    found = run("init", "en.yml", cwd=tmp_path / ".")  # no --lang: the policy found says fr, so French comments
    assert found.returncode == 0
    assert (tmp_path / "en.yml").read_text(encoding="utf-8").startswith("# sevenfold.yml — la politique")
    assert "language: auto\n" in (tmp_path / "en.yml").read_text(encoding="utf-8")


def test_offline_by_the_environment_is_said_as_the_environment(tmp_path: Path) -> None:
    """SEVENFOLD_OFFLINE=true without --offline said « --offline: grammar was not checked »: a flag the user never
    gave; the note names what they set, in check and batch, in English and French."""
    check = run("check", "hello there", cwd=tmp_path)
    assert check.stderr.decode().strip() == "sevenfold: SEVENFOLD_OFFLINE: grammar was not checked"
    french = run("check", "bonjour à tous", "--lang", "fr", cwd=tmp_path)
    assert french.stderr.decode().strip() == "sevenfold: SEVENFOLD_OFFLINE : la grammaire n'a pas été vérifiée"
    flag = run("check", "hello there", "--offline", cwd=tmp_path)
    assert flag.stderr.decode().strip() == "sevenfold: --offline: grammar was not checked"
    (tmp_path / "drafts.csv").write_text("text\nhello there\n", encoding="utf-8")
    batch = run("batch", "drafts.csv", "--no-progress", cwd=tmp_path)
    assert batch.stderr.decode().splitlines()[-1] == "sevenfold: SEVENFOLD_OFFLINE: grammar was not checked"


def test_rules_lists_the_catalogue() -> None:
    result = run("rules", "--format", "json")
    assert result.returncode == 0
    ids = {r["id"] for r in json.loads(result.stdout)}
    assert "length.over-limit" in ids
    upper = run("rules", "--format", "json", "--lang", "FR")  # read as 'fr', not English in silence
    assert upper.returncode == 0
    assert next(r for r in json.loads(upper.stdout) if r["id"] == "etiquette.hashtag-count")["description"] == (
        "Plus de deux hashtags."
    )


def test_bad_rule_params_in_policy_file_name_file_and_key(tmp_path: Path) -> None:
    (tmp_path / "sevenfold.yml").write_text(
        "rules:\n  etiquette.hashtag-count:\n    params: {max: -3}\n", encoding="utf-8"
    )
    result = run("check", "hello there", cwd=tmp_path)
    assert result.returncode == 2
    err = result.stderr.decode().strip()
    assert "sevenfold.yml: rules.etiquette.hashtag-count.params.max" in err and len(err.splitlines()) == 1


def test_a_lone_dash_reads_standard_input() -> None:
    """``sevenfold check -`` reviews what is piped in, not the one-character draft '-'."""
    proc = run("check", "--offline", "--format", "json", "-", stdin=b"Bande de connards, tous des nuls.")
    report = json.loads(proc.stdout)
    assert report["language"] == "fr"
    assert any(f["rule"].startswith("risk.") for f in report["findings"])


def test_a_draft_in_a_language_without_rules_is_said_not_judged_on_every_cli_format(tmp_path: Path) -> None:
    """``check --lang de`` printed 'READY' and a ✓ on tone, risk, privacy… although no rule reads German. The text
    format now marks those turns '?' and says they were not judged; JSON lists them in ``not_judged``; SARIF has a
    notice; ``batch`` counts such rows in its summary, in ``--lang``'s language. English drafts are unchanged."""
    german = "Ihr seid alle Idioten, ich hasse euch!"
    text = run("check", "--lang", "de", german)
    out = text.stdout.decode()
    assert text.returncode == 0 and "READY" in out
    assert "✓ length  – grammar  ? tone  ? clarity  ? risk  ? privacy  ? etiquette" in out
    assert "not judged: no rules for language 'de' (grammar, tone, clarity, risk, privacy, etiquette" in out
    assert "messages in English (Sevenfold has no texts in 'de')" in out
    report = json.loads(run("check", "--lang", "de", "--format", "json", german).stdout)
    assert report["not_judged"] == ["grammar", "tone", "clarity", "risk", "privacy", "etiquette"]
    sarif = json.loads(run("check", "--lang", "de", "--format", "sarif", german).stdout)
    notices = [n["message"]["text"] for n in sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]]
    assert any("Sevenfold has no rules for language 'de'" in n for n in notices), notices
    english = run("check", "--lang", "en", "Thanks everyone, see you tomorrow").stdout.decode()
    assert "not judged" not in english and "?" not in english.splitlines()[1]
    (tmp_path / "posts.csv").write_text(
        f'text,language\n"{german}",de\n"Hola a todos, hasta mañana",es\n"Merci à tous, à demain",fr\n',
        encoding="utf-8",
    )
    batch = run("batch", "posts.csv", "--lang", "fr", cwd=tmp_path)
    err = batch.stderr.decode()
    assert batch.returncode == 0, err
    assert "2 lignes dans une langue pour laquelle Sevenfold n'a pas de règles (de (1), es (1))" in err
    lines = [json.loads(line) for line in batch.stdout.decode().splitlines()]
    assert [line["report"].get("not_judged", []) != [] for line in lines] == [True, True, False]
    # the CSV's findings cell said nothing: a German row 'ready' with English messages, as if judged
    import csv
    import io

    table = run("batch", "posts.csv", "--lang", "fr", "--format", "csv", cwd=tmp_path).stdout.decode()
    cells = [row["findings"].splitlines() for row in csv.DictReader(io.StringIO(table))]
    assert cells[0][:2] == [
        "not judged: no rules for language 'de' (grammar, tone, clarity, risk, privacy, etiquette: only the checks "
        "that need no language); the verdict covers those checks only",
        "messages in English (Sevenfold has no texts in 'de')",
    ]
    assert cells[1][1] == "messages in English (Sevenfold has no texts in 'es')"
    assert not any("not judged" in line or "non jugé" in line for line in cells[2])


def test_a_draft_over_the_size_limit_is_refused_at_once_in_the_run_language(tmp_path: Path) -> None:
    """``check --file`` on a 6 MB file ran for many minutes without a word (a 64 KB draft takes ~20 s on a loaded
    machine). A draft, or the post it answers, over the API's body limit (SEVENFOLD_MAX_BODY_BYTES, 64 KB) is now
    refused at once: exit 2 and one line, in --lang's language."""
    (tmp_path / "big.md").write_text("mot " * 200_000, encoding="utf-8")
    french = run("check", "--lang", "fr", "--file", "big.md", cwd=tmp_path)
    assert french.returncode == 2
    assert french.stderr.decode().strip() == (
        "sevenfold: big.md : 782 Ko, au-delà de la limite de 64 Ko pour un brouillon (SEVENFOLD_MAX_BODY_BYTES) : "
        "découpez-le, ou donnez un message par ligne à « sevenfold batch »"
    )
    reply = run("check", "--reply-to", "@big.md", "Well said", cwd=tmp_path)
    assert reply.returncode == 2 and "--reply-to: 782 KB, over the limit of 64 KB" in reply.stderr.decode()


def test_why_check_or_batch_cannot_start_is_said_in_the_lang_language(tmp_path: Path) -> None:
    """With --lang fr the summaries were French but why the run could not start was English: 'nope.txt: no such
    file', 'bad.yml: not valid YAML at line 2, column 6', 'no text column (tried …)'. They follow --lang now (English
    for 'auto' and 'en', byte for byte as before)."""
    (tmp_path / "bad.yml").write_text("rules: [unclosed\n  - x: {", encoding="utf-8")
    (tmp_path / "notext.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    cases = [
        (("check", "--lang", "fr", "--file", "nope.txt"), "nope.txt : fichier introuvable", "nope.txt: no such file"),
        (
            ("check", "--lang", "fr", "--policy", "bad.yml", "Bonjour"),
            "bad.yml : YAML non valide, ligne 2, colonne 6",
            "bad.yml: not valid YAML at line 2, column 6",
        ),
        (
            ("batch", "--lang", "fr", "notext.csv"),
            "pas de colonne de texte (essayées : text, message",
            "no text column (tried text, message",
        ),
    ]
    for args, french, english in cases:
        said = run(*args, cwd=tmp_path)
        assert said.returncode == 2 and french in said.stderr.decode(), said.stderr
        plain = run(*[a if a != "fr" else "auto" for a in args], cwd=tmp_path)
        assert plain.returncode == 2 and english in plain.stderr.decode(), plain.stderr


def test_batch_on_a_binary_file_says_it_is_not_text(tmp_path: Path) -> None:
    """``batch`` on an image or a spreadsheet's .xlsx listed its bytes as the columns: 'no text column (…); the
    columns are: \\udc89PNG'. It now says the first line is not UTF-8 text and what to give instead; a CSV in
    Windows-1252 whose text column is found is still read."""
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    binary = run("batch", "photo.png", cwd=tmp_path)
    assert binary.returncode == 2
    assert binary.stderr.decode().strip() == (
        "sevenfold: photo.png:1: the first line is not UTF-8 text: give a CSV or JSONL file (not a spreadsheet's "
        ".xlsx), or its encoding with --encoding (e.g. cp1252)"
    )
    french = run("batch", "--lang", "fr", "photo.png", cwd=tmp_path).stderr.decode()
    assert "la première ligne n'est pas du texte UTF-8" in french
    (tmp_path / "cp.csv").write_bytes("text,légende\nBonjour,x\n".encode("cp1252"))
    assert run("batch", "cp.csv", cwd=tmp_path).returncode == 0


def test_a_batch_file_that_cannot_be_read_is_one_line_naming_the_file_and_its_line(tmp_path: Path) -> None:
    """(U, session 26) Why a batch file cannot be read named neither the file nor the line ('no text column (…)',
    'the CSV file is empty'), and a wrong ``--encoding`` (utf-16 for a file without a BOM) ended in a traceback: each
    is one line naming ``FILE:LINE``, exit 2, in --lang's language; rows already written stay written."""
    (tmp_path / "calendar.csv").write_text("date;network\n2026-01-01;x\n", encoding="utf-8-sig")
    (tmp_path / "empty.csv").write_bytes(b"\xef\xbb\xbf")
    (tmp_path / "ok.csv").write_text("text\nhello\n", encoding="utf-8")
    (tmp_path / "ok.jsonl").write_text('{"text": "hello"}\n', encoding="utf-8")
    cases = [
        (("calendar.csv",), "sevenfold: calendar.csv:1: no text column (tried text, message, content, post, tweet"),
        (("--lang", "fr", "calendar.csv"), "sevenfold: calendar.csv:1 : pas de colonne de texte (essayées : text"),
        (("empty.csv",), "sevenfold: empty.csv:1: the CSV file is empty: no header line"),
        (
            ("ok.csv", "--encoding", "utf-16"),
            "sevenfold: ok.csv:1: not text in utf-16 (UTF-16 stream does not start with BOM): give the file's "
            "encoding with --encoding (e.g. utf-8, cp1252)",
        ),
        (("ok.jsonl", "--encoding", "utf-32"), "sevenfold: ok.jsonl:1: not text in utf-32 (code point not in range"),
        (("--lang", "fr", "ok.csv", "--encoding", "utf-16"), "sevenfold: ok.csv:1 : pas du texte en utf-16 ("),
    ]
    for args, said in cases:
        result = run("batch", *args, "--no-progress", cwd=tmp_path)
        err = result.stderr.decode()
        assert result.returncode == 2 and len(err.splitlines()) == 1 and err.startswith(said), (args, err)
        assert "Traceback" not in err
    piped = run("batch", "-", "--no-progress", stdin=b"a;b\n1;2\n", cwd=tmp_path)
    assert piped.returncode == 2 and piped.stderr.decode().startswith("sevenfold: -:1: no text column")


def test_a_command_line_argparse_cannot_read_is_said_in_the_language_it_asks_for() -> None:
    """'sevenfold check hi --lang fr --format xml' answered argparse's English ("invalid choice", "unrecognized
    arguments", "expected one argument") to a French user: French now when --lang (or --ui) says fr."""
    cases = [
        (
            ["check", "hi", "--lang", "fr", "--format", "xml"],
            "sevenfold: argument --format : choix non valide : « xml » (choix possibles : « text », « json », "
            "« sarif », « github », « jsonl ») (voir « sevenfold check --help »)",
        ),
        (
            ["check", "hi", "--lang=fr", "--bogus"],
            "sevenfold: arguments non reconnus : --bogus (voir « sevenfold check --help »)",
        ),
        (
            ["batch", "--lang", "fr"],
            "sevenfold: arguments obligatoires manquants : path (voir « sevenfold batch --help »)",
        ),
        (
            ["audit", "x.zip", "--ui", "fr", "-j", "abc"],
            "sevenfold: argument --jobs/-j : valeur non valide (int) : « abc » (voir « sevenfold audit --help »)",
        ),
        (
            ["check", "hi", "--format", "xml"],
            "sevenfold: argument --format: invalid choice: 'xml' (choose from 'text', 'json', 'sarif', 'github', "
            "'jsonl') (see 'sevenfold check --help')",
        ),
    ]
    for args, said in cases:
        result = run(*args)
        assert result.returncode == 2
        assert result.stderr.decode().strip() == said, args


def test_policy_check_answers_in_the_language_asked(tmp_path: Path) -> None:
    """'sevenfold policy check' had no --lang: a French user validating a policy read English only."""
    (tmp_path / "bad.yml").write_text("limit: beaucoup\n", encoding="utf-8")
    (tmp_path / "ok.yml").write_text("accept: [Sevenfold]\n", encoding="utf-8")
    bad = run("policy", "check", "bad.yml", "--lang", "fr", cwd=tmp_path)
    assert bad.returncode == 2
    assert bad.stderr.decode().strip() == "sevenfold: bad.yml : limit : « beaucoup » n'est pas un nombre entier"
    ok = run("policy", "check", "ok.yml", "--lang", "fr", cwd=tmp_path)
    assert ok.returncode == 0 and ok.stdout.decode().startswith("ok.yml : valide (")
    assert "1 mot(s) accepté(s) et 0 refusé(s))" in ok.stdout.decode()
    english = run("policy", "check", "ok.yml", cwd=tmp_path)
    assert english.stdout.decode().startswith("ok.yml: valid (") and "1 accepted and 0 rejected word(s))" in (
        english.stdout.decode()
    )


def test_network_and_networks_that_disagree_in_a_policy_file_are_said_not_one_chosen(tmp_path: Path) -> None:
    """``network: x`` beside ``networks: [bluesky]`` in sevenfold.yml: ``network`` won in silence. Both may stand
    only when they name the same network; otherwise the file is refused, its key named, in --lang's language."""
    (tmp_path / "two.yml").write_text("network: x\nnetworks: [bluesky]\n", encoding="utf-8")
    (tmp_path / "same.yml").write_text("network: x\nnetworks: [X]\n", encoding="utf-8")
    english = run("policy", "check", "two.yml", cwd=tmp_path)
    assert english.returncode == 2
    assert english.stderr.decode().strip() == (
        "sevenfold: two.yml: network: 'network' says 'x' and 'networks' says [\"bluesky\"]: give one of them"
    )
    french = run("check", "bonjour à tous", "--policy", "two.yml", "--lang", "fr", cwd=tmp_path)
    assert french.returncode == 2
    assert french.stderr.decode().strip() == (
        'sevenfold: two.yml : network : « network » dit « x » et « networks » dit ["bluesky"] : donnez l\'un des deux'
    )
    assert run("policy", "check", "same.yml", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_languagetool_help_is_its_help(flag: str) -> None:
    """``sevenfold languagetool --help`` was "unrecognized arguments: --help" (exit 2): argparse's REMAINDER keeps no
    first argument that starts with '-'. Everything after ``languagetool`` now goes to its own parser."""
    result = run("languagetool", flag)
    assert result.returncode == 0, result.stderr
    assert "install,status,start" in result.stdout.decode()


ACME_RULE = """kind: patterns
severity: warning
languages: [en, fr]
summary: {en: Acme code names., fr: Noms de code Acme.}
messages:
  default: {en: "'{excerpt}' is a code name.", fr: "« {excerpt} » est un nom de code."}
params:
  patterns:
    - pattern: "PATTERN"
cases:
  pass:
    - "Hello world"
  fail:
    - text: "project falcon ships"
      language: en
      findings: [{offset: 0, length: LENGTH, excerpt: EXCERPT, severity: warning}]
"""


def _user_rule(
    tmp_path: Path, pattern: str = "\\\\bproject falcon\\\\b", span: tuple[int, str] = (14, "project falcon")
) -> None:
    (tmp_path / "sevenfold.yml").write_text("rule_dirs: [myrules]\n", encoding="utf-8")
    folder = tmp_path / "myrules" / "risk"
    folder.mkdir(parents=True, exist_ok=True)
    text = ACME_RULE.replace("PATTERN", pattern).replace("LENGTH", str(span[0])).replace("EXCERPT", span[1])
    (folder / "acme.yml").write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("span", "english", "french"),
    [
        (
            (12, "project hawk"),
            "acme.yml: cases.fail.0.findings.0: the excerpt 'project hawk' is not the text at offset 0, length 12: "
            "'project falc' is",
            "acme.yml : cases.fail.0.findings.0 : l'extrait « project hawk » n'est pas le texte à la position 0, "
            "longueur 12 : c'est « project falc »",
        ),
        (
            (7, "project"),
            "acme.yml: cases.fail.0: expected 'project' (0, 7), found 'project falcon' (0, 14) (offset, length)",
            "acme.yml : cases.fail.0 : attendu : 'project' (0, 7) ; trouvé : 'project falcon' (0, 14) (position, "
            "longueur)",
        ),
    ],
)
def test_policy_check_runs_the_cases_of_the_rules_a_user_adds(
    tmp_path: Path, span: tuple[int, str], english: str, french: str
) -> None:
    """A rule file in a policy's rule_dirs whose case has a wrong span was never told: its cases ran nowhere (the
    shipped rules' run in the tests). ``policy check`` runs them and names the file and the case's key."""
    _user_rule(tmp_path, span=span)
    for lang, needle in (("en", english), ("fr", french)):
        result = run("policy", "check", "--lang", lang, cwd=tmp_path)
        assert result.returncode == 2
        said = result.stderr.decode().strip()
        assert said.startswith("sevenfold: ") and said.endswith(needle), said
    _user_rule(tmp_path)
    fine = run("policy", "check", "--lang", "fr", cwd=tmp_path)
    assert fine.returncode == 0, fine.stderr
    assert fine.stdout.decode().splitlines()[-1].endswith("sevenfold.yml : les 2 cas de ses propres règles tiennent")


def test_a_bad_regex_or_kind_in_a_users_rule_is_said_in_french_with_file_and_key(tmp_path: Path) -> None:
    """« --lang fr » read "not a valid regular expression (…)" and "unknown kind 'patternz'; known kinds: …"."""
    _user_rule(tmp_path, pattern="\\\\bproject (falcon")
    result = run("check", "bonjour", "--lang", "fr", cwd=tmp_path)
    assert result.returncode == 2
    assert "acme.yml : params : patterns.0 : expression régulière non valide (" in result.stderr.decode()
    rule = tmp_path / "myrules" / "risk" / "acme.yml"
    rule.write_text(rule.read_text(encoding="utf-8").replace("kind: patterns", "kind: patternz"), encoding="utf-8")
    unknown = run("check", "bonjour", "--lang", "fr", cwd=tmp_path)
    assert "acme.yml : kind : type de règle inconnu « patternz » ; types connus : " in unknown.stderr.decode()


def test_a_bad_top_level_key_in_a_users_rule_is_said_in_our_words_with_a_hint(tmp_path: Path) -> None:
    """A rule file's own keys (severity, cases…) were said in pydantic's English under « --lang fr », with no hint of
    the right key, while its params were already said in our words (the lead, session 21, U's request)."""
    _user_rule(tmp_path)
    rule = tmp_path / "myrules" / "risk" / "acme.yml"
    text = rule.read_text(encoding="utf-8")
    rule.write_text(text.replace("severity: warning", "severity: warnin", 1), encoding="utf-8")
    for lang, needle in (
        ("en", "acme.yml: severity: 'warnin' is not one of: 'info', 'warning', 'error'"),
        (
            "fr",
            "acme.yml : severity : « warnin » n'est pas l'une des valeurs admises : « info », « warning », « error »",
        ),
    ):
        result = run("policy", "check", "--lang", lang, cwd=tmp_path)
        assert result.returncode == 2
        assert needle in result.stderr.decode(), result.stderr
    rule.write_text(text.replace("  pass:", "  pas:", 1), encoding="utf-8")
    result = run("policy", "check", "--lang", "fr", cwd=tmp_path)
    assert result.returncode == 2
    said = result.stderr.decode()
    assert "acme.yml : cases.pas : " in said and "« pass »" in said, said


def test_every_subcommand_says_its_usage_errors_in_one_line_in_the_clis_language(tmp_path: Path) -> None:
    """The CLI's own words follow ``--lang``/``--ui`` on the command line, else the policy's ``language``, else
    English (``app.cli.parser.cli_language``). ``sevenfold languagetool`` printed argparse's English usage dump
    (two lines, 'usage: …' then 'error: …') even for a French team; a reason a subcommand wrote in English
    ('rules show: name a rule id') stayed English under French; the top parser's 'unrecognized arguments' pointed
    to 'sevenfold --help' rather than the subcommand's, and 'policy check''s to 'sevenfold check --help'."""
    english = run("languagetool", "bogus", cwd=tmp_path)
    assert english.returncode == 2
    assert english.stderr.decode().splitlines() == [
        "sevenfold: argument command: invalid choice: 'bogus' (choose from 'install', 'status', 'start') "
        "(see 'sevenfold languagetool --help')"
    ]
    port = run("languagetool", "start", "--port", "abc", cwd=tmp_path).stderr.decode()
    assert port == "sevenfold: argument --port: invalid int value: 'abc' (see 'sevenfold languagetool start --help')\n"
    assert run("check", "--bogus", cwd=tmp_path).stderr.decode().endswith("(see 'sevenfold check --help')\n")
    assert run("policy", "check", "--bogus", cwd=tmp_path).stderr.decode().endswith("(see 'sevenfold policy --help')\n")
    (tmp_path / "sevenfold.yml").write_text("language: fr\n", encoding="utf-8")
    expected = {
        ("languagetool",): "sevenfold: arguments obligatoires manquants : command "
        "(voir « sevenfold languagetool --help »)",
        ("serve", "--port", "abc"): "sevenfold: argument --port : valeur non valide (int) : « abc » "
        "(voir « sevenfold serve --help »)",
        ("serve", "--workers", "0"): "sevenfold: argument --workers : doit valoir au moins 1 (0 donné) "
        "(voir « sevenfold serve --help »)",
        ("rules", "show"): "sevenfold: rules show : nommez l'identifiant d'une règle (voir `sevenfold rules`)",
        ("batch", "--encoding", "nope", "x.csv"): "sevenfold: --encoding : encodage inconnu « nope » "
        "(par exemple utf-8, cp1252, latin-1)",
        ("check", "--ack", "risk.profanity", "x"): "sevenfold: --ack « risk.profanity » : écrivez "
        '--ack ID_DE_RÈGLE="raison"',
    }
    for args, said in expected.items():
        result = run(*args, cwd=tmp_path)
        assert result.returncode == 2 and result.stderr.decode().splitlines() == [said], (args, result.stderr)
    # the command line wins over the policy; a language without texts reads English
    assert "(see 'sevenfold check --help')" in run("check", "--lang", "en", "--bogus", cwd=tmp_path).stderr.decode()
    assert "unrecognized arguments" in run("check", "--lang", "de", "--bogus", cwd=tmp_path).stderr.decode()


def test_a_french_policy_that_does_not_validate_is_said_wrong_in_french(tmp_path: Path) -> None:
    """(Q, session 36) A French team's ``sevenfold.yml`` (``language: fr``) with a bad value or a misspelt key was
    told so in English — the policy's language was read only from a policy that validated — while an unknown rule in
    the same file was said in French. The file's ``language`` is read from its YAML alone; ``--lang`` still wins, and
    a file that is not YAML (its language unreadable) is said in English."""
    policy = tmp_path / "sevenfold.yml"
    policy.write_text('language: fr\nlimit: "abc"\nfamilies:\n  tone: {enabeld: false}\n', encoding="utf-8")
    french = run("check", "--offline", "Bonjour", cwd=tmp_path)
    assert french.returncode == 2
    assert french.stderr.decode().startswith(f"sevenfold: {policy} : limit : « abc » n'est pas un nombre entier ; ")
    english = run("check", "--offline", "--lang", "en", "Bonjour", cwd=tmp_path)
    assert english.stderr.decode().startswith(f"sevenfold: {policy}: limit: 'abc' is not a whole number; ")
    policy.write_text("language: [fr\n", encoding="utf-8")
    broken = run("check", "--offline", "Bonjour", cwd=tmp_path)
    assert broken.returncode == 2 and "not valid YAML" in broken.stderr.decode()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            ["--lang", "fr", "check", "bonjour"],
            "sevenfold: --lang fr : les options se placent après la sous-commande : sevenfold check --lang fr … "
            "(voir « sevenfold check --help »)",
        ),
        (
            ["--offline", "batch", "drafts.csv"],
            "sevenfold: --offline: options go after the subcommand: sevenfold batch --offline … "
            "(see 'sevenfold batch --help')",
        ),
        (
            ["--lang", "en"],
            "sevenfold: --lang en: name a subcommand first (audit, batch, check, init, languagetool, policy, rules, "
            "serve), e.g. sevenfold check --lang en … (see 'sevenfold --help')",
        ),
    ],
)
def test_an_option_before_the_subcommand_is_told_where_it_goes(args: list[str], said: str) -> None:
    """(U, session 23) ``sevenfold --lang fr check …`` said "invalid choice: 'fr'" for the command, and
    ``--offline check`` an unrecognised argument: one line says where the options go, in the language asked."""
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [said]
    assert result.stdout == b""


def test_version_is_the_packages() -> None:
    """(U, session 23) ``sevenfold --version`` said a subcommand was required."""
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode().strip() == f"sevenfold {version('sevenfold')}"


def test_french_puts_a_space_before_every_colon_of_a_located_reason(tmp_path: Path) -> None:
    """(U, session 24) French writes « clé : valeur »: the place of a reason said in French kept the English colon
    ("empty.txt: le brouillon est vide", "sevenfold.yml: families.risk.enabled: « maybe » …"). Every colon
    between a place and its reason now has the space; English stays byte for byte."""
    (tmp_path / "empty.txt").write_text("\n", encoding="utf-8")
    (tmp_path / "bad.yml").write_text("families:\n  risk:\n    enabled: maybe\n", encoding="utf-8")
    cases = [
        (
            ("check", "empty.txt", "--lang", "fr"),
            "sevenfold: empty.txt : le brouillon est vide : écrivez quelque chose à vérifier",
            "sevenfold: empty.txt: the draft is empty: write something to check",
        ),
        (
            ("policy", "check", "bad.yml", "--lang", "fr"),
            "sevenfold: bad.yml : families.risk.enabled : « maybe » n'est ni vrai ni faux (true ou false)",
            "sevenfold: bad.yml: families.risk.enabled: 'maybe' is not true or false",
        ),
    ]
    for args, french, english in cases:
        said = run(*args, cwd=tmp_path)
        assert said.returncode == 2 and said.stderr.decode().splitlines() == [french], said.stderr
        plain = run(*[a for a in args if a not in ("--lang", "fr")], cwd=tmp_path)
        assert plain.returncode == 2 and plain.stderr.decode().splitlines() == [english], plain.stderr


def test_what_a_policy_file_names_beside_it_is_said_missing_in_french_too(tmp_path: Path) -> None:
    """(U, session 24) A term list, vocabulary or rule folder the policy names but that is not there was said in
    English under --lang fr (« rules.yml: terms.0.file: no such file: … »): each reason has its French."""
    (tmp_path / "empty-vocab").mkdir()
    cases = {
        "terms:\n  - name: rivals\n    file: nope.txt\n": ("terms.0.file", "fichier introuvable : ", "nope.txt"),
        "vocabularies: [nope]\n": ("vocabularies.0", "dossier introuvable : ", "nope"),
        "rule_dirs: [nope]\n": ("rule_dirs.0", "dossier introuvable : ", "nope"),
        "vocabularies: [empty-vocab]\n": ("vocabularies.0", "", "empty-vocab ne contient ni accept.txt ni reject.txt"),
    }
    for yaml_text, (key, reason, tail) in cases.items():
        (tmp_path / "p.yml").write_text(yaml_text, encoding="utf-8")
        said = run("policy", "check", "p.yml", "--lang", "fr", cwd=tmp_path)
        assert said.returncode == 2
        line = said.stderr.decode().strip()
        assert line.startswith(f"sevenfold: p.yml : {key} : {reason}") and line.endswith(tail), line


def test_a_batch_row_not_checked_is_said_with_the_file_and_line_where_it_starts(tmp_path: Path) -> None:
    """A compliance gate on a calendar whose cells hold line breaks: the summary said "row 4: not checked: the row
    has 3 field(s), the header 2", and row 4 was neither line 4 nor line 5 of the file (a header, a quoted newline
    before it). The summary now ends with ``FILE:LINE`` of the row (the line SARIF's notice names), in French too,
    and for standard input the line of the input; a JSONL's rows are their lines and say nothing more."""
    calendar = tmp_path / "calendar.csv"
    rows = '2027-01-01,"Line one\nline two"\n2027-01-02,Hello world\n2027-01-03,\n2027-01-04,a,b\n'
    calendar.write_bytes(("\ufeffdate,message\n" + rows).encode())
    english = run("batch", "calendar.csv", "--output", "out.jsonl", cwd=tmp_path)
    assert english.returncode == 1
    err = english.stderr.decode().splitlines()
    assert "sevenfold: row 3: not checked: the draft is empty: write something to check (calendar.csv:5)" in err
    assert "sevenfold: row 4: not checked: the row has 3 field(s), the header 2 (calendar.csv:6)" in err
    assert [json.loads(x)["row"] for x in (tmp_path / "out.jsonl").read_text().splitlines()] == [1, 2, 3, 4]
    french = run("batch", "-", "--lang", "fr", "--output", "out.csv", stdin=calendar.read_bytes(), cwd=tmp_path)
    said = french.stderr.decode()
    assert (
        "ligne 4 : non vérifiée : nombre de champs : 3 dans la ligne, 2 dans l'en-tête (ligne 6 de l'entrée standard)"
        in said
    )
    jsonl = tmp_path / "drafts.jsonl"
    jsonl.write_text('{"text": "Hello world"}\n{"text": ""}\n', encoding="utf-8")
    assert (
        "sevenfold: row 2: not checked: the draft is empty: write something to check\n"
        in run("batch", "drafts.jsonl", "--output", "out.jsonl", cwd=tmp_path).stderr.decode()
    )


def test_a_french_sarif_log_names_the_turn_that_could_not_run_in_french() -> None:
    """A French draft's SARIF notice read « Le tour « grammar » n'a pas pu s'exécuter »: the turn's code inside a
    French sentence, where the text format, the batch summary and the form say « grammaire ». English is unchanged."""
    french = run("check", "Bonjour à tous, belle journée au bureau", "--format", "sarif")
    notices = json.loads(french.stdout)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    said = [n["message"]["text"] for n in notices]
    assert "Le tour « grammaire » n'a pas pu s'exécuter : ses constats manquent." in said, said
    english = run("check", "Hello everyone, lovely day at the office", "--format", "sarif")
    notices = json.loads(english.stdout)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert "The grammar turn could not run; its findings are missing." in [n["message"]["text"] for n in notices]


def test_check_json_is_the_report_object_for_one_draft_and_jsonl_one_line_per_draft_whatever_the_count(
    tmp_path: Path,
) -> None:
    """``check --format json`` on one draft prints the report object (the contract's shape, the API's), on several
    files an array of them, each naming its file: a glob matching one file or two changed the shape. ``jsonl`` is
    one line per draft, ``{"id", "report"}`` as batch writes it, for one draft as for several."""
    (tmp_path / "a.md").write_text("Hello everyone, lovely day at the office\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Call me on 06 12 34 56 78 tonight\n", encoding="utf-8")
    one = run("check", "a.md", "--format", "json", cwd=tmp_path)
    assert one.returncode == 0, one.stderr
    report = json.loads(one.stdout)
    assert isinstance(report, dict) and report["file"] == "a.md" and report["verdict"] == "ready"
    both = run("check", "a.md", "b.md", "--format", "json", cwd=tmp_path)
    assert both.returncode == 1
    reports = json.loads(both.stdout)
    assert isinstance(reports, list) and [r["file"] for r in reports] == ["a.md", "b.md"]
    for args, ids in ((["a.md"], ["a.md"]), (["a.md", "b.md"], ["a.md", "b.md"]), (["Bonjour à tous"], ["1"])):
        result = run("check", *args, "--format", "jsonl", cwd=tmp_path)
        lines = [json.loads(line) for line in result.stdout.decode().splitlines()]
        assert [line["id"] for line in lines] == ids
        assert all(set(line) == {"id", "report"} and "verdict" in line["report"] for line in lines)
    [line] = [json.loads(x) for x in run("check", "b.md", "--format", "jsonl", cwd=tmp_path).stdout.splitlines()]
    phone = next(f for f in line["report"]["findings"] if f["rule"] == "privacy.phone-number")
    assert (phone["line"], phone["column"]) == (1, 12)
    assert "jsonl" in run("check", "--help").stdout.decode()


def test_a_misspelt_rule_id_in_a_policy_file_is_told_the_nearest_ids(tmp_path: Path) -> None:
    """``rules: {risk.profanty: …}`` was "no such rule" alone, where a misspelt key gets "did you mean": the one-line
    reason (file, key) now names the nearest rule ids, in English and French; an id near none is said as before."""
    (tmp_path / "p.yml").write_text("rules:\n  risk.profanty:\n    severity: warning\n", encoding="utf-8")
    for lang, said in (
        (
            "en",
            "sevenfold: p.yml: rules.risk.profanty: no such rule; did you mean risk.profanity? "
            "(see `sevenfold rules` or GET /v1/rules)",
        ),
        (
            "fr",
            "sevenfold: p.yml : rules.risk.profanty : cette règle n'existe pas ; vouliez-vous dire risk.profanity ? "
            "(voir `sevenfold rules` ou GET /v1/rules)",
        ),
    ):
        result = run("check", "hello there", "--policy", "p.yml", "--lang", lang, cwd=tmp_path)
        assert result.returncode == 2 and result.stderr.decode().strip() == said
    (tmp_path / "q.yml").write_text("acks:\n  tone.capital: {reason: a quote}\n", encoding="utf-8")
    result = run("check", "hello there", "--policy", "q.yml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().strip() == (
        "sevenfold: q.yml: acks.tone.capital: no such rule to acknowledge; did you mean tone.capitals? "
        "(see `sevenfold rules` or GET /v1/rules)"
    )
    flag = run("check", "hello there", "--ack", 'tone.capital="a quote"', cwd=tmp_path)
    assert flag.stderr.decode().strip() == (
        "sevenfold: --ack tone.capital: no such rule to acknowledge; did you mean tone.capitals? "
        "(see `sevenfold rules`)"
    )
    (tmp_path / "far.yml").write_text("rules:\n  nope.nothing: {severity: info}\n", encoding="utf-8")
    far = run("check", "hello there", "--policy", "far.yml", cwd=tmp_path)
    assert far.stderr.decode().strip() == (
        "sevenfold: far.yml: rules.nope.nothing: no such rule (see `sevenfold rules` or GET /v1/rules)"
    )


BAD_POLICY = "limit: abc\nfamilys:\n  tone: {enabled: false}\nrules:\n  risk.profanity: {severity: fatal}\n"
BAD_KEYS = ("limit", "rules.risk.profanity.severity", "familys")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    "args", [("check", "--offline", "hello"), ("batch", "--offline", "-"), ("policy", "check"), ("serve", "--offline")]
)
def test_a_policy_file_with_several_mistakes_names_each_bad_key_on_one_line(
    tmp_path: Path, args: tuple[str, ...], lang: str
) -> None:
    """(Q, session 37) A policy file with three mistakes said the first and "(and 2 more)": fix it, run again, meet
    the next. Every door that reads the file — check, batch, policy check, and the server at start — now says each
    bad key with the file, on one line joined by "; " (« ; » in French), exit 2."""
    policy = tmp_path / "sevenfold.yml"
    policy.write_text(BAD_POLICY, encoding="utf-8")
    result = run(*args, "--lang" if args[0] != "serve" else "--port", lang if args[0] != "serve" else "0",
                 stdin=b'{"text": "hello"}\n', cwd=tmp_path)  # fmt: skip
    assert result.returncode == 2, result.stderr
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1, lines
    joint, between = (" : ", " ; ") if lang == "fr" and args[0] != "serve" else (": ", "; ")
    said = lines[0].removeprefix(f"sevenfold: {policy}{joint}")
    assert [part.split(joint, 1)[0] for part in said.split(between)] == list(BAD_KEYS), said
    assert "(and" not in said and "(et" not in said


def test_a_policy_file_with_many_mistakes_names_five_and_counts_the_rest(tmp_path: Path) -> None:
    """The line stays bounded: five keys named, the others counted."""
    rules = "".join(f"  risk.nope{n}: {{enabled: false}}\n" for n in range(8))
    (tmp_path / "sevenfold.yml").write_text(f"rules:\n{rules}", encoding="utf-8")
    for lang, more in (("en", " (and 3 more)"), ("fr", " (et 3 autres)")):
        said = run("check", "--offline", "--lang", lang, "hello", cwd=tmp_path).stderr.decode().strip()
        assert said.endswith(more) and said.count("rules.risk.nope") == 5, said


def test_policy_check_answers_a_named_file_in_its_own_language(tmp_path: Path) -> None:
    """(Q, session 37) ``sevenfold policy check`` answered a French team's ``sevenfold.yml`` in French when it found
    the file and in English when it was named (``policy check équipe.yml``): the answer now follows the file's own
    ``language`` either way, ``--lang`` still wins."""
    named = tmp_path / "équipe.yml"
    named.write_text("language: fr\nlimit: 3\n", encoding="utf-8")
    assert run("policy", "check", str(named), cwd=tmp_path).stdout.decode().startswith(f"{named} : valide (")
    assert (
        run("policy", "check", str(named), "--lang", "en", cwd=tmp_path).stdout.decode().startswith(f"{named}: valid (")
    )
    named.write_text("language: fr\nlimit: abc\n", encoding="utf-8")
    wrong = run("policy", "check", str(named), cwd=tmp_path)
    assert wrong.returncode == 2
    assert wrong.stderr.decode() == f"sevenfold: {named} : limit : « abc » n'est pas un nombre entier\n"
