from http import HTTPStatus
from typing import Any
from urllib.parse import quote

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
    attribute_id: str,
    *,
    body: SkillBasedRoutingAttributeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2/routing/attributes/{attribute_id}".format(
            attribute_id=quote(str(attribute_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SkillBasedRoutingAttributeResponse | None:
    if response.status_code == 200:
        response_200 = SkillBasedRoutingAttributeResponse.from_dict(response.json())

        return response_200

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
    attribute_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkillBasedRoutingAttributeRequest,
) -> Response[SkillBasedRoutingAttributeResponse]:
    """Update Attribute

     Updates an attribute.

    #### Allowed For

    * Admins

    Args:
        attribute_id (str):
        body (SkillBasedRoutingAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillBasedRoutingAttributeResponse]
    """

    kwargs = _get_kwargs(
        attribute_id=attribute_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    attribute_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkillBasedRoutingAttributeRequest,
) -> SkillBasedRoutingAttributeResponse | None:
    """Update Attribute

     Updates an attribute.

    #### Allowed For

    * Admins

    Args:
        attribute_id (str):
        body (SkillBasedRoutingAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillBasedRoutingAttributeResponse
    """

    return sync_detailed(
        attribute_id=attribute_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    attribute_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkillBasedRoutingAttributeRequest,
) -> Response[SkillBasedRoutingAttributeResponse]:
    """Update Attribute

     Updates an attribute.

    #### Allowed For

    * Admins

    Args:
        attribute_id (str):
        body (SkillBasedRoutingAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillBasedRoutingAttributeResponse]
    """

    kwargs = _get_kwargs(
        attribute_id=attribute_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    attribute_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SkillBasedRoutingAttributeRequest,
) -> SkillBasedRoutingAttributeResponse | None:
    """Update Attribute

     Updates an attribute.

    #### Allowed For

    * Admins

    Args:
        attribute_id (str):
        body (SkillBasedRoutingAttributeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillBasedRoutingAttributeResponse
    """

    return (
        await asyncio_detailed(
            attribute_id=attribute_id,
            client=client,
            body=body,
        )
    ).parsed
