// SPDX-License-Identifier: GPL-2.0
/*
 * The bounded ring of records and the table of pools seen, both guarded by one raw spinlock.
 *
 * Why one lock: a record's seq, its place in the ring and the pool table's answer to "was this pool
 * seen before" must change together, so that a pool's first snapshot gets its seq before any event
 * of that pool and seq order is commit order. The critical sections are short (a slot copy, a table
 * scan, at most one snapshot copy), so contention between the two CPUs' handlers is cheap.
 *
 * Why raw_spinlock_t with irqsave: the probe handlers run with preemption off and maybe with
 * interrupts on (optimized kprobes), on several CPUs at once; gen_pool is also used from hard
 * interrupts. Disabling interrupts while holding the lock keeps a handler in an interrupt on the
 * same CPU from spinning on a lock its own CPU holds. A raw lock stays a spinning lock on
 * PREEMPT_RT, where spinlock_t would sleep in atomic context.
 *
 * NMI: gen_pool is NMI-safe and used from NMI handlers (GHES). An NMI can interrupt a CPU holding
 * the lock, so in NMI the handlers only try the lock; when it is busy the call is counted in an
 * atomic counter and reported as missed with the next record.
 */
#include <linux/atomic.h>
#include <linux/irq_work.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/vmalloc.h>
#include <linux/wait.h>
#include "poolscope_capture.h"

static DEFINE_RAW_SPINLOCK(ps_lock);
static struct ps_rec *ps_ring;		/* ps_ring_size slots */
static u64 ps_head, ps_tail;		/* slots written, slots taken; head - tail <= size */
static u64 ps_seq;			/* next seq */
static u64 ps_pending[PS_LOSS_N];	/* dropped since the last committed record */
static u64 ps_total_lost;
static bool ps_stopped;
static struct ps_end ps_final;		/* fixed at stop */
static atomic64_t ps_nmi_busy = ATOMIC64_INIT(0);
static u64 ps_missed_seen;		/* probe-layer misses already reported */
static u64 (*ps_missed_count)(void);
static unsigned long *ps_pools;		/* pools the capture has a state of: created or snapshotted */
static unsigned int ps_npools;
static bool ps_reader_waiting;
static struct irq_work ps_wake_work;

static void ps_wake(struct irq_work *work)
{
	wake_up_interruptible(&ps_reader_wq);
}

int ps_ring_init(void)
{
	ps_ring = vzalloc(array_size(ps_ring_size, sizeof(*ps_ring)));
	ps_pools = kcalloc(PS_MAX_POOLS, sizeof(*ps_pools), GFP_KERNEL);
	if (!ps_ring || !ps_pools) {
		vfree(ps_ring);
		kfree(ps_pools);
		return -ENOMEM;
	}
	init_irq_work(&ps_wake_work, ps_wake);
	return 0;
}

/* Called after the probes are unregistered and the files removed: nothing else runs. */
void ps_ring_exit(void)
{
	irq_work_sync(&ps_wake_work);
	for (; ps_tail < ps_head; ps_tail++)
		kfree(ps_ring[ps_tail % ps_ring_size].snap);
	vfree(ps_ring);
	kfree(ps_pools);
}

unsigned long ps_ring_lock(void)
{
	unsigned long flags;

	raw_spin_lock_irqsave(&ps_lock, flags);
	return flags;
}

void ps_ring_unlock(unsigned long flags)
{
	raw_spin_unlock_irqrestore(&ps_lock, flags);
}

/* In NMI only try: the interrupted code may hold the lock on this CPU. */
bool ps_ring_trylock(unsigned long *flags)
{
	if (!in_nmi()) {
		*flags = ps_ring_lock();
		return true;
	}
	if (raw_spin_trylock_irqsave(&ps_lock, *flags))
		return true;
	ps_ring_lose_nmi();
	return false;
}

/* A plain read: handlers check it early to skip work; commits check it again under the lock. */
bool ps_recording(void)
{
	return !READ_ONCE(ps_stopped);
}

void ps_ring_set_missed_source(u64 (*count)(void))
{
	ps_missed_count = count;
}

void ps_ring_lose_nmi(void)
{
	atomic64_inc(&ps_nmi_busy);
}

void ps_ring_lose_locked(enum ps_loss why)
{
	if (!ps_stopped)
		ps_pending[why]++;
}

/* Misses of the probe layer (kretprobe instances exhausted, recursion) and busy NMIs since the
 * last record. The counters only grow, so the difference is the news.
 */
static void ps_fold_missed_locked(void)
{
	u64 now = atomic64_read(&ps_nmi_busy) + (ps_missed_count ? ps_missed_count() : 0);

	if (now > ps_missed_seen) {
		ps_pending[PS_LOSS_MISSED] += now - ps_missed_seen;
		ps_missed_seen = now;
	}
}

/* A free slot for the next record, or NULL (counted as lost to a full ring, or stopped). */
struct ps_rec *ps_ring_reserve_locked(void)
{
	struct ps_rec *rec;

	if (ps_stopped)
		return NULL;
	if (ps_head - ps_tail >= ps_ring_size) {
		ps_pending[PS_LOSS_RING]++;
		return NULL;
	}
	rec = &ps_ring[ps_head % ps_ring_size];
	memset(rec, 0, sizeof(*rec));
	return rec;
}

/* Gives the pending losses their seqs, then the record its own: the lost lines come right before. */
void ps_ring_commit_locked(struct ps_rec *rec)
{
	int why;

	ps_fold_missed_locked();
	for (why = 0; why < PS_LOSS_N; why++) {
		rec->lost[why] = ps_pending[why];
		if (ps_pending[why]) {
			ps_seq++;
			ps_total_lost += ps_pending[why];
			ps_pending[why] = 0;
		}
	}
	rec->seq = ps_seq++;
	ps_head++;
	/* The reader sleeps; waking it here could take scheduler locks the probed code holds, so an
	 * irq_work (safe in any context, NMI too) wakes it once this CPU can take interrupts.
	 */
	if (ps_reader_waiting)
		irq_work_queue(&ps_wake_work);
}

void ps_ring_set_waiting(bool waiting)
{
	unsigned long flags = ps_ring_lock();

	ps_reader_waiting = waiting;
	ps_ring_unlock(flags);
}

bool ps_pool_known_locked(unsigned long pool)
{
	unsigned int i;

	for (i = 0; i < ps_npools; i++)
		if (ps_pools[i] == pool)
			return true;
	return false;
}

/* -ENOSPC when the table is full (the caller reports a nomem loss). */
int ps_pool_insert_locked(unsigned long pool)
{
	if (ps_pool_known_locked(pool))
		return 0;
	if (ps_npools == PS_MAX_POOLS)
		return -ENOSPC;
	ps_pools[ps_npools++] = pool;
	return 0;
}

void ps_pool_remove_locked(unsigned long pool)
{
	unsigned int i;

	for (i = 0; i < ps_npools; i++) {
		if (ps_pools[i] == pool) {
			ps_pools[i] = ps_pools[--ps_npools];
			return;
		}
	}
}

unsigned int ps_pool_count_locked(void)
{
	return ps_npools;
}

unsigned long ps_pool_at_locked(unsigned int i)
{
	return ps_pools[i];
}

bool ps_ring_readable(void)
{
	return READ_ONCE(ps_head) != READ_ONCE(ps_tail) || READ_ONCE(ps_stopped);
}

/* Moves the oldest record to out (its snapshot with it), or says the ring is empty or ended. */
enum ps_take ps_ring_take(struct ps_rec *out, struct ps_end *end)
{
	unsigned long flags = ps_ring_lock();
	enum ps_take took = PS_TAKE_EMPTY;

	if (ps_tail < ps_head) {
		*out = ps_ring[ps_tail % ps_ring_size];
		ps_ring[ps_tail % ps_ring_size].snap = NULL;
		ps_tail++;
		took = PS_TAKE_REC;
	} else if (ps_stopped) {
		*end = ps_final;
		took = PS_TAKE_END;
	}
	ps_ring_unlock(flags);
	return took;
}

/* Stops recording and fixes the end: losses still pending get their lost lines' seqs now. */
void ps_ring_stop(void)
{
	unsigned long flags = ps_ring_lock();
	int why;

	if (!ps_stopped) {
		ps_fold_missed_locked();
		ps_final.first_seq = ps_seq;
		for (why = 0; why < PS_LOSS_N; why++) {
			ps_final.lost[why] = ps_pending[why];
			if (ps_pending[why]) {
				ps_seq++;
				ps_total_lost += ps_pending[why];
				ps_pending[why] = 0;
			}
		}
		ps_final.records = ps_seq;
		ps_final.total_lost = ps_total_lost;
		WRITE_ONCE(ps_stopped, true);
	}
	ps_ring_unlock(flags);
	wake_up_interruptible(&ps_reader_wq);
}
