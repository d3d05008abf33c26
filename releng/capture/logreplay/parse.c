// SPDX-License-Identifier: GPL-2.0
/*
 * poolscope_logreplay's parser: one script line to one struct lr_op, every token and value
 * checked. It knows nothing of pools; whether a free names a live id is checked by the replay.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/errno.h>
#include <linux/kernel.h>
#include <linux/limits.h>
#include <linux/log2.h>
#include <linux/printk.h>
#include <linux/string.h>
#include "logreplay.h"

#define LR_MAX_TOKENS 5		/* one more than any op has, to see a line with too many */
#define LR_SHOWN 120		/* bytes of a bad line the message repeats */

struct lr_token {
	const char *s;
	size_t n;
};

struct lr_line {
	const char *text;
	size_t len;
	u32 number;
	struct lr_token tok[LR_MAX_TOKENS];
	unsigned int ntok;
};

static const char *const lr_algo_names[] = {
	[LR_FIRST_FIT] = "first_fit",
	[LR_FIRST_FIT_ALIGN] = "first_fit_align",
	[LR_FIXED] = "fixed",
	[LR_FIRST_FIT_ORDER_ALIGN] = "first_fit_order_align",
	[LR_BEST_FIT] = "best_fit",
};

static __printf(2, 3) int lr_bad(const struct lr_line *l, const char *fmt, ...)
{
	struct va_format vaf;
	va_list args;

	va_start(args, fmt);
	vaf.fmt = fmt;
	vaf.va = &args;
	pr_err("script line %u: %pV: '%.*s'%s\n", l->number, &vaf,
	       (int)min_t(size_t, l->len, LR_SHOWN), l->text, l->len > LR_SHOWN ? "..." : "");
	va_end(args);
	return -EINVAL;
}

u32 lr_count_lines(const char *text, size_t len)
{
	u32 lines = 0;
	size_t i;

	for (i = 0; i < len; i++)
		lines += text[i] == '\n';
	return lines + (len > 0 && text[len - 1] != '\n');
}

static bool lr_is(const struct lr_token *t, const char *word)
{
	return t->n == strlen(word) && !memcmp(t->s, word, t->n);
}

/* Splits at single spaces; refuses bytes outside printable ASCII and empty tokens. */
static int lr_split(struct lr_line *l)
{
	size_t i, start = 0;

	for (i = 0; i < l->len; i++) {
		unsigned char c = l->text[i];

		if (c < 0x20 || c > 0x7e) {
			l->len = i;	/* show the line up to the bad byte only */
			return lr_bad(l, "byte 0x%02x at column %zu (the script is printable ASCII)", c, i + 1);
		}
	}
	l->ntok = 0;
	for (i = 0; i <= l->len; i++) {
		if (i < l->len && l->text[i] != ' ')
			continue;
		if (i == start)
			return lr_bad(l, "empty token at column %zu (tokens are separated by one space)", i + 1);
		if (l->ntok == LR_MAX_TOKENS)
			return lr_bad(l, "too many tokens");
		l->tok[l->ntok].s = l->text + start;
		l->tok[l->ntok].n = i - start;
		l->ntok++;
		start = i + 1;
	}
	return 0;
}

static int lr_dec(const struct lr_line *l, const struct lr_token *t, const char *what, unsigned long *out)
{
	unsigned long v = 0;
	size_t i;

	for (i = 0; i < t->n; i++) {
		unsigned int d = t->s[i] - '0';

		if (d > 9)
			return lr_bad(l, "%s '%.*s' is not a decimal number", what, (int)t->n, t->s);
		if (v > (ULONG_MAX - d) / 10)
			return lr_bad(l, "%s '%.*s' is over %lu", what, (int)t->n, t->s, ULONG_MAX);
		v = v * 10 + d;
	}
	*out = v;
	return 0;
}

static int lr_hex(const struct lr_line *l, const struct lr_token *t, const char *what, unsigned long *out)
{
	unsigned long v = 0;
	size_t i;

	if (t->n < 3 || t->s[0] != '0' || t->s[1] != 'x')
		return lr_bad(l, "%s '%.*s' is not 0x and hex digits", what, (int)t->n, t->s);
	for (i = 2; i < t->n; i++) {
		int d = hex_to_bin(t->s[i]);

		if (d < 0)
			return lr_bad(l, "%s '%.*s' is not 0x and hex digits", what, (int)t->n, t->s);
		if (v >> (BITS_PER_LONG - 4))
			return lr_bad(l, "%s '%.*s' is over 64 bits", what, (int)t->n, t->s);
		v = (v << 4) | d;
	}
	*out = v;
	return 0;
}

/* toks[i] names the algorithm; toks[i + 1], if the algorithm takes data, is its data: the last token. */
static int lr_algo(const struct lr_line *l, unsigned int i, struct lr_op *op)
{
	const struct lr_token *name = &l->tok[i];
	bool wants_data;
	unsigned int a;
	int ret;

	for (a = 0; a < ARRAY_SIZE(lr_algo_names); a++)
		if (lr_is(name, lr_algo_names[a]))
			break;
	if (a == ARRAY_SIZE(lr_algo_names))
		return lr_bad(l, "unknown algorithm '%.*s' (first_fit, first_fit_align, fixed, first_fit_order_align, best_fit)",
			      (int)name->n, name->s);
	op->algo = a;
	op->data = 0;
	wants_data = a == LR_FIRST_FIT_ALIGN || a == LR_FIXED;
	if (l->ntok != i + 1 + wants_data)
		return wants_data ? lr_bad(l, "%s needs its data (%s) as the last token", lr_algo_names[a],
					   a == LR_FIXED ? "offset in bytes" : "align in bytes")
				  : lr_bad(l, "%s takes no data and ends the line", lr_algo_names[a]);
	if (!wants_data)
		return 0;
	ret = lr_dec(l, &l->tok[i + 1], a == LR_FIXED ? "offset" : "align", &op->data);
	if (ret)
		return ret;
	if (a == LR_FIRST_FIT_ALIGN && (!is_power_of_2(op->data) || op->data > INT_MAX))
		return lr_bad(l, "align %lu is not a power of two up to %d (struct genpool_data_align holds an int)",
			      op->data, INT_MAX);
	return 0;
}

static int lr_tokens(const struct lr_line *l, unsigned int least, unsigned int most, const char *usage)
{
	if (l->ntok < least || l->ntok > most)
		return lr_bad(l, "expected '%s'", usage);
	return 0;
}

static int lr_pool(const struct lr_line *l, struct lr_op *op)
{
	int ret = lr_tokens(l, 3, 4, "pool ORDER ALGO [DATA]");

	ret = ret ?: lr_dec(l, &l->tok[1], "order", &op->num);
	if (!ret && op->num >= BITS_PER_LONG)
		ret = lr_bad(l, "order %lu is not below %d", op->num, BITS_PER_LONG);
	return ret ?: lr_algo(l, 2, op);
}

static int lr_chunk(const struct lr_line *l, struct lr_op *op)
{
	int ret = lr_tokens(l, 3, 4, "chunk VIRT_HEX SIZE [PHYS_HEX]");

	op->phys = -1UL;
	ret = ret ?: lr_hex(l, &l->tok[1], "virt", &op->num);
	ret = ret ?: lr_dec(l, &l->tok[2], "size", &op->size);
	if (!ret && l->ntok == 4)
		ret = lr_hex(l, &l->tok[3], "phys", &op->phys);
	if (!ret && op->size == 0)
		ret = lr_bad(l, "a chunk of 0 bytes");
	if (!ret && op->num + (op->size - 1) < op->num)
		ret = lr_bad(l, "a chunk of %lu bytes at 0x%lx runs past the top of the address space",
			     op->size, op->num);
	return ret;
}

static int lr_op(const struct lr_line *l, struct lr_op *op)
{
	const struct lr_token *verb = &l->tok[0];
	int ret;

	if (lr_is(verb, "pool")) {
		op->kind = LR_POOL;
		return lr_pool(l, op);
	}
	if (lr_is(verb, "chunk")) {
		op->kind = LR_CHUNK;
		return lr_chunk(l, op);
	}
	if (lr_is(verb, "alloc")) {
		op->kind = LR_ALLOC;
		ret = lr_tokens(l, 2, 2, "alloc SIZE");
		return ret ?: lr_dec(l, &l->tok[1], "size", &op->num);
	}
	if (lr_is(verb, "alloca")) {
		op->kind = LR_ALLOCA;
		ret = lr_tokens(l, 3, 4, "alloca SIZE ALGO [DATA]");
		ret = ret ?: lr_dec(l, &l->tok[1], "size", &op->num);
		return ret ?: lr_algo(l, 2, op);
	}
	if (lr_is(verb, "free")) {
		op->kind = LR_FREE;
		ret = lr_tokens(l, 2, 2, "free ID");
		ret = ret ?: lr_dec(l, &l->tok[1], "id", &op->num);
		return ret ?: (op->num == 0 ? lr_bad(l, "id 0 (ids run from 1)") : 0);
	}
	if (lr_is(verb, "algo")) {
		op->kind = LR_ALGO;
		ret = lr_tokens(l, 2, 3, "algo ALGO [DATA]");
		return ret ?: lr_algo(l, 1, op);
	}
	return lr_bad(l, "unknown op '%.*s' (pool, chunk, alloc, alloca, free, algo)", (int)verb->n, verb->s);
}

int lr_parse_line(const char *text, size_t len, u32 line, struct lr_op *op)
{
	struct lr_line l = { .text = text, .len = len, .number = line };
	int ret;

	if (len == 0 || text[0] == '#')
		return 0;
	ret = lr_split(&l);
	if (ret)
		return ret;
	memset(op, 0, sizeof(*op));
	op->line = line;
	ret = lr_op(&l, op);
	return ret ?: 1;
}
