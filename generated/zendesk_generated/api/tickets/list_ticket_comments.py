from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ticket_comments_response import TicketCommentsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    ticket_id: int,
    *,
    include_inline_images: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["include_inline_images"] = include_inline_images

    params["include"] = include

    params["page[size]"] = pagesize

    params["page[after]"] = pageafter

    params["page[before]"] = pagebefore

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/tickets/{ticket_id}/comments".format(
            ticket_id=quote(str(ticket_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TicketCommentsResponse | None:
    if response.status_code == 200:
        response_200 = TicketCommentsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TicketCommentsResponse]:
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
    include_inline_images: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[TicketCommentsResponse]:
    """List Comments

     Returns the comments added to the ticket.

    Each comment may include a `content_url` for an attachment or a `recording_url` for a voice comment
    that points to a file that may be hosted externally. For security reasons, take care not to
    inadvertently send Zendesk authentication credentials to third parties when attempting to access
    these files. See [Working with url properties](/documentation/ticketing/managing-tickets/working-
    with-url-properties).

    #### Pagination

    - Cursor pagination (recommended)
    - Offset pagination

    See [Pagination](/api-reference/introduction/pagination/).

    Returns a maximum of 100 records per page.

    #### Sorting

    By default, comments are sorted by creation date in ascending order.

    When using cursor pagination, use the following parameter to change the sort order:

    | Name   | Type   | Required | Comments
    | ------ | ------ | -------- | --------
    | `sort` | string | no       | Possible values are "created_at" (ascending order) or "-created_at"
    (descending order)

    When using offset pagination, use the following parameters to change the sort order:

    | Name         | Type   | Required | Comments
    | ------------ | ------ | -------- | --------
    | `sort_order` | string | no       | One of `asc`, `desc`. Defaults to `asc`

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        include_inline_images (bool | Unset):
        include (str | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketCommentsResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        include_inline_images=include_inline_images,
        include=include,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_inline_images: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> TicketCommentsResponse | None:
    """List Comments

     Returns the comments added to the ticket.

    Each comment may include a `content_url` for an attachment or a `recording_url` for a voice comment
    that points to a file that may be hosted externally. For security reasons, take care not to
    inadvertently send Zendesk authentication credentials to third parties when attempting to access
    these files. See [Working with url properties](/documentation/ticketing/managing-tickets/working-
    with-url-properties).

    #### Pagination

    - Cursor pagination (recommended)
    - Offset pagination

    See [Pagination](/api-reference/introduction/pagination/).

    Returns a maximum of 100 records per page.

    #### Sorting

    By default, comments are sorted by creation date in ascending order.

    When using cursor pagination, use the following parameter to change the sort order:

    | Name   | Type   | Required | Comments
    | ------ | ------ | -------- | --------
    | `sort` | string | no       | Possible values are "created_at" (ascending order) or "-created_at"
    (descending order)

    When using offset pagination, use the following parameters to change the sort order:

    | Name         | Type   | Required | Comments
    | ------------ | ------ | -------- | --------
    | `sort_order` | string | no       | One of `asc`, `desc`. Defaults to `asc`

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        include_inline_images (bool | Unset):
        include (str | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketCommentsResponse
    """

    return sync_detailed(
        ticket_id=ticket_id,
        client=client,
        include_inline_images=include_inline_images,
        include=include,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_inline_images: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[TicketCommentsResponse]:
    """List Comments

     Returns the comments added to the ticket.

    Each comment may include a `content_url` for an attachment or a `recording_url` for a voice comment
    that points to a file that may be hosted externally. For security reasons, take care not to
    inadvertently send Zendesk authentication credentials to third parties when attempting to access
    these files. See [Working with url properties](/documentation/ticketing/managing-tickets/working-
    with-url-properties).

    #### Pagination

    - Cursor pagination (recommended)
    - Offset pagination

    See [Pagination](/api-reference/introduction/pagination/).

    Returns a maximum of 100 records per page.

    #### Sorting

    By default, comments are sorted by creation date in ascending order.

    When using cursor pagination, use the following parameter to change the sort order:

    | Name   | Type   | Required | Comments
    | ------ | ------ | -------- | --------
    | `sort` | string | no       | Possible values are "created_at" (ascending order) or "-created_at"
    (descending order)

    When using offset pagination, use the following parameters to change the sort order:

    | Name         | Type   | Required | Comments
    | ------------ | ------ | -------- | --------
    | `sort_order` | string | no       | One of `asc`, `desc`. Defaults to `asc`

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        include_inline_images (bool | Unset):
        include (str | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketCommentsResponse]
    """

    kwargs = _get_kwargs(
        ticket_id=ticket_id,
        include_inline_images=include_inline_images,
        include=include,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    ticket_id: int,
    *,
    client: AuthenticatedClient | Client,
    include_inline_images: bool | Unset = UNSET,
    include: str | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> TicketCommentsResponse | None:
    """List Comments

     Returns the comments added to the ticket.

    Each comment may include a `content_url` for an attachment or a `recording_url` for a voice comment
    that points to a file that may be hosted externally. For security reasons, take care not to
    inadvertently send Zendesk authentication credentials to third parties when attempting to access
    these files. See [Working with url properties](/documentation/ticketing/managing-tickets/working-
    with-url-properties).

    #### Pagination

    - Cursor pagination (recommended)
    - Offset pagination

    See [Pagination](/api-reference/introduction/pagination/).

    Returns a maximum of 100 records per page.

    #### Sorting

    By default, comments are sorted by creation date in ascending order.

    When using cursor pagination, use the following parameter to change the sort order:

    | Name   | Type   | Required | Comments
    | ------ | ------ | -------- | --------
    | `sort` | string | no       | Possible values are "created_at" (ascending order) or "-created_at"
    (descending order)

    When using offset pagination, use the following parameters to change the sort order:

    | Name         | Type   | Required | Comments
    | ------------ | ------ | -------- | --------
    | `sort_order` | string | no       | One of `asc`, `desc`. Defaults to `asc`

    #### Allowed For

    * Agents

    Args:
        ticket_id (int):
        include_inline_images (bool | Unset):
        include (str | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketCommentsResponse
    """

    return (
        await asyncio_detailed(
            ticket_id=ticket_id,
            client=client,
            include_inline_images=include_inline_images,
            include=include,
            pagesize=pagesize,
            pageafter=pageafter,
            pagebefore=pagebefore,
            page=page,
            per_page=per_page,
        )
    ).parsed
