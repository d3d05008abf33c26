package dev.poolscope.model.grid;

import static dev.poolscope.model.grid.GridLayout.HEADER;
import static dev.poolscope.model.grid.GridLayout.LEGEND;
import static dev.poolscope.model.grid.GridLayout.MARGIN;
import static dev.poolscope.model.grid.GridLayout.PITCHES;
import static dev.poolscope.model.grid.GridLayout.WORD;

import java.util.ArrayList;
import java.util.List;

/**
 * How the overview (zoom 0) fits chunks of the given bit counts, in address order, into a view:
 * as many to a line as word-wide blocks fit; lines whose chunks all fit at one bit per cell in an
 * equal share of the height keep only what they need, the others share the rest; in a line, the
 * chunks too large for one bit per cell split the width the others leave, each taking the smallest
 * power-of-two group of bits per cell that fits its height at as many cells to a row as fit.
 */
final class Overview {

    /** A chunk's cells in the overview. */
    record Fit(int bitsPerCell, int columns) {
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
        int lines = Math.max(1, (bitCounts.size() + perLine - 1) / perLine);
        int free = Math.max(1, viewHeight - LEGEND);
        int share = free / lines;
        int kept = 0;
        int sharing = 0;
        for (int line = 0; line < lines; line++) {
            long need = oneBitHeight(bitCounts, line, perLine);
            kept += need <= share ? (int) need : 0;
            sharing += need <= share ? 0 : 1;
        }
        int rest = sharing == 0 ? share : Math.max(share, (free - kept) / sharing);
        List<Fit> fits = new ArrayList<>();
        int[] lineShares = new int[bitCounts.size()];
        for (int line = 0; line < lines; line++) {
            int lineShare = oneBitHeight(bitCounts, line, perLine) <= share ? share : rest;
            fits.addAll(fitLine(bitCounts.subList(line * perLine, Math.min(bitCounts.size(), (line + 1) * perLine)),
                    viewWidth, lineShare));
            for (int i = line * perLine; i < Math.min(bitCounts.size(), (line + 1) * perLine); i++) {
                lineShares[i] = lineShare;
            }
        }
        return new Overview(List.copyOf(fits), perLine, fittingPitch(bitCounts, fits, lineShares, viewWidth));
    }

    /** The fits of one line's chunks in {@code lineShare} pixels of height. */
    private static List<Fit> fitLine(List<Long> line, int viewWidth, int lineShare) {
        int maxRows = Math.max(1, (lineShare - HEADER - MARGIN) / PITCHES[0]);
        int left = viewWidth - MARGIN;
        int grouped = 0;
        for (long bits : line) {
            if (oneBitRows(bits) <= maxRows) {
                left -= WORD * PITCHES[0] + MARGIN;
            } else {
                grouped++;
            }
        }
        int maxColumns = grouped == 0 ? WORD : Math.max(WORD, (left / grouped - MARGIN) / PITCHES[0]);
        List<Fit> fits = new ArrayList<>();
        for (long bits : line) {
            fits.add(oneBitRows(bits) <= maxRows ? new Fit(1, WORD) : grouped(bits, maxRows, maxColumns));
        }
        return fits;
    }

    /** The smallest power-of-two group of bits per cell that fits {@code bits} in {@code maxRows} rows. */
    static Fit grouped(long bits, int maxRows, int maxColumns) {
        int bitsPerCell = 1;
        while (bitsPerCell < MAX_BITS_PER_CELL && rows(bits, bitsPerCell, maxColumns) > maxRows) {
            bitsPerCell <<= 1;
        }
        return new Fit(bitsPerCell, GridLayout.columnsFor(bitsPerCell, maxColumns));
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
    private static long oneBitHeight(List<Long> bitCounts, int line, int perLine) {
        long rows = 0;
        for (int i = line * perLine; i < Math.min(bitCounts.size(), (line + 1) * perLine); i++) {
            rows = Math.max(rows, oneBitRows(bitCounts.get(i)));
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
