/* SPDX-License-Identifier: GPL-2.0 */
/*
 * poolscope_capture: records every call of the exported gen_pool entry points and snapshots of
 * pools, written as text through debugfs in the format of releng/capture/CAPTURE-FORMAT.md.
 * Shared declarations of the module's parts (probes, ring, snapshots, reader).
 */
#ifndef POOLSCOPE_CAPTURE_H
#define POOLSCOPE_CAPTURE_H

#include <linux/genalloc.h>
#include <linux/sched.h>
#include <linux/types.h>

#define PS_MAX_STACK 8		/* frames kept per event at most (module param stack) */
#define PS_NAME_LEN 32		/* bytes of pool->name kept in a snapshot */
#define PS_SYM_LEN 128		/* bytes of the caller's symbol kept in a record (longer ones are cut) */
#define PS_MAX_FILTER 16	/* entries of pools= and names= */
#define PS_MAX_POOLS 1024	/* pools the table tracks at once */
#define PS_SNAP_MAX_WORDS (1UL << 19)	/* bitmap words one snapshot may copy (4 MiB) */

enum ps_kind { PS_CREATE, PS_ADD, PS_ALLOC, PS_FREE, PS_ALGO, PS_DESTROY, PS_SNAPSHOT };
enum ps_data_kind { PS_DATA_NONE, PS_DATA_ALIGN, PS_DATA_OFFSET };
enum ps_why { PS_WHY_FIRST, PS_WHY_FINAL, PS_WHY_DESTROY };
/* Reasons of loss, in the order their lines come before a record. */
enum ps_loss { PS_LOSS_NOMEM, PS_LOSS_RING, PS_LOSS_MISSED, PS_LOSS_N };

/* An algorithm and what it reads from its data pointer, decoded when the call entered. */
struct ps_algo {
	unsigned long fn;
	u8 kind;		/* enum ps_data_kind */
	long value;		/* align or offset */
};

struct ps_chunk {
	unsigned long start, end;
	phys_addr_t phys;
	long avail;
	unsigned long bits;
	unsigned long *words;	/* BITS_TO_LONGS(bits) words, inside the snapshot's allocation */
};

struct ps_snap {
	unsigned long pool;
	int order;
	u8 why;			/* enum ps_why */
	bool has_name;
	char name[PS_NAME_LEN];
	struct ps_algo algo;
	unsigned int nchunks;
	struct ps_chunk chunk[];
};

/* One record of the ring: an event or a snapshot, and the losses just before it. */
struct ps_rec {
	u64 seq;
	u64 lost[PS_LOSS_N];	/* dropped since the previous record; their lines take the seqs before seq */
	u8 kind;		/* enum ps_kind */
	u8 nstack;
	u16 cpu;
	pid_t pid;
	char comm[TASK_COMM_LEN];
	u64 t0, t1;
	unsigned long pool;
	unsigned long a1, a2;	/* add: virt, phys; alloc: size; free: addr, size */
	unsigned long a3;	/* add: size */
	long ret;		/* create: pool; add: errno; alloc: addr */
	int i1, i2;		/* create: order, nid; add: nid */
	struct ps_algo algo;
	unsigned long caller;
	char caller_sym[PS_SYM_LEN];	/* %pS of caller when recorded: its code may be freed before the read */
	unsigned long stack[PS_MAX_STACK];
	struct ps_snap *snap;	/* PS_SNAPSHOT only; owned by the record */
};

/* What the reader finds when it asks the ring for the next record. */
enum ps_take { PS_TAKE_REC, PS_TAKE_EMPTY, PS_TAKE_END };

/* Final losses and totals, fixed when recording stopped. */
struct ps_end {
	u64 first_seq;		/* seq of the first final lost line */
	u64 lost[PS_LOSS_N];
	u64 records;		/* records in the capture, lost lines included (the next seq) */
	u64 total_lost;
};

/* Parameters as loaded (poolscope_capture.c). */
extern unsigned int ps_ring_size;
extern unsigned int ps_stack_depth;
extern unsigned long ps_filter_pools[PS_MAX_FILTER];
extern unsigned int ps_filter_npools;
extern char *ps_filter_names[PS_MAX_FILTER];
extern unsigned int ps_filter_nnames;

/* ring.c: the bounded ring, the pool table and the one lock guarding both. */
int ps_ring_init(void);
void ps_ring_exit(void);
unsigned long ps_ring_lock(void);
void ps_ring_unlock(unsigned long flags);
bool ps_ring_trylock(unsigned long *flags);
bool ps_recording(void);
struct ps_rec *ps_ring_reserve_locked(void);
void ps_ring_commit_locked(struct ps_rec *rec);
void ps_ring_lose_locked(enum ps_loss why);
void ps_ring_lose_nmi(void);
void ps_ring_set_missed_source(u64 (*count)(void));
bool ps_pool_known_locked(unsigned long pool);
int ps_pool_insert_locked(unsigned long pool);
void ps_pool_remove_locked(unsigned long pool);
unsigned int ps_pool_count_locked(void);
unsigned long ps_pool_at_locked(unsigned int i);
enum ps_take ps_ring_take(struct ps_rec *out, struct ps_end *end);
bool ps_ring_readable(void);
void ps_ring_stop(void);
void ps_ring_set_waiting(bool waiting);

/* probes.c: the kretprobes. */
int ps_probes_init(void);
void ps_probes_exit(void);

/* snap.c: copying a pool's state. */
void ps_algo_decode(struct ps_algo *out, unsigned long fn, const void *data);
struct ps_snap *ps_snap_take(struct gen_pool *pool, enum ps_why why);
bool ps_snap_record_locked(struct gen_pool *pool, enum ps_why why);
void ps_snap_final(void);

/* reader.c: the debugfs files. */
int ps_files_init(void);
void ps_files_exit(void);
extern wait_queue_head_t ps_reader_wq;

/* format.c: text of records. */
size_t ps_format_header(char *buf, size_t size);
size_t ps_format_lost(char *buf, size_t size, u64 seq, enum ps_loss why, u64 count);
size_t ps_format_event(char *buf, size_t size, const struct ps_rec *rec);
size_t ps_format_snap(char *buf, size_t size, u64 seq, const struct ps_snap *snap);
size_t ps_format_chunk(char *buf, size_t size, const struct ps_chunk *chunk);
size_t ps_format_words(char *buf, size_t size, const struct ps_chunk *chunk, unsigned long first,
		       unsigned long n);
size_t ps_format_end(char *buf, size_t size, const struct ps_end *end);

#endif /* POOLSCOPE_CAPTURE_H */
