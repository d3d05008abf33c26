package dev.poolscope.analysis.fragmentation;

/**
 * The free extents of a chunk or a pool as an incremental tracker keeps them: the counts every
 * metric reads, kept up to date as words change, so that a metric costs O(1) at any event. The
 * request sizes n of S(n), U(n) and FI(n) are fixed when the tracker is made, and named by their
 * index in {@link #requestUnits()}. The formulas are {@link ExtentStats}'s.
 */
public interface FreeExtents {

    /** The request sizes n (units) whose slots are tracked, by index. */
    long[] requestUnits();

    /** n = {@code requestUnits()[request]}, without the copy. */
    long requestUnit(int request);

    /** F. */
    long free();

    /** R. */
    long extents();

    /** L, 0 when R = 0. */
    long largest();

    /** Extents per power-of-two length class, {@link ExtentStats#CLASSES} entries (a copy). */
    long[] histogram();

    /** S(n) for n = {@code requestUnits()[request]}. */
    long slots(int request);

    /** Sa(n): the n-unit slots that start on a multiple of n from their chunk's first unit. */
    long alignedSlots(int request);

    /** F/R, 0 when R = 0. */
    default double meanExtent() {
        return extents() == 0 ? 0 : (double) free() / extents();
    }

    /** E = 1 - L/F, 0 when F = 0. */
    default double external() {
        return ExtentFormulas.external(free(), largest());
    }

    /** U(n) for n = {@code requestUnits()[request]}. */
    default double unusable(int request) {
        return ExtentFormulas.unusable(free(), slots(request), requestUnit(request));
    }

    /** Ua(n), the aligned U(n). */
    default double unusableAligned(int request) {
        return ExtentFormulas.unusable(free(), alignedSlots(request), requestUnit(request));
    }

    /** FI(n) for n = {@code requestUnits()[request]}. */
    default double fragmentationIndex(int request) {
        return ExtentFormulas.fragmentationIndex(free(), largest(), extents(), requestUnit(request));
    }
}
