package dev.poolscope.core.oracle;

import java.nio.file.Path;
import java.util.List;

/**
 * What one vector file gave: how many expected results were compared, how many differed, and the
 * first few differences in words.
 *
 * @param checked  lines carrying {@code ->} that were compared, plus lines whose call threw
 * @param failed   of those, the ones that differed or threw
 * @param failures descriptions of the first failures, each naming file and line
 */
public record VectorReport(Path file, long checked, long failed, List<String> failures) {

    /** True when results were checked and none failed: a file with nothing to check proves nothing. */
    public boolean passed() {
        return failed == 0 && checked > 0;
    }
}
