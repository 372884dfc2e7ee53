package dev.patrol.ports.testing;

import dev.patrol.ports.process.PidFiles;
import dev.patrol.ports.process.PidReading;
import java.util.HashMap;
import java.util.Map;

/** PID files in memory; content is parsed by the same strict rule as the real adapter. */
public final class FakePidFiles implements PidFiles {
    private final Map<String, String> files = new HashMap<>();

    public synchronized void put(String path, String content) {
        files.put(path, content);
    }

    public synchronized void remove(String path) {
        files.remove(path);
    }

    public synchronized String content(String path) {
        return files.get(path);
    }

    @Override
    public synchronized PidReading read(String path) {
        String content = files.get(path);
        if (content == null) {
            return PidReading.missing("App PID File not found");
        }
        String t = content.strip();
        if (t.isEmpty() || !t.chars().allMatch(c -> c >= '0' && c <= '9') || t.length() > 10) {
            return PidReading.invalid("App PID File was invalid");
        }
        long pid = Long.parseLong(t);
        if (pid <= 0 || pid > Integer.MAX_VALUE) {
            return PidReading.invalid("App PID File was invalid");
        }
        return PidReading.found(pid);
    }

    @Override
    public synchronized String write(String path, long pid) {
        files.put(path, pid + "\n");
        return "";
    }
}
