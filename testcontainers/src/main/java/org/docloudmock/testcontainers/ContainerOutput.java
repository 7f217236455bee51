package org.docloudmock.testcontainers;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import org.testcontainers.containers.output.OutputFrame;

/**
 * What a container wrote, its last lines kept, to print when a test fails or the container does not start:
 * the container is gone by the time anyone looks, and Testcontainers' own report goes to a logger that a test
 * run may not show.
 */
final class ContainerOutput implements Consumer<OutputFrame> {

    private static final int KEPT_LINES = 2_000;

    private final String name;
    private final Deque<String> lines = new ArrayDeque<>();

    ContainerOutput(String name) {
        this.name = name;
    }

    @Override
    public synchronized void accept(OutputFrame frame) {
        if (frame.getType() == OutputFrame.OutputType.END) {
            return;
        }
        lines.addLast(frame.getUtf8StringWithoutLineEnding());
        if (lines.size() > KEPT_LINES) {
            lines.removeFirst();
        }
    }

    synchronized String text() {
        return String.join("\n", lines);
    }

    void print(String why, PrintStream out) {
        String text = text();
        out.println("---- " + name + " output (" + why + ") ----");
        out.println(text.isEmpty() ? "(nothing)" : text);
        out.println("---- end of " + name + " output ----");
    }
}
