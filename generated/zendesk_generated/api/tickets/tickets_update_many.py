from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_status_response import JobStatusResponse
from ...models.tickets_update_many_request import TicketsUpdateManyRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TicketsUpdateManyRequest,
    ids: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["ids"] = ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v2/tickets/update_many",
        "params": params,
    }

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
    body: TicketsUpdateManyRequest,
    ids: str | Unset = UNSET,
) -> Response[JobStatusResponse]:
    """Update Many Tickets

     Accepts an array of up to 100 ticket objects, or a comma-separated list of up to 100 ticket ids.

    Args:
        ids (str | Unset):
        body (TicketsUpdateManyRequest): Either `ticket` (with ?ids=) or `tickets` (batch form)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        ids=ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TicketsUpdateManyRequest,
    ids: str | Unset = UNSET,
) -> JobStatusResponse | None:
    """Update Many Tickets

     Accepts an array of up to 100 ticket objects, or a comma-separated list of up to 100 ticket ids.

    Args:
        ids (str | Unset):
        body (TicketsUpdateManyRequest): Either `ticket` (with ?ids=) or `tickets` (batch form)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobStatusResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        ids=ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TicketsUpdateManyRequest,
    ids: str | Unset = UNSET,
) -> Response[JobStatusResponse]:
    """Update Many Tickets

     Accepts an array of up to 100 ticket objects, or a comma-separated list of up to 100 ticket ids.

    Args:
        ids (str | Unset):
        body (TicketsUpdateManyRequest): Either `ticket` (with ?ids=) or `tickets` (batch form)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobStatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        ids=ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TicketsUpdateManyRequest,
    ids: str | Unset = UNSET,
) -> JobStatusResponse | None:
    """Update Many Tickets

     Accepts an array of up to 100 ticket objects, or a comma-separated list of up to 100 ticket ids.

    Args:
        ids (str | Unset):
        body (TicketsUpdateManyRequest): Either `ticket` (with ?ids=) or `tickets` (batch form)

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
            ids=ids,
        )
    ).parsed
