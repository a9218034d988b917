from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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
        assignee_id (int): The id of agent assigned to at the time of rating
        group_id (int): The id of group assigned to at the time of rating
        requester_id (int): The id of ticket requester submitting the rating
        score (str): The rating "offered", "unoffered", "good" or "bad"
        ticket_id (int): The id of ticket being rated
        comment (str | Unset): The comment received with this rating, if available
        created_at (datetime.datetime | Unset): The time the satisfaction rating got created
        id (int | Unset): Automatically assigned upon creation
        reason (str | Unset): The reason for a bad rating given by the requester in a follow-up question. Satisfaction
            reasons must be [enabled](https://support.zendesk.com/hc/en-us/articles/223152967)
        reason_code (int | Unset): The default reasons the user can select from a list menu for giving a negative
            rating. See [Reason codes](/api-reference/ticketing/ticket-management/satisfaction_reasons/#reason-codes) in the
            Satisfaction Reasons API. Can only be set on ratings with a `score` of "bad". Responses don't include this
            property
        reason_id (int | Unset): id for the reason the user gave a negative rating. Can only be set on ratings with a
            `score` of "bad". To get a descriptive value for the id, use the [Show Reason for Satisfaction Rating](/api-
            reference/ticketing/ticket-management/satisfaction_reasons/#show-reason-for-satisfaction-rating) endpoint
        updated_at (datetime.datetime | Unset): The time the satisfaction rating got updated
        url (str | Unset): The API url of this rating
    """

    assignee_id: int
    group_id: int
    requester_id: int
    score: str
    ticket_id: int
    comment: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    id: int | Unset = UNSET
    reason: str | Unset = UNSET
    reason_code: int | Unset = UNSET
    reason_id: int | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assignee_id = self.assignee_id

        group_id = self.group_id

        requester_id = self.requester_id

        score = self.score

        ticket_id = self.ticket_id

        comment = self.comment

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        reason = self.reason

        reason_code = self.reason_code

        reason_id = self.reason_id

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assignee_id": assignee_id,
                "group_id": group_id,
                "requester_id": requester_id,
                "score": score,
                "ticket_id": ticket_id,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reason_code is not UNSET:
            field_dict["reason_code"] = reason_code
        if reason_id is not UNSET:
            field_dict["reason_id"] = reason_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        assignee_id = d.pop("assignee_id")

        group_id = d.pop("group_id")

        requester_id = d.pop("requester_id")

        score = d.pop("score")

        ticket_id = d.pop("ticket_id")

        comment = d.pop("comment", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        id = d.pop("id", UNSET)

        reason = d.pop("reason", UNSET)

        reason_code = d.pop("reason_code", UNSET)

        reason_id = d.pop("reason_id", UNSET)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        url = d.pop("url", UNSET)

        satisfaction_rating_object = cls(
            assignee_id=assignee_id,
            group_id=group_id,
            requester_id=requester_id,
            score=score,
            ticket_id=ticket_id,
            comment=comment,
            created_at=created_at,
            id=id,
            reason=reason,
            reason_code=reason_code,
            reason_id=reason_id,
            updated_at=updated_at,
            url=url,
        )

        satisfaction_rating_object.additional_properties = d
        return satisfaction_rating_object

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
