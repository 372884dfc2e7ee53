package dev.patrol.codec.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoJsonEncodeTest {

    private static String compact(Object v) {
        return GoJson.encode(v, JsonStyle.COMPACT);
    }

    @Test
    void givenHtmlCharacters_encode_escapesThemLikeGo() {
        assertEquals("\"\\u003cb\\u003e \\u0026amp;\"", compact("<b> &amp;"));
    }

    @Test
    void givenLineAndParagraphSeparators_encode_escapesThem() {
        assertEquals("\"a\\u2028b\\u2029c\"", compact("a\u2028b\u2029c"));
    }

    @Test
    void givenControlCharacters_encode_usesShortFormsOnlyForNewlineReturnAndTab() {
        assertEquals("\"\\n\\r\\t\\u0000\\u0001\\u0008\\u000c\\u001f\\u007f\"".replace("\\u007f", "\u007f"),
                compact("\n\r\t\u0000\u0001\b\f\u001f\u007f"));
    }

    @Test
    void givenQuoteAndBackslash_encode_escapesThem() {
        assertEquals("\"say \\\"hi\\\" \\\\ bye/\"", compact("say \"hi\" \\ bye/"));
    }

    @Test
    void givenNonAsciiText_encode_keepsItAsUtf8() {
        assertEquals("\"héllo ☃ \uD83D\uDE00\"", compact("héllo ☃ \uD83D\uDE00"));
    }

    @Test
    void givenLoneSurrogates_encode_replacesThemWithReplacementCharacterEscape() {
        assertEquals("\"a\\ufffdb\\ufffd\"", compact("a\uD800b\uDC00"));
    }

    @Test
    void givenMap_encode_sortsKeysByCodePointLikeGoBytes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("\uD83D\uDE00", 1.0);
        m.put("\uFFFD", 2.0);
        m.put("b", 3.0);
        m.put("B", 4.0);
        m.put("a", null);
        assertEquals("{\"B\":4,\"a\":null,\"b\":3,\"\uFFFD\":2,\"\uD83D\uDE00\":1}", compact(m));
    }

    @Test
    void givenNestedValues_encodePretty_indentsWithOneTabPerLevelAndEndsWithNewline() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("list", List.of(1.0, List.of(), Map.of()));
        m.put("obj", Map.of("k", "v"));
        m.put("empty", new ArrayList<>());
        String expected = "{\n"
                + "\t\"empty\": [],\n"
                + "\t\"list\": [\n"
                + "\t\t1,\n"
                + "\t\t[],\n"
                + "\t\t{}\n"
                + "\t],\n"
                + "\t\"obj\": {\n"
                + "\t\t\"k\": \"v\"\n"
                + "\t}\n"
                + "}\n";
        assertEquals(expected, GoJson.encode(m, JsonStyle.PRETTY));
        assertEquals("{\"empty\":[],\"list\":[1,[],{}],\"obj\":{\"k\":\"v\"}}", compact(m));
    }

    @Test
    void givenScalars_encode_writesGoForms() {
        assertEquals("null", compact(null));
        assertEquals("true", compact(true));
        assertEquals("null\n", GoJson.encode(null, JsonStyle.PRETTY));
        assertEquals("[1e+21,0.000001,1e-7,42,-7,18446744073709551616,1.5]",
                compact(Arrays.asList(1e21, 0.000001, 1e-7, 42, -7L,
                        BigInteger.ONE.shiftLeft(64), 1.5f)));
    }

    @Test
    void givenUnsupportedValue_encode_refuses() {
        assertThrows(IllegalArgumentException.class, () -> compact(new Object()));
        assertThrows(IllegalArgumentException.class, () -> compact(List.of(Double.NaN)));
    }
}
