"""The seam between the domain and its front-ends: the desktop (ui/) and the command line (app/cli).

They open a vault with the functions here and then talk to one `Session`;
everything else in app/ stays behind it. The value types its methods return
are named here too, so a front-end imports `app.session`, `app.errors` and the
record types of `app.records`, and nothing else of app/.

The names load on first use (PEP 562 `__getattr__`): the desktop shows its unlock window before the
domain's modules are imported, and a front-end pays only for the names it uses. `_WHERE` says where
each one lives; the imports under TYPE_CHECKING say the same to the type checker
(tests/app/session/test_seam.py holds the two in step).
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.demo import DemoCounts
    from app.importing.duplicates import PossibleDuplicate
    from app.importing.fields import FIELDS as IMPORT_FIELDS
    from app.importing.fields import IGNORE
    from app.importing.importer import ReadRow, SheetImport
    from app.importing.mapping import Mapping
    from app.importing.preview import ADD, ON_DUPLICATE, SKIPPED, UNDECIDED, UPDATE, Action, Decision
    from app.importing.preview import Preview as ImportPreview
    from app.importing.problems import RowError
    from app.importing.table import Sheet
    from app.records.detention import INTERVENTION_OF_ACTION, ChecklistItem, DetainedPerson, checklist
    from app.reports.document import Report
    from app.reports.errors import ConsentNotCovered, ReportRefused
    from app.reports.labels import LANGUAGES as REPORT_LANGUAGES
    from app.reports.make import FORMATS as REPORT_FORMATS
    from app.reports.make import KINDS as REPORT_KINDS
    from app.reports.wording import mark_text as describe_mark
    from app.search import Hit
    from app.session.backups import BackupInfo, back_up_vault, check_backup, restore_backup
    from app.session.duplicates import Merged
    from app.session.events import RecordsChanged
    from app.session.importing import ImportResult, column_samples, guess_mapping, read_sheet, read_sheet_file
    from app.session.messages import APP_MESSAGES
    from app.session.opening import (
        DEFAULT_KDF_SECONDS,
        Created,
        KdfParams,
        calibrate_kdf,
        create_vault,
        note_cancelled_wipe,
        recover,
        require_vault,
        unlock,
        wipe_vault,
    )
    from app.session.reports import PdfMaker
    from app.session.safety import UnlockSettings
    from app.session.session import Session
    from app.session.sharing import bundle_needs_passphrase
    from app.sharing.bundle_export import EXPORTABLE_KINDS, ExportResult
    from app.sharing.bundle_import import OpenedBundle, Preview
    from app.sharing.contacts import Contact, parse_identity
    from app.sharing.held import HeldChange
    from app.sharing.merge import Outcome
    from app.sharing.trust import REASONS as HELD_REASONS
    from app.store import Activity, HistoryEntry, Summary
    from app.store.attachments import Attachment
    from app.vault.activity import Entry, Problem
    from app.vault.folder import is_vault
    from app.vault.hardening import harden_process
    from app.vault.keyring import keyring_available, keyring_sentence
    from app.vault.strength import (
        MIN_KDF_SECONDS,
        Strength,
        WeakPassphrase,
        assess_passphrase,
        check_kdf_seconds,
        check_new_passphrase,
    )
    from app.vault.strength import MIN_LENGTH as MIN_PASSPHRASE_LENGTH
    from app.vault.wipe import WipeReport
    from crypto.identity import PublicIdentity

# Each name's module, and ":its name there" where the seam calls it otherwise.
_WHERE = {
    "DemoCounts": "app.demo",
    "PossibleDuplicate": "app.importing.duplicates",
    "IGNORE": "app.importing.fields",
    "IMPORT_FIELDS": "app.importing.fields:FIELDS",
    "ReadRow": "app.importing.importer",
    "SheetImport": "app.importing.importer",
    "Mapping": "app.importing.mapping",
    "ADD": "app.importing.preview",
    "Action": "app.importing.preview",
    "Decision": "app.importing.preview",
    "ON_DUPLICATE": "app.importing.preview",
    "SKIPPED": "app.importing.preview",
    "UNDECIDED": "app.importing.preview",
    "UPDATE": "app.importing.preview",
    "ImportPreview": "app.importing.preview:Preview",
    "RowError": "app.importing.problems",
    "Sheet": "app.importing.table",
    "ChecklistItem": "app.records.detention",
    "DetainedPerson": "app.records.detention",
    "INTERVENTION_OF_ACTION": "app.records.detention",
    "checklist": "app.records.detention",
    "Report": "app.reports.document",
    "ConsentNotCovered": "app.reports.errors",
    "ReportRefused": "app.reports.errors",
    "REPORT_LANGUAGES": "app.reports.labels:LANGUAGES",
    "REPORT_FORMATS": "app.reports.make:FORMATS",
    "REPORT_KINDS": "app.reports.make:KINDS",
    "describe_mark": "app.reports.wording:mark_text",
    "Hit": "app.search",
    "BackupInfo": "app.session.backups",
    "back_up_vault": "app.session.backups",
    "check_backup": "app.session.backups",
    "restore_backup": "app.session.backups",
    "Merged": "app.session.duplicates",
    "RecordsChanged": "app.session.events",
    "ImportResult": "app.session.importing",
    "column_samples": "app.session.importing",
    "guess_mapping": "app.session.importing",
    "read_sheet": "app.session.importing",
    "read_sheet_file": "app.session.importing",
    "APP_MESSAGES": "app.session.messages",
    "Created": "app.session.opening",
    "DEFAULT_KDF_SECONDS": "app.session.opening",
    "KdfParams": "app.session.opening",
    "calibrate_kdf": "app.session.opening",
    "create_vault": "app.session.opening",
    "is_vault": "app.vault.folder",
    "keyring_available": "app.vault.keyring",
    "keyring_sentence": "app.vault.keyring",
    "note_cancelled_wipe": "app.session.opening",
    "recover": "app.session.opening",
    "require_vault": "app.session.opening",
    "unlock": "app.session.opening",
    "wipe_vault": "app.session.opening",
    "PdfMaker": "app.session.reports",
    "UnlockSettings": "app.session.safety",
    "Session": "app.session.session",
    "bundle_needs_passphrase": "app.session.sharing",
    "EXPORTABLE_KINDS": "app.sharing.bundle_export",
    "ExportResult": "app.sharing.bundle_export",
    "OpenedBundle": "app.sharing.bundle_import",
    "Preview": "app.sharing.bundle_import",
    "Contact": "app.sharing.contacts",
    "parse_identity": "app.sharing.contacts",
    "HeldChange": "app.sharing.held",
    "Outcome": "app.sharing.merge",
    "HELD_REASONS": "app.sharing.trust:REASONS",
    "Activity": "app.store",
    "HistoryEntry": "app.store",
    "Summary": "app.store",
    "Attachment": "app.store.attachments",
    "Entry": "app.vault.activity",
    "Problem": "app.vault.activity",
    "harden_process": "app.vault.hardening",
    "MIN_KDF_SECONDS": "app.vault.strength",
    "Strength": "app.vault.strength",
    "WeakPassphrase": "app.vault.strength",
    "assess_passphrase": "app.vault.strength",
    "check_kdf_seconds": "app.vault.strength",
    "check_new_passphrase": "app.vault.strength",
    "MIN_PASSPHRASE_LENGTH": "app.vault.strength:MIN_LENGTH",
    "WipeReport": "app.vault.wipe",
    "PublicIdentity": "crypto.identity",
}


def __getattr__(name: str) -> Any:
    """Import the module `name` lives in, the first time a front-end asks for it."""
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, original = _WHERE[name].partition(":")
    value = getattr(importlib.import_module(module), original or name)
    globals()[name] = value
    return value


__all__ = [
    "ADD", "APP_MESSAGES", "DEFAULT_KDF_SECONDS", "EXPORTABLE_KINDS", "HELD_REASONS", "IGNORE", "IMPORT_FIELDS", "INTERVENTION_OF_ACTION",
    "MIN_KDF_SECONDS", "MIN_PASSPHRASE_LENGTH",
    "ON_DUPLICATE", "REPORT_FORMATS", "REPORT_KINDS", "REPORT_LANGUAGES", "SKIPPED", "UNDECIDED", "UPDATE", "Action",
    "Activity", "Attachment", "BackupInfo", "ChecklistItem", "ConsentNotCovered", "Contact", "Created", "Decision", "DemoCounts",
    "DetainedPerson", "Entry", "ExportResult", "HeldChange", "HistoryEntry", "Hit", "ImportPreview", "ImportResult", "KdfParams",
    "Mapping", "Merged", "OpenedBundle", "Outcome", "PdfMaker", "PossibleDuplicate", "Preview", "Problem",
    "PublicIdentity", "ReadRow", "RecordsChanged", "Report", "ReportRefused", "RowError", "Session", "Sheet",
    "SheetImport", "Strength", "Summary", "UnlockSettings", "WeakPassphrase", "WipeReport", "assess_passphrase",
    "back_up_vault", "bundle_needs_passphrase", "calibrate_kdf", "check_backup", "check_kdf_seconds",
    "check_new_passphrase", "checklist",
    "column_samples", "create_vault", "describe_mark", "guess_mapping", "harden_process", "is_vault",
    "keyring_available", "keyring_sentence", "note_cancelled_wipe", "parse_identity", "read_sheet", "read_sheet_file",
    "recover", "require_vault", "restore_backup", "unlock", "wipe_vault",
]
