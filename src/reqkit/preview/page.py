"""The page the preview serves: the rendered document, or why there is none.

Either way the page carries a small script that waits for the next change
and reloads. A rendered document forbids every script through its own
Content-Security-Policy; the preview takes that policy out of the page and
sends its own as a header instead, the same policy plus that one script
(by nonce) and requests to the preview server itself.
"""

from __future__ import annotations

import html
import re
import secrets
from dataclasses import dataclass, replace

#: Where the page asks whether it is out of date.
CHANGES_PATH = "/__reqkit__/changes"

_POLICY_META = re.compile(
    r"""<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>\n?""", re.IGNORECASE
)
_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)

_RELOAD_SCRIPT = """<script nonce="{nonce}">
(() => {{
  const since = {version};
  const key = "reqkit-preview-scroll";
  const saved = sessionStorage.getItem(key);
  if (saved !== null) {{
    sessionStorage.removeItem(key);
    window.scrollTo(0, Number(saved));
  }}
  const wait = () => fetch("{path}?since=" + since, {{cache: "no-store"}})
    .then((answer) => answer.json())
    .then((state) => {{
      if (state.version === since) {{ wait(); return; }}
      sessionStorage.setItem(key, String(window.scrollY));
      location.reload();
    }})
    .catch(() => setTimeout(wait, 1000));
  wait();
}})();
</script>
"""

_ERROR_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }}
h1 {{ font-size: 1.4rem; color: #9b1c1c; }}
pre {{ white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; padding: 1rem; }}
@media (prefers-color-scheme: dark) {{
  body {{ background: #121212; color: #e8e8e8; }}
  h1 {{ color: #ff9b9b; }}
  pre {{ background: #1e1e1e; }}
}}
</style>
</head>
<body>
<h1>{title}</h1>
<p>Fix the brief and save it: this page reloads by itself.</p>
<pre>{details}</pre>
</body>
</html>
"""


@dataclass(frozen=True)
class Page:
    """One version of what the preview serves."""

    version: int
    body: bytes
    policy: str
    shows_document: bool


def document_page(document: str, version: int) -> Page:
    """The rendered document, with its own policy lifted and the reload script added."""
    nonce = secrets.token_urlsafe(16)
    text = _POLICY_META.sub("", document)
    script = _RELOAD_SCRIPT.format(nonce=nonce, version=version, path=CHANGES_PATH)
    ends = list(_BODY_END.finditer(text))
    if ends:
        cut = ends[-1].start()
        text = text[:cut] + script + text[cut:]
    else:
        text += script
    return Page(version, text.encode("utf-8"), _policy(nonce), shows_document=True)


def problem_page(brief: str, details: str, version: int) -> Page:
    """A page that says why the brief cannot be shown, and reloads once it can."""
    title = html.escape(f"{brief} cannot be shown yet")
    text = _ERROR_PAGE.format(title=title, details=html.escape(details.strip()))
    return replace(document_page(text, version), shows_document=False)


def _policy(nonce: str) -> str:
    return (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src 'nonce-{nonce}'; connect-src 'self'; base-uri 'none'; form-action 'none'"
    )
