package org.docloudmock.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.containers.output.OutputFrame.OutputType;

class ContainerOutputTest {

    @Test
    void keepsTheLastLinesAndPrintsThemUnderTheContainersName() {
        ContainerOutput output = new ContainerOutput("docloud-mock/suite");
        for (int line = 1; line <= 2_005; line++) {
            output.accept(new OutputFrame(line % 2 == 0 ? OutputType.STDERR : OutputType.STDOUT,
                    ("line " + line + "\n").getBytes(StandardCharsets.UTF_8)));
        }
        output.accept(OutputFrame.END);

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        output.print("aTest failed", new PrintStream(printed, true, StandardCharsets.UTF_8));

        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("---- docloud-mock/suite output (aTest failed) ----\nline 6\n")
                .endsWith("line 2005\n---- end of docloud-mock/suite output ----\n")
                .doesNotContain("line 5\n");
    }

    @Test
    void aContainerThatWroteNothingSaysSo() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new ContainerOutput("geo-service").print("it did not start", new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("(nothing)");
    }
}
