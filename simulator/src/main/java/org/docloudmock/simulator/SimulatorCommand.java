package org.docloudmock.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.docloudmock.client.DeviceProfile;
import org.docloudmock.simulator.doctor.DoctorCommand;
import org.docloudmock.simulator.report.ConsoleProgress;
import org.docloudmock.simulator.report.HtmlReport;
import org.docloudmock.simulator.report.ScenarioReport;
import org.docloudmock.simulator.report.TextReport;
import org.docloudmock.simulator.run.CloudUnavailableException;
import org.docloudmock.simulator.run.RunOptions;
import org.docloudmock.simulator.run.ScenarioResult;
import org.docloudmock.simulator.run.ScenarioRunner;
import org.docloudmock.simulator.scenario.Scenario;
import org.docloudmock.simulator.scenario.ScenarioException;
import org.docloudmock.simulator.scenario.ScenarioReader;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code java -jar simulator/target/docloud-simulator.jar --scenario FILE}: runs a scenario and reports on it. */
@Command(name = "docloud-simulator", mixinStandardHelpOptions = true, sortOptions = false, subcommands = DoctorCommand.class,
        description = "Runs simulated DO clients of a scenario against the DO Cloud Mock, peer to peer over real "
                + "TCP, and reports where every device's bytes came from.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every device finished with a verified file", "1:the scenario or the cloud could not be set up",
                "2:some device did not finish with a verified file"})
public final class SimulatorCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "FILE", description = "the scenario (YAML); required unless a subcommand is given")
    Path scenario;

    @Option(names = "--report-json", paramLabel = "FILE", description = "write the report as JSON")
    Path reportJson;

    @Option(names = "--report-html", paramLabel = "FILE", description = "write the report as a self-contained HTML page")
    Path reportHtml;

    @Option(names = "--cloud", paramLabel = "URL",
            description = "Geo's URL of a running cloud (http://host:8081); without it the suite starts in this JVM")
    URI cloud;

    @Option(names = "--admin-token", paramLabel = "TOKEN", description = "the services' admin token, if they need one")
    String adminToken;

    @Option(names = "--peer-port", defaultValue = "" + DeviceProfile.DEFAULT_PEER_PORT, paramLabel = "PORT",
            description = "first peer port of each network's devices, each on its own loopback address; 0: ephemeral (default: ${DEFAULT-VALUE})")
    int peerPort;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "keep the devices' files here (default: a temporary folder, deleted)")
    Path workDir;

    @Option(names = "--device-table", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "print the table of every device at the end (default: on)")
    boolean deviceTable;

    @Option(names = "--verbose", description = "log what services and clients do")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SimulatorCommand()).execute(args));
    }

    @Override
    public Integer call() {
        if (scenario == null) {
            System.err.println("Missing --scenario FILE (or the doctor subcommand); see --help");
            return 1;
        }
        PrintStream out = System.out;
        LoggingSystem.get(SimulatorCommand.class.getClassLoader())
                .setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, verbose ? LogLevel.INFO : LogLevel.ERROR);
        Scenario loaded;
        try {
            loaded = ScenarioReader.read(scenario);
        } catch (ScenarioException e) {
            System.err.println("scenario " + scenario + ": " + e.getMessage());
            return 1;
        }
        out.printf("Scenario %s: %d devices in %d network%s, %s%n", loaded.name(), loaded.deviceCount(),
                loaded.networks().size(), loaded.networks().size() == 1 ? "" : "s",
                cloud == null ? "against the suite started here" : "against " + cloud);
        ScenarioResult result;
        try {
            result = new ScenarioRunner(loaded, new RunOptions(cloud, adminToken, peerPort, workDir, verbose),
                    new ConsoleProgress(out, System.console() != null)).run();
        } catch (CloudUnavailableException | IllegalStateException | IllegalArgumentException e) {
            System.err.println("could not run the scenario: " + e.getMessage());
            return 1;
        }
        ScenarioReport report = ScenarioReport.of(result);
        TextReport.print(report, out, deviceTable);
        try {
            if (reportJson != null) {
                Files.writeString(reportJson, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                        .writeValueAsString(report));
                out.println("JSON report: " + reportJson);
            }
            if (reportHtml != null) {
                Files.writeString(reportHtml, HtmlReport.render(report));
                out.println("HTML report: " + reportHtml);
            }
        } catch (IOException e) {
            System.err.println("could not write the report: " + e.getMessage());
            return 1;
        }
        return result.allVerified() && !result.timedOut() ? 0 : 2;
    }
}
