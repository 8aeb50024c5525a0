"""The Colleagues section: identity with QR code, contacts verified by comparing fingerprints, bundles out and in."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.session import Session
from app.vault.vault import Vault
from helpers.bundles import add, bundle, edit, introduce, new_vault
from ui.colleagues import ColleaguesPage
from ui.colleagues.models import ChoiceModel, ContactsModel, PreviewModel
from ui.session_signals import SessionSignals

pytestmark = pytest.mark.gui


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    alice, bob = new_vault(tmp_path / "alice.casebook"), new_vault(tmp_path / "bob.casebook")
    yield alice, bob
    alice.close()
    bob.close()


def colleagues_page(vault: Vault) -> ColleaguesPage:
    session = Session(vault)
    return ColleaguesPage(session, SessionSignals(session))


def detention_case(vault: Vault) -> tuple[str, str, str]:
    person = add(vault, "person", names=["柯德华", "Ke Dehua"], consent={"scope": "listed_partners"})
    witness = add(vault, "person", names=["吕志"])
    case = add(vault, "case", title="Detention of Ke Dehua", people=[{"person": person, "role": "defender"},
                                                                    {"person": witness, "role": "witness"}])
    add(vault, "event", case=case, date="2024-01-31", type="detained")
    return person, witness, case


def test_page_shows_identity_fingerprint_and_qr_code(qtbot: QtBot, session: Session) -> None:
    page = ColleaguesPage(session, SessionSignals(session))
    qtbot.addWidget(page)
    public = session.identity()
    assert page.identity_edit.text() == public.text() and page.identity_edit.isReadOnly()
    assert page.fingerprint.text() == public.fingerprint
    assert not page.qr.pixmap().isNull() and page.qr.pixmap().width() > 100
    assert page.qr.accessibleName() and page.table.accessibleName() == "Colleagues"


def test_add_a_colleague_then_verify_after_comparing_fingerprints(qtbot: QtBot, pair: tuple[Vault, Vault]) -> None:
    alice, bob = pair
    page = colleagues_page(alice)
    qtbot.addWidget(page)
    dialog = page.add_contact()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.identity_edit.setPlainText(bob.identity.public.text()[:-3])
    dialog.name_edit.setText("Bob")
    assert not ok.isEnabled() and "not a complete" in dialog.problem.text()
    dialog.identity_edit.setPlainText(bob.identity.public.text())
    assert ok.isEnabled() and dialog.fingerprint.text() == bob.identity.public.fingerprint
    ok.click()
    model = page.contacts
    assert model.rowCount() == 1
    assert model.index(0, ContactsModel.STATE).data() == "not verified"
    assert page.verify_selected() is None and "Choose a colleague" in page.message.text()
    page.table.selectRow(0)
    verify = page.verify_selected()
    assert verify is not None
    verify.reject()
    assert not alice.contacts.find("Bob").verified, "closing without comparing verifies nothing"
    verify = page.verify_selected()
    assert verify is not None
    verify.match_button.click()
    assert alice.contacts.find("Bob").verified
    assert model.index(0, ContactsModel.STATE).data() == "verified"


def test_export_then_import_with_preview_trust_and_conflict(qtbot: QtBot, pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    alice, bob = pair
    introduce(alice, bob)
    _, witness, case = detention_case(alice)
    page = colleagues_page(alice)
    qtbot.addWidget(page)
    export = page.export_bundle([case])
    assert export.records.checked_ids() == [case]
    export.output.setText(str(tmp_path / "to-bob.casebundle"))
    export.start_export()
    assert "Tick at least one colleague" in export.message.text()
    export.recipients.set_checked("bob")
    with qtbot.waitSignal(export.exported, timeout=30_000):
        export.start_export()
    assert (tmp_path / "to-bob.casebundle").exists()
    assert "吕志" in export.message.text(), "the export says who was left out for consent"

    bob_session = Session(bob)
    bob_signals = SessionSignals(bob_session)
    bob_page = ColleaguesPage(bob_session, bob_signals)
    qtbot.addWidget(bob_page)
    dialog = bob_page.import_bundle(tmp_path / "to-bob.casebundle")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=30_000)
    assert "alice" in dialog.sender_label.text() and "verified" in dialog.sender_label.text()
    assert sorted(dialog.model.statuses()) == ["new", "new", "new"]
    assert bob.records.find(case) is None, "the preview changes nothing"
    with qtbot.waitSignal(bob_signals.recordsChanged, timeout=30_000) as announced:
        dialog.apply_button.click()
    assert announced.args[0].everything, "an import tells every list to reload"
    qtbot.waitUntil(lambda: "Imported." in dialog.summary.text())
    assert bob.records.get(case).fields["title"] == "Detention of Ke Dehua"
    assert bob.records.find(witness) is None

    edit(alice, case, title="by alice")
    edit(bob, case, title="by bob")
    (tmp_path / "to-alice.casebundle").write_bytes(bundle(bob, alice, [case]))
    back = page.import_bundle(tmp_path / "to-alice.casebundle")
    assert back is not None
    qtbot.waitUntil(lambda: back.apply_button.isEnabled(), timeout=30_000)
    assert back.model.statuses() == ["conflict"]
    assert back.model.index(0, PreviewModel.FIELDS).data() == "title"
    back.apply()
    qtbot.waitUntil(lambda: "Imported." in back.summary.text(), timeout=30_000)
    assert alice.records.get(case).review
    assert "Imported." in back.summary.text()


def test_an_export_with_nothing_left_to_send_writes_no_bundle(qtbot: QtBot, pair: tuple[Vault, Vault],
                                                              tmp_path: Path) -> None:
    alice, bob = pair
    introduce(alice, bob)
    _, witness, _ = detention_case(alice)
    page = colleagues_page(alice)
    qtbot.addWidget(page)
    export = page.export_bundle([witness])
    export.recipients.set_checked("bob")
    export.output.setText(str(tmp_path / "empty.casebundle"))
    export.start_export()
    qtbot.waitUntil(lambda: export.task is None, timeout=30_000)
    assert export.message.text().startswith("Nothing was exported: every record chosen was left out")
    assert not (tmp_path / "empty.casebundle").exists()
    assert export.exported_result is None


def test_a_damaged_bundle_is_refused_in_the_dialog(qtbot: QtBot, pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    alice, bob = pair
    introduce(alice, bob)
    _, _, case = detention_case(alice)
    data = bundle(alice, bob, [case])
    damaged = tmp_path / "damaged.casebundle"
    damaged.write_bytes(data[:-10])
    page = colleagues_page(bob)
    qtbot.addWidget(page)
    dialog = page.import_bundle(damaged)
    assert dialog is not None
    qtbot.waitUntil(lambda: "integrity check" in dialog.summary.text(), timeout=30_000)
    assert not dialog.apply_button.isEnabled()
    assert bob.records.count() == 0


def test_a_passphrase_bundle_asks_for_it_and_a_stranger_s_is_preview_only(qtbot: QtBot, pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    alice, bob = pair
    person, _, _ = detention_case(alice)
    page = colleagues_page(alice)
    qtbot.addWidget(page)
    export = page.export_bundle([person])
    export.to_passphrase.setChecked(True)
    export.passphrase.setText("read aloud on a call")
    export.passphrase_again.setText("read aloud on a call")
    export.output.setText(str(tmp_path / "p.casebundle"))
    with qtbot.waitSignal(export.exported, timeout=60_000):
        export.start_export()
    bob_page = colleagues_page(bob)
    qtbot.addWidget(bob_page)
    dialog = bob_page.import_bundle(tmp_path / "p.casebundle")
    assert dialog is not None
    assert not dialog.passphrase_row.isHidden()
    dialog.passphrase.setText("read aloud on a call")
    dialog.open_button.click()
    qtbot.waitUntil(lambda: "Preview only" in dialog.summary.text(), timeout=60_000)
    assert "Unknown sender" in dialog.sender_label.text() and "UNKNOWN" in dialog.sender_label.text()
    assert dialog.model.statuses() == ["new"], "what the bundle would do is shown"
    assert not dialog.apply_button.isEnabled(), "a stranger's bundle can be previewed, not applied"
    assert bob.records.find(person) is None


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, pair: tuple[Vault, Vault]) -> None:
    alice, bob = pair
    introduce(alice, bob, verified=False)
    qtmodeltester.check(ContactsModel(Session(alice)), force_py=True)
    from ui.colleagues.models import Choice

    choices = ChoiceModel(("Record", "Kind"), [Choice("1", "one", "case"), Choice("2", "two", "person", True)])
    qtmodeltester.check(choices, force_py=True)
    assert choices.setData(choices.index(0, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert choices.checked_ids() == ["1", "2"]
