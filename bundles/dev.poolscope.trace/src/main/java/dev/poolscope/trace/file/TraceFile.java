package dev.poolscope.trace.file;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.core.io.InputFiles;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * A trace file opened for reading. Opening reads the whole file once: it checks the header, every
 * block's checksums and every event, and keeps a small index of the blocks (per thread: offset,
 * seq range, count). A caller that reads every event next anyway may leave the events' check to that
 * read ({@link #openForFullRead}), which decodes them with the same checks. A file that ends inside a block, as a recorder killed mid-write leaves it,
 * opens up to its last whole block and says how many bytes were lost; any other damage is refused
 * with a {@link TraceFormatException}.
 *
 * <p>The events are presented as one stream in seq order, merged from the threads' blocks;
 * {@link #from(long)} finds its blocks through the index and reads only those, one block per thread
 * at a time. Cursors may be used from several threads at once, each by one thread.
 */
public final class TraceFile implements Trace {

    private final Path file;
    private final FileChannel channel;
    private final TraceHeader header;
    private final EventLimits limits;
    private final List<ThreadBlocks> threads;
    private final long dataEnd;
    private final long fileSize;
    private final long eventCount;
    private final long lastSeq;
    private final long lastNamedSeq;

    private TraceFile(Path file, FileChannel channel, TraceScan scan) {
        this.file = file;
        this.channel = channel;
        this.header = scan.header();
        this.limits = scan.limits();
        SortedMap<Integer, ThreadBlocks> byThread = scan.threads();
        this.threads = List.copyOf(byThread.values());
        this.dataEnd = scan.dataEnd();
        this.fileSize = scan.fileSize();
        this.eventCount = threads.stream().mapToLong(ThreadBlocks::events).sum();
        this.lastSeq = threads.stream().mapToLong(ThreadBlocks::lastSeq).max().orElse(-1);
        this.lastNamedSeq = scan.lastNamedSeq();
    }

    /**
     * Opens and checks {@code file}.
     *
     * @throws TraceFormatException   when the file is not a whole trace up to a torn last block
     * @throws FileOperationException naming the file, when it is not a regular file or cannot be read
     */
    public static TraceFile open(Path file) throws IOException {
        return open(file, true);
    }

    /**
     * Opens {@code file} as {@link #open} does, checking all but its events, for a caller that reads
     * every event next, from the first, before it trusts the file (the workbench's open does): every
     * cursor decodes its events with the checks {@link #open} makes, so a damaged event is refused by
     * that read, with the same error naming the file and the offset, and each event is decoded once
     * instead of twice. The header, each block's header and checksum, the blocks' order and the torn
     * last block are checked here, so {@link #damageSummary()} and {@link #eventLoss()} are as
     * {@link #open} gives them.
     *
     * @throws TraceFormatException   when the file is not a whole trace up to a torn last block, as far
     *                                as its blocks' headers and checksums tell
     * @throws FileOperationException naming the file, when it is not a regular file or cannot be read
     */
    public static TraceFile openForFullRead(Path file) throws IOException {
        return open(file, false);
    }

    private static TraceFile open(Path file, boolean decodeEvents) throws IOException {
        FileChannel channel = InputFiles.open(file);
        TraceFile trace = null;
        try {
            trace = new TraceFile(file, channel, TraceScan.run(file, channel, decodeEvents));
        } catch (TraceFormatException e) {
            throw e;
        } catch (IOException e) { // a read that failed part-way: the JDK's message does not name the file
            throw FileOperationException.of("read", file, e);
        } finally {
            if (trace == null) {
                channel.close();
            }
        }
        return trace;
    }

    @Override
    public TraceHeader header() {
        return header;
    }

    /** The file's format version: 1, or 2 for a trace with a start state or labels. */
    public int version() {
        return limits.version();
    }

    @Override
    public long eventCount() {
        return eventCount;
    }

    @Override
    public long lastSeq() {
        return lastSeq;
    }

    /** Bytes after the last whole block: the torn block a killed recorder left, or 0. */
    public long truncatedBytes() {
        return fileSize - dataEnd;
    }

    /**
     * Seqs below {@link #lastSeq()} that no event has: the events of blocks a killed recorder never
     * wrote (a recorder gives every event a seq from 0 up, without gaps).
     */
    public long missingEvents() {
        return lastSeq + 1 - eventCount;
    }

    /**
     * The events this file lost, as far as it tells: every seq up to the highest one a block header
     * names (a torn last block's included) that has no event. A recorder gives every event a seq
     * from 0 up without gaps; what a killed recorder held beyond that seq, no file can tell.
     */
    public EventLoss eventLoss() {
        long lost = Math.max(lastSeq, lastNamedSeq) + 1 - eventCount;
        return truncatedBytes() == 0 && lost == 0 ? EventLoss.NONE : new EventLoss(lost, damageSummary());
    }

    /** One line on what the file holds and what was lost, e.g. for a command line or a status bar. */
    public String damageSummary() {
        StringBuilder summary = new StringBuilder();
        summary.append(eventCount).append(" events of ").append(threads.size()).append(" threads in ")
                .append(blockCount()).append(" blocks");
        if (truncatedBytes() > 0) {
            summary.append("; torn last block: the ").append(truncatedBytes()).append(" bytes from byte ")
                    .append(dataEnd).append(" to the end were lost");
        }
        if (missingEvents() > 0) {
            summary.append("; ").append(missingEvents()).append(" of seqs 0..").append(lastSeq)
                    .append(" have no event (blocks never written)");
        }
        if (truncatedBytes() == 0 && missingEvents() == 0) {
            summary.append("; intact");
        }
        return summary.toString();
    }

    /** Blocks in the file. */
    public int blockCount() {
        return threads.stream().mapToInt(ThreadBlocks::size).sum();
    }

    /** Bytes of memory the block index takes (its arrays). */
    public long indexBytes() {
        return threads.stream().mapToLong(ThreadBlocks::memoryBytes).sum();
    }

    @Override
    public EventCursor from(long fromSeq) throws IOException {
        List<ThreadStream> streams = new ArrayList<>(threads.size());
        for (ThreadBlocks blocks : threads) {
            ThreadStream stream = ThreadStream.from(file, channel, limits, blocks, fromSeq);
            if (stream != null) {
                streams.add(stream);
            }
        }
        return new MergedCursor(file, streams);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
