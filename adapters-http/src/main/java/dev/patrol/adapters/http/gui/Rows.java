package dev.patrol.adapters.http.gui;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.HistoryRecord;
import java.time.Instant;
import java.util.List;

/** The Applications and Services tables of the overview: one row per object, sorted by id. */
final class Rows {
    private final Times times;
    private final Controls controls;

    Rows(Times times, Controls controls) {
        this.times = times;
        this.controls = controls;
    }

    /** A table of apps or services, or a short note when there are none; `csrf` goes into each form. */
    String table(List<ObjectView> objects, boolean apps, Instant now, String csrf) {
        if (objects.isEmpty()) {
            return "<p class=\"empty\">" + (apps ? "No applications configured." : "No services configured.") + "</p>";
        }
        StringBuilder b = new StringBuilder(objects.size() * 2048);
        b.append("<table class=\"objects ").append(apps ? "apps" : "services").append("\"><thead><tr><th>")
                .append(apps ? "Application" : "Service")
                .append("</th><th>State</th><th>Uptime</th><th>Actions</th>")
                .append(apps ? "<th>Logs</th>" : "").append("</tr></thead><tbody>");
        for (ObjectView o : objects) {
            row(b, o, now, csrf);
        }
        return b.append("</tbody></table>").toString();
    }

    private void row(StringBuilder b, ObjectView o, Instant now, String csrf) {
        ApiResponse r = o.r();
        String state = o.state().label();
        b.append("<tr id=\"").append(Html.esc(o.group().wire() + "-" + o.id())).append("\" class=\"s-").append(state)
                .append("\" data-id=\"").append(Html.esc(o.id())).append("\" data-state=\"").append(state).append("\">");
        b.append("<td class=\"who\"><a class=\"name\" href=\"").append(Html.esc(o.apiLink())).append("\" title=\"JSON API\">")
                .append(Html.esc(o.name())).append("</a><div class=\"sub\"><code>").append(Html.esc(o.id()))
                .append("</code> · <a href=\"").append(Html.esc(o.page())).append("\">details</a></div></td>");
        b.append("<td class=\"st\"><span class=\"badge\">").append(state).append("</span>");
        if (o.isApp() && r.pid() > 0) {
            b.append("<div class=\"sub\">pid <span class=\"pid\">").append(r.pid()).append("</span></div>");
        }
        // The badge already says disabled or restarting; the chips add what it cannot.
        b.append("<div class=\"flags\">").append(chips(r.runOnce(), r.secret())).append(launchFailed(r)).append("</div></td>");
        int past = r.history().size();
        b.append("<td class=\"time\">").append(uptime(o, now)).append("<div class=\"sub\">").append(past)
                .append(past == 1 ? " past instance" : " past instances").append("</div></td>");
        b.append("<td class=\"act\">").append(controls.form(o, "", csrf)).append("</td>");
        if (o.isApp()) {
            b.append("<td class=\"logs\">").append(controls.logLinks(o)).append("</td>");
        }
        b.append("</tr>");
    }

    /** Running: the live uptime, start and last-seen times. Otherwise when the last instance stopped. */
    String uptime(ObjectView o, Instant now) {
        ApiResponse r = o.r();
        if (r.started() != null) {
            StringBuilder b = new StringBuilder("up ").append(Times.since(r.started(), now))
                    .append("<div class=\"sub\">since ").append(times.element(r.started())).append("</div>");
            if (r.lastSeen() != null) {
                b.append("<div class=\"sub\">seen ").append(times.element(r.lastSeen())).append("</div>");
            }
            return b.toString();
        }
        List<HistoryRecord> h = r.history();
        if (h.isEmpty()) {
            return "<span class=\"none\">never started</span>";
        }
        HistoryRecord last = h.get(h.size() - 1);
        StringBuilder b = new StringBuilder("<span class=\"none\">not running</span>");
        if (last.stopped() != null) {
            b.append("<div class=\"sub\">stopped ").append(times.element(last.stopped())).append("</div>");
        }
        if (o.isApp() && (last.exitCode() != 0 || last.signal() != 0)) {
            b.append("<div class=\"sub\">").append(last.signal() != 0 ? "signal " + last.signal() : "exit " + last.exitCode())
                    .append("</div>");
        }
        return b.toString();
    }

    /** Chips for every set flag; `secret` means "protected", never the secret itself. */
    static String flags(ApiResponse r) {
        StringBuilder b = new StringBuilder();
        chip(b, r.disabled(), "disabled", "off");
        chip(b, r.restart(), "restart", "warn");
        return b.append(chips(r.runOnce(), r.secret())).toString();
    }

    private static String chips(boolean runOnce, boolean secret) {
        StringBuilder b = new StringBuilder();
        chip(b, runOnce, "run-once", "info");
        chip(b, secret, "secret", "lock");
        return b.toString();
    }

    /** Issue #12: a chip saying the latest launch failed, the error and its time in the tooltip. */
    private String launchFailed(ApiResponse r) {
        if (r.launchError() == null) {
            return "";
        }
        String title = r.launchError().error() + (r.launchError().time() == null ? "" : " (" + times.format(r.launchError().time()) + ")");
        return "<span class=\"chip bad launch-error\" title=\"" + Html.esc(title) + "\">launch failed</span>";
    }

    private static void chip(StringBuilder b, boolean on, String label, String css) {
        if (on) {
            b.append("<span class=\"chip ").append(css).append("\">").append(label).append("</span>");
        }
    }
}
