package dev.poolscope.core;

/** The locks a pool variant takes around chunk work: none for the lockless variants. */
interface Locking {

    /** Around alloc and free (the pre-patch pool read lock). */
    void lockPoolShared();

    void unlockPoolShared();

    /** Around adding a chunk (the pre-patch pool write lock). */
    void lockPoolExclusive();

    void unlockPoolExclusive();

    /** Around the search and bitmap change in one chunk (the pre-patch chunk lock). */
    void lockChunk(Chunk chunk);

    void unlockChunk(Chunk chunk);

    /** True when bitmap words are changed under the chunk lock with plain stores instead of CAS. */
    boolean bitmapUnderLock();
}
