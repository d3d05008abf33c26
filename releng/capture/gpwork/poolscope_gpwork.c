// SPDX-License-Identifier: GPL-2.0
/*
 * poolscope_gpwork: the project's test workload for the capture module. At init it runs
 * deterministic gen_pool workloads over fake address ranges (gen_pool never touches the memory it
 * manages; nothing here writes it): pools of orders 0, 3, 5 and 12, chunks added out of address
 * order and of sizes not a multiple of the unit, every algorithm, fixed offsets taken twice, odd
 * sizes, failures, frees in FIFO, LIFO and random order, algorithms switched mid-run, the dma and
 * owner entry points, and a run of two kthreads on CPU 0 and 1 hammering one pool at once. The
 * pools stay alive after init so a final snapshot sees their end state; module exit frees every
 * block and destroys them. If poolscope_early is loaded, its pool gets allocations and frees too.
 */
#include <linux/completion.h>
#include <linux/cpumask.h>
#include <linux/genalloc.h>
#include <linux/kthread.h>
#include <linux/module.h>
#include <linux/string.h>

#define GP_MAX_LIVE 512
#define GP_THREAD_OPS 4000
#define GP_THREAD_LIVE 64

struct gp_block {
	unsigned long addr;
	size_t size;
};

/* A pool and every block allocated from it and not yet freed, in allocation order. */
struct gp_book {
	const char *name;
	struct gen_pool *pool;
	struct gp_block live[GP_MAX_LIVE];
	unsigned int n;
	unsigned long ops, fails;
	u64 rng;
};

enum { GP_ORDER0, GP_ORDER3, GP_ORDER5, GP_ORDER12, GP_SHARED, GP_EARLY, GP_NBOOKS };
static struct gp_book gp_books[GP_NBOOKS] = {
	[GP_ORDER0] = { .name = "order0", .rng = 1 },
	[GP_ORDER3] = { .name = "order3", .rng = 3 },
	[GP_ORDER5] = { .name = "order5", .rng = 5 },
	[GP_ORDER12] = { .name = "order12", .rng = 12 },
	[GP_SHARED] = { .name = "shared" },
	[GP_EARLY] = { .name = "early", .rng = 99 },
};

extern struct gen_pool *poolscope_early_pool;
static struct gen_pool **gp_early;	/* from symbol_get: NULL when poolscope_early is not loaded */

/* A 64-bit LCG (Knuth's MMIX constants): deterministic from the seed, enough for workloads. */
static u32 gp_rand(u64 *state, u32 below)
{
	*state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (u32)(*state >> 33) % below;
}

static bool gp_note(struct gp_book *b, unsigned long addr, size_t size)
{
	b->ops++;
	if (!addr) {
		b->fails++;
		return false;
	}
	if (WARN_ON(b->n == GP_MAX_LIVE))	/* the workloads below stay well under it */
		return false;
	b->live[b->n].addr = addr;
	b->live[b->n].size = size;
	b->n++;
	return true;
}

static bool gp_alloc(struct gp_book *b, size_t size)
{
	return gp_note(b, gen_pool_alloc(b->pool, size), size);
}

static bool gp_alloc_algo(struct gp_book *b, size_t size, genpool_algo_t algo, void *data)
{
	return gp_note(b, gen_pool_alloc_algo(b->pool, size, algo, data), size);
}

/* Frees block i, with gen_pool_free or (every other time) gen_pool_free_owner. */
static void gp_free_at(struct gp_book *b, unsigned int i)
{
	void *owner;

	if (b->ops & 1)
		gen_pool_free_owner(b->pool, b->live[i].addr, b->live[i].size, &owner);
	else
		gen_pool_free(b->pool, b->live[i].addr, b->live[i].size);
	b->ops++;
	memmove(&b->live[i], &b->live[i + 1], (b->n - i - 1) * sizeof(b->live[0]));
	b->n--;
}

static void gp_free_fifo(struct gp_book *b, unsigned int count)
{
	while (count-- && b->n)
		gp_free_at(b, 0);
}

static void gp_free_lifo(struct gp_book *b, unsigned int count)
{
	while (count-- && b->n)
		gp_free_at(b, b->n - 1);
}

static void gp_free_random(struct gp_book *b, unsigned int count)
{
	while (count-- && b->n)
		gp_free_at(b, gp_rand(&b->rng, b->n));
}

/* count allocations of sizes in [lo, hi), a random free now and then. */
static void gp_churn(struct gp_book *b, unsigned int count, size_t lo, size_t hi)
{
	while (count--) {
		if (b->n && gp_rand(&b->rng, 4) == 0)
			gp_free_random(b, 1);
		else
			gp_alloc(b, lo + gp_rand(&b->rng, hi - lo));
	}
}

static int gp_make(struct gp_book *b, int order, const unsigned long *starts, const size_t *sizes,
		   unsigned int nchunks)
{
	unsigned int i;

	b->pool = gen_pool_create(order, -1);
	if (!b->pool)
		return -ENOMEM;
	for (i = 0; i < nchunks; i++)
		if (gen_pool_add_owner(b->pool, starts[i], starts[i] + 0x40000000UL, sizes[i], -1, b))
			return -ENOMEM;
	return 0;
}

/* Order 0: first fit, then best fit, odd sizes, size 0, too big, LIFO frees. */
static int gp_run_order0(struct gp_book *b)
{
	static const unsigned long starts[] = { 0x30200000UL, 0x30000000UL, 0x30100000UL };
	static const size_t sizes[] = { 4096, 1000, 8192 };
	int err = gp_make(b, 0, starts, sizes, ARRAY_SIZE(starts));

	if (err)
		return err;
	gp_churn(b, 120, 1, 300);
	gp_alloc(b, 0);			/* the kernel returns 0 for size 0 */
	gp_alloc(b, 10000);		/* larger than any chunk */
	gen_pool_set_algo(b->pool, gen_pool_best_fit, NULL);
	gp_free_lifo(b, 30);
	gp_churn(b, 120, 1, 200);
	gp_free_random(b, 40);
	gen_pool_set_algo(b->pool, NULL, NULL);	/* back to the default, first fit */
	gp_churn(b, 60, 7, 97);
	return 0;
}

/* Order 3: first_fit_align through set_algo and per call, order_align, FIFO frees. */
static int gp_run_order3(struct gp_book *b)
{
	static const unsigned long starts[] = { 0x31000000UL, 0x30f00000UL };
	static const size_t sizes[] = { 65536, 10003 };	/* 10003: not a multiple of 8 */
	struct genpool_data_align align64 = { .align = 64 };
	struct genpool_data_align align256 = { .align = 256 };
	unsigned int i;
	int err = gp_make(b, 3, starts, sizes, ARRAY_SIZE(starts));

	if (err)
		return err;
	gp_churn(b, 80, 1, 700);
	gen_pool_set_algo(b->pool, gen_pool_first_fit_align, &align64);
	gp_churn(b, 80, 1, 500);
	for (i = 0; i < 40; i++)
		gp_alloc_algo(b, 8 + gp_rand(&b->rng, 600), gen_pool_first_fit_align, &align256);
	gp_free_fifo(b, 60);
	gen_pool_set_algo(b->pool, gen_pool_first_fit_order_align, NULL);
	gp_churn(b, 80, 8, 2048);
	gp_free_fifo(b, 30);
	gen_pool_set_algo(b->pool, gen_pool_first_fit, NULL);
	return 0;
}

/* Order 5: fixed offsets (and the same offsets again: failures), best fit, dma align. */
static int gp_run_order5(struct gp_book *b)
{
	static const unsigned long starts[] = { 0x32400000UL, 0x32000000UL, 0x32200000UL };
	static const size_t sizes[] = { 32768, 16384, 40000 };	/* 40000: not a multiple of 32 */
	struct genpool_data_fixed fixed;
	dma_addr_t dma;
	unsigned int i, round;
	int err = gp_make(b, 5, starts, sizes, ARRAY_SIZE(starts));

	if (err)
		return err;
	for (round = 0; round < 2; round++) {
		for (i = 0; i < 24; i++) {
			fixed.offset = (i * 7 % 24) * 512;
			gp_alloc_algo(b, 64 + 32 * (i % 5), gen_pool_fixed_alloc, &fixed);
		}
	}
	gen_pool_set_algo(b->pool, gen_pool_best_fit, NULL);
	gp_churn(b, 100, 1, 3000);
	for (i = 0; i < 20; i++) {
		size_t size = 40 + gp_rand(&b->rng, 900);

		gp_note(b, (unsigned long)gen_pool_dma_alloc_align(b->pool, size, &dma, 1024), size);
	}
	gp_free_random(b, 50);
	fixed.offset = 1024;
	gen_pool_set_algo(b->pool, gen_pool_fixed_alloc, &fixed);	/* the pool's own data */
	gp_alloc(b, 96);
	gp_alloc(b, 96);		/* the offset is taken now: fails */
	gen_pool_set_algo(b->pool, gen_pool_best_fit, NULL);
	gp_churn(b, 60, 100, 5000);
	return 0;
}

/* Order 12 (pages): odd-sized chunk, dma and owner allocations, exhaustion, random frees. */
static int gp_run_order12(struct gp_book *b)
{
	static const unsigned long starts[] = { 0x40000000UL, 0x3f000000UL, 0x41000000UL };
	static const size_t sizes[] = { 1 << 20, (256 << 10) + 100, 2 << 20 };
	dma_addr_t dma;
	void *owner;
	unsigned int i;
	int err = gp_make(b, 12, starts, sizes, ARRAY_SIZE(starts));

	if (err)
		return err;
	for (i = 0; i < 30; i++) {
		size_t size = 1 + gp_rand(&b->rng, 40000);

		gp_note(b, gen_pool_alloc_owner(b->pool, size, &owner), size);
	}
	for (i = 0; i < 20; i++) {
		size_t size = 4096 * (1 + gp_rand(&b->rng, 8));

		gp_note(b, (unsigned long)gen_pool_dma_alloc(b->pool, size, &dma), size);
	}
	gp_free_random(b, 25);
	gen_pool_set_algo(b->pool, gen_pool_best_fit, NULL);
	while (gp_alloc(b, 200000))	/* until it fails */
		;
	gp_free_lifo(b, 5);
	gen_pool_set_algo(b->pool, gen_pool_first_fit_order_align, NULL);
	gp_churn(b, 60, 1, 70000);
	gp_free_fifo(b, 10);
	return 0;
}

/* Allocations and frees on the pool poolscope_early made before capture was loaded. */
static void gp_run_early(struct gp_book *b)
{
	gp_early = symbol_get(poolscope_early_pool);
	if (!gp_early) {
		pr_info("poolscope_gpwork: poolscope_early not loaded, its pool is skipped\n");
		return;
	}
	b->pool = *gp_early;
	gp_churn(b, 50, 16, 600);
	gp_free_fifo(b, 10);
}

/* One of the two threads on the shared pool: its own blocks, allocated and freed at random. */
struct gp_thread {
	struct gen_pool *pool;
	struct gp_block live[GP_THREAD_LIVE];
	unsigned int n;
	unsigned long ops, fails;
	u64 rng;
	struct completion done;
};

static struct gp_thread gp_threads[2];

static int gp_thread_fn(void *arg)
{
	struct gp_thread *t = arg;
	unsigned int i;

	for (i = 0; i < GP_THREAD_OPS; i++, t->ops++) {
		if (t->n == GP_THREAD_LIVE || (t->n && gp_rand(&t->rng, 3) == 0)) {
			unsigned int k = gp_rand(&t->rng, t->n);

			gen_pool_free(t->pool, t->live[k].addr, t->live[k].size);
			t->live[k] = t->live[--t->n];
		} else {
			size_t size = 16 + gp_rand(&t->rng, 2048);
			unsigned long addr = gen_pool_alloc(t->pool, size);

			if (addr) {
				t->live[t->n].addr = addr;
				t->live[t->n++].size = size;
			} else {
				t->fails++;
			}
		}
	}
	kthread_complete_and_exit(&t->done, 0);
}

/* Two kthreads bound to CPU 0 and 1 (both to CPU 0 on one CPU), init waiting for both. */
static int gp_run_shared(struct gp_book *b)
{
	static const unsigned long starts[] = { 0x50100000UL, 0x50000000UL };
	static const size_t sizes[] = { 96 << 10, 64 << 10 };
	struct task_struct *task[2];
	unsigned int i;
	int err = gp_make(b, 4, starts, sizes, ARRAY_SIZE(starts));

	if (err)
		return err;
	for (i = 0; i < 2; i++) {
		unsigned int cpu = num_online_cpus() > 1 ? i : 0;

		gp_threads[i].pool = b->pool;
		gp_threads[i].rng = 1000 + i;
		init_completion(&gp_threads[i].done);
		task[i] = kthread_create_on_cpu(gp_thread_fn, &gp_threads[i], cpu, "gpwork/%u");
		if (IS_ERR(task[i]))
			return PTR_ERR(task[i]);
	}
	for (i = 0; i < 2; i++)
		wake_up_process(task[i]);
	for (i = 0; i < 2; i++) {
		wait_for_completion(&gp_threads[i].done);
		b->ops += gp_threads[i].ops;
		b->fails += gp_threads[i].fails;
	}
	return 0;
}

static void gp_cleanup(void)
{
	unsigned int i, k;

	for (i = 0; i < 2; i++)
		for (k = 0; k < gp_threads[i].n; k++)
			gen_pool_free(gp_threads[i].pool, gp_threads[i].live[k].addr,
				      gp_threads[i].live[k].size);
	for (i = 0; i < GP_NBOOKS; i++) {
		struct gp_book *b = &gp_books[i];

		if (!b->pool)
			continue;
		gp_free_lifo(b, GP_MAX_LIVE);
		if (i != GP_EARLY)	/* poolscope_early destroys its own */
			gen_pool_destroy(b->pool);
		b->pool = NULL;
	}
	if (gp_early)
		symbol_put(poolscope_early_pool);
}

static int __init gp_init(void)
{
	unsigned int i;
	int err;

	gp_run_early(&gp_books[GP_EARLY]);
	err = gp_run_order0(&gp_books[GP_ORDER0]);
	if (!err)
		err = gp_run_order3(&gp_books[GP_ORDER3]);
	if (!err)
		err = gp_run_order5(&gp_books[GP_ORDER5]);
	if (!err)
		err = gp_run_order12(&gp_books[GP_ORDER12]);
	if (!err)
		err = gp_run_shared(&gp_books[GP_SHARED]);
	if (err) {
		pr_err("poolscope_gpwork: setting up a pool failed: %d\n", err);
		gp_cleanup();
		return err;
	}
	for (i = 0; i < GP_NBOOKS; i++)
		if (gp_books[i].pool)
			pr_info("poolscope_gpwork: pool %s %px: %lu ops, %lu failed, %zu bytes free\n",
				gp_books[i].name, gp_books[i].pool, gp_books[i].ops, gp_books[i].fails,
				gen_pool_avail(gp_books[i].pool));
	return 0;
}

static void __exit gp_exit(void)
{
	gp_cleanup();
}

module_init(gp_init);
module_exit(gp_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Poolscope: deterministic gen_pool workloads for the capture module");
