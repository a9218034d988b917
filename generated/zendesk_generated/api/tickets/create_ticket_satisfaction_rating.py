from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.satisfaction_rating_create_request import SatisfactionRatingCreateRequest
from ...models.satisfaction_rating_response import SatisfactionRatingResponse
from ...types import Response


def _get_kwargs(
    ticket_id: int,
    *,
    body: SatisfactionRatingCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2/tickets/{ticket_id}/satisfaction_rating".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SatisfactionRatingResponse | None:
    if response.status_code == 200:
        response_200 = SatisfactionRatingResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SatisfactionRatingResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SatisfactionRatingCreateRequest,
) -> Response[SatisfactionRatingResponse]:
    """Create a Satisfaction Rating

     Creates a CSAT rating for a solved ticket, or for a ticket that was previously
    solved and then reopened.

    Only the end user listed as the ticket requester can create a satisfaction rating for the ticket.

    #### Allowed For

    * End user who requested the ticket

    The end user must be a verified user.

    Args:
        ticket_id (int):
        body (SatisfactionRatingCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SatisfactionRatingResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SatisfactionRatingCreateRequest,
) -> SatisfactionRatingResponse | None:
    """Create a Satisfaction Rating

     Creates a CSAT rating for a solved ticket, or for a ticket that was previously
    solved and then reopened.

    Only the end user listed as the ticket requester can create a satisfaction rating for the ticket.

    #### Allowed For

    * End user who requested the ticket

    The end user must be a verified user.

    Args:
        ticket_id (int):
        body (SatisfactionRatingCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SatisfactionRatingResponse
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SatisfactionRatingCreateRequest,
) -> Response[SatisfactionRatingResponse]:
    """Create a Satisfaction Rating

     Creates a CSAT rating for a solved ticket, or for a ticket that was previously
    solved and then reopened.

    Only the end user listed as the ticket requester can create a satisfaction rating for the ticket.

    #### Allowed For

    * End user who requested the ticket

    The end user must be a verified user.

    Args:
        ticket_id (int):
        body (SatisfactionRatingCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SatisfactionRatingResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SatisfactionRatingCreateRequest,
) -> SatisfactionRatingResponse | None:
    """Create a Satisfaction Rating

     Creates a CSAT rating for a solved ticket, or for a ticket that was previously
    solved and then reopened.

    Only the end user listed as the ticket requester can create a satisfaction rating for the ticket.

    #### Allowed For

    * End user who requested the ticket

    The end user must be a verified user.

    Args:
        ticket_id (int):
        body (SatisfactionRatingCreateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SatisfactionRatingResponse
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
            body=body,
        )
    ).parsed
