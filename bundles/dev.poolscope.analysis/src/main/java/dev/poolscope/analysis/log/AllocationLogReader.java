package dev.poolscope.analysis.log;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.core.io.InputFiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Reads an allocation log (ALLOCATION-LOG.md) whole and checks every row before returning, so
 * that nothing is ever replayed or reported from a log that is wrong further down. Bytes are read
 * one char each (ISO-8859-1), so a binary file gives a format error, never a decoding one.
 */
public final class AllocationLogReader {

    /** The header line a log starts with. */
    public static final String HEADER = "op,size,id";

    /**
     * The header of a log whose rows carry a fourth field, the caller (the kernel function that
     * made the call, as an imported capture names it); the caller is for the reader of the file
     * and changes nothing in a replay.
     */
    public static final String HEADER_WITH_CALLER = HEADER + ",caller";

    /** The longest field a message quotes; longer ones, and ones with other than printable ASCII, are described. */
    private static final int QUOTED_CHARS = 24;
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern PRINTABLE = Pattern.compile("[\\x20-\\x7e]*");

    private final Path file;
    private String header;
    private long lineNumber;
    private long[] bytes = new long[1024];
    private int[] ids = new int[1024];
    private int count;
    private int allocs;
    /** Per id (index id - 1): the line of its free, or 0 while it is live. */
    private long[] freedAt = new long[1024];

    private AllocationLogReader(Path file) {
        this.file = file;
    }

    /**
     * Reads and checks all of {@code file}.
     *
     * @throws AllocationLogFormatException on the first line that does not follow the format
     * @throws FileOperationException       naming the file, when it is not a regular file or cannot be read
     */
    public static AllocationLog read(Path file) throws FileOperationException, AllocationLogFormatException {
        return new AllocationLogReader(file).readAll();
    }

    private AllocationLog readAll() throws FileOperationException, AllocationLogFormatException {
        boolean headerSeen = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                Channels.newInputStream(InputFiles.open(file)), StandardCharsets.ISO_8859_1), 1 << 16)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (isSkipped(line)) {
                    continue;
                }
                if (headerSeen) {
                    row(line.split(",", -1));
                } else {
                    header(line);
                    headerSeen = true;
                }
            }
        } catch (FileOperationException e) {
            throw e;
        } catch (IOException e) { // a read that failed part-way
            throw FileOperationException.of("read", file, e);
        }
        if (!headerSeen) {
            lineNumber++;
            throw malformed("end of file before the header line '" + HEADER + "'");
        }
        return new AllocationLog(file, bytes, ids, count, allocs);
    }

    private void header(String line) throws AllocationLogFormatException {
        if (!isHeader(line)) {
            throw malformed("expected the header line '" + HEADER + "' (or '" + HEADER_WITH_CALLER + "'), found "
                    + quoted(line));
        }
        header = line;
    }

    /** True for a line the format skips wherever it stands: empty, or a comment ({@code #} first). */
    static boolean isSkipped(String line) {
        return line.isEmpty() || line.startsWith("#");
    }

    /** True when {@code line} is one of the two header lines. */
    static boolean isHeader(String line) {
        return line.equals(HEADER) || line.equals(HEADER_WITH_CALLER);
    }

    private void row(String[] fields) throws AllocationLogFormatException {
        int expected = header.split(",").length;
        if (fields.length != expected) {
            throw malformed("expected " + expected + " fields (" + header + "), found " + fields.length);
        }
        switch (fields[0]) {
            case "alloc" -> alloc(fields[1], fields[2]);
            case "free" -> free(fields[1], fields[2]);
            default -> throw malformed("unknown op " + quoted(fields[0]) + " (expected alloc or free)");
        }
    }

    private void alloc(String size, String id) throws AllocationLogFormatException {
        if (size.isEmpty()) {
            throw malformed("alloc without a size");
        }
        long bytesAsked = number(size, "size");
        if (bytesAsked == 0) {
            throw malformed("alloc of size 0: gen_pool_alloc returns 0 for it, which means failure");
        }
        long next = allocs + 1L;
        if (number(id, "id") != next) {
            throw malformed("alloc of id " + quoted(id) + ": ids run from 1 in the order of the allocs, so this one must be " + next);
        }
        if (next > Integer.MAX_VALUE - 8) {
            throw malformed("more allocs than a log may hold (" + (Integer.MAX_VALUE - 8) + ")");
        }
        allocs++;
        if (allocs > freedAt.length) {
            freedAt = Arrays.copyOf(freedAt, grown(freedAt.length));
        }
        add(bytesAsked, allocs);
    }

    private void free(String size, String idText) throws AllocationLogFormatException {
        if (!size.isEmpty()) {
            throw malformed("free with a size " + quoted(size) + ": a free names only the id of its alloc (free,,ID)");
        }
        long id = number(idText, "id");
        if (id < 1 || id > allocs) {
            throw malformed("free of unknown id " + id + (allocs == 0 ? " (no alloc before it)" : " (allocs so far: 1.." + allocs + ")"));
        }
        int index = (int) id - 1;
        if (freedAt[index] != 0) {
            throw malformed("free of id " + id + ", already freed on line " + freedAt[index]);
        }
        freedAt[index] = lineNumber;
        add(AllocationLog.FREE, (int) id);
    }

    private void add(long size, int id) {
        if (count == ids.length) {
            bytes = Arrays.copyOf(bytes, grown(count));
            ids = Arrays.copyOf(ids, grown(count));
        }
        bytes[count] = size;
        ids[count] = id;
        count++;
    }

    /** A capacity half again as large, short of the largest array the JVM makes. */
    private static int grown(int length) {
        return (int) Math.min(Integer.MAX_VALUE - 8L, length + (length >> 1) + 1L);
    }

    /** A field as a decimal number of 0..2^63-1. */
    private long number(String text, String what) throws AllocationLogFormatException {
        if (text.isEmpty()) {
            throw malformed("missing " + what);
        }
        if (text.startsWith("-") && DIGITS.matcher(text.substring(1)).matches()) {
            throw malformed("negative " + what + " " + quoted(text));
        }
        if (!DIGITS.matcher(text).matches()) {
            throw malformed(what + " " + quoted(text) + " is not a decimal number");
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw malformed(what + " " + quoted(text) + " is over 2^63 - 1");
        }
    }

    /**
     * A field as a message shows it: quoted when short and printable, else only its length, so a
     * binary or huge line gives a short message (core's oracle.Excerpt does this for vector files,
     * but is not public).
     */
    private static String quoted(String text) {
        return text.length() <= QUOTED_CHARS && PRINTABLE.matcher(text).matches() ? "'" + text + "'"
                : String.format("(%,d characters, too long or not printable to quote)", text.length());
    }

    private AllocationLogFormatException malformed(String problem) {
        return new AllocationLogFormatException(file, lineNumber, problem);
    }
}
