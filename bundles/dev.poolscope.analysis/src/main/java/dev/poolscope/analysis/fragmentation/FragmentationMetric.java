package dev.poolscope.analysis.fragmentation;

/**
 * The fragmentation metrics as a user reads them: a name, a symbol and the formula in words, the one
 * text a tooltip, a table header or a report footnote shows. Units are allocation units unless the
 * name says bytes; an extent is a maximal run of free units inside one chunk.
 */
public enum FragmentationMetric {

    FREE("Free units", "F", "F", "F = the number of free units"),
    EXTENTS("Free extents", "R", "R", "R = the number of free extents (maximal runs of free units)"),
    LARGEST("Largest extent", "L", "L", "L = the length of the longest free extent; 0 when R = 0"),
    MEAN_EXTENT("Mean extent", "F/R", "mean_extent", "F/R = the mean free extent length; 0 when R = 0"),
    HISTOGRAM("Extent histogram", "h(c)", "histogram",
            "h(c) = the number of free extents with 2^c \u2264 length < 2^(c+1) (the buddyinfo analogue)"),
    EXTERNAL("External fragmentation", "E", "E", "E = 1 \u2212 L/F; 0 when F = 0"),
    UNUSABLE("Unusable free index", "U(n)", "U_",
            "U(n) = (F \u2212 n\u00b7S(n)) / F, S(n) = \u03a3 over extents of \u230alength/n\u230b; 1 when F = 0"
                    + " (mm/vmstat.c)"),
    UNUSABLE_ALIGNED("Unusable free index, aligned", "Ua(n)", "Ua_",
            "Ua(n) = (F \u2212 n\u00b7Sa(n)) / F, Sa(n) = the n-unit slots inside free extents that start on a"
                    + " multiple of n from the chunk's first unit; 1 when F = 0"),
    FRAGMENTATION_INDEX("Fragmentation index", "FI(n)", "FI_",
            "FI(n) = \u22121 when some extent has length \u2265 n; 0 when R = 0; otherwise 1 \u2212 (1 + F/n) / R"
                    + " (mm/vmstat.c; near 1: the failure is fragmentation's, near 0: lack of memory)"),
    INTERNAL_BYTES("Internal fragmentation (bytes)", "I", "internal_bytes",
            "I = \u03a3 over live requests of (\u2308size/unit\u2309\u00b7unit \u2212 size) bytes");

    private final String title;
    private final String symbol;
    private final String column;
    private final String formula;

    FragmentationMetric(String title, String symbol, String column, String formula) {
        this.title = title;
        this.symbol = symbol;
        this.column = column;
        this.formula = formula;
    }

    /** The metric's name in a few words, as a table row or a chart legend shows it. */
    public String title() {
        return title;
    }

    /** The short symbol the formulas use. */
    public String symbol() {
        return symbol;
    }

    /**
     * The name of its CSV column, the same in every CSV the product writes ({@code metrics --csv}, {@code compare
     * --csv}, a report's tables); a metric of a request size n ends in "_", to which n is appended ("U_64").
     */
    public String column() {
        return column;
    }

    /** True for a metric of a request size n: U(n), Ua(n), FI(n). */
    public boolean sized() {
        return column.endsWith("_");
    }

    /** The definition in one line, for a tooltip or a report footnote. */
    public String formula() {
        return formula;
    }
}
