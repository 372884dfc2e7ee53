package dev.patrol.adapters.http.gui;

import java.util.ArrayList;
import java.util.List;

/**
 * The toggle form of one app or service and its log links. Every form posts to `/` with
 * hidden `id`, `group` (`service` for services: fix of spec §12.47) and the CSRF token; a
 * protected object's form has a password field, and its log links become buttons of that
 * same form (POST, `formaction`), so the secret never travels in a URL (F11).
 */
final class Controls {
    /** One toggle button: the form field name the handler reads, its label and tooltip. */
    record Button(String name, String label, String title, String css) {
    }

    static final Button ENABLE = new Button("enable", "Enable", "Toggle 1: enable", "go");
    static final Button DISABLE = new Button("disable", "Disable", "Toggle 2: disable (stops it)", "stop");
    static final Button RESTART = new Button("restart", "Restart", "Toggle 3: restart", "");
    static final Button ONCE_ON = new Button("runonce-enable", "Run once", "Toggle 4: run once, then disable", "");
    static final Button ONCE_OFF = new Button("runonce-disable", "Keep running", "Toggle 5: clear run-once", "");
    static final Button ENABLE_ONCE = new Button("enable-runonce-enable", "Enable once",
            "Toggle 6: enable and run once", "go");
    static final Button ENABLE_KEEP = new Button("enable-runonce-disable", "Enable, keep running",
            "Toggle 7: enable and clear run-once", "go");

    /**
     * The buttons that make sense now: Disable while enabled; Enable, 6 and 7 while disabled
     * (while enabled, 6 and 7 equal 4 and 5). Restart and run-once on/off always.
     */
    static List<Button> buttons(ObjectView o) {
        List<Button> out = new ArrayList<>();
        if (o.r().disabled()) {
            out.addAll(List.of(ENABLE, ENABLE_ONCE, ENABLE_KEEP));
        } else {
            out.add(DISABLE);
        }
        out.add(RESTART);
        out.add(o.r().runOnce() ? ONCE_OFF : ONCE_ON);
        return out;
    }

    /**
     * The toggle form; `back` is the page to return to after a toggle ("" for the overview);
     * `csrf` the token of the client it is rendered for.
     */
    String form(ObjectView o, String back, String csrf) {
        StringBuilder b = new StringBuilder(1024);
        b.append("<form class=\"toggle\" method=\"post\" action=\"/\" id=\"").append(Html.esc(o.formId())).append("\">")
                .append(hidden(CsrfTokens.FIELD, csrf))
                .append(hidden("group", o.group().wire()))
                .append(hidden("id", o.id()));
        if (!back.isEmpty()) {
            b.append(hidden("back", back));
        }
        b.append("<div class=\"btns\">");
        for (Button btn : buttons(o)) {
            b.append("<button type=\"submit\" name=\"").append(btn.name()).append("\" value=\"1\" title=\"")
                    .append(Html.esc(btn.title())).append("\" class=\"btn ").append(btn.css()).append("\">")
                    .append(Html.esc(btn.label())).append("</button>");
        }
        b.append("</div>");
        if (o.r().secret()) {
            b.append("<input class=\"secret\" type=\"password\" name=\"secret\" autocomplete=\"off\" placeholder=\"secret\"")
                    .append(" aria-label=\"Secret for ").append(Html.esc(o.id())).append("\">");
        }
        return b.append("</form>").toString();
    }

    /** stdout, its last 1000 lines, stderr, follow, and the log browser of an app. */
    String logLinks(ObjectView o) {
        String q = "?group=app&id=" + Html.pct(o.id());
        String follow = "/follow/" + Html.pct(o.id());
        String[][] links = {
            {"/stdout/" + q, "/stdout/", "stdout", "Whole stdout of the current instance"},
            {"/stdout/" + q + "&last=1000", "/stdout/?last=1000", "tail", "Last 1000 lines of stdout"},
            {"/stderr/" + q, "/stderr/", "stderr", "Whole stderr of the current instance"},
            {follow, follow, "follow", "Follow stdout live"},
            {"/logs/" + q, "/logs/", "files", "Browse the log directory"},
        };
        StringBuilder b = new StringBuilder("<div class=\"loglinks\">");
        for (String[] l : links) {
            if (o.r().secret()) {
                b.append("<button type=\"submit\" class=\"linkish\" form=\"").append(Html.esc(o.formId()))
                        .append("\" formaction=\"").append(Html.esc(l[1])).append("\" formmethod=\"post\" title=\"")
                        .append(Html.esc(l[3] + " (needs the secret)")).append("\">").append(Html.esc(l[2])).append("</button>");
            } else {
                b.append("<a href=\"").append(Html.esc(l[0])).append("\" title=\"").append(Html.esc(l[3])).append("\">")
                        .append(Html.esc(l[2])).append("</a>");
            }
        }
        return b.append("</div>").toString();
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + Html.esc(name) + "\" value=\"" + Html.esc(value) + "\">";
    }
}
