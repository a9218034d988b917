from enum import StrEnum


class TicketUpdateInputStatus(StrEnum):
    CLOSED = "closed"
    HOLD = "hold"
    NEW = "new"
    OPEN = "open"
    PENDING = "pending"
    SOLVED = "solved"

    def __str__(self) -> str:
        return str(self.value)
