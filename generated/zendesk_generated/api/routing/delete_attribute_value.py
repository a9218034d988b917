from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs(
    attribute_id: str,
    attribute_value_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v2/routing/attributes/{attribute_id}/values/{attribute_value_id}".format(
            attribute_id=quote(str(attribute_id), safe=""),
            attribute_value_id=quote(str(attribute_value_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | None:
    if response.status_code == 204:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    attribute_id: str,
    attribute_value_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete Attribute Value

     Deletes an attribute value.

    #### Allowed For

    * Agents

    Args:
        attribute_id (str):
        attribute_value_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        attribute_id=attribute_id,
        attribute_value_id=attribute_value_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    attribute_id: str,
    attribute_value_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Delete Attribute Value

     Deletes an attribute value.

    #### Allowed For

    * Agents

    Args:
        attribute_id (str):
        attribute_value_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs(
        attribute_id=attribute_id,
        attribute_value_id=attribute_value_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
