package dev.patrol.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The connection cap follows the file-descriptor limit (issue 12). */
class HttpLimitsTest {
    @Test
    void givenAGenerousDescriptorLimit_connectionCap_isTheFixedMaximum() {
        assertEquals(HttpLimits.MAX_CONNECTIONS, HttpLimits.connectionCap(1_048_576));
    }

    @Test
    void givenTheClassic1024_connectionCap_leavesHalfForAppsAndFiles() {
        assertEquals(512, HttpLimits.connectionCap(1024));
    }

    @Test
    void givenThisProcess_descriptorLimit_isKnown() {
        assertTrue(HttpLimits.descriptorLimit() > 0);
        assertTrue(HttpLimits.connectionCap() >= 16);
    }
}
