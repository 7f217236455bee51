package org.docloudmock.simulator.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: text columns to the left, numbers to the right. */
final class TextTable {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(String.valueOf(cell));
        }
        rows.add(row);
        return this;
    }

    void print(PrintStream out) {
        int[] widths = new int[headers.size()];
        boolean[] numeric = new boolean[headers.size()];
        for (int column = 0; column < headers.size(); column++) {
            widths[column] = headers.get(column).length();
            numeric[column] = !rows.isEmpty();
            for (List<String> row : rows) {
                widths[column] = Math.max(widths[column], row.get(column).length());
                numeric[column] &= row.get(column).matches("[-+]?[0-9.,]+( ?[A-Za-z%]{1,3})?");
            }
        }
        out.println(line(headers, widths, numeric));
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append(rule.length() == 0 ? "" : "  ").append("-".repeat(width));
        }
        out.println(rule);
        rows.forEach(row -> out.println(line(row, widths, numeric)));
    }

    private static String line(List<String> cells, int[] widths, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String format = "%" + (numeric[column] ? "" : "-") + widths[column] + "s";
            line.append(column == 0 ? "" : "  ").append(String.format(format, cells.get(column)));
        }
        return line.toString().stripTrailing();
    }
}
