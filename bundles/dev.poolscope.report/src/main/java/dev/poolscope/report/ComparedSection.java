package dev.poolscope.report;

import dev.poolscope.analysis.compare.Comparison;
import dev.poolscope.analysis.compare.ComparisonCsv;
import dev.poolscope.analysis.compare.ComparisonRow;
import dev.poolscope.analysis.compare.ContenderResult;
import dev.poolscope.analysis.compare.Findings;
import dev.poolscope.analysis.failure.FailureReason;
import dev.poolscope.analysis.fragmentation.MetricRows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * "Algorithms compared": a {@link Comparison} as the report shows it, with the columns of
 * {@code poolscope compare --csv} ({@link ComparisonCsv}, the one text of a comparison's numbers), a chart of
 * E over the operations with one line per algorithm, and the failed allocations per algorithm by reason.
 */
final class ComparedSection {

    private ComparedSection() {
    }

    /** The section; {@code what} says whose operations were replayed ("the log's", "the trace's"). */
    static Section of(Comparison comparison, String what) {
        Table external = external(comparison);
        List<Integer> lines = new ArrayList<>();
        for (int i = 1; i < external.columns().size(); i++) {
            lines.add(i);
        }
        return new Section("compared", "Algorithms compared", List.of(
                new Block.Paragraph(what + " operations replayed single-threaded, in order, through each algorithm "
                        + "on a new pool of the same chunks; a failed alloc's later free is skipped."),
                new Block.Figure("compared-external", external, Block.ChartKind.LINES, 0, "operations", lines,
                        "E", false, "External fragmentation E = 1 \u2212 L/F over the operations, one line per algorithm. "
                                + "The lowest line keeps its free memory in the fewest, longest extents; a line "
                                + "that climbs and stays high is an algorithm whose holes large requests cannot use."),
                new Block.TableBlock(byReason(comparison), "Failed allocations per algorithm, by reason. Compare "
                        + "the fragmentation column: those failures had the memory, scattered."),
                new Block.TableBlock(end(comparison), "Each algorithm after the last operation, with the columns "
                        + "of 'poolscope compare --csv'.")));
    }

    /** The findings of the comparison, as {@link Findings#of} words them, each a sentence. */
    static List<String> findings(Comparison comparison) {
        List<String> sentences = new ArrayList<>();
        for (String finding : Findings.of(comparison)) {
            sentences.add(sentence(finding));
        }
        return sentences;
    }

    /** A finding as a sentence on the page: a capital first, a full stop last. */
    static String sentence(String finding) {
        String capital = Character.toUpperCase(finding.charAt(0)) + finding.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }

    private static Table end(Comparison comparison) {
        long[] units = comparison.requestUnits();
        List<List<String>> rows = new ArrayList<>();
        for (ContenderResult result : comparison.results()) {
            rows.add(Arrays.asList(ComparisonCsv.line(result.last(), units).split(",", -1)));
        }
        return new Table("compared", Arrays.asList(ComparisonCsv.header(units).split(",")), rows);
    }

    private static Table external(Comparison comparison) {
        List<String> columns = new ArrayList<>(List.of("after_ops"));
        comparison.results().forEach(result -> columns.add(result.contender().name()));
        List<List<String>> rows = new ArrayList<>();
        List<ComparisonRow> first = comparison.results().get(0).rows();
        for (int k = 0; k < first.size(); k++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(first.get(k).afterOps())));
            for (ContenderResult result : comparison.results()) {
                row.add(MetricRows.csvNumber(result.rows().get(k).extents().external()));
            }
            rows.add(row);
        }
        return new Table("compared-external", columns, rows);
    }

    private static Table byReason(Comparison comparison) {
        List<String> columns = new ArrayList<>(List.of("algorithm", "allocs", "failed"));
        for (FailureReason reason : FailureReason.values()) {
            columns.add(reason.column());
        }
        List<List<String>> rows = new ArrayList<>();
        for (ContenderResult result : comparison.results()) {
            ComparisonRow last = result.last();
            List<String> row = new ArrayList<>(List.of(last.contender(), Long.toString(last.allocs()),
                    Long.toString(last.failed())));
            for (FailureReason reason : FailureReason.values()) {
                row.add(Long.toString(last.failed(reason)));
            }
            rows.add(row);
        }
        return new Table("compared-failures", columns, rows);
    }
}
