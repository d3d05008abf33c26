package dev.poolscope.ui.session;

import dev.poolscope.trace.BranchOrigin;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the parent of a branch being opened opens beside it, and which file it is. Asked on the
 * opening job's thread, once the branch is read; a policy that asks the user waits for the answer.
 */
@FunctionalInterface
public interface ParentPolicy {

    /** Branches open alone. */
    ParentPolicy NONE = (branch, origin) -> Optional.empty();

    /** Branches open beside their parents, wherever {@link BranchParents} finds them. */
    ParentPolicy ALWAYS = BranchParents::locate;

    /** The parent to open beside {@code branch}, whose header names {@code origin}; empty to open it alone. */
    Optional<Path> parentOf(Path branch, BranchOrigin origin);
}
