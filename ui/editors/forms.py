"""Which fields each kind's editor shows, grouped in tabs."""

from PySide6.QtCore import QCoreApplication

from app.records import vocab
from app.session import Session
from ui.editors.fields import (
    ChecksField,
    ChoiceField,
    DateField,
    Field,
    GroupField,
    LineField,
    LinesField,
    TagsField,
    TextField,
    YesNoField,
)
from ui.editors.picker import CasePeopleField, RecordField
from ui.editors.tables import ChannelsField, Column, NamesField, TableField

translate = QCoreApplication.translate  # lupdate finds translate(context, text) calls

Tabs = list[tuple[str, list[Field]]]


def _notes() -> list[Field]:
    return [TextField("notes", lines=8), TagsField("tags")]


def _sources() -> Field:
    """Where the information came from and how far to trust it (Admiralty scale)."""
    return TableField("sources", [Column("description"), Column("reliability", vocab.SOURCE_RELIABILITY),
                                  Column("credibility", vocab.SOURCE_CREDIBILITY)])


def person(session: Session) -> Tabs:
    return [
        (translate("editors", "Identity"), [NamesField(), ChecksField("roles", vocab.PERSON_ROLES),
                          ChoiceField("sex", vocab.SEXES),
                          DateField("birth_date"), LineField("nationality"), LineField("occupation"), LinesField("places")]),
        (translate("editors", "Contact"), [ChannelsField()]),
        (translate("editors", "Safety"), [ChoiceField("status", vocab.PERSON_STATUS, empty=translate("editors", "derived from case events")),
                        ChoiceField("risk", vocab.RISK_LEVELS),
                        GroupField("emergency", [TextField("who_to_call"), LineField("lawyer"),
                                                 TextField("medical_needs"), TextField("prior_instructions")]),
                        GroupField("consent", [DateField("given_on"), ChoiceField("scope", vocab.CONSENT_SCOPES),
                                               LineField("note")])]),
        (translate("editors", "Notes and sources"), [*_notes(), _sources()]),
    ]


def organisation(session: Session) -> Tabs:
    return [(translate("editors", "Organisation"), [NamesField(), ChoiceField("type", vocab.ORGANISATION_TYPES), LinesField("places"),
                                  *_notes()])]


def case(session: Session) -> Tabs:
    return [
        (translate("editors", "Case"), [LineField("title"), ChoiceField("type", vocab.CASE_TYPES), ChoiceField("status", vocab.CASE_STATUS),
                      LineField("location"), CasePeopleField(session)]),
        (translate("editors", "Charges and authorities"), [TableField("charges", [Column("charge"), Column("article")]),
                                                           LinesField("authorities")]),
        (translate("editors", "Notes and sources"), [*_notes(), _sources()]),
    ]


def event(session: Session) -> Tabs:
    return [
        (translate("editors", "Event"), [RecordField("case", session, ("case",)), RecordField("person", session, ("person",)), DateField("date"),
                       ChoiceField("type", vocab.EVENT_TYPES), LineField("place"), TextField("description", lines=5),
                       ChoiceField("confidence", vocab.CONFIDENCE)]),
        (translate("editors", "Detention"), [GroupField("detention", [
            ChoiceField("kind", vocab.DETENTION_KINDS), LineField("facility"), YesNoField("whereabouts_known"),
            YesNoField("family_notified"), ChoiceField("lawyer_access", vocab.LAWYER_ACCESS),
            TextField("conditions"), TextField("health")])]),
        (translate("editors", "Sources"), [_sources()]),
    ]


def intervention(session: Session) -> Tabs:
    return [(translate("editors", "Intervention"), [RecordField("case", session, ("case",)), ChoiceField("type", vocab.INTERVENTION_TYPES),
                                  DateField("date"), LineField("addressee"), TextField("response"),
                                  ChoiceField("status", vocab.INTERVENTION_STATUS), ChoiceField("priority", vocab.PRIORITIES),
                                  TextField("notes")])]


def link(session: Session) -> Tabs:
    ends = ("person", "organisation", "case")
    return [(translate("editors", "Link"), [RecordField("from", session, ends), ChoiceField("type", vocab.LINK_TYPES),
                          RecordField("to", session, ends), TextField("note")])]


FORMS = {"person": person, "organisation": organisation, "case": case, "event": event,
         "intervention": intervention, "link": link}
