package dev.patrol.adapters.http.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.patrol.ports.api.Toggle;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Live updates (A6): `/events` announces state changes; `/follow/{id}` streams new log lines. */
class GuiLiveTest {
    private static final Duration WITHIN = Duration.ofSeconds(5);

    @RegisterExtension
    final GuiFixture f = GuiFixture.inTempDir();

    @Test
    void givenAListener_aToggleByAnotherClient_sendsANewVersionWithinASecond() throws Exception {
        try (SseReader events = new SseReader(f.client, f.uri("/events"))) {
            String first = events.await("a state event", e -> e.name().equals("state"), WITHIN).data();
            String page = f.get("/?fragment=1").body();
            assertTrue(page.contains("data-version=\"" + first + "\""), "the page and the stream agree on the version");
            long t0 = System.nanoTime();
            f.toggle("app", "web", Toggle.DISABLE);
            String next = events.await("a new version", e -> e.name().equals("state") && !e.data().equals(first), WITHIN).data();
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(1).toNanos(), "announced within a second");
            assertTrue(f.get("/?fragment=1").body().contains("data-version=\"" + next + "\""));
        }
    }

    @Test
    void givenAFollower_linesAppendedToTheLog_arriveAsEvents() throws Exception {
        Path log = f.writeStdout("web", "old line\n");
        HttpResponse<String> page = f.get("/follow/web");
        assertEquals(200, page.statusCode());
        Matcher m = Pattern.compile("data-stream=\"([^\"]+)\"").matcher(page.body());
        assertTrue(m.find(), page.body());
        try (SseReader follow = new SseReader(f.client, f.uri(m.group(1).replace("&amp;", "&")))) {
            follow.await("the file name", e -> e.name().equals("file") && e.data().equals(log.getFileName().toString()), WITHIN);
            follow.await("the existing tail", e -> e.name().equals("lines") && e.data().equals("[\"old line\"]"), WITHIN);
            Files.writeString(log, "fresh <line>\npartial", StandardOpenOption.APPEND);
            follow.await("the new line", e -> e.name().equals("lines") && e.data().equals("[\"fresh \\u003cline\\u003e\"]"), WITHIN);
            Files.writeString(log, " done\n", StandardOpenOption.APPEND);
            follow.await("the completed line", e -> e.name().equals("lines") && e.data().equals("[\"partial done\"]"), WITHIN);
        }
    }

    @Test
    void givenAProtectedAppOpenedByPost_follow_streamsThroughATicketNotTheSecret() throws Exception {
        f.writeStdout("vault", "classified\n");
        HttpResponse<String> page = f.post("/follow/vault",
                java.util.Map.of("csrf", f.csrf(), "group", "app", "id", "vault", "secret", GuiFixture.SECRET));
        assertEquals(200, page.statusCode());
        Matcher m = Pattern.compile("data-stream=\"([^\"]+)\"").matcher(page.body());
        assertTrue(m.find(), page.body());
        assertTrue(m.group(1).contains("ticket=") && !page.body().contains(GuiFixture.SECRET), m.group(1));
        try (SseReader follow = new SseReader(f.client, f.uri(m.group(1).replace("&amp;", "&")))) {
            follow.await("the log", e -> e.name().equals("lines") && e.data().equals("[\"classified\"]"), WITHIN);
        }
    }

    @Test
    void givenAProtectedAppWithoutItsSecret_follow_isRefused() throws Exception {
        assertEquals(403, f.get("/follow/vault").statusCode());
        try (SseReader follow = new SseReader(f.client, f.uri("/follow/vault/events"))) {
            follow.await("the end", e -> e.name().equals("end") && e.data().equals("Secret Invalid"), WITHIN);
        }
    }
}
