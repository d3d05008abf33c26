package dev.poolscope.ui.session;

import dev.poolscope.trace.BranchOrigin;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a branch's parent is now: at the path its header names, or else beside the branch under the
 * same file name (the two moved together, to another machine say).
 */
public final class BranchParents {

    private BranchParents() {
    }

    /** The parent of {@code branch} that {@code origin} names, if it is found. */
    public static Optional<Path> locate(Path branch, BranchOrigin origin) {
        try {
            Path named = Path.of(origin.parent());
            if (Files.isRegularFile(named)) {
                return Optional.of(named);
            }
            Path beside = branch.toAbsolutePath().resolveSibling(named.getFileName());
            return Files.isRegularFile(beside) && !beside.equals(branch.toAbsolutePath()) ? Optional.of(beside)
                    : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty(); // a path of another system: it cannot be here
        }
    }
}
