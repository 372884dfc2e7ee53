package dev.patrol.adapters.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Writes a fake `service` command and fake init.d scripts (POSIX sh) into a temp dir. Every
 * call appends its argv as `[arg0][arg1]...` to `service-calls.log` or `initd-calls.log`.
 */
final class FakeScripts {
    private final Path dir;
    private final Path bin;
    private final Path initd;

    FakeScripts(Path dir) throws IOException {
        this.dir = dir;
        this.bin = Files.createDirectories(dir.resolve("bin"));
        this.initd = Files.createDirectories(dir.resolve("init.d"));
    }

    Path bin() {
        return bin;
    }

    Path initd() {
        return initd;
    }

    Path file(String name) {
        return dir.resolve(name);
    }

    /** `bin/service`: records its call, PATH and CWD, then runs `init.d/$1 $2` like the real one. */
    Path serviceCommand() throws IOException {
        return executable(bin.resolve("service"), record("service-calls.log")
                + "printf '%s\\n' \"$PATH\" > '" + file("service-path.txt") + "'\n"
                + "pwd -P > '" + file("service-cwd.txt") + "'\n"
                + "exec '" + initd + "'/\"$1\" \"$2\"\n");
    }

    Path exitsWith(String service, int code) throws IOException {
        return initdScript(service, "exit " + code + "\n");
    }

    /**
     * Waits until {@link #openGate} is called, then exits with `code`; also exits (99) if the
     * temp dir is deleted first, so a failed test leaves no script behind.
     */
    Path waitsForGate(String service, int code) throws IOException {
        Path gate = file("gate-" + service);
        return initdScript(service, "while [ ! -e '" + gate + "' ]; do\n"
                + "  [ -d '" + dir + "' ] || exit 99\n  sleep 0.05\ndone\nexit " + code + "\n");
    }

    void openGate(String service) throws IOException {
        Files.writeString(file("gate-" + service), "open");
    }

    /**
     * Hangs with three grandchildren, each writing its PID to a file: one orphaned to init but
     * still in the group (`orphan.pid`), one in its own session but still a descendant
     * (`escaped.pid`), and a plain background child (`grandchild.pid`).
     */
    Path hangsWithGrandchildren(String service) throws IOException {
        return initdScript(service, ""
                + "( sleep 600 & echo $! > '" + file("orphan.pid") + "' )\n"
                + "setsid sleep 600 & echo $! > '" + file("escaped.pid") + "'\n"
                + "sleep 600 & echo $! > '" + file("grandchild.pid") + "'\n"
                + "echo ready > '" + file("hang-ready") + "'\n"
                + "wait\n");
    }

    Path printsBytes(String service, long bytes) throws IOException {
        return initdScript(service, "head -c " + bytes + " /dev/zero\nhead -c " + bytes
                + " /dev/zero >&2\n");
    }

    Path notExecutable(String service) throws IOException {
        Path script = exitsWith(service, 0);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
        return script;
    }

    List<String> serviceCalls() throws IOException {
        return lines("service-calls.log");
    }

    List<String> initdCalls() throws IOException {
        return lines("initd-calls.log");
    }

    long pid(String fileName) throws IOException {
        return Long.parseLong(Files.readString(file(fileName)).trim());
    }

    private List<String> lines(String name) throws IOException {
        Path log = file(name);
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private Path initdScript(String service, String body) throws IOException {
        return executable(initd.resolve(service), record("initd-calls.log") + body);
    }

    private String record(String logName) {
        return "printf '[%s]' \"$0\" \"$@\" >> '" + file(logName) + "'\necho >> '" + file(logName)
                + "'\n";
    }

    private static Path executable(Path script, String body) throws IOException {
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
