package dev.poolscope.core;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which gen_pool design a pool follows. Mainline is the product's subject; the two others exist to
 * teach what the lockless design changed and what its first posting got wrong.
 */
public enum Variant {

    MAINLINE("mainline", "mainline lib/genalloc.c", true, true, false,
            "Lockless: bitmap words change only by compare-and-swap, a multi-word set that loses a race"
                    + " rolls back and retries; the search restarts at bit 0 in every chunk."),

    V4_PATCH("v4-patch", "v4 lockless patch as posted (2011)", false, true, true,
            "The lockless patch as first posted: the search start is NOT reset when moving to the next"
                    + " chunk, chunk ends are exclusive, first-fit is the only algorithm."),

    PRE_PATCH("pre-patch", "pre-lockless gen_pool (rwlock + chunk lock)", true, false, false,
            "The design before the lockless patch: alloc and free take the pool's read lock and the"
                    + " chunk's lock and change the bitmap with plain stores; adding a chunk takes the"
                    + " pool's write lock.");

    private final String id;
    private final String title;
    private final String explanation;
    private final boolean resetsSearchPerChunk;
    private final boolean checksAvailFirst;
    private final boolean v4Patch;

    Variant(String id, String title, boolean resetsSearchPerChunk, boolean checksAvailFirst, boolean v4Patch,
            String explanation) {
        this.id = id;
        this.title = title;
        this.explanation = explanation;
        this.resetsSearchPerChunk = resetsSearchPerChunk;
        this.checksAvailFirst = checksAvailFirst;
        this.v4Patch = v4Patch;
    }

    /** The name used on command lines and in trace files: mainline, v4-patch, pre-patch. */
    public String id() {
        return id;
    }

    /** A short label saying what the variant is. */
    public String title() {
        return title;
    }

    /** A sentence or two on how the variant behaves. */
    public String explanation() {
        return explanation;
    }

    /** False for the v4 patch, whose search in the next chunk starts where the last chunk's failed. */
    boolean resetsSearchPerChunk() {
        return resetsSearchPerChunk;
    }

    /** True when an allocation skips chunks whose avail is below the request (the lockless designs). */
    boolean checksAvailFirst() {
        return checksAvailFirst;
    }

    /**
     * Whether {@code address} is in {@code chunk} when freeing: mainline compares with the inclusive
     * end; the v4 patch kept an exclusive end, which wraps to 0 for a chunk at the top of the address
     * space, so nothing is ever found in such a chunk.
     */
    boolean chunkHolds(Chunk chunk, long address) {
        return v4Patch
                ? Long.compareUnsigned(address, chunk.start()) >= 0
                        && Long.compareUnsigned(address, chunk.start() + chunk.size()) < 0
                : chunk.contains(address);
    }

    /** Whether a free of {@code size} bytes at {@code address} runs past the end of {@code chunk}. */
    boolean freeOverruns(Chunk chunk, long address, long size) {
        return v4Patch
                ? Long.compareUnsigned(address + size, chunk.start() + chunk.size()) > 0
                : Long.compareUnsigned(address + size - 1, chunk.end()) > 0;
    }

    /** Refuses an algorithm the variant does not have: the v4 patch has first-fit only. */
    void checkAlgorithm(Algorithm algorithm) {
        if (v4Patch && algorithm != Algorithm.firstFit()) {
            throw new IllegalArgumentException("the " + id + " variant has first_fit only, not " + algorithm.describe());
        }
    }

    /** The locks this variant takes around chunk work. */
    Locking locking(Probe probe) {
        return this == PRE_PATCH ? new PrePatchLocking(probe) : NoLocking.INSTANCE;
    }

    /** The variant named {@code id}; the exception lists the valid names. */
    public static Variant byId(String id) {
        for (Variant v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown variant '" + id + "' (expected one of: "
                + Arrays.stream(values()).map(Variant::id).collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public String toString() {
        return id;
    }
}
