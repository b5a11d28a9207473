"""Asking the editor to say when a config file changes, so open briefs are checked again at once.

The checker notices a changed config file by itself at the next check of a
brief; without a word from the editor that check waits for the next edit.
Editors that can watch files for a server (most can) tell it when a
``.reqkit.toml``, ``reqkit.toml`` or ``pyproject.toml`` is created, changed
or deleted, and every open brief is then checked again.
"""

from __future__ import annotations

from lsprotocol import types

from reqkit.config import CONFIG_NAMES


def watches_files(capabilities: types.ClientCapabilities) -> bool:
    """Whether the client can watch files on the server's behalf."""
    workspace = capabilities.workspace
    watching = workspace.did_change_watched_files if workspace else None
    return bool(watching and watching.dynamic_registration)


def config_watch() -> types.RegistrationParams:
    """The registration that asks the client to report changes to any reqkit config file."""
    watchers = [types.FileSystemWatcher(glob_pattern=f"**/{name}") for name in CONFIG_NAMES]
    return types.RegistrationParams(
        registrations=[
            types.Registration(
                id="reqkit-config-files",
                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
            )
        ]
    )
