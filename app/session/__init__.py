"""The seam between the domain and its front-ends: the desktop (ui/) and the command line (app/cli).

They open a vault with the functions here and then talk to one `Session`;
everything else in app/ stays behind it. The value types its methods return
are named here too, so a front-end imports `app.session`, `app.errors` and the
record types of `app.records`, and nothing else of app/.
"""

from app.demo import DemoCounts
from app.records.detention import INTERVENTION_OF_ACTION, ChecklistItem, DetainedPerson, checklist
from app.reports.document import Report
from app.reports.errors import ConsentNotCovered, ReportRefused
from app.reports.labels import LANGUAGES as REPORT_LANGUAGES
from app.reports.make import FORMATS as REPORT_FORMATS
from app.reports.make import KINDS as REPORT_KINDS
from app.reports.wording import mark_text as describe_mark
from app.search import Hit
from app.session.events import RecordsChanged
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
    "DEFAULT_KDF_SECONDS", "EXPORTABLE_KINDS", "INTERVENTION_OF_ACTION", "REPORT_FORMATS", "REPORT_KINDS", "REPORT_LANGUAGES",
    "Activity", "Attachment", "ChecklistItem", "ConsentNotCovered", "Contact", "Created",
    "DemoCounts", "DetainedPerson", "Entry", "ExportResult", "HistoryEntry", "Hit", "KdfParams", "OpenedBundle",
    "Outcome", "PdfMaker", "Preview", "Problem", "PublicIdentity", "RecordsChanged", "Report", "ReportRefused", "Session",
    "Summary", "UnlockSettings",
    "WipeReport", "bundle_needs_passphrase", "calibrate_kdf", "checklist", "create_vault", "describe_mark", "harden_process",
    "is_vault", "keyring_available", "keyring_sentence", "note_cancelled_wipe", "parse_identity", "recover", "require_vault",
    "unlock", "wipe_vault",
]
