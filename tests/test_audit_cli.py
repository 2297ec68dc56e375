"""``sevenfold audit`` as a person runs it: outputs, one-line errors (exit 2) for what cannot be audited, and
a real Ctrl-C (SIGINT) in the middle of an audit on 2 jobs, then ``--resume``: the output is the same as an
uninterrupted run."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.audit_archives import bluesky_car, mastodon_zip, outbox, samples, tweet_entry, tweets_js, twitter_zip

REPO = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "SEVENFOLD_OFFLINE": "true", "PYTHONPATH": str(REPO)}


def sevenfold(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], cwd=cwd, env=ENV, capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize("kind", ["x", "mastodon", "bluesky"])
def test_audit_each_network_to_jsonl(tmp_path: Path, kind: str) -> None:
    if kind == "x":
        path = twitter_zip(tmp_path / "twitter.zip", samples(7))
    elif kind == "mastodon":
        path = mastodon_zip(tmp_path / "archive.zip", samples(7))
    else:
        path, _ = bluesky_car(tmp_path / "repo.car", samples(7))
    run = sevenfold("audit", path.name, "--format", "jsonl", "--jobs", "1", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(lines) == 6
    assert {line["post"]["network"] for line in lines} == {kind}
    assert any(f["rule"] == "risk.profanity" for line in lines for f in line["report"]["findings"])
    assert "posts a recruiter would notice" in run.stderr or "post a recruiter would notice" in run.stderr
    skipped = {"x": "skipped: retweets (1)", "mastodon": "skipped: boosts (1)"}.get(kind)
    assert skipped is None or f"sevenfold: {skipped}" in run.stderr.splitlines(), run.stderr  # not "1 boosts"


def test_audit_writes_the_html_report_by_default(tmp_path: Path) -> None:
    twitter_zip(tmp_path / "twitter-2024.zip", samples(7))
    run = sevenfold("audit", "twitter-2024.zip", "-j", "1", "--ui", "fr", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    page = (tmp_path / "twitter-2024-audit.html").read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and '<html lang="fr">' in page
    assert "sevenfold: écrit : twitter-2024-audit.html" in run.stderr.splitlines()  # --ui fr: stderr in French too


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda d: (d / "notes.txt").write_text("hello", encoding="utf-8"), "unknown format"),
        (lambda d: (d / "notes.txt").write_bytes(b""), "empty"),
        (lambda d: None, "no such file"),
    ],
)
def test_what_cannot_be_audited_is_one_line_and_exit_2(tmp_path: Path, setup: object, expected: str) -> None:
    setup(tmp_path)  # type: ignore[operator]
    run = sevenfold("audit", "notes.txt", "-j", "1", cwd=tmp_path)
    assert run.returncode == 2
    assert expected in run.stderr and len(run.stderr.strip().splitlines()) == 1
    assert "Traceback" not in run.stderr


def test_ui_fr_says_everything_on_stderr_in_french(tmp_path: Path) -> None:
    """``--ui fr`` gave a French HTML report but English notes on standard error (the summary, what was skipped,
    what could not be read, where the output went, why an archive cannot be audited): all French now."""
    twitter_zip(tmp_path / "cut.zip", samples(7), mangle=lambda name, text: text[: len(text) * 2 // 3])
    run = sevenfold("audit", "cut.zip", "-j", "1", "--ui", "fr", "--format", "jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert run.returncode == 1, run.stderr
    lines = run.stderr.splitlines()
    assert any(re.fullmatch(r"sevenfold: \d+ publications auditées \(\d+ prêtes?, \d+ à relire, \d+ bloquées?\), "
                            r"0 non relue", line) for line in lines), lines  # fmt: skip
    assert any(line.startswith("sevenfold: l'archive n'a pas pu être lue en entier : data/tweets.js : le fichier "
                               "s'arrête") and "caractère" in line for line in lines), lines  # fmt: skip
    assert "sevenfold: écrit : out.jsonl" in lines
    twitter_zip(tmp_path / "twitter.zip", samples(7))
    whole = sevenfold("audit", "twitter.zip", "-j", "1", "--ui", "fr", "--format", "jsonl", cwd=tmp_path)
    assert "sevenfold: ignorées : retweets (1)" in whole.stderr.splitlines(), whole.stderr
    for word in ("post(s)", "audited", "skipped", "could not", "wrote", "not reviewed"):
        assert word not in run.stderr + whole.stderr, word
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    for args, said in [
        (["notes.txt"], "sevenfold: notes.txt : format inconnu (attendu : une archive X/Twitter"),
        (["nosuch.zip"], "sevenfold: nosuch.zip : fichier ou dossier introuvable"),
        (["notes.txt", "-j", "0"], "sevenfold: --jobs doit valoir au moins 1"),
    ]:
        bad = sevenfold("audit", *args, "--ui", "fr", cwd=tmp_path)
        assert bad.returncode == 2 and bad.stderr.startswith(said), bad.stderr
        assert len(bad.stderr.strip().splitlines()) == 1


def test_zip_bomb_and_wrong_json_exit_2(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", "window.YTD.tweets.part0 = [" + " " * (30 * 1024**2) + "]")
    run = sevenfold("audit", "bomb.zip", "-j", "1", "--format", "jsonl", cwd=tmp_path)
    assert run.returncode == 2 and "zip bomb" in run.stderr and "Traceback" not in run.stderr
    with zipfile.ZipFile(tmp_path / "wrong.zip", "w") as zf:
        zf.writestr("data/tweets.js", '{"not": "tweets"}')
    run = sevenfold("audit", "wrong.zip", "-j", "1", "--format", "jsonl", cwd=tmp_path)
    assert run.returncode == 2 and "window.YTD.tweets.part0" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_an_archive_that_cannot_be_read_leaves_no_checkpoint_behind(tmp_path: Path) -> None:
    """An outbox.json without its list of posts (and a tweets.js that is not one) stopped the audit with exit 2
    but left ``outbox.json.sevenfold-checkpoint`` (a header, no result) in the working directory: one was found
    in the repository after a manual run. The checkpoint is written with the first result now."""
    (tmp_path / "outbox.json").write_text('{"orderedItems": 5}', encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "wrong.zip", "w") as zf:
        zf.writestr("data/tweets.js", '{"not": "tweets"}')
    for name, said in [("outbox.json", "orderedItems"), ("wrong.zip", "window.YTD.tweets.part0")]:
        for ui in ("en", "fr"):
            run = sevenfold("audit", name, "-j", "1", "--format", "jsonl", "--ui", ui, cwd=tmp_path)
            assert run.returncode == 2 and said in run.stderr and "Traceback" not in run.stderr, run.stderr
            assert not list(tmp_path.glob("*.sevenfold-checkpoint")), name
    twitter_zip(tmp_path / "twitter.zip", samples(7))
    (tmp_path / "twitter.zip.sevenfold-checkpoint").write_bytes(b"an earlier run's, replaced by a fresh audit")
    run = sevenfold("audit", "twitter.zip", "-j", "1", "--format", "jsonl", cwd=tmp_path)
    assert run.returncode == 0 and len(run.stdout.splitlines()) == 6, run.stderr
    assert not list(tmp_path.glob("*.sevenfold-checkpoint"))


def test_truncated_archive_reports_what_it_read_and_exits_1(tmp_path: Path) -> None:
    twitter_zip(tmp_path / "cut.zip", samples(7), mangle=lambda name, text: text[: len(text) * 2 // 3])
    run = sevenfold("audit", "cut.zip", "-j", "1", "--format", "jsonl", cwd=tmp_path)
    assert run.returncode == 1
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert lines[-1]["problem"]["source"] == "data/tweets.js"
    assert len(lines) > 2
    assert "data/tweets.js: the file ends" in run.stderr and "at character" in run.stderr


def test_sigint_then_resume_loses_nothing(tmp_path: Path) -> None:
    twitter_zip(tmp_path / "big.zip", samples(1500), parts=3)
    whole = sevenfold("audit", "big.zip", "-j", "2", "--format", "jsonl", "-o", "whole.jsonl", cwd=tmp_path)
    assert whole.returncode == 0, whole.stderr
    expected = (tmp_path / "whole.jsonl").read_text(encoding="utf-8")

    checkpoint = tmp_path / "big.zip.sevenfold-checkpoint"
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "audit", "big.zip", "-j", "2", "--format", "jsonl", "-o", "part.jsonl"],
        cwd=tmp_path,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl-C as a terminal gives it: a test run as a background job (`pytest … &`) ignores SIGINT, and an
        # ignored signal stays ignored across exec, so the audit never heard it (and ran to the end)
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if checkpoint.exists() and checkpoint.stat().st_size > 50_000:  # some results saved, not all
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the audit ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "--resume" in err and "Traceback" not in err
    assert checkpoint.exists()
    partial = (tmp_path / "part.jsonl").read_text(encoding="utf-8").splitlines()
    assert 0 < len(partial) < len(expected.splitlines())

    resumed = sevenfold(
        "audit", "big.zip", "-j", "2", "--format", "jsonl", "-o", "part.jsonl", "--resume", cwd=tmp_path
    )
    assert resumed.returncode == 0, resumed.stderr
    assert (tmp_path / "part.jsonl").read_text(encoding="utf-8") == expected
    assert not checkpoint.exists()


def test_batch_jobs_gives_the_one_job_output(tmp_path: Path) -> None:
    rows = ["text,language"] + [
        f'"{text}",{lang}'
        for text, lang in [
            ("What a fucking disaster", "en"),
            ("Bonjour à tous", "fr"),
            ("", "en"),
            ("Call 06 12 34 56 78", "en"),
        ]
        * 20
    ]
    (tmp_path / "calendar.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    one = sevenfold("batch", "calendar.csv", "--format", "jsonl", cwd=tmp_path)
    two = sevenfold("batch", "calendar.csv", "--format", "jsonl", "--jobs", "2", cwd=tmp_path)
    assert one.returncode == two.returncode == 1  # empty rows are reported as not checked
    assert two.stdout == one.stdout
    assert len(two.stdout.splitlines()) == 80
    assert "row 3: not checked" in two.stderr


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    import pty

    twitter_zip(tmp_path / "twitter.zip", samples(40))
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "audit", "twitter.zip", "-j", "1", "--format", "jsonl", "-o", "out.jsonl"],
        cwd=tmp_path,
        env={**ENV, "COLUMNS": "100", "TERM": "xterm"},
        stdout=subprocess.DEVNULL,
        stderr=follower,
    )
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed: the command ended
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert proc.wait(timeout=300) == 0
    assert b"reviewing" in seen and b"/35" in seen  # a rich progress bar, with the total counted first
    quiet = sevenfold("audit", "twitter.zip", "-j", "1", "--format", "jsonl", "-o", "out2.jsonl", cwd=tmp_path)
    assert "reviewing" not in quiet.stderr


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the workers through /proc")
def test_a_worker_killed_mid_batch_loses_no_row_and_the_rest_is_reviewed(tmp_path: Path) -> None:
    """A worker of ``batch --jobs 2`` killed (out of memory, a user's kill; a failed start does the same) broke the
    pool: a Python traceback (BrokenProcessPool) and no line for the rows not yet written (session 16); then every
    later row said 'internal error (a worker process stopped abruptly)' (session 17: the pool was never rebuilt).
    A new pool now takes over: every row is reviewed, in order, exit 0, and a note says a worker was replaced."""
    rows = ["text"] + [f"Post number {i}, see you at the meetup" for i in range(3000)]
    (tmp_path / "calendar.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.cli", "batch", "calendar.csv", "--jobs", "2", "-o", "out.jsonl"],
        cwd=tmp_path,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out = tmp_path / "out.jsonl"
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None and not (out.exists() and out.stat().st_size):
        time.sleep(0.05)
    workers = [p for p in _children(proc.pid) if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]
    assert proc.poll() is None and workers, "the batch ended before a worker could be stopped"
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=300)
    assert "Traceback" not in err and "BrokenProcessPool" not in err, err
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["row"] for line in lines] == list(range(1, 3001))  # none lost, in order
    assert all("report" in line for line in lines), [line for line in lines if "report" not in line][:3]
    assert proc.returncode == 0, err
    assert "3000 row(s): 3000 checked" in err
    assert "a worker process stopped abruptly (killed, or out of memory): new workers reviewed its drafts again" in err


def test_malformed_json_near_the_end_of_a_small_file_is_not_called_truncated(tmp_path: Path) -> None:
    """'[ {tweet: nope} ]' (an unquoted key) was reported as 'the file ends inside an item (truncated)': the
    decoder's error fell within 64 characters of the end of a small file. Only an error at the very end (or an
    unterminated string) is a truncation; this is malformed JSON, said where, in --ui's language."""
    with zipfile.ZipFile(tmp_path / "bad.zip", "w") as zf:
        zf.writestr("data/tweets.js", "window.YTD.tweets.part0 = [ {tweet: nope} ]")
    english = sevenfold("audit", "bad.zip", "-j", "1", "--format", "jsonl", cwd=tmp_path)
    assert english.returncode == 1 and "truncated" not in english.stderr
    assert "data/tweets.js: malformed JSON (Expecting property name enclosed in double quotes) at character 30" in (
        english.stderr
    )
    french = sevenfold("audit", "bad.zip", "-j", "1", "--format", "jsonl", "--ui", "fr", cwd=tmp_path)
    assert "data/tweets.js : JSON mal formé (nom de clé attendu, entre guillemets doubles), caractère 30" in (
        french.stderr
    )


def _wrong_types_x(name: str, text: str) -> str:
    """tweets.js whose entries hold values of the wrong type, as a hand-edited or converted export may."""
    head, _, body = text.partition("= ")
    entries = json.loads(body)
    entries[0]["tweet"]["full_text"] = 12345
    entries[1]["tweet"]["full_text"] = ["a", "list"]
    entries[2]["tweet"]["id_str"] = entries[2]["tweet"]["id"] = None
    entries[3]["tweet"]["created_at"] = ["Wed Oct 10"]  # a wrong date: the post is reviewed, without a date
    entries.append(42)
    return head + "= " + json.dumps(entries)


def _wrong_types_mastodon(name: str, text: str) -> str:
    document = json.loads(text)
    items = document["orderedItems"]
    items[0]["object"]["content"] = 7
    items[0]["object"]["contentMap"] = None
    items[1]["object"]["id"] = items[1]["id"] = ["x"]
    items.append("an activity as a string")
    return json.dumps(document)


def test_entries_of_the_wrong_type_are_skipped_with_the_field_and_what_it_holds(tmp_path: Path) -> None:
    """An archive whose tweets held a number or a list as their text, or a null id, was counted as skipped
    'no text (media only)' or 'not a tweet': misleading. Each skipped entry now names the field and what it
    holds, in --ui's language (or --lang fr's), and no post is lost: skipped + reviewed = entries."""
    twitter_zip(tmp_path / "x.zip", samples(7), mangle=_wrong_types_x)
    english = sevenfold("audit", "x.zip", "-j", "1", "--format", "jsonl", cwd=tmp_path)
    assert english.returncode == 0, english.stderr
    reviewed = [json.loads(line) for line in english.stdout.splitlines()]
    assert len(reviewed) == 7 - 3 - 1  # 7 entries, 3 of the wrong type, 1 retweet (the added 42 is an 8th)
    assert any(line["post"]["created"] is None for line in reviewed)  # the post with a list for a date is kept
    assert (
        "sevenfold: skipped: 'full_text' is a list, not text (1), 'full_text' is a number, not text (1), "
        "'id_str' is null, not an id (1), not a tweet (a number) (1), retweets (1)"
    ) in english.stderr.splitlines(), english.stderr
    french = sevenfold("audit", "x.zip", "-j", "1", "--format", "jsonl", "--lang", "fr", cwd=tmp_path)
    assert (
        "sevenfold: ignorées : « full_text » contient une liste, pas du texte (1), « full_text » contient un nombre, "
        "pas du texte (1), « id_str » contient null, pas un identifiant (1), pas un tweet (un nombre) (1), "
        "retweets (1)"
    ) in french.stderr.splitlines(), french.stderr
    page = sevenfold("audit", "x.zip", "-j", "1", "--ui", "fr", "-o", "x.html", cwd=tmp_path)
    assert page.returncode == 0, page.stderr
    assert "« full_text » contient un nombre, pas du texte (1)" in (tmp_path / "x.html").read_text(encoding="utf-8")
    mastodon_zip(tmp_path / "m.zip", samples(7), mangle=_wrong_types_mastodon)
    toots = sevenfold("audit", "m.zip", "-j", "1", "--format", "jsonl", cwd=tmp_path)
    assert len(toots.stdout.splitlines()) == 7 - 2 - 1, toots.stderr
    assert (
        "sevenfold: skipped: 'content' is a number, not text (1), 'id' is a list, not an id (1), boosts (1), "
        "not an activity (a string) (1)"
    ) in toots.stderr.splitlines(), toots.stderr


def test_an_archive_saved_in_utf16_or_utf32_is_read_as_its_utf8_twin(tmp_path: Path) -> None:
    """An outbox.json or tweets.js re-saved by a Windows editor (UTF-16 with its BOM, UTF-16 LE without one, UTF-32)
    answered "unknown format" (alone) or "not valid UTF-8" (in a zip): read as the UTF-8 file is, same posts, same
    spans (offsets count characters, not bytes)."""
    posts = samples(7)
    outbox_text = json.dumps(outbox(posts), indent=2, ensure_ascii=False)
    tweets_text = tweets_js([tweet_entry(i, s) for i, s in enumerate(posts)])

    def audited(name: str) -> list[object]:
        run = sevenfold("audit", name, "-j", "1", "--format", "jsonl", "--ui", "fr", cwd=tmp_path)
        assert run.returncode == 0 and "Traceback" not in run.stderr, (name, run.stderr)
        return [(line["post"]["id"], line["report"]["findings"]) for line in map(json.loads, run.stdout.splitlines())]

    (tmp_path / "outbox.json").write_text(outbox_text, encoding="utf-8")
    (tmp_path / "tweets.js").write_text(tweets_text, encoding="utf-8")
    mastodon, twitter = audited("outbox.json"), audited("tweets.js")
    assert len(mastodon) == len(twitter) == 6
    (tmp_path / "outbox.json").write_bytes(outbox_text.encode("utf-16"))
    assert audited("outbox.json") == mastodon
    (tmp_path / "tweets.js").write_bytes(tweets_text.encode("utf-16-le"))
    assert audited("tweets.js") == twitter
    with zipfile.ZipFile(tmp_path / "archive.zip", "w") as zf:
        zf.writestr("outbox.json", outbox_text.encode("utf-32"))
    assert audited("archive.zip") == mastodon


def test_a_malformed_post_in_the_middle_loses_no_post_after_it(tmp_path: Path) -> None:
    """(U, session 26) ``sevenfold audit`` on an X archive whose third entry was hand-edited into bad JSON reviewed the
    first two and stopped: the entry is now skipped and said (one line, file and position, in --ui's language), every
    later post is reviewed, exit 1 (not all of the archive could be read), no traceback."""
    entries = [tweet_entry(i, s) for i, s in enumerate(samples(5))]
    text = tweets_js(entries).replace('"id_str": "1002"', '"id_str": "1002" oops', 1)
    with zipfile.ZipFile(tmp_path / "x.zip", "w") as zf:
        zf.writestr("data/tweets.js", text)
    result = sevenfold("audit", "x.zip", "-j", "1", "--format", "jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["post"]["id"] for line in lines if "post" in line] == ["1000", "1001", "1003", "1004"]
    said = [line for line in result.stderr.splitlines() if "could not read all" in line]
    assert len(said) == 1 and re.search(
        r"data/tweets\.js: an item skipped, malformed JSON \(Expecting ',' delimiter\) at character \d+ \(line \d+\)",
        said[0],
    ), result.stderr
    french = sevenfold("audit", "x.zip", "-j", "1", "--format", "jsonl", "--ui", "fr", "-o", "fr.jsonl", cwd=tmp_path)
    assert "data/tweets.js : un élément sauté, JSON mal formé (« , » attendue), caractère" in french.stderr


def test_the_french_html_report_names_the_turns_as_the_other_doors_do(tmp_path: Path) -> None:
    """The French report's chart, legend and filter called the turns « risque », « données » and « usages » where the
    form, the CLI and the rule catalogue say « risques », « données personnelles » and « savoir-vivre » (app/texts.py),
    and its chart's bar titles read « 2019-03 · ton: 1 » with no space before the colon. English is unchanged."""
    twitter_zip(tmp_path / "x.zip", samples(7))
    french = sevenfold("audit", "x.zip", "-j", "1", "--ui", "fr", "-o", "fr.html", cwd=tmp_path)
    assert french.returncode == 0, french.stderr
    page = (tmp_path / "fr.html").read_text(encoding="utf-8")
    legend = re.findall(r'<span class="swatch fam-(\w+)"></span>([^<]+)</li>', page)
    assert ("risk", "risques") in legend and ("privacy", "données personnelles") in legend, legend
    assert ("etiquette", "savoir-vivre") in legend, legend
    assert '<option value="privacy">données personnelles</option>' in page
    titles = re.findall(r"<title>(\d{4}-\d\d · [^<]+)</title>", page)
    assert titles and all(re.fullmatch(r"\d{4}-\d\d · [^:]+ : \d+", t) for t in titles), titles
    assert not re.search(r">(usages|données|risque)<", page)
    english = sevenfold("audit", "x.zip", "-j", "1", "-o", "en.html", cwd=tmp_path)
    assert english.returncode == 0, english.stderr
    page = (tmp_path / "en.html").read_text(encoding="utf-8")
    assert ("privacy", "privacy") in re.findall(r'<span class="swatch fam-(\w+)"></span>([^<]+)</li>', page)
    titles = re.findall(r"<title>(\d{4}-\d\d · [^<]+)</title>", page)
    assert titles and all(re.fullmatch(r"\d{4}-\d\d · \w+: \d+", t) for t in titles), titles
