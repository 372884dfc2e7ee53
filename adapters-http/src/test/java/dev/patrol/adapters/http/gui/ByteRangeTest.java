package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patrol.adapters.http.gui.ByteRange.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `Range: bytes=…` read as Go's parseRange does, except where RFC 9110 is followed instead. */
class ByteRangeTest {
    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "null, 10, WHOLE, -1, -1",
        "'', 10, WHOLE, -1, -1",
        "bytes=, 10, WHOLE, -1, -1",
        "bytes=0-0, 10, PART, 0, 1",
        "bytes=3-, 10, PART, 3, 7",
        "bytes=-4, 10, PART, 6, 4",
        "bytes=-40, 10, PART, 0, 10",
        "bytes=8-40, 10, PART, 8, 2",
        "'bytes=0-1, 3-4', 10, WHOLE, -1, -1",
        "bytes=10-, 10, NO_OVERLAP, -1, -1",
        "bytes=-0, 10, NO_OVERLAP, -1, -1",
        "bytes=10-x, 10, NO_OVERLAP, -1, -1",
        "bytes=0-0, 0, WHOLE, -1, -1",
        "bytes=-5, 0, WHOLE, -1, -1",
        "bytes=4-3, 10, INVALID, -1, -1",
        "bytes=+1-2, 10, INVALID, -1, -1",
        "bytes=99999999999999999999-, 10, INVALID, -1, -1",
        "Bytes=0-1, 10, INVALID, -1, -1",
    })
    void givenRangeHeaders_read_givesGoVerdicts(String header, long size, Verdict verdict, long start, long length) {
        ByteRange.Reading r = ByteRange.read(header, size);
        assertEquals(verdict, r.verdict(), header);
        if (verdict == Verdict.PART) {
            assertEquals(new ByteRange(start, length), r.range(), header);
        }
    }

    @Test
    void givenAPart_contentRange_namesFirstLastAndSize() {
        assertEquals("bytes 6-9/10", new ByteRange(6, 4).contentRange(10));
    }
}
