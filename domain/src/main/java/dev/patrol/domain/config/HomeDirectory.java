package dev.patrol.domain.config;

/** The `~/` expansion of an app's working directory (spec §1.8); the home is supplied by the caller. */
public final class HomeDirectory {
    private HomeDirectory() {
    }

    /**
     * Replaces the `~` of an exact `~/` prefix with {@code home}. `~`, `~user/` and a missing or
     * empty home leave the path alone, so validation then reports it as relative.
     */
    public static String expand(String path, String home) {
        if (path == null || !path.startsWith("~/") || home == null || home.isEmpty()) {
            return path;
        }
        return home + path.substring(1);
    }
}
