from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_status_response import JobStatusResponse
from ...types import Response


def _get_kwargs(
    job_status_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/job_statuses/{job_status_id}".format(
            job_status_id=quote(str(job_status_id), safe=""),
        ),
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
    job_status_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JobStatusResponse]:
    """Show Job Status

     Shows the status of a background job.

    #### Allowed For:

    * Agents

    Args:
        job_status_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse]
    """

    kwargs = _get_kwargs(
        job_status_id=job_status_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_status_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> JobStatusResponse | None:
    """Show Job Status

     Shows the status of a background job.

    #### Allowed For:

    * Agents

    Args:
        job_status_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusResponse
    """

    return sync_detailed(
        job_status_id=job_status_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_status_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[JobStatusResponse]:
    """Show Job Status

     Shows the status of a background job.

    #### Allowed For:

    * Agents

    Args:
        job_status_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse]
    """

    kwargs = _get_kwargs(
        job_status_id=job_status_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_status_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> JobStatusResponse | None:
    """Show Job Status

     Shows the status of a background job.

    #### Allowed For:

    * Agents

    Args:
        job_status_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusResponse
    """

    return (
        await asyncio_detailed(
            job_status_id=job_status_id,
            client=client,
        )
    ).parsed
