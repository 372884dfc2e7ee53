package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.Signal;
import dev.patrol.ports.testing.FakeProcessTable.Sent;
import org.junit.jupiter.api.Test;

/** Issue #13 defect 2 (product.md F3): an invalid PID file never keeps an instance alive. */
class InvalidPidFileTest {
    private static ApiResponse web(Harness h) {
        return h.read("app", "web");
    }

    @Test
    void issue13_aLaunchedAppWritingGarbage_isClosedStoppedAndRelaunchedAfterTwoTicks() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_APP).build()));
        h.start();
        assertEquals(1, h.launcher.count());
        h.pidFiles.put("/srv/app/app.pid", "0");
        h.advanceSeconds(29);
        assertNotNull(web(h).started(), "inside the grace of two ticks (2 x 15 s)");
        h.advanceSeconds(1);
        ApiResponse r = web(h);
        assertNull(r.started());
        assertEquals("pid-file-invalid", r.history().get(0).reason());
        assertTrue(h.processes.sent().contains(new Sent(101, Signal.USR1, false)), h.processes.sent().toString());
        h.launcher.exit(101, ExitStatus.killedBy(15));
        h.drain();
        assertEquals(2, h.launcher.count(), "the restart policy relaunches it");
        assertEquals(1, web(h).history().size(), "one record for the invalid file");
    }

    @Test
    void issue13_aMissingPidFile_keepsWaitingForTheLaunchedApp() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_APP).build()));
        h.start();
        h.advanceSeconds(60);
        assertNotNull(web(h).started(), "§12.8: a slow app may still write it");
    }
}
