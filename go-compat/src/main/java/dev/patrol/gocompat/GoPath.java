package dev.patrol.gocompat;

/** A lexical port of Go's {@code path/filepath} for Unix plus the original's path rules (spec §1.8). */
public final class GoPath {
    /** The error of the original's OpenFile when the path names `.` or `..`. */
    public static final String CURRENT_OR_PARENT = "Path can NOT be current or parent Directory!";

    private GoPath() {
    }

    /**
     * Go's {@code filepath.Clean}: purely lexical, never touches the file system. Works on chars;
     * '/' and '.' are ASCII and never part of a UTF-16 surrogate, so this equals Go's byte loop.
     */
    public static String clean(String path) {
        if (path == null || path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.charAt(0) == '/';
        int n = path.length();
        StringBuilder out = new StringBuilder(n);
        int r = 0;
        // `dotdot` marks where ".." may no longer back up: after the root or a leading "../..".
        int dotdot = 0;
        if (rooted) {
            out.append('/');
            r = 1;
            dotdot = 1;
        }
        while (r < n) {
            char c = path.charAt(r);
            if (c == '/') {
                r++;
            } else if (c == '.' && (r + 1 == n || path.charAt(r + 1) == '/')) {
                r++;
            } else if (c == '.' && path.charAt(r + 1) == '.' && (r + 2 == n || path.charAt(r + 2) == '/')) {
                r += 2;
                if (out.length() > dotdot) {
                    int w = out.length() - 1;
                    while (w > dotdot && out.charAt(w) != '/') {
                        w--;
                    }
                    out.setLength(w);
                } else if (!rooted) {
                    if (out.length() > 0) {
                        out.append('/');
                    }
                    out.append("..");
                    dotdot = out.length();
                }
            } else {
                if (rooted && out.length() != 1 || !rooted && out.length() != 0) {
                    out.append('/');
                }
                while (r < n && path.charAt(r) != '/') {
                    out.append(path.charAt(r));
                    r++;
                }
            }
        }
        return out.length() == 0 ? "." : out.toString();
    }

    /** The original's IsPathClean: clean, not `.`, one trailing slash allowed (not for `/`). */
    public static boolean isClean(String path) {
        if (path == null || path.isEmpty() || path.equals(".")) {
            return false;
        }
        String cleaned = clean(path);
        if (cleaned.equals(".")) {
            return false;
        }
        return cleaned.equals(path) || !cleaned.equals("/") && path.equals(cleaned + "/");
    }

    /** How every file path of an app is formed: {@code Clean(wd + "/" + relative)}. */
    public static String join(String workingDirectory, String relative) {
        return clean(workingDirectory + "/" + relative);
    }

    /** The pure part of the original's OpenFile: the error text for `.`/`..` paths, else null. */
    public static String openableError(String path) {
        String cleaned = clean(path);
        return cleaned.equals(".") || cleaned.equals("..") ? CURRENT_OR_PARENT : null;
    }
}
