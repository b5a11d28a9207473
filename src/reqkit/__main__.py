"""Lets ``python -m reqkit`` behave exactly like the ``reqkit`` command."""

from __future__ import annotations

from reqkit.startup import launch

if __name__ == "__main__":
    launch()
