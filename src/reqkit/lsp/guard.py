"""Keeping the server up: a handler that fails is logged in the editor and answers nothing.

A bug met while answering a hover or a completion must cost that one answer,
never the session: the editor would otherwise lose every finding until the
person restarts it.
"""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from reqkit.lsp.server import ReqkitServer

Handler = TypeVar("Handler", bound=Callable[..., Any])


def guarded(server: ReqkitServer, default: Any = None) -> Callable[[Handler], Handler]:
    """Log an unexpected error in a handler and answer ``default``, so the server keeps serving."""

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        def run(params: Any) -> Any:
            try:
                return handler(params)
            except Exception:
                server.log(f"reqkit: {handler.__name__} failed:\n{traceback.format_exc()}")
                return default

        return run  # type: ignore[return-value]

    return decorate
