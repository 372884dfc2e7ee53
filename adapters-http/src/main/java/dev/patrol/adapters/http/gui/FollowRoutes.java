package dev.patrol.adapters.http.gui;

import dev.patrol.ports.inbound.AppLogs;
import dev.patrol.ports.inbound.AppLogsQuery;
import dev.patrol.ports.inbound.LogsAnswer;
import dev.patrol.ports.process.LogFiles;
import dev.patrol.ports.api.ApiError;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Live log follow (A6): GET or POST `/follow/{id}` is the page, `/follow/{id}/events` the
 * SSE stream of new lines. A stream is bounded: at most {@link #MAX_FOLLOWERS} at once, for
 * at most {@link #MAX_TIME}; it ends as soon as a write to a departed browser fails (a
 * heartbeat makes sure one happens). When the app starts a new instance it moves to the new file.
 */
final class FollowRoutes {
    static final int MAX_FOLLOWERS = 16;
    static final Duration MAX_TIME = Duration.ofHours(1);
    static final long TICK_MS = 250;
    private static final long RECHECK_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final LogAccess access;
    private final AppLogsQuery query;
    private final LogFiles files;
    private final ScheduledExecutorService scheduler;
    private int active; // scheduler thread only

    FollowRoutes(LogAccess access, AppLogsQuery query, LogFiles files, ScheduledExecutorService scheduler) {
        this.access = access;
        this.query = query;
        this.files = files;
        this.scheduler = scheduler;
    }

    void page(Context ctx) throws Exception {
        String id = ctx.pathParam("id");
        Form form = Form.of(ctx);
        LogAccess.Result r = access.check(ctx, form, id, false);
        if (r.granted() == null) {
            Page.send(ctx, r.status(), Page.render("Follow " + id, null, Page.warning(r.message())));
            return;
        }
        LogAccess.Granted g = r.granted();
        String stream = "stderr".equals(form.get("stream")) ? "stderr" : "stdout";
        if (LogFollower.refused(files, g.logs().logRoot(), pick(g.logs(), stream.equals("stderr")))) {
            Page.send(ctx, 403, Page.render("Follow " + id, null, Page.warning(LogFollower.REFUSED)));
            return;
        }
        Map<String, String> q = new LinkedHashMap<>();
        q.put("stream", stream);
        q.put(LogTickets.PARAM, access.ticketFor(g));
        String base = "/follow/" + Html.pct(g.appId());
        String other = stream.equals("stdout") ? "stderr" : "stdout";
        Map<String, String> switchQ = new LinkedHashMap<>(q);
        switchQ.put("stream", other);
        String html = "<nav class=\"crumbs\"><a href=\"/\">Overview</a> / " + Html.a("/app/" + Html.pct(g.appId()), g.appId())
                + " / follow</nav><h1>Following <code>" + stream + "</code> of <code>" + Html.esc(g.appId()) + "</code>"
                + (g.logs().merged() ? " <span class=\"chip info\">stdout and stderr merged</span>" : "") + "</h1>"
                + "<div class=\"followbar\"><span id=\"follow-status\" class=\"live off\">connecting</span>"
                + "<span id=\"follow-file\" class=\"sub\"></span>" + Html.a(base + "?" + Html.query(switchQ), "switch to " + other)
                + "<label><input type=\"checkbox\" id=\"follow-scroll\" checked> keep at bottom</label></div>"
                + "<pre id=\"follow\" class=\"follow\" data-stream=\"" + Html.esc(base + "/events?" + Html.query(q)) + "\"></pre>";
        Page.send(ctx, 200, Page.render("Follow " + g.appId(), null, html));
    }

    /** GET `/follow/{id}/events`: the SSE stream, for a request that asks for one. */
    void events(Context ctx) {
        SseStream.open(ctx, this::stream);
    }

    /** The SSE stream: access is checked again (header secret or ticket), then lines flow. */
    private void stream(SseStream client) {
        Context ctx = client.ctx();
        String id = ctx.pathParam("id");
        boolean stderr = "stderr".equals(ctx.queryParam("stream"));
        String header = ctx.header(LogAccess.SECRET_HEADER);
        String ticket = ctx.queryParam(LogTickets.PARAM);
        String secret = header != null && !header.isEmpty() ? header : access.secretOf(ticket, id);
        if (ctx.queryParam("secret") != null) {
            client.sendEvent("end", LogAccess.SECRET_IN_URL);
            client.close();
            return;
        }
        query.appLogs(id, secret).orTimeout(Guarded.ENGINE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((a, e) -> start(client, id, secret, stderr, a), scheduler);
    }

    private void start(SseStream client, String id, String secret, boolean stderr, LogsAnswer a) {
        LogFollower f = new LogFollower(client, files);
        if (a == null || a.status() != LogsAnswer.Status.OK) {
            f.end(a == null ? "Engine Busy" : (a.status() == LogsAnswer.Status.UNKNOWN_APP ? ApiError.UNKNOWN_APP : ApiError.SECRET_INVALID).text());
            return;
        }
        if (active >= MAX_FOLLOWERS) {
            f.end("too many followers (" + MAX_FOLLOWERS + "): close another follow page");
            return;
        }
        active++;
        f.switchTo(a.logs().logRoot(), pick(a.logs(), stderr));
        new Follow(f, id, secret, stderr).begin();
    }

    private static String pick(AppLogs logs, boolean stderr) {
        return stderr ? logs.stderr() : logs.stdout();
    }

    /** The periodic task of one follower. */
    private final class Follow implements Runnable {
        private final LogFollower follower;
        private final String id;
        private final String secret;
        private final boolean stderr;
        private final long started = System.nanoTime();
        private long lastRecheck = started;
        private long lastBeat = started;
        private ScheduledFuture<?> self;

        Follow(LogFollower follower, String id, String secret, boolean stderr) {
            this.follower = follower;
            this.id = id;
            this.secret = secret;
            this.stderr = stderr;
        }

        void begin() {
            self = scheduler.scheduleWithFixedDelay(this, TICK_MS, TICK_MS, TimeUnit.MILLISECONDS);
        }

        @Override
        public void run() {
            long now = System.nanoTime();
            if (follower.gone() || now - started >= MAX_TIME.toNanos()) {
                if (!follower.gone()) {
                    follower.end("time limit of " + MAX_TIME.toMinutes() + " minutes reached: reload to go on");
                }
                self.cancel(false);
                active--;
                return;
            }
            follower.poll();
            if (now - lastBeat >= HEARTBEAT_NANOS) {
                lastBeat = now;
                follower.heartbeat();
            }
            if (now - lastRecheck >= RECHECK_NANOS) {
                lastRecheck = now;
                query.appLogs(id, secret).whenCompleteAsync((a, e) -> recheck(a), scheduler);
            }
        }

        /** A new instance writes a new file; a changed secret ends the follow. */
        private void recheck(LogsAnswer a) {
            if (a == null || follower.gone()) {
                return;
            }
            if (a.status() != LogsAnswer.Status.OK) {
                follower.end("access ended: " + a.status());
                return;
            }
            follower.switchTo(a.logs().logRoot(), pick(a.logs(), stderr));
        }
    }
}
