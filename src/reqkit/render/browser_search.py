"""Finding a Chromium-family browser where people have one installed.

PDF output prints the HTML document with Chromium, Google Chrome or
Microsoft Edge, whichever the machine has. ``REQKIT_CHROMIUM`` wins when set
(a path or a program name); then the usual program names on PATH; then the
places the installers use on macOS and Windows, which are not on PATH there.
The search records every place it looked, so that the error for a machine
without a browser can say what was tried.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

#: The variable that names the browser to use, as a path or a program name.
VARIABLE = "REQKIT_CHROMIUM"

#: Program names, in order of preference, as Linux packages and the installers name them.
PROGRAMS = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "microsoft-edge",
    "microsoft-edge-stable",
    "chrome",
    "msedge",
)

_MAC_APPS = (
    "Google Chrome.app/Contents/MacOS/Google Chrome",
    "Chromium.app/Contents/MacOS/Chromium",
    "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
)

_WINDOWS_APPS = (
    ("ProgramFiles", r"Google\Chrome\Application\chrome.exe"),
    ("ProgramFiles(x86)", r"Google\Chrome\Application\chrome.exe"),
    ("LocalAppData", r"Google\Chrome\Application\chrome.exe"),
    ("ProgramFiles", r"Microsoft\Edge\Application\msedge.exe"),
    ("ProgramFiles(x86)", r"Microsoft\Edge\Application\msedge.exe"),
    ("LocalAppData", r"Microsoft\Edge\Application\msedge.exe"),
    ("LocalAppData", r"Chromium\Application\chrome.exe"),
)


@dataclass(frozen=True)
class BrowserSearch:
    """The browser found (None: none), and every place looked at, in order."""

    found: str | None
    tried: tuple[str, ...]
    configured: str | None = None
    """The value of REQKIT_CHROMIUM, when it was set."""


def install_places(platform: str, env: Mapping[str, str]) -> tuple[str, ...]:
    """Where the installers of this operating system put the browsers, off PATH."""
    if platform == "darwin":
        folders = ["/Applications"]
        if env.get("HOME"):
            folders.append(str(Path(env["HOME"]) / "Applications"))
        return tuple(f"{folder}/{app}" for folder in folders for app in _MAC_APPS)
    if platform == "win32":
        return tuple(
            str(PureWindowsPath(env[variable]) / tail)
            for variable, tail in _WINDOWS_APPS
            if env.get(variable)
        )
    return ()


def search_browser(
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    is_file: Callable[[str], bool] = os.path.isfile,
) -> BrowserSearch:
    """Look for the browser the way the module docstring says, stopping at the first."""
    env = os.environ if env is None else env
    path = env.get("PATH", os.defpath)
    configured = env.get(VARIABLE)
    if configured:
        found = configured if is_file(configured) else shutil.which(configured, path=path)
        return BrowserSearch(found, (f"{VARIABLE}={configured}",), configured)
    tried: list[str] = []
    for name in PROGRAMS:
        tried.append(f"{name} on PATH")
        found = shutil.which(name, path=path)
        if found:
            return BrowserSearch(found, tuple(tried))
    for place in install_places(platform, env):
        tried.append(place)
        if is_file(place):
            return BrowserSearch(place, tuple(tried))
    return BrowserSearch(None, tuple(tried))


def not_found_message(search: BrowserSearch) -> tuple[str, str]:
    """The error and its hint for a search that found nothing."""
    if search.configured:
        message = (
            f"{VARIABLE} is set to {search.configured}, "
            "which is neither a file nor a program on PATH"
        )
    else:
        message = "no Chromium, Chrome or Edge browser found to print the PDF; looked for " + (
            ", ".join(search.tried)
        )
    hint = (
        "PDF output prints the HTML document with a Chromium-family browser. Install one "
        "(Debian or Ubuntu: apt-get install chromium; macOS: brew install --cask chromium; "
        f"Windows: Chrome or Edge) or set {VARIABLE} to the browser's path, e.g. "
        f'{VARIABLE}="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome". '
        "Or render --format html and print it from any browser."
    )
    return message, hint
