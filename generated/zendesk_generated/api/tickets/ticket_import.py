from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_import_request import TicketImportRequest
from ...models.ticket_response import TicketResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TicketImportRequest | Unset = UNSET,
    archive_immediately: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["archive_immediately"] = archive_immediately

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/imports/tickets",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TicketResponse | None:
    if response.status_code == 201:
        response_201 = TicketResponse.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient | Client,
    body: TicketImportRequest | Unset = UNSET,
    archive_immediately: bool | Unset = UNSET,
) -> Response[TicketResponse]:
    """Ticket Import

     #### Allowed For

    * Admins

    Args:
        archive_immediately (bool | Unset):
        body (TicketImportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        archive_immediately=archive_immediately,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TicketImportRequest | Unset = UNSET,
    archive_immediately: bool | Unset = UNSET,
) -> TicketResponse | None:
    """Ticket Import

     #### Allowed For

    * Admins

    Args:
        archive_immediately (bool | Unset):
        body (TicketImportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        archive_immediately=archive_immediately,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TicketImportRequest | Unset = UNSET,
    archive_immediately: bool | Unset = UNSET,
) -> Response[TicketResponse]:
    """Ticket Import

     #### Allowed For

    * Admins

    Args:
        archive_immediately (bool | Unset):
        body (TicketImportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        archive_immediately=archive_immediately,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TicketImportRequest | Unset = UNSET,
    archive_immediately: bool | Unset = UNSET,
) -> TicketResponse | None:
    """Ticket Import

     #### Allowed For

    * Admins

    Args:
        archive_immediately (bool | Unset):
        body (TicketImportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            archive_immediately=archive_immediately,
        )
    ).parsed
