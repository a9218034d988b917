from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_status_response import JobStatusResponse
from ...models.ticket_bulk_import_request import TicketBulkImportRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TicketBulkImportRequest | Unset = UNSET,
    archive_immediately: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["archive_immediately"] = archive_immediately

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/imports/tickets/create_many",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JobStatusResponse | None:
    if response.status_code == 200:
        response_200 = JobStatusResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JobStatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TicketBulkImportRequest | Unset = UNSET,
    archive_immediately: bool | Unset = UNSET,
) -> Response[JobStatusResponse]:
    """Ticket Bulk Import

     Accepts an array of up to 100 ticket objects.

    #### Allowed For

    * Admins

    Args:
        archive_immediately (bool | Unset):
        body (TicketBulkImportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse]
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
    body: TicketBulkImportRequest | Unset = UNSET,
    archive_immediately: bool | Unset = UNSET,
) -> JobStatusResponse | None:
    """Ticket Bulk Import

     Accepts an array of up to 100 ticket objects.

    #### Allowed For

    * Admins

    Args:
        archive_immediately (bool | Unset):
        body (TicketBulkImportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        archive_immediately=archive_immediately,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TicketBulkImportRequest | Unset = UNSET,
    archive_immediately: bool | Unset = UNSET,
) -> Response[JobStatusResponse]:
    """Ticket Bulk Import

     Accepts an array of up to 100 ticket objects.

    #### Allowed For

    * Admins

    Args:
        archive_immediately (bool | Unset):
        body (TicketBulkImportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse]
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
    body: TicketBulkImportRequest | Unset = UNSET,
    archive_immediately: bool | Unset = UNSET,
) -> JobStatusResponse | None:
    """Ticket Bulk Import

     Accepts an array of up to 100 ticket objects.

    #### Allowed For

    * Admins

    Args:
        archive_immediately (bool | Unset):
        body (TicketBulkImportRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            archive_immediately=archive_immediately,
        )
    ).parsed
