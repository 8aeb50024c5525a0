"""Casebook's cryptography: key derivation, key slots, record sealing, the keyring.

Nothing here imports Qt or touches a database; every primitive comes from
`cryptography` (and, for bundles, `pyrage`).
"""
