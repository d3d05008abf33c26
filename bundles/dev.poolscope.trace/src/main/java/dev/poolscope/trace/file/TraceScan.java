package dev.poolscope.trace.file;

import dev.poolscope.trace.TraceHeader;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * The pass over a whole file that opening it makes: the header, then every block checked (header,
 * payload checksum, and unless the opener reads every event next, every event decoded) and indexed,
 * up to the end of the last whole block. What follows it may only be a torn last block (a prefix of
 * one); anything else is refused. Memory is one block's payload at a time plus the index.
 */
final class TraceScan {

    private final Path file;
    private final FileChannel channel;
    private final long fileSize;
    private final boolean decodeEvents;
    private final SortedMap<Integer, ThreadBlocks> threads = new TreeMap<>();
    private final CRC32C crc = new CRC32C();
    private BlockDecoder decoder;
    private TraceHeader header;
    private EventLimits limits;
    private long dataEnd;
    /** The highest seq the file names: the last whole block's, or a torn last block's from its header. */
    private long lastNamedSeq = -1;
    private byte[] payload = new byte[0];

    private TraceScan(Path file, FileChannel channel, long fileSize, boolean decodeEvents) {
        this.file = file;
        this.channel = channel;
        this.fileSize = fileSize;
        this.decodeEvents = decodeEvents;
    }

    /**
     * Scans the file open on {@code channel}.
     *
     * @param decodeEvents false to leave the events' check to a read of every event that follows
     */
    static TraceScan run(Path file, FileChannel channel, boolean decodeEvents) throws IOException {
        TraceScan scan = new TraceScan(file, channel, channel.size(), decodeEvents);
        scan.scan();
        return scan;
    }

    private void scan() throws IOException {
        HeaderCodec.Decoded decoded = HeaderCodec.read(file, channel, fileSize);
        header = decoded.header();
        limits = new EventLimits(decoded.version(), header.labels().size());
        decoder = new BlockDecoder(file, limits);
        long offset = decoded.end();
        byte[] headerBytes = new byte[TraceFormat.BLOCK_HEADER_BYTES];
        boolean whole = true;
        while (whole && offset < fileSize) {
            int wanted = (int) Math.min(fileSize - offset, TraceFormat.BLOCK_HEADER_BYTES);
            int got = FileReads.readAt(channel, headerBytes, wanted, offset);
            if (got < TraceFormat.BLOCK_HEADER_BYTES) {
                checkTornHeader(offset, headerBytes, got);
                whole = false;
            } else {
                BlockHeader block = BlockHeader.parse(file, offset, headerBytes);
                whole = block.end() <= fileSize && readPayload(block);
                if (whole) {
                    check(block);
                    offset = block.end();
                }
                lastNamedSeq = Math.max(lastNamedSeq, block.lastSeq()); // a torn block's header is checksummed too
            }
        }
        dataEnd = offset;
    }

    /** A file may end inside a block's header only where the bytes so far begin one. */
    private void checkTornHeader(long offset, byte[] bytes, int length) throws TraceFormatException {
        if (!BlockHeader.couldStartBlock(bytes, length)) {
            throw new TraceFormatException(file, offset, "the " + length + " bytes after the last block"
                    + " do not begin a block (no \"PBLK\" magic)");
        }
    }

    /** Reads the payload of {@code block}; false when the file ended first (it shrank while being read). */
    private boolean readPayload(BlockHeader block) throws IOException {
        if (payload.length < block.payloadLength()) {
            payload = new byte[block.payloadLength()];
        }
        return FileReads.readAt(channel, payload, block.payloadLength(), block.payloadOffset()) == block.payloadLength();
    }

    /** Checks the payload's checksum and (when asked) every event in it, then indexes the block. */
    private void check(BlockHeader block) throws TraceFormatException {
        crc.reset();
        crc.update(payload, 0, block.payloadLength());
        if ((int) crc.getValue() != block.payloadCrc()) {
            throw new TraceFormatException(file, block.payloadOffset(), String.format(
                    "checksum mismatch in the payload of the block at byte %d (thread %d): stored 0x%08x, computed 0x%08x",
                    block.offset(), block.thread(), block.payloadCrc(), (int) crc.getValue()));
        }
        if (decodeEvents) {
            decoder.start(block, payload);
            while (decoder.hasNext()) {
                decoder.next();
            }
        }
        ThreadBlocks blocks = threads.computeIfAbsent(block.thread(), ThreadBlocks::new);
        if (block.firstSeq() <= blocks.lastSeq()) {
            throw new TraceFormatException(file, block.firstSeqOffset(), "seq goes backwards: thread " + block.thread()
                    + "'s block starts at seq " + block.firstSeq() + ", after its previous block ended at seq "
                    + blocks.lastSeq());
        }
        blocks.add(block);
    }

    TraceHeader header() {
        return header;
    }

    EventLimits limits() {
        return limits;
    }

    /** Each thread's blocks, by thread number. */
    SortedMap<Integer, ThreadBlocks> threads() {
        return Collections.unmodifiableSortedMap(threads);
    }

    /** Where the last whole block ends. */
    long dataEnd() {
        return dataEnd;
    }

    long fileSize() {
        return fileSize;
    }

    /** The highest seq a block header names, a torn last block's included; -1 when there is none. */
    long lastNamedSeq() {
        return lastNamedSeq;
    }
}
