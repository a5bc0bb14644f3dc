# Generated from the async code in wrapper/tavus/_async/ by tools/unasync.py (make sync). Do not edit.
"""`client.deployments`: a PAL published as a widget, an embed or a landing page.

A deployment document is edited with JSON Patch; Get Deployment's `ETag` response header is the
version to send as `if_match` (the `If-Match` header) so that an update made since is not
overwritten. Init, start and end are the public endpoints the widget calls from a browser: the
contract gives them no security, so the SDK sends them without the API key.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Unpack

from tavus_api.api.deployments import (
    create_deployment,
    end_deployment_conversation,
    get_deployment,
    get_deployment_init,
    patch_deployment,
    start_deployment_conversation,
)
from tavus_api.models.deployment import Deployment
from tavus_api.models.deployment_init_config import DeploymentInitConfig
from tavus_api.models.end_deployment_conversation_response_200 import EndDeploymentConversationResponse200
from tavus_api.models.patch_deployment_body_item import PatchDeploymentBodyItem
from tavus_api.models.patch_deployment_response_200 import PatchDeploymentResponse200
from tavus_api.models.start_deployment_conversation_response_200 import StartDeploymentConversationResponse200

from ..._call import RequestOptions
from ..._raw import to_raw
from ._base import APIResource

__all__ = ["Deployments", "DeploymentsWithRawResponse"]


def _updated(body: dict[str, Any]) -> Deployment | PatchDeploymentResponse200:
    """Patch Deployment answers "Updated deployment", an open object in the contract: the deployment
    when the body is one (it has its `deployment_id`), else the body as it came."""
    if "deployment_id" in body:
        return Deployment.from_dict(body)
    return PatchDeploymentResponse200.from_dict(body)


class Deployments(APIResource):
    """Deployments: a PAL delivered through the widget, embed or landing-page channel. Follows Tavus's
    docs pages (the SDK's supplement), not the published OpenAPI file."""

    @cached_property
    def with_raw_response(self) -> DeploymentsWithRawResponse:
        """These methods, returning the `RawResponse` (status, headers, body; `.parse()`)."""
        return DeploymentsWithRawResponse(self)

    def create(
        self,
        *,
        pal_id: str,
        channel: str,
        name: str | None = None,
        password: str | None = None,
        customization: Mapping[str, Any] | None = None,
        limits: Mapping[str, Any] | None = None,
        allowed_origins: builtins.list[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Deployment:
        """Create Deployment of the PAL `pal_id` on a `channel` (widget, embed or landing-page), with an
        optional display `name`, visitor `password`, `customization`, call `limits` and the
        `allowed_origins` of a widget or embed. Follows Tavus's docs pages (the SDK's supplement),
        not the published OpenAPI file."""
        return self._call(create_deployment, Deployment, locals())

    def get(self, deployment_id: str, **options: Unpack[RequestOptions]) -> Deployment:
        """Get Deployment. Its `ETag` header, the `if_match` of `update`, is on the raw response:
        `client.deployments.with_raw_response.get(deployment_id).headers["ETag"]`. Follows Tavus's
        docs pages (the SDK's supplement), not the published OpenAPI file."""
        return self._call(get_deployment, Deployment, locals())

    def update(
        self,
        deployment_id: str,
        operations: Sequence[dict[str, Any] | PatchDeploymentBodyItem] | None = None,
        *,
        if_match: str | None = None,
        pal_id: str | None = None,
        channel: str | None = None,
        name: str | None = None,
        password: str | None = None,
        customization: Mapping[str, Any] | None = None,
        limits: Mapping[str, Any] | None = None,
        allowed_origins: builtins.list[str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Deployment | PatchDeploymentResponse200 | None:
        """Patch Deployment with RFC 6902 JSON Patch `operations`, e.g.
        `[{"op": "replace", "path": "/name", "value": "Support widget"}]`; or, for the common case,
        name top-level fields to replace: `update(deployment_id, name="Support widget")`.

        `if_match`, sent as the `If-Match` header, is the `ETag` of a Get Deployment: the update then
        applies only to that version, and is refused once the deployment has changed since (HTTP's
        412 Precondition Failed; the contract prints no code for it). Returns the updated deployment
        (or, should the API answer another body, that body; None for no body). Follows Tavus's docs
        pages (the SDK's supplement), not the published OpenAPI file."""
        return self._patch(patch_deployment, _updated, locals(), create_deployment)

    def init(self, deployment_id: str, **options: Unpack[RequestOptions]) -> DeploymentInitConfig:
        """Get Deployment Init Config: what a widget or embed reads when it mounts (customization,
        limits, captcha, whether it `is_available`). Public: sent without the API key. Follows
        Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return self._call(get_deployment_init, DeploymentInitConfig, locals())

    def start(
        self,
        deployment_id: str,
        *,
        password: str | None = None,
        conversational_context: str | None = None,
        custom_greeting: str | None = None,
        pal_id: str | None = None,
        memory_stores: builtins.list[str] | None = None,
        captcha_token: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> StartDeploymentConversationResponse200:
        """Start Deployment Conversation: a conversation through the deployment (the fields of Create
        Conversation: `conversation_id`, `conversation_url`, ...). Give the deployment's `password`
        and a Turnstile `captcha_token` when it has them. Public: sent without the API key. Follows
        Tavus's docs pages (the SDK's supplement), not the published OpenAPI file."""
        return self._call(start_deployment_conversation, StartDeploymentConversationResponse200, locals())

    def end_conversation(
        self, deployment_id: str, conversation_id: str, **options: Unpack[RequestOptions]
    ) -> EndDeploymentConversationResponse200:
        """End Deployment Conversation: end a conversation started through the deployment. Public:
        sent without the API key. Follows Tavus's docs pages (the SDK's supplement), not the
        published OpenAPI file."""
        return self._call(end_deployment_conversation, EndDeploymentConversationResponse200, locals())


class DeploymentsWithRawResponse:
    """`client.deployments.with_raw_response`: each API method returns its `RawResponse`."""

    def __init__(self, deployments: Deployments) -> None:
        self.create = to_raw(deployments.create)
        self.get = to_raw(deployments.get)
        self.update = to_raw(deployments.update)
        self.init = to_raw(deployments.init)
        self.start = to_raw(deployments.start)
        self.end_conversation = to_raw(deployments.end_conversation)
