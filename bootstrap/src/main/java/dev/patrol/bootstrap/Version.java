package dev.patrol.bootstrap;

/** The version from the jar manifest, or `dev` when run from classes. */
final class Version {
    private Version() {
    }

    static String current() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
