package dev.poolscope.analysis.capture;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Parses the lines of a capture's records: a record's first line, and a snapshot's chunk and words lines. */
final class RecordLine {

    private static final Pattern SEQ = Pattern.compile("[0-9]{1,19}");
    private static final Pattern WORD = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern COMM = Pattern.compile("([\\x21-\\x5b\\x5d-\\x7e]|\\\\x[0-9a-f]{2})+");

    private RecordLine() {
    }

    /** The tokens of a record's first line after its seq, which must be {@code expectedSeq}. */
    static FieldCursor head(String line, long expectedSeq) throws BadLine {
        FieldCursor fields = FieldCursor.of(line, 1);
        String seqText = fields.token(0);
        if (!SEQ.matcher(seqText).matches() || !seqText.equals(Long.toString(expectedSeq))) {
            throw new BadLine("seq " + FieldCursor.quoted(seqText) + " where the next record's is " + expectedSeq
                    + " (seq counts records from 0 with no gaps)");
        }
        return fields;
    }

    /** True when the record starting with {@code fields} is a snapshot, whose chunk lines follow. */
    static boolean isSnapshot(FieldCursor fields) {
        return "snapshot".equals(fields.token(1));
    }

    /** An event or a lost record, from its {@link #head}. */
    static CaptureRecord record(FieldCursor fields, long seq, long lineNumber) throws BadLine {
        if ("lost".equals(fields.token(1))) {
            fields.word("kind");
            LostRecords lost = new LostRecords(seq, lineNumber, fields.dec("count"), fields.text("reason"));
            if (!LostRecords.REASONS.contains(lost.reason())) {
                throw new BadLine("reason " + FieldCursor.quoted(lost.reason()) + " is not ring, nomem or missed");
            }
            fields.end();
            return lost;
        }
        return event(fields, timing(fields, seq, lineNumber));
    }

    private static EventTiming timing(FieldCursor fields, long seq, long lineNumber) throws BadLine {
        int cpu = fields.decInt("cpu", false);
        int pid = fields.decInt("pid", false);
        String comm = escaped(fields.text("comm"), "comm");
        long t0 = fields.dec("t0");
        long t1 = fields.dec("t1");
        if (t1 < t0) {
            throw new BadLine("t1 " + t1 + " is before t0 " + t0);
        }
        return new EventTiming(seq, lineNumber, cpu, pid, comm, t0, t1);
    }

    /** A value written with every byte outside 0x21..0x7e and every '\\' as {@code \\xNN}. */
    private static String escaped(String value, String key) throws BadLine {
        if (!COMM.matcher(value).matches()) {
            throw new BadLine(key + " " + FieldCursor.quoted(value) + " has a '\\' not written as \\xNN");
        }
        return value;
    }

    private static CaptureEvent event(FieldCursor fields, EventTiming at) throws BadLine {
        String kind = fields.word("kind");
        CaptureEvent event = switch (kind) {
            case "create" -> new CaptureEvent.Create(at, fields.decInt("order", false), fields.decInt("nid", true),
                    fields.hex("pool"));
            case "add" -> new CaptureEvent.Add(at, fields.hex("pool"), fields.hex("virt"), fields.hex("phys"),
                    fields.dec("size"), fields.decInt("nid", true), fields.decInt("ret", true));
            case "alloc" -> new CaptureEvent.Alloc(at, fields.hex("pool"), fields.dec("size"), fields.algo(),
                    fields.hex("addr"), fields.text("caller"), stack(fields.text("stack")));
            case "free" -> new CaptureEvent.Free(at, fields.hex("pool"), fields.hex("addr"), fields.dec("size"),
                    fields.text("caller"), stack(fields.text("stack")));
            case "algo" -> new CaptureEvent.SetAlgo(at, fields.hex("pool"), fields.algo());
            case "destroy" -> new CaptureEvent.Destroy(at, fields.hex("pool"));
            default -> throw new BadLine("unknown kind " + FieldCursor.quoted(kind)
                    + " (expected create, add, alloc, free, algo, destroy, snapshot or lost)");
        };
        fields.end();
        return event;
    }

    private static List<String> stack(String text) throws BadLine {
        if (text.equals("-")) {
            return List.of();
        }
        List<String> frames = Arrays.asList(text.split(",", -1));
        if (frames.contains("")) {
            throw new BadLine("stack " + FieldCursor.quoted(text) + " has an empty frame");
        }
        return frames;
    }

    /** A snapshot's first line, from its {@link #head}: the block its chunk lines fill. */
    static SnapshotBlock snapshot(FieldCursor fields, long seq, long lineNumber) throws BadLine {
        fields.word("kind");
        long pool = fields.hex("pool");
        String whyText = fields.text("why");
        PoolSnapshot.Why why = switch (whyText) {
            case "first" -> PoolSnapshot.Why.FIRST;
            case "final" -> PoolSnapshot.Why.FINAL;
            case "destroy" -> PoolSnapshot.Why.DESTROY;
            default -> throw new BadLine("why " + FieldCursor.quoted(whyText) + " is not first, final or destroy");
        };
        int order = fields.decInt("order", false);
        CapturedAlgo algo = fields.algo();
        String name = escaped(fields.text("name"), "name");
        long chunks = fields.dec("chunks");
        fields.end();
        if (chunks > Integer.MAX_VALUE) {
            throw new BadLine("chunks '" + chunks + "' is more than a snapshot can hold");
        }
        return new SnapshotBlock(new PoolSnapshot(seq, lineNumber, pool, why, order, algo, name, List.of()),
                (int) chunks);
    }

    /** A {@code chunk} line of a snapshot of {@code order}; its words follow. */
    static SnapshotBlock.ChunkHead chunk(String line, int order) throws BadLine {
        FieldCursor fields = FieldCursor.of(line, 0);
        fields.word("kind");
        long start = fields.hex("start");
        long end = fields.hex("end");
        long phys = fields.hex("phys");
        long avail = fields.dec("avail");
        long bits = fields.dec("bits");
        fields.end();
        if (Long.compareUnsigned(end, start) < 0) {
            throw new BadLine(String.format("end 0x%x is below start 0x%x", end, start));
        }
        long expected = (end - start + 1) >>> order;
        if (bits != expected) {
            throw new BadLine(String.format("bits %d, but a chunk [0x%x-0x%x] of order %d has %d", bits, start, end,
                    order, expected));
        }
        return new SnapshotBlock.ChunkHead(start, end, phys, avail, bits);
    }

    /** A {@code words} line: its first word's index and 1 to 8 words. */
    static long[] words(String line, int expectedIndex, int wordCount) throws BadLine {
        FieldCursor fields = FieldCursor.of(line, 0);
        fields.word("kind");
        String index = fields.word("first word's index");
        if (!index.equals(Integer.toString(expectedIndex))) {
            throw new BadLine("words from index " + FieldCursor.quoted(index) + " where word " + expectedIndex
                    + " is next (words lines cover words 0.." + (wordCount - 1) + " in order, each once)");
        }
        int count = 0;
        long[] words = new long[8];
        for (String word = fields.token(2 + count); word != null; word = fields.token(2 + count)) {
            if (count == 8) {
                throw new BadLine("more than 8 words in one words line");
            }
            if (!WORD.matcher(word).matches()) {
                throw new BadLine("word " + FieldCursor.quoted(word) + " is not 16 lowercase hex digits");
            }
            words[count++] = Long.parseUnsignedLong(word, 16);
        }
        if (count == 0) {
            throw new BadLine("a words line without words");
        }
        if (expectedIndex + count > wordCount) {
            throw new BadLine("words " + expectedIndex + ".." + (expectedIndex + count - 1) + " run past the chunk's "
                    + wordCount + " word" + (wordCount == 1 ? "" : "s"));
        }
        return Arrays.copyOf(words, count);
    }
}
