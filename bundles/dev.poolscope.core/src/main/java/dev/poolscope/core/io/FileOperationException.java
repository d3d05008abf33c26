package dev.poolscope.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file operation that failed, said the one way every reader and writer says it: {@code cannot
 * OPERATION FILE[ (WHAT)]: REASON}, e.g. {@code cannot write ro/x.pstrace: permission denied}. The
 * JDK's own exceptions say only the path ({@link AccessDeniedException}) or only the reason (a
 * write to a full disk); this is the one place that turns them into a sentence.
 */
public final class FileOperationException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String operation;
    private final transient Path file;
    private final String what;
    private final String reason;

    private FileOperationException(String operation, Path file, String what, String reason, Throwable cause) {
        super("cannot " + operation + " " + file + (what.isEmpty() ? "" : " (" + what + ")") + ": " + reason, cause);
        this.operation = operation;
        this.file = file;
        this.what = what;
        this.reason = reason;
    }

    /** {@code operation} ("read", "write", ...) on {@code file} failed for {@code reason}, found without an exception. */
    public static FileOperationException of(String operation, Path file, String reason) {
        return new FileOperationException(operation, file, "", reason, null);
    }

    /** {@code operation} on {@code file} failed with {@code cause}; the reason is the cause's, in words. */
    public static FileOperationException of(String operation, Path file, IOException cause) {
        return of(operation, file, "", cause);
    }

    /** As {@link #of(String, Path, IOException)}, saying {@code what} was being done, e.g. "a block at byte 4096". */
    public static FileOperationException of(String operation, Path file, String what, IOException cause) {
        return new FileOperationException(operation, file, what, reasonOf(cause), cause);
    }

    /** This failure with {@code outcome} after its reason: what became of the files, e.g. what was kept. */
    public FileOperationException withOutcome(String outcome) {
        return new FileOperationException(operation, file, what, reason + "; " + outcome, this);
    }

    public String operation() {
        return operation;
    }

    public Path file() {
        return file;
    }

    public String reason() {
        return reason;
    }

    /**
     * Why {@code failure} happened, in the lower-case words of the command line: "no such file",
     * "permission denied", "already exists", "no space left on device", ...
     */
    public static String reasonOf(IOException failure) {
        if (failure instanceof FileOperationException known) {
            return known.reason;
        } else if (failure instanceof NoSuchFileException) {
            return "no such file";
        } else if (failure instanceof AccessDeniedException) {
            return "permission denied";
        } else if (failure instanceof FileAlreadyExistsException) {
            return "already exists";
        } else if (failure instanceof DirectoryNotEmptyException) {
            return "not an empty directory";
        } else if (failure instanceof NotDirectoryException) {
            return "not a directory";
        } else if (failure instanceof FileSystemException system && system.getReason() != null) {
            return lowerCased(system.getReason()); // e.g. "Is a directory", "Read-only file system"
        }
        return failure.getMessage() == null ? failure.toString() : lowerCased(failure.getMessage());
    }

    /** "No space left on device" as "no space left on device"; an acronym ("EIO ...") stays as it is. */
    private static String lowerCased(String text) {
        boolean word = text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1));
        return word ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text;
    }
}
