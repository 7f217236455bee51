package org.docloudmock.simulator.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.docloudmock.simulator.run.NetworkProgress;
import org.docloudmock.simulator.run.ProgressListener;

/**
 * A progress bar per network while the scenario runs: redrawn in place on a terminal, a line every few
 * seconds otherwise (CI logs).
 */
public final class ConsoleProgress implements ProgressListener {

    private static final int BAR_WIDTH = 30;
    private static final double PLAIN_EVERY_SECONDS = 5;

    private final PrintStream out;
    private final boolean terminal;
    private int linesDrawn;
    private double lastPlainSeconds = -PLAIN_EVERY_SECONDS;
    /** The latest summary not printed yet, printed at the end so that the final state shows. */
    private String lastPlain = "";

    public ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void progress(double seconds, List<NetworkProgress> networks) {
        if (terminal) {
            if (linesDrawn > 0) {
                out.print("\u001b[" + linesDrawn + "A");
            }
            int nameWidth = networks.stream().mapToInt(network -> network.name().length()).max().orElse(0);
            for (NetworkProgress network : networks) {
                out.print("\u001b[2K" + bar(network, nameWidth) + String.format(Locale.ROOT, "  %6.1f s%n", seconds));
            }
            linesDrawn = networks.size();
            out.flush();
        } else if (seconds - lastPlainSeconds >= PLAIN_EVERY_SECONDS) {
            lastPlainSeconds = seconds;
            lastPlain = "";
            out.println(summary(seconds, networks));
        } else {
            lastPlain = summary(seconds, networks);
        }
    }

    @Override
    public void finished() {
        if (!terminal && !lastPlain.isEmpty()) {
            out.println(lastPlain);
        }
    }

    private static String summary(double seconds, List<NetworkProgress> networks) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%7.1f s", seconds));
        for (NetworkProgress network : networks) {
            line.append(String.format(Locale.ROOT, "  %s %.0f%% (%d/%d)", network.name(), network.percent(),
                    network.finished(), network.devices()));
        }
        return line.toString();
    }

    static String bar(NetworkProgress network, int nameWidth) {
        int filled = (int) Math.round(network.percent() / 100 * BAR_WIDTH);
        long total = network.bytesFromPeers() + network.bytesFromHttp();
        double peers = total == 0 ? 0 : 100.0 * network.bytesFromPeers() / total;
        return String.format(Locale.ROOT, "%-" + nameWidth + "s [%s%s] %5.1f%%  %d/%d done  %d started  from peers %5.1f%%",
                network.name(), "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), network.percent(), network.finished(),
                network.devices(), network.started(), peers);
    }
}
