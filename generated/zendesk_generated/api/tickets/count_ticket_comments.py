from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_comments_count_response import TicketCommentsCountResponse
from ...types import Response


def _get_kwargs(
    ticket_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/tickets/{ticket_id}/comments/count".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TicketCommentsCountResponse | None:
    if response.status_code == 200:
        response_200 = TicketCommentsCountResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TicketCommentsCountResponse]:
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
) -> Response[TicketCommentsCountResponse]:
    """Count Ticket Comments

     Returns an approximate count of the comments added to the ticket. If the count exceeds 100,000, the
    count will return a cached result.  This cached result will update every 24 hours.

    The `count[refreshed_at]` property is a timestamp that indicates when the count was last updated.

    **Note**: When the count exceeds 100,000, `count[refreshed_at]` may occasionally be null.
    This indicates that the count is being updated in the background, and `count[value]` is limited to
    100,000 until the update is complete.

    #### Allowed For
    * Agents

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketCommentsCountResponse]
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
) -> TicketCommentsCountResponse | None:
    """Count Ticket Comments

     Returns an approximate count of the comments added to the ticket. If the count exceeds 100,000, the
    count will return a cached result.  This cached result will update every 24 hours.

    The `count[refreshed_at]` property is a timestamp that indicates when the count was last updated.

    **Note**: When the count exceeds 100,000, `count[refreshed_at]` may occasionally be null.
    This indicates that the count is being updated in the background, and `count[value]` is limited to
    100,000 until the update is complete.

    #### Allowed For
    * Agents

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketCommentsCountResponse
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[TicketCommentsCountResponse]:
    """Count Ticket Comments

     Returns an approximate count of the comments added to the ticket. If the count exceeds 100,000, the
    count will return a cached result.  This cached result will update every 24 hours.

    The `count[refreshed_at]` property is a timestamp that indicates when the count was last updated.

    **Note**: When the count exceeds 100,000, `count[refreshed_at]` may occasionally be null.
    This indicates that the count is being updated in the background, and `count[value]` is limited to
    100,000 until the update is complete.

    #### Allowed For
    * Agents

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketCommentsCountResponse]
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
) -> TicketCommentsCountResponse | None:
    """Count Ticket Comments

     Returns an approximate count of the comments added to the ticket. If the count exceeds 100,000, the
    count will return a cached result.  This cached result will update every 24 hours.

    The `count[refreshed_at]` property is a timestamp that indicates when the count was last updated.

    **Note**: When the count exceeds 100,000, `count[refreshed_at]` may occasionally be null.
    This indicates that the count is being updated in the background, and `count[value]` is limited to
    100,000 until the update is complete.

    #### Allowed For
    * Agents

    Args:
        ticket_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketCommentsCountResponse
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
        )
    ).parsed
