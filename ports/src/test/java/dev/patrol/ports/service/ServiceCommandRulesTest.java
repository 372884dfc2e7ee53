package dev.patrol.ports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The service-name rule (product.md F10), the management method and a command's own checks. */
class ServiceCommandRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/b", "..", ".", "x..y", "a b", "a\tb", "a\nb", "a\u0000b", "a\u00a0b",
        "a\u200bb", "-x"})
    void givenAnUnsafeName_flaw_isUnsafeAndNoValueCanHoldIt(String name) {
        assertEquals(Optional.of(ServiceName.Flaw.UNSAFE), ServiceName.flaw(name));
        assertThrows(IllegalArgumentException.class, () -> new ServiceName(name));
    }

    @Test
    void givenAnEmptyOrLongName_flaw_saysWhich() {
        assertEquals(Optional.of(ServiceName.Flaw.EMPTY), ServiceName.flaw(""));
        assertEquals(Optional.of(ServiceName.Flaw.EMPTY), ServiceName.flaw(null));
        assertEquals(Optional.of(ServiceName.Flaw.TOO_LONG), ServiceName.flaw("é".repeat(32)));
        assertEquals(Optional.empty(), ServiceName.flaw("x".repeat(63)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssh", "postgresql@15-main", "nginx.service", "a-b_c", "x-"})
    void givenASafeName_flaw_isEmpty(String name) {
        assertEquals(Optional.empty(), ServiceName.flaw(name));
        assertEquals(name, new ServiceName(name).value());
    }

    @Test
    void givenAConfigNumber_management_isTheMethodOrRefused() {
        assertEquals(Management.SERVICE, Management.of(1));
        assertEquals(Management.INITD, Management.of(2));
        assertThrows(IllegalArgumentException.class, () -> Management.of(3));
        assertThrows(IllegalArgumentException.class, () -> Management.of(0));
    }

    @Test
    void givenNoVerbOrNoTimeout_command_cannotExist() {
        ServiceName ssh = new ServiceName("ssh");
        assertThrows(IllegalArgumentException.class, () -> new ServiceCommand("s", ServiceOperation.START,
                Management.SERVICE, ssh, "", Duration.ofSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new ServiceCommand("s", ServiceOperation.START,
                Management.SERVICE, ssh, "start", Duration.ZERO));
        assertThrows(NullPointerException.class, () -> new ServiceCommand("s", ServiceOperation.START,
                null, ssh, "start", Duration.ofSeconds(1)));
    }
}
