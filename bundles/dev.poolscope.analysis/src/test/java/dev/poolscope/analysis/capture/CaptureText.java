package dev.poolscope.analysis.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes capture text for tests, one record per call, numbering seqs itself. Events run one after
 * another on one task (pid 100) unless {@link #task} says otherwise for the next one.
 */
final class CaptureText {

    static final String HEADER = "poolscope-capture 1\nkernel 6.1.0-test-amd64\nparams ring=4096 stack=2 pools=all names=all\n";
    static final String CALLER = "gpwork_run+0x127/0x1000[poolscope_gpwork]";

    private final StringBuilder text = new StringBuilder(HEADER);
    private long seq;
    private long lost;
    private long clock = 1000;
    private String nextTiming;

    /** The next event's task and times. */
    CaptureText task(int pid, long t0, long t1) {
        nextTiming = "cpu=" + (pid % 2) + " pid=" + pid + " comm=worker" + pid + " t0=" + t0 + " t1=" + t1;
        return this;
    }

    CaptureText create(int order, long pool) {
        return event("create order=" + order + " nid=-1 pool=" + hex(pool));
    }

    CaptureText add(long pool, long virt, long size) {
        return event("add pool=" + hex(pool) + " virt=" + hex(virt) + " phys=" + hex(virt + 0x1000_0000_0000L) + " size="
                + size + " nid=-1 ret=0");
    }

    CaptureText alloc(long pool, long size, String algo, long address) {
        return alloc(pool, size, algo, address, CALLER);
    }

    /** {@code algo} is a symbol and its data, e.g. "gen_pool_first_fit_align align=256"; no data means "-". */
    CaptureText alloc(long pool, long size, String algo, long address, String caller) {
        return event("alloc pool=" + hex(pool) + " size=" + size + " " + algoFields(algo) + " addr=" + hex(address)
                + " caller=" + caller + " stack=" + caller + ",worker_thread+0x1e3/0x3d0");
    }

    CaptureText free(long pool, long address, long size) {
        return event("free pool=" + hex(pool) + " addr=" + hex(address) + " size=" + size + " caller=" + CALLER + " stack=-");
    }

    CaptureText algo(long pool, String algo) {
        return event("algo pool=" + hex(pool) + " " + algoFields(algo));
    }

    CaptureText destroy(long pool) {
        return event("destroy pool=" + hex(pool));
    }

    /** A snapshot line; its chunks follow with {@link #chunk}. */
    CaptureText snapshot(long pool, String why, int order, String algo, String name, int chunks) {
        return record("snapshot pool=" + hex(pool) + " why=" + why + " order=" + order + " " + algoFields(algo) + " name="
                + name + " chunks=" + chunks);
    }

    /** A chunk line and its words, at most 8 to a words line. */
    CaptureText chunk(long start, long size, int order, long avail, long... words) {
        text.append("chunk start=").append(hex(start)).append(" end=").append(hex(start + size - 1)).append(" phys=")
                .append(hex(start + 0x1000_0000_0000L)).append(" avail=").append(avail).append(" bits=")
                .append(size >>> order).append('\n');
        for (int i = 0; i < words.length; i += 8) {
            text.append("words ").append(i);
            for (int w = i; w < Math.min(words.length, i + 8); w++) {
                text.append(' ').append(String.format("%016x", words[w]));
            }
            text.append('\n');
        }
        return this;
    }

    CaptureText lost(long count) {
        lost += count;
        return record("lost count=" + count + " reason=ring");
    }

    /** Any line, as is. */
    CaptureText raw(String line) {
        text.append(line).append('\n');
        return this;
    }

    long nextSeq() {
        return seq;
    }

    /** The text with its end line. */
    String ended() {
        return text + "end records=" + seq + " lost=" + lost + "\n";
    }

    /** The text without an end line, as a capture cut short. */
    String cut() {
        return text.toString();
    }

    Path write(Path dir) throws IOException {
        return write(dir, ended());
    }

    static Path write(Path dir, String text) throws IOException {
        Path file = dir.resolve("capture-" + Math.abs(text.hashCode()) + ".txt");
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        return file;
    }

    private CaptureText event(String rest) {
        String timing = nextTiming != null ? nextTiming : "cpu=0 pid=100 comm=gpwork t0=" + clock + " t1=" + (clock + 50);
        nextTiming = null;
        clock += 100;
        return record(timing + " " + rest);
    }

    private CaptureText record(String rest) {
        text.append(seq++).append(' ').append(rest).append('\n');
        return this;
    }

    private static String algoFields(String algo) {
        String[] parts = algo.split(" ");
        return "algo=" + parts[0] + " data=" + (parts.length > 1 ? parts[1] : "-");
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
