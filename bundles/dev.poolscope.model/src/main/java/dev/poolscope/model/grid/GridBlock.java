package dev.poolscope.model.grid;

import dev.poolscope.trace.ChunkGeometry;

/**
 * One chunk's cells and where they lie, in content coordinates: the header's two lines, then
 * {@code columns} cells to a row, each cell {@code bitsPerCell} bits (a power of two) drawn as a
 * square of {@code pitch - 1} pixels with a one-pixel gap; a row holds whole 64-bit words.
 *
 * @param chunk    the chunk's position in the list the layout was made from
 * @param geometry where the chunk lies
 * @param order    the pool's min order: a bit is {@code 2^order} bytes
 */
public record GridBlock(int chunk, ChunkGeometry geometry, int order, int bitsPerCell, int columns, int pitch, int x,
        int y) {

    public long bitCount() {
        return geometry.size() >>> order;
    }

    public int cellCount() {
        return (int) ((bitCount() + bitsPerCell - 1) / bitsPerCell);
    }

    public int rows() {
        return (cellCount() + columns - 1) / columns;
    }

    /** The area of the cells, below the header. */
    public Box cells() {
        return new Box(x, y + GridLayout.HEADER, columns * pitch, rows() * pitch);
    }

    /** The square of cell {@code cell}, without the gap. */
    public Box cell(int cell) {
        Box cells = cells();
        return new Box(cells.x() + cell % columns * pitch, cells.y() + cell / columns * pitch, pitch - 1, pitch - 1);
    }

    /** The cell holding bit {@code bit}. */
    public int cellOf(long bit) {
        return (int) (bit / bitsPerCell);
    }

    /** The cell at content point (px, py), or -1. */
    public int cellAt(int px, int py) {
        Box cells = cells();
        if (!cells.contains(px, py)) {
            return -1;
        }
        int cell = (py - cells.y()) / pitch * columns + (px - cells.x()) / pitch;
        return cell < cellCount() ? cell : -1;
    }

    public long firstBit(int cell) {
        return (long) cell * bitsPerCell;
    }

    /** Bits in the cell: fewer in the chunk's last cell. */
    public int bitsIn(int cell) {
        return (int) Math.min(bitsPerCell, bitCount() - firstBit(cell));
    }

    /** The first address of bit {@code bit}. */
    public long addressOf(long bit) {
        return geometry.start() + (bit << order);
    }

    /** The header and the cells. */
    public Box bounds() {
        Box cells = cells();
        return new Box(x, y, cells.width(), GridLayout.HEADER + cells.height());
    }
}
