from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_response import TicketResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ticket_id: int,
    *,
    include: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include"] = include

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/tickets/{ticket_id}".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TicketResponse | None:
    if response.status_code == 200:
        response_200 = TicketResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TicketResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[TicketResponse]:
    """Show Ticket

     Returns a number of ticket properties though not the ticket comments. To get the comments, use [List
    Comments](/api-reference/ticketing/tickets/ticket_comments/#list-comments)

    #### Allowed For
    * Agents

    Args:
        ticket_id (int):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        include=include,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> TicketResponse | None:
    """Show Ticket

     Returns a number of ticket properties though not the ticket comments. To get the comments, use [List
    Comments](/api-reference/ticketing/tickets/ticket_comments/#list-comments)

    #### Allowed For
    * Agents

    Args:
        ticket_id (int):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketResponse
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
        include=include,
    ).parsed


async def asyncio_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> Response[TicketResponse]:
    """Show Ticket

     Returns a number of ticket properties though not the ticket comments. To get the comments, use [List
    Comments](/api-reference/ticketing/tickets/ticket_comments/#list-comments)

    #### Allowed For
    * Agents

    Args:
        ticket_id (int):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        include=include,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    include: str | Unset = UNSET,
) -> TicketResponse | None:
    """Show Ticket

     Returns a number of ticket properties though not the ticket comments. To get the comments, use [List
    Comments](/api-reference/ticketing/tickets/ticket_comments/#list-comments)

    #### Allowed For
    * Agents

    Args:
        ticket_id (int):
        include (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketResponse
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
            include=include,
        )
    ).parsed
