package dev.patrol.ports.process;

/** The answer of a liveness probe. */
public enum Liveness {
    /** The process exists (kill(pid, 0) succeeded or failed with EPERM) and is not a zombie. */
    ALIVE,
    /** No such process, or a zombie. */
    DEAD
}
