from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ticket_comment_object import TicketCommentObject


T = TypeVar("T", bound="TicketCommentResponse")


@_attrs_define
class TicketCommentResponse:
    """
    Attributes:
        comment (TicketCommentObject | Unset):  Example: {'attachments': [{'content_type': 'text/plain', 'content_url':
            'https://company.zendesk.com/attachments/crash.log', 'file_name': 'crash.log', 'id': 498483, 'size': 2532,
            'thumbnails': []}], 'author_id': 123123, 'body': 'Thanks for your help!', 'created_at': '2009-07-20T22:55:29Z',
            'id': 1274, 'metadata': {'system': {'client': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_6)
            AppleWebKit/537.36 (KHTML, like Gecko) Chrome/61.0.3163.100 Safari/537.36', 'ip_address': '1.1.1.1', 'latitude':
            -37.000000000001, 'location': 'Melbourne, 07, Australia', 'longitude': 144.0000000000002}, 'via': {'channel':
            'web', 'source': {'from': {}, 'rel': 'web_widget', 'to': {}}}}, 'public': True, 'type': 'Comment'}.
    """

    comment: TicketCommentObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment, Unset):
            comment = self.comment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ticket_comment_object import TicketCommentObject  # noqa: PLC0415

        d = dict(src_dict)
        _comment = d.pop("comment", UNSET)
        comment: TicketCommentObject | Unset
        if isinstance(_comment, Unset):
            comment = UNSET
        else:
            comment = TicketCommentObject.from_dict(_comment)

        ticket_comment_response = cls(
            comment=comment,
        )

        ticket_comment_response.additional_properties = d
        return ticket_comment_response

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
