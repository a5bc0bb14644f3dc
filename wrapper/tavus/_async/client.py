"""The client: configuration, the resources, sending one call (`tavus._client` has what both flavours share).

Resources are imported on first use, so `import tavus` does not import the generated models.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

import httpx

from .._call import Call, RequestOptions
from .._client import DEFAULT_LIMITS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, BaseTavus, Shared
from .._clock import Clock, clock_of
from .._errors import TavusError, TavusValidationError
from .._raw import RawResponse, async_to_raw
from .._request import RequestArgs, build_call
from .._retry import AsyncRetryTransport

if TYPE_CHECKING:
    from .resources.conversations import AsyncConversations, AsyncConversationsWithRawResponse
    from .resources.deployments import AsyncDeployments, AsyncDeploymentsWithRawResponse
    from .resources.documents import AsyncDocuments, AsyncDocumentsWithRawResponse
    from .resources.faces import AsyncFaces, AsyncFacesWithRawResponse
    from .resources.guardrails import AsyncGuardrails, AsyncGuardrailsWithRawResponse
    from .resources.lipsync import AsyncLipsync, AsyncLipsyncWithRawResponse
    from .resources.objectives import AsyncObjectives, AsyncObjectivesWithRawResponse
    from .resources.pals import AsyncPals, AsyncPalsWithRawResponse
    from .resources.personas import AsyncPersonas, AsyncPersonasWithRawResponse
    from .resources.pronunciation_dictionaries import (
        AsyncPronunciationDictionaries,
        AsyncPronunciationDictionariesWithRawResponse,
    )
    from .resources.replacements import AsyncReplacements, AsyncReplacementsWithRawResponse
    from .resources.replicas import AsyncReplicas, AsyncReplicasWithRawResponse
    from .resources.skills import AsyncSkills, AsyncSkillsWithRawResponse
    from .resources.tools import AsyncTools, AsyncToolsWithRawResponse
    from .resources.transcriptions import AsyncTranscriptions, AsyncTranscriptionsWithRawResponse
    from .resources.videos import AsyncVideos, AsyncVideosWithRawResponse
    from .resources.voices import AsyncVoices, AsyncVoicesWithRawResponse

__all__ = ["AsyncTavus", "AsyncTavusWithRawResponse"]


def _own_pool() -> httpx.AsyncClient:
    """The SDK's own connection pool, with the retry policy in its transport."""
    return httpx.AsyncClient(transport=AsyncRetryTransport(httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS)))


# async-only: begin
def _running_loop() -> object:
    """The running asyncio loop; None under another async library (trio)."""
    asyncio = sys.modules.get("asyncio")
    try:
        return asyncio.get_running_loop() if asyncio is not None else None
    except RuntimeError:
        return None


# async-only: end

T = TypeVar("T")


class AsyncTavus(BaseTavus):
    """The Tavus API client.

    >>> client = AsyncTavus()  # reads TAVUS_API_KEY
    >>> replica = client.replicas.get("r79e1c033f")

    `timeout` is per attempt (seconds or an `httpx.Timeout`); `max_retries` follows the retry table
    in the README. Pass `http_client` to use your own httpx client (proxies, certificates): the
    SDK wraps its transport with the retry policy and takes its headers once, at construction.
    `clock` (a `tavus.Clock`) is what retries and `wait()` measure and sleep with: the system's by
    default, or the one the transport carries (`tavus.testing.FakeTavus().transport` does).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        clock: Clock | None = None,
    ) -> None:
        transport = http_client._transport if isinstance(http_client, httpx.AsyncClient) else None
        self._configure(api_key, base_url, timeout, max_retries, default_headers, clock_of(clock, transport))
        self._adopt(http_client)
        self._bind()

    def _adopt(self, http_client: httpx.AsyncClient | None) -> None:
        """Use `http_client`, its transport wrapped with the retry policy; or a new pool of our own."""
        if http_client is None:
            self._shared = Shared(_own_pool(), owns_http=True, rebuild=_own_pool)
            return
        if not isinstance(http_client, httpx.AsyncClient):
            raise TavusValidationError("http_client", f"must be an httpx.AsyncClient, got {type(http_client).__name__}")
        if not isinstance(http_client._transport, AsyncRetryTransport):
            http_client._transport = AsyncRetryTransport(http_client._transport)
        self._shared = Shared(http_client, owns_http=False)

    async def _send(self, call: Call[Any], options: RequestOptions, then: Callable[[Any], Any] | None = None) -> Any:
        # async-only: begin
        self._follow_event_loop()
        # async-only: end
        request, started = self._prepare(call, options)
        try:
            response = await self._shared.http.send(request, follow_redirects=False)  # never the key to another host
        except httpx.TransportError as exc:
            raise self._connection_error(exc, call.method) from exc
        # async-only: begin
        except RuntimeError as exc:
            if "loop" not in str(exc):
                raise
            raise TavusError(
                f"{call.method} {request.url.path}: the http_client passed to AsyncTavus holds connections of an event "
                f"loop that has closed ({exc}). Create the AsyncTavus, or its http_client, in the event loop that uses "
                "it (one per asyncio.run), or leave http_client out: the SDK's own pool follows the loop."
            ) from exc
        # async-only: end
        self._log(response, started)
        return self._result(call, response, then)

    # async-only: begin
    def _follow_event_loop(self) -> None:
        """Connections belong to the event loop that opened them. Used in another loop (a second
        `asyncio.run`, a test framework's loop per test), the SDK's own pool is replaced by a fresh
        one; the old loop's connections are dead already."""
        loop = _running_loop()
        shared = self._shared
        if loop is None or loop is shared.loop:
            return
        if shared.loop is not None and shared.rebuild is not None:
            shared.http = shared.rebuild()
        shared.loop = loop

    # async-only: end
    async def request(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> Any:
        """Call an endpoint the vendored contract lacks yet; the parsed JSON body, or None without one.

        >>> client.request("GET", "/v2/pals")
        >>> client.request("GET", tavus.api_path("/v2/pals/{pal_id}", pal_id=pal_id))

        Auth, the retry table, timeouts, logging and the typed errors are those of the typed
        methods. `path` is literal and relative to `base_url`: fill ids in with `tavus.api_path`.

        Args:
            method: GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS.
            path: e.g. `/v2/pals`; no scheme, host, query or `..`.
            **kwargs: `json` (the body), `params` (the query), `headers` (added to the client's),
                `timeout` (this call's, in seconds or an `httpx.Timeout`; None: no timeout).
        """
        call, options = build_call(method, path, kwargs)
        return await self._send(call, options)

    async def close(self) -> None:
        """Close the connection pool (a client passed as `http_client` is left to its owner)."""
        if not self._shared.closed:
            # async-only: begin
            self._follow_event_loop()  # an earlier loop's connections cannot be closed from this one
            # async-only: end
            self._shared.closed = True
            if self._shared.owns_http:
                await self._shared.http.aclose()

    # async-only: begin
    async def aclose(self) -> None:
        """Alias of `close()`, named like httpx's."""
        await self.close()

    # async-only: end
    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @cached_property
    def with_raw_response(self) -> AsyncTavusWithRawResponse:
        """The same resources, returning a `RawResponse` (status, headers, body; `.parse()`)."""
        return AsyncTavusWithRawResponse(self)

    @cached_property
    def replicas(self) -> AsyncReplicas:
        from .resources.replicas import AsyncReplicas

        return AsyncReplicas(self)

    @cached_property
    def faces(self) -> AsyncFaces:
        from .resources.faces import AsyncFaces

        return AsyncFaces(self)

    @cached_property
    def videos(self) -> AsyncVideos:
        from .resources.videos import AsyncVideos

        return AsyncVideos(self)

    @cached_property
    def conversations(self) -> AsyncConversations:
        from .resources.conversations import AsyncConversations

        return AsyncConversations(self)

    @cached_property
    def personas(self) -> AsyncPersonas:
        from .resources.personas import AsyncPersonas

        return AsyncPersonas(self)

    @cached_property
    def documents(self) -> AsyncDocuments:
        from .resources.documents import AsyncDocuments

        return AsyncDocuments(self)

    @cached_property
    def guardrails(self) -> AsyncGuardrails:
        from .resources.guardrails import AsyncGuardrails

        return AsyncGuardrails(self)

    @cached_property
    def objectives(self) -> AsyncObjectives:
        from .resources.objectives import AsyncObjectives

        return AsyncObjectives(self)

    @cached_property
    def voices(self) -> AsyncVoices:
        from .resources.voices import AsyncVoices

        return AsyncVoices(self)

    @cached_property
    def pronunciation_dictionaries(self) -> AsyncPronunciationDictionaries:
        from .resources.pronunciation_dictionaries import AsyncPronunciationDictionaries

        return AsyncPronunciationDictionaries(self)

    @cached_property
    def transcriptions(self) -> AsyncTranscriptions:
        from .resources.transcriptions import AsyncTranscriptions

        return AsyncTranscriptions(self)

    @cached_property
    def lipsync(self) -> AsyncLipsync:
        from .resources.lipsync import AsyncLipsync

        return AsyncLipsync(self)

    @cached_property
    def replacements(self) -> AsyncReplacements:
        from .resources.replacements import AsyncReplacements

        return AsyncReplacements(self)

    @cached_property
    def pals(self) -> AsyncPals:
        from .resources.pals import AsyncPals

        return AsyncPals(self)

    @cached_property
    def tools(self) -> AsyncTools:
        from .resources.tools import AsyncTools

        return AsyncTools(self)

    @cached_property
    def skills(self) -> AsyncSkills:
        from .resources.skills import AsyncSkills

        return AsyncSkills(self)

    @cached_property
    def deployments(self) -> AsyncDeployments:
        from .resources.deployments import AsyncDeployments

        return AsyncDeployments(self)


class AsyncTavusWithRawResponse:
    """`client.with_raw_response`: each resource's `with_raw_response`, reached from the client."""

    def __init__(self, client: AsyncTavus) -> None:
        self._client = client

    async def request(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> RawResponse[Any]:
        """`request`, returning the `RawResponse`; `.parse()` gives the JSON."""
        return await async_to_raw(self._client.request)(method, path, **kwargs)

    @cached_property
    def replicas(self) -> AsyncReplicasWithRawResponse:
        return self._client.replicas.with_raw_response

    @cached_property
    def faces(self) -> AsyncFacesWithRawResponse:
        return self._client.faces.with_raw_response

    @cached_property
    def videos(self) -> AsyncVideosWithRawResponse:
        return self._client.videos.with_raw_response

    @cached_property
    def conversations(self) -> AsyncConversationsWithRawResponse:
        return self._client.conversations.with_raw_response

    @cached_property
    def personas(self) -> AsyncPersonasWithRawResponse:
        return self._client.personas.with_raw_response

    @cached_property
    def documents(self) -> AsyncDocumentsWithRawResponse:
        return self._client.documents.with_raw_response

    @cached_property
    def guardrails(self) -> AsyncGuardrailsWithRawResponse:
        return self._client.guardrails.with_raw_response

    @cached_property
    def objectives(self) -> AsyncObjectivesWithRawResponse:
        return self._client.objectives.with_raw_response

    @cached_property
    def voices(self) -> AsyncVoicesWithRawResponse:
        return self._client.voices.with_raw_response

    @cached_property
    def pronunciation_dictionaries(self) -> AsyncPronunciationDictionariesWithRawResponse:
        return self._client.pronunciation_dictionaries.with_raw_response

    @cached_property
    def transcriptions(self) -> AsyncTranscriptionsWithRawResponse:
        return self._client.transcriptions.with_raw_response

    @cached_property
    def lipsync(self) -> AsyncLipsyncWithRawResponse:
        return self._client.lipsync.with_raw_response

    @cached_property
    def replacements(self) -> AsyncReplacementsWithRawResponse:
        return self._client.replacements.with_raw_response

    @cached_property
    def pals(self) -> AsyncPalsWithRawResponse:
        return self._client.pals.with_raw_response

    @cached_property
    def tools(self) -> AsyncToolsWithRawResponse:
        return self._client.tools.with_raw_response

    @cached_property
    def skills(self) -> AsyncSkillsWithRawResponse:
        return self._client.skills.with_raw_response

    @cached_property
    def deployments(self) -> AsyncDeploymentsWithRawResponse:
        return self._client.deployments.with_raw_response
