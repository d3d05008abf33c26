package dev.poolscope.ui.prefs;

/**
 * The live heat grid's colours as 0xRRGGBB, as the user chose them under Window &gt; Preferences:
 * a free cell, an allocated cell from one bit set ({@code allocatedSparse}) to every bit set
 * ({@code allocatedFull}), and the glow of recent change ({@code heat}).
 */
public record GridColours(int free, int allocatedSparse, int allocatedFull, int heat) {

    /** The built-in palette: free is dark and quiet, allocated blue growing brighter, change glowing orange. */
    public static final GridColours DEFAULT = new GridColours(0x262a33, 0x24527a, 0x5cc8ff, 0xffa040);
}
