"""``reqkit preview``: the rendered brief in a browser, redrawn on every save.

The page is made by the same code as ``reqkit render --format html --with-lint``,
so what the preview shows is what the document will be, findings included.
"""
