"""Key slots: the vault key VK, stored only wrapped, once per way in.

keyslots.json holds the format version, the vault id, KDF parameters and the
wrapped VK of each slot; nothing secret in clear. A passphrase slot's key is
HKDF(PK || DS); the recovery slot's key is HKDF(recovery key bytes).
"""

import json
import os
from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives import constant_time

from crypto import aead, hkdf
from crypto.kdf import Argon2Params
from crypto.recovery import recovery_key_bytes

FORMAT_VERSION = 1
PASSPHRASE = "passphrase"  # noqa: S105 - a slot type, not a secret
RECOVERY = "recovery"


class KeySlotsFormatError(ValueError):
    """keyslots.json is not in a shape this version understands."""


@dataclass
class Slot:
    """One wrapped copy of VK. `device` says whether DS is mixed into the slot key."""

    type: str
    wrapped_vk: bytes
    kdf: Argon2Params | None = None
    device: bool = False

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.type, "wrapped_vk": self.wrapped_vk.hex()}
        if self.kdf is not None:
            data["kdf"] = self.kdf.to_json()
            data["device_secret"] = self.device
        return data


@dataclass
class Duress:
    """A duress check: HKDF(Argon2id(duress passphrase)), or random bytes when none is set.

    Every vault carries one, so keyslots.json does not tell whether a duress
    passphrase exists; it is only tried after the real passphrase has failed.
    """

    kdf: Argon2Params
    check: bytes

    def to_json(self) -> dict[str, Any]:
        return {"kdf": self.kdf.to_json(), "check": self.check.hex()}

    def matches(self, passphrase_key: bytes) -> bool:
        """True if `passphrase_key` was derived (with self.kdf) from the duress passphrase."""
        return constant_time.bytes_eq(duress_check(passphrase_key), self.check)


def duress_check(passphrase_key: bytes) -> bytes:
    return hkdf.derive_key(passphrase_key, hkdf.LABEL_DURESS)


def decoy_duress(params: Argon2Params) -> Duress:
    """A duress block no passphrase matches, indistinguishable from a real one."""
    return Duress(params.with_new_salt(), os.urandom(32))


@dataclass
class Rotation:
    """A key rotation under way: the next vault key wrapped under the current one, and its slots."""

    next_vk: bytes
    slots: list[Slot]

    def to_json(self) -> dict[str, Any]:
        return {"next_vk": self.next_vk.hex(), "slots": [slot.to_json() for slot in self.slots]}


def _rotation_ad(vault_id: str) -> bytes:
    return f"casebook/v1/rotation|{vault_id}".encode()


def wrap_next_vault_key(vault_id: str, vault_key: bytes, next_key: bytes) -> bytes:
    return aead.seal(hkdf.derive_key(vault_key, hkdf.LABEL_ROTATION), next_key, _rotation_ad(vault_id))


def unwrap_next_vault_key(vault_id: str, vault_key: bytes, wrapped: bytes) -> bytes:
    return aead.open_sealed(hkdf.derive_key(vault_key, hkdf.LABEL_ROTATION), wrapped, _rotation_ad(vault_id))


@dataclass
class KeySlots:
    """The parsed content of keyslots.json.

    Besides the slots: `wipe_after` (wipe after that many failed unlocks in a
    row; 0 = off), `count_unlocks` (keep a count of failed unlocks for the log),
    the duress block, and a key rotation under way, if any.
    """

    vault_id: str
    slots: list[Slot] = field(default_factory=list)
    wipe_after: int = 0
    duress: Duress | None = None
    rotation: Rotation | None = None
    count_unlocks: bool = False

    @property
    def counting(self) -> bool:
        """Whether unlock attempts are counted: asked for, or needed by wipe-after."""
        return self.count_unlocks or self.wipe_after > 0

    def slot(self, slot_type: str) -> Slot:
        for slot in self.slots:
            if slot.type == slot_type:
                return slot
        raise KeySlotsFormatError(f"no {slot_type} slot")

    def replace(self, new: Slot) -> None:
        self.slots = [s for s in self.slots if s.type != new.type] + [new]

    def to_bytes(self) -> bytes:
        data = {
            "format": FORMAT_VERSION,
            "vault_id": self.vault_id,
            "slots": [slot.to_json() for slot in self.slots],
        }
        if self.wipe_after:
            data["wipe_after"] = self.wipe_after
        if self.count_unlocks:
            data["count_failed_unlocks"] = True
        if self.duress is not None:
            data["duress"] = self.duress.to_json()
        if self.rotation is not None:
            data["rotation"] = self.rotation.to_json()
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> "KeySlots":
        """Parse keyslots.json; any damage raises KeySlotsFormatError."""
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise KeySlotsFormatError("not an object")
            if data.get("format") != FORMAT_VERSION:
                raise KeySlotsFormatError(f"format {data.get('format')!r} is not supported")
            result = cls(str(data["vault_id"]), _parse_slots(data["slots"]), _count(data.get("wipe_after", 0)))
            result.count_unlocks = data.get("count_failed_unlocks", False) is True
            if "duress" in data:
                result.duress = Duress(Argon2Params.from_json(data["duress"]["kdf"]), bytes.fromhex(data["duress"]["check"]))
            if "rotation" in data:
                rotation = data["rotation"]
                result.rotation = Rotation(bytes.fromhex(rotation["next_vk"]), _parse_slots(rotation["slots"]))
            result.slot(PASSPHRASE)
            return result
        except KeySlotsFormatError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
            raise KeySlotsFormatError(type(exc).__name__) from None


def _parse_slots(items: Any) -> list[Slot]:
    slots = []
    for item in items:
        params = Argon2Params.from_json(item["kdf"]) if "kdf" in item else None
        slot_type = str(item["type"])
        if slot_type not in (PASSPHRASE, RECOVERY) or (slot_type == PASSPHRASE) != (params is not None):
            raise KeySlotsFormatError("unknown slot")
        slots.append(Slot(slot_type, bytes.fromhex(item["wrapped_vk"]), params, bool(item.get("device_secret"))))
    return slots


def _count(value: Any) -> int:
    """wipe_after as the settings can set it: 0 (off) or at least 2, so that one typo never wipes."""
    if not isinstance(value, int) or isinstance(value, bool) or value < 0 or value == 1:
        raise KeySlotsFormatError("wipe_after must be 0 or a whole number of at least 2")
    return value


def _slot_ad(vault_id: str, slot_type: str) -> bytes:
    return f"casebook/v1/keyslot|{vault_id}|{slot_type}".encode()


def passphrase_slot(
    vault_id: str, vault_key: bytes, passphrase_key: bytes, params: Argon2Params, device_secret: bytes | None
) -> Slot:
    """Wrap VK under HKDF(PK || DS); PK must have been derived with `params`."""
    key = hkdf.slot_key(passphrase_key, device_secret)
    return Slot(PASSPHRASE, aead.seal(key, vault_key, _slot_ad(vault_id, PASSPHRASE)), params, device_secret is not None)


def open_passphrase_slot(vault_id: str, slot: Slot, passphrase_key: bytes, device_secret: bytes | None) -> bytes:
    """Unwrap VK; raises AuthenticationFailed for a wrong passphrase or device secret."""
    key = hkdf.slot_key(passphrase_key, device_secret)
    return aead.open_sealed(key, slot.wrapped_vk, _slot_ad(vault_id, PASSPHRASE))


def recovery_slot(vault_id: str, vault_key: bytes, recovery_key: str) -> Slot:
    key = hkdf.derive_key(recovery_key_bytes(recovery_key), hkdf.LABEL_RECOVERY)
    return Slot(RECOVERY, aead.seal(key, vault_key, _slot_ad(vault_id, RECOVERY)))


def open_recovery_slot(vault_id: str, slot: Slot, recovery_key: str) -> bytes:
    key = hkdf.derive_key(recovery_key_bytes(recovery_key), hkdf.LABEL_RECOVERY)
    return aead.open_sealed(key, slot.wrapped_vk, _slot_ad(vault_id, RECOVERY))
