package dev.poolscope.model.grid;

import static dev.poolscope.model.grid.GridLayout.HEADER;
import static dev.poolscope.model.grid.GridLayout.LEGEND;
import static dev.poolscope.model.grid.GridLayout.MARGIN;
import static dev.poolscope.model.grid.GridLayout.PITCHES;
import static dev.poolscope.model.grid.GridLayout.WORD;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How the overview (zoom 0) fits chunks of the given bit counts, in address order, into a view:
 * as many to a line as word-wide blocks fit; lines whose chunks all fit at one bit per cell in an
 * equal share of the height keep only what they need, the others share the rest; in a line, the
 * chunks too large for one bit per cell split the width the others leave, each taking the smallest
 * power-of-two group of bits per cell that fits its height at as many cells to a row as fit.
 */
final class Overview {

    /** A chunk's cells in the overview, and how many rows they take. */
    record Fit(int bitsPerCell, int columns, long rows) {
    }

    private static final int MAX_BITS_PER_CELL = 1 << 30;

    private final List<Fit> fits;
    private final int perLine;
    private final int pitch;

    private Overview(List<Fit> fits, int perLine, int pitch) {
        this.fits = fits;
        this.perLine = perLine;
        this.pitch = pitch;
    }

    static Overview of(List<Long> bitCounts, int viewWidth, int viewHeight) {
        int perLine = Math.max(1, (viewWidth - MARGIN) / (WORD * PITCHES[0] + MARGIN));
        List<List<Long>> lines = new ArrayList<>();
        for (int first = 0; first < bitCounts.size(); first += perLine) {
            lines.add(bitCounts.subList(first, Math.min(bitCounts.size(), first + perLine)));
        }
        int free = Math.max(1, viewHeight - LEGEND);
        int[] shares = firstShares(lines, free);
        List<List<Fit>> fits = new ArrayList<>();
        for (int line = 0; line < lines.size(); line++) {
            fits.add(fitLine(lines.get(line), viewWidth, shares[line]));
        }
        // a power-of-two group rarely fills its share: what the lines leave goes, line by line, to
        // each line with groups that can use it, the coarsest first
        List<Integer> coarsestFirst = new ArrayList<>(IntStream.range(0, lines.size()).boxed().toList());
        coarsestFirst.sort(Comparator.comparingInt((Integer line) -> coarsest(fits.get(line))).reversed());
        for (int line : coarsestFirst) {
            int used = fits.stream().mapToInt(Overview::height).sum();
            if (coarsest(fits.get(line)) > 1 && free - used >= PITCHES[0]) {
                shares[line] = height(fits.get(line)) + free - used;
                fits.set(line, fitLine(lines.get(line), viewWidth, shares[line]));
            }
        }
        List<Fit> all = fits.stream().flatMap(List::stream).toList();
        int[] chunkShares = new int[bitCounts.size()];
        for (int i = 0; i < chunkShares.length; i++) {
            chunkShares[i] = shares[i / perLine];
        }
        return new Overview(all, perLine, fittingPitch(bitCounts, all, chunkShares, viewWidth));
    }

    /**
     * Each line's first share of the {@code free} height: lines whose chunks all fit at one bit per
     * cell in an equal share keep what they need, the others share the rest.
     */
    private static int[] firstShares(List<List<Long>> lines, int free) {
        int share = free / lines.size();
        int kept = 0;
        int sharing = 0;
        for (List<Long> line : lines) {
            long need = oneBitHeight(line);
            kept += need <= share ? (int) need : 0;
            sharing += need <= share ? 0 : 1;
        }
        int rest = sharing == 0 ? share : Math.max(share, (free - kept) / sharing);
        int[] shares = new int[lines.size()];
        for (int line = 0; line < lines.size(); line++) {
            shares[line] = oneBitHeight(lines.get(line)) <= share ? share : rest;
        }
        return shares;
    }

    /**
     * The fits of one line's chunks in {@code lineShare} pixels of height: those that fit at one bit
     * per cell take a word's width, the others split what is left, each a word's width and a share of
     * the rest as large as its share of their bits.
     */
    private static List<Fit> fitLine(List<Long> line, int viewWidth, int lineShare) {
        int maxRows = Math.max(1, (lineShare - HEADER - MARGIN) / PITCHES[0]);
        int wordWide = WORD * PITCHES[0];
        long left = viewWidth - MARGIN;
        long groupedBits = 0;
        int grouped = 0;
        for (long bits : line) {
            left -= wordWide + MARGIN;
            if (oneBitRows(bits) > maxRows) {
                groupedBits += bits;
                grouped++;
            }
        }
        List<Fit> fits = new ArrayList<>();
        for (long bits : line) {
            int width = grouped == 0 ? wordWide : (int) (wordWide + Math.max(0, left) * bits / Math.max(1, groupedBits));
            fits.add(oneBitRows(bits) <= maxRows ? new Fit(1, WORD, oneBitRows(bits)) : grouped(bits, maxRows, width / PITCHES[0]));
        }
        return fits;
    }

    /** The most bits per cell in a line. */
    private static int coarsest(List<Fit> line) {
        return line.stream().mapToInt(Fit::bitsPerCell).max().orElse(1);
    }

    /** The height a line of these fits takes, header and margin included. */
    private static int height(List<Fit> line) {
        long rows = line.stream().mapToLong(Fit::rows).max().orElse(0);
        return (int) Math.min(Integer.MAX_VALUE / 2, HEADER + rows * PITCHES[0] + MARGIN);
    }

    /** The smallest power-of-two group of bits per cell that fits {@code bits} in {@code maxRows} rows. */
    static Fit grouped(long bits, int maxRows, int maxColumns) {
        int bitsPerCell = 1;
        while (bitsPerCell < MAX_BITS_PER_CELL && rows(bits, bitsPerCell, maxColumns) > maxRows) {
            bitsPerCell <<= 1;
        }
        return new Fit(bitsPerCell, GridLayout.columnsFor(bitsPerCell, maxColumns), rows(bits, bitsPerCell, maxColumns));
    }

    private static long rows(long bits, int bitsPerCell, int maxColumns) {
        long cells = (bits + bitsPerCell - 1) / bitsPerCell;
        int columns = GridLayout.columnsFor(bitsPerCell, maxColumns);
        return (cells + columns - 1) / columns;
    }

    private static long oneBitRows(long bits) {
        return (bits + WORD - 1) / WORD;
    }

    /** The height a line needs to show each of its chunks at one bit per cell in the overview's cells. */
    private static long oneBitHeight(List<Long> line) {
        long rows = 0;
        for (long bits : line) {
            rows = Math.max(rows, oneBitRows(bits));
        }
        return HEADER + rows * PITCHES[0] + MARGIN;
    }

    /**
     * When every chunk shows one bit per cell: the largest cells (as an index in {@link GridLayout#PITCHES})
     * that still fit the view, so that a small chunk is not drawn in tiny cells; 0 when some chunk
     * needs grouped cells.
     */
    private static int fittingPitch(List<Long> bitCounts, List<Fit> fits, int[] lineShares, int viewWidth) {
        int fit = PITCHES.length - 1;
        for (int i = 0; i < fits.size(); i++) {
            long rows = oneBitRows(bitCounts.get(i));
            while (fit > 0 && (fits.get(i).bitsPerCell() > 1 || WORD * PITCHES[fit] + 2 * MARGIN > viewWidth
                    || HEADER + rows * PITCHES[fit] + MARGIN > lineShares[i])) {
                fit--;
            }
        }
        return fit;
    }

    /** The fits in address order. */
    List<Fit> fits() {
        return fits;
    }

    /** The line of the overview the chunk at {@code index} (in address order) is on. */
    int line(int index) {
        return index / perLine;
    }

    /** The index in {@link GridLayout#PITCHES} of the overview's one-bit cells. */
    int pitch() {
        return pitch;
    }

    /** The steps in there are: halving the largest group down to one bit, then the larger cells. */
    int maxZoom() {
        int groups = fits.stream().mapToInt(f -> Integer.numberOfTrailingZeros(f.bitsPerCell())).max().orElse(0);
        return groups + PITCHES.length - 1 - pitch;
    }
}
