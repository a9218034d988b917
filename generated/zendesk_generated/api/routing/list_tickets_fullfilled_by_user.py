from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.skill_based_routing_ticket_fulfilled_response import (
    SkillBasedRoutingTicketFulfilledResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    ticket_ids: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ticket_ids"] = ticket_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/routing/requirements/fulfilled",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SkillBasedRoutingTicketFulfilledResponse | None:
    if response.status_code == 200:
        response_200 = SkillBasedRoutingTicketFulfilledResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SkillBasedRoutingTicketFulfilledResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticket_ids: int,
) -> Response[SkillBasedRoutingTicketFulfilledResponse]:
    """List Tickets Fulfilled by a User

     Returns a list of ticket ids that contain attributes matching the current user's attributes. Accepts
    a `ticket_ids` parameter for relevant tickets to check for matching attributes.

    #### Allowed For

    * Agents and admins

    Args:
        ticket_ids (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillBasedRoutingTicketFulfilledResponse]
    """

    kwargs = _get_kwargs(
        ticket_ids=ticket_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ticket_ids: int,
) -> SkillBasedRoutingTicketFulfilledResponse | None:
    """List Tickets Fulfilled by a User

     Returns a list of ticket ids that contain attributes matching the current user's attributes. Accepts
    a `ticket_ids` parameter for relevant tickets to check for matching attributes.

    #### Allowed For

    * Agents and admins

    Args:
        ticket_ids (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillBasedRoutingTicketFulfilledResponse
    """

    return sync_detailed(
        client=client,
        ticket_ids=ticket_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ticket_ids: int,
) -> Response[SkillBasedRoutingTicketFulfilledResponse]:
    """List Tickets Fulfilled by a User

     Returns a list of ticket ids that contain attributes matching the current user's attributes. Accepts
    a `ticket_ids` parameter for relevant tickets to check for matching attributes.

    #### Allowed For

    * Agents and admins

    Args:
        ticket_ids (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillBasedRoutingTicketFulfilledResponse]
    """

    kwargs = _get_kwargs(
        ticket_ids=ticket_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ticket_ids: int,
) -> SkillBasedRoutingTicketFulfilledResponse | None:
    """List Tickets Fulfilled by a User

     Returns a list of ticket ids that contain attributes matching the current user's attributes. Accepts
    a `ticket_ids` parameter for relevant tickets to check for matching attributes.

    #### Allowed For

    * Agents and admins

    Args:
        ticket_ids (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillBasedRoutingTicketFulfilledResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ticket_ids=ticket_ids,
        )
    ).parsed
