"""The session's colleagues and bundles: this vault's identity, contacts, export and import."""

import os
from collections.abc import Callable

from app.session.base import SessionBase
from app.sharing import bundle_export, bundle_import, held
from app.sharing.bundle_export import ExportResult
from app.sharing.bundle_import import OpenedBundle, Preview
from app.sharing.contacts import Contact
from app.sharing.held import HeldChange, HeldChanges
from app.sharing.merge import Outcome
from app.vault.strength import check_new_passphrase
from crypto import bundle_crypto
from crypto.identity import PublicIdentity

Progress = Callable[[int, int], None]


def bundle_needs_passphrase(data: bytes) -> bool:
    """Whether a bundle file is locked with a passphrase (rather than to this vault's identity)."""
    return bundle_crypto.is_age_file(data) and bundle_crypto.uses_passphrase(data)


class SharingPart(SessionBase):
    """Identity, contacts and bundles."""

    def identity(self) -> PublicIdentity:
        """This vault's public identity: what colleagues add, with the fingerprint they compare."""
        return self._vault.identity.public

    def age_identity_text(self) -> str:
        """This vault's private age identity, for opening bundles with the `age` tool in an emergency."""
        return self._vault.identity.keys().age_secret_text()

    def contacts(self) -> list[Contact]:
        return self._vault.contacts.list()

    def contact(self, name_or_fingerprint: str) -> Contact:
        """A contact by its name (any letter case) or fingerprint, or NotFound."""
        return self._vault.contacts.find(name_or_fingerprint)

    def add_contact(self, identity: str, name: str) -> Contact:
        """Add a colleague's public identity, not yet verified."""
        return self._vault.contacts.add(identity, name, self.identity())

    def verify_contact(self, name: str) -> Contact:
        """Mark a contact verified: the user compared the fingerprint with them."""
        return self._vault.contacts.verify(name)

    def export_bundle(self, ids: list[str], *, to: list[Contact] | None = None, passphrase: str | None = None,
                      include_without_consent: bool = False, progress: Progress | None = None) -> ExportResult:
        """Build, sign and encrypt a bundle of `ids` for the contacts `to`, or for `passphrase` (exactly one, and strong)."""
        if passphrase is not None:
            check_new_passphrase(passphrase, "bundle passphrase")
        return bundle_export.export_bundle(self._vault.exchange, ids, to=to, passphrase=passphrase,
                                           include_without_consent=include_without_consent, progress=progress)

    def save_bundle(self, result: ExportResult, path: str | os.PathLike[str]) -> None:
        """Write the bundle to a new file where the user chose, then log the export."""
        bundle_export.save_bundle(self._vault.exchange, result, path)

    def open_bundle(self, data: bytes, passphrase: str | None = None) -> OpenedBundle:
        """Decrypt and check a bundle completely; BundleRejected names the first check that failed."""
        return bundle_import.open_bundle(self._vault.exchange, data, passphrase)

    def preview_bundle(self, opened: OpenedBundle, progress: Progress | None = None) -> Preview:
        """What importing would do, changing nothing."""
        return bundle_import.preview(self._vault.exchange, opened, progress)

    def apply_bundle(self, opened: OpenedBundle, progress: Progress | None = None) -> Preview:
        """Merge the bundle in one transaction: all of it, or nothing."""
        result = bundle_import.apply(self._vault.exchange, opened, progress)
        self._announce_everything()
        return result

    def held_changes(self) -> list[HeldChange]:
        """Changes from bundles waiting for review, oldest first."""
        return HeldChanges(self._vault.records).list()

    def accept_held(self, held_id: int) -> Outcome:
        """Apply a held change as from a writer; its sender becomes one."""
        outcome = held.accept(self._vault.exchange, held_id)
        self._announce_everything()
        return outcome

    def reject_held(self, held_id: int) -> None:
        """Drop a held change for good."""
        held.reject(self._vault.exchange, held_id)
