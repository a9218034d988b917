from enum import StrEnum


class TicketUpdateInputType(StrEnum):
    INCIDENT = "incident"
    PROBLEM = "problem"
    QUESTION = "question"
    TASK = "task"

    def __str__(self) -> str:
        return str(self.value)
