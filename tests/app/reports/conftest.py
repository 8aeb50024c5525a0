"""A real vault holding the realistic cases of helpers.report_records."""

import pytest

from app.vault.vault import Vault
from helpers import report_records
from helpers.report_records import Cases


@pytest.fixture
def cases(vault: Vault) -> Cases:
    return report_records.build(vault.records)
