package dev.patrol.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What a command acts on: `ID` or `app/ID` for an app, `service/ID` for a service. */
record Target(String group, String id) {
    static Target parse(String arg) {
        String group = "app";
        String id = arg;
        int slash = arg.indexOf('/');
        if (slash >= 0) {
            group = arg.substring(0, slash);
            id = arg.substring(slash + 1);
            if (!group.equals("app") && !group.equals("service")) {
                throw Failure.usage("'" + arg + "': expected ID, app/ID or service/ID");
            }
        }
        if (id.isEmpty() || id.contains("/")) {
            throw Failure.usage("'" + arg + "': expected ID, app/ID or service/ID");
        }
        return new Target(group, id);
    }

    boolean isApp() {
        return group.equals("app");
    }

    /** The query naming it, `group=app&id=web`. */
    String query() {
        return "group=" + group + "&id=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return group + " " + id;
    }
}
