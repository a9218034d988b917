from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.time_based_export_incremental_tickets_response import (
    TimeBasedExportIncrementalTicketsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    per_page: int | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude_deleted: bool | Unset = UNSET,
    start_time: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["per_page"] = per_page

    params["include"] = include

    params["exclude_deleted"] = exclude_deleted

    params["start_time"] = start_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/incremental/tickets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TimeBasedExportIncrementalTicketsResponse | None:
    if response.status_code == 200:
        response_200 = TimeBasedExportIncrementalTicketsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TimeBasedExportIncrementalTicketsResponse]:
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
    start_time: int,
) -> Response[TimeBasedExportIncrementalTicketsResponse]:
    """Incremental Ticket Export, Time Based

     Returns the tickets that changed since the start time. For more information,
    see [Exporting tickets](/documentation/ticketing/managing-tickets/using-the-incremental-export-
    api#exporting-tickets) in [Using the Incremental Exports API](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api).

    This endpoint supports time-based incremental exports.
    For more information, see [Time-based incremental exports](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api#time-based-incremental-exports) in [Using the Incremental
    Exports API](/documentation/ticketing/managing-tickets/using-the-incremental-export-api). You can
    also return tickets using cursor-based pagination. See [Incremental Ticket Export, Cursor
    Based](#incremental-ticket-export-cursor-based).

    The results include tickets that were updated by the system. See
    [Excluding system-updated tickets](/documentation/ticketing/managing-tickets/using-the-incremental-
    export-api#excluding-system-updated-tickets-time-based-exports) in [Using the Incremental Exports
    API](/documentation/ticketing/managing-tickets/using-the-incremental-export-api).

    The endpoint can return tickets with an `updated_at` time that's earlier than the
    `start_time` time. The reason is that the API compares the `start_time` with the ticket's
    `generated_timestamp` value, not its `updated_at` value. The `updated_at` value is
    updated only if the update generates a [ticket event](#incremental-ticket-event-export).
    The `generated_timestamp` value is updated for all ticket updates, including system
    updates. If a system update occurs after a ticket event, the unchanged
    `updated_at` time will become earlier relative to the updated `generated_timestamp`
    time.

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
        start_time (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TimeBasedExportIncrementalTicketsResponse]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        include=include,
        exclude_deleted=exclude_deleted,
        start_time=start_time,
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
    start_time: int,
) -> TimeBasedExportIncrementalTicketsResponse | None:
    """Incremental Ticket Export, Time Based

     Returns the tickets that changed since the start time. For more information,
    see [Exporting tickets](/documentation/ticketing/managing-tickets/using-the-incremental-export-
    api#exporting-tickets) in [Using the Incremental Exports API](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api).

    This endpoint supports time-based incremental exports.
    For more information, see [Time-based incremental exports](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api#time-based-incremental-exports) in [Using the Incremental
    Exports API](/documentation/ticketing/managing-tickets/using-the-incremental-export-api). You can
    also return tickets using cursor-based pagination. See [Incremental Ticket Export, Cursor
    Based](#incremental-ticket-export-cursor-based).

    The results include tickets that were updated by the system. See
    [Excluding system-updated tickets](/documentation/ticketing/managing-tickets/using-the-incremental-
    export-api#excluding-system-updated-tickets-time-based-exports) in [Using the Incremental Exports
    API](/documentation/ticketing/managing-tickets/using-the-incremental-export-api).

    The endpoint can return tickets with an `updated_at` time that's earlier than the
    `start_time` time. The reason is that the API compares the `start_time` with the ticket's
    `generated_timestamp` value, not its `updated_at` value. The `updated_at` value is
    updated only if the update generates a [ticket event](#incremental-ticket-event-export).
    The `generated_timestamp` value is updated for all ticket updates, including system
    updates. If a system update occurs after a ticket event, the unchanged
    `updated_at` time will become earlier relative to the updated `generated_timestamp`
    time.

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
        start_time (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimeBasedExportIncrementalTicketsResponse
    """

    return sync_detailed(
        client=client,
        per_page=per_page,
        include=include,
        exclude_deleted=exclude_deleted,
        start_time=start_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude_deleted: bool | Unset = UNSET,
    start_time: int,
) -> Response[TimeBasedExportIncrementalTicketsResponse]:
    """Incremental Ticket Export, Time Based

     Returns the tickets that changed since the start time. For more information,
    see [Exporting tickets](/documentation/ticketing/managing-tickets/using-the-incremental-export-
    api#exporting-tickets) in [Using the Incremental Exports API](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api).

    This endpoint supports time-based incremental exports.
    For more information, see [Time-based incremental exports](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api#time-based-incremental-exports) in [Using the Incremental
    Exports API](/documentation/ticketing/managing-tickets/using-the-incremental-export-api). You can
    also return tickets using cursor-based pagination. See [Incremental Ticket Export, Cursor
    Based](#incremental-ticket-export-cursor-based).

    The results include tickets that were updated by the system. See
    [Excluding system-updated tickets](/documentation/ticketing/managing-tickets/using-the-incremental-
    export-api#excluding-system-updated-tickets-time-based-exports) in [Using the Incremental Exports
    API](/documentation/ticketing/managing-tickets/using-the-incremental-export-api).

    The endpoint can return tickets with an `updated_at` time that's earlier than the
    `start_time` time. The reason is that the API compares the `start_time` with the ticket's
    `generated_timestamp` value, not its `updated_at` value. The `updated_at` value is
    updated only if the update generates a [ticket event](#incremental-ticket-event-export).
    The `generated_timestamp` value is updated for all ticket updates, including system
    updates. If a system update occurs after a ticket event, the unchanged
    `updated_at` time will become earlier relative to the updated `generated_timestamp`
    time.

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
        start_time (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TimeBasedExportIncrementalTicketsResponse]
    """

    kwargs = _get_kwargs(
        per_page=per_page,
        include=include,
        exclude_deleted=exclude_deleted,
        start_time=start_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    per_page: int | Unset = UNSET,
    include: str | Unset = UNSET,
    exclude_deleted: bool | Unset = UNSET,
    start_time: int,
) -> TimeBasedExportIncrementalTicketsResponse | None:
    """Incremental Ticket Export, Time Based

     Returns the tickets that changed since the start time. For more information,
    see [Exporting tickets](/documentation/ticketing/managing-tickets/using-the-incremental-export-
    api#exporting-tickets) in [Using the Incremental Exports API](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api).

    This endpoint supports time-based incremental exports.
    For more information, see [Time-based incremental exports](/documentation/ticketing/managing-
    tickets/using-the-incremental-export-api#time-based-incremental-exports) in [Using the Incremental
    Exports API](/documentation/ticketing/managing-tickets/using-the-incremental-export-api). You can
    also return tickets using cursor-based pagination. See [Incremental Ticket Export, Cursor
    Based](#incremental-ticket-export-cursor-based).

    The results include tickets that were updated by the system. See
    [Excluding system-updated tickets](/documentation/ticketing/managing-tickets/using-the-incremental-
    export-api#excluding-system-updated-tickets-time-based-exports) in [Using the Incremental Exports
    API](/documentation/ticketing/managing-tickets/using-the-incremental-export-api).

    The endpoint can return tickets with an `updated_at` time that's earlier than the
    `start_time` time. The reason is that the API compares the `start_time` with the ticket's
    `generated_timestamp` value, not its `updated_at` value. The `updated_at` value is
    updated only if the update generates a [ticket event](#incremental-ticket-event-export).
    The `generated_timestamp` value is updated for all ticket updates, including system
    updates. If a system update occurs after a ticket event, the unchanged
    `updated_at` time will become earlier relative to the updated `generated_timestamp`
    time.

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
        start_time (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimeBasedExportIncrementalTicketsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            per_page=per_page,
            include=include,
            exclude_deleted=exclude_deleted,
            start_time=start_time,
        )
    ).parsed
