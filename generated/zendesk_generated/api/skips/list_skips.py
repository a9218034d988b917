from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_skips_sort_order import ListSkipsSortOrder
from ...models.ticket_skips_response import TicketSkipsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sort_order: ListSkipsSortOrder | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = sort_order.value

    params["sort_order"] = json_sort_order

    params["page[size]"] = pagesize

    params["page[after]"] = pageafter

    params["page[before]"] = pagebefore

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v2/skips",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TicketSkipsResponse | None:
    if response.status_code == 200:
        response_200 = TicketSkipsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TicketSkipsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_order: ListSkipsSortOrder | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[TicketSkipsResponse]:
    """List Skips

     Archived tickets are not included in the response. See
    [About archived tickets](https://support.zendesk.com/hc/en-us/articles/203657756) in
    the Support Help Center.

    #### Pagination

    - Cursor pagination (recommended)
    - Offset pagination

    See [Pagination](/api-reference/introduction/pagination/).

    Returns a maximum of 100 records per page.

    #### Allowed For
    * Agents with "View only" or higher reports permissions in Support.
      These permissions are distinct from Explore permissions.
    * Agents retrieving their own skips

    Args:
        sort_order (ListSkipsSortOrder | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketSkipsResponse]
    """

    kwargs = _get_kwargs(
        sort_order=sort_order,
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
    *,
    client: AuthenticatedClient | Client,
    sort_order: ListSkipsSortOrder | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> TicketSkipsResponse | None:
    """List Skips

     Archived tickets are not included in the response. See
    [About archived tickets](https://support.zendesk.com/hc/en-us/articles/203657756) in
    the Support Help Center.

    #### Pagination

    - Cursor pagination (recommended)
    - Offset pagination

    See [Pagination](/api-reference/introduction/pagination/).

    Returns a maximum of 100 records per page.

    #### Allowed For
    * Agents with "View only" or higher reports permissions in Support.
      These permissions are distinct from Explore permissions.
    * Agents retrieving their own skips

    Args:
        sort_order (ListSkipsSortOrder | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketSkipsResponse
    """

    return sync_detailed(
        client=client,
        sort_order=sort_order,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sort_order: ListSkipsSortOrder | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> Response[TicketSkipsResponse]:
    """List Skips

     Archived tickets are not included in the response. See
    [About archived tickets](https://support.zendesk.com/hc/en-us/articles/203657756) in
    the Support Help Center.

    #### Pagination

    - Cursor pagination (recommended)
    - Offset pagination

    See [Pagination](/api-reference/introduction/pagination/).

    Returns a maximum of 100 records per page.

    #### Allowed For
    * Agents with "View only" or higher reports permissions in Support.
      These permissions are distinct from Explore permissions.
    * Agents retrieving their own skips

    Args:
        sort_order (ListSkipsSortOrder | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TicketSkipsResponse]
    """

    kwargs = _get_kwargs(
        sort_order=sort_order,
        pagesize=pagesize,
        pageafter=pageafter,
        pagebefore=pagebefore,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sort_order: ListSkipsSortOrder | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    pageafter: str | Unset = UNSET,
    pagebefore: str | Unset = UNSET,
    page: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
) -> TicketSkipsResponse | None:
    """List Skips

     Archived tickets are not included in the response. See
    [About archived tickets](https://support.zendesk.com/hc/en-us/articles/203657756) in
    the Support Help Center.

    #### Pagination

    - Cursor pagination (recommended)
    - Offset pagination

    See [Pagination](/api-reference/introduction/pagination/).

    Returns a maximum of 100 records per page.

    #### Allowed For
    * Agents with "View only" or higher reports permissions in Support.
      These permissions are distinct from Explore permissions.
    * Agents retrieving their own skips

    Args:
        sort_order (ListSkipsSortOrder | Unset):
        pagesize (int | Unset):
        pageafter (str | Unset):
        pagebefore (str | Unset):
        page (int | Unset):
        per_page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TicketSkipsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_order=sort_order,
            pagesize=pagesize,
            pageafter=pageafter,
            pagebefore=pagebefore,
            page=page,
            per_page=per_page,
        )
    ).parsed
