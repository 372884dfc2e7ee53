package dev.patrol.adapters.process;

import dev.patrol.ports.process.LaunchSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds a {@link LaunchSpec} for tests: own group, empty environment, no logs, no PID file. */
final class Spec {
    private final String executable;
    private String appId = "test-app";
    private final List<String> args = new ArrayList<>();
    private List<String> env = List.of();
    private String workingDirectory;
    private String stdout;
    private String stderr;
    private boolean ownGroup = true;
    private String pidFile = "";

    private Spec(String executable, String workingDirectory) {
        this.executable = executable;
        this.workingDirectory = workingDirectory;
    }

    static Spec of(Path executable, Path workingDirectory) {
        return new Spec(executable.toString(), workingDirectory.toString());
    }

    static Spec of(String executable, Path workingDirectory) {
        return new Spec(executable, workingDirectory.toString());
    }

    Spec id(String value) {
        appId = value;
        return this;
    }

    Spec args(String... values) {
        args.addAll(List.of(values));
        return this;
    }

    Spec env(String... entries) {
        env = List.of(entries);
        return this;
    }

    Spec stdout(Path file) {
        stdout = file.toString();
        return this;
    }

    Spec stderr(Path file) {
        stderr = file.toString();
        return this;
    }

    Spec merged(Path file) {
        return stdout(file).stderr(file);
    }

    Spec sameGroup() {
        ownGroup = false;
        return this;
    }

    Spec pidFile(Path file) {
        pidFile = file.toString();
        return this;
    }

    LaunchSpec build() {
        List<String> argv = new ArrayList<>();
        argv.add("argv0-is-ignored");
        argv.addAll(args);
        return new LaunchSpec(appId, executable, argv, env, workingDirectory, stdout, stderr, ownGroup, pidFile);
    }
}
