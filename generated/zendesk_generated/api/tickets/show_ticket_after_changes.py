from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.macro_apply_ticket_response import MacroApplyTicketResponse
from ...types import Response


def _get_kwargs(
    ticket_id: int,
    macro_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/tickets/{ticket_id}/macros/{macro_id}/apply".format(
            ticket_id=quote(str(ticket_id), safe=""),
            macro_id=quote(str(macro_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MacroApplyTicketResponse | None:
    if response.status_code == 200:
        response_200 = MacroApplyTicketResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MacroApplyTicketResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_id: int,
    macro_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MacroApplyTicketResponse]:
    """Show Ticket After Changes

     Returns the full ticket object as it would be after applying the macro to the ticket.
    It doesn't actually change the ticket.

    To get only the ticket fields that would be changed by the macro,
    see [Show Changes to Ticket](#show-changes-to-ticket).

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        macro_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MacroApplyTicketResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        macro_id=macro_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: int,
    macro_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> MacroApplyTicketResponse | None:
    """Show Ticket After Changes

     Returns the full ticket object as it would be after applying the macro to the ticket.
    It doesn't actually change the ticket.

    To get only the ticket fields that would be changed by the macro,
    see [Show Changes to Ticket](#show-changes-to-ticket).

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        macro_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MacroApplyTicketResponse
    """

    return sync_detailed(
        ticket_id=ticket_id,
        macro_id=macro_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ticket_id: int,
    macro_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[MacroApplyTicketResponse]:
    """Show Ticket After Changes

     Returns the full ticket object as it would be after applying the macro to the ticket.
    It doesn't actually change the ticket.

    To get only the ticket fields that would be changed by the macro,
    see [Show Changes to Ticket](#show-changes-to-ticket).

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        macro_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MacroApplyTicketResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        macro_id=macro_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: int,
    macro_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> MacroApplyTicketResponse | None:
    """Show Ticket After Changes

     Returns the full ticket object as it would be after applying the macro to the ticket.
    It doesn't actually change the ticket.

    To get only the ticket fields that would be changed by the macro,
    see [Show Changes to Ticket](#show-changes-to-ticket).

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        macro_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MacroApplyTicketResponse
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            macro_id=macro_id,
            client=client,
        )
    ).parsed
