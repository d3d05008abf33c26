// SPDX-License-Identifier: GPL-2.0
/*
 * A gen_pool user written apart from Poolscope's own workload modules, the way a driver might use
 * an SRAM pool: its own orders, chunks and algorithms, nothing shared with poolscope_gpwork. The
 * real-kernel test loads it, unchanged, under the capture module, to show that kernel-check needs
 * nothing of a workload module but that it be built for the kernel.
 */
#include <linux/genalloc.h>
#include <linux/module.h>

#define SLOTS 64

static struct gen_pool *sram;
static unsigned long held[SLOTS];
static size_t held_size[SLOTS];

/* A scratch pool made and destroyed at once: its pointer may come back for the next pool. */
static void scratch(void)
{
	struct gen_pool *pool = gen_pool_create(7, -1);
	struct genpool_data_align align = { .align = 2048 };
	unsigned long a[12];
	int i;

	if (!pool)
		return;
	gen_pool_add_virt(pool, 0x60000000UL, 0x90000000UL, 1 << 15, -1);
	for (i = 0; i < 12; i++)
		a[i] = gen_pool_alloc_algo(pool, 200 + 300 * i, gen_pool_first_fit_align, &align);
	for (i = 0; i < 12; i++)
		if (a[i])
			gen_pool_free(pool, a[i], 200 + 300 * i);
	gen_pool_destroy(pool);
}

static int __init foreign_init(void)
{
	struct genpool_data_fixed at = { .offset = 1024 };
	int i;

	scratch();
	sram = gen_pool_create(3, -1);
	if (!sram)
		return -ENOMEM;
	gen_pool_add_virt(sram, 0x61000000UL, 0x91000000UL, 6000, -1);
	gen_pool_add_virt(sram, 0x62000000UL, -1, 2048, -1);
	gen_pool_set_algo(sram, gen_pool_first_fit_order_align, NULL);
	for (i = 0; i < SLOTS; i++) {
		held_size[i] = 8 + (i * 37) % 300;
		held[i] = gen_pool_alloc(sram, held_size[i]);
	}
	for (i = 0; i < SLOTS; i += 3)
		if (held[i]) {
			gen_pool_free(sram, held[i], held_size[i]);
			held[i] = 0;
		}
	/* A fixed offset, once free and once taken. */
	held[0] = gen_pool_alloc_algo(sram, 64, gen_pool_fixed_alloc, &at);
	held_size[0] = 64;
	held[3] = gen_pool_alloc_algo(sram, 64, gen_pool_fixed_alloc, &at);
	held_size[3] = 64;
	pr_info("foreign_pool: sram avail %zu of %zu\n", gen_pool_avail(sram), gen_pool_size(sram));
	return 0;
}

static void __exit foreign_exit(void)
{
	int i;

	for (i = 0; i < SLOTS; i++)
		if (held[i])
			gen_pool_free(sram, held[i], held_size[i]);
	gen_pool_destroy(sram);
}

module_init(foreign_init);
module_exit(foreign_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("A gen_pool user written apart from Poolscope's workloads, for kernel-check's test");
