package dev.poolscope.trace.file;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.trace.Event;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * One thread's events from a seq on, decoded block after block with one block's payload in memory
 * at a time. Each block is read again from the file and its checksum checked again, so a file
 * changed since it was opened is noticed, not misread.
 */
final class ThreadStream {

    private final Path file;
    private final FileChannel channel;
    private final ThreadBlocks blocks;
    private final BlockDecoder decoder;
    private final CRC32C crc = new CRC32C();
    private byte[] payload = new byte[0];
    private int nextBlock;
    private boolean loaded;

    private ThreadStream(Path file, FileChannel channel, EventLimits limits, ThreadBlocks blocks, int firstBlock) {
        this.file = file;
        this.channel = channel;
        this.blocks = blocks;
        this.decoder = new BlockDecoder(file, limits);
        this.nextBlock = firstBlock;
    }

    /** The thread's stream positioned on its first event with seq {@code >= fromSeq}, or null when it has none. */
    static ThreadStream from(Path file, FileChannel channel, EventLimits limits, ThreadBlocks blocks, long fromSeq)
            throws IOException {
        ThreadStream stream = new ThreadStream(file, channel, limits, blocks, blocks.firstBlockReaching(fromSeq));
        boolean positioned = stream.advance();
        while (positioned && stream.seq() < fromSeq) {
            positioned = stream.advance();
        }
        return positioned ? stream : null;
    }

    /** Moves to the next event; false when the thread has no more. */
    boolean advance() throws IOException {
        boolean available = loaded && decoder.hasNext();
        while (!available && nextBlock < blocks.size()) {
            load(blocks.block(nextBlock++));
            available = decoder.hasNext();
        }
        if (available) {
            decoder.next();
        }
        return available;
    }

    int thread() {
        return blocks.thread();
    }

    /** The seq of the current event. */
    long seq() {
        return decoder.seq();
    }

    Event event() {
        return decoder.event();
    }

    /** Where the current event is in the file. */
    long eventOffset() {
        return decoder.eventOffset();
    }

    private void load(BlockHeader block) throws IOException {
        if (payload.length < block.payloadLength()) {
            payload = new byte[block.payloadLength()];
        }
        int got;
        try {
            got = FileReads.readAt(channel, payload, block.payloadLength(), block.payloadOffset());
        } catch (IOException e) { // the JDK's message names no file
            throw FileOperationException.of("read", file, "the block at byte " + block.offset(), e);
        }
        if (got < block.payloadLength()) {
            throw new TraceFormatException(file, block.payloadOffset() + got, "the file ends inside the block at byte "
                    + block.offset() + ", which was whole when the trace was opened");
        }
        crc.reset();
        crc.update(payload, 0, block.payloadLength());
        if ((int) crc.getValue() != block.payloadCrc()) {
            throw new TraceFormatException(file, block.payloadOffset(), String.format(
                    "the payload of the block at byte %d changed since the trace was opened (checksum 0x%08x, was 0x%08x)",
                    block.offset(), (int) crc.getValue(), block.payloadCrc()));
        }
        decoder.start(block, payload);
        loaded = true;
    }
}
