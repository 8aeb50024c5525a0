"""People lists sort in one alphabetical order across scripts, by each name's Latin form."""

from pathlib import Path

from app.vault.vault import Vault
from helpers.secrets import TEST_PASSPHRASE, fast_params
from helpers.vaults import add

MIXED = [
    ["滕彪", "Teng Biao"],            # Han with a romanisation: sorts as "teng biao"
    ["张伟"],                          # Han only: sorts by its pinyin, "zhang wei"
    ["Đặng Văn Khánh"],              # Vietnamese: sorts as "dang van khanh"
    ["Асқар Ерланов", "Asqar Erlanov"],
    ["ئابلىز ئىمىن", "Abliz Imin"],
    ["Begoña Castaño Rodríguez"],
    ["艾未未"],                        # "ai wei wei"
    ["Lucía Núñez"],
]
EXPECTED = ["ئابلىز ئىمىن (Abliz Imin)", "艾未未", "Асқар Ерланов (Asqar Erlanov)", "Begoña Castaño Rodríguez",
            "Đặng Văn Khánh", "Lucía Núñez", "滕彪 (Teng Biao)", "张伟"]


def names_in_order(vault: Vault, page_size: int) -> list[str]:
    """The people list as the app pages through it (keyset paging, `page_size` at a time)."""
    shown: list[str] = []
    after = None
    while page := vault.records.page("person", after=after, limit=page_size):
        shown += [s.display_name for s in page]
        after = page[-1].id
    return shown


def test_mixed_scripts_make_one_alphabetical_list(vault: Vault) -> None:
    for names in MIXED:
        add(vault.records, "person", names=names)
    assert names_in_order(vault, 3) == EXPECTED
    assert [s.display_name for s in vault.records.page("person", descending=True, limit=3)] == EXPECTED[::-1][:3]


def test_migration_7_resorts_an_older_vault_without_opening_records(tmp_path: Path) -> None:
    path = tmp_path / "old.casebook"
    vault = Vault.create(path, TEST_PASSPHRASE, params=fast_params()).vault
    for names in MIXED:
        add(vault.records, "person", names=names)
    conn = vault.db
    conn.execute("UPDATE records SET sort_name = display_name")  # as a vault before version 7 kept it: code-point order
    conn.execute("PRAGMA user_version = 6")
    assert names_in_order(vault, 50) != EXPECTED
    vault.close()
    reopened = Vault.open(path, TEST_PASSPHRASE)
    try:
        assert reopened.db.execute("PRAGMA user_version").fetchone()[0] >= 7
        assert names_in_order(reopened, 3) == EXPECTED
    finally:
        reopened.close()
