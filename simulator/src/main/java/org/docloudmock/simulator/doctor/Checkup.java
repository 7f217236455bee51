package org.docloudmock.simulator.doctor;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one doctor run found, as DO's troubleshooter shows it: sections, each a list of checks with a result
 * (PASS, WARN, FAIL) and details. Printed as text, or as JSON for machines.
 */
final class Checkup {

    enum Result { PASS, WARN, FAIL }

    record Check(@JsonProperty("Name") String name, @JsonProperty("Result") Result result,
                 @JsonProperty("Details") String details) {
    }

    record Section(@JsonProperty("Name") String name, @JsonProperty("Checks") List<Check> checks) {
    }

    record Report(@JsonProperty("Title") String title, @JsonProperty("Result") Result result,
                  @JsonProperty("Sections") List<Section> sections) {
    }

    private final String title;
    private final List<Section> sections = new ArrayList<>();

    Checkup(String title) {
        this.title = title;
    }

    /** Starts a section: the checks that follow go in it. */
    Checkup section(String name) {
        sections.add(new Section(name, new ArrayList<>()));
        return this;
    }

    Checkup pass(String name, String details) {
        return add(name, Result.PASS, details);
    }

    Checkup warn(String name, String details) {
        return add(name, Result.WARN, details);
    }

    Checkup fail(String name, String details) {
        return add(name, Result.FAIL, details);
    }

    Checkup add(String name, Result result, String details) {
        if (sections.isEmpty()) {
            section(title);
        }
        sections.get(sections.size() - 1).checks().add(new Check(name, result, details));
        return this;
    }

    /** FAIL when a check failed, else WARN when one warned, else PASS. */
    Result result() {
        return sections.stream().flatMap(section -> section.checks().stream()).map(Check::result)
                .max(Enum::compareTo).orElse(Result.PASS);
    }

    /** Exit code: 0 when nothing failed. */
    int exitCode() {
        return result() == Result.FAIL ? 1 : 0;
    }

    void print(PrintWriter out, boolean json) {
        if (json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(new Report(title, result(), sections)));
            return;
        }
        out.println(title);
        int nameWidth = Math.max(4, sections.stream().flatMap(section -> section.checks().stream())
                .mapToInt(check -> check.name().length()).max().orElse(0));
        for (Section section : sections) {
            out.println();
            out.println(section.name());
            out.println("  " + row(nameWidth, "Name", "Result", "Details"));
            out.println("  " + "-".repeat(nameWidth) + " | ------ | " + "-".repeat(7));
            section.checks().forEach(check -> out.println("  " + row(nameWidth, check.name(), check.result().name(), check.details())));
        }
        out.println();
        out.println("Result: " + result());
    }

    private static String row(int nameWidth, String name, String result, String details) {
        return String.format("%-" + nameWidth + "s | %-6s | %s", name, result, details).stripTrailing();
    }
}
