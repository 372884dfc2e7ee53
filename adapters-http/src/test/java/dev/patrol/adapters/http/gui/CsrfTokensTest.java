package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The CSRF token check: only the daemon's own token passes. */
class CsrfTokensTest {
    private final CsrfTokens tokens = CsrfTokens.random(new SecureRandom());

    @Test
    void givenTheIssuedToken_matches_isTrue() {
        assertTrue(tokens.matches(tokens.token()));
    }

    @Test
    void givenMissingEmptyOrAlteredTokens_matches_isFalse() {
        String t = tokens.token();
        assertFalse(tokens.matches(null));
        assertFalse(tokens.matches(""));
        assertFalse(tokens.matches(t.substring(0, t.length() - 1)));
        assertFalse(tokens.matches(t + "x"));
        assertFalse(tokens.matches((t.charAt(0) == 'A' ? "B" : "A") + t.substring(1)));
    }

    @Test
    void givenAnotherDaemonsToken_matches_isFalse() {
        CsrfTokens other = CsrfTokens.random(new SecureRandom());
        assertNotEquals(tokens.token(), other.token());
        assertFalse(tokens.matches(other.token()));
    }

    @Test
    void givenTheSameKey_token_isStableAndUrlSafe() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        String t = new CsrfTokens(key).token();
        assertEquals(t, new CsrfTokens(key.clone()).token());
        assertTrue(t.matches("[A-Za-z0-9_-]{43}"), t);
    }

    @Test
    void givenAShortKey_constructor_refusesIt() {
        assertThrows(IllegalArgumentException.class, () -> new CsrfTokens(new byte[8]));
    }
}
