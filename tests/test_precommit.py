"""Sevenfold as a pre-commit hook for another repository, through ``pre-commit try-repo``.

pre-commit builds the hook's virtualenv by pip-installing this repository (package registries are
reachable at install time); the environment is cached in ``$SEVENFOLD_PRECOMMIT_HOME`` (default: a
folder under the user's cache) so later runs reuse it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


@pytest.mark.skipif(not PRE_COMMIT.exists() or shutil.which("git") is None, reason="pre-commit and git are needed")
def test_pre_commit_try_repo_runs_sevenfold_on_drafts(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    (drafts / "posts").mkdir(parents=True)
    _git(drafts, "init", "-q")
    _git(drafts, "config", "user.email", "test@example.invalid")
    _git(drafts, "config", "user.name", "test")
    bad = drafts / "posts" / "launch.md"
    bad.write_text("---\ntitle: Launch\n---\n\nAppelez le 06 12 34 56 78 pour la démo.\n", encoding="utf-8")
    good = drafts / "posts" / "hello.md"
    good.write_text("Hello world, lovely day.\n", encoding="utf-8")
    _git(drafts, "add", ".")
    home = Path(os.environ.get("SEVENFOLD_PRECOMMIT_HOME", Path.home() / ".cache" / "sevenfold-test-pre-commit"))
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1", "PRE_COMMIT_COLOR": "never"}
    env.pop("SEVENFOLD_LANGUAGETOOL_URL", None)

    def try_repo(*files: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(PRE_COMMIT), "try-repo", str(REPO), "sevenfold", "--verbose", "--files", *files],
            cwd=drafts,
            env=env,
            capture_output=True,
            text=True,
            timeout=1500,
            check=False,
        )

    failed = try_repo("posts/launch.md", "posts/hello.md")
    output = failed.stdout + failed.stderr
    assert failed.returncode == 1, output
    assert "privacy.phone-number" in output and "5:12" in output  # the file's line and column

    passed = try_repo("posts/hello.md")
    assert passed.returncode == 0, passed.stdout + passed.stderr
