package dev.poolscope.model.explain;

import dev.poolscope.core.Variant;
import dev.poolscope.trace.Event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The allocator as short numbered pseudo-code, written from {@code GenPool.claim/rollBack/clear} and
 * {@code Bitmap.changeRange/swapWord/storeWord}: the lockless listing (mainline and the v4 patch,
 * which differ in one line) or the locked pre-patch one.
 */
public final class PseudoCode {

    private final List<CodeLine> lines;
    private final Map<Statement, Integer> lineOf = new EnumMap<>(Statement.class);

    private PseudoCode(List<CodeLine> lines) {
        this.lines = List.copyOf(lines);
        for (CodeLine line : lines) {
            if (line.statement() != null) {
                lineOf.put(line.statement(), line.number());
            }
        }
    }

    /** The listing for the variant with id {@code variantId} (as a trace header names it). */
    public static PseudoCode forVariant(String variantId) {
        Variant variant = Variant.byId(variantId);
        return variant == Variant.PRE_PATCH ? locked() : lockless(variant == Variant.V4_PATCH);
    }

    /** Every line, headings included, in order. */
    public List<CodeLine> lines() {
        return lines;
    }

    /** The number of the line carrying out {@code statement}, when this listing has one. */
    public Optional<Integer> lineOf(Statement statement) {
        return Optional.ofNullable(lineOf.get(statement));
    }

    /** The line each thread is at after the context's event, for every thread that has begun; by thread. */
    public List<ThreadLine> currentLines(EventContext context) {
        List<ThreadLine> current = new ArrayList<>();
        for (int thread = 0; thread < context.lastEvents().size(); thread++) {
            Event last = context.lastEvents().get(thread);
            if (last != null) {
                int t = thread;
                CurrentStatement.of(context.after().thread(thread), last).flatMap(this::lineOf)
                        .ifPresent(line -> current.add(new ThreadLine(t, line)));
            }
        }
        return current;
    }

    private static PseudoCode lockless(boolean v4) {
        return new Listing()
                .heading("gen_pool_alloc(size):")
                .line("nbits = ceil(size / unit)", Statement.ALLOC_BEGIN)
                .line("for each chunk, newest first:", null)
                .line(v4 ? "    (v4 patch: 'from' is not reset, it carries over)" : "    from = 0", null)
                .line("    if size > chunk.avail: next chunk", Statement.AVAIL_CHECK)
                .line("  retry:", null)
                .line("    bit = search(chunk, from, nbits)", Statement.SEARCH)
                .line("    if no fit: next chunk", null)
                .line("    remain = bitmap_set(chunk, bit, nbits)", null)
                .line("    if remain > 0:", null)
                .line("        bitmap_clear(chunk, bit, nbits - remain)  // rollback", Statement.ROLLBACK)
                .line("        from = bit; goto retry", Statement.RETRY)
                .line("    chunk.avail -= nbits * unit", Statement.AVAIL_TAKE)
                .line("    return chunk.start + bit * unit", Statement.ALLOC_RETURN)
                .line("return 0", Statement.ALLOC_FAIL)
                .heading("bitmap_set(map, bit, nbits):  // returns the bits not set")
                .line("for each word w of the range, lowest first:", null)
                .line("    if not set_bits(&map[w], range bits in w):", null)
                .line("        return bits in w and after", Statement.PARTIAL_SET)
                .line("return 0", null)
                .heading("set_bits(word, mask):")
                .line("seen = READ_ONCE(*word)", Statement.SET_READ)
                .line("while (seen & mask) == 0:", null)
                .line("    found = cmpxchg(word, seen, seen | mask)", Statement.SET_CAS)
                .line("    if found == seen: return true", null)
                .line("    seen = found  // lost a race: look again", null)
                .line("return false  // a bit it wants is taken", null)
                .heading("gen_pool_free(addr, size):")
                .line("nbits = ceil(size / unit); chunk = chunk of addr", Statement.FREE_BEGIN)
                .line("remain = bitmap_clear(chunk, bit of addr, nbits)", Statement.PARTIAL_CLEAR)
                .line("if remain > 0: set back what it cleared; BUG()", Statement.RESTORE)
                .line("chunk.avail += nbits * unit", Statement.AVAIL_GIVE)
                .line("return", Statement.FREE_RETURN)
                .heading("clear_bits(word, mask):  // bitmap_clear's per-word step")
                .line("seen = READ_ONCE(*word)", Statement.CLEAR_READ)
                .line("while (seen & mask) == mask:", null)
                .line("    found = cmpxchg(word, seen, seen & ~mask)", Statement.CLEAR_CAS)
                .line("    if found == seen: return true", null)
                .line("    seen = found", null)
                .line("return false", null)
                .build();
    }

    private static PseudoCode locked() {
        return new Listing()
                .heading("gen_pool_alloc(size):  // pre-patch, locked")
                .line("nbits = ceil(size / unit)", Statement.ALLOC_BEGIN)
                .line("read_lock(pool)", Statement.POOL_LOCK)
                .line("for each chunk, newest first:", null)
                .line("    spin_lock(chunk)", Statement.CHUNK_LOCK)
                .line("    bit = search(chunk, 0, nbits)", Statement.SEARCH)
                .line("    if fit: bitmap_set(chunk, bit, nbits)", null)
                .line("    spin_unlock(chunk)", Statement.CHUNK_UNLOCK)
                .line("    if fit: chunk.avail -= nbits * unit; break", Statement.AVAIL_TAKE)
                .line("read_unlock(pool)", Statement.POOL_UNLOCK)
                .line("return fit ? chunk.start + bit * unit", Statement.ALLOC_RETURN)
                .line("           : 0", Statement.ALLOC_FAIL)
                .heading("set_bits(word, mask):  // plain stores, under the lock")
                .line("old = *word", Statement.SET_READ)
                .line("if old & mask: return false", null)
                .line("*word = old | mask", Statement.SET_STORE)
                .heading("gen_pool_free(addr, size):")
                .line("nbits = ceil(size / unit)", Statement.FREE_BEGIN)
                .line("read_lock(pool)", Statement.FREE_POOL_LOCK)
                .line("spin_lock(chunk of addr)", Statement.FREE_CHUNK_LOCK)
                .line("bitmap_clear(chunk, bit of addr, nbits)", null)
                .line("spin_unlock(chunk)", Statement.FREE_CHUNK_UNLOCK)
                .line("chunk.avail += nbits * unit", Statement.AVAIL_GIVE)
                .line("read_unlock(pool)", Statement.FREE_POOL_UNLOCK)
                .line("return", Statement.FREE_RETURN)
                .heading("clear_bits(word, mask):  // plain stores, under the lock")
                .line("old = *word", Statement.CLEAR_READ)
                .line("if (old & mask) != mask: return false", null)
                .line("*word = old & ~mask", Statement.CLEAR_STORE)
                .build();
    }

    /** Numbers lines as they are added. */
    private static final class Listing {

        private final List<CodeLine> lines = new ArrayList<>();
        private int next = 1;

        Listing heading(String text) {
            lines.add(new CodeLine(0, text, null));
            return this;
        }

        Listing line(String text, Statement statement) {
            lines.add(new CodeLine(next++, "    " + text, statement));
            return this;
        }

        PseudoCode build() {
            return new PseudoCode(lines);
        }
    }
}
