package dev.poolscope.trace.file;

/**
 * What the header of a file allows its events: LABEL events exist only in version 2, and name an
 * entry of the header's label table.
 *
 * @param version the file's format version
 * @param labels  entries in its label table
 */
record EventLimits(int version, int labels) {

    /** Why a LABEL event (kind code 18) is refused in this file whatever it names, or null when it is not. */
    String kindProblem() {
        return version >= TraceFormat.VERSION_2 ? null
                : "LABEL (kind code 18) is a format version 2 event, and this file is version " + version;
    }

    /** Why a LABEL event naming label {@code label} is refused, or null when it is not. */
    String labelProblem(long label) {
        return label >= 0 && label < labels ? null
                : "label " + label + " is not in the header's table of " + labels + " labels";
    }
}
