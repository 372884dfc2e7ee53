package dev.patrol.adapters.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

        assertEquals(List.of("2017/", "2018/", "a.log", "b.log"), logs.list(dir.toString()));
        assertEquals(List.of("july/"), logs.list(dir.resolve("2018").toString()));
    }

    @Test
    void givenAMissingDirectoryOrAFile_list_isEmpty() throws Exception {
        assertEquals(List.of(), logs.list(dir.resolve("missing").toString()));
        assertEquals(List.of(), logs.list(Files.writeString(dir.resolve("f"), "x").toString()));
    }

    @Test
    void givenManyLines_tail_returnsTheLastN() throws Exception {
        Path f = write("many.log", numbered(1, 20_000) + "\n");

        assertEquals(List.of("19998", "19999", "20000"), logs.tail(f.toString(), 3));
    }

    @Test
    void givenNoFinalNewline_tail_countsTheLastPartialLine() throws Exception {
        Path f = write("partial.log", "a\nb\nc");

        assertEquals(List.of("b", "c"), logs.tail(f.toString(), 2));
    }

    @Test
    void givenFewerLinesThanAsked_tail_returnsAllOfThem() throws Exception {
        Path f = write("short.log", "a\n\nb\n");

        assertEquals(List.of("a", "", "b"), logs.tail(f.toString(), 50));
    }

    @Test
    void givenAHugeRequest_tail_capsAt10000Lines() throws Exception {
        Path f = write("capped.log", numbered(1, 12_000) + "\n");

        List<String> lines = logs.tail(f.toString(), 1_000_000);

        assertEquals(10_000, lines.size());
        assertEquals("2001", lines.get(0));
        assertEquals("12000", lines.get(9_999));
    }

    @Test
    void givenAnEmptyMissingOrZeroRequest_tail_isEmpty() throws Exception {
        assertEquals(List.of(), logs.tail(write("empty.log", "").toString(), 5));
        assertEquals(List.of(), logs.tail(dir.resolve("missing.log").toString(), 5));
        assertEquals(List.of(), logs.tail(write("x.log", "a\n").toString(), 0));
    }

    @Test
    void givenA1GiBFile_tail_readsOnlyItsEnd() throws Exception {
        Path f = dir.resolve("huge.log");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(1L << 30); // sparse: reading it whole would take seconds and 1 GiB of heap
            raf.seek(1L << 30);
            raf.write("x\ny\nz\n".getBytes(StandardCharsets.UTF_8));
        }

        List<String> lines = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> logs.tail(f.toString(), 2));

        assertEquals(List.of("y", "z"), lines);
        // Asking for more reaches the 8 MiB read cap inside the 1 GiB "line": it is dropped, not read.
        assertEquals(List.of("y", "z"), logs.tail(f.toString(), 5));
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String numbered(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).collect(Collectors.joining("\n"));
    }
}
