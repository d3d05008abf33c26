// SPDX-License-Identifier: GPL-2.0
/*
 * The kretprobes on the exported gen_pool entry points. The entry handler reads the arguments
 * (and what the algorithm's data holds) before the call runs; the return handler adds the result
 * and commits the event, so an event's seq is taken when its call returned.
 *
 * The non-_owner entry points (gen_pool_alloc, gen_pool_free, gen_pool_add, gen_pool_alloc_algo,
 * gen_pool_alloc_owner, gen_pool_add_virt) are static inlines around these, and the
 * gen_pool_dma_* allocators call gen_pool_alloc_algo_owner, so these six see every call.
 */
#include <linux/kprobes.h>
#include <linux/ktime.h>
#include <linux/ptrace.h>
#include <linux/stacktrace.h>
#include <linux/string.h>
#ifdef CONFIG_X86
#include <asm/unwind.h>
#endif
#include "poolscope_capture.h"

#define PS_MAXACTIVE 128	/* calls in flight at once per probe before the kernel counts misses */
#define PS_TRACE_DEPTH 32	/* frames saved to find the probed function's caller among them */

/* What the entry handler leaves for the return handler (kretprobe instance data). */
struct ps_call {
	u64 t0;
	unsigned long pool, a1, a2, a3;
	int i1, i2;
	struct ps_algo algo;
	u8 nstack;
	unsigned long stack[PS_MAX_STACK];
};

static bool ps_pool_matches(unsigned long pool)
{
	const char *name;
	unsigned int i;

	if (ps_filter_npools) {
		for (i = 0; i < ps_filter_npools; i++)
			if (ps_filter_pools[i] == pool)
				break;
		if (i == ps_filter_npools)
			return false;
	}
	if (!ps_filter_nnames)
		return true;
	/* The pool lives during a call on it; a name set after gen_pool_create (devm) shows here. */
	name = pool ? READ_ONCE(((struct gen_pool *)pool)->name) : NULL;
	if (!name)
		return false;
	for (i = 0; i < ps_filter_nnames; i++)
		if (!strncmp(name, ps_filter_names[i], PS_NAME_LEN))
			return true;
	return false;
}

#ifdef CONFIG_X86
/*
 * The frames from the probed call's caller outward, unwound from the registers the probe saw.
 * stack_trace_save() cannot be used: it starts in this handler, and the unwinder stops at an
 * optimized probe's trampoline, which has no unwind data. The probe sits on the function's first
 * instruction, which has not run, so the registers with ip set to that address are the state at
 * the call; the unwinder's first frame is the probed function itself and is skipped.
 */
static u8 ps_save_stack(unsigned long *out, struct pt_regs *regs, unsigned long probed)
{
	struct unwind_state state;
	struct pt_regs at_entry;
	unsigned long addr;
	u8 kept = 0;

	if (!ps_stack_depth)
		return 0;
	at_entry = *regs;
	at_entry.ip = probed;
	for (unwind_start(&state, current, &at_entry, NULL);
	     !unwind_done(&state) && kept < ps_stack_depth; unwind_next_frame(&state)) {
		addr = unwind_get_return_address(&state);
		if (!addr)
			break;
		if (addr != probed)
			out[kept++] = addr;
	}
	return kept;
}
#else
/*
 * Elsewhere: stack_trace_save() from this handler, keeping the frames after the probed function's
 * own (its entry address, where the probe hit). When the unwinder does not reach it, the stack
 * is left empty rather than wrong.
 */
static u8 ps_save_stack(unsigned long *out, struct pt_regs *regs, unsigned long probed)
{
	unsigned long trace[PS_TRACE_DEPTH];
	unsigned int n, i, kept = 0;

	if (!ps_stack_depth)
		return 0;
	n = stack_trace_save(trace, PS_TRACE_DEPTH, 0);
	for (i = 0; i < n; i++)
		if (trace[i] >= probed && trace[i] < probed + 16)
			break;
	for (i++; i < n && kept < ps_stack_depth; i++)
		out[kept++] = trace[i];
	return kept;
}
#endif

/*
 * A pool first met in this call's entry, not seen created: take its first snapshot now, before
 * the call runs. The pool is known from then on; when the snapshot is lost (counted) it is tried
 * again at the pool's next call, so no pool's events come without a state to start from. The lock
 * is only tried in NMI, but gen_pool_destroy (which frees memory) is never called there, so a
 * destroy always leaves the table.
 */
static void ps_meet_pool(unsigned long pool, bool destroying)
{
	unsigned long flags;

	if (!ps_ring_trylock(&flags))
		return;
	if (!ps_pool_known_locked(pool) && ps_snap_record_locked((struct gen_pool *)pool, PS_WHY_FIRST) &&
	    ps_pool_insert_locked(pool))
		ps_ring_lose_locked(PS_LOSS_NOMEM);	/* table full: met (and copied) again next call */
	if (destroying) {
		ps_snap_record_locked((struct gen_pool *)pool, PS_WHY_DESTROY);
		/* From here ps_snap_final() no longer reads the pool, which is freed after we return. */
		ps_pool_remove_locked(pool);
	}
	ps_ring_unlock(flags);
}

/* Common entry: filter, time, the pool met. Returns nonzero to skip this call's return. */
static int ps_enter(struct ps_call *call, struct pt_regs *regs, bool has_pool, bool destroying)
{
	if (!ps_recording())
		return 1;
	call->pool = has_pool ? regs_get_kernel_argument(regs, 0) : 0;
	if (has_pool && !ps_pool_matches(call->pool))
		return 1;
	call->nstack = 0;
	call->t0 = ktime_get_ns();
	if (has_pool)
		ps_meet_pool(call->pool, destroying);
	return 0;
}

/* Common return: commit the event with the result. */
static void ps_commit(const struct ps_call *call, struct kretprobe_instance *ri,
		      struct pt_regs *regs, enum ps_kind kind)
{
	unsigned long ret = regs_return_value(regs);
	struct ps_rec *rec;
	unsigned long flags;

	/* A create passed its entry only without a names filter; a pools filter needs the result. */
	if (kind == PS_CREATE && ps_filter_npools && !ps_pool_matches(ret))
		return;
	if (!ps_ring_trylock(&flags))
		return;
	rec = ps_ring_reserve_locked();
	if (rec) {
		/* t1 under the lock that gives the seq: t1 never goes back in seq order, so a call
		 * delayed between its return and its commit (an interrupt, a stalled virtual CPU)
		 * overlaps the calls committed before it instead of seeming to end before they began.
		 */
		rec->t1 = ktime_get_ns();
		rec->kind = kind;
		rec->cpu = smp_processor_id();
		rec->pid = current->pid;
		memcpy(rec->comm, current->comm, sizeof(rec->comm));
		rec->t0 = call->t0;
		rec->pool = call->pool;
		rec->a1 = call->a1;
		rec->a2 = call->a2;
		rec->a3 = call->a3;
		rec->i1 = call->i1;
		rec->i2 = call->i2;
		rec->ret = (kind == PS_ADD) ? (long)(int)ret : (long)ret;
		rec->algo = call->algo;
		rec->caller = get_kretprobe_retaddr(ri);
		/* named now, not at read time: a module's __init code is freed once its init returns; a
		 * kallsyms lookup takes no lock that sleeps, so it is safe with the ring's lock held
		 */
		snprintf(rec->caller_sym, sizeof(rec->caller_sym), "%pS", (void *)rec->caller);
		rec->nstack = call->nstack;
		memcpy(rec->stack, call->stack, sizeof(rec->stack));
		ps_ring_commit_locked(rec);
	}
	/* A pool whose create is in the capture needs no first snapshot; one whose create record was
	 * lost (full ring) gets one at its next call, so its state is never unknown.
	 */
	if (kind == PS_CREATE && ret) {
		if (!rec)
			ps_pool_remove_locked(ret);
		else if (ps_pool_insert_locked(ret))
			ps_ring_lose_locked(PS_LOSS_NOMEM);
	}
	ps_ring_unlock(flags);
}

static int ps_create_entry(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	struct ps_call *call = (struct ps_call *)ri->data;

	/* gen_pool_create(int min_alloc_order, int nid); no filter can match before the result. */
	if (!ps_recording() || ps_filter_nnames)
		return 1;
	call->t0 = ktime_get_ns();
	call->pool = 0;
	call->nstack = 0;
	call->i1 = (int)regs_get_kernel_argument(regs, 0);
	call->i2 = (int)regs_get_kernel_argument(regs, 1);
	return 0;
}

static int ps_add_entry(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	struct ps_call *call = (struct ps_call *)ri->data;

	/* gen_pool_add_owner(pool, virt, phys, size, nid, owner) */
	if (ps_enter(call, regs, true, false))
		return 1;
	call->a1 = regs_get_kernel_argument(regs, 1);
	call->a2 = regs_get_kernel_argument(regs, 2);
	call->a3 = regs_get_kernel_argument(regs, 3);
	call->i1 = (int)regs_get_kernel_argument(regs, 4);
	return 0;
}

static struct kretprobe ps_probes[];

static int ps_alloc_entry(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	struct ps_call *call = (struct ps_call *)ri->data;

	/* gen_pool_alloc_algo_owner(pool, size, algo, data, owner) */
	if (ps_enter(call, regs, true, false))
		return 1;
	call->a1 = regs_get_kernel_argument(regs, 1);
	ps_algo_decode(&call->algo, regs_get_kernel_argument(regs, 2),
		       (const void *)regs_get_kernel_argument(regs, 3));
	call->nstack = ps_save_stack(call->stack, regs, (unsigned long)ps_probes[PS_ALLOC].kp.addr);
	return 0;
}

static int ps_free_entry(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	struct ps_call *call = (struct ps_call *)ri->data;

	/* gen_pool_free_owner(pool, addr, size, owner) */
	if (ps_enter(call, regs, true, false))
		return 1;
	call->a1 = regs_get_kernel_argument(regs, 1);
	call->a2 = regs_get_kernel_argument(regs, 2);
	call->nstack = ps_save_stack(call->stack, regs, (unsigned long)ps_probes[PS_FREE].kp.addr);
	return 0;
}

static int ps_algo_entry(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	struct ps_call *call = (struct ps_call *)ri->data;

	/* gen_pool_set_algo(pool, algo, data) */
	if (ps_enter(call, regs, true, false))
		return 1;
	ps_algo_decode(&call->algo, regs_get_kernel_argument(regs, 1),
		       (const void *)regs_get_kernel_argument(regs, 2));
	return 0;
}

static int ps_destroy_entry(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	struct ps_call *call = (struct ps_call *)ri->data;

	/* gen_pool_destroy(pool): the destroy snapshot, then the pool leaves the table */
	return ps_enter(call, regs, true, true);
}

#define PS_RETURN(name, kind)							\
static int name(struct kretprobe_instance *ri, struct pt_regs *regs)		\
{										\
	ps_commit((struct ps_call *)ri->data, ri, regs, kind);			\
	return 0;								\
}
PS_RETURN(ps_create_ret, PS_CREATE)
PS_RETURN(ps_add_ret, PS_ADD)
PS_RETURN(ps_alloc_ret, PS_ALLOC)
PS_RETURN(ps_free_ret, PS_FREE)
PS_RETURN(ps_algo_ret, PS_ALGO)
PS_RETURN(ps_destroy_ret, PS_DESTROY)

#define PS_PROBE(sym, entry, ret) {						\
	.kp.symbol_name = sym, .entry_handler = entry, .handler = ret,		\
	.data_size = sizeof(struct ps_call), .maxactive = PS_MAXACTIVE }

/* Indexed by enum ps_kind. */
static struct kretprobe ps_probes[] = {
	[PS_CREATE] = PS_PROBE("gen_pool_create", ps_create_entry, ps_create_ret),
	[PS_ADD] = PS_PROBE("gen_pool_add_owner", ps_add_entry, ps_add_ret),
	[PS_ALLOC] = PS_PROBE("gen_pool_alloc_algo_owner", ps_alloc_entry, ps_alloc_ret),
	[PS_FREE] = PS_PROBE("gen_pool_free_owner", ps_free_entry, ps_free_ret),
	[PS_ALGO] = PS_PROBE("gen_pool_set_algo", ps_algo_entry, ps_algo_ret),
	[PS_DESTROY] = PS_PROBE("gen_pool_destroy", ps_destroy_entry, ps_destroy_ret),
};

static struct kretprobe *ps_probe_list[ARRAY_SIZE(ps_probes)];

/* Calls the probe layer dropped: no free instance (nmissed) or a probe hit inside a probe. */
static u64 ps_probes_missed(void)
{
	u64 n = 0;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(ps_probes); i++)
		n += READ_ONCE(ps_probes[i].nmissed) + READ_ONCE(ps_probes[i].kp.nmissed);
	return n;
}

int ps_probes_init(void)
{
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(ps_probes); i++)
		ps_probe_list[i] = &ps_probes[i];
	ps_ring_set_missed_source(ps_probes_missed);
	return register_kretprobes(ps_probe_list, ARRAY_SIZE(ps_probe_list));
}

/* Returns when no handler runs any more. */
void ps_probes_exit(void)
{
	unregister_kretprobes(ps_probe_list, ARRAY_SIZE(ps_probe_list));
}
