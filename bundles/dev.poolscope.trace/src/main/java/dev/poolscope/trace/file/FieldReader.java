package dev.poolscope.trace.file;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads fields in order from bytes of a trace file held in memory. Every read checks that its bytes
 * are there, and every problem is reported with the file and the byte offset of the field.
 */
final class FieldReader {

    private final Path file;
    private final byte[] bytes;
    private final int limit;
    private final long fileOffset;
    private int position;

    /**
     * @param bytes      holds the fields in {@code [0, limit)}
     * @param fileOffset where {@code bytes[0]} is in the file
     */
    FieldReader(Path file, byte[] bytes, int limit, long fileOffset) {
        this.file = file;
        this.bytes = bytes;
        this.limit = limit;
        this.fileOffset = fileOffset;
    }

    /** The file offset of the next field. */
    long offset() {
        return fileOffset + position;
    }

    int remaining() {
        return limit - position;
    }

    /** A format error at the next field. */
    TraceFormatException problem(String what) {
        return problemAt(offset(), what);
    }

    TraceFormatException problemAt(long offset, String what) {
        return new TraceFormatException(file, offset, what);
    }

    /** Steps over {@code count} bytes already checked by other means. */
    void skip(int count) throws TraceFormatException {
        need(count, "skipped field");
        position += count;
    }

    int u8(String name) throws TraceFormatException {
        need(1, name);
        return bytes[position++] & 0xff;
    }

    /** A u32 field; {@code max} caps it (inclusive). */
    int u32(String name, int max) throws TraceFormatException {
        need(4, name);
        long start = offset();
        long value = Integer.toUnsignedLong(LittleEndian.getInt(bytes, position));
        if (value > max) {
            throw problemAt(start, name + " " + value + " is over the limit " + max);
        }
        position += 4;
        return (int) value;
    }

    long i64(String name) throws TraceFormatException {
        need(8, name);
        long value = LittleEndian.getLong(bytes, position);
        position += 8;
        return value;
    }

    /** An unsigned LEB128 varint of at most 10 bytes that fits in 64 bits. */
    long varint(String name) throws TraceFormatException {
        return limit - position >= 10 ? varintWithin(name) : varintNearEnd(name);
    }

    /** The common case, with all 10 bytes a varint may take in bounds: no bounds check per byte. */
    private long varintWithin(String name) throws TraceFormatException {
        int at = position;
        long value = 0;
        for (int shift = 0; shift < 63; shift += 7) {
            int b = bytes[at++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                position = at;
                return value;
            }
        }
        int last = bytes[at] & 0xff;
        if (last > 1) {
            throw problem(name + ": varint does not fit in 64 bits (10th byte 0x" + Integer.toHexString(last) + ")");
        }
        position = at + 1;
        return value | (long) last << 63;
    }

    private long varintNearEnd(String name) throws TraceFormatException {
        long start = offset();
        long value = 0;
        int shift = 0;
        boolean more = true;
        while (more) {
            if (position == limit) {
                throw problemAt(start, name + ": varint is cut off by the end of its block");
            }
            int b = bytes[position++] & 0xff;
            if (shift == 63 && b > 1) {
                throw problemAt(start, name + ": varint does not fit in 64 bits (10th byte 0x" + Integer.toHexString(b) + ")");
            }
            value |= (long) (b & 0x7f) << shift;
            shift += 7;
            more = b >= 0x80;
        }
        return value;
    }

    /** A zigzag-encoded signed varint. */
    long zigzag(String name) throws TraceFormatException {
        long raw = varint(name);
        return (raw >>> 1) ^ -(raw & 1);
    }

    /** A u32 byte length, capped at {@code maxBytes}, then that many bytes of strict UTF-8. */
    String string(String name, int maxBytes) throws TraceFormatException {
        int length = u32(name + " length", maxBytes);
        long start = offset();
        need(length, name);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, position, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw problemAt(start, name + " is not valid UTF-8");
        }
        position += length;
        return text;
    }

    private void need(int count, String name) throws TraceFormatException {
        if (count > limit - position) {
            throw problem(name + " needs " + count + " bytes, only " + (limit - position) + " left");
        }
    }
}
