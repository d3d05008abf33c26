package dev.poolscope.trace.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every problem a scenario file can have, one malformed file each, gives its message at its line,
 * and the format's document lists it.
 */
class ScenarioFormatErrorsTest {

    /** A valid file, line {@code i + 1} being {@code VALID.get(i)}; each case breaks it in one place. */
    private static final List<String> VALID = List.of(
            "name: tiny",
            "title: A tiny scenario",
            "explanation: T0 allocates and frees, T1 allocates.",
            "pool:",
            "    order 5",
            "    chunk 0x10000000 4KiB",
            "    algorithm first_fit",
            "    variant mainline",
            "thread 0:",
            "    alloc 128",
            "    free #0",
            "thread 1:",
            "    alloc 64",
            "schedule:",
            "    run T0 to its end",
            "interesting: first ALLOC_END");

    private static final String KNOWN_KINDS = "ALLOC_BEGIN, ALLOC_END, FREE_BEGIN, FREE_END, AVAIL_READ, SEARCH, "
            + "WORD_READ, CAS, WORD_STORE, PARTIAL_SET, ROLLBACK, RETRY, PARTIAL_CLEAR, RESTORE, AVAIL_CHANGE, "
            + "LOCK_REQUEST, LOCK_ACQUIRED, LOCK_RELEASED, LABEL";

    static Stream<Arguments> errors() {
        return Stream.of(
                error(inserted(0, "    stray"), 1,
                        "an indented line continues the entry above it, but no entry comes before it"),
                error(replaced(2, "title A tiny scenario"), 2, "expected 'key: value' (or an indented line, which "
                        + "belongs to the entry above it), got 'title A tiny scenario'"),
                error(inserted(2, "colour: blue"), 3, "unknown key 'colour' (known: name, title, explanation, pool, "
                        + "side-by-side, thread N, schedule, interesting)"),
                error(inserted(2, "title: Again"), 3, "'title:' is given twice (first on line 2)"),
                error(replaced(16), 15, "the file ends without 'interesting:' (a scenario has name, title, "
                        + "explanation, pool, thread 0 (and 1, ...), schedule and interesting; side-by-side is optional)"),
                error(replaced(1, "name: Tiny"), 1, "a scenario's name is kebab-case (such as same-word-race), not 'Tiny'"),
                error(replaced(2, "title:"), 2, "'title:' needs a value after the colon"),
                error(inserted(2, "    and more"), 3, "'title:' is one line; this indented line does not belong to it"),
                error(replaced(4, "pool: big"), 4, "'pool:' takes its lines indented below it, not 'big' after the colon"),
                error(replaced(3, "explanation:"), 3,
                        "'explanation:' needs a paragraph, after the colon or on indented lines below it"),
                error(replaced(5, "    size 5"), 5, "unknown pool setting 'size' (expected order N, chunk START SIZE, "
                        + "algorithm NAME or variant ID)"),
                error(replaced(5, "    order"), 5, "'order' needs a value"),
                error(inserted(5, "    order 6"), 6, "the pool's order is given twice (first on line 5)"),
                error(replaced(7), 4, "the pool has no 'algorithm' line (a pool needs order, at least one chunk, "
                        + "algorithm and variant)"),
                error(replaced(5, "    order five"), 5, "the order must be a whole number, got 'five'"),
                error(replaced(5, "    order 99999999999"), 5,
                        "the order '99999999999' is too large (the largest is 2147483647)"),
                error(replaced(6, "    chunk 4096"), 6,
                        "expected chunk START SIZE, such as chunk 0x10000000 4KiB, got 'chunk 4096'"),
                error(replaced(6, "    chunk 268435456 4KiB"), 6,
                        "expected an address in hex such as 0x10000000, got '268435456'"),
                error(replaced(6, "    chunk 0x10000000 4kb"), 6,
                        "expected a byte count such as 2048, 64K or 4MiB, got '4kb'"),
                error(replaced(10, "    alloc 9223372036854775808"), 10,
                        "byte count '9223372036854775808' is too large (the largest is 9223372036854775807)"),
                error(replaced(6, "    chunk 0x10000000 0"), 6, "chunk size must be positive, got 0"),
                error(replaced(7, "    algorithm first-fit"), 7, "algorithm 'first-fit': not an algorithm this reader "
                        + "knows (first_fit, first_fit_align align=N, fixed offset=N, first_fit_order_align, best_fit)"),
                error(replaced(7, "    algorithm first_fit_align"), 7,
                        "algorithm 'first_fit_align': expected align=N, N a whole number up to 9223372036854775807"),
                error(replaced(8, "    variant v5"), 8, "unknown variant 'v5' (expected one of: mainline, v4-patch, "
                        + "pre-patch)"),
                error(inserted(6, "    chunk 0x10000800 4KiB"), 4,
                        "chunk 1 [0x10000800-0x100017ff] overlaps chunk 0 [0x10000000-0x10000fff]"),
                error(replaced(7, 8, "    algorithm best_fit", "    variant v4-patch"), 4,
                        "the v4-patch variant has first_fit only, not best_fit"),
                error(replaced(5, "    order 63"), 4, "minAllocOrder must be 0..62, got 63"),
                error(replaced(6, "    chunk 0x0 4KiB"), 4, "chunk 0 starts at address 0x0: its first unit would be "
                        + "allocated at 0x0, which gen_pool_alloc returns for failure; start it at a nonzero address"),
                error(inserted(8, "side-by-side: pre-patch, mainline"), 9, "the side-by-side variants [pre-patch, "
                        + "mainline] must differ from each other and from the pool's own, mainline"),
                error(replaced(9, "thread one:"), 9, "a thread number must be a whole number, got 'one'"),
                error(replaced(12, "thread 2:"), 12,
                        "expected thread 1 next (threads are numbered from 0, in order), got thread 2"),
                error(replaced(10, "    malloc 128"), 10, "expected 'alloc SIZE' or 'free #N', got 'malloc 128'"),
                error(replaced(10, "    alloc 0"), 10,
                        "alloc 0: a size is 1 byte or more (gen_pool_alloc returns 0, failure, for 0 bytes)"),
                error(replaced(11, "    free #1"), 11, "free #1: T0 has asked for 1 allocation by then, numbered from #0"),
                error(inserted(11, "    free #0"), 12, "free #0: T0 has freed it already"),
                error(replaced(11, "    free #x"), 11, "an allocation number must be a whole number, got 'x'"),
                error(replaced(15), 14, "the schedule has no segments: give one per indented line, or write "
                        + "'schedule: round-robin' or 'schedule: explore'"),
                error(replaced(14, 15, "schedule: random"), 14, "expected 'schedule: round-robin', 'schedule: explore', "
                        + "or 'schedule:' with its segments on the indented lines below it, got 'random'"),
                error(replaced(15, "    run T0 forever"), 15, "expected a segment (run TN until it reaches KIND, run TN "
                        + "until it reads word W, run TN until it ends an operation (each optionally followed by N "
                        + "times), or run TN to its end), got 'run T0 forever'"),
                error(replaced(15, "    run T0 until it reaches RETRIES"), 15,
                        "unknown event kind 'RETRIES' (known: " + KNOWN_KINDS + ")"),
                error(replaced(15, "    run T2 to its end"), 15,
                        "segment 'run T2 to its end' names T2, but the scenario has threads T0 to T1"),
                error(replaced(15, "    run T0 until it ends an operation 0 times"), 15,
                        "a segment runs until a condition is met 1 or more times, not 0"),
                error(replaced(15, "    run T0 until it reads word x"), 15,
                        "a word index must be a whole number, got 'x'"),
                error(replaced(16, "interesting: last RETRY"), 16, "expected first cas-failure, first contention, "
                        + "first PARTIAL_SET with bits set, first KIND or first KIND in chunk N, got 'last RETRY'"),
                error(replaced(16, "interesting: first SEARCH in chunk 1"), 16,
                        "'SEARCH in chunk 1' names chunk 1, but the pool has only chunk 0"));
    }

    @ParameterizedTest(name = "line {2}: {3}")
    @MethodSource("errors")
    void aMalformedFileIsRefusedAtItsLine(String text, int line, String problem) {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class,
                () -> ScenarioText.parse("my.scenario", text));
        assertEquals("my.scenario:" + line + ": " + problem, e.getMessage());
        assertEquals(List.of("my.scenario", line, problem), List.of(e.source(), e.line(), e.problem()));
    }

    @ParameterizedTest(name = "line {2}: {3}")
    @MethodSource("errors")
    void theFormatDocumentListsTheMessage(String text, int line, String problem) throws IOException {
        String documented = "my.scenario:" + line + ": " + problem.substring(0, Math.min(50, problem.length()));
        assertTrue(formatDocument().contains(documented), "SCENARIO-FORMAT.md lists " + documented);
    }

    @Test
    void theValidFileIsValidAndALongValueIsQuotedInPart() {
        assertEquals("tiny", ScenarioText.parse("my.scenario", String.join("\n", VALID)).name());
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class,
                () -> ScenarioText.parse("my.scenario", replaced(1, "x".repeat(100))));
        assertEquals("my.scenario:1: expected 'key: value' (or an indented line, which belongs to the entry above it), "
                + "got '" + "x".repeat(60) + "...' (100 characters)", e.getMessage());
    }

    @Test
    void aMissingThreadIsToldAtTheLastLine() {
        List<String> lines = new ArrayList<>(VALID);
        lines.subList(8, 13).clear();
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class,
                () -> ScenarioText.parse("my.scenario", String.join("\n", lines) + "\n"));
        assertEquals(11, e.line());
        assertTrue(e.problem().startsWith("the file ends without 'thread 0:'"), e.problem());
    }

    static String formatDocument() throws IOException {
        return Files.readString(Path.of(System.getProperty("poolscope.repo.dir"),
                "bundles/dev.poolscope.trace/SCENARIO-FORMAT.md"));
    }

    private static Arguments error(String text, int line, String problem) {
        return Arguments.of(text, line, problem);
    }

    /** The valid file with line {@code line} replaced by {@code with} (none: the line removed). */
    private static String replaced(int line, String... with) {
        return replaced(line, line, with);
    }

    /** The valid file with lines {@code first} to {@code last} replaced by {@code with}. */
    private static String replaced(int first, int last, String... with) {
        List<String> lines = new ArrayList<>(VALID);
        lines.subList(first - 1, last).clear();
        lines.addAll(first - 1, List.of(with));
        return String.join("\n", lines) + "\n";
    }

    /** The valid file with {@code text} inserted after line {@code after} (0: first). */
    private static String inserted(int after, String text) {
        List<String> lines = new ArrayList<>(VALID);
        lines.add(after, text);
        return String.join("\n", lines) + "\n";
    }
}
