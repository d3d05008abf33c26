package dev.poolscope.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers of a report as rows under named columns: shown as an HTML table or as a chart, and always
 * also written as {@code NAME.csv}, so every number the page shows can be read by a program.
 * Cells are text already formatted in {@link java.util.Locale#ROOT}. Immutable once built.
 *
 * @param name    the CSV file's name without {@code .csv}: lowercase letters, digits and dashes
 * @param columns the header, one name per column
 * @param rows    the cells, each row as many as there are columns
 */
public record Table(String name, List<String> columns, List<List<String>> rows) {

    public Table {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a table's file name takes lowercase letters, digits and dashes: " + name);
        }
        columns = List.copyOf(columns);
        List<List<String>> copies = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row of " + row.size() + " cells under "
                        + columns.size() + " columns: " + row);
            }
            copies.add(List.copyOf(row));
        }
        rows = List.copyOf(copies);
    }

    /** The CSV file this table is written as. */
    public String csvFile() {
        return name + ".csv";
    }

    /** The table as CSV (RFC 4180): a header line, then one line per row; a cell with a comma or quote is quoted. */
    public String csv() {
        StringBuilder text = new StringBuilder();
        line(text, columns);
        for (List<String> row : rows) {
            line(text, row);
        }
        return text.toString();
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n");
            text.append(i == 0 ? "" : ",").append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        text.append("\r\n");
    }

    /** The number in column {@code column} of row {@code row}, for a chart. */
    double number(int row, int column) {
        return Double.parseDouble(rows.get(row).get(column));
    }
}
