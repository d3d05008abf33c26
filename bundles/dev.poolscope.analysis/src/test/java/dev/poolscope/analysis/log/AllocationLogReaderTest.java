package dev.poolscope.analysis.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.poolscope.core.io.FileOperationException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad row is refused with its file, line and problem; comments and blank lines are skipped. */
class AllocationLogReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            wrong header          | op,id,size\\n                                   | 1 | expected the header line 'op,size,id' (or 'op,size,id,caller'), found 'op,id,size'
            header with spaces    | op, size, id\\n                                 | 1 | found 'op, size, id'
            empty file            | ""                                              | 1 | end of file before the header line 'op,size,id'
            only comments         | # a log\\n\\n                                   | 3 | end of file before the header line
            header as data        | alloc,64,1\\n                                   | 1 | expected the header line 'op,size,id' (or 'op,size,id,caller'), found 'alloc,64,1'
            unknown op            | op,size,id\\nmalloc,64,1\\n                     | 2 | unknown op 'malloc' (expected alloc or free)
            upper-case op         | op,size,id\\nALLOC,64,1\\n                      | 2 | unknown op 'ALLOC'
            size not a number     | op,size,id\\nalloc,8k,1\\n                      | 2 | size '8k' is not a decimal number
            size with a sign      | op,size,id\\nalloc,+8,1\\n                      | 2 | size '+8' is not a decimal number
            negative size         | op,size,id\\nalloc,-8,1\\n                      | 2 | negative size '-8'
            size over 2^63-1      | op,size,id\\nalloc,9223372036854775808,1\\n     | 2 | size '9223372036854775808' is over 2^63 - 1
            size 0                | op,size,id\\nalloc,0,1\\n                       | 2 | alloc of size 0
            alloc without size    | op,size,id\\nalloc,,1\\n                        | 2 | alloc without a size
            missing field         | op,size,id\\nalloc,64\\n                        | 2 | expected 3 fields (op,size,id), found 2
            extra field           | op,size,id\\nalloc,64,1,\\n                     | 2 | expected 3 fields (op,size,id), found 4
            missing id            | op,size,id\\nalloc,64,\\n                       | 2 | missing id
            id not a number       | op,size,id\\nalloc,64,one\\n                    | 2 | id 'one' is not a decimal number
            first id not 1        | op,size,id\\nalloc,64,0\\n                      | 2 | alloc of id '0': ids run from 1 in the order of the allocs, so this one must be 1
            id skipped            | op,size,id\\nalloc,64,1\\nalloc,64,3\\n         | 3 | alloc of id '3'
            id used before        | op,size,id\\nalloc,64,1\\nfree,,1\\nalloc,64,1\\n | 4 | alloc of id '1': ids run from 1 in the order of the allocs, so this one must be 2
            free of unknown id    | op,size,id\\nalloc,64,1\\nfree,,2\\n            | 3 | free of unknown id 2 (allocs so far: 1..1)
            free before any alloc | op,size,id\\nfree,,1\\n                         | 2 | free of unknown id 1 (no alloc before it)
            free of id 0          | op,size,id\\nalloc,64,1\\nfree,,0\\n            | 3 | free of unknown id 0
            double free           | op,size,id\\nalloc,64,1\\n\\nfree,,1\\nfree,,1\\n | 5 | free of id 1, already freed on line 4
            free with a size      | op,size,id\\nalloc,64,1\\nfree,64,1\\n          | 3 | free with a size '64': a free names only the id of its alloc (free,,ID)
            caller row too short  | op,size,id,caller\\nalloc,64,1\\n                | 2 | expected 4 fields (op,size,id,caller), found 3
            caller in a 3-field log | op,size,id\\nalloc,64,1,f+0x1/0x2\\n          | 2 | expected 3 fields (op,size,id), found 4
            free without id       | op,size,id\\nalloc,64,1\\nfree,,\\n             | 3 | missing id
            """)
    void aBadLogIsRefusedWithFileLineAndProblem(String kind, String text, long line, String problem) throws Exception {
        Path file = write(text.replace("\\n", "\n"));

        AllocationLogFormatException e = assertThrows(AllocationLogFormatException.class, () -> AllocationLogReader.read(file));

        assertEquals(file, e.file());
        assertEquals(line, e.line());
        assertTrue(e.problem().contains(problem), e.problem());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ": "), e.getMessage());
    }

    @Test
    void aLogWithCallersReadsAsTheSameLogWithout() throws Exception {
        AllocationLog withCallers = AllocationLogReader.read(write(
                "op,size,id,caller\nalloc,64,1,gpwork_run+0x127/0x1000[gpwork]\nalloc,100,2,\nfree,,1,dma_free+0x3/0x9\n"));
        AllocationLog without = AllocationLogReader.read(write("op,size,id\nalloc,64,1\nalloc,100,2\nfree,,1\n"));

        assertEquals(without.operations(), withCallers.operations());
        for (int i = 0; i < without.operations(); i++) {
            assertEquals(without.isAlloc(i), withCallers.isAlloc(i));
            assertEquals(without.id(i), withCallers.id(i));
        }
        assertEquals(100, withCallers.size(1));
        assertTrue(LogFiles.isAllocationLog(withCallers.source()));
    }

    @Test
    void aBadRowAfterManyGoodOnesRefusesTheWholeLog() throws Exception {
        StringBuilder text = new StringBuilder("op,size,id\n");
        for (int id = 1; id <= 10_000; id++) {
            text.append("alloc,32,").append(id).append('\n');
        }
        text.append("free,,10001\n");
        Path file = write(text.toString());

        AllocationLogFormatException e = assertThrows(AllocationLogFormatException.class, () -> AllocationLogReader.read(file));

        assertEquals(10_002, e.line());
        assertEquals("free of unknown id 10001 (allocs so far: 1..10000)", e.problem());
    }

    @Test
    void binaryAndHugeFieldsGiveShortMessages() throws Exception {
        Path binary = write("op,size,id\n\u0001\u0002\u00ff,64,1\n");
        Path huge = write("op,size,id\nalloc," + "9".repeat(100_000) + ",1\n");

        AllocationLogFormatException b = assertThrows(AllocationLogFormatException.class, () -> AllocationLogReader.read(binary));
        AllocationLogFormatException h = assertThrows(AllocationLogFormatException.class, () -> AllocationLogReader.read(huge));

        assertEquals("unknown op (3 characters, too long or not printable to quote) (expected alloc or free)", b.problem());
        assertEquals("size (100,000 characters, too long or not printable to quote) is over 2^63 - 1", h.problem());
    }

    @Test
    void commentsAndBlankLinesAreSkippedAnywhereAndLinesStillCount() throws Exception {
        Path file = write("# captured on host a\n\nop,size,id\n# the first alloc\nalloc,64,1\n\n#free,,1\nalloc,100,2\nfree,,1\n");

        AllocationLog log = AllocationLogReader.read(file);

        assertEquals(3, log.operations());
        assertEquals(2, log.allocs());
        assertEquals(file, log.source());
        assertTrue(log.isAlloc(0));
        assertEquals(1, log.id(0));
        assertEquals(64, log.size(0));
        assertEquals(100, log.size(1));
        assertFalse(log.isAlloc(2));
        assertEquals(1, log.id(2));
        assertThrows(IllegalArgumentException.class, () -> log.size(2));

        Path bad = write("# one\n\n# two\nop,size,id\n\nfree,,1\n");
        assertEquals(6, assertThrows(AllocationLogFormatException.class, () -> AllocationLogReader.read(bad)).line());
    }

    @Test
    void windowsLineEndsAndAMissingLastNewlineAreAccepted() throws Exception {
        AllocationLog log = AllocationLogReader.read(write("op,size,id\r\nalloc,64,1\r\nfree,,1"));

        assertEquals(2, log.operations());
        assertEquals(64, log.size(0));
    }

    @Test
    void aHeaderAloneIsAnEmptyLog() throws Exception {
        assertEquals(0, AllocationLogReader.read(write("op,size,id\n")).operations());
    }

    @Test
    void inputsThatAreNotRegularFilesAreRefusedByName() {
        FileOperationException absent = assertThrows(FileOperationException.class,
                () -> AllocationLogReader.read(dir.resolve("absent.csv")));
        FileOperationException directory = assertThrows(FileOperationException.class, () -> AllocationLogReader.read(dir));

        assertEquals("cannot read " + dir.resolve("absent.csv") + ": no such file", absent.getMessage());
        assertEquals("cannot read " + dir + ": is a directory", directory.getMessage());
    }

    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(dir, "log", ".csv");
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        return file;
    }
}
