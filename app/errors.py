"""Our own errors, each with a message a caseworker can act on.

The UI and the CLI only present `str(error)`; messages never carry names,
notes, queries or keys. `exit_code` follows the CLI contract: 2 for bad input
(nothing was changed), 1 for every other failure.
"""


class CasebookError(Exception):
    """Base class: something went wrong that the user should be told about."""

    exit_code = 1


class BadInput(CasebookError):
    """What the user gave us is wrong; nothing was changed."""

    exit_code = 2


class ValidationError(BadInput):
    """A record failed validation; the message names the record and the field.

    `field` is the path of the offending part (`names[2].script`) and `reason`
    the bare complaint, so a form can show it beside the right widget.
    """

    def __init__(self, message: str, field: str | None = None, reason: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.reason = reason


class NotFound(BadInput):
    """No record, vault or contact by that name or id."""


class VaultNotFound(NotFound):
    """The vault folder does not exist or is not a Casebook vault."""


class VaultExists(BadInput):
    """Refused to create a vault over an existing one."""


class WrongPassphrase(BadInput):
    """The passphrase (or recovery key) does not open this vault."""


class VaultLocked(CasebookError):
    """The vault is open in another process."""


class VaultDamaged(CasebookError):
    """A vault file is damaged or not what it claims to be."""


class KeyringProblem(CasebookError):
    """The OS keyring is missing, locked or failing: never reported as a wrong passphrase."""


class StorageFailed(CasebookError):
    """The disk refused a write (full, read-only, ...); the vault is unchanged."""


class IntegrityError(CasebookError):
    """Stored data failed authentication: tampering or damage."""


class BundleRejected(CasebookError):
    """A bundle failed one of the checks on import; the message names the check. Nothing was imported."""


class VaultBusy(CasebookError):
    """Another task of this process holds the vault longer than a caller may wait; nothing was changed."""


class VaultClosed(CasebookError):
    """The vault was locked (closed) while a task still wanted it."""


class InternalError(CasebookError):
    """A bug in Casebook, not the user's doing: the message says so and names only the error's code."""


class Cancelled(CasebookError):
    """The user pressed Cancel: raised inside a long task where it stops; what it leaves is the task's to say."""
