"""The seam between the domain and its front-ends: the desktop (ui/) and the command line (app/cli).

They open a vault with the functions here and then talk to one `Session`;
everything else in app/ stays behind it. The value types its methods return
are named here too, so a front-end imports `app.session`, `app.errors` and the
record types of `app.records`, and nothing else of app/.
"""

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
from app.records.detention import ChecklistItem, DetainedPerson, checklist
from app.search import Hit
from app.session.duplicates import Merged
from app.session.events import RecordsChanged
from app.session.importing import ImportResult, column_samples, guess_mapping, read_sheet, read_sheet_file
from app.session.opening import (
    DEFAULT_KDF_SECONDS,
    Created,
    KdfParams,
    calibrate_kdf,
    create_vault,
    harden_process,
    is_vault,
    keyring_available,
    keyring_sentence,
    note_cancelled_wipe,
    recover,
    require_vault,
    unlock,
    wipe_vault,
)
from app.session.safety import UnlockSettings
from app.session.session import Session
from app.session.sharing import bundle_needs_passphrase
from app.sharing.bundle_export import EXPORTABLE_KINDS, ExportResult
from app.sharing.bundle_import import OpenedBundle, Preview
from app.sharing.contacts import Contact, parse_identity
from app.sharing.merge import Outcome
from app.store import Activity, HistoryEntry, Summary
from app.store.attachments import Attachment
from app.vault.activity import Entry, Problem
from app.vault.wipe import WipeReport
from crypto.identity import PublicIdentity

__all__ = [
    "DEFAULT_KDF_SECONDS", "EXPORTABLE_KINDS", "Activity", "Attachment", "ChecklistItem", "Contact", "Created",
    "DemoCounts", "DetainedPerson", "Entry", "ExportResult", "HistoryEntry", "Hit", "KdfParams", "OpenedBundle",
    "Outcome", "Preview", "Problem", "PublicIdentity", "RecordsChanged", "Session", "Summary", "UnlockSettings",
    "WipeReport", "bundle_needs_passphrase", "calibrate_kdf", "checklist", "create_vault", "harden_process",
    "is_vault", "keyring_available", "keyring_sentence", "note_cancelled_wipe", "parse_identity", "recover", "require_vault",
    "unlock", "wipe_vault",
]
# Spreadsheets in, and duplicates within the vault.
__all__ += [
    "ADD", "IGNORE", "IMPORT_FIELDS", "ON_DUPLICATE", "SKIPPED", "UNDECIDED", "UPDATE", "Action", "Decision", "ImportPreview",
    "ImportResult", "Mapping", "Merged", "PossibleDuplicate", "ReadRow", "RowError", "Sheet", "SheetImport", "column_samples",
    "guess_mapping", "read_sheet", "read_sheet_file",
]
