"""Safe retries as an httpx transport, so that every request of the client gets them.

What is retried (the README's table; `tests/wrapper/test_retry.py` enforces each row):

| failure                                   | GET, DELETE, HEAD, PUT, OPTIONS | POST, PATCH |
|-------------------------------------------|---------------------------------|-------------|
| connection never established (ConnectError, ConnectTimeout, PoolTimeout) | yes | yes |
| 429 Too Many Requests                     | yes                             | yes         |
| 408, 500, 502, 503, 504                   | yes                             | no          |
| read/write timeout, connection dropped    | yes                             | no          |
| any other status                          | no                              | no          |

A POST or PATCH is retried only where the server certainly did not act on it: Create Replica
starts paid training, so a duplicate is a real cost. No library expresses "retry this method only
for these failures" (httpx-retries, tenacity and stamina gate per method or per exception), which
is why this policy is written here, in one place.

Backoff: exponential (0.5 s x 2^n) with up to 25 % jitter, capped at 8 s. `Retry-After` (seconds
or an HTTP date) is honoured up to 60 s. So one call lasts at most
(max_retries + 1) x timeout + max_retries x 60 s.
The policy travels with each request (`request.extensions`), so `with_options(max_retries=...)`
changes it per call while the connection pool is shared.
"""

from __future__ import annotations

import email.utils
import logging
import math
import random
from dataclasses import dataclass, field

import httpx

__all__ = ["AsyncRetryTransport", "RetryPolicy", "RetryTransport"]

from ._clock import SYSTEM_CLOCK, Clock
from ._logging import logger

EXTENSION = "tavus_retry"
RETRIES = "tavus_retries"
EARLIER_ATTEMPT_ACTED = "tavus_earlier_attempt_may_have_acted"
# Answers that say the server did not act on the request.
NOT_ACTED_STATUSES = frozenset({408, 429})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"})
RETRY_STATUSES_IDEMPOTENT = frozenset({408, 429, 500, 502, 503, 504})
RETRY_STATUSES_ANY_METHOD = frozenset({429})
# The request never reached the server: safe to resend whatever the method.
NOT_SENT_ERRORS: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# The request may have reached the server: only idempotent methods are resent.
MAYBE_SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
)


INITIAL_BACKOFF = 0.5
MAX_BACKOFF = 8.0
MAX_RETRY_AFTER = 60.0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How many times to retry, and the clock the waits use (`Clock`: tests make them instant)."""

    max_retries: int = 2
    clock: Clock = SYSTEM_CLOCK
    rng: random.Random = field(default_factory=random.Random)


DEFAULT_POLICY = RetryPolicy()


def request_was_sent(exc: Exception) -> bool:
    """Whether the server may have seen (and acted on) the request that failed with `exc`."""
    return not isinstance(exc, NOT_SENT_ERRORS)


def _retry_after(response: httpx.Response, now: float) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        seconds = moment.timestamp() - now
    if math.isnan(seconds):
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _backoff(policy: RetryPolicy, attempt: int) -> float:
    delay: float = min(INITIAL_BACKOFF * 2.0**attempt, MAX_BACKOFF)
    return delay * (1 - 0.25 * policy.rng.random())


def _retryable_status(method: str, status: int) -> bool:
    if method in IDEMPOTENT_METHODS:
        return status in RETRY_STATUSES_IDEMPOTENT
    return status in RETRY_STATUSES_ANY_METHOD


def _retryable_error(method: str, exc: Exception) -> bool:
    if isinstance(exc, NOT_SENT_ERRORS):
        return True
    return method in IDEMPOTENT_METHODS and isinstance(exc, MAYBE_SENT_ERRORS)


def _policy(request: httpx.Request) -> RetryPolicy:
    policy = request.extensions.get(EXTENSION)
    return policy if isinstance(policy, RetryPolicy) else DEFAULT_POLICY


def _log_retry(request: httpx.Request, attempt: int, policy: RetryPolicy, delay: float, cause: str) -> None:
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "retrying %s %s in %.2fs (retry %d of %d) after %s",
            request.method, request.url.copy_with(query=None), delay, attempt + 1, policy.max_retries, cause,
        )  # fmt: skip


def _record(response: httpx.Response, retries: int, acted: bool) -> None:
    """Note on the final response how many retries it took, and whether an earlier attempt may
    have been executed by the server (then even a 4xx does not prove that nothing happened)."""
    response.extensions = {**response.extensions, RETRIES: retries, EARLIER_ATTEMPT_ACTED: acted}


def _read(response: httpx.Response) -> None:
    """Read the body here, so that a connection dropped mid-body is seen (and retried) here."""
    try:
        response.read()
    except BaseException:
        response.close()
        raise


async def _aread(response: httpx.Response) -> None:
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise


class _Attempts:
    """The retry decisions for one request, shared by the sync and async transports."""

    __slots__ = ("acted", "attempt", "method", "policy", "request")

    def __init__(self, request: httpx.Request) -> None:
        self.request = request
        self.policy = _policy(request)
        self.method = request.method
        self.attempt = 0
        self.acted = False  # whether an earlier attempt may have been executed by the server

    def after_error(self, exc: Exception) -> float:
        """The delay before resending after `exc`; re-raises it when it must not be retried."""
        if self.attempt >= self.policy.max_retries or not _retryable_error(self.method, exc):
            raise exc
        self.acted = self.acted or request_was_sent(exc)
        return self._next(_backoff(self.policy, self.attempt), type(exc).__name__)

    def after_response(self, response: httpx.Response) -> float | None:
        """The delay before resending after `response`, or None when it is the final answer."""
        status = response.status_code
        if self.attempt >= self.policy.max_retries or not _retryable_status(self.method, status):
            _record(response, self.attempt, self.acted)
            return None
        self.acted = self.acted or status not in NOT_ACTED_STATUSES
        after = _retry_after(response, self.policy.clock.time())
        return self._next(_backoff(self.policy, self.attempt) if after is None else after, f"status {status}")

    def _next(self, delay: float, cause: str) -> float:
        _log_retry(self.request, self.attempt, self.policy, delay, cause)
        self.attempt += 1
        return delay


class RetryTransport(httpx.BaseTransport):
    """Wraps a transport and resends a request when the policy in the module docstring allows."""

    def __init__(self, wrapped: httpx.BaseTransport) -> None:
        self.wrapped = wrapped

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(request)
        while True:
            try:
                response = self.wrapped.handle_request(request)
                _read(response)
            except Exception as exc:
                attempts.policy.clock.sleep(attempts.after_error(exc))
                continue
            delay = attempts.after_response(response)
            if delay is None:
                return response
            response.close()
            attempts.policy.clock.sleep(delay)

    def close(self) -> None:
        self.wrapped.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of `RetryTransport`, with the same decisions."""

    def __init__(self, wrapped: httpx.AsyncBaseTransport) -> None:
        self.wrapped = wrapped

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = _Attempts(request)
        while True:
            try:
                response = await self.wrapped.handle_async_request(request)
                await _aread(response)
            except Exception as exc:
                await attempts.policy.clock.asleep(attempts.after_error(exc))
                continue
            delay = attempts.after_response(response)
            if delay is None:
                return response
            await response.aclose()
            await attempts.policy.clock.asleep(delay)

    async def aclose(self) -> None:
        await self.wrapped.aclose()
