// SPDX-License-Identifier: GPL-2.0
/*
 * poolscope_early: a pool made before the capture module loads, so that the capture's first
 * snapshot of a pool it did not see created is exercised with a non-empty state.
 *
 * At init it creates the pool "poolscope-early" (order 4) over two fake chunks (gen_pool never
 * touches the memory it manages), allocates a pattern and frees every third block, leaving holes.
 * It exports the pool as poolscope_early_pool; poolscope_gpwork takes it with symbol_get() (so it
 * also runs without this module) and allocates and frees on it once capture is loaded.
 */
#include <linux/genalloc.h>
#include <linux/module.h>
#include <linux/string.h>

#define EARLY_ORDER 4
#define EARLY_BLOCKS 40

struct gen_pool *poolscope_early_pool;
EXPORT_SYMBOL_GPL(poolscope_early_pool);

static unsigned long early_addr[EARLY_BLOCKS];
static size_t early_size[EARLY_BLOCKS];

static int __init early_init(void)
{
	struct gen_pool *pool = gen_pool_create(EARLY_ORDER, -1);
	unsigned int i, live = 0;

	if (!pool)
		return -ENOMEM;
	/* pool->name is public and freed by gen_pool_destroy with kfree_const, as devm sets it. */
	pool->name = kstrdup_const("poolscope-early", GFP_KERNEL);
	if (gen_pool_add(pool, 0x20100000UL, 32768, -1) || gen_pool_add(pool, 0x20000000UL, 65536, -1)) {
		gen_pool_destroy(pool);
		return -ENOMEM;
	}
	for (i = 0; i < EARLY_BLOCKS; i++) {
		early_size[i] = 16 + (i * 37) % 900;
		early_addr[i] = gen_pool_alloc(pool, early_size[i]);
	}
	for (i = 0; i < EARLY_BLOCKS; i += 3) {
		if (early_addr[i])
			gen_pool_free(pool, early_addr[i], early_size[i]);
		early_addr[i] = 0;
	}
	for (i = 0; i < EARLY_BLOCKS; i++)
		live += early_addr[i] != 0;
	poolscope_early_pool = pool;
	pr_info("poolscope_early: pool %px with %u blocks, %zu bytes free\n", pool, live,
		gen_pool_avail(pool));
	return 0;
}

static void __exit early_exit(void)
{
	unsigned int i;

	/* gen_pool_destroy wants an empty pool; poolscope_gpwork frees its own blocks first (it
	 * holds a reference on this module until it exits).
	 */
	for (i = 0; i < EARLY_BLOCKS; i++)
		if (early_addr[i])
			gen_pool_free(poolscope_early_pool, early_addr[i], early_size[i]);
	gen_pool_destroy(poolscope_early_pool);
}

module_init(early_init);
module_exit(early_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Poolscope: a gen_pool made before capture starts");
