"""``sevenfold serve --workers N``: every accepted connection has TCP_NODELAY (no Nagle/delayed-ACK stall).

uvicorn's own ``--workers N`` binds its socket with ``proto`` 0, so asyncio never sets TCP_NODELAY on the
connections and each kept-alive response waits ≈ 40 ms for the client's delayed ACK
(``app.api.serving``). These tests start real multi-worker servers on loopback, keep a connection open
after a real request, and read TCP_NODELAY on the *server's* end of that very connection, fetched from
the worker process with ``pidfd_getfd(2)``: a structural check, no timing. The same check on a plain
``uvicorn --workers 2`` reads 0, so it can tell the two apart.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.api.serving import listening_socket
from app.cli import main

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
SYS_PIDFD_GETFD = 438  # the same number on every Linux architecture (5.6+)
START_TIMEOUT = 120.0

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pidfd_getfd(2) is Linux's")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
        return port


@contextlib.contextmanager
def _server(command: list[str]) -> Iterator[subprocess.Popen[bytes]]:
    env = {**os.environ, "SEVENFOLD_OFFLINE": "1", "SEVENFOLD_LANGUAGETOOL_URL": ""}
    proc = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=20)


def _kept_alive_connection(port: int, proc: subprocess.Popen[bytes]) -> socket.socket:
    """A connection that has had one complete ``GET /healthz`` answered and stays open."""
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        assert proc.poll() is None, f"server exited with status {proc.returncode}"
        try:
            conn = socket.create_connection((HOST, port), timeout=10)
        except OSError:
            assert time.monotonic() < deadline, "server did not listen in time"
            time.sleep(0.2)
            continue
        try:
            conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
            data = b""
            while b"\r\n\r\n" not in data or not data.endswith(b"}"):
                chunk = conn.recv(4096)
                if not chunk:
                    raise ConnectionError("closed")
                data += chunk
        except OSError:
            conn.close()
            assert time.monotonic() < deadline, "server did not answer in time"
            time.sleep(0.2)
            continue
        assert data.startswith(b"HTTP/1.1 200"), data[:100]
        return conn


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
    return found


def _pidfd_getfd(pid: int, fd: int) -> int:
    libc = ctypes.CDLL(None, use_errno=True)
    pidfd = os.pidfd_open(pid)
    try:
        copy = int(libc.syscall(SYS_PIDFD_GETFD, pidfd, fd, 0))
    finally:
        os.close(pidfd)
    if copy < 0:
        code = ctypes.get_errno()
        if code in (errno.ENOSYS, errno.EPERM):
            pytest.skip(f"pidfd_getfd(2) unavailable here: {os.strerror(code)}")
        raise OSError(code, os.strerror(code))
    return copy


def _server_side_nodelay(server_pid: int, client: socket.socket) -> int:
    """TCP_NODELAY of the worker's socket whose peer is ``client``."""
    wanted = client.getsockname()
    for pid in [server_pid, *_children(server_pid)]:
        for link in Path(f"/proc/{pid}/fd").iterdir():
            with contextlib.suppress(OSError):
                if not os.readlink(link).startswith("socket:"):
                    continue
                with socket.socket(fileno=_pidfd_getfd(pid, int(link.name))) as copy:
                    if copy.family != socket.AF_INET or copy.type != socket.SOCK_STREAM:
                        continue
                    with contextlib.suppress(OSError):
                        if copy.getpeername() == wanted:
                            return copy.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)
    raise AssertionError("the server's end of the connection was not found in its processes")


def test_serve_with_two_workers_sets_tcp_nodelay_on_accepted_connections() -> None:
    port = _free_port()
    command = [sys.executable, "-m", "app.cli", "serve", "--offline", "--workers", "2", "--host", HOST]
    with _server([*command, "--port", str(port)]) as proc, _kept_alive_connection(port, proc) as conn:
        assert _server_side_nodelay(proc.pid, conn) != 0
        conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")  # still kept alive, still served
        assert conn.recv(4096).startswith(b"HTTP/1.1 200")


def test_the_check_tells_uvicorns_own_workers_apart() -> None:
    """Plain ``uvicorn --workers 2`` (proto-0 socket): Nagle stays on, which is what ``serve`` avoids."""
    port = _free_port()
    command = [sys.executable, "-m", "uvicorn", "app.api.main:create_app", "--factory", "--workers", "2"]
    command += ["--host", HOST, "--port", str(port), "--log-level", "warning"]
    with _server(command) as proc, _kept_alive_connection(port, proc) as conn:
        assert _server_side_nodelay(proc.pid, conn) == 0


def test_listening_socket_is_tcp_and_inheritable() -> None:
    with listening_socket(HOST, 0) as sock:
        assert sock.proto == socket.IPPROTO_TCP
        assert sock.get_inheritable()
        sock.listen()
        with socket.create_connection(sock.getsockname()):
            accepted, _ = sock.accept()
            with accepted:
                assert accepted.proto == socket.IPPROTO_TCP  # what asyncio's _set_nodelay looks at


def test_listening_socket_on_a_taken_port_raises() -> None:
    with listening_socket(HOST, 0) as first:
        first.listen()
        with pytest.raises(OSError):
            listening_socket(HOST, first.getsockname()[1])


def test_several_workers_need_a_shared_languagetool_or_offline(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.settings import get_settings

    monkeypatch.delenv("SEVENFOLD_LANGUAGETOOL_URL", raising=False)
    monkeypatch.delenv("SEVENFOLD_OFFLINE", raising=False)
    get_settings.cache_clear()
    try:
        assert main(["serve", "--workers", "2", "--port", str(_free_port())]) == 2
    finally:
        get_settings.cache_clear()
    err = capsys.readouterr().err
    assert "--workers 2 needs --offline or SEVENFOLD_LANGUAGETOOL_URL" in err
    assert len(err.strip().splitlines()) == 1


def test_workers_must_be_positive(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["serve", "--offline", "--workers", "0"])
    assert exit_info.value.code == 2
    assert "must be at least 1" in capsys.readouterr().err
