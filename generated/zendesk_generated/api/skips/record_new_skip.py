from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_skip_create_request import TicketSkipCreateRequest
from ...models.ticket_skip_creation import TicketSkipCreation
from ...types import Response


def _get_kwargs(
    *,
    body: TicketSkipCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/skips",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TicketSkipCreation | None:
    if response.status_code == 201:
        response_201 = TicketSkipCreation.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TicketSkipCreation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TicketSkipCreateRequest,
) -> Response[TicketSkipCreation]:
    """Record a New Skip for the Current User

     Record a new ticket skip for the current user.

    #### Allowed For

    * Agents

    Args:
        body (TicketSkipCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketSkipCreation]
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
    body: TicketSkipCreateRequest,
) -> TicketSkipCreation | None:
    """Record a New Skip for the Current User

     Record a new ticket skip for the current user.

    #### Allowed For

    * Agents

    Args:
        body (TicketSkipCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketSkipCreation
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TicketSkipCreateRequest,
) -> Response[TicketSkipCreation]:
    """Record a New Skip for the Current User

     Record a new ticket skip for the current user.

    #### Allowed For

    * Agents

    Args:
        body (TicketSkipCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketSkipCreation]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TicketSkipCreateRequest,
) -> TicketSkipCreation | None:
    """Record a New Skip for the Current User

     Record a new ticket skip for the current user.

    #### Allowed For

    * Agents

    Args:
        body (TicketSkipCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketSkipCreation
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
