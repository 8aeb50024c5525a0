"""Reports made from the records: UN urgent-appeal drafts, a case summary for partners, the emergency sheet.

No Qt here: `facts` gathers one case and its defender through the sharing
projection (nothing internal, no sources), `drafts`, `summary` and
`emergency` build a `document.Report`, `as_text` and `as_html` render it, and
`make` is the one entry point the session, the CLI and the UI call. A PDF is
rendered from the HTML by a function the `ui` side provides (ui/reports/pdf.py).
"""
