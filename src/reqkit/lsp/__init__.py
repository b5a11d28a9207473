"""``reqkit lsp``: the language server that brings reqkit's findings into editors.

The modules here that speak the protocol (:mod:`reqkit.lsp.server` and the
feature modules it wires) import pygls and lsprotocol; nothing else in reqkit
imports this package, so other commands never pay for them. What the server
knows about briefs comes from the library: the same linter, configuration,
rule documentation and schema that ``reqkit lint``, ``reqkit rules`` and
``reqkit schema`` use.
"""
