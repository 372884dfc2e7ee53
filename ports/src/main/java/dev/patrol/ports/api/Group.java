package dev.patrol.ports.api;

/** The two kinds of supervised object, with their wire names. */
public enum Group {
    APP("app"),
    SERVICE("service");

    private final String wire;

    Group(String wire) {
        this.wire = wire;
    }

    /** The normalised singular name used in responses. */
    public String wire() {
        return wire;
    }
}
