"""Reports in the desktop app: the Draft report dialog, where a report goes from it, and the PDF renderer
app.reports cannot have (it needs Qt)."""
