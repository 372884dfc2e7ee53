package dev.patrol.adapters.http.gui;

import dev.patrol.ports.api.ApiResponse;
import dev.patrol.ports.api.ApiStatus;
import dev.patrol.ports.api.Group;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One app or service as the GUI shows it: its status entry plus its id, group and display state. */
record ObjectView(Group group, String id, ApiResponse r) {

    /** What an operator needs to know at a glance; each has a colour in the stylesheet. */
    enum State {
        RUNNING("running"), RESTARTING("restarting"), STOPPING("stopping"), DISABLED("disabled"), DOWN("down");

        private final String label;

        State(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** The apps of a status, sorted by id. */
    static List<ObjectView> apps(ApiStatus s) {
        return list(Group.APP, s.apps());
    }

    /** The services of a status, sorted by id. */
    static List<ObjectView> services(ApiStatus s) {
        return list(Group.SERVICE, s.services());
    }

    private static List<ObjectView> list(Group g, Map<String, ApiResponse> m) {
        List<ObjectView> out = new ArrayList<>();
        new TreeMap<>(m).forEach((id, r) -> out.add(new ObjectView(g, id, r)));
        return out;
    }

    boolean running() {
        return r.started() != null;
    }

    /**
     * Running and wanted: running. Running but disabled: stopping. Restart pending:
     * restarting. Not running and disabled: disabled. Not running but wanted: down.
     */
    State state() {
        if (r.restart()) {
            return State.RESTARTING;
        }
        if (running()) {
            return r.disabled() ? State.STOPPING : State.RUNNING;
        }
        return r.disabled() ? State.DISABLED : State.DOWN;
    }

    boolean isApp() {
        return group == Group.APP;
    }

    /** `/app/ID` or `/service/ID`. */
    String page() {
        return "/" + group.wire() + "/" + Html.pct(id);
    }

    /** The JSON API link of the original GUI. */
    String apiLink() {
        return "/api/?group=" + group.wire() + "&id=" + Html.pct(id);
    }

    /** The DOM id of this object's toggle form. */
    String formId() {
        return "f-" + group.wire() + "-" + id;
    }

    String name() {
        return r.name().isEmpty() ? id : r.name();
    }
}
