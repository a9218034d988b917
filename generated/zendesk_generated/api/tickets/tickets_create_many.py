from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_status_response import JobStatusResponse
from ...models.tickets_create_request import TicketsCreateRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TicketsCreateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/tickets/create_many",
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
    body: TicketsCreateRequest | Unset = UNSET,
) -> Response[JobStatusResponse]:
    """Create Many Tickets

     Accepts an array of up to 100 ticket objects. **Note**: Every ticket created with this endpoint may
    be affected by your business rules, which can include sending email notifications to your end users.
    If you are importing historical tickets or creating more than 1000 tickets, consider using the
    [Ticket Bulk Import](/api-reference/ticketing/tickets/ticket_import/#ticket-bulk-import) endpoint.

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion. Only a certain number of jobs can be queued or running at the same time.
    See [Job limit](/api-reference/introduction/rate-limits/#job-limit) for more information.

    #### Allowed For
    * Agents

    Args:
        body (TicketsCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse]
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
    body: TicketsCreateRequest | Unset = UNSET,
) -> JobStatusResponse | None:
    """Create Many Tickets

     Accepts an array of up to 100 ticket objects. **Note**: Every ticket created with this endpoint may
    be affected by your business rules, which can include sending email notifications to your end users.
    If you are importing historical tickets or creating more than 1000 tickets, consider using the
    [Ticket Bulk Import](/api-reference/ticketing/tickets/ticket_import/#ticket-bulk-import) endpoint.

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion. Only a certain number of jobs can be queued or running at the same time.
    See [Job limit](/api-reference/introduction/rate-limits/#job-limit) for more information.

    #### Allowed For
    * Agents

    Args:
        body (TicketsCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TicketsCreateRequest | Unset = UNSET,
) -> Response[JobStatusResponse]:
    """Create Many Tickets

     Accepts an array of up to 100 ticket objects. **Note**: Every ticket created with this endpoint may
    be affected by your business rules, which can include sending email notifications to your end users.
    If you are importing historical tickets or creating more than 1000 tickets, consider using the
    [Ticket Bulk Import](/api-reference/ticketing/tickets/ticket_import/#ticket-bulk-import) endpoint.

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion. Only a certain number of jobs can be queued or running at the same time.
    See [Job limit](/api-reference/introduction/rate-limits/#job-limit) for more information.

    #### Allowed For
    * Agents

    Args:
        body (TicketsCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TicketsCreateRequest | Unset = UNSET,
) -> JobStatusResponse | None:
    """Create Many Tickets

     Accepts an array of up to 100 ticket objects. **Note**: Every ticket created with this endpoint may
    be affected by your business rules, which can include sending email notifications to your end users.
    If you are importing historical tickets or creating more than 1000 tickets, consider using the
    [Ticket Bulk Import](/api-reference/ticketing/tickets/ticket_import/#ticket-bulk-import) endpoint.

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion. Only a certain number of jobs can be queued or running at the same time.
    See [Job limit](/api-reference/introduction/rate-limits/#job-limit) for more information.

    #### Allowed For
    * Agents

    Args:
        body (TicketsCreateRequest | Unset):

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
        )
    ).parsed
