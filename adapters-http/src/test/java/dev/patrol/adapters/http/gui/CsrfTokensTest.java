package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The CSRF token check: only the token of the client's own id, under this daemon's key, passes. */
class CsrfTokensTest {
    private final SecureRandom random = new SecureRandom();
    private final CsrfTokens tokens = CsrfTokens.random(random);
    private final String client = tokens.newId();

    @Test
    void givenTheClientsToken_matches_isTrue() {
        assertTrue(tokens.matches(client, tokens.token(client)));
    }

    @Test
    void givenMissingEmptyOrAlteredTokens_matches_isFalse() {
        String t = tokens.token(client);
        assertFalse(tokens.matches(client, null));
        assertFalse(tokens.matches(client, ""));
        assertFalse(tokens.matches(client, t.substring(0, t.length() - 1)));
        assertFalse(tokens.matches(client, t + "x"));
        assertFalse(tokens.matches(client, (t.charAt(0) == 'A' ? "B" : "A") + t.substring(1)));
    }

    @Test
    void issue12_anotherClientsToken_doesNotMatch() {
        String other = tokens.newId();
        assertNotEquals(client, other);
        assertNotEquals(tokens.token(client), tokens.token(other));
        assertFalse(tokens.matches(client, tokens.token(other)));
        assertFalse(tokens.matches(other, tokens.token(client)));
    }

    @Test
    void givenAnotherDaemonsToken_matches_isFalse() {
        CsrfTokens other = CsrfTokens.random(random);
        assertFalse(tokens.matches(client, other.token(client)));
    }

    @Test
    void givenTheSameKey_token_isStableAndUrlSafe() {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 7);
        String t = new CsrfTokens(key, random).token(client);
        assertEquals(t, new CsrfTokens(key.clone(), random).token(client));
        assertTrue(t.matches("[A-Za-z0-9_-]{43}"), t);
        assertTrue(client.matches("[A-Za-z0-9_-]{43}"), client);
    }

    @Test
    void givenAShortKey_constructor_refusesIt() {
        assertThrows(IllegalArgumentException.class, () -> new CsrfTokens(new byte[8], random));
    }
}
