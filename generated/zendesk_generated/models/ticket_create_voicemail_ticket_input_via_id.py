from enum import IntEnum


class TicketCreateVoicemailTicketInputViaId(IntEnum):
    VALUE_44 = 44
    VALUE_45 = 45
    VALUE_46 = 46

    def __str__(self) -> str:
        return str(self.value)
