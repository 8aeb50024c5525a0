"""What bundles need of an open vault, handed in by the vault so that sharing never reaches for the vault itself."""

from dataclasses import dataclass

from app.sharing.contacts import Contacts
from app.sharing.identity import OwnIdentity
from app.store import Journal, Repository


@dataclass(frozen=True)
class Exchange:
    """The records to send from and merge into, this vault's identity, its contacts, and its activity log."""

    records: Repository
    identity: OwnIdentity
    contacts: Contacts
    journal: Journal
