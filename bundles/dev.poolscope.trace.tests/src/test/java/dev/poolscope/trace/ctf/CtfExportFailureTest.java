package dev.poolscope.trace.ctf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.io.FileOperationException;
import dev.poolscope.core.io.WholeOutput;
import dev.poolscope.testkit.Babeltrace2;
import dev.poolscope.testkit.MemoryTrace;
import dev.poolscope.trace.Event;
import dev.poolscope.trace.EventCursor;
import dev.poolscope.trace.EventKind;
import dev.poolscope.trace.Trace;
import dev.poolscope.trace.TraceHeader;
import dev.poolscope.trace.file.EventLoss;
import dev.poolscope.trace.file.TraceFormatException;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export is whole or absent: a trace that fails part-way or a write that fails leaves the target as it was. */
class CtfExportFailureTest {

    private static final TraceHeader HEADER = new TraceHeader(5, "mainline", "first_fit", List.of(), 2, "two threads", 0);
    /** Several packets per thread: a failure after this many comes with packets on disk. */
    private static final int EVENTS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aTraceThatFailsPartWayLeavesNoDirectoryAndASecondExportWorks() throws Exception {
        Path ctf = dir.resolve("ctf");
        List<Boolean> packetsOnDisk = new ArrayList<>();
        Trace failing = failingAfter(EVENTS / 2, () -> packetsOnDisk.add(
                WholeOutput.temporaryOf(ctf).resolve("thread-0").toFile().length() > 0));

        IOException failure = assertThrows(IOException.class, () -> CtfExport.export(failing, ctf));

        assertEquals(List.of(true), packetsOnDisk, "the export had written packets when the trace failed");
        assertTrue(failure.getMessage().startsWith("damaged.pstrace: at byte 4096: seq 10000"), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("nothing was kept (" + WholeOutput.temporaryOf(ctf) + " is deleted): "
                + ctf + " was not created"), failure.getMessage());
        assertEquals(List.of(), Files.list(dir).toList());

        assertEquals(EVENTS, CtfExport.export(trace(), ctf));
        assertEquals(EVENTS, Babeltrace2.events(Files.createDirectory(dir.resolve("scratch")), ctf).size());
    }

    @Test
    void anEmptyDirectoryThatWasThereIsLeftEmpty() throws Exception {
        Path ctf = Files.createDirectory(dir.resolve("ctf"));
        assertThrows(IOException.class, () -> CtfExport.export(failingAfter(EVENTS / 2, () -> { }), ctf));
        assertEquals(List.of(), Files.list(ctf).toList());
        assertEquals(List.of(ctf), Files.list(dir).toList());
    }

    @Test
    void aCancelledExportLeavesNoDirectory() throws Exception {
        Path ctf = dir.resolve("ctf");
        AtomicLong asked = new AtomicLong();
        IOException failure = assertThrows(IOException.class,
                () -> CtfExport.export(trace(), EventLoss.NONE, ctf, () -> asked.incrementAndGet() > EVENTS / 2));
        assertInstanceOf(InterruptedIOException.class, failure.getCause());
        assertEquals("the export was interrupted after 10,000 of 20,000 events; nothing was kept ("
                + WholeOutput.temporaryOf(ctf) + " is deleted): " + ctf + " was not created", failure.getMessage());
        assertEquals(List.of(), Files.list(dir).toList());
    }

    @Test
    void aPacketWrittenToAFullDiskSaysTheFileAndTheReason() throws IOException {
        CtfStream stream = new CtfStream(Path.of("/dev/full"), 0, new byte[16], List.of()); // every write to it fails with ENOSPC
        stream.add(new Event(0, 0, 0, -1, EventKind.RETRY, 1, 0, 0, 0, 0));
        FileOperationException failure = assertThrows(FileOperationException.class, stream::flush);
        assertEquals("cannot write /dev/full (a packet at byte 0): no space left on device", failure.getMessage());
    }

    @Test
    void whatADamagedTraceLostIsInTheMetadataEnv() throws Exception {
        Path torn = dir.resolve("torn");
        CtfExport.export(trace(), new EventLoss(312, "torn last block: 17 bytes lost"), torn, () -> false);
        Path intact = dir.resolve("intact");
        CtfExport.export(trace(), intact);
        Path scratch = Files.createDirectory(dir.resolve("scratch"));

        String details = Babeltrace2.details(scratch, torn);
        assertTrue(details.contains("poolscope_events_lost: 312"), details.substring(0, 2000));
        assertTrue(details.contains("poolscope_damage: torn last block: 17 bytes lost"), details.substring(0, 2000));
        String intactDetails = Babeltrace2.details(scratch, intact);
        assertTrue(intactDetails.contains("poolscope_events_lost: 0"), intactDetails.substring(0, 2000));
        assertTrue(intactDetails.contains("poolscope_damage: intact"), intactDetails.substring(0, 2000));
        assertFalse(details.equals(intactDetails));
    }

    private static MemoryTrace trace() {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            events.add(new Event(i, i % 2, i, -1, EventKind.RETRY, i, 0, 0, 0, 0));
        }
        return new MemoryTrace(HEADER, events);
    }

    /** The trace, but its cursor throws as a damaged file's does after {@code good} events, once {@code beforeFailing} ran. */
    private static Trace failingAfter(int good, Runnable beforeFailing) {
        MemoryTrace trace = trace();
        return new Trace() {
            @Override
            public TraceHeader header() {
                return trace.header();
            }

            @Override
            public long eventCount() {
                return trace.eventCount();
            }

            @Override
            public long lastSeq() {
                return trace.lastSeq();
            }

            @Override
            public EventCursor from(long fromSeq) throws IOException {
                EventCursor cursor = trace.from(fromSeq);
                return new EventCursor() {
                    @Override
                    public Event next() throws IOException {
                        Event event = cursor.next();
                        if (event != null && event.seq() == good) {
                            beforeFailing.run();
                            throw new TraceFormatException(Path.of("damaged.pstrace"), 4096, "seq " + good
                                    + " of thread 0 was already given to an event of another thread");
                        }
                        return event;
                    }

                    @Override
                    public void close() throws IOException {
                        cursor.close();
                    }
                };
            }

            @Override
            public void close() {
            }
        };
    }
}
