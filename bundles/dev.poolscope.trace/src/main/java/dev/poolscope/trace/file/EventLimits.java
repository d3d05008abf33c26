package dev.poolscope.trace.file;

/**
 * What the header of a file allows its events: LABEL events exist only in version 2, and name an
 * entry of the header's label table.
 *
 * @param version the file's format version
 * @param labels  entries in its label table
 */
record EventLimits(int version, int labels) {

    /** Why an event of kind code 18 (LABEL) naming label {@code label} is refused, or null when it is not. */
    String labelProblem(long label) {
        if (version < TraceFormat.VERSION_2) {
            return "LABEL (kind code 18) is a format version 2 event, and this file is version " + version;
        }
        return label >= 0 && label < labels ? null
                : "label " + label + " is not in the header's table of " + labels + " labels";
    }
}
