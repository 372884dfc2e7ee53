package dev.patrol.domain.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// Checklist 13.
class IdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "-", "a-", "-a", "a.b", "a_b", "a b", "é"})
    void givenMalformedId_isAppServiceId_rejects(String id) {
        assertFalse(Ids.isAppServiceId(id));
    }

    @Test
    void givenNull_isAppServiceId_rejects() {
        assertFalse(Ids.isAppServiceId(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a-a", "a--a", "HTTP", "web-1", "0"})
    void givenWellFormedId_isAppServiceId_accepts(String id) {
        assertTrue(Ids.isAppServiceId(id));
    }

    @Test
    void givenSixtyThreeDigits_isAppServiceId_accepts() {
        assertTrue(Ids.isAppServiceId("1".repeat(63)));
    }

    @Test
    void givenSixtyFourDigits_isAppServiceId_rejects() {
        assertFalse(Ids.isAppServiceId("1".repeat(64)));
    }

    @Test
    void givenEverySingleAsciiCharacter_isAppServiceId_acceptsExactlyDigitsAndLetters() {
        StringBuilder accepted = new StringBuilder();
        for (char c = 0; c <= 0x7F; c++) {
            if (Ids.isAppServiceId(String.valueOf(c))) {
                accepted.append(c);
            }
        }
        assertEquals("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", accepted.toString());
    }
}
