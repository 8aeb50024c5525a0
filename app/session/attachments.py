"""The session's attachments: sealed under their record's key, only ever handed out as bytes in memory."""

from app.session.base import SessionBase
from app.store import attachments
from app.store.attachments import Attachment


class AttachmentsPart(SessionBase):
    """Photos, scans and PDFs of a record."""

    def attachments(self, record_id: str) -> list[Attachment]:
        return attachments.list_for(self._vault.records, record_id)

    def add_attachment(self, record_id: str, name: str, media_type: str, data: bytes) -> Attachment:
        """Seal `data` in chunks under the record's key, in one transaction."""
        return attachments.add(self._vault.records, record_id, name, media_type, data)

    def read_attachment(self, attachment_id: str) -> bytes:
        """The attachment's bytes, in memory, after checking every chunk and its hash."""
        return attachments.read(self._vault.records, attachment_id)

    def remove_attachment(self, attachment_id: str) -> None:
        attachments.remove(self._vault.records, attachment_id)
