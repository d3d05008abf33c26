// SPDX-License-Identifier: GPL-2.0
/*
 * poolscope_logreplay's preparation: the whole script parsed and checked before any gen_pool
 * call, so that a bad line leaves nothing behind in the kernel, and the pools' records sized.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/errno.h>
#include <linux/mm.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "logreplay.h"

/* Parses every line into ops; returns how many, or -EINVAL. The first op must be a pool line. */
static int lr_read(struct lr_op *ops)
{
	const char *line = lr_script, *end = lr_script + lr_script_len;
	u32 number = 0;
	int n = 0;

	while (line < end) {
		const char *nl = memchr(line, '\n', end - line);
		size_t len = (nl ? nl : end) - line;
		int ret = lr_parse_line(line, len, ++number, &ops[n]);

		if (ret < 0)
			return ret;
		if (ret && n == 0 && ops[0].kind != LR_POOL) {
			pr_err("script line %u: the first operation must be a pool line\n", number);
			return -EINVAL;
		}
		n += ret;
		line += len + 1;
	}
	return n;
}

/* Allocates a pool record per pool line and, per pool, a slot per alloc line. */
static int lr_plan(const struct lr_op *ops, int nops, struct lr_replay *r)
{
	struct lr_pool *p = NULL;
	int i;

	for (i = 0; i < nops; i++)
		r->npools += ops[i].kind == LR_POOL;
	r->pools = kvcalloc(r->npools, sizeof(*r->pools), GFP_KERNEL);
	if (r->npools && !r->pools) {
		r->npools = 0;	/* the teardown has nothing to walk */
		return -ENOMEM;
	}
	for (i = 0; i < nops; i++) {
		if (ops[i].kind == LR_POOL) {
			p = p ? p + 1 : r->pools;
			p->line = ops[i].line;
			p->order = ops[i].num;
		}
		p->nslots += ops[i].kind == LR_ALLOC || ops[i].kind == LR_ALLOCA;
	}
	for (p = r->pools; p < r->pools + r->npools; p++) {
		p->slots = kvcalloc(p->nslots, sizeof(*p->slots), GFP_KERNEL);
		if (p->nslots && !p->slots)
			return -ENOMEM;
	}
	return 0;
}

/* What the kernel would refuse or BUG on, found before any call: bad ids, double frees, fixed offsets off the unit. */
static int lr_check_op(struct lr_pool *p, const struct lr_op *op)
{
	if (op->kind == LR_ALLOC || op->kind == LR_ALLOCA)
		p->allocs++;
	if (op->kind == LR_FREE) {
		if (op->num > p->allocs) {
			pr_err("script line %u: free of unknown id %lu (the pool of line %u has had %u allocs so far)\n",
			       op->line, op->num, p->line, p->allocs);
			return -EINVAL;
		}
		if (p->slots[op->num - 1].state == LR_FREED) {
			pr_err("script line %u: free of id %lu, already freed\n", op->line, op->num);
			return -EINVAL;
		}
		p->slots[op->num - 1].state = LR_FREED;
	}
	if ((op->kind == LR_POOL || op->kind == LR_ALLOCA || op->kind == LR_ALGO) &&
	    op->algo == LR_FIXED && (op->data & ((1UL << p->order) - 1))) {
		pr_err("script line %u: fixed offset %lu is not a multiple of the pool's unit %lu (the kernel WARNs)\n",
		       op->line, op->data, 1UL << p->order);
		return -EINVAL;
	}
	return 0;
}

static int lr_check(const struct lr_op *ops, int nops, struct lr_replay *r)
{
	struct lr_pool *p = NULL;
	int i, ret;

	for (i = 0; i < nops; i++) {
		if (ops[i].kind == LR_POOL)
			p = p ? p + 1 : r->pools;
		ret = lr_check_op(p, &ops[i]);
		if (ret)
			return ret;
	}
	for (p = r->pools; p < r->pools + r->npools; p++) {
		if (p->slots)
			memset(p->slots, 0, p->nslots * sizeof(*p->slots));
		p->allocs = 0;
	}
	return 0;
}

int lr_prepare(struct lr_op *ops, struct lr_replay *r)
{
	int nops = lr_read(ops);
	int ret = nops < 0 ? nops : lr_plan(ops, nops, r);

	ret = ret ?: lr_check(ops, nops, r);
	return ret ?: nops;
}
