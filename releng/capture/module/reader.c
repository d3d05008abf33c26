// SPDX-License-Identifier: GPL-2.0
/*
 * debugfs: poolscope/capture (one reader at a time; the header, then the ring drained as text,
 * blocking while it is empty, then the end line and end of file after stop) and
 * poolscope/control (write "snapshot" or "stop").
 */
#include <linux/atomic.h>
#include <linux/debugfs.h>
#include <linux/fs.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/uaccess.h>
#include <linux/version.h>
#include <linux/wait.h>
#include "poolscope_capture.h"

#define PS_LINE 4096		/* longer than any line: 8 stack symbols of at most ~300 bytes each */
#define PS_WORDS_PER_LINE 8
#define PS_POLL (HZ / 10)	/* a backstop for a wake-up lost between the check and the sleep */

DECLARE_WAIT_QUEUE_HEAD(ps_reader_wq);

enum ps_phase { PS_PH_HEADER, PS_PH_NEXT, PS_PH_LOST, PS_PH_MAIN, PS_PH_CHUNK, PS_PH_WORDS,
		PS_PH_END_LOST, PS_PH_END, PS_PH_EOF };

/* One open of the capture file: where the text stands, and the line being copied out. */
struct ps_reader {
	enum ps_phase phase;
	struct ps_rec rec;	/* the record being written; owns rec.snap */
	struct ps_end end;
	int loss;		/* next loss reason to look at */
	unsigned int chunk;
	unsigned long word;
	size_t len, off;
	char line[PS_LINE];
};

static atomic_t ps_open_count = ATOMIC_INIT(0);
static struct dentry *ps_dir;

static int ps_capture_open(struct inode *inode, struct file *file)
{
	struct ps_reader *r;

	/* One reader: records are drained, two readers would each see half. */
	if (atomic_cmpxchg(&ps_open_count, 0, 1) != 0)
		return -EBUSY;
	r = kzalloc(sizeof(*r), GFP_KERNEL);
	if (!r) {
		atomic_set(&ps_open_count, 0);
		return -ENOMEM;
	}
	file->private_data = r;
	return nonseekable_open(inode, file);
}

static int ps_capture_release(struct inode *inode, struct file *file)
{
	struct ps_reader *r = file->private_data;

	kfree(r->rec.snap);
	kfree(r);
	atomic_set(&ps_open_count, 0);
	return 0;
}

/* Lost lines of the record's own losses (or of the end's), one per call; false when done. */
static bool ps_next_lost(struct ps_reader *r, const u64 *lost, u64 first_seq)
{
	u64 seq = first_seq;
	int why;

	for (why = 0; why < r->loss; why++)
		if (lost[why])
			seq++;
	for (; r->loss < PS_LOSS_N; r->loss++) {
		if (lost[r->loss]) {
			r->len = ps_format_lost(r->line, PS_LINE, seq, r->loss, lost[r->loss]);
			r->loss++;
			return true;
		}
	}
	return false;
}

static u64 ps_lost_lines(const u64 *lost)
{
	u64 n = 0;
	int why;

	for (why = 0; why < PS_LOSS_N; why++)
		n += lost[why] != 0;
	return n;
}

/* Makes the next line of a snapshot's chunks; false when the snapshot is done. */
static bool ps_next_chunk_line(struct ps_reader *r)
{
	const struct ps_snap *snap = r->rec.snap;
	const struct ps_chunk *chunk;
	unsigned long nwords;

	while (r->chunk < snap->nchunks) {
		chunk = &snap->chunk[r->chunk];
		if (r->phase == PS_PH_CHUNK) {
			r->len = ps_format_chunk(r->line, PS_LINE, chunk);
			r->phase = PS_PH_WORDS;
			r->word = 0;
			return true;
		}
		nwords = BITS_TO_LONGS(chunk->bits);
		if (r->word < nwords) {
			unsigned long n = min_t(unsigned long, nwords - r->word, PS_WORDS_PER_LINE);

			r->len = ps_format_words(r->line, PS_LINE, chunk, r->word, n);
			r->word += n;
			return true;
		}
		r->chunk++;
		r->phase = PS_PH_CHUNK;
	}
	return false;
}

/*
 * Makes the next line into r->line. Returns 0 with a line, -EAGAIN when the ring is empty and
 * recording goes on, 1 at end of file.
 */
static int ps_next_line(struct ps_reader *r)
{
	for (;;) {
		switch (r->phase) {
		case PS_PH_HEADER:
			r->len = ps_format_header(r->line, PS_LINE);
			r->phase = PS_PH_NEXT;
			return 0;
		case PS_PH_NEXT:
			kfree(r->rec.snap);
			r->rec.snap = NULL;
			switch (ps_ring_take(&r->rec, &r->end)) {
			case PS_TAKE_EMPTY:
				return -EAGAIN;
			case PS_TAKE_END:
				r->phase = PS_PH_END_LOST;
				break;
			case PS_TAKE_REC:
				r->phase = PS_PH_LOST;
				break;
			}
			r->loss = 0;
			break;
		case PS_PH_LOST:
			if (ps_next_lost(r, r->rec.lost, r->rec.seq - ps_lost_lines(r->rec.lost)))
				return 0;
			r->phase = PS_PH_MAIN;
			break;
		case PS_PH_MAIN:
			if (r->rec.kind == PS_SNAPSHOT) {
				r->len = ps_format_snap(r->line, PS_LINE, r->rec.seq, r->rec.snap);
				r->phase = PS_PH_CHUNK;
				r->chunk = 0;
			} else {
				r->len = ps_format_event(r->line, PS_LINE, &r->rec);
				r->phase = PS_PH_NEXT;
			}
			return 0;
		case PS_PH_CHUNK:
		case PS_PH_WORDS:
			if (ps_next_chunk_line(r))
				return 0;
			r->phase = PS_PH_NEXT;
			break;
		case PS_PH_END_LOST:
			if (ps_next_lost(r, r->end.lost, r->end.first_seq))
				return 0;
			r->phase = PS_PH_END;
			break;
		case PS_PH_END:
			r->len = ps_format_end(r->line, PS_LINE, &r->end);
			r->phase = PS_PH_EOF;
			return 0;
		case PS_PH_EOF:
			return 1;
		}
	}
}

/* Sleeps until the ring has a record or recording stopped. */
static int ps_wait_readable(void)
{
	long left;

	ps_ring_set_waiting(true);
	left = wait_event_interruptible_timeout(ps_reader_wq, ps_ring_readable(), PS_POLL);
	ps_ring_set_waiting(false);
	return left < 0 ? (int)left : 0;
}

static ssize_t ps_capture_read(struct file *file, char __user *ubuf, size_t count, loff_t *ppos)
{
	struct ps_reader *r = file->private_data;
	size_t done = 0, n;
	int err;

	while (done < count) {
		if (r->off < r->len) {
			n = min(count - done, r->len - r->off);
			if (copy_to_user(ubuf + done, r->line + r->off, n))
				return done ? done : -EFAULT;
			r->off += n;
			done += n;
			continue;
		}
		r->off = r->len = 0;
		err = ps_next_line(r);
		if (err == 1)
			break;
		if (err == -EAGAIN) {
			if (done)	/* give what there is; block only when there is nothing */
				break;
			if (file->f_flags & O_NONBLOCK)
				return -EAGAIN;
			err = ps_wait_readable();
			if (err)
				return err;
		}
	}
	*ppos += done;
	return done;
}

static ssize_t ps_control_write(struct file *file, const char __user *ubuf, size_t count,
				loff_t *ppos)
{
	char cmd[16];
	size_t n = min(count, sizeof(cmd) - 1);

	if (copy_from_user(cmd, ubuf, n))
		return -EFAULT;
	cmd[n] = '\0';
	if (sysfs_streq(cmd, "snapshot"))
		ps_snap_final();
	else if (sysfs_streq(cmd, "stop"))
		ps_ring_stop();
	else
		return -EINVAL;
	return count;
}

static const struct file_operations ps_capture_fops = {
	.owner = THIS_MODULE,
	.open = ps_capture_open,
	.release = ps_capture_release,
	.read = ps_capture_read,
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 12, 0)	/* 6.12 dropped no_llseek: NULL means it */
	.llseek = no_llseek,
#endif
};

static const struct file_operations ps_control_fops = {
	.owner = THIS_MODULE,
	.open = simple_open,
	.write = ps_control_write,
#if LINUX_VERSION_CODE < KERNEL_VERSION(6, 12, 0)
	.llseek = no_llseek,
#endif
};

int ps_files_init(void)
{
	ps_dir = debugfs_create_dir("poolscope", NULL);
	if (IS_ERR(ps_dir))
		return PTR_ERR(ps_dir);
	debugfs_create_file("capture", 0400, ps_dir, NULL, &ps_capture_fops);
	debugfs_create_file("control", 0200, ps_dir, NULL, &ps_control_fops);
	return 0;
}

void ps_files_exit(void)
{
	debugfs_remove_recursive(ps_dir);
}
