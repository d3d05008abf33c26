package dev.poolscope.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An output written whole or not at all, as every command that writes one does it: the target is
 * checked first, the output is written beside it under a temporary name ({@code TARGET.part}) and
 * moved into place only when whole; a failure leaves the target as it was and no temporary behind.
 * <pre>
 * try (WholeOutput out = WholeOutput.file(target)) {
 *     write(out.temporary());
 *     out.commit();
 * }
 * </pre>
 * A temporary already there is never overwritten: a run that was killed may have left it, and it
 * may be all that is left of that run.
 */
public final class WholeOutput implements AutoCloseable {

    /** Appended to the target's name for the temporary. */
    public static final String SUFFIX = ".part";

    private final Path target;
    private final Path temporary;
    private final boolean targetExisted;
    private boolean committed;

    private WholeOutput(Path target, boolean targetExisted) {
        this.target = target;
        this.temporary = temporaryOf(target);
        this.targetExisted = targetExisted;
    }

    /**
     * A file at {@code target}, which must be absent or a regular file (then replaced); creates the
     * empty temporary file.
     *
     * @throws FileOperationException naming the target, when it cannot be written
     */
    public static WholeOutput file(Path target) throws FileOperationException {
        FileKind kind = kindOf(target);
        if (kind != FileKind.ABSENT && kind != FileKind.REGULAR) {
            throw FileOperationException.of("write", target, kind == FileKind.DIRECTORY ? "is a directory"
                    : "is " + kind.description() + ", not a regular file");
        }
        WholeOutput output = new WholeOutput(target, kind == FileKind.REGULAR);
        output.create(false);
        return output;
    }

    /**
     * A directory at {@code target}, which must be absent or an empty directory (then replaced);
     * creates the empty temporary directory.
     *
     * @throws FileOperationException naming the target, when it cannot be written
     */
    public static WholeOutput directory(Path target) throws FileOperationException {
        FileKind kind = kindOf(target);
        if (kind == FileKind.DIRECTORY && !isEmpty(target)) {
            throw FileOperationException.of("write", target, "not an empty directory: only a new or an empty directory "
                    + "is written, so that no file of another output is mixed in");
        } else if (kind != FileKind.ABSENT && kind != FileKind.DIRECTORY) {
            throw FileOperationException.of("write", target, "is " + kind.description() + ", not a directory");
        }
        WholeOutput output = new WholeOutput(target, kind == FileKind.DIRECTORY);
        output.create(true);
        return output;
    }

    /** Where the output for {@code target} is written until it is whole. */
    public static Path temporaryOf(Path target) {
        return target.resolveSibling(target.getFileName() + SUFFIX);
    }

    public Path target() {
        return target;
    }

    /** The file or directory to write into. */
    public Path temporary() {
        return temporary;
    }

    /**
     * Puts the written output on disk and moves it to the target in one rename, replacing what is there.
     *
     * @throws FileOperationException naming the target, when either fails; the target is then as it was
     */
    public void commit() throws FileOperationException {
        try {
            for (Path file : files()) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    channel.force(true); // on disk before the rename: a crash leaves the old target or the whole new one
                }
            }
            // one rename(2): readers see the old target or the new one, never a mix; an empty directory is replaced too
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw FileOperationException.of("write", target, "moving " + temporary + " into place", e);
        }
        committed = true;
    }

    /**
     * {@code failure} of the writing, saying that nothing was kept; a {@link FileOperationException}
     * stays one. Call it before {@link #close()} deletes the temporary.
     */
    public IOException failed(IOException failure) {
        String outcome = "nothing was kept (" + temporary + " is deleted): " + target
                + (targetExisted ? " is as it was" : " was not created");
        return failure instanceof FileOperationException known ? known.withOutcome(outcome)
                : new IOException(failure.getMessage() + "; " + outcome, failure);
    }

    /** Deletes the temporary unless the output was committed. */
    @Override
    public void close() throws FileOperationException {
        if (!committed && Files.exists(temporary, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> all = Files.walk(temporary)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) { // a directory's files before it
                    Files.deleteIfExists(path);
                }
            } catch (IOException e) {
                throw FileOperationException.of("delete", temporary, "the unfinished output", e);
            }
        }
    }

    private void create(boolean directory) throws FileOperationException {
        try {
            if (directory) {
                Files.createDirectory(temporary);
            } else {
                Files.createFile(temporary);
            }
        } catch (FileAlreadyExistsException e) {
            throw FileOperationException.of("write", target, temporary + " is in the way: a run that was killed may "
                    + "have left it; open or move it, or delete it");
        } catch (NoSuchFileException e) {
            throw FileOperationException.of("write", target, "no such directory " + target.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw FileOperationException.of("write", target, "creating " + temporary, e);
        }
    }

    /** The regular files written: the temporary file, or those in the temporary directory. */
    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(temporary)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static FileKind kindOf(Path target) throws FileOperationException {
        try {
            return FileKind.of(target);
        } catch (IOException e) {
            throw FileOperationException.of("write", target, e);
        }
    }

    private static boolean isEmpty(Path directory) throws FileOperationException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw FileOperationException.of("write", directory, e);
        }
    }
}
