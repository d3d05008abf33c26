package dev.poolscope.trace.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Positional reads that fill a buffer unless the file ends first. */
final class FileReads {

    private FileReads() {
    }

    /**
     * Reads {@code length} bytes at file offset {@code position} into {@code into[0..length)}.
     * Positional reads leave the channel's position alone, so cursors may share the channel.
     *
     * @return the bytes read: {@code length}, or fewer when the file ends first
     */
    static int readAt(FileChannel channel, byte[] into, int length, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into, 0, length);
        int total = 0;
        int got = 0;
        while (buffer.hasRemaining() && got >= 0) {
            got = channel.read(buffer, position + total);
            total += Math.max(got, 0);
        }
        return total;
    }
}
