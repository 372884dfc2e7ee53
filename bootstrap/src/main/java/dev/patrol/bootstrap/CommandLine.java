package dev.patrol.bootstrap;

/** The daemon's arguments. Both `-config` (the original's flag) and `--config` work. */
record CommandLine(String config, boolean check, boolean version, boolean selfTest, boolean cgroups) {
    static final String USAGE = "usage: patrol [-config|--config PATH] [--check] [--version] [--self-test]"
            + " [--no-cgroups]";

    static CommandLine parse(String[] args) {
        String config = "config.json";
        boolean check = false;
        boolean version = false;
        boolean selfTest = false;
        boolean cgroups = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--config=") || a.startsWith("-config=")) {
                config = a.substring(a.indexOf('=') + 1);
            } else if (a.equals("--config") || a.equals("-config")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a path");
                }
                config = args[++i];
            } else if (a.equals("--check") || a.equals("-check")) {
                check = true;
            } else if (a.equals("--version") || a.equals("-version")) {
                version = true;
            } else if (a.equals("--self-test")) {
                selfTest = true;
            } else if (a.equals("--no-cgroups")) {
                cgroups = false;
            } else {
                throw new IllegalArgumentException("unknown argument " + a);
            }
        }
        if (config.isEmpty()) {
            throw new IllegalArgumentException("the config path is empty");
        }
        return new CommandLine(config, check, version, selfTest, cgroups);
    }
}
