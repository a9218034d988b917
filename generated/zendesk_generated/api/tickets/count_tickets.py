from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_count_response import TicketCountResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/tickets/count",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TicketCountResponse | None:
    if response.status_code == 200:
        response_200 = TicketCountResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TicketCountResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[TicketCountResponse]:
    """Count Tickets

     Returns an approximate count of tickets in the account. If the count exceeds 100,000, it is updated
    every 24 hours.

    `ccd` lists tickets that the specified user is cc'd on.

    The `count[refreshed_at]` property is a timestamp that indicates when the count was last updated.

    **Note**: When the count exceeds 100,000, `count[refreshed_at]` may occasionally be null.
    This indicates that the count is being updated in the background, and `count[value]` is limited to
    100,000 until the update is complete.

    #### Allowed For
    * Agents

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketCountResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> TicketCountResponse | None:
    """Count Tickets

     Returns an approximate count of tickets in the account. If the count exceeds 100,000, it is updated
    every 24 hours.

    `ccd` lists tickets that the specified user is cc'd on.

    The `count[refreshed_at]` property is a timestamp that indicates when the count was last updated.

    **Note**: When the count exceeds 100,000, `count[refreshed_at]` may occasionally be null.
    This indicates that the count is being updated in the background, and `count[value]` is limited to
    100,000 until the update is complete.

    #### Allowed For
    * Agents

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketCountResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[TicketCountResponse]:
    """Count Tickets

     Returns an approximate count of tickets in the account. If the count exceeds 100,000, it is updated
    every 24 hours.

    `ccd` lists tickets that the specified user is cc'd on.

    The `count[refreshed_at]` property is a timestamp that indicates when the count was last updated.

    **Note**: When the count exceeds 100,000, `count[refreshed_at]` may occasionally be null.
    This indicates that the count is being updated in the background, and `count[value]` is limited to
    100,000 until the update is complete.

    #### Allowed For
    * Agents

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketCountResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> TicketCountResponse | None:
    """Count Tickets

     Returns an approximate count of tickets in the account. If the count exceeds 100,000, it is updated
    every 24 hours.

    `ccd` lists tickets that the specified user is cc'd on.

    The `count[refreshed_at]` property is a timestamp that indicates when the count was last updated.

    **Note**: When the count exceeds 100,000, `count[refreshed_at]` may occasionally be null.
    This indicates that the count is being updated in the background, and `count[value]` is limited to
    100,000 until the update is complete.

    #### Allowed For
    * Agents

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketCountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
