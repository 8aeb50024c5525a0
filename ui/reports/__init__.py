"""Reports in the desktop app: the PDF renderer that app.reports cannot have (it needs Qt)."""
