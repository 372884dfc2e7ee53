package dev.patrol.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The last lines of a log piece fetched by Range (the original has no `last=N`). */
class LinesTest {
    private static String last(String text, int n, boolean cut) {
        return Lines.last(text.getBytes(StandardCharsets.UTF_8), n, cut);
    }

    @Test
    void givenWholeFile_last_keepsTheLastNLines() {
        assertEquals("b\nc\n", last("a\nb\nc\n", 2, false));
        assertEquals("a\nb\nc\n", last("a\nb\nc\n", 10, false));
        assertEquals("c\n", last("a\nb\nc", 1, false), "an unfinished last line counts");
        assertEquals("", last("a\n", 0, false));
        assertEquals("", last("", 3, false));
    }

    @Test
    void givenAPieceFromInsideTheFile_last_dropsItsCutFirstLine() {
        assertEquals("b\nc\n", last("tail-of-a\nb\nc\n", 5, true));
        assertEquals("", last("no newline at all", 5, true));
    }
}
