package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.patrol.ports.process.LogLinkException;
import dev.patrol.ports.process.OpenLogFile;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Directory listings and tails of log files. */
class FileLogFilesTest {
    @TempDir
    Path dir;
    private final FileLogFiles logs = new FileLogFiles();

    @Test
    void givenFilesAndDirectories_list_sortsNamesAndMarksDirectories() throws Exception {
        Files.createDirectories(dir.resolve("2018/july"));
        Files.createDirectory(dir.resolve("2017"));
        Files.writeString(dir.resolve("b.log"), "");
        Files.writeString(dir.resolve("a.log"), "");

        assertEquals(List.of("2017/", "2018/", "a.log", "b.log"), logs.list(dir.toString(), dir.toString()));
        assertEquals(List.of("july/"), logs.list(dir.toString(), dir.resolve("2018").toString()));
    }

    @Test
    void givenAMissingDirectoryOrAFile_list_isEmpty() throws Exception {
        assertEquals(List.of(), logs.list(dir.toString(), dir.resolve("missing").toString()));
        assertEquals(List.of(), logs.list(dir.toString(), Files.writeString(dir.resolve("f"), "x").toString()));
    }

    @Test
    void givenManyLines_tail_returnsTheLastN() throws Exception {
        Path f = write("many.log", numbered(1, 20_000) + "\n");

        assertEquals(List.of("19998", "19999", "20000"), tail(f, 3));
    }

    @Test
    void givenNoFinalNewline_tail_countsTheLastPartialLine() throws Exception {
        Path f = write("partial.log", "a\nb\nc");

        assertEquals(List.of("b", "c"), tail(f, 2));
    }

    @Test
    void givenFewerLinesThanAsked_tail_returnsAllOfThem() throws Exception {
        Path f = write("short.log", "a\n\nb\n");

        assertEquals(List.of("a", "", "b"), tail(f, 50));
    }

    @Test
    void givenAHugeRequest_tail_capsAt10000Lines() throws Exception {
        Path f = write("capped.log", numbered(1, 12_000) + "\n");

        List<String> lines = tail(f, 1_000_000);

        assertEquals(10_000, lines.size());
        assertEquals("2001", lines.get(0));
        assertEquals("12000", lines.get(9_999));
    }

    @Test
    void givenAnEmptyMissingOrZeroRequest_tail_isEmpty() throws Exception {
        assertEquals(List.of(), tail(write("empty.log", ""), 5));
        assertThrows(NoSuchFileException.class, () -> logs.open(dir.toString(), dir.resolve("missing.log").toString()));
        assertEquals(List.of(), tail(write("x.log", "a\n"), 0));
    }

    @Test
    void givenA1GiBFile_tail_readsOnlyItsEnd() throws Exception {
        Path f = dir.resolve("huge.log");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(1L << 30); // sparse: reading it whole would take seconds and 1 GiB of heap
            raf.seek(1L << 30);
            raf.write("x\ny\nz\n".getBytes(StandardCharsets.UTF_8));
        }

        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> tail(f, 2));

        assertEquals(List.of("y", "z"), lines);
        // Asking for more reaches the 8 MiB read cap inside the 1 GiB "line": it is dropped, not read.
        assertEquals(List.of("y", "z"), tail(f, 5));
    }

    @Test
    void issue12_aSymlinkAsTheFile_open_isRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("config.json"), "{\"secret\":\"s3\"}");
        Path day = Files.createDirectories(dir.resolve("logs/2026/december/3"));
        Path link = Files.createSymbolicLink(day.resolve("1.stdout.log"), secret);

        assertThrows(LogLinkException.class, () -> logs.open(dir.resolve("logs").toString(), link.toString()));
        assertThrows(LogLinkException.class, () -> logs.isDirectory(dir.resolve("logs").toString(), link.toString()));
    }

    @Test
    void issue12_aSymlinkedDayDirectory_openAndList_areRefused() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("1.stdout.log"), "not a log\n");
        Path month = Files.createDirectories(dir.resolve("logs/2026/december"));
        Files.createSymbolicLink(month.resolve("3"), elsewhere);
        String root = dir.resolve("logs").toString();

        assertThrows(LogLinkException.class, () -> logs.open(root, month.resolve("3/1.stdout.log").toString()));
        assertThrows(LogLinkException.class, () -> logs.list(root, month.resolve("3").toString()));
        assertEquals(List.of("3"), logs.list(root, month.toString())); // shown, not marked as a directory
    }

    @Test
    void issue12_aSymlinkedLogRoot_open_followsTheRootOnly() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real/2026"));
        Files.writeString(real.resolve("a.log"), "a\n");
        Path root = Files.createSymbolicLink(dir.resolve("logs"), dir.resolve("real"));

        try (OpenLogFile ch = logs.open(root.toString(), root.resolve("2026/a.log").toString())) {
            assertEquals(List.of("a"), logs.tail(ch, 5));
        }
        assertThrows(LogLinkException.class, () -> logs.open(root.toString(), dir.resolve("real/2026/a.log").toString()));
    }

    @Test
    void givenAPathOutsideTheRootOrADirectory_open_isRefused() throws Exception {
        Path root = Files.createDirectories(dir.resolve("logs"));
        Path outside = write("outside.log", "x\n");

        assertThrows(LogLinkException.class, () -> logs.open(root.toString(), root.resolve("../outside.log").toString()));
        assertThrows(LogLinkException.class, () -> logs.open(root.toString(), outside.toString()));
        assertThrows(NoSuchFileException.class, () -> logs.open(root.toString(), root.toString()));
    }

    private List<String> tail(Path f, int n) throws Exception {
        try (OpenLogFile ch = logs.open(dir.toString(), f.toString())) {
            return logs.tail(ch, n);
        }
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).collect(Collectors.joining("\n"));
    }
}
