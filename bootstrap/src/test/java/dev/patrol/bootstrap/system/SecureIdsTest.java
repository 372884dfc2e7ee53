package dev.patrol.bootstrap.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checklist 18: UUIDv4 layout; CAS seeds in [1, 100000]. */
class SecureIdsTest {
    private final SecureIds ids = new SecureIds();

    @Test
    void givenHundredSamples_newInstanceId_hasDashesExactlyAt8_13_18_23AndVersion4() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String id = ids.newInstanceId();
            assertEquals(36, id.length());
            for (int k = 0; k < id.length(); k++) {
                boolean dash = k == 8 || k == 13 || k == 18 || k == 23;
                assertEquals(dash, id.charAt(k) == '-', id);
            }
            assertEquals('4', id.charAt(14), "version nibble");
            assertTrue("89ab".indexOf(id.charAt(19)) >= 0, "variant bits 10");
            assertEquals(id.toLowerCase(), id);
            seen.add(id);
        }
        assertEquals(100, seen.size());
    }

    @Test
    void givenManySeeds_casSeed_staysWithinOneToHundredThousand() {
        for (int i = 0; i < 10_000; i++) {
            long seed = ids.casSeed();
            assertTrue(seed >= 1 && seed <= 100_000, "seed " + seed);
        }
    }
}
