package dev.poolscope.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What is at a path, found without opening it (symbolic links followed): opening a FIFO blocks
 * until something writes to it, so readers and writers look first and refuse anything but the
 * kind they write or read.
 */
public enum FileKind {
    ABSENT("nothing"),
    REGULAR("a regular file"),
    DIRECTORY("a directory"),
    FIFO("a FIFO (named pipe)"),
    CHARACTER_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    SOCKET("a socket"),
    OTHER("a special file");

    /** The file type bits of a Unix mode, and the types' values (sys/stat.h). */
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFSOCK = 0140000;

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    /** "a FIFO (named pipe)", "a directory", ...: what a message says the file is. */
    public String description() {
        return description;
    }

    /**
     * The kind of {@code path}.
     *
     * @throws IOException when the path cannot be looked at (e.g. a directory on the way cannot be searched)
     */
    public static FileKind of(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return ABSENT;
        }
        if (attributes.isRegularFile()) {
            return REGULAR;
        } else if (attributes.isDirectory()) {
            return DIRECTORY;
        }
        return special(path);
    }

    /** A FIFO, device or socket, told apart by the Unix mode where the file system has one. */
    private static FileKind special(Path path) throws IOException {
        int type;
        try {
            type = (Integer) Files.getAttribute(path, "unix:mode") & S_IFMT;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return OTHER; // no Unix attributes here: "a special file" is all that can be said
        }
        return switch (type) {
            case S_IFIFO -> FIFO;
            case S_IFCHR -> CHARACTER_DEVICE;
            case S_IFBLK -> BLOCK_DEVICE;
            case S_IFSOCK -> SOCKET;
            default -> OTHER;
        };
    }
}
