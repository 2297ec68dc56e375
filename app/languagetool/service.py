"""The grammar service: one LanguageTool (supervised here, or reached by URL) behind the grammar turn.

``GrammarService`` owns the life of LanguageTool for a Sevenfold process:

- supervised (no ``SEVENFOLD_LANGUAGETOOL_URL``): starts the provisioned server on a free loopback
  port, waits for ``/v2/healthcheck``, warms each language with one check, then says ready; a
  watcher notices when the JVM dies or stops answering and restarts it with a capped back-off, so
  grammar comes back without restarting Sevenfold; ``stop()`` leaves no JVM behind;
- by URL: probes and warms the existing server, and re-probes it when it goes away.

Once warm, either way, ``probe_stall`` times a few requests on a kept-alive connection against fresh
connections: a server that stalls kept-alive connections (the JDK HTTP server without TCP_NODELAY,
~40 ms per check) is logged and named in ``/readyz`` (``connection()``), and the client switches to
fresh connections if even its quick-ACK connections stall.

``check`` sends a draft (annotated for tweets, see ``client.py``) and returns ``GrammarMatch``
values in code points, with entities, lone emoji and accepted vocabulary filtered out; it raises
``EngineUnavailable`` whenever LanguageTool is not ready, slow or answering an error.
Draft text is never logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.kinds.base import EngineUnavailable
from app.languagetool.client import (
    QUICK_ACK_AVAILABLE,
    AnnotationPiece,
    GrammarMatch,
    LanguageToolClient,
    LanguageToolError,
    StallProbe,
    accepted_spans,
    annotate,
    keep_match,
)
from app.languagetool.provision import JAVA_MIN_MAJOR, Installation, find_installation, java_major
from app.languagetool.server import LanguageToolProcess, ServerOptions, free_port

if TYPE_CHECKING:
    from app.domain import Draft
    from app.settings import Settings

log = logging.getLogger("sevenfold.languagetool")

# Variants used when a draft names only a base language (LanguageTool's "en" has no speller).
DEFAULT_VARIANTS: dict[str, str] = {
    "en": "en-US",
    "fr": "fr",
    "de": "de-DE",
    "es": "es",
    "pt": "pt-PT",
    "it": "it",
    "nl": "nl",
    "ca": "ca-ES",
}
WARM_UP_TEXTS: dict[str, str] = {
    "en": "This is a smal test of the the grammar checker.",
    "fr": "Ceci est un petit tesst de la correcteur.",
    "de": "Das ist ein kleiner Tesst der Grammatik.",
    "es": "Esto es una pequeña prueva.",
    "pt": "Isto é um pequeno testte.",
    "it": "Questo è un piccolo tesst.",
    "nl": "Dit is een kleine tesst.",
    "ca": "Això és una petita provva.",
}
HEALTH_INTERVAL = 10.0
HEALTH_FAILURES_BEFORE_RESTART = 3
MAX_BACKOFF = 30.0
STABLE_AFTER = 60.0
WARM_UP_TRIES = 3  # a warm-up check that fails is tried again on the same JVM before it is restarted


@dataclass
class ServiceStats:
    """What the service measured: start-up to ready, restarts, memory (for /readyz and the benchmark)."""

    starts: int = 0
    restarts: int = 0
    last_start_to_ready: float | None = None
    ready_since: float | None = None
    pid: int | None = None
    history: list[float] = field(default_factory=list)


class GrammarService:
    """LanguageTool for the grammar turn: start, supervise, check, stop."""

    def __init__(
        self,
        *,
        url: str | None,
        languages: Sequence[str],
        version: str,
        cache_dir: Path | str,
        check_timeout: float,
        start_timeout: float = 120.0,
        options: ServerOptions | None = None,
        port: int | None = None,
        quick_ack: bool = QUICK_ACK_AVAILABLE,
    ) -> None:
        self.port = port
        self.quick_ack = quick_ack
        self.external_url = url.rstrip("/") if url else None
        self.configured = tuple(dict.fromkeys(code.split("-")[0].lower() for code in languages))
        self.version = version
        self.cache_dir = Path(cache_dir).expanduser()
        self.check_timeout = check_timeout
        self.start_timeout = start_timeout
        self.options = options or ServerOptions()
        self.stats = ServiceStats()
        self._client: LanguageToolClient | None = None
        self._process: LanguageToolProcess | None = None
        self._ready = False
        self._reason: str | None = "LanguageTool not started"
        self._long_codes: frozenset[str] = frozenset()
        self._bases: frozenset[str] = frozenset()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._poked = False
        self.probe: StallProbe | None = None
        self._connection: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> GrammarService:
        """A service configured from ``Settings`` (URL, version, languages, heap, timeouts)."""
        # the engine gives a review grammar_timeout seconds; answer (or give up) a little before that
        check_timeout = max(0.5, settings.grammar_timeout * 0.9)
        options = ServerOptions(heap=settings.languagetool_heap)
        return cls(
            url=settings.languagetool_url,
            languages=settings.languagetool_languages,
            version=settings.languagetool_version,
            cache_dir=settings.languagetool_cache_dir,
            check_timeout=check_timeout,
            start_timeout=settings.languagetool_start_timeout,
            options=options,
        )

    # -- state --------------------------------------------------------------------------------

    @property
    def url(self) -> str | None:
        """The LanguageTool base URL in use (None before a supervised server has a port)."""
        if self.external_url:
            return self.external_url
        return self._process.url if self._process is not None else None

    @property
    def process(self) -> LanguageToolProcess | None:
        """The supervised JVM, if any (fault tests kill it)."""
        return self._process

    def installation(self) -> Installation | None:
        """The provisioned LanguageTool in the cache, if any."""
        return find_installation(self.cache_dir, self.version)

    def status(self) -> tuple[bool, str | None]:
        """(ready?, reason when not) for /readyz."""
        return (True, None) if self._ready else (False, self._reason or "LanguageTool not ready")

    def connection(self) -> str | None:
        """How checks reach LanguageTool and why (the stall probe's verdict and figures), once probed."""
        return self._connection

    def languages(self) -> frozenset[str]:
        """Base codes the grammar turn checks here: configured ones LanguageTool has (or will have)."""
        if self._bases:
            return frozenset(c for c in self.configured if c in self._bases)
        if self.external_url is None:
            installed = self.installation()
            if installed is not None:
                return frozenset(c for c in self.configured if c in installed.modules)
        return frozenset(self.configured)

    def language_code(self, language: str, variant: str) -> str | None:
        """The LanguageTool code for a draft: its variant if the server has it, else the base's default."""
        codes = self._long_codes
        for candidate in (variant, DEFAULT_VARIANTS.get(language), language):
            if candidate and (not codes or candidate in codes):
                return candidate
        return None

    def _set_ready(self) -> None:
        self._ready = True
        self._reason = None

    def _set_not_ready(self, reason: str) -> None:
        self._ready = False
        self._reason = reason

    # -- lifecycle ----------------------------------------------------------------------------

    async def start(self, wait: bool = False) -> None:
        """Start supervising (or connect to the URL); with ``wait`` return once ready or failed."""
        if self._task is None or self._task.done():
            self._stopping = False
            runner = self._run_remote() if self.external_url else self._run_supervised()
            self._task = asyncio.get_running_loop().create_task(runner, name="languagetool-supervisor")
        if wait:
            await self.wait_ready(self.start_timeout)

    async def wait_ready(self, timeout: float) -> bool:
        """Wait until ready (True) or ``timeout`` seconds (False); safe from any event loop."""
        deadline = time.monotonic() + timeout
        while not self._ready:
            if time.monotonic() >= deadline or self._stopping:
                return self._ready
            await asyncio.sleep(0.05)
        return True

    async def stop(self) -> None:
        """Stop supervising, stop the JVM (no orphan), close the HTTP client."""
        self._stopping = True
        self._set_not_ready("LanguageTool stopped")
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        process, self._process = self._process, None
        if process is not None:
            await asyncio.to_thread(process.stop)
        if self._client is not None:
            await self._client.aclose()

    def stop_now(self) -> None:
        """Synchronous last-resort stop (signal handlers, atexit): kill the JVM."""
        self._stopping = True
        self._set_not_ready("LanguageTool stopped")
        if self._process is not None:
            self._process.stop(grace=2.0)

    # -- checking -----------------------------------------------------------------------------

    async def check(
        self,
        draft: Draft,
        accepted: frozenset[str],
        *,
        disabled_rules: Sequence[str] = (),
        level: str = "default",
    ) -> list[GrammarMatch]:
        """Grammar matches for ``draft`` in code points; ``EngineUnavailable`` when LanguageTool cannot answer."""
        client = self._client
        if not self._ready or client is None:
            raise EngineUnavailable(self._reason or "LanguageTool not ready")
        code = self.language_code(draft.language, draft.variant)
        if code is None:
            raise EngineUnavailable(f"LanguageTool here has no '{draft.language}'")
        pieces: list[AnnotationPiece] = draft.memo("languagetool.pieces", lambda: annotate(draft.text, draft.entities))
        try:
            matches = await client.check(
                draft.text, code, pieces=pieces, disabled_rules=disabled_rules, level=level, timeout=self.check_timeout
            )
        except LanguageToolError as exc:
            if "unreachable" in str(exc):
                self._poked = True
                process = self._process
                if process is not None and not process.alive():
                    self._set_not_ready(f"LanguageTool exited (code {process.returncode()}); restarting")
            raise
        entity_spans = draft.entity_spans
        accepted_at = accepted_spans(draft.text, accepted) if accepted else []
        return [m for m in matches if keep_match(m, draft.text, entity_spans, accepted, accepted_at)]

    # -- supervision --------------------------------------------------------------------------

    async def _load_languages(self, client: LanguageToolClient) -> None:
        items = await client.languages(timeout=10.0)
        self._long_codes = frozenset(i.get("longCode", "") for i in items) | frozenset(i.get("code", "") for i in items)
        self._bases = frozenset(i.get("code", "").split("-")[0] for i in items)

    async def _warm_up(self, client: LanguageToolClient, process: LanguageToolProcess | None = None) -> None:
        """One check per language, each tried up to ``WARM_UP_TRIES`` times on the same server: on a loaded machine
        the first check of a language (which loads its models) can outlast LanguageTool's own check limit ("Checking
        took longer than 30.0 seconds") or the client's wait, and the next one, models loaded, is fast. Restarting
        the JVM instead began the same slow first check again, in a loop that never became ready (session 25)."""
        for base in sorted(self.languages()):
            code = self.language_code(base, DEFAULT_VARIANTS.get(base, base))
            if code is None:
                continue
            self._reason = f"warming up LanguageTool ({code})"
            text = WARM_UP_TEXTS.get(base, "Test.")
            for attempt in range(1, WARM_UP_TRIES + 1):
                try:
                    await client.check(text, code, pieces=annotate(text), timeout=max(60.0, self.check_timeout))
                    break
                except LanguageToolError as exc:
                    if attempt == WARM_UP_TRIES or (process is not None and not process.alive()):
                        raise
                    log.warning("warming up LanguageTool (%s): %s; trying again on the same server", code, exc)

    async def _probe(self, client: LanguageToolClient) -> None:
        """Time kept-alive against fresh connections; pick the mode that does not stall, and say so."""
        self._reason = "probing LanguageTool's connections"
        probe = await client.probe_stall(timeout=max(10.0, self.check_timeout))
        await client.set_mode(probe.mode)
        self.probe = probe
        self._connection = probe.summary()
        if probe.server_stalls:
            log.warning("%s", self._connection)
        else:
            log.info("LanguageTool connection: %s", self._connection)

    async def _wait_healthy(self, process: LanguageToolProcess, client: LanguageToolClient) -> bool:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if not process.alive():
                return False
            try:
                await client.healthcheck(timeout=2.0)
                return True
            except LanguageToolError:
                await asyncio.sleep(0.1)
        return False

    async def _watch(self, process: LanguageToolProcess | None, client: LanguageToolClient) -> str:
        """Return (with a reason) when the JVM exits or stops answering its health check."""
        failures = 0
        next_health = time.monotonic() + HEALTH_INTERVAL
        while not self._stopping:
            if process is not None and not process.alive():
                return f"LanguageTool exited (code {process.returncode()}); restarting"
            now = time.monotonic()
            if self._poked or now >= next_health:
                self._poked = False
                next_health = now + HEALTH_INTERVAL
                try:
                    await client.healthcheck(timeout=5.0)
                    failures = 0
                    if not self._ready:
                        self._set_ready()
                except LanguageToolError as exc:
                    if process is not None and not process.alive():
                        continue
                    failures += 1
                    if failures >= HEALTH_FAILURES_BEFORE_RESTART or process is None:
                        return f"{exc}; {'restarting' if process is not None else 'retrying'}"
                    next_health = now + 1.0
            await asyncio.sleep(0.1)
        return "LanguageTool stopped"

    async def _run_supervised(self) -> None:
        backoff = 0.5
        while not self._stopping:
            started = await self._start_ready()
            if started is None:
                await asyncio.sleep(min(backoff, MAX_BACKOFF))
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            process, client, ready_at = started
            reason = await self._watch(process, client)
            if self._stopping:
                break
            self._set_not_ready(reason)
            log.warning("%s", reason)
            self.stats.restarts += 1
            await asyncio.to_thread(process.stop, 2.0)
            backoff = 0.5 if time.monotonic() - ready_at > STABLE_AFTER else min(backoff * 2, MAX_BACKOFF)
            await asyncio.sleep(backoff)

    async def _start_ready(self) -> tuple[LanguageToolProcess, LanguageToolClient, float] | None:
        """Start a JVM and wait until it answers and is warm: (process, client, ready time), or None
        after saying why not (``_set_not_ready``); the caller backs off and tries again."""
        installation = self.installation()
        if installation is None:
            self._set_not_ready(
                f"LanguageTool {self.version} is not installed in {self.cache_dir}: "
                "run `sevenfold languagetool install` (or `make languagetool`)"
            )
            return None
        major = await asyncio.to_thread(java_major)
        if major is None or major < JAVA_MIN_MAJOR:
            found = "no java on the PATH" if major is None else f"Java {major}"
            self._set_not_ready(f"LanguageTool needs Java {JAVA_MIN_MAJOR}+ ({found})")
            return None
        process = LanguageToolProcess(installation, self.port or free_port(), self.options)
        client = LanguageToolClient(process.url, timeout=self.check_timeout, quick_ack=self.quick_ack)
        self._set_not_ready("starting LanguageTool")
        started = time.monotonic()
        try:
            # Popen runs in the event loop's own (long-lived) thread: the child's parent-death
            # signal is tied to the thread that forked it.
            process.start()
        except OSError as exc:
            self._set_not_ready(f"LanguageTool could not start ({exc.__class__.__name__}: {exc.strerror})")
            return None
        old_client, self._client, self._process = self._client, client, process
        if old_client is not None:
            await old_client.aclose()
        self.stats.starts += 1
        self.stats.pid = process.pid
        try:
            if not await self._wait_healthy(process, client):
                reason = (
                    process.failure_reason() if not process.alive() else f"no answer within {self.start_timeout:g} s"
                )
                log.error("LanguageTool failed to start: %s", reason)
                self._set_not_ready(f"LanguageTool failed to start: {reason}")
                await asyncio.to_thread(process.stop)
                return None
            process.started()
            await self._load_languages(client)
            await self._warm_up(client, process)
            await self._probe(client)
        except LanguageToolError as exc:
            self._set_not_ready(f"LanguageTool failed while warming up: {exc}")
            await asyncio.to_thread(process.stop)
            return None
        ready_at = time.monotonic()
        self.stats.last_start_to_ready = ready_at - started
        self.stats.history.append(ready_at - started)
        self.stats.ready_since = ready_at
        self._set_ready()
        log.info("LanguageTool ready on port %d in %.1f s", process.port, ready_at - started)
        return process, client, ready_at

    async def _run_remote(self) -> None:
        assert self.external_url is not None
        client = LanguageToolClient(self.external_url, timeout=self.check_timeout, quick_ack=self.quick_ack)
        self._client = client
        backoff = 0.5
        while not self._stopping:
            started = time.monotonic()
            try:
                self._set_not_ready(f"connecting to LanguageTool at {self.external_url}")
                await client.healthcheck(timeout=5.0)
                await self._load_languages(client)
                await self._warm_up(client)
                await self._probe(client)
            except LanguageToolError as exc:
                self._set_not_ready(f"LanguageTool at {self.external_url}: {exc}")
                await asyncio.sleep(min(backoff, MAX_BACKOFF))
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            self.stats.last_start_to_ready = time.monotonic() - started
            self._set_ready()
            backoff = 0.5
            reason = await self._watch(None, client)
            if self._stopping:
                break
            self._set_not_ready(f"LanguageTool at {self.external_url}: {reason}")
