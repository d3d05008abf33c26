package dev.poolscope.analysis.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Contender names as the command line takes them, their canonical form and the errors. */
class ContenderTest {

    @Test
    void namesGiveTheirAlgorithmWithDefaultsWrittenOut() {
        assertSame(Algorithm.firstFit(), Contender.parse("first-fit", 5).algorithm());
        assertEquals("first_fit_align align=128", Contender.parse("first-fit-align", 5).algorithm().describe());
        assertEquals("first-fit-align:128", Contender.parse("first-fit-align", 5).name());
        assertEquals("first-fit-align:16", Contender.parse("first-fit-align", 2).name(), "4 units of the pool's order");
        assertEquals("first_fit_align align=256", Contender.parse("first-fit-align:256", 5).algorithm().describe());
        assertEquals("fixed:0", Contender.parse("fixed", 5).name());
        assertEquals("fixed offset=4096", Contender.parse("fixed:4096", 5).algorithm().describe());
        assertSame(Algorithm.firstFitOrderAlign(), Contender.parse("order-align", 5).algorithm());
        assertSame(Algorithm.bestFit(), Contender.parse(" best-fit ", 5).algorithm());
    }

    @Test
    void aVariantFollowsTheAt() {
        Contender v4 = Contender.parse("first-fit@v4-patch", 5);
        assertEquals(Variant.V4_PATCH, v4.variant());
        assertEquals("first-fit@v4-patch", v4.name());
        assertEquals(Variant.PRE_PATCH, Contender.parse("best-fit@pre-patch", 5).variant());
        assertEquals(Variant.MAINLINE, Contender.parse("best-fit@mainline", 5).variant());
        assertEquals("best-fit", Contender.parse("best-fit@mainline", 5).name());
    }

    @Test
    void theDefaultsAreEveryAlgorithmOnMainlineAndFirstFitOnTheV4Patch() {
        assertEquals(List.of("first-fit", "first-fit-align:128", "fixed:0", "order-align", "best-fit", "first-fit@v4-patch"),
                Contender.defaults(5).stream().map(Contender::name).toList());
    }

    @Test
    void badNamesAreRefusedSayingWhy() {
        assertEquals("unknown algorithm 'worst-fit' in 'worst-fit' (expected one of: " + Contender.ALGORITHMS + ")",
                message("worst-fit"));
        assertEquals("'best-fit@v4-patch': the v4-patch variant has first_fit only, not best_fit", message("best-fit@v4-patch"));
        assertEquals("'first-fit-align:100': the alignment 100 is not a power of two", message("first-fit-align:100"));
        assertEquals("'fixed:x': 'x' is not a number of bytes", message("fixed:x"));
        assertEquals("'best-fit:4': best-fit takes no parameter", message("best-fit:4"));
        assertThrows(IllegalArgumentException.class, () -> Contender.parse("first-fit@v5", 5));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> Contender.parseList("fixed,fixed:0", 5));
        assertEquals("'fixed:0' is listed twice (as fixed:0)", twice.getMessage());
    }

    private static String message(String text) {
        return assertThrows(IllegalArgumentException.class, () -> Contender.parse(text, 5)).getMessage();
    }
}
