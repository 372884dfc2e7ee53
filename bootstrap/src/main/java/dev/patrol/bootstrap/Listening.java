package dev.patrol.bootstrap;

/** A network listener the lifecycle starts and stops (HTTP, UDP). */
public interface Listening {
    /** Binds and starts serving; a failure to bind is thrown (F15: never run deaf). */
    void start() throws Exception;

    void stop();

    /** `http 127.0.0.1:8421`, for log lines. */
    String describe();

    /** A starter that may fail to bind. */
    @FunctionalInterface
    interface Start {
        void run() throws Exception;
    }

    static Listening of(String description, Start start, Runnable stop) {
        return new Listening() {
            @Override
            public void start() throws Exception {
                start.run();
            }

            @Override
            public void stop() {
                stop.run();
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }
}
