# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""The client: configuration, the resources, sending one call (`tavus._client` has what both flavours share).

Resources are imported on first use, so `import tavus` does not import the generated models.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self, TypeVar, Unpack

import httpx

from .._call import Call, RequestOptions
from .._client import DEFAULT_LIMITS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, BaseTavus, Shared
from .._clock import Clock, clock_of
from .._errors import TavusValidationError
from .._raw import RawResponse, to_raw
from .._request import RequestArgs, build_call
from .._retry import RetryTransport

if TYPE_CHECKING:
    from .resources.conversations import Conversations, ConversationsWithRawResponse
    from .resources.deployments import Deployments, DeploymentsWithRawResponse
    from .resources.documents import Documents, DocumentsWithRawResponse
    from .resources.faces import Faces, FacesWithRawResponse
    from .resources.guardrails import Guardrails, GuardrailsWithRawResponse
    from .resources.lipsync import Lipsync, LipsyncWithRawResponse
    from .resources.objectives import Objectives, ObjectivesWithRawResponse
    from .resources.pals import Pals, PalsWithRawResponse
    from .resources.personas import Personas, PersonasWithRawResponse
    from .resources.pronunciation_dictionaries import (
        PronunciationDictionaries,
        PronunciationDictionariesWithRawResponse,
    )
    from .resources.replacements import Replacements, ReplacementsWithRawResponse
    from .resources.replicas import Replicas, ReplicasWithRawResponse
    from .resources.skills import Skills, SkillsWithRawResponse
    from .resources.tools import Tools, ToolsWithRawResponse
    from .resources.transcriptions import Transcriptions, TranscriptionsWithRawResponse
    from .resources.videos import Videos, VideosWithRawResponse
    from .resources.voices import Voices, VoicesWithRawResponse

__all__ = ["Tavus", "TavusWithRawResponse"]


def _own_pool() -> httpx.Client:
    """The SDK's own connection pool, with the retry policy in its transport."""
    return httpx.Client(transport=RetryTransport(httpx.HTTPTransport(limits=DEFAULT_LIMITS)))


T = TypeVar("T")


class Tavus(BaseTavus):
    """The Tavus API client.

    >>> client = Tavus()  # reads TAVUS_API_KEY
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
        http_client: httpx.Client | None = None,
        clock: Clock | None = None,
    ) -> None:
        transport = http_client._transport if isinstance(http_client, httpx.Client) else None
        self._configure(api_key, base_url, timeout, max_retries, default_headers, clock_of(clock, transport))
        self._adopt(http_client)
        self._bind()

    def _adopt(self, http_client: httpx.Client | None) -> None:
        """Use `http_client`, its transport wrapped with the retry policy; or a new pool of our own."""
        if http_client is None:
            self._shared = Shared(_own_pool(), owns_http=True, rebuild=_own_pool)
            return
        if not isinstance(http_client, httpx.Client):
            raise TavusValidationError("http_client", f"must be an httpx.Client, got {type(http_client).__name__}")
        if not isinstance(http_client._transport, RetryTransport):
            http_client._transport = RetryTransport(http_client._transport)
        self._shared = Shared(http_client, owns_http=False)

    def _send(self, call: Call[Any], options: RequestOptions, then: Callable[[Any], Any] | None = None) -> Any:
        request, started = self._prepare(call, options)
        try:
            response = self._shared.http.send(request, follow_redirects=False)  # never the key to another host
        except httpx.TransportError as exc:
            raise self._connection_error(exc, call.method) from exc
        self._log(response, started)
        return self._result(call, response, then)

    def request(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> Any:
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
        return self._send(call, options)

    def close(self) -> None:
        """Close the connection pool (a client passed as `http_client` is left to its owner)."""
        if not self._shared.closed:
            self._shared.closed = True
            if self._shared.owns_http:
                self._shared.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @cached_property
    def with_raw_response(self) -> TavusWithRawResponse:
        """The same resources, returning a `RawResponse` (status, headers, body; `.parse()`)."""
        return TavusWithRawResponse(self)

    @cached_property
    def replicas(self) -> Replicas:
        from .resources.replicas import Replicas

        return Replicas(self)

    @cached_property
    def faces(self) -> Faces:
        from .resources.faces import Faces

        return Faces(self)

    @cached_property
    def videos(self) -> Videos:
        from .resources.videos import Videos

        return Videos(self)

    @cached_property
    def conversations(self) -> Conversations:
        from .resources.conversations import Conversations

        return Conversations(self)

    @cached_property
    def personas(self) -> Personas:
        from .resources.personas import Personas

        return Personas(self)

    @cached_property
    def documents(self) -> Documents:
        from .resources.documents import Documents

        return Documents(self)

    @cached_property
    def guardrails(self) -> Guardrails:
        from .resources.guardrails import Guardrails

        return Guardrails(self)

    @cached_property
    def objectives(self) -> Objectives:
        from .resources.objectives import Objectives

        return Objectives(self)

    @cached_property
    def voices(self) -> Voices:
        from .resources.voices import Voices

        return Voices(self)

    @cached_property
    def pronunciation_dictionaries(self) -> PronunciationDictionaries:
        from .resources.pronunciation_dictionaries import PronunciationDictionaries

        return PronunciationDictionaries(self)

    @cached_property
    def transcriptions(self) -> Transcriptions:
        from .resources.transcriptions import Transcriptions

        return Transcriptions(self)

    @cached_property
    def lipsync(self) -> Lipsync:
        from .resources.lipsync import Lipsync

        return Lipsync(self)

    @cached_property
    def replacements(self) -> Replacements:
        from .resources.replacements import Replacements

        return Replacements(self)

    @cached_property
    def pals(self) -> Pals:
        from .resources.pals import Pals

        return Pals(self)

    @cached_property
    def tools(self) -> Tools:
        from .resources.tools import Tools

        return Tools(self)

    @cached_property
    def skills(self) -> Skills:
        from .resources.skills import Skills

        return Skills(self)

    @cached_property
    def deployments(self) -> Deployments:
        from .resources.deployments import Deployments

        return Deployments(self)


class TavusWithRawResponse:
    """`client.with_raw_response`: each resource's `with_raw_response`, reached from the client."""

    def __init__(self, client: Tavus) -> None:
        self._client = client

    def request(self, method: str, path: str, **kwargs: Unpack[RequestArgs]) -> RawResponse[Any]:
        """`request`, returning the `RawResponse`; `.parse()` gives the JSON."""
        return to_raw(self._client.request)(method, path, **kwargs)

    @cached_property
    def replicas(self) -> ReplicasWithRawResponse:
        return self._client.replicas.with_raw_response

    @cached_property
    def faces(self) -> FacesWithRawResponse:
        return self._client.faces.with_raw_response

    @cached_property
    def videos(self) -> VideosWithRawResponse:
        return self._client.videos.with_raw_response

    @cached_property
    def conversations(self) -> ConversationsWithRawResponse:
        return self._client.conversations.with_raw_response

    @cached_property
    def personas(self) -> PersonasWithRawResponse:
        return self._client.personas.with_raw_response

    @cached_property
    def documents(self) -> DocumentsWithRawResponse:
        return self._client.documents.with_raw_response

    @cached_property
    def guardrails(self) -> GuardrailsWithRawResponse:
        return self._client.guardrails.with_raw_response

    @cached_property
    def objectives(self) -> ObjectivesWithRawResponse:
        return self._client.objectives.with_raw_response

    @cached_property
    def voices(self) -> VoicesWithRawResponse:
        return self._client.voices.with_raw_response

    @cached_property
    def pronunciation_dictionaries(self) -> PronunciationDictionariesWithRawResponse:
        return self._client.pronunciation_dictionaries.with_raw_response

    @cached_property
    def transcriptions(self) -> TranscriptionsWithRawResponse:
        return self._client.transcriptions.with_raw_response

    @cached_property
    def lipsync(self) -> LipsyncWithRawResponse:
        return self._client.lipsync.with_raw_response

    @cached_property
    def replacements(self) -> ReplacementsWithRawResponse:
        return self._client.replacements.with_raw_response

    @cached_property
    def pals(self) -> PalsWithRawResponse:
        return self._client.pals.with_raw_response

    @cached_property
    def tools(self) -> ToolsWithRawResponse:
        return self._client.tools.with_raw_response

    @cached_property
    def skills(self) -> SkillsWithRawResponse:
        return self._client.skills.with_raw_response

    @cached_property
    def deployments(self) -> DeploymentsWithRawResponse:
        return self._client.deployments.with_raw_response
