/* SPDX-License-Identifier: GPL-2.0 */
/*
 * poolscope_logreplay: the script compiled into the module, its operations as the parser reads
 * them, and the parser. The format is in README.md next to this file.
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

#endif
