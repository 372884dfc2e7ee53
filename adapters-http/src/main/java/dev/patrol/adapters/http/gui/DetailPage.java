package dev.patrol.adapters.http.gui;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.HistoryRecord;
import dev.patrol.ports.api.LaunchError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The page of one app or service (A6): state, actions, key/value and the history table, newest first. */
final class DetailPage {
    private final Times times;
    private final Controls controls;

    DetailPage(Times times, Controls controls) {
        this.times = times;
        this.controls = controls;
    }

    /** The fragment URL of this object's page. */
    static String fragmentUrl(ObjectView o) {
        return o.page() + "?fragment=1";
    }

    String page(ObjectView o, String version, Instant now, String warning, String csrf) {
        return Page.render(o.name(), fragmentUrl(o), fragment(o, version, now, warning, csrf));
    }

    /** `csrf` is the form token of the client the fragment is for. */
    String fragment(ObjectView o, String version, Instant now, String warning, String csrf) {
        ApiResponse r = o.r();
        String state = o.state().label();
        StringBuilder b = new StringBuilder(8192).append(Page.snapshot(version, now));
        b.append("<nav class=\"crumbs\"><a href=\"/\">Overview</a> / ").append(o.group().wire()).append(" / <code>")
                .append(Html.esc(o.id())).append("</code></nav>");
        b.append(Page.warning(warning));
        b.append(launchError(r.launchError()));
        b.append("<section class=\"head s-").append(state).append("\" id=\"").append(Html.esc(o.group().wire() + "-" + o.id()))
                .append("\" data-state=\"").append(state).append("\"><h1>").append(Html.esc(o.name()))
                .append(" <span class=\"badge\">").append(state).append("</span></h1>")
                .append("<div class=\"sub\">").append(Html.a(o.apiLink() + "&history=true", "JSON")).append("</div>")
                .append(controls.form(o, o.page(), csrf));
        if (o.isApp()) {
            b.append(controls.logLinks(o));
        }
        b.append("</section><div class=\"cols\"><section class=\"facts\"><h2>State</h2><table class=\"kv\">");
        fact(b, "ID", "<code>" + Html.esc(o.id()) + "</code>");
        if (o.isApp()) {
            fact(b, "PID", String.valueOf(r.pid()));
        }
        fact(b, "Instance", r.instanceId().isEmpty() ? "<span class=\"none\">—</span>" : "<code>" + Html.esc(r.instanceId()) + "</code>");
        fact(b, "Uptime", r.started() == null ? "<span class=\"none\">not running</span>" : Times.since(r.started(), now));
        fact(b, "Started", times.element(r.started()));
        fact(b, "Last seen", times.element(r.lastSeen()));
        String flags = Rows.flags(r);
        fact(b, "Flags", flags.isEmpty() ? "<span class=\"none\">—</span>" : flags);
        fact(b, "CAS", Long.toUnsignedString(r.cas()));
        b.append("</table></section>");
        b.append("<section class=\"kvs\"><h2>Key / value</h2>").append(keyValue(r.keyValue())).append("</section></div>");
        b.append("<section><h2>History <span class=\"count\">").append(r.history().size()).append("</span></h2>")
                .append(history(r.history(), o.isApp())).append("</section>");
        return b.toString();
    }

    /** Issue #12: the latest launch failed; shown until a launch works. */
    private String launchError(LaunchError e) {
        if (e == null) {
            return "";
        }
        return "<div class=\"warning launch-error\" role=\"alert\"><strong>Launch failed</strong> "
                + times.element(e.time()) + ": <code>" + Html.esc(e.error()) + "</code></div>";
    }

    private static void fact(StringBuilder b, String k, String vHtml) {
        b.append("<tr><th>").append(k).append("</th><td>").append(vHtml).append("</td></tr>");
    }

    private static String keyValue(Map<String, Object> kv) {
        if (kv.isEmpty()) {
            return "<p class=\"empty\">No key/value data.</p>";
        }
        StringBuilder b = new StringBuilder("<table class=\"kv data\"><thead><tr><th>Key</th><th>Value</th></tr></thead><tbody>");
        new TreeMap<>(kv).forEach((k, v) -> b.append("<tr><th><code>").append(Html.esc(k)).append("</code></th><td><code>")
                .append(Html.esc(MiniJson.value(v))).append("</code></td></tr>"));
        return b.append("</tbody></table>").toString();
    }

    private String history(List<HistoryRecord> history, boolean app) {
        if (history.isEmpty()) {
            return "<p class=\"empty\">No past instances yet.</p>";
        }
        StringBuilder b = new StringBuilder("<table class=\"history\"><thead><tr><th>#</th><th>Instance</th>")
                .append(app ? "<th>PID</th>" : "").append("<th>Started</th><th>Stopped</th><th>Duration</th>")
                .append(app ? "<th>Exit</th><th>Signal</th>" : "").append("<th>Reason</th><th>Flags</th></tr></thead><tbody>");
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryRecord h = history.get(i);
            b.append("<tr><td>").append(i + 1).append("</td><td><code title=\"").append(Html.esc(h.instanceId())).append("\">")
                    .append(Html.esc(h.instanceId().length() > 8 ? h.instanceId().substring(0, 8) : h.instanceId()))
                    .append("</code></td>");
            if (app) {
                b.append("<td>").append(h.pid()).append("</td>");
            }
            b.append("<td>").append(times.element(h.started())).append("</td><td>").append(times.element(h.stopped()))
                    .append("</td><td>").append(h.started() != null && h.stopped() != null
                            ? Html.esc(Times.duration(Duration.between(h.started(), h.stopped()))) : "")
                    .append("</td>");
            if (app) {
                b.append("<td class=\"").append(h.exitCode() == 0 ? "ok" : "bad").append("\">").append(h.exitCode())
                        .append("</td><td>").append(h.signal() == 0 ? "" : String.valueOf(h.signal())).append("</td>");
            }
            b.append("<td>").append(Html.esc(h.reason())).append("</td><td>");
            historyFlags(b, h);
            b.append("</td></tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    private static void historyFlags(StringBuilder b, HistoryRecord h) {
        b.append(h.disabled() ? "<span class=\"chip\">disabled</span>" : "")
                .append(h.restart() ? "<span class=\"chip\">restart</span>" : "")
                .append(h.runOnce() ? "<span class=\"chip\">run-once</span>" : "")
                .append(h.shutdown() ? "<span class=\"chip\">shutdown</span>" : "");
    }
}
