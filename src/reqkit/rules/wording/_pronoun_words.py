"""Word lists for reading noun phrases without a tagger (see :mod:`._antecedents`).

Small closed classes (auxiliaries, pronouns, determiners, prepositions and
conjunctions) tell where a noun phrase ends; the open lists (verbs that
requirements use, words for people, units) are kept short and practical.
"""

from __future__ import annotations

from reqkit.rules.wording._grammar import DETERMINERS

AUXILIARIES = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "do", "does",
    "did",
})  # fmt: skip
BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you"})
PRONOUNS = SUBJECT_PRONOUNS | frozenset({"them", "him", "her", "us", "me", "itself", "themselves"})
NOUN_DETERMINERS = (DETERMINERS - {"it", "them"}) | frozenset({
    "which", "whose", "what", "many", "several", "few", "other", "most", "no", "such", "my",
    "either", "neither", "last", "next", "first", "previous",
})  # fmt: skip
FUNCTION_WORDS = frozenset({
    "of", "to", "in", "on", "at", "for", "with", "from", "by", "into", "onto", "about", "over",
    "under", "within", "without", "between", "among", "per", "via", "through", "during", "until",
    "before", "after", "since", "against", "across", "around", "than", "as", "like", "instead",
    "and", "or", "but", "nor", "so", "then", "if", "when", "whenever", "while", "once", "unless",
    "because", "whether", "where", "that", "who", "whom", "how", "why", "not", "only", "also",
    "never", "always", "still", "just", "already", "too", "very", "even", "both", "up", "out",
    "off", "down", "back", "there", "here", "ago", "later", "again", "e.g", "i.e", "etc",
})  # fmt: skip

#: Words after which a known verb starts a clause of its own.
CLAUSE_JOINERS = frozenset({"and", "or", "but", "then", "that", "who", "which"})

#: Verbs that requirements use, in their base form: after a noun they start a clause.
VERBS = frozenset({
    "abandon", "accept", "access", "add", "allow", "answer", "apply", "approve", "ask", "assign",
    "attach", "book", "build", "buy", "call", "cancel", "change", "check", "choose", "click", "close",
    "collect", "compare", "complete", "confirm", "contain", "convert", "copy", "create",
    "delete", "deliver", "display", "download", "edit", "enter", "expire", "export", "fail",
    "fill", "find", "finish", "get", "give", "go", "greet", "handle", "help", "import",
    "include", "join", "keep", "launch", "leave", "let", "link", "load", "log", "make", "manage",
    "merge", "move", "need", "notify", "open", "order", "pay", "pick", "place", "print",
    "publish", "reach", "read", "receive", "redeem", "refresh", "register", "reject", "remind",
    "remove", "reply", "request", "require", "return", "review", "run", "save", "scan", "search",
    "see", "select", "sell", "send", "share", "show", "sign", "start", "stop", "store", "submit",
    "sync", "take", "tell", "track", "update", "upload", "use", "validate", "view", "visit",
    "want", "write",
})  # fmt: skip

#: Heads that name people or groups of people: "they" can stand for one of them.
PEOPLE = frozenset({
    "member", "customer", "visitor", "user", "buyer", "rep", "representative", "manager",
    "agent", "attendee", "guest", "subscriber", "respondent", "participant", "admin",
    "administrator", "team", "agency", "staff", "employee", "player", "winner", "owner",
    "officer", "engineer", "developer", "designer", "marketer", "reseller", "dispatcher",
    "driver", "student", "people", "person", "friend", "referrer", "client", "shopper",
    "parent", "child", "patient", "vendor", "supplier", "partner", "colleague", "operator",
    "sales", "marketing", "department", "author", "editor", "reviewer", "applicant",
    "it", "tester", "recipient", "sender", "caller", "traveller", "passenger", "fan",
})  # fmt: skip

#: Units of time and measure: "30 days" is no antecedent.
UNITS = frozenset({
    "second", "minute", "hour", "day", "week", "month", "year", "time", "ms", "mb", "kb", "gb",
    "eur", "euro", "usd", "percent", "instance", "example",
})  # fmt: skip

#: Words before "to" that make it the infinitive ("want to clone"), not a direction.
INFINITIVE_AFTER = frozenset({
    "want", "wants", "need", "needs", "able", "possible", "like", "have", "has", "used",
    "allowed", "asked", "required", "wish", "try", "order", "going", "easy", "how",
})  # fmt: skip
