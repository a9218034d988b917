from enum import StrEnum


class ConversationLogObjectAuthorType(StrEnum):
    AGENT = "agent"
    BOT = "bot"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
