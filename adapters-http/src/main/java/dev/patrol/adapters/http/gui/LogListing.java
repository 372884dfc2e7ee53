package dev.patrol.adapters.http.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A `/logs/` directory page (fix of spec §12.49): a whole HTML document, every name escaped
 * in text and percent-encoded in links, links absolute under `/logs/` carrying only `group`,
 * `id` and at most a read ticket (never the secret), no parent link above the log root.
 */
final class LogListing {
    private final Times times;

    LogListing(Times times) {
        this.times = times;
    }

    /** The page for directory `dir`, reached by `segments` under the root, listing `names` (dirs end in `/`). */
    String page(String appId, String ticket, List<String> segments, Path dir, List<String> names) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("group", "app");
        q.put("id", appId);
        q.put(LogTickets.PARAM, ticket);
        String query = "?" + Html.query(q);
        StringBuilder b = new StringBuilder(4096);
        b.append("<nav class=\"crumbs\"><a href=\"/\">Overview</a> / ")
                .append(Html.a("/app/" + Html.pct(appId), appId)).append(" / ")
                .append(Html.a("/logs/" + query, "logs"));
        StringBuilder path = new StringBuilder("/logs/");
        for (String s : segments) {
            path.append(Html.pct(s)).append('/');
            b.append(" / ").append(Html.a(path + query, s));
        }
        b.append("</nav><h1>Logs of <code>").append(Html.esc(appId)).append("</code></h1>");
        if (names.isEmpty()) {
            b.append("<p class=\"empty\">This directory is empty.</p>");
            return Page.render("Logs " + appId, null, b.toString());
        }
        b.append("<table class=\"files\"><thead><tr><th>Name</th><th>Size</th><th>Modified</th><th></th></tr></thead><tbody>");
        if (!segments.isEmpty()) {
            String up = path.substring(0, path.lastIndexOf("/", path.length() - 2) + 1);
            b.append("<tr><td>").append(Html.a(up + query, "../")).append("</td><td></td><td></td><td></td></tr>");
        }
        for (String name : names) {
            boolean isDir = name.endsWith("/");
            String bare = isDir ? name.substring(0, name.length() - 1) : name;
            String href = path + Html.pct(bare) + (isDir ? "/" : "");
            b.append("<tr><td>").append(Html.a(href + query, name)).append("</td>");
            attributes(b, dir.resolve(bare), isDir);
            b.append("<td>").append(isDir ? "" : Html.a(href + query + "&last=1000", "last 1000")).append("</td></tr>");
        }
        b.append("</tbody></table>");
        return Page.render("Logs " + appId, null, b.toString());
    }

    /** Size and modification time; a symbolic link is shown as such and not followed. */
    private void attributes(StringBuilder b, Path p, boolean isDir) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String size = a.isSymbolicLink() ? "link" : isDir ? "" : bytes(a.size());
            b.append("<td class=\"num\">").append(size).append("</td><td>")
                    .append(times.element(a.lastModifiedTime().toInstant())).append("</td>");
        } catch (IOException e) {
            b.append("<td></td><td></td>");
        }
    }

    /** `512 B`, `3.1 KiB`, `12.0 MiB`. */
    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
