"""Which consent each report needs, the refusal when it is missing, and the consent a draft states.

A UN draft (WGAD, WGEID, the SR on human rights defenders) names the person to
the Government and, unless asked otherwise, in the public communications
report: only consent for public advocacy covers that. The case summary goes
to partner organisations and follows the bundles' rule (listed partners or
public advocacy, `app.sharing.projection.consent_covers_partners`). The
emergency sheet stays with the caseworker's own team and needs none. Other
people in a case (lawyer, family) are named only as far as their own consent
goes, whatever the user confirmed for the defender.
"""

from app.records import vocab
from app.reports import labels, wording
from app.reports.document import Entry, Section
from app.reports.errors import ConsentNotCovered
from app.reports.facts import Consent, Involved, Person

UN_DRAFTS = frozenset({"wgad", "wgeid", "hrd"})
PUBLIC = "public_advocacy"

# The sentences of ConsentNotCovered (the desktop app shows them translated).
REFUSALS = {
    "un": "The consent on record does not cover a submission to the UN, which names the person to the Government and in a "
          "public report; record consent for public advocacy from the person or their family, or override only if they "
          "agreed to this submission.",
    "summary": "The consent on record does not cover sharing with partners; record the person's consent for listed partners, "
               "or override only if they agreed to this summary.",
}


def covers(kind: str, person: Person) -> bool:
    """Whether the defender's consent on record covers this kind of report."""
    if kind in UN_DRAFTS:
        return person.consent is not None and person.consent.scope == PUBLIC
    if kind == "summary":
        return person.partners
    return True


def require(kind: str, person: Person, override: bool) -> None:
    """ConsentNotCovered unless the consent covers the report or the user confirmed an override."""
    if not override and not covers(kind, person):
        raise ConsentNotCovered(REFUSALS["un" if kind in UN_DRAFTS else "summary"])


def may_name(kind: str, other: Involved) -> bool:
    """Whether someone else in the case may be named in this kind of report (their own consent, no override)."""
    if kind in UN_DRAFTS:
        return other.consent is not None and other.consent.scope == PUBLIC
    if kind == "summary":
        return other.partners
    return True


def recorded(consent: Consent | None, internal: bool) -> str:
    if internal:
        return "recorded in Casebook but kept internal"
    if consent is None:
        return "none recorded"
    given = f", given {wording.date_text(consent.given_on)}" if consent.given_on else ", date not recorded"
    return vocab.label(vocab.CONSENT_SCOPES, consent.scope) + given


def _answers(person: Person, lang: str, hidden: bool) -> list[Entry]:
    """The form's explicit consent questions, answered from the scope on record."""
    if hidden:
        government = public = "Answer from the consent kept in Casebook."
    elif covers("wgad", person):
        government = public = "Yes."
    else:
        government = "Not covered by the consent on record: ask the person or their family first."
        public = ("Not covered: answer No, or initials only if the person or family agree." if person.partners
                  else "Not covered: answer No.")
    return [Entry(labels.text("named_to_government", lang), government), Entry(labels.text("named_in_public", lang), public)]


def section(kind: str, person: Person, lang: str, overridden: bool) -> Section:
    """The consent section: what the record holds, and for a UN draft the form's two questions answered from it."""
    hidden = "consent" in person.internal
    entries = [Entry(labels.text("consent_recorded", lang), recorded(person.consent, hidden))]
    if kind in UN_DRAFTS:
        entries += _answers(person, lang, hidden)
    paragraph = ""
    if overridden and not covers(kind, person):
        paragraph = ("Made although the consent on record does not cover it: the caseworker confirmed that the person or "
                     "their family agreed. Record that consent in Casebook.")
    return Section("consent", labels.text("consent", lang), tuple(entries), paragraph=paragraph)
