package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiError;
import dev.patrol.ports.api.ApiRequest;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.Endpoint;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.inbound.LogsAnswer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, finding 8: wrong secrets are throttled per source; right secrets and other sources are not. */
class SecretThrottleTest {
    private static final String A = "127.0.0.2";
    private static final String B = "127.0.0.3";
    private final Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_HTTP).secret("abc").build()));

    private ApiResponse call(String secret, String source) {
        return h.supervisor.api(ApiRequest.builder().group("app").id("web").toggle(0).secret(secret).build(),
                Endpoint.HTTP, source);
    }

    private void burn(int wrong, String source) {
        for (int i = 0; i < wrong; i++) {
            assertEquals(List.of("Secret Invalid"), call("guess" + i, source).errors(), "attempt " + i);
        }
    }

    @Test
    void issue12_tenWrongSecretsGetSecretInvalid_theEleventhIsThrottled() {
        burn(SecretThrottle.BURST, A);
        assertEquals(List.of(ApiError.SECRET_THROTTLED.text()), call("guess", A).errors());
    }

    @Test
    void issue12_aThrottledSourceHasItsSecretsUncompared_evenTheRightOne() {
        burn(SecretThrottle.BURST, A);
        // Comparing would tell a guesser which guess was right: the oracle is closed for this source.
        assertEquals(List.of(ApiError.SECRET_THROTTLED.text()), call("abc", A).errors());
    }

    @Test
    void issue12_anotherSourceWithTheRightSecret_isServedAtOnce() {
        burn(SecretThrottle.BURST, A);
        for (int i = 0; i < 5; i++) {
            assertEquals(List.of(ApiError.SECRET_THROTTLED.text()), call("guess", A).errors());
        }
        ApiResponse r = call("abc", B);
        assertTrue(r.errors().isEmpty(), r.errors().toString());
        assertFalse(r.casInvalid());
    }

    @Test
    void issue12_theBudgetRefillsAtOnePerSecond() {
        burn(SecretThrottle.BURST, A);
        h.clock.advanceMillis(999);
        assertEquals(List.of(ApiError.SECRET_THROTTLED.text()), call("guess", A).errors());
        h.clock.advanceMillis(1);
        burn(1, A);
        assertEquals(List.of(ApiError.SECRET_THROTTLED.text()), call("guess", A).errors());
        h.clock.advanceSeconds(10);
        burn(SecretThrottle.BURST, A);
    }

    @Test
    void issue12_rightSecretsAndSecretlessReadsTakeNoToken() {
        for (int i = 0; i < 50; i++) {
            assertTrue(call("abc", A).errors().isEmpty());
            assertTrue(call("", A).errors().isEmpty());
        }
        burn(SecretThrottle.BURST, A);
    }

    @Test
    void issue12_inProcessCallersAreNeverThrottled() {
        for (int i = 0; i < SecretThrottle.BURST * 3; i++) {
            assertEquals(List.of("Secret Invalid"), call("guess", "").errors());
        }
        assertTrue(call("abc", "").errors().isEmpty());
    }

    @Test
    void issue12_logSecretsShareTheSourcesBudget() {
        burn(SecretThrottle.BURST - 1, A);
        assertEquals(LogsAnswer.Status.SECRET_INVALID, h.supervisor.appLogs("web", "guess", A).status());
        assertEquals(LogsAnswer.Status.SECRET_THROTTLED, h.supervisor.appLogs("web", "abc", A).status());
        assertEquals(LogsAnswer.Status.OK, h.supervisor.appLogs("web", "abc", B).status());
        assertEquals(LogsAnswer.Status.SECRET_INVALID, h.supervisor.appLogs("web", "", A).status());
    }

    @Test
    void givenManySources_theThrottle_forgetsTheLeastRecentlySeen() {
        SecretThrottle t = new SecretThrottle();
        for (int i = 0; i < SecretThrottle.BURST; i++) {
            t.failed("first", 0);
        }
        assertFalse(t.allows("first", 0));
        for (int i = 0; i < SecretThrottle.MAX_SOURCES; i++) {
            t.failed("s" + i, 0);
        }
        assertTrue(t.allows("first", 0));
    }
}
