package dev.patrol.gocompat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Go 1.19 encoding/json string quoting with HTML escaping (the one copy; issue #13). */
class GoJsonQuoteTest {
    private static String quoted(String s) {
        StringBuilder out = new StringBuilder();
        GoJsonQuote.quote(out, s);
        return out.toString();
    }

    @Test
    void givenHtmlAndLineSeparators_quote_escapesThemAsGoDoes() {
        assertEquals("\"\\u003ca\\u003e \\u0026 \\u2028\\u2029\"", quoted("<a> & \u2028\u2029"));
    }

    @Test
    void givenControlCharacters_quote_usesShortEscapesOnlyForNewlineReturnAndTab() {
        assertEquals("\"\\n\\r\\t\\u0008\\u000c\\u0000\\u001f\\\"\\\\\"", quoted("\n\r\t\b\f\u0000\u001f\"\\"));
    }

    @Test
    void givenALoneSurrogate_quote_writesTheReplacementEscapeAsGoDoesForInvalidUtf8() {
        assertEquals("\"a\\ufffdb\\ufffd\"", quoted("a\ud800b\udc00"));
        assertEquals("\"\ud83d\ude00\"", quoted("\ud83d\ude00"));
    }

    @Test
    void givenAList_stringArray_isCompact() {
        assertEquals("[\"127.0.0.1:8421\",\"a\\u003cb\"]", GoJsonQuote.stringArray(List.of("127.0.0.1:8421", "a<b")));
        assertEquals("[]", GoJsonQuote.stringArray(List.of()));
    }
}
