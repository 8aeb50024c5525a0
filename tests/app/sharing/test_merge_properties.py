"""Property-based: any edits on several replicas, exchanged in any order, converge; re-import is a no-op."""

import copy
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.records.clock import HybridClock
from app.records.record import DELETED, Record, canonical_json
from app.sharing.bundle_import import import_bundle
from app.sharing.merge import UNCHANGED, conflict_fields, merge
from helpers.bundles import add, bundle, edit, introduce, new_vault, shared_state, snapshot

FIELDS = ("title", "status", "notes")
VALUES = st.sampled_from(["a", "b", "c", None])


class Replica:
    """One device's copy of one record, written the way Repository writes it."""

    def __init__(self, device: str, now: list[int], base: Record) -> None:
        self.clock = HybridClock(device, now_ms=lambda: now[0])
        self.record = copy.deepcopy(base)
        self.clock.observe(base.version)

    def write(self, field: str, value: str | None) -> None:
        version = self.clock.now()
        if value is None:
            self.record.fields.pop(field, None)
        else:
            self.record.fields[field] = value
        self.record.stamp(field, version)
        self.record.version = version

    def delete(self) -> None:
        version = self.clock.now()
        for key in self.record.fields:
            self.record.stamp(key, version)
        self.record.fields, self.record.deleted = {}, True
        self.record.stamp(DELETED, version)
        self.record.version = version

    def receive(self, other: Record) -> None:
        self.record = merge(self.record, other).record
        self.clock.observe(self.record.version)


def replicated(record: Record) -> tuple[Any, ...]:
    return (record.fields, record.clock, record.deleted, record.conflicts)


operation = st.one_of(
    st.tuples(st.just("write"), st.integers(0, 2), st.sampled_from(FIELDS), VALUES),
    st.tuples(st.just("delete"), st.integers(0, 2)),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("tick"), st.integers(0, 3)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(operation, max_size=30))
def test_replicas_converge_whatever_the_edits_and_the_order_of_exchange(ops: list[tuple[Any, ...]]) -> None:
    now = [1_700_000_000_000]
    base = Record("0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a61", "case", "t", "t", "", {"title": "x"})
    base.clock["title"] = base.version = "1700000000000-0000-origin"
    replicas = [Replica(f"dev{i}", now, base) for i in range(3)]
    for op in ops:
        if op[0] == "write":
            replicas[op[1]].write(op[2], op[3])
        elif op[0] == "delete":
            replicas[op[1]].delete()
        elif op[0] == "send":
            replicas[op[2]].receive(replicas[op[1]].record)
        else:
            now[0] += op[1]
    for _ in range(2):
        for source in replicas:
            for target in replicas:
                target.receive(source.record)
    assert len({canonical_json(replicated(r.record)) for r in replicas}) == 1
    for source in replicas:
        for target in replicas:
            assert merge(target.record, source.record).status == UNCHANGED, "re-receiving changes nothing"


@settings(max_examples=300, deadline=None)
@given(st.lists(operation, max_size=24), st.integers(0, 2), st.integers(0, 2), st.integers(0, 2))
def test_receiving_a_then_b_equals_b_then_a(ops: list[tuple[Any, ...]], target: int, a: int, b: int) -> None:
    now = [1_700_000_000_000]
    base = Record("0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a61", "case", "t", "t", "", {"title": "x"})
    base.clock["title"] = base.version = "1700000000000-0000-origin"
    replicas = [Replica(f"dev{i}", now, base) for i in range(3)]
    for op in ops:
        if op[0] == "write":
            replicas[op[1]].write(op[2], op[3])
        elif op[0] == "delete":
            replicas[op[1]].delete()
        elif op[0] == "send":
            replicas[op[2]].receive(replicas[op[1]].record)
        else:
            now[0] += op[1]
    start = replicas[target].record
    first = merge(merge(start, replicas[a].record).record, replicas[b].record).record
    second = merge(merge(start, replicas[b].record).record, replicas[a].record).record
    assert (first.fields, first.clock, first.deleted) == (second.fields, second.clock, second.deleted)
    assert conflict_fields(first) == conflict_fields(second)
    assert first.review == second.review


vault_operation = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 2), st.sampled_from(["place", "description"]),
              st.sampled_from(["Beijing", "Kashgar", "Lhasa"])),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2)),
)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(vault_operation, min_size=1, max_size=8))
def test_vaults_exchanging_real_bundles_converge(ops: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        vaults = [new_vault(Path(folder) / f"v{i}.casebook") for i in range(3)]
        try:
            introduce(*vaults)
            person = add(vaults[0], "person", names=["柯德华"], consent={"scope": "listed_partners"})
            case = add(vaults[0], "case", title="Case", people=[{"person": person, "role": "defender"}])
            events = [add(vaults[0], "event", case=case, date=f"202{i}", type="hearing") for i in range(3)]
            for other in vaults[1:]:
                import_bundle(other.exchange, bundle(vaults[0], other, [case]))
            for op in ops:
                if op[0] == "edit" and not vaults[op[1]].records.find(events[op[2]]).deleted:
                    edit(vaults[op[1]], events[op[2]], **{op[3]: op[4]})
                elif op[0] == "delete" and not vaults[op[1]].records.find(events[op[2]]).deleted:
                    vaults[op[1]].records.delete(events[op[2]])
                elif op[0] == "send" and op[1] != op[2]:
                    import_bundle(vaults[op[2]].exchange, bundle(vaults[op[1]], vaults[op[2]], [case]))
            for other in vaults[1:]:
                import_bundle(vaults[0].exchange, bundle(other, vaults[0], [case]))
            last = b""
            for other in vaults[1:]:
                last = bundle(vaults[0], other, [case])
                import_bundle(other.exchange, last)
            assert shared_state(vaults[0]) == shared_state(vaults[1]) == shared_state(vaults[2])
            before = snapshot(vaults[2])
            import_bundle(vaults[2].exchange, last)
            assert snapshot(vaults[2]) == before
        finally:
            for vault in vaults:
                vault.close()
