from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_status_response import JobStatusResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    ids: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v2/tickets/destroy_many",
        "params": params,
    }

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
    ids: str,
) -> Response[JobStatusResponse]:
    """Bulk Delete Tickets

     Accepts a comma-separated list of up to 100 ticket ids.

    #### Allowed For

    * Admins
    * Agents with permission to delete tickets

    Agent delete permissions are set in Support. See
    [Deleting tickets](https://support.zendesk.com/hc/en-us/articles/203690936)
    in the Support Help Center.

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion. Only a certain number of jobs can be queued or running at the same time.
    See [Job limit](/api-reference/introduction/rate-limits/#job-limit) for more information.

    Args:
        ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    ids: str,
) -> JobStatusResponse | None:
    """Bulk Delete Tickets

     Accepts a comma-separated list of up to 100 ticket ids.

    #### Allowed For

    * Admins
    * Agents with permission to delete tickets

    Agent delete permissions are set in Support. See
    [Deleting tickets](https://support.zendesk.com/hc/en-us/articles/203690936)
    in the Support Help Center.

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion. Only a certain number of jobs can be queued or running at the same time.
    See [Job limit](/api-reference/introduction/rate-limits/#job-limit) for more information.

    Args:
        ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: str,
) -> Response[JobStatusResponse]:
    """Bulk Delete Tickets

     Accepts a comma-separated list of up to 100 ticket ids.

    #### Allowed For

    * Admins
    * Agents with permission to delete tickets

    Agent delete permissions are set in Support. See
    [Deleting tickets](https://support.zendesk.com/hc/en-us/articles/203690936)
    in the Support Help Center.

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion. Only a certain number of jobs can be queued or running at the same time.
    See [Job limit](/api-reference/introduction/rate-limits/#job-limit) for more information.

    Args:
        ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: str,
) -> JobStatusResponse | None:
    """Bulk Delete Tickets

     Accepts a comma-separated list of up to 100 ticket ids.

    #### Allowed For

    * Admins
    * Agents with permission to delete tickets

    Agent delete permissions are set in Support. See
    [Deleting tickets](https://support.zendesk.com/hc/en-us/articles/203690936)
    in the Support Help Center.

    This endpoint returns a `job_status` [JSON object](/api-reference/ticketing/ticket-
    management/job_statuses/#json-format) and queues a background job to do the work. Use the [Show Job
    Status](/api-reference/ticketing/ticket-management/job_statuses/#show-job-status) endpoint to check
    for the job's completion. Only a certain number of jobs can be queued or running at the same time.
    See [Job limit](/api-reference/introduction/rate-limits/#job-limit) for more information.

    Args:
        ids (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
        )
    ).parsed
