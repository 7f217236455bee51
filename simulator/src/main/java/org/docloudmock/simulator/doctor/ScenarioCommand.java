package org.docloudmock.simulator.doctor;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.docloudmock.client.DeviceResources;
import org.docloudmock.client.PeeringEligibility;
import org.docloudmock.client.cloud.ClientPolicy;
import org.docloudmock.client.cloud.CloudException;
import org.docloudmock.protocol.admin.FaultRule;
import org.docloudmock.protocol.content.ContentPolicy;
import org.docloudmock.protocol.geo.GeoResponse;
import org.docloudmock.simulator.run.CloudUnderTest;
import org.docloudmock.simulator.scenario.FaultSpec;
import org.docloudmock.simulator.scenario.NetworkSpec;
import org.docloudmock.simulator.scenario.Scenario;
import org.docloudmock.simulator.scenario.ScenarioException;
import org.docloudmock.simulator.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * {@code doctor scenario}: which devices of a scenario the KeyValue device configuration keeps from peering or
 * uploading, and why (the guide's last cause), decided by the functions the simulated devices themselves use.
 */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Reports which devices of a scenario the device configuration (RAM, disk, battery, VPN, file size, "
                + "mode) keeps from peering or uploading, and the faults that keep them from the cloud. Runs no device.")
final class ScenarioCommand implements Callable<Integer> {

    @Mixin
    DoctorOptions options;

    @Parameters(paramLabel = "FILE", description = "the scenario (YAML)")
    Path file;

    @Option(names = "--cloud", paramLabel = "URL",
            description = "Geo's URL of a running cloud; without it the suite starts here with the scenario's properties")
    URI cloud;

    @Override
    public Integer call() {
        Checkup checkup = new Checkup("DO Cloud Mock doctor: settings of scenario " + file);
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(file);
        } catch (ScenarioException e) {
            checkup.fail("Scenario", e.getMessage());
            return options.report(checkup);
        }
        try (CloudUnderTest suite = cloud == null ? CloudUnderTest.embedded(scenario.suite(), false) : CloudUnderTest.running(cloud)) {
            check(checkup, scenario, suite.geo());
        }
        return options.report(checkup);
    }

    private void check(Checkup checkup, Scenario scenario, URI geoService) {
        checkup.section("Cloud");
        if (scenario.faults().isEmpty()) {
            checkup.pass("Faults", "none: devices reach the DO cloud services");
        }
        for (FaultSpec fault : scenario.faults()) {
            FaultRule rule = fault.rule();
            String what = Boolean.TRUE.equals(rule.drop()) ? "drops the connection"
                    : rule.status() != null ? "answers " + rule.status() : "delays answers by " + rule.delayMs() + " ms";
            checkup.fail(fault.service().key() + " " + rule.path(), what + ": devices that cannot reach the DO cloud "
                    + "services download over HTTP only (download mode 99)");
        }
        checkup.section("Devices (the KeyValue device configuration each network gets)");
        for (NetworkSpec network : scenario.networks()) {
            String name = network.name() + " (" + network.devices() + " device" + (network.devices() == 1 ? "" : "s") + ")";
            CloudLookup lookup = new CloudLookup(geoService, network.externalIp(), options);
            ClientPolicy configuration;
            long contentLength;
            boolean p2pAllowed;
            try {
                GeoResponse geo = lookup.geo();
                JsonNode bootstrap = lookup.bootstrap(geo);
                configuration = ClientPolicy.from(bootstrap);
                if (scenario.content().synthetic()) {
                    contentLength = scenario.content().size();
                    p2pAllowed = true;
                } else {
                    ContentPolicy policy = lookup.client().contentPolicy(bootstrap, scenario.content().contentId(), geo, null);
                    contentLength = lookup.client().piecesHashFile(policy.piecesHashFileCdnUrls().get(0)).contentLength();
                    p2pAllowed = policy.p2pAllowed();
                }
            } catch (CloudException | IndexOutOfBoundsException e) {
                checkup.fail(name, "cannot read its device configuration or content: " + e.getMessage());
                continue;
            }
            DeviceResources resources = new DeviceResources(network.ramGb(), network.diskGb(), network.batteryPercent(), network.vpn());
            String httpOnly = PeeringEligibility.httpOnlyReason(network.mode(), p2pAllowed, contentLength, configuration, resources);
            String noUpload = PeeringEligibility.noUploadReason(configuration, resources);
            String has = "RAM " + resources.ramGb() + " GB, disk " + resources.diskGb() + " GB, "
                    + (resources.batteryPercent() == null ? "mains power" : "battery " + resources.batteryPercent() + " %")
                    + (resources.vpn() ? ", VPN" : "") + ", mode " + network.mode().code();
            if (httpOnly != null) {
                checkup.fail(name, "kept from peering: " + httpOnly + " (" + has + ")");
            } else if (noUpload != null) {
                checkup.warn(name, "downloads from peers but uploads nothing: " + noUpload + " (" + has + ")");
            } else {
                checkup.pass(name, "peers and uploads (" + has + ")");
            }
        }
    }
}
