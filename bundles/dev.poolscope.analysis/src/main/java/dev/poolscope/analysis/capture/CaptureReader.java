package dev.poolscope.analysis.capture;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.core.io.InputFiles;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a kernel capture (CAPTURE-FORMAT.md, version 1) whole and strictly: the first line that
 * does not follow the format stops the reading with {@code FILE:LINE: PROBLEM}. A capture with no
 * {@code end} line was cut short: it is used up to its last whole record (a last line without its
 * line end, and a snapshot whose chunks or words are not all there, are dropped), and the
 * {@link Capture} says how many bytes were dropped and from which line.
 */
public final class CaptureReader {

    private final Path file;
    private final List<CaptureRecord> records = new ArrayList<>();
    private long lost;
    private SnapshotBlock block;
    private CaptureLines.Line blockStart;
    private CaptureLines.Line line;
    /** The last event so far, whose t1 the next event's may not be below. */
    private CaptureEvent lastEvent;

    private CaptureReader(Path file) {
        this.file = file;
    }

    /**
     * Reads all of {@code file}.
     *
     * @throws CaptureFormatException on the first line that does not follow the format
     * @throws FileOperationException naming the file, when it is not a regular file or cannot be read
     */
    public static Capture read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Channels.newInputStream(InputFiles.open(file)), 1 << 16)) {
            return new CaptureReader(file).readAll(new CaptureLines(file, in));
        } catch (FileOperationException | CaptureFormatException e) {
            throw e;
        } catch (IOException e) { // a read that failed part-way
            throw FileOperationException.of("read", file, e);
        }
    }

    private Capture readAll(CaptureLines lines) throws IOException {
        CaptureHeader header = header(lines);
        boolean ended = false;
        CaptureLines.Line partial = null;
        for (line = lines.next(); line != null && partial == null; line = lines.next()) {
            if (ended) {
                throw malformed("text after the end line");
            }
            if (!line.terminated()) {
                partial = line; // the last line, cut short, unless the end line came before it
            } else {
                ended = take(line.text());
            }
        }
        if (ended) {
            return new Capture(file, header, records, lost, 0, 0);
        }
        long dropFrom = partial != null ? partial.offset() : lines.offset();
        long stoppedAt = partial != null ? partial.number() : lines.lineCount() + 1;
        if (block != null && block.isComplete()) {
            records.add(block.build());
        } else if (block != null) {
            dropFrom = blockStart.offset();
            stoppedAt = blockStart.number();
        }
        return new Capture(file, header, records, lost, lines.offset() - dropFrom, stoppedAt);
    }

    private CaptureHeader header(CaptureLines lines) throws IOException {
        String magic = headerLine(lines, "the first line '" + CaptureHeader.MAGIC + "'");
        if (!magic.equals(CaptureHeader.MAGIC)) {
            throw malformed(magic.startsWith("poolscope-capture ")
                    ? "capture format version " + FieldCursor.quoted(magic.substring(18)) + ": this reader reads version 1"
                    : "not a Poolscope capture: expected '" + CaptureHeader.MAGIC + "', found " + FieldCursor.quoted(magic));
        }
        String kernel = headerLine(lines, "the kernel line");
        try {
            FieldCursor fields = FieldCursor.of(kernel, 0);
            if (!"kernel".equals(fields.word("kind"))) {
                throw new BadLine("expected 'kernel RELEASE', found " + FieldCursor.quoted(kernel));
            }
            String release = fields.word("release");
            fields.end();
            FieldCursor params = FieldCursor.of(headerLine(lines, "the params line"), 0);
            if (!"params".equals(params.word("kind"))) {
                throw new BadLine("expected 'params ring=N stack=N pools=... names=...', found "
                        + FieldCursor.quoted(params.token(0)));
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("ring", Long.toString(params.dec("ring")));
            values.put("stack", Long.toString(params.dec("stack")));
            values.put("pools", params.text("pools"));
            values.put("names", params.text("names"));
            params.end();
            return new CaptureHeader(release, values);
        } catch (BadLine e) {
            throw malformed(e.getMessage());
        }
    }

    private String headerLine(CaptureLines lines, String what) throws IOException {
        line = lines.next();
        if (line == null || !line.terminated()) {
            throw new CaptureFormatException(file, line == null ? lines.lineCount() + 1 : line.number(),
                    line == null ? lines.offset() : line.offset(), "the file ends before " + what + " of the header");
        }
        checkPrintable(line.text());
        return line.text();
    }

    /** Takes one whole line after the header; true when it is the end line. */
    private boolean take(String text) throws CaptureFormatException {
        checkPrintable(text);
        try {
            if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
                closeBlock();
                FieldCursor fields = RecordLine.head(text, records.size());
                if (RecordLine.isSnapshot(fields)) {
                    block = RecordLine.snapshot(fields, records.size(), line.number());
                    blockStart = line;
                } else {
                    CaptureRecord record = RecordLine.record(fields, records.size(), line.number());
                    lost += record instanceof LostRecords l ? l.count() : 0;
                    if (record instanceof CaptureEvent event) {
                        checkT1(event);
                    }
                    records.add(record);
                }
                return false;
            }
            if (text.startsWith("end ")) {
                closeBlock();
                end(text);
                return true;
            }
            if (block == null) {
                throw new BadLine("expected a record (a line starting with its seq) or the end line, found "
                        + FieldCursor.quoted(text.split(" ", 2)[0]));
            }
            block.accept(text);
            return false;
        } catch (BadLine e) {
            throw malformed(e.getMessage());
        }
    }

    /** t1 is read when the seq is given, so it never decreases in seq order. */
    private void checkT1(CaptureEvent event) throws BadLine {
        if (lastEvent != null && event.timing().t1() < lastEvent.timing().t1()) {
            throw new BadLine("t1 " + event.timing().t1() + " is before t1 " + lastEvent.timing().t1() + " of the event at seq "
                    + lastEvent.seq() + ": t1 never decreases in seq order");
        }
        lastEvent = event;
    }

    /** The snapshot being read, which must be whole now that another record or the end follows. */
    private void closeBlock() throws BadLine {
        if (block != null && !block.isComplete()) {
            throw new BadLine("the snapshot at seq " + block.head().seq() + " (line " + block.head().line()
                    + ") is not whole: " + block.missing());
        }
        if (block != null) {
            records.add(block.build());
            block = null;
        }
    }

    private void end(String text) throws BadLine {
        FieldCursor fields = FieldCursor.of(text, 0);
        fields.word("kind");
        long count = fields.dec("records");
        long lostCount = fields.dec("lost");
        fields.end();
        if (count != records.size()) {
            throw new BadLine("the end line says records=" + count + ", but the capture has " + records.size());
        }
        if (lostCount != lost) {
            throw new BadLine("the end line says lost=" + lostCount + ", but the lost lines add up to " + lost);
        }
    }

    private void checkPrintable(String text) throws CaptureFormatException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw malformed(String.format("byte 0x%02x at column %d: a capture is printable ASCII", (int) c, i + 1));
            }
        }
    }

    private CaptureFormatException malformed(String problem) {
        return new CaptureFormatException(file, line.number(), line.offset(), problem);
    }
}
