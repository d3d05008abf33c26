package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.io.WholeOutput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fidelity and import end to end on hand-made captures: the output, the last line, exit codes, files written whole. */
class FidelityImportCommandsTest {

    /**
     * Pool 0xffff888003a1c000: one chunk of 128 units of 32 bytes; first_fit 64 bytes at units 0-1,
     * best_fit 32 at unit 2, a free of units 0-1, first_fit 32 at unit 0, 9000 bytes failing; its
     * final snapshot holds units 0 and 2. Pool 0xffff888003a1d000 started before the capture with
     * units 0-2 allocated; a first_fit 32 lands at unit 3 and the free of units 0-2 is of memory
     * allocated before.
     */
    private static final String CAPTURE = """
            poolscope-capture 1
            kernel 6.1.0-test-amd64
            params ring=4096 stack=1 pools=all names=all
            0 cpu=0 pid=100 comm=gpwork t0=1000 t1=1050 create order=5 nid=-1 pool=0xffff888003a1c000
            1 cpu=0 pid=100 comm=gpwork t0=1100 t1=1150 add pool=0xffff888003a1c000 virt=0x10000000 phys=0x90000000 size=4096 nid=-1 ret=0
            2 cpu=0 pid=100 comm=gpwork t0=1200 t1=1250 alloc pool=0xffff888003a1c000 size=64 algo=gen_pool_first_fit data=- addr=0x10000000 caller=snd_init+0x10/0x80[snd] stack=snd_init+0x10/0x80[snd]
            3 cpu=1 pid=101 comm=kworker/1:2 t0=1300 t1=1350 alloc pool=0xffff888003a1c000 size=32 algo=gen_pool_best_fit data=- addr=0x10000040 caller=snd_pcm+0x20/0x80[snd] stack=-
            4 snapshot pool=0xffff888003a1d000 why=first order=5 algo=gen_pool_first_fit data=- name=atomic_pool chunks=1
            chunk start=0x30000000 end=0x300007ff phys=0x30000000 avail=1952 bits=64
            words 0 0000000000000007
            5 cpu=0 pid=1 comm=swapper/0 t0=1400 t1=1450 alloc pool=0xffff888003a1d000 size=32 algo=gen_pool_first_fit data=- addr=0x30000060 caller=dma_alloc+0x5/0x50 stack=-
            6 cpu=0 pid=100 comm=gpwork t0=1500 t1=1550 free pool=0xffff888003a1c000 addr=0x10000000 size=64 caller=snd_exit+0x3/0x40[snd] stack=-
            7 cpu=0 pid=100 comm=gpwork t0=1600 t1=1650 alloc pool=0xffff888003a1c000 size=32 algo=gen_pool_first_fit data=- addr=0x10000000 caller=snd_init+0x10/0x80[snd] stack=-
            8 cpu=0 pid=100 comm=gpwork t0=1700 t1=1750 alloc pool=0xffff888003a1c000 size=9000 algo=gen_pool_first_fit data=- addr=0x0 caller=snd_init+0x10/0x80[snd] stack=-
            9 cpu=0 pid=1 comm=swapper/0 t0=1800 t1=1850 free pool=0xffff888003a1d000 addr=0x30000000 size=96 caller=dma_free+0x5/0x50 stack=-
            10 snapshot pool=0xffff888003a1c000 why=final order=5 algo=gen_pool_first_fit data=- name=- chunks=1
            chunk start=0x10000000 end=0x10000fff phys=0x90000000 avail=4032 bits=128
            words 0 0000000000000005 0000000000000000
            end records=11 lost=0
            """;

    @TempDir
    Path dir;

    private Path capture(String text) throws IOException {
        Path file = dir.resolve("gpwork.capture");
        Files.writeString(file, text);
        return file;
    }

    private static CommandRun run(int exit, String... args) {
        return CommandRun.expecting(exit, args);
    }

    @Test
    void fidelityPrintsABlockPerPoolAndTheTotalsLast() throws IOException {
        Path file = capture(CAPTURE);
        List<String> lines = run(0, "fidelity", file.toString()).lines();

        assertEquals(file + ": kernel 6.1.0-test-amd64, 11 records, 2 pools", lines.get(0));
        assertEquals("PASS pool 0xffff888003a1c000 name -: order 5, 1 chunk, start created", lines.get(1));
        assertEquals("  algorithms: gen_pool_first_fit, gen_pool_best_fit", lines.get(2));
        assertEquals("  allocs: 4 checked, 4 passed, 0 failed (1 of them failed in the kernel); frees: 1, 0 failed", lines.get(3));
        assertEquals("  final bitmap: equal to the end snapshot (every chunk's words and avail)", lines.get(5));
        assertEquals("  first divergence: none", lines.get(6));
        assertEquals("PASS pool 0xffff888003a1d000 name atomic_pool: order 5, 1 chunk, start snapshot", lines.get(7));
        assertTrue(lines.contains("  final bitmap: not compared: the capture has no final or destroy snapshot of this pool"),
                lines.toString());
        assertEquals("5 passed, 0 failed", lines.get(lines.size() - 1));
    }

    @Test
    void aWrongKernelAddressFailsWithItsSeqAndExitCode1() throws IOException {
        Path file = capture(CAPTURE.replace("size=32 algo=gen_pool_best_fit data=- addr=0x10000040",
                "size=32 algo=gen_pool_best_fit data=- addr=0x10000060"));
        CommandRun run = run(1, "fidelity", file.toString(), "--pool", "0xffff888003a1c000");

        assertTrue(run.out.startsWith(file + ": kernel 6.1.0-test-amd64, 11 records, 2 pools\nFAIL pool 0xffff888003a1c000"), run.out);
        assertTrue(run.out.contains("  first divergence: seq 3: alloc of 32 bytes by snd_pcm+0x20/0x80[snd]: kernel 0x10000060, "
                + "replay 0x10000040\n"), run.out);
        assertTrue(run.out.contains("  final bitmap: differs from the end snapshot: chunk [0x10000000-0x10000fff] word 0: "
                + "kernel 0000000000000005, replay 0000000000000009\n"), run.out);
        assertFalse(run.out.contains("atomic_pool"), "only the pool asked for");
        assertTrue(run.out.endsWith("\n3 passed, 1 failed\n"), run.out);
    }

    @Test
    void aBadCaptureOrAnUnknownPoolIsExitCode2WithFileAndLine() throws IOException {
        String damaged = CAPTURE.replace("7 cpu=0 pid=100", "8 cpu=0 pid=100");
        Path file = capture(damaged);
        long line13 = damaged.lines().limit(12).mapToLong(l -> l.length() + 1).sum(); // the byte where line 13 starts
        assertEquals("poolscope fidelity: " + file + ":13 (byte " + line13 + "): seq '8' where the next record's is 7 (seq counts records from 0 "
                + "with no gaps)\n", run(2, "fidelity", file.toString()).err);
        Path good = capture(CAPTURE);
        assertTrue(run(2, "fidelity", good.toString(), "--pool", "0x1").err.startsWith("poolscope fidelity: no pool 0x1 in "));
        Path none = dir.resolve("absent.capture");
        assertEquals("poolscope fidelity: cannot read " + none + ": no such file\n", run(2, "fidelity", none.toString()).err);
    }

    @Test
    void aCaptureWithNoPoolIsNoPass() throws IOException {
        List<String> lines = run(1, "fidelity", capture(CAPTURE.substring(0, CAPTURE.indexOf("0 cpu")) + "end records=0 lost=0\n")
                .toString()).lines();

        assertEquals("no pool in the capture: nothing to check, which is no pass", lines.get(1));
        assertEquals("0 passed, 0 failed", lines.get(2));
    }

    @Test
    void aTruncatedCaptureSaysSoAndIsCheckedUpToItsLastWholeRecord() throws IOException {
        String cut = CAPTURE.substring(0, CAPTURE.indexOf("10 snapshot") + 30);
        CommandRun run = run(0, "fidelity", capture(cut).toString());

        assertTrue(run.out.contains("  truncated: no end line; read up to its last whole record, 30 bytes dropped from line 16\n"),
                run.out);
        assertTrue(run.out.endsWith("5 passed, 0 failed\n"), run.out);
    }

    @Test
    void importWritesTheChosenPoolsLogAndItsGeometry() throws IOException {
        Path out = dir.resolve("snd.csv");
        CommandRun run = run(0, "import", capture(CAPTURE).toString(), "--caller", "[snd]", "-o", out.toString());

        assertEquals(List.of("# pool 0xffff888003a1c000 of " + dir.resolve("gpwork.capture")
                        + " (kernel 6.1.0-test-amd64), operations in seq order",
                "# pool geometry: order=5 chunks=4096@0x10000000", "op,size,id,caller",
                "alloc,64,1,snd_init+0x10/0x80[snd]", "alloc,32,2,snd_pcm+0x20/0x80[snd]", "free,,1,snd_exit+0x3/0x40[snd]",
                "alloc,32,3,snd_init+0x10/0x80[snd]", "alloc,9000,4,snd_init+0x10/0x80[snd]"), Files.readAllLines(out));
        assertTrue(run.out.contains(": 5 operations (4 allocs, 1 of them failed in the kernel) written to " + out), run.out);
        assertTrue(run.out.contains("pool: order=5 chunks=4096@0x10000000  (pass it as --pool"), run.out);
        assertFalse(Files.exists(WholeOutput.temporaryOf(out)));

        CommandRun compare = run(0, "compare", out.toString(), "--pool", "order=5 chunks=4096@0x10000000",
                "--algorithms", "first-fit");
        assertTrue(compare.out.contains("allocation log, 5 operations (4 allocs)"), compare.out);
        run(0, "size", out.toString());
    }

    @Test
    void importOfAPoolThatStartedFromASnapshotSaysWhatTheLogCannotHold() throws IOException {
        Path out = dir.resolve("atomic.csv");
        CommandRun run = run(0, "import", capture(CAPTURE).toString(), "--pool", "0xffff888003a1d000", "-o", out.toString());

        assertTrue(run.out.contains("the kernel's pool did not start empty: 3 units were allocated at the start; the log "
                + "starts from an empty pool\n"), run.out);
        assertTrue(run.out.contains("left out: 1 free of memory allocated before the capture"), run.out);
        assertEquals("alloc,32,1,dma_alloc+0x5/0x50", Files.readAllLines(out).get(Files.readAllLines(out).size() - 1));
    }

    @Test
    void importRefusesAnAmbiguousChoiceAndWritesNothing() throws IOException {
        Path out = dir.resolve("none.csv");
        CommandRun run = run(2, "import", capture(CAPTURE).toString(), "-o", out.toString());

        assertTrue(run.err.startsWith("poolscope import: " + dir.resolve("gpwork.capture") + " has 2 pools: choose one with "
                + "--pool or --caller; the pools are: 0xffff888003a1c000 (4 allocs, callers snd_init+0x10/0x80[snd], "
                + "snd_pcm+0x20/0x80[snd]); 0xffff888003a1d000 (1 allocs, callers dma_alloc+0x5/0x50)"), run.err);
        assertFalse(Files.exists(out));
        assertTrue(run(2, "import", capture(CAPTURE).toString(), "--pool", "0x1", "--caller", "x", "-o", out.toString())
                .err.contains("give --pool or --caller, not both"));
    }

    @Test
    void importToATraceWritesOneTheCheckPassesAndRefusesAPoolWhoseReplayDiverges() throws IOException {
        Path trace = dir.resolve("snd.pstrace");
        CommandRun run = run(0, "import", capture(CAPTURE).toString(), "--caller", "[snd]", "-o", trace.toString());
        assertTrue(run.out.startsWith(dir.resolve("gpwork.capture") + ": pool 0xffff888003a1c000 name -: 4 allocs (0 "
                + "overlapped, placed as the kernel did) and 1 frees recorded to " + trace), run.out);
        CommandRun check = run(0, "replay", "--check", trace.toString());
        assertTrue(check.out.contains("3 labels"), check.out);

        Path wrong = dir.resolve("wrong.pstrace");
        Path file = capture(CAPTURE.replace("size=32 algo=gen_pool_best_fit data=- addr=0x10000040",
                "size=32 algo=gen_pool_best_fit data=- addr=0x10000060"));
        CommandRun refused = run(1, "import", file.toString(), "--pool", "0xffff888003a1c000", "-o", wrong.toString());
        assertEquals("poolscope import: pool 0xffff888003a1c000 is not written as a trace: its replay diverges at seq 3: "
                + "kernel 0x10000060, replay 0x10000040 (poolscope fidelity shows the whole check)\n", refused.err);
        assertFalse(Files.exists(wrong));
    }
}
