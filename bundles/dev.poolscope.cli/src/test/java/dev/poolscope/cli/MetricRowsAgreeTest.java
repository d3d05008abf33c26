package dev.poolscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code poolscope metrics --csv} and a report's metrics table show one state with the same rows: every
 * column the report's {@code metrics.csv} has, the CLI's pool row has under the same name, with the same text.
 */
class MetricRowsAgreeTest {

    /** The report's request sizes (its U(n) chart's), which the CLI is asked for. */
    private static final String REPORT_UNITS = "1,4,16,64,256";

    @TempDir
    Path dir;

    private static CommandRun ok(String... args) {
        CommandRun run = CommandRun.of(args);
        assertEquals(0, run.exitCode, () -> String.join(" ", args) + "\n" + run);
        return run;
    }

    /** The report's metrics rows of {@code input}: header first. */
    private List<String> reportRows(String... input) throws IOException {
        Path report = dir.resolve("report");
        String[] args = new String[input.length + 3];
        args[0] = "report";
        System.arraycopy(input, 0, args, 1, input.length);
        args[input.length + 1] = "-o";
        args[input.length + 2] = report.toString();
        ok(args);
        return Files.readAllLines(report.resolve("metrics.csv"));
    }

    /** Each of the report's cells in {@code reportRow} equals the CLI's pool row's cell of the same column. */
    private static void assertSameRow(String reportHeader, String reportRow, List<String> cli) {
        List<String> cliColumns = Arrays.asList(cli.get(0).split(",", -1));
        String[] pool = cli.get(1).split(",", -1);
        assertEquals("pool", pool[1], cli.get(1));
        String[] columns = reportHeader.split(",", -1);
        String[] cells = reportRow.split(",", -1);
        for (int i = 0; i < columns.length; i++) {
            int cliColumn = cliColumns.indexOf(columns[i]);
            assertTrue(cliColumn >= 0, "the CLI's CSV has the report's column " + columns[i] + ": " + cli.get(0));
            assertEquals(cells[i], pool[cliColumn], columns[i] + "\nreport: " + reportRow + "\ncli:    " + cli.get(1));
        }
    }

    @Test
    void aTraceStateHasTheSameRowsInTheCliAndTheReport() throws IOException {
        Path trace = dir.resolve("full.pst");
        ok("record", "--scheduled", "--workload", "threads=2 ops=400 fill=1 sizes=uniform:32..3000 "
                + "chunks=16KiB@0x10000000,8KiB@0x20000000", "--seed", "4", "-o", trace.toString());
        List<String> report = reportRows(trace.toString());
        assertEquals("event", report.get(0).split(",")[0]);
        for (String row : List.of(report.get(report.size() / 2), report.get(report.size() - 1))) {
            String event = row.split(",")[0];
            List<String> cli = ok("metrics", trace.toString(), "--at", event, "--csv", "--request-units", REPORT_UNITS)
                    .lines();
            assertSameRow(report.get(0), row, cli);
        }
    }

    @Test
    void aLogStateHasTheSameRowsInTheCliAndTheReport() throws IOException {
        Path log = dir.resolve("ops.csv");
        Files.writeString(log, "op,size,id\nalloc,256,1\nalloc,250,2\nalloc,256,3\nalloc,256,4\n"
                + "free,,1\nfree,,3\nalloc,384,5\nalloc,1024,6\n");
        String pool = "order=5 chunks=1KiB@0x10000000";
        List<String> report = reportRows(log.toString(), "--pool", pool);
        String end = report.get(report.size() - 1);
        assertTrue(end.startsWith("8,16,2,8,"), end);
        List<String> cli = ok("metrics", log.toString(), "--pool", pool, "--at", "8", "--csv", "--request-units",
                REPORT_UNITS).lines();
        assertSameRow(report.get(0), end, cli);
    }
}
