from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_audits_count_response import TicketAuditsCountResponse
from ...types import Response


def _get_kwargs(
    ticket_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/tickets/{ticket_id}/audits/count".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TicketAuditsCountResponse | None:
    if response.status_code == 200:
        response_200 = TicketAuditsCountResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TicketAuditsCountResponse]:
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
) -> Response[TicketAuditsCountResponse]:
    """Count Audits for a Ticket

     Returns an approximate count of audits for a specified ticket. If the count exceeds 100,000, the
    count will return a cached result.  This cached result will update every 24 hours.

    The `count[refreshed_at]` property is a timestamp that indicates when the count was last updated.

    **Note**: If the total number of audits for a ticket exceeds 100,000, this endpoint returns a count
    of 100,000 with a `count[refreshed_at]` value of null. This value is cached for 24 hours, during
    which any requests returns the same count and timestamp. After 24 hours, the endpoint temporarily
    shows the same count again before providing an updated total.

    #### Allowed for

    * Agents

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketAuditsCountResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> TicketAuditsCountResponse | None:
    """Count Audits for a Ticket

     Returns an approximate count of audits for a specified ticket. If the count exceeds 100,000, the
    count will return a cached result.  This cached result will update every 24 hours.

    The `count[refreshed_at]` property is a timestamp that indicates when the count was last updated.

    **Note**: If the total number of audits for a ticket exceeds 100,000, this endpoint returns a count
    of 100,000 with a `count[refreshed_at]` value of null. This value is cached for 24 hours, during
    which any requests returns the same count and timestamp. After 24 hours, the endpoint temporarily
    shows the same count again before providing an updated total.

    #### Allowed for

    * Agents

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketAuditsCountResponse
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TicketAuditsCountResponse]:
    """Count Audits for a Ticket

     Returns an approximate count of audits for a specified ticket. If the count exceeds 100,000, the
    count will return a cached result.  This cached result will update every 24 hours.

    The `count[refreshed_at]` property is a timestamp that indicates when the count was last updated.

    **Note**: If the total number of audits for a ticket exceeds 100,000, this endpoint returns a count
    of 100,000 with a `count[refreshed_at]` value of null. This value is cached for 24 hours, during
    which any requests returns the same count and timestamp. After 24 hours, the endpoint temporarily
    shows the same count again before providing an updated total.

    #### Allowed for

    * Agents

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketAuditsCountResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> TicketAuditsCountResponse | None:
    """Count Audits for a Ticket

     Returns an approximate count of audits for a specified ticket. If the count exceeds 100,000, the
    count will return a cached result.  This cached result will update every 24 hours.

    The `count[refreshed_at]` property is a timestamp that indicates when the count was last updated.

    **Note**: If the total number of audits for a ticket exceeds 100,000, this endpoint returns a count
    of 100,000 with a `count[refreshed_at]` value of null. This value is cached for 24 hours, during
    which any requests returns the same count and timestamp. After 24 hours, the endpoint temporarily
    shows the same count again before providing an updated total.

    #### Allowed for

    * Agents

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketAuditsCountResponse
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
        )
    ).parsed
