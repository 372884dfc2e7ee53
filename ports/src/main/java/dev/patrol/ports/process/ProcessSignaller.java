package dev.patrol.ports.process;

/** Sends signals to one process or to a whole process group. */
public interface ProcessSignaller {
    /** Signals one process; false if it could not be delivered (no such process, no right). */
    boolean signal(long pid, Signal signal);

    /** Signals every process of group `pgid`; false if nothing could be signalled. */
    boolean signalGroup(long pgid, Signal signal);
}
