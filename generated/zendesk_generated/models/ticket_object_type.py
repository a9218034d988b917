from enum import StrEnum


class TicketObjectType(StrEnum):
    INCIDENT = "incident"
    PROBLEM = "problem"
    QUESTION = "question"
    TASK = "task"

    def __str__(self) -> str:
        return str(self.value)
