package dev.patrol.ports.service;

/** How a service command is run (spec §1.7): management 1 `service NAME VERB`, 2 `INITD/NAME VERB`. */
public enum Management {
    SERVICE(1),
    INITD(2);

    private final int number;

    Management(int number) {
        this.number = number;
    }

    /** The config's number for this method. */
    public int number() {
        return number;
    }

    /** The method a config number names; 1 or 2. */
    public static Management of(int number) {
        for (Management m : values()) {
            if (m.number == number) {
                return m;
            }
        }
        throw new IllegalArgumentException("'management' must be 1 (service) or 2 (init.d), not " + number);
    }
}
