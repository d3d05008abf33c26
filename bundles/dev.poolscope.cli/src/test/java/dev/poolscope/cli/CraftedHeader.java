package dev.poolscope.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * A copy of a recorded trace whose first chunk is changed in the header and the header sealed
 * again (its CRC32C right), as a hostile or careless writer could leave it: the layout is
 * TRACE-FORMAT.md's (preamble of 16 bytes, order, two strings, chunk count, then the chunks).
 */
final class CraftedHeader {

    private CraftedHeader() {
    }

    /** Writes {@code to}: the trace {@code from} with chunk 0 at {@code start} of {@code size} bytes. */
    static Path withFirstChunk(Path from, Path to, long start, long size) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(from)).order(ByteOrder.LITTLE_ENDIAN);
        int bodyLength = bytes.getInt(12);
        int at = 16 + 1;
        at += 4 + bytes.getInt(at); // variant
        at += 4 + bytes.getInt(at); // algorithm
        at += 4 + 4; // chunk count, then chunk 0's id
        bytes.putLong(at, start).putLong(at + 8, start).putLong(at + 16, size);
        CRC32C crc = new CRC32C();
        crc.update(bytes.array(), 16, bodyLength);
        bytes.putInt(16 + bodyLength, (int) crc.getValue());
        return Files.write(to, bytes.array());
    }
}
