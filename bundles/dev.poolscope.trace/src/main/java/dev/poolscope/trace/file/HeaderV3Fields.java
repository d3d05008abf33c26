package dev.poolscope.trace.file;

import dev.poolscope.trace.BranchOrigin;

import java.nio.charset.StandardCharsets;

/**
 * The header field version 3 adds after version 2's: the branch origin, the parent trace's path (a
 * string), the seq of the parent's event the branch shares last ({@code i64}, not negative) and the
 * thread that took the next step ({@code u32}, below the header's thread count).
 */
final class HeaderV3Fields {

    private HeaderV3Fields() {
    }

    /**
     * The field's bytes.
     *
     * @throws IllegalArgumentException when the parent's path is over {@link BranchOrigin#MAX_PARENT_BYTES}
     */
    static byte[] encode(BranchOrigin origin) {
        byte[] parent = origin.parent().getBytes(StandardCharsets.UTF_8);
        if (parent.length > BranchOrigin.MAX_PARENT_BYTES) {
            throw new IllegalArgumentException("the parent's path is " + parent.length
                    + " bytes of UTF-8, over the format's limit " + BranchOrigin.MAX_PARENT_BYTES);
        }
        byte[] out = new byte[4 + parent.length + 8 + 4];
        LittleEndian.putInt(out, 0, parent.length);
        System.arraycopy(parent, 0, out, 4, parent.length);
        LittleEndian.putLong(out, 4 + parent.length, origin.event());
        LittleEndian.putInt(out, 4 + parent.length + 8, origin.thread());
        return out;
    }

    /** Reads the branch origin of a header of {@code threads} threads. */
    static BranchOrigin read(FieldReader in, int threads) throws TraceFormatException {
        long parentOffset = in.offset();
        String parent = in.string("parent", BranchOrigin.MAX_PARENT_BYTES);
        if (parent.isBlank()) {
            throw in.problemAt(parentOffset, "a branch's parent path is blank");
        }
        long eventOffset = in.offset();
        long event = in.i64("branch event");
        if (event < 0) {
            throw in.problemAt(eventOffset, "branch event " + event + " is negative");
        }
        long threadOffset = in.offset();
        int thread = in.u32("branch thread", Integer.MAX_VALUE);
        if (thread >= threads) {
            throw in.problemAt(threadOffset, "branch thread " + thread + " is not one of the trace's " + threads
                    + " threads");
        }
        return new BranchOrigin(parent, event, thread);
    }
}
