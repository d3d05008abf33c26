// SPDX-License-Identifier: GPL-2.0
/*
 * poolscope_capture: module parameters, init and exit.
 *
 *   ring=N     records the ring holds (default 65536); a full ring drops records, counted
 *   stack=N    frames kept per alloc/free event (default 4, at most 8, 0 = none)
 *   pools=P,.. only these pools (pointers, hex), default all
 *   names=S,.. only pools with this pool->name, default all
 */
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/slab.h>
#include <linux/string.h>
#include "poolscope_capture.h"

unsigned int ps_ring_size = 65536;
module_param_named(ring, ps_ring_size, uint, 0444);
MODULE_PARM_DESC(ring, "records the ring holds (default 65536)");

unsigned int ps_stack_depth = 4;
module_param_named(stack, ps_stack_depth, uint, 0444);
MODULE_PARM_DESC(stack, "stack frames kept per alloc/free event (default 4, max 8, 0 = none)");

static char *ps_pools_param;
module_param_named(pools, ps_pools_param, charp, 0444);
MODULE_PARM_DESC(pools, "comma list of pool pointers to record (hex), default all");

static char *ps_names_param;
module_param_named(names, ps_names_param, charp, 0444);
MODULE_PARM_DESC(names, "comma list of pool names to record, default all");

unsigned long ps_filter_pools[PS_MAX_FILTER];
unsigned int ps_filter_npools;
char *ps_filter_names[PS_MAX_FILTER];
unsigned int ps_filter_nnames;
static char *ps_names_copy;

static int ps_parse_pools(void)
{
	char *copy, *rest, *tok;
	int err = 0;

	if (!ps_pools_param || !*ps_pools_param)
		return 0;
	copy = kstrdup(ps_pools_param, GFP_KERNEL);
	if (!copy)
		return -ENOMEM;
	rest = copy;
	while ((tok = strsep(&rest, ",")) != NULL && !err) {
		if (!*tok)
			continue;
		if (ps_filter_npools == PS_MAX_FILTER) {
			pr_err("poolscope_capture: pools= takes at most %d pointers\n", PS_MAX_FILTER);
			err = -EINVAL;
		} else if (kstrtoul(tok, 16, &ps_filter_pools[ps_filter_npools])) {
			pr_err("poolscope_capture: pools=: '%s' is not a hex pointer\n", tok);
			err = -EINVAL;
		} else {
			ps_filter_npools++;
		}
	}
	kfree(copy);
	return err;
}

static int ps_parse_names(void)
{
	char *rest, *tok;

	if (!ps_names_param || !*ps_names_param)
		return 0;
	ps_names_copy = kstrdup(ps_names_param, GFP_KERNEL);
	if (!ps_names_copy)
		return -ENOMEM;
	rest = ps_names_copy;
	while ((tok = strsep(&rest, ",")) != NULL) {
		if (!*tok)
			continue;
		if (ps_filter_nnames == PS_MAX_FILTER) {
			pr_err("poolscope_capture: names= takes at most %d names\n", PS_MAX_FILTER);
			return -EINVAL;
		}
		ps_filter_names[ps_filter_nnames++] = tok;
	}
	return 0;
}

static int ps_check_params(void)
{
	if (ps_ring_size < 16) {
		pr_err("poolscope_capture: ring=%u: at least 16 records\n", ps_ring_size);
		return -EINVAL;
	}
	if (ps_stack_depth > PS_MAX_STACK) {
		pr_err("poolscope_capture: stack=%u: at most %d frames\n", ps_stack_depth, PS_MAX_STACK);
		return -EINVAL;
	}
	return 0;
}

static int __init ps_init(void)
{
	int err;

	err = ps_check_params();
	if (!err)
		err = ps_parse_pools();
	if (!err)
		err = ps_parse_names();
	if (!err)
		err = ps_ring_init();
	if (err)
		goto free_names;
	err = ps_files_init();
	if (err)
		goto free_ring;
	/* Probes last: a handler may run as soon as they are registered. */
	err = ps_probes_init();
	if (err) {
		pr_err("poolscope_capture: registering the kretprobes failed: %d\n", err);
		goto remove_files;
	}
	pr_info("poolscope_capture: recording (ring=%u stack=%u)\n", ps_ring_size, ps_stack_depth);
	return 0;

remove_files:
	ps_files_exit();
free_ring:
	ps_ring_exit();
free_names:
	kfree(ps_names_copy);
	return err;
}

static void __exit ps_exit(void)
{
	ps_probes_exit();	/* first: from here no handler runs and no record is written */
	ps_ring_stop();
	ps_files_exit();	/* no reader: an open file holds a module reference */
	ps_ring_exit();
	kfree(ps_names_copy);
}

module_init(ps_init);
module_exit(ps_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("Poolscope: records gen_pool calls and pool snapshots (capture format 1)");
