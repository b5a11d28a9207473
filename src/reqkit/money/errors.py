"""The one kind of problem reading money has: a value that cannot be read, said plainly."""

from __future__ import annotations

FORMS_HINT = (
    "Write an amount and its currency, e.g. 48000 EUR, EUR 48,000, €48,000 or 48.000,50 EUR."
)


class AmountError(ValueError):
    """A money value that cannot be read, in plain words, with what to write instead."""

    def __init__(self, message: str, hint: str = FORMS_HINT) -> None:
        super().__init__(message)
        self.message, self.hint = message, hint


def short(text: str) -> str:
    """A value as quoted in a message: whole if short, else its ends around an ellipsis."""
    return text if len(text) <= 40 else f"{text[:18]}…{text[-18:]}"
