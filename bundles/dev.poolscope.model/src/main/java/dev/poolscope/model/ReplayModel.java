package dev.poolscope.model;

import dev.poolscope.trace.Event;
import dev.poolscope.trace.ReadProgress;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.TracePass;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * A recorded run made seekable: the state of every chunk's bitmap and avail and of every thread's
 * operation at any event, steps between events, and the index of races, rollbacks and retries.
 *
 * <p>Opening reads the trace once, from the start, through one cursor. It replays every event
 * (successful CASes and word stores change their word by XOR, avail follows its deltas: see
 * {@link ReplayState} for why that is exact although real threads' events can be numbered out of
 * hardware order), saves a checkpoint of all bitmaps, avails and thread positions after every K
 * events, and builds the index in compact columns. Afterwards one replay, the {@link ReplayHead},
 * stays where the last query left it: a query near it (a step, the event before the one shown)
 * applies or undoes the few events between, and one further away restores the last checkpoint at
 * or before the target and replays at most K events from there through a cursor, so a query's cost
 * depends on K, not on the length of the trace. Stepping to a neighbouring event, of any thread or
 * of one, likewise reads at most the events between two checkpoints; stepping to a landmark (race,
 * rollback, retry, alloc, free) is a binary search in the index.
 *
 * <p>Memory: a checkpoint holds every bitmap word (one bit per chunk bit) plus 8 bytes per chunk
 * and about 100 per thread ({@link #defaultCheckpointInterval} keeps that near one byte per event);
 * the index holds 48 bytes per race, 44 per successful allocation (its label included), 32 per rollback, 16 per retried
 * allocation and 8 per retry, alloc and free. Nothing else grows with the trace: the head holds one
 * replay state and its last {@value ReplayHead#WINDOW} events.
 *
 * <p>The replay starts from the header's start state: clear bitmaps for a recording from a new pool,
 * the start runs set (and avail less their bytes) for a pool first seen with allocations outstanding;
 * the {@link #allocations() allocation index} holds those runs as allocations held since before the
 * trace, and each allocation's label. The model reads the trace again on every seek and step, so the caller keeps it open while the model is in
 * use, and closes it. Queries may run concurrently when the trace's cursors may; they take turns
 * moving the head.
 */
public final class ReplayModel {

    /** The fewest events between checkpoints by default: a seek then replays at most this many (about half a millisecond). */
    public static final int MIN_DEFAULT_INTERVAL = 16_384;

    private final TraceHeader header;
    private final int interval;
    private final Checkpoints checkpoints;
    private final TraceIndex index;
    private final long eventCount;
    private final long firstSeq;
    private final long lastSeq;
    private final ReplayHead head;
    private final Seeker seeker;
    private final Steps steps;

    ReplayModel(Trace trace, PoolGeometry geometry, int interval, Checkpoints checkpoints, TraceIndex index,
            long eventCount, long firstSeq, long lastSeq) {
        this.header = trace.header();
        this.interval = interval;
        this.checkpoints = checkpoints;
        this.index = index;
        this.eventCount = eventCount;
        this.firstSeq = firstSeq;
        this.lastSeq = lastSeq;
        this.head = new ReplayHead(trace, geometry, checkpoints);
        this.seeker = new Seeker(head);
        this.steps = new Steps(head, checkpoints);
    }

    /** Reads {@code trace} with {@link #defaultCheckpointInterval the default checkpoint interval} for its pool. */
    public static ReplayModel open(Trace trace) throws IOException {
        return open(trace, defaultCheckpointInterval(trace.header()));
    }

    /**
     * The default events between checkpoints for a pool: {@value #MIN_DEFAULT_INTERVAL}, or more for
     * a pool whose bitmaps take more than that many bytes, so that checkpoints never cost more than
     * about one byte per event. A chunk bit then costs one bit per checkpoint, at most one bit per
     * {@value #MIN_DEFAULT_INTERVAL} events; the 4 MiB chunk of the standard workload (131072 bits,
     * 16 KiB) gets exactly {@value #MIN_DEFAULT_INTERVAL}.
     *
     * @throws IOException when the header's chunks cannot be replayed
     */
    public static int defaultCheckpointInterval(TraceHeader header) throws IOException {
        long bitmapBytes = PoolGeometry.of(header).totalWords() * Long.BYTES;
        return (int) Math.min(Integer.MAX_VALUE, Math.max(MIN_DEFAULT_INTERVAL, bitmapBytes));
    }

    /**
     * Reads {@code trace}, saving a checkpoint after every {@code checkpointInterval} events.
     *
     * @throws IOException when the trace cannot be read, or has an event the replay cannot apply
     *                     (out of order, or naming a thread, chunk or word its header lacks)
     */
    public static ReplayModel open(Trace trace, int checkpointInterval) throws IOException {
        return open(trace, checkpointInterval, eventsRead -> { });
    }

    /**
     * Reads {@code trace} as {@link #open(Trace, int)} does, telling {@code progress} how many events
     * it has read every {@value ReadProgress#EVENTS} events. To stop early, {@code progress}
     * throws an unchecked exception, which passes out of this method and leaves nothing open.
     */
    public static ReplayModel open(Trace trace, int checkpointInterval, LongConsumer progress) throws IOException {
        ModelBuilder builder = builder(trace, checkpointInterval);
        TracePass.run(trace, progress, builder);
        return builder.build();
    }

    /**
     * A builder of {@code trace}'s model, saving a checkpoint after every {@code checkpointInterval}
     * events, to be fed every event of the trace from the first (by a {@link TracePass} that may feed
     * other builders too), then built.
     *
     * @throws IOException when the header's chunks cannot be replayed
     */
    public static ModelBuilder builder(Trace trace, int checkpointInterval) throws IOException {
        if (checkpointInterval < 1) {
            throw new IllegalArgumentException("the checkpoint interval must be positive, got " + checkpointInterval);
        }
        return new ModelBuilder(trace, PoolGeometry.of(trace.header()), checkpointInterval);
    }

    public TraceHeader header() {
        return header;
    }

    public long eventCount() {
        return eventCount;
    }

    /** The first event's sequence number, or -1 for an empty trace. */
    public long firstSeq() {
        return firstSeq;
    }

    /** The last event's sequence number, or -1 for an empty trace. */
    public long lastSeq() {
        return lastSeq;
    }

    public int checkpointInterval() {
        return interval;
    }

    /** Checkpoints saved, the one before the first event included. */
    public int checkpointCount() {
        return checkpoints.size();
    }

    /**
     * The state after event {@code seq} (after the last event before it, when no event has that
     * number); before the first event for {@code seq < firstSeq()}, after the last for {@code seq > lastSeq()}.
     */
    public PoolState stateAt(long seq) throws IOException {
        return seeker.stateAt(seq);
    }

    /** Event {@code seq}, when the trace has it. */
    public Optional<Event> eventAt(long seq) throws IOException {
        synchronized (head) {
            return head.eventAt(seq);
        }
    }

    /** The first event after {@code seq}. */
    public OptionalLong nextEvent(long seq) throws IOException {
        return seq >= lastSeq ? OptionalLong.empty() : steps.next(seq);
    }

    /** The last event before {@code seq}. */
    public OptionalLong previousEvent(long seq) throws IOException {
        return seq <= firstSeq ? OptionalLong.empty() : steps.previous(seq);
    }

    /** The first event of {@code thread} after {@code seq}. */
    public OptionalLong nextEventOf(int thread, long seq) throws IOException {
        Objects.checkIndex(thread, header.threads());
        return seq >= lastSeq ? OptionalLong.empty() : steps.nextOf(thread, seq);
    }

    /** The last event of {@code thread} before {@code seq}. */
    public OptionalLong previousEventOf(int thread, long seq) throws IOException {
        Objects.checkIndex(thread, header.threads());
        return seq <= firstSeq ? OptionalLong.empty() : steps.previousOf(thread, seq);
    }

    /** The first {@code landmark} event after {@code seq}. */
    public OptionalLong next(Landmark landmark, long seq) {
        return index.landmarks().next(landmark, seq);
    }

    /** The last {@code landmark} event before {@code seq}. */
    public OptionalLong previous(Landmark landmark, long seq) {
        return index.landmarks().previous(landmark, seq);
    }

    /** How many {@code landmark} events the trace has. */
    public int count(Landmark landmark) {
        return index.landmarks().count(landmark);
    }

    public RaceIndex races() {
        return index.races();
    }

    public RollbackIndex rollbacks() {
        return index.rollbacks();
    }

    public RetryIndex retries() {
        return index.retries();
    }

    /** Every successful allocation, with the bits it held and between which events: the owners of set bits. */
    public AllocationIndex allocations() {
        return index.allocations();
    }

    /** One summary per thread, by thread number. */
    public List<ThreadSummary> threadSummaries() {
        return index.summaries();
    }

    /** The heap the checkpoints hold, estimated from their array lengths. */
    public long checkpointBytes() {
        return checkpoints.bytes();
    }

    /** The heap the race, rollback, retry, allocation and landmark index holds, estimated from its array lengths. */
    public long indexBytes() {
        return index.bytes();
    }
}
