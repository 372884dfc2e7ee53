package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.codec.json.GoTimeLayout;
import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.Group;
import dev.patrol.ports.api.LaunchError;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue #12, finding 9: the GUI shows an app's latest launch error (detail page and overview row). */
class LaunchErrorPagesTest {
    private static final Instant NOW = Instant.parse("2026-12-03T13:04:05Z");
    private static final LaunchError ERROR = new LaunchError("unable to open log file /srv/<logs>: Not a directory", NOW);

    private final Times times = new Times(GoTimeLayout.rfc1123z(), ZoneOffset.UTC);
    private final Controls controls = new Controls();

    private static ApiResponse app(LaunchError e) {
        return new ApiResponse(null, "", null, "Web", 0, null, null, false, false, false, false, List.of(), Map.of(),
                false, List.of(), 1, false, e);
    }

    @Test
    void issue12_aFailedLaunch_detailPage_showsTheErrorAndItsTimeEscaped() {
        String html = new DetailPage(times, controls).fragment(new ObjectView(Group.APP, "web", app(ERROR)), "v", NOW, "", "token");

        assertTrue(html.contains("<strong>Launch failed</strong>"), html);
        assertTrue(html.contains("unable to open log file /srv/&lt;logs&gt;: Not a directory"), html);
        assertTrue(html.contains("datetime=\"2026-12-03T13:04:05Z\""), html);
    }

    @Test
    void issue12_aFailedLaunch_overviewRow_carriesALaunchFailedChip() {
        String html = new Rows(times, controls).table(List.of(new ObjectView(Group.APP, "web", app(ERROR))), true, NOW, "token");

        assertTrue(html.contains("launch failed</span>"), html);
        assertTrue(html.contains("title=\"unable to open log file /srv/&lt;logs&gt;: Not a directory (Thu, 03 Dec 2026 13:04:05 +0000)\""), html);
    }

    @Test
    void issue12_noLaunchError_pages_showNothingAndTheVersionMoves() {
        ObjectView ok = new ObjectView(Group.APP, "web", app(null));
        assertFalse(new DetailPage(times, controls).fragment(ok, "v", NOW, "", "token").contains("Launch failed"));
        assertFalse(new Rows(times, controls).table(List.of(ok), true, NOW, "token").contains("launch failed"));
        assertNotEquals(StateVersion.of(new ApiStatus("i", Map.of("web", app(null)), Map.of(), NOW, false)),
                StateVersion.of(new ApiStatus("i", Map.of("web", app(ERROR)), Map.of(), NOW, false)));
    }
}
