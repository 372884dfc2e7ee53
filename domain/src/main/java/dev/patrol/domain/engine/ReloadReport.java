package dev.patrol.domain.engine;

import java.util.ArrayList;
import java.util.List;

/** What a reload did, as `app web`-style labels, for the daemon's log. */
public record ReloadReport(List<String> added, List<String> changed, List<String> removed) {
    public ReloadReport {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    @Override
    public String toString() {
        return "added=" + added + " changed=" + changed + " removed=" + removed;
    }

    /** Collects labels while the reload runs. */
    static final class Builder {
        private final List<String> added = new ArrayList<>();
        private final List<String> changed = new ArrayList<>();
        private final List<String> removed = new ArrayList<>();

        void added(String label) {
            added.add(label);
        }

        void changed(String label) {
            changed.add(label);
        }

        void removed(String label) {
            removed.add(label);
        }

        ReloadReport build() {
            return new ReloadReport(added, changed, removed);
        }
    }
}
