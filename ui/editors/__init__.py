"""Record editors: `open_editor(session, kind, record_id, parent)` returns the dialog."""

from ui.editors.dialog import EditorDialog, open_editor

__all__ = ["EditorDialog", "open_editor"]
