// SPDX-License-Identifier: GPL-2.0
/*
 * Text of the capture format, version 1 (releng/capture/CAPTURE-FORMAT.md), made at read time in
 * process context: the probe handlers only store binary records.
 *
 * Every function writes one line (with its '\n') into buf and returns its length; a line longer
 * than size is cut (the reader's buffer is sized so that no line of this format reaches it).
 */
#include <linux/kallsyms.h>
#include <linux/kernel.h>
#include <linux/utsname.h>
#include "poolscope_capture.h"

struct ps_out {
	char *buf;
	size_t size, len;
};

static __printf(2, 3) void ps_put(struct ps_out *out, const char *fmt, ...)
{
	va_list args;

	if (out->len >= out->size)
		return;
	va_start(args, fmt);
	out->len += vscnprintf(out->buf + out->len, out->size - out->len, fmt, args);
	va_end(args);
}

/* A symbol as %pS or %ps gave it, its spaces dropped (the format's values hold none). */
static void ps_put_symbol_text(struct ps_out *out, const char *sym)
{
	char text[KSYM_SYMBOL_LEN + 32];
	char *o = text;
	const char *c;

	for (c = sym; *c && o < text + sizeof(text) - 1; c++)
		if (*c != ' ')
			*o++ = *c;
	*o = '\0';
	ps_put(out, "%s", text);
}

static void ps_put_sym(struct ps_out *out, unsigned long addr, bool offset)
{
	char sym[KSYM_SYMBOL_LEN + 32];

	snprintf(sym, sizeof(sym), offset ? "%pS" : "%ps", (void *)addr);
	ps_put_symbol_text(out, sym);
}

/* Bytes outside 0x21..0x7e and every '\' as \xNN, so the value holds no space. */
static void ps_put_escaped(struct ps_out *out, const char *s, size_t max)
{
	size_t i;

	for (i = 0; i < max && s[i]; i++) {
		unsigned char c = s[i];

		if (c < 0x21 || c > 0x7e || c == '\\')
			ps_put(out, "\\x%02x", c);
		else
			ps_put(out, "%c", c);
	}
}

static void ps_put_data(struct ps_out *out, const struct ps_algo *algo)
{
	if (algo->kind == PS_DATA_ALIGN)
		ps_put(out, "data=align=%ld", algo->value);
	else if (algo->kind == PS_DATA_OFFSET)
		ps_put(out, "data=offset=%lu", (unsigned long)algo->value);
	else
		ps_put(out, "data=-");
}

static void ps_put_algo(struct ps_out *out, const struct ps_algo *algo)
{
	ps_put(out, " algo=");
	ps_put_sym(out, algo->fn, false);
	ps_put(out, " ");
	ps_put_data(out, algo);
}

static void ps_put_callsite(struct ps_out *out, const struct ps_rec *rec)
{
	unsigned int i;

	ps_put(out, " caller=");
	ps_put_symbol_text(out, rec->caller_sym);
	ps_put(out, " stack=");
	if (!rec->nstack)
		ps_put(out, "-");
	for (i = 0; i < rec->nstack; i++) {
		if (i)
			ps_put(out, ",");
		if (rec->stack[i] == rec->caller)
			ps_put_symbol_text(out, rec->caller_sym); /* named when recorded, as above */
		else
			ps_put_sym(out, rec->stack[i], true);
	}
}

size_t ps_format_header(char *buf, size_t size)
{
	struct ps_out out = { buf, size, 0 };
	unsigned int i;

	ps_put(&out, "poolscope-capture 1\nkernel %s\nparams ring=%u stack=%u pools=",
	       init_utsname()->release, ps_ring_size, ps_stack_depth);
	for (i = 0; i < ps_filter_npools; i++)
		ps_put(&out, "%s0x%lx", i ? "," : "", ps_filter_pools[i]);
	ps_put(&out, "%s names=", ps_filter_npools ? "" : "all");
	for (i = 0; i < ps_filter_nnames; i++) {
		if (i)
			ps_put(&out, ",");
		ps_put_escaped(&out, ps_filter_names[i], PS_NAME_LEN);
	}
	ps_put(&out, "%s\n", ps_filter_nnames ? "" : "all");
	return out.len;
}

size_t ps_format_lost(char *buf, size_t size, u64 seq, enum ps_loss why, u64 count)
{
	static const char *const reasons[PS_LOSS_N] = { "nomem", "ring", "missed" };
	struct ps_out out = { buf, size, 0 };

	ps_put(&out, "%llu lost count=%llu reason=%s\n", seq, count, reasons[why]);
	return out.len;
}

static void ps_put_event_fields(struct ps_out *out, const struct ps_rec *rec)
{
	switch (rec->kind) {
	case PS_CREATE:
		ps_put(out, "create order=%d nid=%d pool=0x%lx", rec->i1, rec->i2,
		       (unsigned long)rec->ret);
		break;
	case PS_ADD:
		ps_put(out, "add pool=0x%lx virt=0x%lx phys=0x%lx size=%lu nid=%d ret=%ld", rec->pool,
		       rec->a1, rec->a2, rec->a3, rec->i1, rec->ret);
		break;
	case PS_ALLOC:
		ps_put(out, "alloc pool=0x%lx size=%lu", rec->pool, rec->a1);
		ps_put_algo(out, &rec->algo);
		ps_put(out, " addr=0x%lx", (unsigned long)rec->ret);
		ps_put_callsite(out, rec);
		break;
	case PS_FREE:
		ps_put(out, "free pool=0x%lx addr=0x%lx size=%lu", rec->pool, rec->a1, rec->a2);
		ps_put_callsite(out, rec);
		break;
	case PS_ALGO:
		ps_put(out, "algo pool=0x%lx", rec->pool);
		ps_put_algo(out, &rec->algo);
		break;
	case PS_DESTROY:
		ps_put(out, "destroy pool=0x%lx", rec->pool);
		break;
	}
}

size_t ps_format_event(char *buf, size_t size, const struct ps_rec *rec)
{
	struct ps_out out = { buf, size, 0 };

	ps_put(&out, "%llu cpu=%u pid=%d comm=", rec->seq, rec->cpu, rec->pid);
	ps_put_escaped(&out, rec->comm, sizeof(rec->comm));
	ps_put(&out, " t0=%llu t1=%llu ", rec->t0, rec->t1);
	ps_put_event_fields(&out, rec);
	ps_put(&out, "\n");
	return out.len;
}

size_t ps_format_snap(char *buf, size_t size, u64 seq, const struct ps_snap *snap)
{
	static const char *const whys[] = { "first", "final", "destroy" };
	struct ps_out out = { buf, size, 0 };

	ps_put(&out, "%llu snapshot pool=0x%lx why=%s order=%d", seq, snap->pool, whys[snap->why],
	       snap->order);
	ps_put_algo(&out, &snap->algo);
	ps_put(&out, " name=");
	if (snap->has_name && snap->name[0])
		ps_put_escaped(&out, snap->name, sizeof(snap->name));
	else
		ps_put(&out, "-");
	ps_put(&out, " chunks=%u\n", snap->nchunks);
	return out.len;
}

size_t ps_format_chunk(char *buf, size_t size, const struct ps_chunk *chunk)
{
	struct ps_out out = { buf, size, 0 };

	ps_put(&out, "chunk start=0x%lx end=0x%lx phys=0x%llx avail=%ld bits=%lu\n", chunk->start,
	       chunk->end, (unsigned long long)chunk->phys, chunk->avail, chunk->bits);
	return out.len;
}

size_t ps_format_words(char *buf, size_t size, const struct ps_chunk *chunk, unsigned long first,
		       unsigned long n)
{
	struct ps_out out = { buf, size, 0 };
	unsigned long i;

	ps_put(&out, "words %lu", first);
	for (i = first; i < first + n; i++)
		ps_put(&out, " %016lx", chunk->words[i]);
	ps_put(&out, "\n");
	return out.len;
}

size_t ps_format_end(char *buf, size_t size, const struct ps_end *end)
{
	struct ps_out out = { buf, size, 0 };

	ps_put(&out, "end records=%llu lost=%llu\n", end->records, end->total_lost);
	return out.len;
}
