"""Hypothesis settings for the merge properties: more examples in CI (CI or CASEBOOK_REQUIRE_ALL set) than locally.

Each property names its two counts; `CASEBOOK_PROPERTY_EXAMPLES=5000` overrides both for a long search.
Counter-examples found so far are kept as `@example(...)` on the property they broke (a directory
database would not survive a clean checkout).
"""

import os

from hypothesis import HealthCheck, settings

IN_CI = bool(os.environ.get("CI") or os.environ.get("CASEBOOK_REQUIRE_ALL"))


def examples(local: int, ci: int) -> settings:
    """Settings running `local` examples on a developer's machine and `ci` in CI."""
    override = os.environ.get("CASEBOOK_PROPERTY_EXAMPLES")
    count = int(override) if override else ci if IN_CI else local
    return settings(max_examples=count, deadline=None, suppress_health_check=[HealthCheck.too_slow])
