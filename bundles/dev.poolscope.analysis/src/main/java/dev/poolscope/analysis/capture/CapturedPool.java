package dev.poolscope.analysis.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One pool's life in a capture: from its create (or, for a pool made before the module loaded, its
 * {@code first} snapshot) to its destroy or the end of the capture, with every event and snapshot
 * of it in seq order. A pointer that is destroyed and made again gives two pools.
 *
 * @param pointer the pool's address in the kernel
 * @param records its records in seq order, the start first when there is one
 */
public record CapturedPool(long pointer, List<CaptureRecord> records) {

    public CapturedPool {
        records = List.copyOf(records);
    }

    /** The create or {@code first} snapshot the pool starts from; empty when the capture has neither (records lost). */
    public Optional<CaptureRecord> start() {
        CaptureRecord first = records.get(0);
        return first instanceof CaptureEvent.Create || first instanceof PoolSnapshot s && s.why() == PoolSnapshot.Why.FIRST
                ? Optional.of(first) : Optional.empty();
    }

    /**
     * Every chunk the pool had in the capture, in order of addition: its start snapshot's, then each one a
     * successful {@code add} gave it while the capture ran.
     */
    public List<CapturedChunk> chunks() {
        List<CapturedChunk> chunks = new ArrayList<>();
        CaptureRecord first = start().orElse(null);
        for (CaptureRecord record : records) {
            if (record instanceof PoolSnapshot snapshot && record == first) {
                for (SnapshotChunk chunk : snapshot.chunksByAddition()) {
                    chunks.add(new CapturedChunk(chunk.start(), chunk.phys(), chunk.size(), chunk.bits(), chunk.words()));
                }
            } else if (record instanceof CaptureEvent.Add add && add.ret() == 0) {
                long bits = add.size() >>> order();
                chunks.add(new CapturedChunk(add.virt(), add.phys(), add.size(), bits, new long[(int) ((bits + 63) / 64)]));
            }
        }
        return chunks;
    }

    /** The unit order from the start, or -1 when the pool has no start. */
    public int order() {
        return start().map(s -> s instanceof CaptureEvent.Create c ? c.order() : ((PoolSnapshot) s).order()).orElse(-1);
    }

    /** The name a snapshot gave the pool, or "-" when none did. */
    public String name() {
        return snapshots().stream().map(PoolSnapshot::name).filter(n -> !n.equals("-")).findFirst().orElse("-");
    }

    public List<PoolSnapshot> snapshots() {
        return records.stream().filter(PoolSnapshot.class::isInstance).map(PoolSnapshot.class::cast).toList();
    }

    public List<CaptureEvent.Alloc> allocs() {
        return records.stream().filter(CaptureEvent.Alloc.class::isInstance).map(CaptureEvent.Alloc.class::cast).toList();
    }

    /** The callers of the pool's allocations, each once, in order of first appearance. */
    public List<String> callers() {
        return allocs().stream().map(CaptureEvent.Alloc::caller).distinct().toList();
    }

    /** The last {@code final} or {@code destroy} snapshot: the state the replay must end in. */
    public Optional<PoolSnapshot> endSnapshot() {
        List<PoolSnapshot> ends = snapshots().stream().filter(s -> s.why() != PoolSnapshot.Why.FIRST).toList();
        return ends.isEmpty() ? Optional.empty() : Optional.of(ends.get(ends.size() - 1));
    }

    /** The seq of the pool's first record. */
    public long firstSeq() {
        return records.get(0).seq();
    }

    /** The seq of the pool's last record. */
    public long lastSeq() {
        return records.get(records.size() - 1).seq();
    }

    /** {@code 0x...}, with {@code (from seq N)} when {@code among} holds another pool at the same pointer. */
    public String label(List<CapturedPool> among) {
        long same = among.stream().filter(p -> p.pointer == pointer).count();
        return "0x" + Long.toHexString(pointer) + (same > 1 ? " (from seq " + firstSeq() + ")" : "");
    }
}
