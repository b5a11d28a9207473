"""Lets ``python -m reqkit`` behave exactly like the ``reqkit`` command."""

from __future__ import annotations

from reqkit.cli import main

if __name__ == "__main__":
    main()
