package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The GUI's one escaper and its URL encoders. */
class HtmlTest {
    @Test
    void givenEveryHtmlSpecialCharacter_esc_replacesEachWithAnEntity() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A &amp; B&lt;/a&gt;",
                Html.esc("<a href=\"x\" title='y'>A & B</a>"));
    }

    @Test
    void givenAlreadyEscapedText_esc_escapesItAgain() {
        assertEquals("&amp;amp;", Html.esc("&amp;"));
    }

    @Test
    void givenPlainText_esc_returnsTheSameString() {
        String plain = "web-1 ünïcode";
        assertSame(plain, Html.esc(plain));
    }

    @Test
    void givenNull_esc_isEmpty() {
        assertEquals("", Html.esc(null));
    }

    @Test
    void givenAnAttributeBreakout_esc_leavesNoQuoteOrBracket() {
        String out = Html.esc("\" onmouseover=\"alert(1)\"><script>x</script>");
        assertFalse(out.contains("\"") || out.contains("<") || out.contains(">") || out.contains("'"));
    }

    @Test
    void givenReservedCharacters_pct_encodesAllButUnreserved() {
        assertEquals("a-b_c.d~e%2F%3F%23%26%3D%20%2B%25%3C%C3%BC", Html.pct("a-b_c.d~e/?#&= +%<ü"));
    }

    @Test
    void givenParameters_query_encodesBothSidesAndSkipsEmptyValues() {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("group", "app");
        q.put("id", "a&b=c");
        q.put("ticket", null);
        q.put("last", "");
        assertEquals("group=app&id=a%26b%3Dc", Html.query(q));
    }

    @Test
    void givenHrefAndText_a_escapesBoth() {
        assertEquals("<a href=\"/x?a=1&amp;b=&quot;\">&lt;b&gt;</a>", Html.a("/x?a=1&b=\"", "<b>"));
    }
}
