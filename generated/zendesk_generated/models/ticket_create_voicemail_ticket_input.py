from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_create_voicemail_ticket_input_priority import (
    TicketCreateVoicemailTicketInputPriority,
)
from ..models.ticket_create_voicemail_ticket_input_via_id import (
    TicketCreateVoicemailTicketInputViaId,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketCreateVoicemailTicketInput")


@_attrs_define
class TicketCreateVoicemailTicketInput:
    """
    Attributes:
        comment (TicketCommentObjectWrite | Unset):
        priority (TicketCreateVoicemailTicketInputPriority | Unset): The urgency with which the ticket should be
            addressed.
        via_id (TicketCreateVoicemailTicketInputViaId | Unset): Required for Create Ticket operation
        voice_comment (TicketCreateVoicemailTicketVoiceCommentInput | Unset):
    """

    comment: TicketCommentObjectWrite | Unset = UNSET
    priority: TicketCreateVoicemailTicketInputPriority | Unset = UNSET
    via_id: TicketCreateVoicemailTicketInputViaId | Unset = UNSET
    voice_comment: TicketCreateVoicemailTicketVoiceCommentInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.comment, Unset):
            comment = self.comment.to_dict()

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        via_id: int | Unset = UNSET
        if not isinstance(self.via_id, Unset):
            via_id = self.via_id.value

        voice_comment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_comment, Unset):
            voice_comment = self.voice_comment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment
        if priority is not UNSET:
            field_dict["priority"] = priority
        if via_id is not UNSET:
            field_dict["via_id"] = via_id
        if voice_comment is not UNSET:
            field_dict["voice_comment"] = voice_comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _comment = d.pop("comment", UNSET)
        comment: TicketCommentObjectWrite | Unset
        if isinstance(_comment, Unset):
            comment = UNSET
        else:
            comment = TicketCommentObjectWrite.from_dict(_comment)

        _priority = d.pop("priority", UNSET)
        priority: TicketCreateVoicemailTicketInputPriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = TicketCreateVoicemailTicketInputPriority(_priority)

        _via_id = d.pop("via_id", UNSET)
        via_id: TicketCreateVoicemailTicketInputViaId | Unset
        if isinstance(_via_id, Unset):
            via_id = UNSET
        else:
            via_id = TicketCreateVoicemailTicketInputViaId(_via_id)

        _voice_comment = d.pop("voice_comment", UNSET)
        voice_comment: TicketCreateVoicemailTicketVoiceCommentInput | Unset
        if isinstance(_voice_comment, Unset):
            voice_comment = UNSET
        else:
            voice_comment = TicketCreateVoicemailTicketVoiceCommentInput.from_dict(_voice_comment)

        ticket_create_voicemail_ticket_input = cls(
            comment=comment,
            priority=priority,
            via_id=via_id,
            voice_comment=voice_comment,
        )

        ticket_create_voicemail_ticket_input.additional_properties = d
        return ticket_create_voicemail_ticket_input

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("comment", self.comment),
                ("priority", self.priority),
                ("via_id", self.via_id),
                ("voice_comment", self.voice_comment),
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


from ..models.ticket_comment_object_write import TicketCommentObjectWrite
from ..models.ticket_create_voicemail_ticket_voice_comment_input import (
    TicketCreateVoicemailTicketVoiceCommentInput,
)
