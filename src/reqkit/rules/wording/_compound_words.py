"""The words compound-requirement (RK113) reads a statement with, kept apart from its logic.

Data only: which words are actions, which open an explanation, which are
little words that never start a second action.
"""

from __future__ import annotations

#: Verbs that requirements use for an action of the solution, in their base form.
ACTION_VERBS = (
    "send", "update", "create", "delete", "remove", "store", "save", "show", "display", "notify",
    "inform", "export", "import", "generate", "calculate", "validate", "redirect", "transfer",
    "sync", "synchronise", "synchronize", "assign", "apply", "lock", "unlock", "credit", "move",
    "publish", "upload", "download", "archive", "encrypt", "track", "log", "approve", "reject",
    "accept", "confirm", "register", "collect", "capture", "print", "open", "close", "add",
    "allow", "let", "offer", "provide", "present", "record", "mark", "flag", "block", "hide",
    "list", "sort", "filter", "check", "verify", "post", "share", "invite", "book", "cancel",
    "schedule", "charge", "refund", "issue", "attach", "forward", "route", "escalate", "alert",
    "remind", "retain", "keep", "deliver", "load", "exclude", "convert", "translate", "return",
    "reset", "restore", "migrate", "report", "score", "link", "ask", "require", "limit", "enable",
    "disable", "integrate", "connect", "process", "receive", "email", "e-mail", "count",
    "measure", "compare", "review", "test", "monitor", "analyse", "analyze", "highlight",
    "contact", "call", "tag", "segment", "personalise", "personalize", "recommend", "prefill",
    "pre-fill", "fill", "complete", "submit", "edit", "change", "replace", "merge",
    "deduplicate", "group", "rank", "pay", "redeem", "award", "grant", "revoke", "renew",
    "subscribe", "unsubscribe", "anonymise", "anonymize", "purge", "invoice",
)  # fmt: skip

#: How a sentence that explains or illustrates the one before it begins
#: ("For example, ...", "Because ..."): it is not a second requirement.
EXPLANATION_OPENERS = (
    "for example", "for instance", "e.g.", "e.g", "eg", "i.e.", "i.e", "such as", "example",
    "note", "that way", "because", "since", "as", "the reason", "the aim", "the goal",
    "the purpose", "otherwise", "background", "rationale", "reason", "context", "currently",
    "today", "at the moment", "in other words", "see", "this is because", "this is so",
    "this is to", "this is why", "this way",
)  # fmt: skip

#: A later sentence adds a requirement only when a modal verb asks for something
#: in it, or when it opens with an order ("Send the voucher ..."). Without one it
#: gives the background: "The law requires allergen information", "Members
#: asked for it in the 2026 survey".
ASKING = frozenset({
    "shall", "must", "will", "should", "may", "might", "can", "could", "would", "cannot",
    "shan't", "mustn't", "won't", "shouldn't", "can't", "couldn't", "needs",
})  # fmt: skip

#: Listed verbs that are nouns as often: "name and e-mail address", "date and time".
ALSO_NOUNS = frozenset({
    "report", "list", "check", "record", "mark", "flag", "block", "post", "share", "book",
    "charge", "issue", "alert", "score", "link", "filter", "display", "email", "e-mail", "call",
    "tag", "group", "rank", "change", "test", "review", "edit", "store", "log", "track", "print",
    "open", "close", "process", "return", "schedule", "sort", "lock", "limit", "refund",
    "invoice", "contact", "sync", "move", "export", "import", "archive", "load", "route", "award",
    "grant", "pay", "show", "offer", "present", "reset", "keep", "capture", "register",
    "upload", "download", "remind", "credit", "add", "segment", "complete", "fill",
})  # fmt: skip

#: Little words that can stand between "and" and "the" without being a verb.
NOT_VERBS = frozenset({
    "only", "not", "in", "on", "at", "to", "for", "of", "with", "from", "by", "into", "onto",
    "per", "over", "under", "via", "after", "before", "between", "all", "both", "either",
    "just", "even", "especially", "including", "excluding", "about", "during", "through",
    "within", "without", "across", "against", "toward", "towards", "upon", "among", "below",
    "above", "around", "behind", "beside", "beyond", "like", "near", "off", "out", "up", "down",
    "every", "each", "any", "no", "and", "or", "the", "a", "an", "its", "their", "our", "your",
    "his", "her", "this", "that", "these", "those", "one", "it", "them", "more", "less", "most", "least",
})  # fmt: skip
