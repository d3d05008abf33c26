package dev.poolscope.trace;

/**
 * One step of a recorded run.
 *
 * @param seq    position in the run's total order, from 0; dense unless a damaged file lost blocks
 * @param thread the logical thread, from 0
 * @param time   nanoseconds since the recording started (real runs) or the step number (scheduled runs)
 * @param chunk  the chunk's id (order of addition), or -1 when the event concerns no chunk
 * @param p0     payload fields as {@link EventKind#fields()} names them; unused ones are 0
 */
public record Event(long seq, int thread, long time, int chunk, EventKind kind,
        long p0, long p1, long p2, long p3, long p4) {

    /** The payload field {@code index} (0..4). */
    public long field(int index) {
        return switch (index) {
            case 0 -> p0;
            case 1 -> p1;
            case 2 -> p2;
            case 3 -> p3;
            case 4 -> p4;
            default -> throw new IndexOutOfBoundsException("payload field " + index);
        };
    }

    /** True for a CAS that stored its desired value. */
    public boolean casSucceeded() {
        return kind == EventKind.CAS && p4 == 1;
    }

    /** True for a CAS that found another value than it expected. */
    public boolean casFailed() {
        return kind == EventKind.CAS && p4 == 0;
    }

    /** "T2 #4211 CAS chunk 0 word=17 expected=0xff ...": the event in one line, numbers in hex where they are bits. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append('T').append(thread).append(" #").append(seq).append(' ').append(kind);
        if (chunk >= 0) {
            text.append(" chunk ").append(chunk);
        }
        for (int i = 0; i < kind.fields().size(); i++) {
            String name = kind.fields().get(i);
            long value = field(i);
            text.append(' ').append(name).append('=');
            boolean hex = name.equals("address") || name.equals("value") || name.equals("expected")
                    || name.equals("desired") || name.equals("witnessed") || name.equals("before")
                    || name.equals("after");
            text.append(hex ? "0x" + Long.toHexString(value) : Long.toString(value));
        }
        return text.toString();
    }
}
