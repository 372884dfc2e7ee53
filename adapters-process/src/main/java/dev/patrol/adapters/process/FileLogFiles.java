package dev.patrol.adapters.process;

import dev.patrol.ports.process.LogFiles;
import dev.patrol.ports.process.OpenLogFile;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * App log files for the GUI: sorted directory listings, files opened for reading and tails
 * read from the end of a file, every path under the no-link rule of {@link NoLinkPaths}.
 */
public final class FileLogFiles implements LogFiles {
    static final int MAX_LINES = 10_000;
    /** A tail never reads more than this many bytes; a longer first line is dropped. */
    static final int MAX_TAIL_BYTES = 8 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FileLogFiles.class);
    private static final int CHUNK = 8192;

    @Override
    public List<String> list(String root, String directory) throws IOException {
        Path dir;
        try {
            dir = NoLinkPaths.checked(Path.of(root), Path.of(directory));
        } catch (NoSuchFileException e) {
            return List.of();
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path e : entries) {
                String name = e.getFileName().toString();
                names.add(Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name);
            }
        } catch (IOException e) {
            LOG.warn("unable to list log directory {}: {} (showing it as empty)", directory, e.toString());
            return List.of();
        }
        names.sort(null);
        return List.copyOf(names);
    }

    @Override
    public boolean isDirectory(String root, String path) throws IOException {
        return NoLinkPaths.attributes(Path.of(root), Path.of(path)).isDirectory();
    }

    @Override
    public OpenLogFile open(String root, String file) throws IOException {
        FileChannel ch = NoLinkPaths.openRead(Path.of(root), Path.of(file));
        return new OpenLogFile() {
            @Override
            public long size() throws IOException {
                return ch.size();
            }

            @Override
            public int read(ByteBuffer into, long position) throws IOException {
                return ch.read(into, position);
            }

            @Override
            public void close() throws IOException {
                ch.close();
            }
        };
    }

    @Override
    public List<String> tail(OpenLogFile log, int lines) throws IOException {
        int want = Math.min(lines, MAX_LINES);
        return want <= 0 ? List.of() : lastLines(log, want);
    }

    private static List<String> lastLines(OpenLogFile ch, int want) throws IOException {
        long size = ch.size();
        if (size == 0) {
            return List.of();
        }
        long end = readAt(ch, size - 1, 1)[0] == '\n' ? size - 1 : size; // a final newline ends a line
        long start = 0;
        boolean cut = false;
        long pos = end;
        int found = 0;
        scan:
        while (pos > 0) {
            int len = (int) Math.min(CHUNK, pos);
            pos -= len;
            byte[] buf = readAt(ch, pos, len);
            for (int i = len - 1; i >= 0; i--) {
                if (buf[i] == '\n' && ++found == want) {
                    start = pos + i + 1;
                    break scan;
                }
            }
            if (end - pos >= MAX_TAIL_BYTES) {
                start = pos;
                cut = pos > 0;
                break;
            }
        }
        String text = new String(readAt(ch, start, (int) (end - start)), StandardCharsets.UTF_8);
        List<String> out = Arrays.asList(text.split("\n", -1));
        return List.copyOf(cut && out.size() > 1 ? out.subList(1, out.size()) : out);
    }

    private static byte[] readAt(OpenLogFile ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining()) {
            if (ch.read(buf, position + buf.position()) < 0) {
                break;
            }
        }
        return Arrays.copyOf(buf.array(), buf.position());
    }
}
