"""The word lists passive-without-actor (RK112) reads a statement with, kept apart from its logic.

Data only, and each list an option a project can replace: participles that
do not end in "-ed", participles that describe a state, and words after "by"
that name no actor. compound-requirement (RK113) uses the participles too.
"""

from __future__ import annotations

#: Past participles that do not end in "-ed" (INCOSE: active voice with a named actor).
IRREGULAR_PARTICIPLES = (
    "sent", "shown", "made", "kept", "built", "held", "paid", "read", "set", "found", "given",
    "known", "seen", "taken", "written", "done", "chosen", "drawn", "driven", "broken", "hidden",
    "brought", "bought", "caught", "taught", "thought", "sought", "told", "sold", "put", "cut",
    "shut", "run", "won", "lost", "left", "led", "fed", "bound", "hung", "laid", "said", "meant",
    "spent", "dealt", "heard", "understood", "withdrawn", "withheld", "upheld", "overridden",
    "rewritten", "forgotten", "gotten", "proven", "shaken", "frozen", "thrown", "grown", "begun",
    "reset", "upset", "let", "split", "spread", "sunk", "struck", "stuck", "swept", "torn", "worn",
    "woken", "undone", "redone", "rerun", "rebuilt",
)  # fmt: skip

#: Words ending in "-ed" that describe a state after "be", not an action someone does.
#: After a modal verb most of them are an action in disguise ("shall be
#: connected", "shall be limited": someone connects, something limits), so they
#: are states only after a plain "is" or "are" ("when the phone is connected").
STATE_WORDS = (
    "based", "located", "supposed", "interested", "required", "allowed", "permitted", "limited",
    "expected", "needed", "concerned", "involved", "related", "dedicated", "detailed", "advanced",
    "experienced", "qualified", "authorised", "authorized", "connected", "disabled", "enabled",
    "licensed", "certified", "satisfied", "pleased", "closed", "booked", "unticked", "ticked",
    "checked", "unchecked", "selected", "subscribed", "unsubscribed", "registered", "used",
    "aligned", "prepared", "equipped", "entitled", "obliged", "obligated", "switched", "lost",
    "logged", "signed", "finished", "completed", "expired", "blocked", "locked", "paid", "done",
    "gone", "broken", "stuck", "full", "offline", "online",
)  # fmt: skip

#: Words of `state-words` that stay states even after a modal verb: "shall be
#: based in the EU", "shall be required for each booking" name no missing actor.
LASTING_STATES = (
    "based", "located", "supposed", "interested", "required", "allowed", "permitted", "expected",
    "needed", "concerned", "involved", "related", "dedicated", "experienced", "qualified",
    "entitled", "obliged", "obligated", "pleased", "satisfied", "equipped", "detailed",
    "advanced",
)  # fmt: skip

#: Words after "by" that give a date, a time or a means, not who does it:
#: "by 1 March", "by e-mail".
NOT_ACTORS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "end", "close", "midnight", "noon", "then", "default", "e-mail", "email",
    "mail", "post", "sms", "phone", "telephone", "hand", "means", "way", "far", "today",
    "tomorrow", "tonight", "next", "launch", "go-live", "cut-over", "design", "law", "contract",
    "at", "up", "about", "around", "latest", "deadline", "time", "week", "month", "year", "day",
    "night", "factor", "percent", "half", "hour", "minute", "noon", "phase", "release", "sprint",
    "quarter", "q1", "q2", "q3", "q4", "means", "name", "id", "number", "date", "value",
)  # fmt: skip
