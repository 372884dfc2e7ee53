package dev.patrol.ports.api;

/** The toggle numbers of the API (spec §2.3); 0 means "no toggle". */
public final class Toggle {
    public static final int NONE = 0;
    public static final int ENABLE = 1;
    public static final int DISABLE = 2;
    public static final int RESTART = 3;
    public static final int RUNONCE_ENABLE = 4;
    public static final int RUNONCE_DISABLE = 5;
    public static final int ENABLE_RUNONCE_ENABLE = 6;
    public static final int ENABLE_RUNONCE_DISABLE = 7;
    public static final int MAX = 7;

    private Toggle() {
    }
}
