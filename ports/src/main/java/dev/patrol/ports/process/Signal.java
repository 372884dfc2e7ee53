package dev.patrol.ports.process;

/** The signals Patrol sends, with their Linux numbers. */
public enum Signal {
    HUP(1),
    INT(2),
    KILL(9),
    USR1(10),
    USR2(12),
    TERM(15);

    private final int number;

    Signal(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }
}
