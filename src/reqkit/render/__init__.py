"""``reqkit render``: briefs as documents people want to share.

The pieces, in the order the data flows: :mod:`~reqkit.render.view` answers
the reader's questions about a validated brief, :mod:`~reqkit.render.environment`
finds and runs the (overridable, sandboxed) templates, and
:mod:`~reqkit.render.command` reads, renders and writes or checks the files.
Nothing here is imported until the render command runs.
"""
