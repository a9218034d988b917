from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.skill_based_routing_attribute_request import (
    SkillBasedRoutingAttributeRequest,
)
from ...models.skill_based_routing_attribute_response import (
    SkillBasedRoutingAttributeResponse,
)
from ...types import Response


def _get_kwargs(
    *,
    body: SkillBasedRoutingAttributeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/routing/attributes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SkillBasedRoutingAttributeResponse | None:
    if response.status_code == 201:
        response_201 = SkillBasedRoutingAttributeResponse.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SkillBasedRoutingAttributeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SkillBasedRoutingAttributeRequest,
) -> Response[SkillBasedRoutingAttributeResponse]:
    """Create Attribute

     Creates an attribute.

    #### Allowed For

    * Agents

    Args:
        body (SkillBasedRoutingAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillBasedRoutingAttributeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SkillBasedRoutingAttributeRequest,
) -> SkillBasedRoutingAttributeResponse | None:
    """Create Attribute

     Creates an attribute.

    #### Allowed For

    * Agents

    Args:
        body (SkillBasedRoutingAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillBasedRoutingAttributeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SkillBasedRoutingAttributeRequest,
) -> Response[SkillBasedRoutingAttributeResponse]:
    """Create Attribute

     Creates an attribute.

    #### Allowed For

    * Agents

    Args:
        body (SkillBasedRoutingAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillBasedRoutingAttributeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SkillBasedRoutingAttributeRequest,
) -> SkillBasedRoutingAttributeResponse | None:
    """Create Attribute

     Creates an attribute.

    #### Allowed For

    * Agents

    Args:
        body (SkillBasedRoutingAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillBasedRoutingAttributeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
