"""Serving the API with several worker processes, without the Nagle stall uvicorn's own ``--workers`` has.

With ``uvicorn --workers N`` (N > 1) uvicorn binds the listening socket itself (``Config.bind_socket``:
``socket.socket(family=…)``, so ``proto`` is 0) and hands it to the workers. asyncio sets TCP_NODELAY on
an accepted connection only when the socket's ``proto`` is ``IPPROTO_TCP``
(``asyncio.base_events._set_nodelay``; an accepted socket inherits the listener's ``proto``), so those
connections keep Nagle's algorithm. h11 writes a response's head and body in two writes: on a kept-alive
connection the body waits for the client's delayed ACK, ≈ 40 ms per request, even ``GET /healthz``.

``listening_socket`` binds the socket with ``IPPROTO_TCP`` (the sockets travel to the workers with their
``proto``: ``multiprocessing.reduction`` rebuilds them with it), so asyncio's own code sets TCP_NODELAY
on every connection, whatever HTTP implementation uvicorn picks. ``serve_workers`` runs uvicorn's worker
supervisor on that socket. One worker needs none of this: uvicorn then binds through
``loop.create_server(host=…, port=…)``, whose sockets carry ``IPPROTO_TCP`` from ``getaddrinfo``.
"""

from __future__ import annotations

import socket

APP_FACTORY = "app.api.main:create_app"


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` (not yet listening), created with ``IPPROTO_TCP``, inheritable.

    Raises ``OSError`` when the address cannot be bound (in use, not local, unknown host)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
        sock.bind(address)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def serve_workers(host: str, port: int, workers: int, *, log_level: str = "info") -> None:
    """Serve ``create_app()`` from ``workers`` processes sharing one ``listening_socket``, until a signal.

    Each worker builds its application from the environment (``SEVENFOLD_*``), as
    ``uvicorn app.api.main:create_app --factory`` does."""
    from uvicorn import Config
    from uvicorn.supervisors import Multiprocess

    config = Config(
        APP_FACTORY, factory=True, host=host, port=port, workers=workers, log_level=log_level, access_log=False
    )
    sock = listening_socket(host, port)
    try:
        Multiprocess(config, sockets=[sock]).run()
    finally:
        sock.close()
