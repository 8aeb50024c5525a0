"""Spreadsheets in (Vault ▸ Import spreadsheet…) and people recorded twice (Vault ▸ Find duplicates…)."""

from ui.importing.duplicates_dialog import DuplicatesDialog
from ui.importing.wizard import ImportWizard

__all__ = ["DuplicatesDialog", "ImportWizard"]
