"""Property-based: any edits on several replicas, exchanged in any order, converge; re-import is a no-op.

What must not depend on the order in which bundles arrive: the record (fields, clocks, deletion,
what it knows of each device), its review flag and the fields flagged for review. Which losing
values are listed in its conflicts may differ: a value its own writer overwrote before it met a
concurrent write is listed only when it met that write first (the record keeps no knowledge per
version to tell); each listed value stays in the record's history.
"""

import copy
import itertools
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from app.records.clock import HybridClock
from app.records.record import DELETED, Record, canonical_json
from app.sharing.bundle_import import import_bundle
from app.sharing.merge import UNCHANGED, conflict_fields, effective_seen, merge
from helpers.bundles import accept_all, add, bundle, edit, introduce, new_vault, shared_state, snapshot
from helpers.properties import examples

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


def order_free(record: Record) -> bytes:
    """What must be the same whatever the order of import: the record, what it knows, its review flags."""
    return canonical_json([record.fields, record.clock, record.deleted, effective_seen(record),
                           sorted(conflict_fields(record)), record.review])


def played(ops: list[tuple[Any, ...]], count: int) -> list[Replica]:
    """`count` replicas of one case after `ops` (writes, deletions, sends between them, clock ticks)."""
    now = [1_700_000_000_000]
    base = Record("0193a6f0-3c1e-7a4e-9b7e-1c2d3e4f5a61", "case", "t", "t", "", {"title": "x"})
    base.clock["title"] = base.version = "1700000000000-0000-origin"
    replicas = [Replica(f"dev{i}", now, base) for i in range(count)]
    for op in ops:
        if op[0] == "write":
            replicas[op[1]].write(op[2], op[3])
        elif op[0] == "delete":
            replicas[op[1]].delete()
        elif op[0] == "send":
            replicas[op[2]].receive(replicas[op[1]].record)
        else:
            now[0] += op[1]
    return replicas


def operations(replicas: int) -> st.SearchStrategy[tuple[Any, ...]]:
    who = st.integers(0, replicas - 1)
    return st.one_of(
        st.tuples(st.just("write"), who, st.sampled_from(FIELDS), VALUES),
        st.tuples(st.just("delete"), who),
        st.tuples(st.just("send"), who, who),
        st.tuples(st.just("tick"), st.integers(0, 3)),
    )


operation = operations(3)
# Issue 14: the status written to dev0's own tombstone was flagged only when dev1's concurrent deletion came first.
ISSUE_14 = [("write", 0, "title", "a"), ("delete", 0), ("delete", 1), ("send", 0, 2), ("write", 0, "status", "a")]


@examples(local=300, ci=1000)
@given(st.lists(operation, max_size=30))
def test_replicas_converge_whatever_the_edits_and_the_order_of_exchange(ops: list[tuple[Any, ...]]) -> None:
    replicas = played(ops, 3)
    for _ in range(2):
        for source in replicas:
            for target in replicas:
                target.receive(source.record)
    assert len({canonical_json(replicated(r.record)) for r in replicas}) == 1
    for source in replicas:
        for target in replicas:
            assert merge(target.record, source.record).status == UNCHANGED, "re-receiving changes nothing"


@examples(local=300, ci=1000)
@given(st.lists(operation, max_size=24), st.integers(0, 2), st.integers(0, 2), st.integers(0, 2))
@example(ops=ISSUE_14, target=1, a=0, b=2)
def test_receiving_a_then_b_equals_b_then_a(ops: list[tuple[Any, ...]], target: int, a: int, b: int) -> None:
    replicas = played(ops, 3)
    start = replicas[target].record
    first = merge(merge(start, replicas[a].record).record, replicas[b].record).record
    second = merge(merge(start, replicas[b].record).record, replicas[a].record).record
    assert order_free(first) == order_free(second)


@examples(local=150, ci=600)
@given(st.lists(operations(4), max_size=30), st.integers(0, 3), st.lists(st.integers(0, 3), min_size=3, max_size=4))
@example(ops=ISSUE_14, target=1, sources=[0, 2, 3])
# The edit met dev1's deletion before or after dev2's, which knew dev1's: flagged either way.
@example(ops=[("write", 0, "status", "a"), ("delete", 1), ("send", 1, 2), ("delete", 2)], target=0, sources=[1, 2, 3])
def test_every_order_of_three_or_four_bundles_gives_the_same_record(
        ops: list[tuple[Any, ...]], target: int, sources: list[int]) -> None:
    replicas = played(ops, 4)
    results = set()
    for order in itertools.permutations(sources):
        record = replicas[target].record
        for source in order:
            record = merge(record, replicas[source].record).record
        results.add(order_free(record))
    assert len(results) == 1


vault_operation = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), st.integers(0, 2), st.sampled_from(["place", "description"]),
              st.sampled_from(["Beijing", "Kashgar", "Lhasa"])),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2)),
)


@examples(local=8, ci=30)
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
            last = b""
            for _ in range(2):  # what was held for review is accepted by the users, then exchanged again
                for other in vaults[1:]:
                    import_bundle(vaults[0].exchange, bundle(other, vaults[0], [case]))
                for other in vaults[1:]:
                    last = bundle(vaults[0], other, [case])
                    import_bundle(other.exchange, last)
                for vault in vaults:
                    accept_all(vault)
            assert shared_state(vaults[0]) == shared_state(vaults[1]) == shared_state(vaults[2])
            before = snapshot(vaults[2])
            import_bundle(vaults[2].exchange, last)
            assert snapshot(vaults[2]) == before
        finally:
            for vault in vaults:
                vault.close()
