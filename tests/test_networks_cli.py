"""``sevenfold check --network``, ``--reply-to`` and ``--quoting``: per-network lengths, reply judgement, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

LONG = "Nous lançons aujourd'hui notre nouvelle plateforme. " * 7


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args], capture_output=True, timeout=180, env=env, cwd=cwd, check=False
    )


def test_network_option_gives_one_entry_per_network(tmp_path: Path) -> None:
    """--network bluesky,mastodon: two entries, Bluesky over, exit 1; the text format lists both counts."""
    done = run(
        "check", "--offline", "--lang", "fr", "--network", "bluesky,mastodon", "--format", "json", LONG, cwd=tmp_path
    )
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert [(n["network"], n["valid"]) for n in report["networks"]] == [("bluesky", False), ("mastodon", True)]
    text = run("check", "--offline", "--lang", "fr", "--network", "bluesky,mastodon", LONG, cwd=tmp_path)
    assert "Bluesky 364/300" in text.stdout.decode() and "fil proposé pour Bluesky :" in text.stdout.decode()


def test_unknown_network_is_exit_2_naming_the_option_and_known_ones(tmp_path: Path) -> None:
    """One line on stderr, exit 2."""
    done = run("check", "--offline", "--network", "x,myspace", "hello", cwd=tmp_path)
    assert done.returncode == 2
    message = done.stderr.decode().strip().splitlines()
    assert len(message) == 1
    assert "--network" in message[0] and "bluesky, linkedin, mastodon, threads, x" in message[0]


def test_reply_to_from_a_file_and_quoting_as_text(tmp_path: Path) -> None:
    """--reply-to @FILE reads the parent; agreement under a hateful post blocks; alone it would not."""
    parent = tmp_path / "parent.txt"
    parent.write_text("Les immigrés sont des parasites, qu'ils rentrent tous chez eux.\n", encoding="utf-8")
    done = run("check", "--offline", "--lang", "fr", "--format", "json", "--reply-to", f"@{parent}", "Tout à fait !")
    assert done.returncode == 1, done.stderr
    rules = [f["rule"] for f in json.loads(done.stdout)["findings"]]
    assert "risk.reply-amplification" in rules
    quoted = run(
        "check", "--offline", "--lang", "en", "--format", "json", "--quoting", "Our release ships today.", "So true 👏"
    )
    assert quoted.returncode == 0, quoted.stderr
    assert not [f for f in json.loads(quoted.stdout)["findings"] if "reply" in f["rule"]]
