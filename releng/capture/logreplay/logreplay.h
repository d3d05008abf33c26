/* SPDX-License-Identifier: GPL-2.0 */
/*
 * poolscope_logreplay: the script compiled into the module, its operations as the parser reads
 * them, the parser, and the pools a replay keeps. The format is in README.md next to this file.
 */
#ifndef POOLSCOPE_LOGREPLAY_H
#define POOLSCOPE_LOGREPLAY_H

#include <linux/types.h>

/* The script, from the generated script.c: lr_script_len bytes, NUL after them. */
extern const char lr_script[];
extern const size_t lr_script_len;
/* The file the script was generated from, for the log. */
extern const char lr_script_name[];

enum lr_kind { LR_POOL, LR_CHUNK, LR_ALLOC, LR_ALLOCA, LR_FREE, LR_ALGO };

enum lr_algo {
	LR_FIRST_FIT,
	LR_FIRST_FIT_ALIGN,	/* data: align in bytes, a power of two <= INT_MAX */
	LR_FIXED,		/* data: offset in bytes */
	LR_FIRST_FIT_ORDER_ALIGN,
	LR_BEST_FIT,
};

/* One script line. Which fields a kind uses is listed beside them. */
struct lr_op {
	u8 kind;		/* enum lr_kind */
	u8 algo;		/* enum lr_algo: pool, alloca, algo */
	u32 line;		/* 1-based line in the script */
	unsigned long num;	/* pool: order; chunk: virt; alloc, alloca: size; free: id */
	unsigned long size;	/* chunk: size */
	unsigned long phys;	/* chunk: phys (default -1) */
	unsigned long data;	/* pool, alloca, algo: the algorithm's data (0 when it has none) */
};

/* Number of lines in the script (a last line without '\n' counts). */
u32 lr_count_lines(const char *text, size_t len);

/*
 * Parses the line text[0..len) (no '\n') numbered line into *op. Returns 1 for an operation, 0 for
 * a blank or comment line, -EINVAL after a pr_err naming the line, the problem and the line.
 */
int lr_parse_line(const char *text, size_t len, u32 line, struct lr_op *op);

enum lr_state { LR_UNSEEN, LR_LIVE, LR_FAILED, LR_FREED };

/* An allocation id's alloc: what to free it with. */
struct lr_slot {
	unsigned long addr;
	size_t size;
	u8 state;		/* enum lr_state */
};

struct gen_pool;
struct lr_data;

/* A pool of the script: its kernel pool, its ids' allocs, and what the summary line counts. */
struct lr_pool {
	struct gen_pool *gp;
	struct lr_data *data;	/* the data set with the current algorithm, or NULL */
	struct lr_slot *slots;	/* by id - 1 */
	u32 nslots;		/* the pool's alloc and alloca lines */
	u32 line;		/* its pool line */
	u32 order;
	u32 ops, allocs, failed, frees, skipped;
};

/* The pools of a script, in the order of their pool lines. */
struct lr_replay {
	struct lr_pool *pools;
	u32 npools;
};

/*
 * Parses the whole script into ops (room for one per line) and checks it: ids, double frees,
 * fixed offsets (check.c). Allocates r's pools, each with a slot per alloc line, all zeroed.
 * Returns the number of ops, or a negative errno after a pr_err; r's pools are then freed by
 * the caller's teardown, as after a run.
 */
int lr_prepare(struct lr_op *ops, struct lr_replay *r);

#endif
