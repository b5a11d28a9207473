"""RK609 no-shared-channel: requests and decisions with nowhere shared to live."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reqkit.model import Brief
from reqkit.rules.base import ADVISED_AT_HANDOFF, Context, Finding, Rule, RuleOptions
from reqkit.rules.phrases import quote
from reqkit.rules.text import TermMatcher

#: Words that mean the channel is somebody's mailbox.
EMAIL_WORDS = (
    "e-mail",
    "e-mails",
    "email",
    "emails",
    "mail",
    "mails",
    "mailbox",
    "inbox",
    "Outlook",
    "Gmail",
)
#: Tools and places both sides can see; naming one makes a channel shared,
#: even if it also mentions e-mail.
SHARED_WORDS = (
    "Jira", "Trello", "Asana", "Monday.com", "ClickUp", "Basecamp", "Azure DevOps",
    "GitHub", "GitLab", "ServiceNow", "Confluence", "SharePoint", "Notion", "wiki",
    "Slack", "Teams", "Mattermost", "Google Chat",
    "ticket", "tickets", "ticket board", "board", "issue tracker", "tracker", "backlog",
    "shared channel",
)  # fmt: skip
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_HINT = (
    "Agree a ticket board or a shared channel both sides can see, "
    'e.g. "Jira project MKTWEB" or "Teams channel Spring web".'
)


class NoSharedChannel(Rule):
    """Flags a brief with no agreed communication channel, or with private e-mail as the channel.

    Requests, questions and decisions sent by e-mail live in a few private
    inboxes: the other people on the project never see them, nobody can find
    them a month later, and "I mailed you about that" replaces a decision
    everyone can see. Agree one shared place, such as a ticket board or a team
    channel, under `communication.channel`. A channel that names a shared tool
    is accepted even if it also mentions e-mail.

    Bad: channel: e-mail to kim.baxter@example.com
    Good: channel: Jira project MKTWEB for requests and decisions
    """

    code = "RK609"
    name = "no-shared-channel"
    friction = "F6"
    needs = ("communication",)
    levels = ADVISED_AT_HANDOFF

    class Options(RuleOptions):
        email_words: tuple[str, ...] = EMAIL_WORDS
        """Words that mark a channel as private e-mail."""

        shared_words: tuple[str, ...] = SHARED_WORDS
        """Tools and words that mark a channel as shared."""

    def check(self, brief: Brief, context: Context) -> Iterator[Finding]:
        options: NoSharedChannel.Options = context.options  # type: ignore[assignment]
        channel = brief.communication.channel if brief.communication else None
        if channel is None or not channel.strip():
            where = ("communication",) if brief.communication else ()
            yield Finding(
                where,
                "No channel is agreed for requests, questions and decisions",
                _HINT,
                on_key=bool(where),
            )
            return
        if _names_any(options.shared_words, channel):
            return
        if _names_any(options.email_words, channel) or _ADDRESS.search(channel):
            yield Finding(
                ("communication", "channel"),
                f"The agreed channel {quote(channel)} is private e-mail: other people on the "
                "project cannot see what was asked and decided",
                _HINT,
            )


def _names_any(words: tuple[str, ...], text: str) -> bool:
    return bool(TermMatcher(words).find(text))
