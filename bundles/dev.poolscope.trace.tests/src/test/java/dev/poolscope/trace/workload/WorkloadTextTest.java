package dev.poolscope.trace.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.Algorithm;
import dev.poolscope.core.Variant;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkloadTextTest {

    @Test
    void theStandardWorkloadIsTheOneOfTheIssue() {
        Workload standard = Workload.standard();
        assertEquals("threads=4 ops=100000 fill=0.5 mix=100/0 sizes=uniform:32..2048 order=5 chunks=4MiB@0x10000000"
                + " algo=first_fit variant=mainline seed=1", standard.text());
        assertEquals(new PoolSpec(5, List.of(new ChunkSpec(0x1000_0000L, 4L << 20)), Algorithm.firstFit(),
                Variant.MAINLINE), standard.pool());
        assertEquals(new SizeDistribution.Uniform(32, 2048), standard.sizes());
        assertEquals(100, standard.allocPercent());
        assertEquals((2L << 20) / 8, standard.withThreads(8).targetBytesPerThread(), "50% of 4 MiB over 8 threads");
    }

    @Test
    void keysLeftOutKeepTheStandardValues() {
        assertEquals(Workload.standard().withThreads(8).withSeed(42), Workload.parse("seed=42 threads=8"));
        assertEquals(Workload.standard(), Workload.parse("  "));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "threads=4 ops=100000 fill=0.5 mix=100/0 sizes=uniform:32..2048 order=5 chunks=4MiB@0x10000000 algo=first_fit variant=mainline seed=1",
        "threads=2 duration=1500ms fill=0.25 mix=70/30 sizes=pow2:64..4096 order=6 chunks=64KiB@0x100000,1MiB@0x40000000 algo=best_fit variant=pre-patch seed=-3",
        "threads=1 duration=2m fill=1 mix=0/100 sizes=list:96*3,4096,100000*2 order=0 chunks=3*8KiB@0x2000 algo=first_fit_align:64 variant=mainline seed=9",
        "threads=16 ops=7 fill=0.125 mix=100/0 sizes=uniform:1..1 order=12 chunks=1GiB@0xffffffffc0000000 algo=fixed:8192 variant=mainline seed=0",
        "threads=3 duration=10s fill=0.5 mix=50/50 sizes=uniform:32..2048 order=5 chunks=96@0x1000 algo=first_fit variant=v4-patch seed=5",
        "threads=5 ops=1 fill=0.5 mix=100/0 sizes=uniform:32..2048 order=5 chunks=4MiB@0x20 algo=first_fit_order_align variant=pre-patch seed=5",
    })
    void theWrittenFormReadsBackToTheSameWorkloadAndIsWrittenAgainTheSame(String text) {
        Workload workload = Workload.parse(text);
        assertEquals(text, workload.text());
        assertEquals(workload, Workload.parse(workload.text()));
    }

    @Test
    void aChunkCountLaysChunksBackToBack() {
        Workload workload = Workload.parse("chunks=3*64KiB@0x100000,4K@0x900000");
        assertEquals(List.of(new ChunkSpec(0x100000, 65536), new ChunkSpec(0x110000, 65536),
                new ChunkSpec(0x120000, 65536), new ChunkSpec(0x900000, 4096)), workload.pool().chunks());
        assertEquals("3*64KiB@0x100000,4KiB@0x900000", workload.text().replaceAll(".*chunks=(\\S+).*", "$1"));
    }

    @Test
    void aTimedWorkloadKeepsItsDuration() {
        assertEquals(new RunLength.Timed(Duration.ofMillis(250)), Workload.parse("duration=250ms").length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "threads=x|threads=x|whole number",
        "threads=0|threads=0|threads must be 1..1024",
        "thread=4|thread=4|unknown key 'thread'",
        "seed|seed|expected key=value",
        "threads=4 threads=5|threads=5|given twice",
        "ops=5 duration=1s|ops=5 duration=1s|not both",
        "ops=0|ops=0|at least 1",
        "duration=5h|duration=5h|500ms, 10s or 2m",
        "fill=1.5|fill=1.5|(0, 1]",
        "fill=half|fill=half|fraction",
        "mix=70/20|mix=70/20|add up to 100",
        "sizes=unif:1..2|sizes=unif:1..2|unknown size distribution 'unif'",
        "sizes=uniform:64..32|sizes=uniform:64..32|min <= max",
        "sizes=pow2:48..64|sizes=pow2:48..64|powers of two",
        "sizes=list:64*0|sizes=list:64*0|weight >= 1",
        "sizes=uniform:32..2Q|sizes=uniform:32..2Q|'2Q'",
        "chunks=4MiB|chunks=4MiB|[COUNT*]SIZE@ADDRESS",
        "chunks=4MiB@0xZZ|chunks=4MiB@0xZZ|address",
        "chunks=4MiB@0x0,1MiB@0x100000|chunks=4MiB@0x0,1MiB@0x100000|overlaps",
        "chunks=1MiB@0xfffffffffff00001|chunks=1MiB@0xfffffffffff00001|top of the address space",
        "algo=worst_fit|algo=worst_fit|unknown algorithm 'worst_fit'",
        "algo=first_fit_align|algo=first_fit_align|needs a byte count",
        "algo=first_fit_align:48|algo=first_fit_align:48|power-of-two",
        "algo=best_fit variant=v4-patch|algo=best_fit variant=v4-patch|first_fit only",
        "order=63|order=63|0..62",
        "variant=v5|variant=v5|unknown variant 'v5'",
        "algo=first_fit_align:9223372036854775808|algo=first_fit_align:9223372036854775808|"
                + "byte count '9223372036854775808' is too large (the largest is 9223372036854775807)",
        "algo=fixed:99999999999999999999999|algo=fixed:99999999999999999999999|'99999999999999999999999' is too large",
        "algo=first_fit_align:9223372036854775807|algo=first_fit_align:9223372036854775807|got 9223372036854775807",
        "sizes=uniform:1..8589934592G|sizes=uniform:1..8589934592G|'8589934592G' is too large (the largest is 8589934591G)",
        "duration=0s|duration=0s|a duration must be positive, got '0s'",
        "duration=0ms|duration=0ms|got '0ms'",
    })
    void aBadTokenIsNamedWithWhatIsWrong(String text, String token, String problem) {
        WorkloadFormatException e = assertThrows(WorkloadFormatException.class, () -> Workload.parse(text));
        assertEquals(token, e.token());
        assertTrue(e.getMessage().startsWith("bad workload token '" + token + "': "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }
}
