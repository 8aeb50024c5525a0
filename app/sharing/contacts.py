"""Colleagues' public identities, each with a name; verified only when the user says so.

Verification means the user compared the fingerprint with the colleague in
person (or over a channel they trust); nothing here can do that for them.
"""

from dataclasses import dataclass

from app.database import Database
from app.errors import BadInput, NotFound
from app.records.change import utc_now
from crypto.identity import IdentityFormatError, PublicIdentity

VERIFIED = "verified"
UNVERIFIED = "unverified"
UNKNOWN = "unknown"
SELF = "self"


@dataclass(frozen=True)
class Contact:
    name: str
    identity: PublicIdentity
    verified: bool
    added: str
    verified_on: str | None

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint

    @property
    def trust(self) -> str:
        return VERIFIED if self.verified else UNVERIFIED

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "identity": self.identity.text(), "fingerprint": self.fingerprint,
                "verified": self.verified, "added": self.added, "verified_on": self.verified_on}


def parse_identity(text: str) -> PublicIdentity:
    """A public identity from user input, or BadInput saying what is wrong with it."""
    try:
        return PublicIdentity.parse(text)
    except IdentityFormatError as exc:
        raise BadInput(f"That is not a Casebook identity: {exc}.") from None


class Contacts:
    """The contact list of one open vault."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _row_to_contact(self, row: tuple[str, str, int, str, str | None]) -> Contact:
        return Contact(row[0], PublicIdentity.parse(row[1]), bool(row[2]), row[3], row[4])

    def list(self) -> list[Contact]:
        rows = self._db.execute(
            "SELECT name, public, verified, added, verified_on FROM contacts ORDER BY name COLLATE NOCASE"
        ).fetchall()
        return [self._row_to_contact(row) for row in rows]

    def add(self, identity_text: str, name: str, own: PublicIdentity) -> Contact:
        """Add an unverified contact; refuses our own identity, a duplicate or a taken name."""
        name = " ".join(name.split())
        if not name:
            raise BadInput("A contact needs a name.")
        identity = parse_identity(identity_text)
        if identity == own:
            raise BadInput("That is this vault's own identity; add a colleague's identity instead.")
        existing = self.by_identity(identity)
        if existing is not None:
            raise BadInput(f"That identity is already a contact, named '{existing.name}'.")
        if self._by_name(name) is not None:
            raise BadInput(f"There is already a contact named '{name}'; choose another name.")
        contact = Contact(name, identity, False, utc_now(), None)
        with self._db.transaction():
            self._db.execute("INSERT INTO contacts(public, name, fingerprint, verified, added) VALUES(?, ?, ?, 0, ?)",
                         (identity.text(), name, identity.fingerprint, contact.added))
        return contact

    def verify(self, name: str) -> Contact:
        """Mark a contact verified: the user has compared the fingerprint with them."""
        contact = self.find(name)
        when = utc_now()
        with self._db.transaction():
            self._db.execute("UPDATE contacts SET verified = 1, verified_on = ? WHERE public = ?",
                         (when, contact.identity.text()))
        return Contact(contact.name, contact.identity, True, contact.added, when)

    def _by_name(self, name: str) -> Contact | None:
        row = self._db.execute(
            "SELECT name, public, verified, added, verified_on FROM contacts WHERE name = ? COLLATE NOCASE", (name,)
        ).fetchone()
        return None if row is None else self._row_to_contact(row)

    def find(self, name_or_fingerprint: str) -> Contact:
        """A contact by its name (any letter case) or its fingerprint (spaces optional)."""
        contact = self._by_name(" ".join(name_or_fingerprint.split()))
        if contact is not None:
            return contact
        digits = "".join(name_or_fingerprint.split())
        for candidate in self.list():
            if digits and candidate.fingerprint.replace(" ", "") == digits:
                return candidate
        raise NotFound(f"No contact named '{name_or_fingerprint[:60]}'; `casebook contact list` shows them.")

    def by_identity(self, identity: PublicIdentity) -> Contact | None:
        row = self._db.execute(
            "SELECT name, public, verified, added, verified_on FROM contacts WHERE public = ?", (identity.text(),)
        ).fetchone()
        return None if row is None else self._row_to_contact(row)

    def trust_of(self, identity: PublicIdentity, own: PublicIdentity) -> tuple[str, Contact | None]:
        """(trust state, contact) of a bundle's sender: self, verified, unverified or unknown."""
        if identity == own:
            return SELF, None
        contact = self.by_identity(identity)
        return (UNKNOWN, None) if contact is None else (contact.trust, contact)
