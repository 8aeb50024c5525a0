"""Hypothesis settings for the fuzz tests: 150 examples per target in every run, more on request.

    CASEBOOK_FUZZ_EXAMPLES=5000 pytest tests/faults/test_fuzz_input.py tests/faults/test_fuzz_bundle.py
"""

import os

from hypothesis import HealthCheck, settings

FUZZ = settings(max_examples=int(os.environ.get("CASEBOOK_FUZZ_EXAMPLES", "150")), deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
