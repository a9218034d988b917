from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketCommentsResponse")


@_attrs_define
class TicketCommentsResponse:
    """
    Attributes:
        comments (list[TicketCommentObject] | None | Unset):
        meta (CursorPaginationMeta | None | Unset):
        links (CursorPaginationLinks | None | Unset):
        next_page (None | str | Unset):
        previous_page (None | str | Unset):
        count (int | None | Unset):
        users (list[UserForAdmin] | None | Unset): Sideloaded users (include=users)
    """

    comments: list[TicketCommentObject] | None | Unset = UNSET
    meta: CursorPaginationMeta | None | Unset = UNSET
    links: CursorPaginationLinks | None | Unset = UNSET
    next_page: None | str | Unset = UNSET
    previous_page: None | str | Unset = UNSET
    count: int | None | Unset = UNSET
    users: list[UserForAdmin] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comments: list[dict[str, Any]] | None | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        elif isinstance(self.comments, list):
            comments = []
            for comments_type_0_item_data in self.comments:
                comments_type_0_item = comments_type_0_item_data.to_dict()
                comments.append(comments_type_0_item)

        else:
            comments = self.comments

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, CursorPaginationMeta):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        links: dict[str, Any] | None | Unset
        if isinstance(self.links, Unset):
            links = UNSET
        elif isinstance(self.links, CursorPaginationLinks):
            links = self.links.to_dict()
        else:
            links = self.links

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        previous_page: None | str | Unset
        if isinstance(self.previous_page, Unset):
            previous_page = UNSET
        else:
            previous_page = self.previous_page

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        users: list[dict[str, Any]] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_0_item_data in self.users:
                users_type_0_item = users_type_0_item_data.to_dict()
                users.append(users_type_0_item)

        else:
            users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comments is not UNSET:
            field_dict["comments"] = comments
        if meta is not UNSET:
            field_dict["meta"] = meta
        if links is not UNSET:
            field_dict["links"] = links
        if next_page is not UNSET:
            field_dict["next_page"] = next_page
        if previous_page is not UNSET:
            field_dict["previous_page"] = previous_page
        if count is not UNSET:
            field_dict["count"] = count
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comments = d.pop("comments", UNSET)
        if comments is not None and comments is not UNSET:
            comments = _parse_comments(comments)

        meta = d.pop("meta", UNSET)
        if meta is not None and meta is not UNSET:
            meta = _parse_meta(meta)

        links = d.pop("links", UNSET)
        if links is not None and links is not UNSET:
            links = _parse_links(links)

        next_page = d.pop("next_page", UNSET)

        previous_page = d.pop("previous_page", UNSET)

        count = d.pop("count", UNSET)

        users = d.pop("users", UNSET)
        if users is not None and users is not UNSET:
            users = _parse_users(users)

        ticket_comments_response = cls(
            comments=comments,
            meta=meta,
            links=links,
            next_page=next_page,
            previous_page=previous_page,
            count=count,
            users=users,
        )

        ticket_comments_response.additional_properties = d
        return ticket_comments_response

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("comments", self.comments),
                ("meta", self.meta),
                ("links", self.links),
                ("next_page", self.next_page),
                ("previous_page", self.previous_page),
                ("count", self.count),
                ("users", self.users),
                ("additional_properties", self.additional_properties or UNSET),
            )
            if not isinstance(value, Unset)
        ]
        return f"{type(self).__name__}({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _parse_comments(data: object) -> list[TicketCommentObject] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        comments_type_0 = []
        _comments_type_0 = data
        for comments_type_0_item_data in _comments_type_0:
            comments_type_0_item = TicketCommentObject.from_dict(comments_type_0_item_data)

            comments_type_0.append(comments_type_0_item)

        return comments_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[TicketCommentObject] | None | Unset, data)


def _parse_meta(data: object) -> CursorPaginationMeta | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        meta_type_1 = CursorPaginationMeta.from_dict(data)

        return meta_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CursorPaginationMeta | None | Unset, data)


def _parse_links(data: object) -> CursorPaginationLinks | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        links_type_1 = CursorPaginationLinks.from_dict(data)

        return links_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(CursorPaginationLinks | None | Unset, data)


def _parse_users(data: object) -> list[UserForAdmin] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        users_type_0 = []
        _users_type_0 = data
        for users_type_0_item_data in _users_type_0:
            users_type_0_item = UserForAdmin.from_dict(users_type_0_item_data)

            users_type_0.append(users_type_0_item)

        return users_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[UserForAdmin] | None | Unset, data)


from ..models.cursor_pagination_links import CursorPaginationLinks
from ..models.cursor_pagination_meta import CursorPaginationMeta
from ..models.ticket_comment_object import TicketCommentObject
from ..models.user_for_admin import UserForAdmin
