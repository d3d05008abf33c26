package dev.poolscope.analysis.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.io.FileOperationException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reader takes every field of the format, refuses each kind of damage with file:line, and uses a cut capture up to its last whole record. */
class CaptureReaderTest {

    private static final String CREATE = "0 cpu=0 pid=1 comm=a t0=1 t1=2 create order=5 nid=-1 pool=0x1000\n";
    private static final String SNAPSHOT_HEAD = "0 snapshot pool=0x1000 why=first order=5 algo=gen_pool_first_fit data=- name=- chunks=1\n";

    @TempDir
    Path dir;

    @Test
    void everyFieldOfAnEventIsRead() throws IOException {
        Capture capture = CaptureReader.read(new CaptureText().create(5, 0x1000)
                .alloc(0x1000, 100, "gen_pool_first_fit_align align=64", 0x10000040L).write(dir));

        assertEquals("6.1.0-test-amd64", capture.header().kernelRelease());
        assertEquals("4096", capture.header().params().get("ring"));
        assertEquals("all", capture.header().params().get("pools"));
        CaptureEvent.Alloc alloc = (CaptureEvent.Alloc) capture.records().get(1);
        assertEquals(1, alloc.seq());
        assertEquals(5, alloc.line());
        assertEquals(new EventTiming(1, 5, 0, 100, "gpwork", 1100, 1150), alloc.timing());
        assertEquals(0x1000, alloc.pool());
        assertEquals(100, alloc.size());
        assertEquals(new CapturedAlgo("gen_pool_first_fit_align", "align=64"), alloc.algo());
        assertEquals(0x10000040L, alloc.address());
        assertEquals(CaptureText.CALLER, alloc.caller());
        assertEquals(List.of(CaptureText.CALLER, "worker_thread+0x1e3/0x3d0"), alloc.stack());
        assertEquals(-1, ((CaptureEvent.Create) capture.records().get(0)).nid());
        assertFalse(capture.isTruncated());
    }

    @Test
    void aSnapshotKeepsItsChunksInListOrderWithTheirWords() throws IOException {
        long[] nine = {1, 2, 3, 4, 5, 6, 7, 8, 0x8000000000000000L};
        Capture capture = CaptureReader.read(new CaptureText().snapshot(0x1000, "first", 3, "gen_pool_best_fit", "dma", 2)
                .chunk(0x5000, 8 * 576, 3, 4000, nine).chunk(0x4000, 8, 3, 8, 0).write(dir));

        PoolSnapshot snapshot = (PoolSnapshot) capture.records().get(0);
        assertEquals(PoolSnapshot.Why.FIRST, snapshot.why());
        assertEquals("dma", snapshot.name());
        assertEquals(2, snapshot.chunks().size());
        SnapshotChunk first = snapshot.chunks().get(0);
        assertEquals(0x5000, first.start());
        assertEquals(576, first.bits());
        assertEquals(4000, first.avail());
        assertEquals(0x8000000000000000L, first.words()[8]);
        assertEquals(14, first.allocatedUnits());
        assertEquals(0x4000, snapshot.chunks().get(1).start());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unknown kind        | 0 cpu=0 pid=1 comm=a t0=1 t1=2 resize pool=0x1\\n                       | 4 | unknown kind 'resize' (expected create
            missing field       | 0 cpu=0 pid=1 comm=a t0=1 t1=2 create order=5 nid=-1\\n                | 4 | missing field 'pool=' at the end of the line
            misordered field    | 0 cpu=0 pid=1 comm=a t0=1 t1=2 create nid=-1 order=5 pool=0x1\\n       | 4 | expected field 'order=' here, found 'nid=-1'
            padded hex          | 0 cpu=0 pid=1 comm=a t0=1 t1=2 create order=5 nid=-1 pool=0x00ff\\n    | 4 | pool '0x00ff' is not a hex value
            upper-case hex      | 0 cpu=0 pid=1 comm=a t0=1 t1=2 create order=5 nid=-1 pool=0xFF\\n      | 4 | pool '0xFF' is not a hex value
            bad decimal         | 0 cpu=0 pid=1 comm=a t0=1 t1=2 create order=five nid=-1 pool=0x1\\n    | 4 | order 'five' is not a decimal number
            negative size       | 0 cpu=0 pid=1 comm=a t0=1 t1=2 free pool=0x1 addr=0x2 size=-5 caller=f stack=-\\n | 4 | negative size '-5'
            extra field         | 0 cpu=0 pid=1 comm=a t0=1 t1=2 destroy pool=0x1 now=1\\n               | 4 | unexpected 'now=1' after the last field
            bad data            | 0 cpu=0 pid=1 comm=a t0=1 t1=2 algo pool=0x1 algo=gen_pool_first_fit_align data=align=x\\n | 4 | data 'align=x' is not '-', 'align=N' or 'offset=N'
            t1 before t0        | 0 cpu=0 pid=1 comm=a t0=5 t1=2 destroy pool=0x1\\n                     | 4 | t1 2 is before t0 5
            raw backslash       | 0 cpu=0 pid=1 comm=a\\b t0=1 t1=2 destroy pool=0x1\\n                  | 4 | comm 'a\\b' has a '\\' not written as \\xNN
            t1 decreasing       | CREATE1 cpu=0 pid=1 comm=a t0=0 t1=1 destroy pool=0x1000\\n | 5 | t1 1 is before t1 2 of the event at seq 0: t1 never decreases in seq order
            seq not from 0      | 1 cpu=0 pid=1 comm=a t0=1 t1=2 destroy pool=0x1\\n                     | 4 | seq '1' where the next record's is 0
            seq gap             | CREATE2 cpu=0 pid=1 comm=a t0=1 t1=2 destroy pool=0x1\\n               | 5 | seq '2' where the next record's is 1
            two spaces          | 0 cpu=0  pid=1 comm=a t0=1 t1=2 destroy pool=0x1\\n                    | 4 | an empty token
            tab                 | 0 cpu=0\\tpid=1\\n                                                     | 4 | byte 0x09 at column 8: a capture is printable ASCII
            damaged line        | CREATEgarbage here\\n1 cpu=0 pid=1 comm=a t0=1 t1=2 destroy pool=0x1\\n | 5 | expected a record (a line starting with its seq) or the end line, found 'garbage'
            bad lost reason     | 0 lost count=3 reason=cosmic\\n                                        | 4 | reason 'cosmic' is not ring, nomem or missed
            raw name backslash  | 0 snapshot pool=0x1 why=first order=5 algo=gen_pool_first_fit data=- name=a\\b chunks=0\\n | 4 | name 'a\\b' has a '\\' not written as \\xNN
            bad why             | 0 snapshot pool=0x1 why=later order=5 algo=gen_pool_first_fit data=- name=- chunks=0\\n | 4 | why 'later' is not first, final or destroy
            bits inconsistent   | SNAPchunk start=0x1000 end=0x1fff phys=0x0 avail=4096 bits=100\\n       | 5 | bits 100, but a chunk [0x1000-0x1fff] of order 5 has 128
            end below start     | SNAPchunk start=0x2000 end=0x1fff phys=0x0 avail=0 bits=0\\n            | 5 | end 0x1fff is below start 0x2000
            words missing       | SNAPchunk start=0x1000 end=0x1fff phys=0x0 avail=4096 bits=128\\nwords 0 0000000000000000\\n1 cpu=0 pid=1 comm=a t0=1 t1=2 destroy pool=0x1000\\n | 7 | the snapshot at seq 0 (line 4) is not whole: 1 bitmap words of chunk 0 are missing
            words twice         | SNAPchunk start=0x1000 end=0x1fff phys=0x0 avail=4096 bits=128\\nwords 0 0000000000000000\\nwords 0 0000000000000000\\n | 7 | words from index '0' where word 1 is next
            words past the end  | SNAPchunk start=0x1000 end=0x17ff phys=0x0 avail=2048 bits=64\\nwords 0 0000000000000000 0000000000000000\\n | 6 | words 0..1 run past the chunk's 1 word
            short word          | SNAPchunk start=0x1000 end=0x17ff phys=0x0 avail=2048 bits=64\\nwords 0 ff\\n | 6 | word 'ff' is not 16 lowercase hex digits
            bit past the end    | SNAPchunk start=0x1000 end=0x107f phys=0x0 avail=128 bits=4\\nwords 0 00000000000000ff\\n | 6 | word 0 sets bit 4, past the chunk's last bit 3
            chunk missing       | SNAPend records=1 lost=0\\n                                            | 5 | the snapshot at seq 0 (line 4) is not whole: 1 of its 1 chunks are missing
            too many chunks     | SNAPchunk start=0x1000 end=0x101f phys=0x0 avail=32 bits=1\\nwords 0 0000000000000000\\nchunk start=0x2000 end=0x201f phys=0x0 avail=32 bits=1\\n | 7 | a chunk line past the snapshot's chunks=1
            words without chunk | CREATEwords 0 0000000000000000\\n                                     | 5 | expected a record (a line starting with its seq) or the end line, found 'words'
            end count wrong     | CREATEend records=5 lost=0\\n                                         | 5 | the end line says records=5, but the capture has 1
            end lost wrong      | CREATEend records=1 lost=2\\n                                         | 5 | the end line says lost=2, but the lost lines add up to 0
            text after the end  | CREATEend records=1 lost=0\\n1 lost count=1 reason=ring\\n            | 6 | text after the end line
            """)
    void aDamagedCaptureIsRefusedWithFileLineAndProblem(String kind, String records, long line, String problem)
            throws IOException {
        String body = records.replace("\\n", "\n").replace("\\t", "\t").replace("CREATE", CREATE)
                .replace("SNAP", SNAPSHOT_HEAD);
        Path file = CaptureText.write(dir, CaptureText.HEADER + body);

        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureReader.read(file));

        assertEquals(file, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.problem().contains(problem), () -> "'" + problem + "' not in: " + e.problem());
        assertEquals(offsetOfLine(CaptureText.HEADER + body, line), e.offset(), "the offset where that line starts");
        assertTrue(e.getMessage().startsWith(file + ":" + line + " (byte " + e.offset() + "): "), e.getMessage());
    }

    /** Where line {@code line} (from 1) starts in {@code text}, counted by hand. */
    private static long offsetOfLine(String text, long line) {
        int at = 0;
        for (long n = 1; n < line; n++) {
            at = text.indexOf('\n', at) + 1;
        }
        return at;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            empty file        | ""                                                   | 1 | the file ends before the first line 'poolscope-capture 1' of the header
            no header         | 0 cpu=0 pid=1 comm=a t0=1 t1=2 destroy pool=0x1\\n   | 1 | not a Poolscope capture: expected 'poolscope-capture 1', found (47 characters, too long to quote)
            version 2         | poolscope-capture 2\\n                               | 1 | capture format version '2': this reader reads version 1
            cut in the header | poolscope-capture 1\\nkernel 6.1\\n                  | 3 | the file ends before the params line of the header
            no kernel line    | poolscope-capture 1\\nparams ring=1\\n               | 2 | expected 'kernel RELEASE', found 'params ring=1'
            params misordered | poolscope-capture 1\\nkernel 6.1\\nparams stack=1 ring=1 pools=all names=all\\n | 3 | expected field 'ring=' here, found 'stack=1'
            """)
    void aBadHeaderIsRefused(String kind, String text, long line, String problem) throws IOException {
        Path file = CaptureText.write(dir, text.replace("\\n", "\n"));

        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureReader.read(file));

        assertEquals(line, e.line(), e.getMessage());
        assertEquals(problem, e.problem());
    }

    @Test
    void aCaptureCutInASnapshotDropsTheSnapshotAndSaysWhereItStopped() throws IOException {
        CaptureText text = new CaptureText().create(5, 0x1000).add(0x1000, 0x10000000L, 4096);
        String whole = text.cut();
        String cut = text.snapshot(0x1000, "final", 5, "gen_pool_first_fit", "-", 2)
                .chunk(0x10000000L, 4096, 5, 4096, 0, 0)
                .raw("chunk start=0x20000000 end=0x200003ff phys=0x0 avail=1024 bits=32").cut();
        Capture capture = CaptureReader.read(CaptureText.write(dir, cut));

        assertTrue(capture.isTruncated());
        assertEquals(2, capture.records().size());
        assertEquals(cut.length() - whole.length(), capture.truncatedBytes());
        assertEquals(6, capture.stoppedAtLine(), "the snapshot's first line");
    }

    @Test
    void aCaptureCutInALineDropsThePartialLine() throws IOException {
        String cut = new CaptureText().create(5, 0x1000).cut() + "1 cpu=0 pid=100 comm=gpw";
        Capture capture = CaptureReader.read(CaptureText.write(dir, cut));

        assertEquals(1, capture.records().size());
        assertEquals("1 cpu=0 pid=100 comm=gpw".length(), capture.truncatedBytes());
        assertEquals(5, capture.stoppedAtLine());
    }

    @Test
    void aCaptureWithoutItsEndLineButWholeRecordsIsTruncatedByNothing() throws IOException {
        CaptureText text = new CaptureText().create(5, 0x1000).snapshot(0x1000, "final", 5, "gen_pool_first_fit", "-", 1)
                .chunk(0x10000000L, 64, 5, 64, 0);
        Capture capture = CaptureReader.read(CaptureText.write(dir, text.cut()));

        assertTrue(capture.isTruncated());
        assertEquals(2, capture.records().size(), "the last snapshot is whole, so it is kept");
        assertEquals(0, capture.truncatedBytes());
        assertEquals(8, capture.stoppedAtLine());
    }

    @Test
    void lostRecordsAreKeptAndSummed() throws IOException {
        Capture capture = CaptureReader.read(new CaptureText().create(5, 0x1000).lost(3).destroy(0x1000).lost(4).write(dir));

        assertEquals(7, capture.lostRecords());
        assertEquals(new LostRecords(1, 5, 3, "ring"), capture.records().get(1));
        assertEquals(4, capture.records().size());
    }

    @Test
    void probesTheKernelMissedAreALossToo() throws IOException {
        Capture capture = CaptureReader.read(CaptureText.write(dir, CaptureText.HEADER + CREATE
                + "1 lost count=2 reason=missed\nend records=2 lost=2\n"));

        assertEquals(new LostRecords(1, 5, 2, "missed"), capture.records().get(1));
        assertEquals(2, capture.lostRecords());
    }

    @Test
    void aFileWithoutLineEndsIsRefusedAtItsFirstLineWithoutReadingItWhole() throws IOException {
        Path file = dir.resolve("binary.pstrace");
        java.nio.file.Files.write(file, new byte[CaptureLines.MAX_LINE + 10]);

        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> CaptureReader.read(file));

        assertEquals(1, e.line());
        assertEquals("a line longer than 1,048,576 bytes: not a capture line", e.problem());
    }

    @Test
    void aDirectoryIsRefusedByName() {
        FileOperationException e = assertThrows(FileOperationException.class, () -> CaptureReader.read(dir));
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
    }
}
