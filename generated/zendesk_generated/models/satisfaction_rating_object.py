from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SatisfactionRatingObject")


@_attrs_define
class SatisfactionRatingObject:
    """
    Example:
        {'assignee_id': 135, 'created_at': '2011-07-20T22:55:29Z', 'group_id': 44, 'id': 35436, 'requester_id': 7881,
            'score': 'good', 'ticket_id': 208, 'updated_at': '2011-07-20T22:55:29Z', 'url':
            'https://company.zendesk.com/api/v2/satisfaction_ratings/62.json'}

    Attributes:
        assignee_id (int | None | Unset): The id of agent assigned to at the time of rating
        comment (None | str | Unset): The comment received with this rating, if available
        created_at (datetime.datetime | None | Unset): The time the satisfaction rating got created
        group_id (int | None | Unset): The id of group assigned to at the time of rating
        id (int | None | Unset): Automatically assigned upon creation
        reason (None | str | Unset): The reason for a bad rating given by the requester in a follow-up question.
            Satisfaction reasons must be [enabled](https://support.zendesk.com/hc/en-us/articles/223152967)
        reason_code (int | None | Unset): The default reasons the user can select from a list menu for giving a negative
            rating. See [Reason codes](/api-reference/ticketing/ticket-management/satisfaction_reasons/#reason-codes) in the
            Satisfaction Reasons API. Can only be set on ratings with a `score` of "bad". Responses don't include this
            property
        reason_id (int | None | Unset): id for the reason the user gave a negative rating. Can only be set on ratings
            with a `score` of "bad". To get a descriptive value for the id, use the [Show Reason for Satisfaction
            Rating](/api-reference/ticketing/ticket-management/satisfaction_reasons/#show-reason-for-satisfaction-rating)
            endpoint
        requester_id (int | None | Unset): The id of ticket requester submitting the rating
        score (None | str | Unset): The rating "offered", "unoffered", "good" or "bad"
        ticket_id (int | None | Unset): The id of ticket being rated
        updated_at (datetime.datetime | None | Unset): The time the satisfaction rating got updated
        url (None | str | Unset): The API url of this rating
    """

    assignee_id: int | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    group_id: int | None | Unset = UNSET
    id: int | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    reason_code: int | None | Unset = UNSET
    reason_id: int | None | Unset = UNSET
    requester_id: int | None | Unset = UNSET
    score: None | str | Unset = UNSET
    ticket_id: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignee_id: int | None | Unset
        if isinstance(self.assignee_id, Unset):
            assignee_id = UNSET
        else:
            assignee_id = self.assignee_id

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        reason_code: int | None | Unset
        if isinstance(self.reason_code, Unset):
            reason_code = UNSET
        else:
            reason_code = self.reason_code

        reason_id: int | None | Unset
        if isinstance(self.reason_id, Unset):
            reason_id = UNSET
        else:
            reason_id = self.reason_id

        requester_id: int | None | Unset
        if isinstance(self.requester_id, Unset):
            requester_id = UNSET
        else:
            requester_id = self.requester_id

        score: None | str | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        ticket_id: int | None | Unset
        if isinstance(self.ticket_id, Unset):
            ticket_id = UNSET
        else:
            ticket_id = self.ticket_id

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assignee_id is not UNSET:
            field_dict["assignee_id"] = assignee_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reason_code is not UNSET:
            field_dict["reason_code"] = reason_code
        if reason_id is not UNSET:
            field_dict["reason_id"] = reason_id
        if requester_id is not UNSET:
            field_dict["requester_id"] = requester_id
        if score is not UNSET:
            field_dict["score"] = score
        if ticket_id is not UNSET:
            field_dict["ticket_id"] = ticket_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignee_id = d.pop("assignee_id", UNSET)

        comment = d.pop("comment", UNSET)

        created_at = d.pop("created_at", UNSET)
        if created_at is not None and created_at is not UNSET:
            created_at = _parse_created_at(created_at)

        group_id = d.pop("group_id", UNSET)

        id = d.pop("id", UNSET)

        reason = d.pop("reason", UNSET)

        reason_code = d.pop("reason_code", UNSET)

        reason_id = d.pop("reason_id", UNSET)

        requester_id = d.pop("requester_id", UNSET)

        score = d.pop("score", UNSET)

        ticket_id = d.pop("ticket_id", UNSET)

        updated_at = d.pop("updated_at", UNSET)
        if updated_at is not None and updated_at is not UNSET:
            updated_at = _parse_updated_at(updated_at)

        url = d.pop("url", UNSET)

        satisfaction_rating_object = cls(
            assignee_id=assignee_id,
            comment=comment,
            created_at=created_at,
            group_id=group_id,
            id=id,
            reason=reason,
            reason_code=reason_code,
            reason_id=reason_id,
            requester_id=requester_id,
            score=score,
            ticket_id=ticket_id,
            updated_at=updated_at,
            url=url,
        )

        satisfaction_rating_object.additional_properties = d
        return satisfaction_rating_object

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("assignee_id", self.assignee_id),
                ("comment", self.comment),
                ("created_at", self.created_at),
                ("group_id", self.group_id),
                ("id", self.id),
                ("reason", self.reason),
                ("reason_code", self.reason_code),
                ("reason_id", self.reason_id),
                ("requester_id", self.requester_id),
                ("score", self.score),
                ("ticket_id", self.ticket_id),
                ("updated_at", self.updated_at),
                ("url", self.url),
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


def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        created_at_type_0 = datetime.datetime.fromisoformat(data)

        return created_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)


def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        updated_at_type_0 = datetime.datetime.fromisoformat(data)

        return updated_at_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(datetime.datetime | None | Unset, data)
