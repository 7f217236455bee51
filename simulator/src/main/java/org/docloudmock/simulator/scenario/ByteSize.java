package org.docloudmock.simulator.scenario;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes as people write them in a scenario: {@code 64MiB}, {@code 8 MiB}, {@code 1GiB}, {@code 500KB}, {@code 1048576}. */
public final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgt]i?b|b)?", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Long> UNITS = Map.of(
            "b", 1L,
            "kib", 1L << 10, "mib", 1L << 20, "gib", 1L << 30, "tib", 1L << 40,
            "kb", 1_000L, "mb", 1_000_000L, "gb", 1_000_000_000L, "tb", 1_000_000_000_000L);

    private ByteSize() {
    }

    public static long parse(String text, String key) {
        Matcher matcher = SIZE.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new ScenarioException(key + ": '" + text + "' is not a size (such as 64MiB, 500KB or 1048576)");
        }
        long unit = matcher.group(2) == null ? 1 : UNITS.get(matcher.group(2).toLowerCase(Locale.ROOT));
        try {
            return Math.multiplyExact(Long.parseLong(matcher.group(1)), unit);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new ScenarioException(key + ": '" + text + "' is too large");
        }
    }

    /** {@code 64 MiB}, {@code 1.5 GiB}, {@code 812 B}: for reports. */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return (value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value)) + " " + units[unit];
    }
}
