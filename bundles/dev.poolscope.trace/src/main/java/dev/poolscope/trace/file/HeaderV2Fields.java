package dev.poolscope.trace.file;

import dev.poolscope.trace.ChunkGeometry;
import dev.poolscope.trace.StartState;
import dev.poolscope.trace.UnitRuns;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The header fields version 2 adds after the seed: the start state (per chunk in id order, a varint
 * run count, then each run as a varint start unit and a varint length) and the label table (a u32
 * count, then each label as a string). Reading checks every count against its cap and the bytes
 * left before allocating, and every run against the one before it and its chunk.
 */
final class HeaderV2Fields {

    /** The start state and labels as read. */
    record Decoded(StartState start, List<String> labels) {
    }

    private HeaderV2Fields() {
    }

    /**
     * The fields' bytes.
     *
     * @throws IllegalArgumentException when there are more labels than the format's cap, or a label is over its cap
     */
    static byte[] encode(StartState start, List<ChunkGeometry> chunks, List<String> labels) {
        if (labels.size() > TraceFormat.MAX_LABELS) {
            throw new IllegalArgumentException(labels.size() + " labels are over the format's limit " + TraceFormat.MAX_LABELS);
        }
        List<byte[]> texts = new ArrayList<>(labels.size());
        long length = 4;
        for (int i = 0; i < labels.size(); i++) {
            byte[] utf8 = labels.get(i).getBytes(StandardCharsets.UTF_8);
            if (utf8.length > TraceFormat.MAX_LABEL_BYTES) {
                throw new IllegalArgumentException("label " + i + " is " + utf8.length
                        + " bytes of UTF-8, over the format's limit " + TraceFormat.MAX_LABEL_BYTES);
            }
            texts.add(utf8);
            length += 4 + utf8.length;
        }
        for (int chunk = 0; chunk < chunks.size(); chunk++) {
            UnitRuns runs = start.chunk(chunk);
            length += varintBytes(runs.count());
            for (int run = 0; run < runs.count(); run++) {
                length += varintBytes(runs.start(run)) + varintBytes(runs.length(run));
            }
        }
        if (length > TraceFormat.MAX_HEADER_BODY_BYTES_V2) {
            throw new IllegalArgumentException("the start state and labels take " + length
                    + " bytes, over the format's header limit " + TraceFormat.MAX_HEADER_BODY_BYTES_V2);
        }
        byte[] out = new byte[(int) length];
        int at = 0;
        for (int chunk = 0; chunk < chunks.size(); chunk++) {
            UnitRuns runs = start.chunk(chunk);
            at = LittleEndian.putVarint(out, at, runs.count());
            for (int run = 0; run < runs.count(); run++) {
                at = LittleEndian.putVarint(out, at, runs.start(run));
                at = LittleEndian.putVarint(out, at, runs.length(run));
            }
        }
        LittleEndian.putInt(out, at, texts.size());
        at += 4;
        for (byte[] text : texts) {
            LittleEndian.putInt(out, at, text.length);
            System.arraycopy(text, 0, out, at + 4, text.length);
            at += 4 + text.length;
        }
        return out;
    }

    /** Bytes of the varint of {@code value}, which is not negative. */
    private static int varintBytes(long value) {
        return Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 6) / 7);
    }

    /** Reads the fields of a header whose chunks (of {@code 2^order}-byte units) are {@code chunks}. */
    static Decoded read(FieldReader in, List<ChunkGeometry> chunks, int order) throws TraceFormatException {
        List<UnitRuns> runs = new ArrayList<>(chunks.size());
        for (ChunkGeometry chunk : chunks) {
            runs.add(runsOf(in, chunk.id(), chunk.size() >>> order));
        }
        int count = in.u32("label count", TraceFormat.MAX_LABELS);
        List<String> labels = new ArrayList<>(Math.min(count, in.remaining() / 4));
        for (int i = 0; i < count; i++) {
            labels.add(in.string("label " + i, TraceFormat.MAX_LABEL_BYTES));
        }
        return new Decoded(StartState.of(runs), labels);
    }

    private static UnitRuns runsOf(FieldReader in, int chunk, long units) throws TraceFormatException {
        long countOffset = in.offset();
        long count = in.varint("chunk " + chunk + " start run count");
        // maximal runs are separated by a clear unit: at most ceil(units / 2) of them
        long most = (units + 1) / 2;
        if (Long.compareUnsigned(count, most) > 0) {
            throw in.problemAt(countOffset, "chunk " + chunk + " start run count " + Long.toUnsignedString(count)
                    + " is over the limit " + most + " for its " + units + " units");
        }
        if (count * TraceFormat.MIN_RUN_BYTES > in.remaining()) {
            throw in.problemAt(countOffset, "chunk " + chunk + " start run count " + count + " needs at least "
                    + count * TraceFormat.MIN_RUN_BYTES + " bytes, the header has " + in.remaining() + " left");
        }
        long[] pairs = new long[(int) (2 * count)];
        long previousEnd = -1;
        for (int run = 0; run < count; run++) {
            long startOffset = in.offset();
            // constant names: a message names the field only when it is at fault, and a state may have 2^25 runs
            long start = in.varint("start run's start");
            long lengthOffset = in.offset();
            long length = in.varint("start run's length");
            String problem = UnitRuns.problem(previousEnd, start, length, units);
            if (problem != null) {
                boolean atStart = start < 0 || start >= units || start <= previousEnd;
                throw in.problemAt(atStart ? startOffset : lengthOffset, "chunk " + chunk + " start run " + run + ": "
                        + problem);
            }
            pairs[2 * run] = start;
            pairs[2 * run + 1] = length;
            previousEnd = start + length;
        }
        return UnitRuns.of(pairs);
    }
}
