package dev.poolscope.trace.ctf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.testkit.Babeltrace2;
import dev.poolscope.testkit.PrefilledRun;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.UnitRuns;
import dev.poolscope.trace.file.TraceFile;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A version 2 trace (start state, labels) exported and read by babeltrace2: labels as text, the start state in the env. */
class CtfVersion2Test {

    private static final List<String> CALLERS = List.of("dma_direct_alloc+0x1a/0x40", "gpwork_run+0x127/0x1000");

    @TempDir
    Path dir;

    @Test
    void labelEventsCarryTheirTextAndTheEnvTheStartState() throws Exception {
        PrefilledRun run = PrefilledRun.record(3, 60, 40, CALLERS);
        Path file = dir.resolve("v2.pstrace");
        run.toFile(file);
        try (TraceFile trace = TraceFile.open(file)) {
            TraceHeader header = trace.header();
            assertTrue(header.start().units() > 0, "the fill left units set");
            Path ctf = dir.resolve("ctf");
            assertEquals(trace.eventCount(), CtfExport.export(trace, ctf));
            List<String> lines = Babeltrace2.events(dir, ctf);
            assertEquals(trace.eventCount(), lines.size(), "one line per event");
            Event label = run.trace().events().stream().filter(e -> e.kind() == EventKind.LABEL).findFirst().orElseThrow();
            String expected = String.format("label: { thread_id = 0 }, { seq = %d, chunk = -1, label = %d, text = \"%s\" }",
                    label.seq(), label.p0(), CALLERS.get((int) label.p0()));
            assertTrue(lines.stream().anyMatch(line -> line.endsWith(expected)), "no line ends with: " + expected);
            long labels = run.trace().events().stream().filter(e -> e.kind() == EventKind.LABEL).count();
            assertEquals(labels, lines.stream().filter(line -> line.contains("label: ")).count());

            String details = Babeltrace2.details(dir, ctf);
            UnitRuns chunk0 = header.start().chunk(0);
            StringBuilder runs = new StringBuilder();
            for (int i = 0; i < chunk0.count(); i++) {
                runs.append(i == 0 ? "" : " ").append(chunk0.start(i)).append('+').append(chunk0.length(i));
            }
            assertTrue(details.contains("poolscope_start_chunk_0: " + runs), details.substring(0, 3000));
            assertTrue(details.contains("poolscope_start_units: " + header.start().units()), details.substring(0, 3000));
            assertTrue(details.contains("poolscope_labels: 2"), details.substring(0, 3000));
        }
    }
}
