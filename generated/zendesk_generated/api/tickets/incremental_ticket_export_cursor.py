from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cursor_based_export_incremental_tickets_response import (
    CursorBasedExportIncrementalTicketsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude_deleted: bool | Unset = UNSET,
    support_type_scope: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["include"] = include

    params["exclude_deleted"] = exclude_deleted

    params["support_type_scope"] = support_type_scope

    params["start_time"] = start_time

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/incremental/tickets/cursor",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CursorBasedExportIncrementalTicketsResponse | None:
    if response.status_code == 200:
        response_200 = CursorBasedExportIncrementalTicketsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CursorBasedExportIncrementalTicketsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude_deleted: bool | Unset = UNSET,
    support_type_scope: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[CursorBasedExportIncrementalTicketsResponse]:
    """Incremental Ticket Export, Cursor Based

     Returns the tickets that changed since the start time. For more information,
    see [Exporting tickets](/documentation/ticketing/managing-tickets/using-the-incremental-export-
    api#exporting-tickets) in [Using the Incremental Exports API](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api).

    This endpoint supports cursor-based incremental exports.
    Cursor-based exports are highly encouraged because they provide more consistent performance and
    response body sizes. For more information, see [Cursor-based incremental
    exports](/documentation/ticketing/managing-tickets/using-the-incremental-export-api#cursor-based-
    incremental-exports) in [Using the Incremental Exports API](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api).



    #### Allowed For

     * Admins

    #### Sideloading

    See [Tickets sideloads](/documentation/ticketing/using-the-zendesk-api/side_loading/#supported-
    endpoints). For performance reasons,
    `last_audits` sideloads aren't supported.

    Args:
        per_page (int | Unset):
        include (str | Unset):
        exclude_deleted (bool | Unset):
        support_type_scope (str | Unset):
        start_time (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CursorBasedExportIncrementalTicketsResponse]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        include=include,
        exclude_deleted=exclude_deleted,
        support_type_scope=support_type_scope,
        start_time=start_time,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude_deleted: bool | Unset = UNSET,
    support_type_scope: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> CursorBasedExportIncrementalTicketsResponse | None:
    """Incremental Ticket Export, Cursor Based

     Returns the tickets that changed since the start time. For more information,
    see [Exporting tickets](/documentation/ticketing/managing-tickets/using-the-incremental-export-
    api#exporting-tickets) in [Using the Incremental Exports API](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api).

    This endpoint supports cursor-based incremental exports.
    Cursor-based exports are highly encouraged because they provide more consistent performance and
    response body sizes. For more information, see [Cursor-based incremental
    exports](/documentation/ticketing/managing-tickets/using-the-incremental-export-api#cursor-based-
    incremental-exports) in [Using the Incremental Exports API](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api).



    #### Allowed For

     * Admins

    #### Sideloading

    See [Tickets sideloads](/documentation/ticketing/using-the-zendesk-api/side_loading/#supported-
    endpoints). For performance reasons,
    `last_audits` sideloads aren't supported.

    Args:
        per_page (int | Unset):
        include (str | Unset):
        exclude_deleted (bool | Unset):
        support_type_scope (str | Unset):
        start_time (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CursorBasedExportIncrementalTicketsResponse
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        include=include,
        exclude_deleted=exclude_deleted,
        support_type_scope=support_type_scope,
        start_time=start_time,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude_deleted: bool | Unset = UNSET,
    support_type_scope: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[CursorBasedExportIncrementalTicketsResponse]:
    """Incremental Ticket Export, Cursor Based

     Returns the tickets that changed since the start time. For more information,
    see [Exporting tickets](/documentation/ticketing/managing-tickets/using-the-incremental-export-
    api#exporting-tickets) in [Using the Incremental Exports API](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api).

    This endpoint supports cursor-based incremental exports.
    Cursor-based exports are highly encouraged because they provide more consistent performance and
    response body sizes. For more information, see [Cursor-based incremental
    exports](/documentation/ticketing/managing-tickets/using-the-incremental-export-api#cursor-based-
    incremental-exports) in [Using the Incremental Exports API](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api).



    #### Allowed For

     * Admins

    #### Sideloading

    See [Tickets sideloads](/documentation/ticketing/using-the-zendesk-api/side_loading/#supported-
    endpoints). For performance reasons,
    `last_audits` sideloads aren't supported.

    Args:
        per_page (int | Unset):
        include (str | Unset):
        exclude_deleted (bool | Unset):
        support_type_scope (str | Unset):
        start_time (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CursorBasedExportIncrementalTicketsResponse]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        include=include,
        exclude_deleted=exclude_deleted,
        support_type_scope=support_type_scope,
        start_time=start_time,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude_deleted: bool | Unset = UNSET,
    support_type_scope: str | Unset = UNSET,
    start_time: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> CursorBasedExportIncrementalTicketsResponse | None:
    """Incremental Ticket Export, Cursor Based

     Returns the tickets that changed since the start time. For more information,
    see [Exporting tickets](/documentation/ticketing/managing-tickets/using-the-incremental-export-
    api#exporting-tickets) in [Using the Incremental Exports API](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api).

    This endpoint supports cursor-based incremental exports.
    Cursor-based exports are highly encouraged because they provide more consistent performance and
    response body sizes. For more information, see [Cursor-based incremental
    exports](/documentation/ticketing/managing-tickets/using-the-incremental-export-api#cursor-based-
    incremental-exports) in [Using the Incremental Exports API](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api).



    #### Allowed For

     * Admins

    #### Sideloading

    See [Tickets sideloads](/documentation/ticketing/using-the-zendesk-api/side_loading/#supported-
    endpoints). For performance reasons,
    `last_audits` sideloads aren't supported.

    Args:
        per_page (int | Unset):
        include (str | Unset):
        exclude_deleted (bool | Unset):
        support_type_scope (str | Unset):
        start_time (int | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CursorBasedExportIncrementalTicketsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            include=include,
            exclude_deleted=exclude_deleted,
            support_type_scope=support_type_scope,
            start_time=start_time,
            cursor=cursor,
        )
    ).parsed
