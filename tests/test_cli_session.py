"""The CLI builds its engine once per run (check, batch, rules, serve), and a new subcommand is one module
listed in ``app.cli.commands.COMMANDS``."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.cli import build_parser, main
from app.cli.commands import COMMANDS
from app.engine import Engine
from app.settings import get_settings


@pytest.fixture
def engines_built(monkeypatch: pytest.MonkeyPatch) -> list[Engine]:
    """Every engine ``Engine.create`` builds during the test."""
    built: list[Engine] = []
    create = Engine.create.__func__  # type: ignore[attr-defined]

    def counting(cls: type[Engine], *args: Any, **kwargs: Any) -> Engine:
        engine: Engine = create(cls, *args, **kwargs)
        built.append(engine)
        return engine

    monkeypatch.setattr(Engine, "create", classmethod(counting))
    return built


@pytest.fixture
def unreachable_languagetool(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Settings with grammar on, LanguageTool configured by URL on a closed port, given up on after 1 s."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("SEVENFOLD_OFFLINE", "false")
    monkeypatch.setenv("SEVENFOLD_LANGUAGETOOL_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("SEVENFOLD_LANGUAGETOOL_START_TIMEOUT", "1")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_check_builds_one_engine_for_all_its_drafts_with_languagetool(
    engines_built: list[Engine],
    unreachable_languagetool: None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("Hello @marie, see you #tomorrow", encoding="utf-8")
    (tmp_path / "b.md").write_text("Merci à toutes et à tous !", encoding="utf-8")
    assert main(["check", "--format", "json", "a.md", "b.md"]) == 0
    out = capsys.readouterr()
    assert "LanguageTool unavailable" in out.err
    reports = json.loads(out.out)
    assert [r["file"] for r in reports] == ["a.md", "b.md"]
    assert all(r["unavailable"] == ["grammar"] for r in reports)
    assert len(engines_built) == 1


def test_batch_builds_one_engine(
    engines_built: list[Engine], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"id": "1", "text": "Hello world"}\n{"id": "2", "text": "Bonjour le monde"}\n', encoding="utf-8")
    assert main(["batch", "--offline", "--no-progress", str(rows)]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == ["1", "2"]
    assert len(engines_built) == 1


def test_serve_builds_one_engine_and_the_app_uses_it(
    engines_built: list[Engine], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    served: list[Any] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **_: served.append(app))
    assert main(["serve", "--offline", "--port", "8123"]) == 0
    with TestClient(served[0]) as client:
        assert client.post("/v1/check", json={"text": "Hello world"}).status_code == 200
        assert client.get("/readyz").json()["engines"]["rules"] == "ready"
    assert len(engines_built) == 1


def test_serve_on_a_port_in_use_is_exit_2_at_once(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    """A port already taken was found by uvicorn after the whole start-up (tens of seconds), then exit 3; it is
    one line and exit 2 before the engine loads."""

    def no_engine(*_: Any, **__: Any) -> Any:
        raise AssertionError("the engine was built before the port was checked")

    monkeypatch.setattr("app.api.main.build_engine", no_engine)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", "--offline", "--port", str(port)]) == 2
    err = capsys.readouterr().err.strip()
    expected = f"cannot listen on 127.0.0.1:{port}: Address already in use (another server? choose one with --port)"
    assert err == f"sevenfold: {expected}"


def test_every_subcommand_comes_from_one_module_of_commands() -> None:
    parser = build_parser()
    choices = next(a for a in parser._actions if a.dest == "command").choices
    assert choices is not None
    assert len(choices) == len(COMMANDS)
    for module in COMMANDS:
        assert callable(module.add_parser) and callable(module.run)
