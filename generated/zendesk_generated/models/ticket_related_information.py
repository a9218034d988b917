from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketRelatedInformation")


@_attrs_define
class TicketRelatedInformation:
    """
    Attributes:
        followup_source_ids (list[str] | None | Unset):
        from_archive (bool | None | Unset): Is true if the current ticket is archived
        incidents (int | None | Unset): A count of related incident occurrences
        jira_issue_ids (list[str] | None | Unset):
        topic_id (None | str | Unset): Related topic in the Web portal (deprecated feature)
    """

    followup_source_ids: list[str] | None | Unset = UNSET
    from_archive: bool | None | Unset = UNSET
    incidents: int | None | Unset = UNSET
    jira_issue_ids: list[str] | None | Unset = UNSET
    topic_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        followup_source_ids: list[str] | None | Unset
        if isinstance(self.followup_source_ids, Unset):
            followup_source_ids = UNSET
        elif isinstance(self.followup_source_ids, list):
            followup_source_ids = self.followup_source_ids

        else:
            followup_source_ids = self.followup_source_ids

        from_archive: bool | None | Unset
        if isinstance(self.from_archive, Unset):
            from_archive = UNSET
        else:
            from_archive = self.from_archive

        incidents: int | None | Unset
        if isinstance(self.incidents, Unset):
            incidents = UNSET
        else:
            incidents = self.incidents

        jira_issue_ids: list[str] | None | Unset
        if isinstance(self.jira_issue_ids, Unset):
            jira_issue_ids = UNSET
        elif isinstance(self.jira_issue_ids, list):
            jira_issue_ids = self.jira_issue_ids

        else:
            jira_issue_ids = self.jira_issue_ids

        topic_id: None | str | Unset
        if isinstance(self.topic_id, Unset):
            topic_id = UNSET
        else:
            topic_id = self.topic_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if followup_source_ids is not UNSET:
            field_dict["followup_source_ids"] = followup_source_ids
        if from_archive is not UNSET:
            field_dict["from_archive"] = from_archive
        if incidents is not UNSET:
            field_dict["incidents"] = incidents
        if jira_issue_ids is not UNSET:
            field_dict["jira_issue_ids"] = jira_issue_ids
        if topic_id is not UNSET:
            field_dict["topic_id"] = topic_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        followup_source_ids = d.pop("followup_source_ids", UNSET)

        from_archive = d.pop("from_archive", UNSET)

        incidents = d.pop("incidents", UNSET)

        jira_issue_ids = d.pop("jira_issue_ids", UNSET)

        topic_id = d.pop("topic_id", UNSET)

        ticket_related_information = cls(
            followup_source_ids=followup_source_ids,
            from_archive=from_archive,
            incidents=incidents,
            jira_issue_ids=jira_issue_ids,
            topic_id=topic_id,
        )

        ticket_related_information.additional_properties = d
        return ticket_related_information

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("followup_source_ids", self.followup_source_ids),
                ("from_archive", self.from_archive),
                ("incidents", self.incidents),
                ("jira_issue_ids", self.jira_issue_ids),
                ("topic_id", self.topic_id),
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
