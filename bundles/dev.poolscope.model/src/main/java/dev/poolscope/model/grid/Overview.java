package dev.poolscope.model.grid;

import static dev.poolscope.model.grid.GridLayout.HEADER;
import static dev.poolscope.model.grid.GridLayout.LEGEND;
import static dev.poolscope.model.grid.GridLayout.MARGIN;
import static dev.poolscope.model.grid.GridLayout.PITCHES;
import static dev.poolscope.model.grid.GridLayout.WORD;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How the overview (zoom 0) fits chunks of the given bit counts, in address order, into a view, at
 * one scale for all as far as powers of two allow: as many chunks to a line as word-wide blocks fit,
 * each a word's width and a share of the width left as large as its share of the line's bits; a
 * small chunk (one that fits an equal share of the height at one bit per cell) keeps one bit per
 * cell; the coarsest group is the fewest bits per cell that lets every line fit the height, and the
 * height the lines then leave goes to the line of the largest chunk first, where each chunk takes
 * the finest group that fits, rows still of whole words.
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
        List<int[]> columns = new ArrayList<>();
        for (int first = 0; first < bitCounts.size(); first += perLine) {
            List<Long> line = bitCounts.subList(first, Math.min(bitCounts.size(), first + perLine));
            lines.add(line);
            columns.add(maxColumns(line, viewWidth));
        }
        int free = Math.max(1, viewHeight - LEGEND);
        int[] reserves = new int[lines.size()];
        for (int line = 0; line < lines.size(); line++) {
            reserves[line] = smallHeight(lines.get(line), free / lines.size());
        }
        int coarsest = coarsestNeeded(lines, columns, reserves, free);
        int[] heights = new int[lines.size()];
        for (int line = 0; line < lines.size(); line++) {
            heights[line] = Math.max(reserves[line], height(fitLine(lines.get(line), columns.get(line), coarsest, 0)));
        }
        // the height the lines leave goes to each in turn, the one with the largest chunk first:
        // there its chunks take the finest groups that fit
        List<Integer> largestFirst = new ArrayList<>(IntStream.range(0, lines.size()).boxed().toList());
        largestFirst.sort(Comparator.comparingLong((Integer line) -> Collections.max(lines.get(line))).reversed());
        List<Fit> fits = new ArrayList<>(Collections.nCopies(bitCounts.size(), null));
        for (int line : largestFirst) {
            int share = heights[line] + Math.max(0, free - IntStream.of(heights).sum());
            List<Fit> fitted = fitLine(lines.get(line), columns.get(line), coarsest, (share - HEADER - MARGIN) / PITCHES[0]);
            heights[line] = height(fitted);
            for (int i = 0; i < fitted.size(); i++) {
                fits.set(line * perLine + i, fitted.get(i));
            }
        }
        return new Overview(List.copyOf(fits), perLine, fittingPitch(bitCounts, fits, free / lines.size(), viewWidth));
    }

    /**
     * The height a line needs to show its small chunks (those that fit an equal {@code share} of the
     * height at one bit per cell) so, a word to a row; 0 when it has none.
     */
    private static int smallHeight(List<Long> line, int share) {
        long rows = 0;
        for (long bits : line) {
            long oneBit = oneBitRows(bits);
            rows = HEADER + oneBit * PITCHES[0] + MARGIN <= share ? Math.max(rows, oneBit) : rows;
        }
        return rows == 0 ? 0 : (int) (HEADER + rows * PITCHES[0] + MARGIN);
    }

    /**
     * The fewest bits per cell (a power of two) that, given to every chunk too large for fewer, lets
     * all lines fit {@code free} pixels of height, each at least its reserve; the most there are when
     * nothing does.
     */
    private static int coarsestNeeded(List<List<Long>> lines, List<int[]> columns, int[] reserves, int free) {
        int bitsPerCell = 1;
        while (bitsPerCell < MAX_BITS_PER_CELL) {
            int height = 0;
            for (int line = 0; line < lines.size(); line++) {
                height += Math.max(reserves[line], height(fitLine(lines.get(line), columns.get(line), bitsPerCell, 0)));
            }
            if (height <= free) {
                break;
            }
            bitsPerCell <<= 1;
        }
        return bitsPerCell;
    }

    /**
     * Each chunk's most cells to a row in its line: a word's width, and a share of what the line's
     * words leave as large as its share of the line's bits.
     */
    private static int[] maxColumns(List<Long> line, int viewWidth) {
        int wordWide = WORD * PITCHES[0];
        long spare = Math.max(0, viewWidth - MARGIN - line.size() * (long) (wordWide + MARGIN));
        long bits = Math.max(1, line.stream().mapToLong(Long::longValue).sum());
        int[] columns = new int[line.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = (int) ((wordWide + spare * line.get(i) / bits) / PITCHES[0]);
        }
        return columns;
    }

    /**
     * The fits of one line's chunks: each the smallest group up to {@code coarsest} bits per cell that
     * fits {@code maxRows} rows, else {@code coarsest} (so at {@code maxRows} 0, every chunk at its smallest).
     */
    private static List<Fit> fitLine(List<Long> line, int[] maxColumns, int coarsest, int maxRows) {
        List<Fit> fits = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            fits.add(grouped(line.get(i), maxRows, maxColumns[i], coarsest));
        }
        return fits;
    }

    /** The smallest power-of-two group that fits {@code bits} in {@code maxRows} rows. */
    static Fit grouped(long bits, int maxRows, int maxColumns) {
        return grouped(bits, maxRows, maxColumns, MAX_BITS_PER_CELL);
    }

    /** The smallest power-of-two group up to {@code coarsest} that fits {@code bits} in {@code maxRows} rows, else {@code coarsest}. */
    private static Fit grouped(long bits, int maxRows, int maxColumns, int coarsest) {
        int bitsPerCell = 1;
        while (bitsPerCell < coarsest && rows(bits, bitsPerCell, maxColumns) > maxRows) {
            bitsPerCell <<= 1;
        }
        return new Fit(bitsPerCell, GridLayout.columnsFor(bitsPerCell, maxColumns), rows(bits, bitsPerCell, maxColumns));
    }

    private static long rows(long bits, int bitsPerCell, int maxColumns) {
        long cells = (bits + bitsPerCell - 1) / bitsPerCell;
        int columns = GridLayout.columnsFor(bitsPerCell, maxColumns);
        return (cells + columns - 1) / columns;
    }

    /** The height a line of these fits takes, header and margin included. */
    private static int height(List<Fit> line) {
        long rows = line.stream().mapToLong(Fit::rows).max().orElse(0);
        return (int) Math.min(Integer.MAX_VALUE / 2, HEADER + rows * PITCHES[0] + MARGIN);
    }

    private static long oneBitRows(long bits) {
        return (bits + WORD - 1) / WORD;
    }

    /**
     * When every chunk shows one bit per cell: the largest cells (as an index in {@link GridLayout#PITCHES})
     * that still fit the view, so that a small chunk is not drawn in tiny cells; 0 when some chunk
     * needs grouped cells.
     */
    private static int fittingPitch(List<Long> bitCounts, List<Fit> fits, int share, int viewWidth) {
        int fit = PITCHES.length - 1;
        for (int i = 0; i < fits.size(); i++) {
            long rows = oneBitRows(bitCounts.get(i));
            while (fit > 0 && (fits.get(i).bitsPerCell() > 1 || WORD * PITCHES[fit] + 2 * MARGIN > viewWidth
                    || HEADER + rows * PITCHES[fit] + MARGIN > share)) {
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
