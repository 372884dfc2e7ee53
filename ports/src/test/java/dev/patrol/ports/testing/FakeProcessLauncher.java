package dev.patrol.ports.testing;

import dev.patrol.ports.process.ExitStatus;
import dev.patrol.ports.process.LaunchException;
import dev.patrol.ports.process.LaunchSpec;
import dev.patrol.ports.process.LaunchedProcess;
import dev.patrol.ports.process.ProcessLauncher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Records launches and hands out PIDs 101, 102, ...; a test ends a child with {@link #exit}. */
public final class FakeProcessLauncher implements ProcessLauncher {
    /** One recorded launch. */
    public record Launch(LaunchSpec spec, long pid, CompletableFuture<ExitStatus> exit) {
    }

    private final List<Launch> launches = new ArrayList<>();
    private long nextPid = 101;
    private final ArrayDeque<String> failNext = new ArrayDeque<>();
    private Runnable onLaunch = () -> { };

    @Override
    public synchronized LaunchedProcess launch(LaunchSpec spec) throws LaunchException {
        if (!failNext.isEmpty()) {
            throw new LaunchException(failNext.poll());
        }
        onLaunch.run();
        long pid = nextPid++;
        CompletableFuture<ExitStatus> exit = new CompletableFuture<>();
        launches.add(new Launch(spec, pid, exit));
        return new LaunchedProcess(pid, pid * 10, exit);
    }

    /** Runs `action` in every launch, e.g. to move a fake clock as a real launch takes time. */
    public synchronized void onLaunch(Runnable action) {
        onLaunch = action;
    }

    /** Makes the next launch fail with `why`. */
    public synchronized void failNextLaunchWith(String why) {
        failNext.clear();
        failNext.add(why);
    }

    /** Makes the next launches fail, one reason each, in order. */
    public synchronized void failNextLaunchesWith(String... whys) {
        failNext.clear();
        failNext.addAll(List.of(whys));
    }

    public synchronized List<Launch> launches() {
        return List.copyOf(launches);
    }

    public synchronized Launch last() {
        if (launches.isEmpty()) {
            throw new AssertionError("want a launch, got none");
        }
        return launches.get(launches.size() - 1);
    }

    public synchronized int count() {
        return launches.size();
    }

    /** Ends the child `pid` with `status`, as the exit watcher would. */
    public void exit(long pid, ExitStatus status) {
        Launch l;
        synchronized (this) {
            l = launches.stream().filter(x -> x.pid() == pid).findFirst()
                    .orElseThrow(() -> new AssertionError("no launched pid " + pid));
        }
        l.exit().complete(status);
    }
}
