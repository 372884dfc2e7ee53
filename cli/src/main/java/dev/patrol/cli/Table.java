package dev.patrol.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with left-aligned columns; a cell may carry an ANSI colour. */
final class Table {
    private static final String RESET = "\u001b[0m";

    /** A cell: its text and an ANSI SGR code ("" for none). */
    record Cell(String text, String sgr) {
    }

    private final List<String> header;
    private final List<List<Cell>> rows = new ArrayList<>();

    Table(List<String> header) {
        this.header = header;
    }

    void add(List<Cell> row) {
        rows.add(row);
    }

    static Cell plain(String text) {
        return new Cell(text, "");
    }

    void print(PrintStream out, boolean colour) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = header.get(i).length();
        }
        for (List<Cell> r : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], r.get(i).text().length());
            }
        }
        StringBuilder b = new StringBuilder();
        List<Cell> head = header.stream().map(h -> new Cell(h, "1")).toList();
        line(b, head, width, colour);
        rows.forEach(r -> line(b, r, width, colour));
        out.print(b);
    }

    private static void line(StringBuilder b, List<Cell> cells, int[] width, boolean colour) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            boolean last = i == cells.size() - 1;
            String pad = last ? "" : " ".repeat(width[i] - c.text().length() + 2);
            if (colour && !c.sgr().isEmpty()) {
                l.append("\u001b[").append(c.sgr()).append('m').append(c.text()).append(RESET).append(pad);
            } else {
                l.append(c.text()).append(pad);
            }
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }
}
