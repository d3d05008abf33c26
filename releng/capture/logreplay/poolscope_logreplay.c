// SPDX-License-Identifier: GPL-2.0
/*
 * poolscope_logreplay: replays a script of gen_pool operations, compiled into the module, inside
 * the running kernel, so that the capture module records what the kernel's own lib/genalloc.c did
 * with it. At init the whole script is parsed and checked first (a bad line is reported with its
 * number and nothing reaches gen_pool), then run line by line. Pools stay alive after init, for
 * the capture's final snapshot; module exit frees every live allocation and destroys them. The
 * address ranges given to the pools are never touched: gen_pool does not write the memory it
 * manages. The script format is in README.md.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/genalloc.h>
#include <linux/ktime.h>
#include <linux/module.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "logreplay.h"

static bool verbose;
module_param(verbose, bool, 0444);
MODULE_PARM_DESC(verbose, "print every alloc's address and every free");

/* The data of a pool's algorithm: the kernel keeps the pointer, so it lives as long as the pool. */
struct lr_data {
	union {
		struct genpool_data_align align;
		struct genpool_data_fixed fixed;
	};
	struct rcu_head rcu;
};

static struct lr_replay lr;

static genpool_algo_t const lr_algos[] = {
	[LR_FIRST_FIT] = gen_pool_first_fit,
	[LR_FIRST_FIT_ALIGN] = gen_pool_first_fit_align,
	[LR_FIXED] = gen_pool_fixed_alloc,
	[LR_FIRST_FIT_ORDER_ALIGN] = gen_pool_first_fit_order_align,
	[LR_BEST_FIT] = gen_pool_best_fit,
};

static bool lr_has_data(u8 algo)
{
	return algo == LR_FIRST_FIT_ALIGN || algo == LR_FIXED;
}

static void lr_fill(struct lr_data *data, const struct lr_op *op)
{
	if (op->algo == LR_FIRST_FIT_ALIGN)
		data->align.align = (int)op->data;	/* the parser keeps it <= INT_MAX */
	else if (op->algo == LR_FIXED)
		data->fixed.offset = op->data;
}

static int lr_set_algo(struct lr_pool *p, const struct lr_op *op)
{
	struct lr_data *old = p->data, *data = NULL;

	if (lr_has_data(op->algo)) {
		data = kzalloc(sizeof(*data), GFP_KERNEL);
		if (!data)
			return -ENOMEM;
		lr_fill(data, op);
	}
	gen_pool_set_algo(p->gp, lr_algos[op->algo], data);
	p->data = data;
	/* The pool no longer points at old; a capture snapshot reading it under rcu_read_lock may, until a grace period. */
	if (old)
		kfree_rcu(old, rcu);
	return 0;
}

static int lr_pool_create(struct lr_pool *p, const struct lr_op *op)
{
	p->gp = gen_pool_create(op->num, -1);
	if (!p->gp) {
		pr_err("script line %u: gen_pool_create(%lu, -1) failed\n", op->line, op->num);
		return -ENOMEM;
	}
	return lr_set_algo(p, op);
}

static void lr_alloc(struct lr_pool *p, const struct lr_op *op)
{
	struct lr_slot *s = &p->slots[p->allocs++];
	struct lr_data data = {};

	if (op->kind == LR_ALLOC) {
		s->addr = gen_pool_alloc(p->gp, op->num);
	} else {
		lr_fill(&data, op);	/* per-call data: the kernel reads it during the call only */
		s->addr = gen_pool_alloc_algo(p->gp, op->num, lr_algos[op->algo],
					      lr_has_data(op->algo) ? &data : NULL);
	}
	s->size = op->num;
	s->state = s->addr ? LR_LIVE : LR_FAILED;
	p->failed += !s->addr;
	if (verbose)
		pr_info("line %u: id %u alloc %lu -> 0x%lx\n", op->line, p->allocs, op->num, s->addr);
}

static void lr_free(struct lr_pool *p, const struct lr_op *op)
{
	struct lr_slot *s = &p->slots[op->num - 1];

	if (s->state == LR_LIVE) {
		gen_pool_free(p->gp, s->addr, s->size);
		p->frees++;
	} else {
		p->skipped++;	/* lr_check saw to it that this is a failed alloc, not a freed one */
	}
	if (verbose)
		pr_info("line %u: free id %lu 0x%lx %zu%s\n", op->line, op->num, s->addr, s->size,
			s->state == LR_LIVE ? "" : " skipped (failed alloc)");
	s->state = LR_FREED;
}

static int lr_run_op(struct lr_pool *p, const struct lr_op *op)
{
	int ret = 0;

	p->ops++;
	switch (op->kind) {
	case LR_POOL:
		return lr_pool_create(p, op);
	case LR_CHUNK:
		ret = gen_pool_add_virt(p->gp, op->num, op->phys, op->size, -1);
		if (ret)
			pr_err("script line %u: gen_pool_add_virt(0x%lx, 0x%lx, %lu) failed: %d\n",
			       op->line, op->num, op->phys, op->size, ret);
		return ret;
	case LR_ALLOC:
	case LR_ALLOCA:
		lr_alloc(p, op);
		return 0;
	case LR_FREE:
		lr_free(p, op);
		return 0;
	default:
		ret = lr_set_algo(p, op);
		if (ret)
			pr_err("script line %u: no memory for the algorithm's data\n", op->line);
		return ret;
	}
}

static int lr_run(const struct lr_op *ops, int nops)
{
	struct lr_pool *p = NULL;
	int i, ret;

	for (i = 0; i < nops; i++) {
		if (ops[i].kind == LR_POOL)
			p = p ? p + 1 : lr.pools;
		ret = lr_run_op(p, &ops[i]);
		if (ret)
			return ret;
		cond_resched();	/* a long script must not trip the soft-lockup watchdog */
	}
	return 0;
}

static void lr_summary(void)
{
	u32 i;

	for (i = 0; i < lr.npools; i++) {
		struct lr_pool *p = &lr.pools[i];

		pr_info("pool %u (line %u, order %u): %u ops, %u allocs, %u failed, %u frees, %u skipped frees, avail %zu of %zu\n",
			i + 1, p->line, p->order, p->ops, p->allocs, p->failed, p->frees, p->skipped,
			gen_pool_avail(p->gp), gen_pool_size(p->gp));
	}
}

/* Frees every live allocation, then destroys the pools (gen_pool_destroy BUGs on a pool in use). */
static void lr_teardown(void)
{
	u32 i, id;

	for (i = 0; i < lr.npools; i++) {
		struct lr_pool *p = &lr.pools[i];

		for (id = 0; p->gp && id < p->allocs; id++)
			if (p->slots[id].state == LR_LIVE)
				gen_pool_free(p->gp, p->slots[id].addr, p->slots[id].size);
		if (p->gp)
			gen_pool_destroy(p->gp);
		kfree(p->data);	/* the pool is gone: nothing can point at it */
		kvfree(p->slots);
	}
	kvfree(lr.pools);
	lr.pools = NULL;
	lr.npools = 0;
}

static int __init lr_init(void)
{
	u32 lines = lr_count_lines(lr_script, lr_script_len);
	struct lr_op *ops = kvmalloc_array(max(lines, 1U), sizeof(*ops), GFP_KERNEL);
	u64 t0 = ktime_get_ns();
	int nops, ret;

	if (!ops)
		return -ENOMEM;
	nops = lr_prepare(ops, &lr);
	ret = nops < 0 ? nops : lr_run(ops, nops);
	kvfree(ops);
	if (ret) {
		lr_teardown();
		return ret;
	}
	pr_info("replayed %s: %u lines, %d ops, %u pools in %llu us\n", lr_script_name, lines, nops,
		lr.npools, (ktime_get_ns() - t0) / 1000);
	lr_summary();
	return 0;
}

static void __exit lr_exit(void)
{
	lr_teardown();
}

module_init(lr_init);
module_exit(lr_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Poolscope: replays a script of gen_pool operations in the running kernel");
