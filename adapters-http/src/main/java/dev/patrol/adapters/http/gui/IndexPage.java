package dev.patrol.adapters.http.gui;

import dev.patrol.ports.api.ApiStatus;
import java.time.Instant;
import java.util.List;

/** The overview at `/` (spec §8.1): daemon banner and uptime, then the Applications and Services tables. */
final class IndexPage {
    /** The URL the page script fetches to refresh the overview in place. */
    static final String FRAGMENT = "/?fragment=1";

    private final Rows rows;

    IndexPage(Rows rows) {
        this.rows = rows;
    }

    /** The whole page; `warning` ("" for none) is shown in a red box above the tables. */
    String page(ApiStatus s, Instant now, String warning, String csrf) {
        return Page.render("Overview", FRAGMENT, fragment(s, now, warning, csrf));
    }

    /** The part of the page that live updates replace; `csrf` is the client's form token. */
    String fragment(ApiStatus s, Instant now, String warning, String csrf) {
        List<ObjectView> apps = ObjectView.apps(s);
        List<ObjectView> services = ObjectView.services(s);
        StringBuilder b = new StringBuilder(8192);
        b.append(Page.snapshot(StateVersion.of(s), now));
        if (s.shutdown()) {
            b.append("<div class=\"banner danger\">Patrol IS Shutting Down!!!</div>");
        } else if (s.started() == null) {
            b.append("<div class=\"banner danger\">Patrol is NOT running!!!</div>");
        }
        b.append(Page.warning(warning));
        b.append("<section class=\"stats\">");
        stat(b, "Uptime", s.started() == null ? "—" : Times.since(s.started(), now));
        stat(b, "Applications", count(apps));
        stat(b, "Services", count(services));
        stat(b, "Instance", "<code>" + Html.esc(s.instanceId()) + "</code>");
        b.append("</section>");
        b.append("<section><h2>Applications</h2>").append(rows.table(apps, true, now, csrf)).append("</section>");
        b.append("<section><h2>Services</h2>").append(rows.table(services, false, now, csrf)).append("</section>");
        return b.toString();
    }

    private static void stat(StringBuilder b, String label, String valueHtml) {
        b.append("<div class=\"stat\"><div class=\"k\">").append(label).append("</div><div class=\"v\">")
                .append(valueHtml).append("</div></div>");
    }

    /** `3 <small>2 running · 1 disabled</small>`: the total and the non-zero states. */
    private static String count(List<ObjectView> objects) {
        StringBuilder b = new StringBuilder().append(objects.size()).append(" <small>");
        String sep = "";
        for (ObjectView.State st : ObjectView.State.values()) {
            long n = objects.stream().filter(o -> o.state() == st).count();
            if (n > 0) {
                b.append(sep).append("<span class=\"n s-").append(st.label()).append("\">").append(n).append(' ')
                        .append(st.label()).append("</span>");
                sep = " · ";
            }
        }
        return b.append("</small>").toString();
    }
}
