package dev.patrol.domain.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.inbound.LogsAnswer;
import org.junit.jupiter.api.Test;

/** The GUI's view of an app's logs: root, latest files, secret and unknown-app refusals. */
class AppLogLocatorTest {
    @Test
    void givenANeverLaunchedApp_appLogs_givesTheRootAndNoFiles() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_PATROL).build()));
        LogsAnswer a = h.supervisor.appLogs("web", "");
        assertEquals(LogsAnswer.Status.OK, a.status());
        assertEquals("/srv/app/logs", a.logs().logRoot());
        assertEquals("", a.logs().stdout());
    }

    @Test
    void givenALaunchedApp_appLogs_namesTheLatestLaunchFiles() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_PATROL).build()));
        h.start();
        LogsAnswer a = h.supervisor.appLogs("WEB", "");
        assertEquals(h.launcher.last().spec().stdoutFile(), a.logs().stdout());
        assertEquals(h.launcher.last().spec().stderrFile(), a.logs().stderr());
    }

    @Test
    void givenASecretOrAnUnknownId_appLogs_refuses() {
        Harness h = new Harness(Fixtures.oneApp(Fixtures.app(AppConfig.KEEPALIVE_PID_PATROL).secret("s").build()));
        assertEquals(LogsAnswer.Status.SECRET_INVALID, h.supervisor.appLogs("web", "").status());
        assertEquals(LogsAnswer.Status.SECRET_INVALID, h.supervisor.appLogs("web", "S").status());
        assertEquals(LogsAnswer.Status.OK, h.supervisor.appLogs("web", "s").status());
        assertEquals(LogsAnswer.Status.UNKNOWN_APP, h.supervisor.appLogs("nope", "s").status());
    }
}
