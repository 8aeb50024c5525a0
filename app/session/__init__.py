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
from app.records.detention import INTERVENTION_OF_ACTION, ChecklistItem, DetainedPerson, checklist
from app.reports.document import Report
from app.reports.errors import ConsentNotCovered, ReportRefused
from app.reports.labels import LANGUAGES as REPORT_LANGUAGES
from app.reports.make import FORMATS as REPORT_FORMATS
from app.reports.make import KINDS as REPORT_KINDS
from app.reports.wording import mark_text as describe_mark
from app.search import Hit
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
from app.session.reports import PdfMaker
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
    "ADD", "APP_MESSAGES", "DEFAULT_KDF_SECONDS", "EXPORTABLE_KINDS", "IGNORE", "IMPORT_FIELDS", "INTERVENTION_OF_ACTION",
    "ON_DUPLICATE", "REPORT_FORMATS", "REPORT_KINDS", "REPORT_LANGUAGES", "SKIPPED", "UNDECIDED", "UPDATE", "Action",
    "Activity", "Attachment", "ChecklistItem", "ConsentNotCovered", "Contact", "Created", "Decision", "DemoCounts",
    "DetainedPerson", "Entry", "ExportResult", "HistoryEntry", "Hit", "ImportPreview", "ImportResult", "KdfParams",
    "Mapping", "Merged", "OpenedBundle", "Outcome", "PdfMaker", "PossibleDuplicate", "Preview", "Problem",
    "PublicIdentity", "ReadRow", "RecordsChanged", "Report", "ReportRefused", "RowError", "Session", "Sheet",
    "SheetImport", "Summary", "UnlockSettings", "WipeReport", "bundle_needs_passphrase", "calibrate_kdf", "checklist",
    "column_samples", "create_vault", "describe_mark", "guess_mapping", "harden_process", "is_vault",
    "keyring_available", "keyring_sentence", "note_cancelled_wipe", "parse_identity", "read_sheet", "read_sheet_file",
    "recover", "require_vault", "unlock", "wipe_vault",
]
