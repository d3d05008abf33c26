package dev.poolscope.trace.file;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Fixed-size little-endian fields and LEB128 varints in byte arrays: the format's two encodings. */
final class LittleEndian {

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private LittleEndian() {
    }

    static int getInt(byte[] bytes, int at) {
        return (int) INT.get(bytes, at);
    }

    static long getLong(byte[] bytes, int at) {
        return (long) LONG.get(bytes, at);
    }

    static void putInt(byte[] bytes, int at, int value) {
        INT.set(bytes, at, value);
    }

    static void putLong(byte[] bytes, int at, long value) {
        LONG.set(bytes, at, value);
    }

    /** Writes {@code value} as an unsigned LEB128 varint (1 to 10 bytes) at {@code at}; returns the position after it. */
    static int putVarint(byte[] bytes, int at, long value) {
        int position = at;
        long rest = value;
        while ((rest & ~0x7fL) != 0) {
            bytes[position++] = (byte) (rest | 0x80);
            rest >>>= 7;
        }
        bytes[position++] = (byte) rest;
        return position;
    }

    /** Writes a signed value zigzag-encoded ({@code (v << 1) ^ (v >> 63)}), so small magnitudes of either sign stay short. */
    static int putZigZag(byte[] bytes, int at, long value) {
        return putVarint(bytes, at, (value << 1) ^ (value >> 63));
    }
}
