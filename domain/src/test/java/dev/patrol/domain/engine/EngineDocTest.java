package dev.patrol.domain.engine;

import static dev.patrol.domain.engine.AppViews.CHILD;
import static dev.patrol.domain.engine.AppViews.app;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.config.AppConfig;
import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.PidReading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/ENGINE.md cannot drift: its state tables are rendered from the code and compared here. */
class EngineDocTest {
    private static final int PATROL = AppConfig.KEEPALIVE_PID_PATROL;

    @Test
    void givenTheCode_renderingTheAppTransitions_matchesDocsEngineMd() throws IOException {
        assertSection("app-transitions", AppTable.render(AppTableRows.rows()));
    }

    @Test
    void givenTheCode_renderingTheServiceTransitions_matchesDocsEngineMd() throws IOException {
        assertSection("service-transitions", ServiceTable.render());
    }

    @Test
    void givenTheCode_renderingThePhaseByEventMatrix_matchesDocsEngineMd() throws IOException {
        assertSection("app-matrix", matrix());
    }

    @Test
    void givenTheEnums_docsEngineMd_namesEveryPhaseAndCloseReason() throws IOException {
        String doc = Files.readString(EngineDoc.FILE, StandardCharsets.UTF_8);
        for (AppPhase p : AppPhase.values()) {
            assertTrue(doc.contains("\n| " + p + " | "), "the phases table lacks " + p);
        }
        for (ServicePhase p : ServicePhase.values()) {
            assertTrue(doc.contains("\n| " + p + " | "), "the service phases table lacks " + p);
        }
        for (CloseReason r : CloseReason.values()) {
            assertTrue(r == CloseReason.NONE || doc.contains("`" + r.wire() + "`"), "no mention of " + r.wire());
        }
    }

    private static void assertSection(String name, String rendered) throws IOException {
        Path out = Path.of("target", "ENGINE-" + name + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, rendered, StandardCharsets.UTF_8);
        assertEquals(rendered, EngineDoc.section(name), "docs/ENGINE.md disagrees with the code; the rendered"
                + " section is in domain/" + out);
    }

    /** Each phase's plainest view against each event's plainest form: the phase it leads to, `—` when ignored. */
    private static String matrix() {
        StringBuilder b = new StringBuilder("| phase \\ event | ");
        b.append(Arrays.stream(AppEvent.Kind.values()).map(Enum::name).collect(Collectors.joining(" | "))).append(" |\n|---|");
        b.append("---|".repeat(AppEvent.Kind.values().length)).append('\n');
        for (AppPhase p : AppPhase.values()) {
            b.append("| ").append(p).append(" |");
            for (AppEvent.Kind k : AppEvent.Kind.values()) {
                Transition t = AppTransitions.on(view(p), event(k));
                b.append(' ').append(t.effects().isEmpty() ? "—" : t.next().toString()).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static AppView view(AppPhase p) {
        return switch (p) {
            case DOWN -> app(PATROL).view();
            case UP -> app(PATROL).up(CHILD).child().view();
            case STOPPING -> app(PATROL).up(CHILD).child().stopping(CHILD, CloseReason.NONE).view();
            case BACKOFF -> app(PATROL).backoff().view();
            case HELD -> app(PATROL).state(s -> s.withDisabled(true)).view();
            case ORPHANED -> app(PATROL).child().view();
        };
    }

    private static AppEvent event(AppEvent.Kind k) {
        return switch (k) {
            case DECIDE -> new AppEvent.Decide(false);
            case LAUNCHED -> new AppEvent.Launched();
            case LAUNCH_FAILED -> new AppEvent.LaunchFailed("ENOENT", AppEffect.Level.WARN);
            case EXITED -> new AppEvent.Exited(1, ExitStatus.exited(1), 0);
            case PING_CHECKED -> new AppEvent.PingChecked(0);
            case PID_READ -> new AppEvent.PidRead(PidReading.missing("no such file"), null, false);
            case PINGED -> new AppEvent.Pinged(0, false);
            case EXECUTE_TIMEOUT -> new AppEvent.ExecuteTimeout();
            case STOP_PROBED -> new AppEvent.StopProbed(CHILD, CloseReason.NONE, true, 7, null);
            case STOP_TIMER -> new AppEvent.StopTimer(TimerKind.TERM, false);
            case RECONFIGURE -> new AppEvent.Reconfigure(Fixtures.app(PATROL).binary("run2").build());
            case RETIRE -> new AppEvent.Retire();
            case SHUTDOWN -> new AppEvent.Shutdown(false);
        };
    }
}
