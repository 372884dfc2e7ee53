package dev.patrol.domain.config;

import static dev.patrol.domain.config.ConfigFixtures.validApp;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Defaults of the added restart/stop/log keys (product.md A1, A2, A7). */
class EffectiveAppPolicyTest {

    @Test
    void givenNoAddedKeys_of_appliesTheProductDefaults() {
        assertEquals(new EffectiveAppPolicy(RestartMode.ALWAYS, 0, 30_000, 1.0, 0, 10, 0, 0),
                EffectiveAppPolicy.of(validApp().build()));
    }

    @Test
    void givenEveryAddedKey_of_usesTheConfiguredValues() {
        assertEquals(new EffectiveAppPolicy(RestartMode.ON_FAILURE, 250, 5_000, 2.5, 3, 4, 1_048_576, 7),
                EffectiveAppPolicy.of(validApp().restart("on-failure").restartDelayMs(250L).backoffMaxMs(5_000L)
                        .startSeconds(2.5).startLimit(3).stopTimeout(4).logMaxBytes(1_048_576L)
                        .logRetentionDays(7).build()));
    }

    @Test
    void givenEmptyRestart_of_meansAlways() {
        assertEquals(RestartMode.ALWAYS, EffectiveAppPolicy.of(validApp().restart("").build()).restart());
    }

    @Test
    void givenNever_of_meansNever() {
        assertEquals(RestartMode.NEVER, EffectiveAppPolicy.of(validApp().restart("never").build()).restart());
    }

    @Test
    void givenZeroStopTimeout_of_keepsZeroRatherThanTheDefault() {
        assertEquals(0, EffectiveAppPolicy.of(validApp().stopTimeout(0).build()).stopTimeoutSeconds());
    }
}
