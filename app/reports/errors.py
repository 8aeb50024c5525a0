"""Why a report was not made: our own errors, one sentence each, never naming the person."""

from app.errors import BadInput


class ReportRefused(BadInput):
    """The records cannot make this report (no defender, a required field kept internal, wrong kind of record)."""


class ConsentNotCovered(ReportRefused):
    """The consent on record does not cover this report; the user may confirm and make it anyway."""
