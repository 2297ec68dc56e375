"""Provisioning and the LanguageTool process: pom, cache reuse, clear errors, start/stop with no orphan JVM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest

from app.languagetool import cli, provision
from app.languagetool.server import LanguageToolProcess, ServerOptions, free_port, render_properties
from app.settings import Settings

REPO = Path(__file__).resolve().parents[1]


def installed() -> provision.Installation:
    settings = Settings()
    found = provision.install(settings.languagetool_cache_dir, settings.languagetool_version, ("en", "fr"))
    return found


def gone(pid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def wait_healthy(url: str, within: float = 60.0) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/v2/healthcheck", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError("LanguageTool did not come up")


def test_modules_always_include_what_the_server_needs() -> None:
    assert provision.modules_for(["fr", "en-GB"]) == ["ca", "en", "es", "fr", "pt"]
    with pytest.raises(provision.ProvisionError, match="xx"):
        provision.modules_for(["xx"])


def test_pom_excludes_language_all_and_pins_the_plugin() -> None:
    root = ET.fromstring(provision.render_pom("6.8", ["en", "fr"]))
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    artifacts = [a.text for a in root.findall("m:dependencies/m:dependency/m:artifactId", ns)]
    assert artifacts == ["languagetool-server", "language-en", "language-fr"]
    assert root.find(".//m:exclusion/m:artifactId", ns).text == "language-all"  # type: ignore[union-attr]
    plugin = root.find(".//m:plugin/m:version", ns)
    assert plugin is not None and plugin.text == provision.DEPENDENCY_PLUGIN_VERSION


def test_install_reuses_the_cache() -> None:
    installed()
    started = time.monotonic()
    found = installed()
    assert time.monotonic() - started < 2.0
    assert {"en", "fr", "es", "ca", "pt"} <= found.modules
    assert (found.lib / "languagetool-server-6.8.jar").is_file()
    assert not list(found.lib.glob("language-all*"))


def test_missing_java_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(provision.ProvisionError, match="Java 17"):
        provision.install(tmp_path / "cache", "6.8", ["en"])
    assert cli.main(["install", "--cache-dir", str(tmp_path / "cache")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Java" in err[0]


def test_missing_maven_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    java = subprocess.run(["bash", "-c", "command -v java"], capture_output=True, text=True, check=True).stdout.strip()
    (tmp_path / "java").symlink_to(os.path.realpath(java))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(provision.ProvisionError, match="Maven"):
        provision.install(tmp_path / "cache", "6.8", ["en"])


def test_properties_are_tuned_for_short_texts() -> None:
    text = render_properties(ServerOptions())
    for line in (
        "pipelineCaching=true",
        "pipelinePrewarming=false",
        "pipelineExpireTimeInSeconds=86400",
        "skipLoggingChecks=true",
    ):
        assert line in text.splitlines()
    assert "cacheSize=5000" in text


def test_process_listens_on_loopback_only_and_stops_cleanly() -> None:
    process = LanguageToolProcess(installed(), free_port())
    process.start()
    try:
        wait_healthy(process.url)
        assert "--public" not in process.command(Path("x"))
        pid = process.pid
        assert pid is not None
        process.started()
        assert process.rss_bytes() is not None
    finally:
        process.stop()
    assert gone(pid, 10.0)
    assert process.returncode() is not None


def test_no_orphan_when_the_parent_is_killed(tmp_path: Path) -> None:
    script = (
        "import sys, time\n"
        "from app.languagetool.provision import find_installation\n"
        "from app.languagetool.server import LanguageToolProcess, free_port\n"
        "from app.settings import Settings\n"
        "s = Settings()\n"
        "p = LanguageToolProcess(find_installation(s.languagetool_cache_dir, s.languagetool_version), free_port())\n"
        "p.start()\n"
        "print(p.pid, flush=True)\n"
        "time.sleep(120)\n"
    )
    installed()
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    jvm = int(parent.stdout.readline())
    os.kill(jvm, 0)
    parent.kill()  # SIGKILL: no atexit, no cleanup in Python
    parent.wait()
    assert gone(jvm, 10.0), "the JVM outlived its parent"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_languagetool_start_stops_on_signal(sig: signal.Signals) -> None:
    installed()
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from app.languagetool.cli import main; sys.exit(main(['start']))"],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "SEVENFOLD_LANGUAGETOOL_URL": ""},
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert "ready at http://127.0.0.1:" in line
    url = line.split("ready at ")[1].split()[0]
    port = int(url.rsplit(":", 1)[1])
    jvm = int(
        subprocess.run(
            ["bash", "-c", f"ss -ltnpH 'sport = :{port}' | grep -o 'pid=[0-9]*' | head -1"],
            capture_output=True,
            text=True,
            check=False,
        )
        .stdout.strip()
        .removeprefix("pid=")
        or 0
    )
    proc.send_signal(sig)
    assert proc.wait(timeout=30) == 0
    if jvm:
        assert gone(jvm, 10.0)
    with pytest.raises(httpx.HTTPError):
        httpx.get(f"{url}/v2/healthcheck", timeout=1.0)
