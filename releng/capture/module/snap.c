// SPDX-License-Identifier: GPL-2.0
/*
 * Snapshots: a copy of a pool's order, algorithm, data, name and every chunk with its bitmap, read
 * through the public struct gen_pool / struct gen_pool_chunk of <linux/genalloc.h>.
 */
#include <linux/bitops.h>
#include <linux/rculist.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include "poolscope_capture.h"

/*
 * Decodes what an algorithm reads from its data pointer. The pointer comes from the pool's user and
 * may be stale for a pool whose algorithm ignores it, so it is read only for the two algorithms that
 * use it, and without faulting; an unreadable one reads as no data.
 */
void ps_algo_decode(struct ps_algo *out, unsigned long fn, const void *data)
{
	struct genpool_data_align align;
	struct genpool_data_fixed fixed;

	out->fn = fn ? fn : (unsigned long)gen_pool_first_fit;	/* the kernel's own default */
	out->kind = PS_DATA_NONE;
	out->value = 0;
	if (!data)
		return;
	if (out->fn == (unsigned long)gen_pool_first_fit_align &&
	    !copy_from_kernel_nofault(&align, data, sizeof(align))) {
		out->kind = PS_DATA_ALIGN;
		out->value = align.align;
	} else if (out->fn == (unsigned long)gen_pool_fixed_alloc &&
		   !copy_from_kernel_nofault(&fixed, data, sizeof(fixed))) {
		out->kind = PS_DATA_OFFSET;
		out->value = fixed.offset;
	}
}

static unsigned long ps_chunk_bits(const struct gen_pool_chunk *chunk, int order)
{
	return (chunk->end_addr - chunk->start_addr + 1) >> order;
}

/* Copies chunks in list order, at most room chunks and room_words words. */
static void ps_snap_copy_chunks(struct ps_snap *snap, struct gen_pool *pool, unsigned int room,
				unsigned long room_words)
{
	unsigned long *words = (unsigned long *)&snap->chunk[room];
	struct gen_pool_chunk *chunk;
	unsigned long used = 0, i, n;

	snap->nchunks = 0;
	list_for_each_entry_rcu(chunk, &pool->chunks, next_chunk) {
		struct ps_chunk *out = &snap->chunk[snap->nchunks];

		out->start = chunk->start_addr;
		out->end = chunk->end_addr;
		out->phys = chunk->phys_addr;
		out->avail = atomic_long_read(&chunk->avail);
		out->bits = ps_chunk_bits(chunk, snap->order);
		n = BITS_TO_LONGS(out->bits);
		/* A chunk added since the count does not fit: the snapshot stops before it. */
		if (snap->nchunks == room || used + n > room_words)
			break;
		out->words = words + used;
		for (i = 0; i < n; i++)	/* each word as one load: other CPUs change them by cmpxchg */
			out->words[i] = READ_ONCE(chunk->bits[i]);
		used += n;
		snap->nchunks++;
	}
}

/*
 * Takes a snapshot in any context but NMI (GFP_ATOMIC), or NULL when its memory cannot be had.
 * The caller guarantees the pool lives: it is in a gen_pool call on it, or holds the ring lock
 * that gen_pool_destroy's entry handler takes before the pool is freed.
 */
struct ps_snap *ps_snap_take(struct gen_pool *pool, enum ps_why why)
{
	struct gen_pool_chunk *chunk;
	struct ps_snap *snap = NULL;
	unsigned long nwords = 0;
	unsigned int nchunks = 0;
	int order;

	if (in_nmi())
		return NULL;
	rcu_read_lock();	/* chunks are added with list_add_rcu; this is the documented walk */
	order = READ_ONCE(pool->min_alloc_order);
	list_for_each_entry_rcu(chunk, &pool->chunks, next_chunk) {
		nchunks++;
		nwords += BITS_TO_LONGS(ps_chunk_bits(chunk, order));
	}
	if (nwords <= PS_SNAP_MAX_WORDS)
		snap = kmalloc(struct_size(snap, chunk, nchunks) + nwords * sizeof(unsigned long),
			       GFP_ATOMIC | __GFP_NOWARN);
	if (snap) {
		const char *name = READ_ONCE(pool->name);

		snap->pool = (unsigned long)pool;
		snap->order = order;
		snap->why = why;
		snap->has_name = name != NULL;
		if (name)
			strscpy(snap->name, name, sizeof(snap->name));
		ps_algo_decode(&snap->algo, (unsigned long)READ_ONCE(pool->algo), READ_ONCE(pool->data));
		ps_snap_copy_chunks(snap, pool, nchunks, nwords);
	}
	rcu_read_unlock();
	return snap;
}

/*
 * Takes a snapshot and commits it as a record; called with the ring lock held. False when it
 * was lost (counted). The slot is reserved first, so a full ring costs no copy.
 */
bool ps_snap_record_locked(struct gen_pool *pool, enum ps_why why)
{
	struct ps_rec *rec = ps_ring_reserve_locked();
	struct ps_snap *snap;

	if (!rec)
		return false;
	snap = ps_snap_take(pool, why);
	if (!snap) {	/* the reserved slot stays free: only a commit advances the ring */
		ps_ring_lose_locked(PS_LOSS_NOMEM);
		return false;
	}
	rec->kind = PS_SNAPSHOT;
	rec->pool = (unsigned long)pool;
	rec->snap = snap;
	ps_ring_commit_locked(rec);
	return true;
}

/*
 * A final snapshot of every pool in the table. The pools are listed first, then each is copied
 * under the ring lock only if it is still in the table: gen_pool_destroy's entry handler removes
 * the pool under that lock before the pool is freed, so a pool found there cannot be freed while
 * it is copied, and the lock is not held across all pools at once.
 */
void ps_snap_final(void)
{
	unsigned long *pools, flags;
	unsigned int i, n;

	pools = kmalloc_array(PS_MAX_POOLS, sizeof(*pools), GFP_KERNEL);
	if (!pools) {
		flags = ps_ring_lock();
		ps_ring_lose_locked(PS_LOSS_NOMEM);
		ps_ring_unlock(flags);
		return;
	}
	flags = ps_ring_lock();
	n = ps_pool_count_locked();
	for (i = 0; i < n; i++)
		pools[i] = ps_pool_at_locked(i);
	ps_ring_unlock(flags);
	for (i = 0; i < n; i++) {
		flags = ps_ring_lock();
		if (ps_pool_known_locked(pools[i]))
			ps_snap_record_locked((struct gen_pool *)pools[i], PS_WHY_FINAL);
		ps_ring_unlock(flags);
		cond_resched();
	}
	kfree(pools);
}
