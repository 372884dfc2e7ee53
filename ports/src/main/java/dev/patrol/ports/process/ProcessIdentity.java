package dev.patrol.ports.process;

/**
 * What a live process runs, for `pid-verify` (product.md F3): the target of /proc/PID/exe,
 * argv[0], and, for a `#!` script the kernel started through its interpreter, the script's
 * path (argv[1] then). Each is "" when the OS will not say (another user's process, no /proc).
 */
public record ProcessIdentity(String executable, String argv0, String script) {
    public static final ProcessIdentity UNKNOWN = new ProcessIdentity("", "", "");

    public ProcessIdentity {
        executable = executable == null ? "" : executable;
        argv0 = argv0 == null ? "" : argv0;
        script = script == null ? "" : script;
    }

    /** True when the executable, argv[0] or the script is exactly `binary` (an absolute, cleaned path). */
    public boolean runs(String binary) {
        return !binary.isEmpty() && (binary.equals(executable) || binary.equals(argv0) || binary.equals(script));
    }
}
