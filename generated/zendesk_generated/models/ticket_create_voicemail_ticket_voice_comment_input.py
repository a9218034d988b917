from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketCreateVoicemailTicketVoiceCommentInput")


@_attrs_define
class TicketCreateVoicemailTicketVoiceCommentInput:
    """
    Attributes:
        answered_by_id (int | Unset): The agent who answered the call
        call_duration (int | Unset): Duration in seconds of the call
        from_ (str | Unset): Incoming phone number
        location (str | Unset): Location of the caller (optional)
        recording_url (str | Unset): Incoming phone number
        started_at (datetime.datetime | Unset): [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) timestamp of the call
            starting time
        to (str | Unset): Dialed phone number
        transcription_text (str | Unset): Transcription of the call (optional)
    """

    answered_by_id: int | Unset = UNSET
    call_duration: int | Unset = UNSET
    from_: str | Unset = UNSET
    location: str | Unset = UNSET
    recording_url: str | Unset = UNSET
    started_at: datetime.datetime | Unset = UNSET
    to: str | Unset = UNSET
    transcription_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered_by_id = self.answered_by_id

        call_duration = self.call_duration

        from_ = self.from_

        location = self.location

        recording_url = self.recording_url

        started_at: str | Unset = UNSET
        if not isinstance(self.started_at, Unset):
            started_at = self.started_at.isoformat()

        to = self.to

        transcription_text = self.transcription_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if answered_by_id is not UNSET:
            field_dict["answered_by_id"] = answered_by_id
        if call_duration is not UNSET:
            field_dict["call_duration"] = call_duration
        if from_ is not UNSET:
            field_dict["from"] = from_
        if location is not UNSET:
            field_dict["location"] = location
        if recording_url is not UNSET:
            field_dict["recording_url"] = recording_url
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if to is not UNSET:
            field_dict["to"] = to
        if transcription_text is not UNSET:
            field_dict["transcription_text"] = transcription_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answered_by_id = d.pop("answered_by_id", UNSET)

        call_duration = d.pop("call_duration", UNSET)

        from_ = d.pop("from", UNSET)

        location = d.pop("location", UNSET)

        recording_url = d.pop("recording_url", UNSET)

        _started_at = d.pop("started_at", UNSET)
        started_at: datetime.datetime | Unset
        if isinstance(_started_at, Unset):
            started_at = UNSET
        else:
            started_at = datetime.datetime.fromisoformat(_started_at)

        to = d.pop("to", UNSET)

        transcription_text = d.pop("transcription_text", UNSET)

        ticket_create_voicemail_ticket_voice_comment_input = cls(
            answered_by_id=answered_by_id,
            call_duration=call_duration,
            from_=from_,
            location=location,
            recording_url=recording_url,
            started_at=started_at,
            to=to,
            transcription_text=transcription_text,
        )

        ticket_create_voicemail_ticket_voice_comment_input.additional_properties = d
        return ticket_create_voicemail_ticket_voice_comment_input

    def __repr__(self) -> str:
        shown = [
            f"{name}={value!r}"
            for name, value in (
                ("answered_by_id", self.answered_by_id),
                ("call_duration", self.call_duration),
                ("from_", self.from_),
                ("location", self.location),
                ("recording_url", self.recording_url),
                ("started_at", self.started_at),
                ("to", self.to),
                ("transcription_text", self.transcription_text),
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
