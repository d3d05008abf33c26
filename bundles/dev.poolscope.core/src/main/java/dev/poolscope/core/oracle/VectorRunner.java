package dev.poolscope.core.oracle;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Allocation;
import dev.poolscope.core.GenPool;
import dev.poolscope.core.PoolLimitException;
import dev.poolscope.core.Probe;
import dev.poolscope.core.SearchMode;
import dev.poolscope.core.Variant;
import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.core.io.InputFiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Runs a gen_pool test vector file (format: shared/oracle/README.md) against {@link GenPool} and
 * compares every expected result exactly. Files ending in {@code .gz} are read through gzip.
 * Owners in the files are numbers; 0 means none. A chunk that would take its pool over
 * {@link dev.poolscope.core.PoolLimits#ALLOCATOR} is refused before its bitmap is allocated: that
 * counts as one failure, and the pool's later lines, which depend on it, are skipped up to the next
 * {@code pool} line.
 */
public final class VectorRunner {

    /** How many failures a report describes in words; all of them are counted. */
    public static final int DESCRIBED_FAILURES = 20;

    private static final int NO_RESULT = -1;

    private final Variant variant;
    private final SearchMode search;
    private Path file;
    private long lineNumber;
    private String line;
    private GenPool pool;
    /** True from a refused {@code add} to the next {@code pool} line. */
    private boolean refused;
    private long checked;
    private long failed;
    private List<String> failures;

    public VectorRunner(Variant variant) {
        this(variant, SearchMode.SUMMARIES);
    }

    /** A runner whose pools search their bitmaps as {@code search} says. */
    public VectorRunner(Variant variant, SearchMode search) {
        this.variant = variant;
        this.search = search;
    }

    /**
     * Runs every line of {@code vectorFile} in order.
     *
     * @throws VectorFormatException on the first line that does not follow the format
     * @throws FileOperationException naming the file, when it is not a regular file or cannot be read
     */
    public VectorReport run(Path vectorFile) throws FileOperationException, VectorFormatException {
        file = vectorFile;
        lineNumber = 0;
        pool = null;
        refused = false;
        checked = 0;
        failed = 0;
        failures = new ArrayList<>();
        try (BufferedReader reader = open(vectorFile)) {
            for (line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (!line.isEmpty() && !line.startsWith("#")) {
                    execute(line.split(" ", -1));
                }
            }
        } catch (FileOperationException e) {
            throw e;
        } catch (IOException e) { // a read that failed part-way, or a .gz file that is not gzip
            throw FileOperationException.of("read", vectorFile, e);
        }
        return new VectorReport(vectorFile, checked, failed, List.copyOf(failures));
    }

    private static BufferedReader open(Path path) throws IOException {
        InputStream in = Channels.newInputStream(InputFiles.open(path));
        try {
            InputStream text = path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
            return new BufferedReader(new InputStreamReader(text, StandardCharsets.ISO_8859_1), 1 << 16);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    private void execute(String[] t) throws VectorFormatException {
        String op = t[0];
        if (!op.equals("pool") && pool == null) {
            throw malformed(Excerpt.of(op) + " before the first 'pool' line");
        }
        if (refused && !op.equals("pool")) {
            return;
        }
        try {
            switch (op) {
                case "pool" -> {
                    shape(t, 2, NO_RESULT);
                    pool = GenPool.create(Math.toIntExact(decimal(t, 1, "min_alloc_order=")), variant, Probe.NONE, search);
                    refused = false;
                }
                case "add" -> add(t);
                case "algo" -> pool.setAlgorithm(algorithm(t));
                case "alloc" -> {
                    shape(t, 4, 2);
                    compare(t[3], hex(pool.alloc(decimal(t, 1, ""))));
                }
                case "alloc_owner" -> {
                    shape(t, 5, 2);
                    Allocation a = pool.allocOwner(decimal(t, 1, ""));
                    compare(t[3] + " " + t[4], hex(a.address()) + " owner=" + ownerId(a.owner()));
                }
                case "free" -> {
                    shape(t, 3, NO_RESULT);
                    pool.free(hex(t, 1, ""), decimal(t, 2, ""));
                }
                case "free_owner" -> {
                    shape(t, 5, 3);
                    compare(t[4], "owner=" + ownerId(pool.freeOwner(hex(t, 1, ""), decimal(t, 2, ""))));
                }
                case "avail" -> {
                    shape(t, 3, 1);
                    compare(t[2], Long.toUnsignedString(pool.avail()));
                }
                case "size" -> {
                    shape(t, 3, 1);
                    compare(t[2], Long.toUnsignedString(pool.size()));
                }
                case "has_addr" -> {
                    shape(t, 5, 3);
                    compare(t[4], pool.hasAddr(hex(t, 1, ""), decimal(t, 2, "")) ? "1" : "0");
                }
                case "virt_to_phys" -> {
                    shape(t, 4, 2);
                    compare(t[3], hex(pool.virtToPhys(hex(t, 1, ""))));
                }
                case "destroy" -> {
                    shape(t, 1, NO_RESULT);
                    pool.destroy();
                }
                default -> throw malformed("unknown operation " + Excerpt.of(op));
            }
        } catch (PoolLimitException e) {
            checked++;
            refused = true;
            recordFailure("refused: " + e.getMessage() + "; the pool's later lines are skipped");
        } catch (RuntimeException e) {
            // a call that throws fails its line, whether or not the line carries a result
            checked++;
            recordFailure("threw " + e);
        }
    }

    private void add(String[] t) throws VectorFormatException {
        if (t.length != 4 && t.length != 5) {
            throw malformed("'add' takes virt=, phys=, size= and an optional owner=, found " + t.length + " tokens");
        }
        long virt = hex(t, 1, "virt=");
        long phys = hex(t, 2, "phys=");
        long size = decimal(t, 3, "size=");
        long owner = t.length == 5 ? decimal(t, 4, "owner=") : 0;
        pool.addChunk(virt, phys, size, owner == 0 ? null : owner);
    }

    private Algorithm algorithm(String[] t) throws VectorFormatException {
        String name = t.length > 1 ? t[1] : "";
        int length = name.equals("first_fit_align") || name.equals("fixed") ? 3 : 2;
        shape(t, length, NO_RESULT);
        return switch (name) {
            case "first_fit" -> Algorithm.firstFit();
            case "first_fit_order_align" -> Algorithm.firstFitOrderAlign();
            case "best_fit" -> Algorithm.bestFit();
            case "first_fit_align" -> Algorithm.firstFitAlign(decimal(t, 2, "align="));
            case "fixed" -> Algorithm.fixedOffset(decimal(t, 2, "offset="));
            default -> throw malformed("unknown algorithm " + Excerpt.of(name));
        };
    }

    private void compare(String expected, String actual) {
        checked++;
        if (!expected.equals(actual)) {
            recordFailure("expected " + expected + ", got " + actual);
        }
    }

    private void recordFailure(String what) {
        failed++;
        if (failures.size() < DESCRIBED_FAILURES) {
            failures.add(file + ":" + lineNumber + ": " + Excerpt.of(line) + ": " + what);
        }
    }

    /** Checks the token count and, unless {@code arrowAt} is {@link #NO_RESULT}, the {@code ->} token. */
    private void shape(String[] t, int length, int arrowAt) throws VectorFormatException {
        if (t.length != length) {
            throw malformed("'" + t[0] + "' takes " + length + " tokens, found " + t.length);
        }
        if (arrowAt != NO_RESULT && !"->".equals(t[arrowAt])) {
            throw malformed("expected '->' as token " + (arrowAt + 1) + ", found " + Excerpt.of(t[arrowAt]));
        }
    }

    private long hex(String[] t, int at, String key) throws VectorFormatException {
        String digits = value(t, at, key + "0x");
        if (!digitsOnly(digits, 16) || digits.length() > 16) {
            throw malformed("bad hex value " + Excerpt.of(t[at]));
        }
        return Long.parseUnsignedLong(digits, 16);
    }

    private long decimal(String[] t, int at, String key) throws VectorFormatException {
        String digits = value(t, at, key);
        // an unsigned long, as the kernel's: up to 2^64 - 1, which parseUnsignedLong refuses to exceed
        if (!digitsOnly(digits, 10) || digits.length() > 20) {
            throw malformed("bad decimal value " + Excerpt.of(t[at]));
        }
        try {
            return Long.parseUnsignedLong(digits);
        } catch (NumberFormatException e) {
            throw malformed("decimal value " + Excerpt.of(t[at]) + " is over 2^64 - 1");
        }
    }

    private static boolean digitsOnly(String s, int radix) {
        boolean ok = !s.isEmpty();
        for (int i = 0; ok && i < s.length(); i++) {
            char c = s.charAt(i);
            ok = (c >= '0' && c <= '9') || (radix == 16 && c >= 'a' && c <= 'f');
        }
        return ok;
    }

    private String value(String[] t, int at, String prefix) throws VectorFormatException {
        if (!t[at].startsWith(prefix)) {
            throw malformed("expected '" + prefix + "...' as token " + (at + 1) + ", found " + Excerpt.of(t[at]));
        }
        return t[at].substring(prefix.length());
    }

    private VectorFormatException malformed(String problem) {
        return new VectorFormatException(file, lineNumber, problem);
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    private static String ownerId(Object owner) {
        return owner == null ? "0" : Long.toUnsignedString((Long) owner);
    }
}
