package org.docloudmock.simulator.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.docloudmock.client.ClientRuntime;
import org.docloudmock.client.ClientSettings;
import org.docloudmock.client.DeviceProfile;
import org.docloudmock.client.DeviceResources;
import org.docloudmock.client.DoClient;
import org.docloudmock.client.DownloadStatus;
import org.docloudmock.protocol.admin.ContentRegistration;
import org.docloudmock.protocol.admin.FaultRule;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.docloudmock.simulator.scenario.ContentSpec;
import org.docloudmock.simulator.scenario.FaultSpec;
import org.docloudmock.simulator.scenario.NetworkSpec;
import org.docloudmock.simulator.scenario.Scenario;
import org.docloudmock.testkit.DoCloudAdmin;
import org.docloudmock.testkit.DoCloudAdminException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Runs a scenario: sets the cloud up (the content, the faults), starts every network's devices at their
 * time, watches them until all have finished (or the timeout), lets them seed, then takes them down.
 */
public final class ScenarioRunner {

    private static final Logger log = LoggerFactory.getLogger(ScenarioRunner.class);
    private static final long SAMPLE_MILLIS = 250;

    private final Scenario scenario;
    private final RunOptions options;
    private final ProgressListener listener;

    public ScenarioRunner(Scenario scenario, RunOptions options, ProgressListener listener) {
        this.scenario = scenario;
        this.options = options;
        this.listener = listener;
        int largest = scenario.networks().stream().mapToInt(NetworkSpec::devices).max().orElse(0);
        if (options.peerPort() != 0 && options.peerPort() + largest - 1 > 65_535) {
            throw new IllegalArgumentException("peer ports " + options.peerPort() + " and up do not fit " + largest
                    + " devices of one network; choose a lower --peer-port, or 0");
        }
    }

    public ScenarioResult run() {
        try (CloudUnderTest cloud = options.cloud() == null
                ? CloudUnderTest.embedded(scenario.suite(), options.verbose()) : CloudUnderTest.running(options.cloud())) {
            String contentId = scenario.content().contentId();
            CloudServices services = CloudServices.find(cloud.geo(), contentId);
            DoCloudAdmin admin = services.admin(options.adminToken());
            if (scenario.content().synthetic()) {
                register(admin, contentId);
            }
            ContentInfo content = ContentInfo.lookup(services, contentId);
            putFaults(admin);
            try {
                return runDevices(cloud, content);
            } finally {
                clearFaults(admin);
            }
        }
    }

    private void register(DoCloudAdmin admin, String contentId) {
        ContentSpec content = scenario.content();
        ContentRegistration body = ContentRegistration.synthetic(content.size(), content.seed());
        if (content.pieceSize() > 0) {
            body = body.withPieceSize(content.pieceSize());
        }
        if (content.cdnFile() != null) {
            body = body.withCdnFile(content.cdnFile().fileId(), content.cdnFile().fileName());
        }
        try {
            admin.registerContent(contentId, body);
        } catch (DoCloudAdminException | UncheckedIOException e) {
            throw new CloudUnavailableException("cannot register content " + contentId + ": " + e.getMessage(), e);
        }
        log.info("registered synthetic content {} ({} bytes, seed {})", contentId, scenario.content().size(),
                scenario.content().seed());
    }

    private void putFaults(DoCloudAdmin admin) {
        Map<ServiceEndpoint, List<FaultRule>> rules = new LinkedHashMap<>();
        for (FaultSpec fault : scenario.faults()) {
            rules.computeIfAbsent(fault.service(), service -> new ArrayList<>()).add(fault.rule());
        }
        rules.forEach((service, serviceRules) -> {
            try {
                admin.armFaults(service, serviceRules.toArray(FaultRule[]::new));
            } catch (DoCloudAdminException | UncheckedIOException e) {
                throw new CloudUnavailableException("cannot put faults on " + service.serviceName() + ": " + e.getMessage(), e);
            }
            log.info("faults on {}: {}", service.serviceName(), serviceRules);
        });
    }

    private void clearFaults(DoCloudAdmin admin) {
        scenario.faults().stream().map(FaultSpec::service).distinct().forEach(service -> {
            try {
                admin.clearFaults(service);
            } catch (DoCloudAdminException | UncheckedIOException e) {
                log.warn("could not clear the faults on {}: {}", service.serviceName(), e.getMessage());
            }
        });
    }

    private ScenarioResult runDevices(CloudUnderTest cloud, ContentInfo content) {
        Path workDir = options.workDir();
        boolean temporary = workDir == null;
        NatTable nat = new NatTable();
        ClientSettings settings = ClientSettings.defaults().withPeerAddresses(nat)
                .withBlockingThreads(Math.min(64, Math.max(8, scenario.deviceCount())));
        ScheduledExecutorService starter = Executors.newSingleThreadScheduledExecutor();
        try (ClientRuntime runtime = new ClientRuntime(settings)) {
            workDir = temporary ? Files.createTempDirectory("docloud-simulator-") : Files.createDirectories(workDir);
            List<SimulatedDevice> devices = createDevices(runtime, cloud, nat);
            long startNanos = System.nanoTime();
            for (NetworkSpec network : scenario.networks()) {
                Path folder = Files.createDirectories(workDir.resolve(network.name()));
                List<SimulatedDevice> members = devices.stream().filter(device -> device.network == network).toList();
                starter.schedule(() -> members.forEach(device -> device.start(content, folder.resolve(device.name()),
                        startNanos)), (long) (network.startDelaySeconds() * 1000), TimeUnit.MILLISECONDS);
            }
            List<ScenarioResult.TimelineSample> timeline = new ArrayList<>();
            boolean timedOut = watch(devices, startNanos, timeline);
            double wallSeconds = devices.stream().map(SimulatedDevice::outcome).map(DeviceOutcome::finishedAfterSeconds)
                    .filter(seconds -> seconds != null).max(Comparator.naturalOrder())
                    .orElse((System.nanoTime() - startNanos) / 1e9);
            seed(devices, startNanos, timeline);
            List<DeviceOutcome> outcomes = devices.stream().map(SimulatedDevice::outcome).toList();
            devices.parallelStream().forEach(SimulatedDevice::close);
            listener.finished();
            return new ScenarioResult(scenario, content.contentId(), content.contentLength(), outcomes, timeline,
                    timedOut ? (System.nanoTime() - startNanos) / 1e9 : wallSeconds, timedOut);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the devices' folder: " + e.getMessage(), e);
        } finally {
            starter.shutdownNow();
            if (temporary && workDir != null) {
                deleteRecursively(workDir);
            }
        }
    }

    private List<SimulatedDevice> createDevices(ClientRuntime runtime, CloudUnderTest cloud, NatTable nat) {
        List<SimulatedDevice> devices = new ArrayList<>();
        for (int n = 0; n < scenario.networks().size(); n++) {
            NetworkSpec network = scenario.networks().get(n);
            int width = String.valueOf(network.devices()).length();
            for (int d = 0; d < network.devices(); d++) {
                String name = network.name() + "-" + String.format("%0" + Math.max(2, width) + "d", d + 1);
                int port = options.peerPort() == 0 ? 0 : options.peerPort() + d;
                DeviceProfile profile = new DeviceProfile(name, cloud.geo(), network.externalIp(),
                        new InetSocketAddress(LoopbackAddresses.of(n, d), port), network.mode(), network.groupId(), null,
                        new DeviceResources(network.ramGb(), network.diskGb(), network.batteryPercent(), network.vpn()),
                        d < network.faultyDevices());
                DoClient client = new DoClient(runtime, profile);
                nat.add(network.externalIp(), client);
                devices.add(new SimulatedDevice(network, client));
            }
        }
        return devices;
    }

    /** Samples progress until every device has finished or the timeout; true on the timeout. */
    private boolean watch(List<SimulatedDevice> devices, long startNanos, List<ScenarioResult.TimelineSample> timeline) {
        long deadline = startNanos + TimeUnit.SECONDS.toNanos(scenario.timeoutSeconds());
        while (true) {
            sample(devices, startNanos, timeline);
            if (devices.stream().allMatch(SimulatedDevice::finished)) {
                return false;
            }
            if (System.nanoTime() > deadline) {
                log.warn("the scenario timed out after {} s with {} of {} devices finished", scenario.timeoutSeconds(),
                        devices.stream().filter(SimulatedDevice::finished).count(), devices.size());
                return true;
            }
            if (!pause(SAMPLE_MILLIS)) {
                return true;
            }
        }
    }

    /** Finished devices keep serving for the scenario's seedSeconds, as DO keeps content in its cache. */
    private void seed(List<SimulatedDevice> devices, long startNanos, List<ScenarioResult.TimelineSample> timeline) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(scenario.seedSeconds());
        while (System.nanoTime() < until && pause(SAMPLE_MILLIS)) {
            sample(devices, startNanos, timeline);
        }
    }

    private void sample(List<SimulatedDevice> devices, long startNanos, List<ScenarioResult.TimelineSample> timeline) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        List<NetworkProgress> networks = new ArrayList<>();
        for (NetworkSpec network : scenario.networks()) {
            int started = 0;
            int finished = 0;
            double percent = 0;
            long fromPeers = 0;
            long fromHttp = 0;
            for (SimulatedDevice device : devices) {
                DownloadStatus status = device.network == network ? device.status() : null;
                if (status == null) {
                    continue;
                }
                started++;
                finished += device.finished() ? 1 : 0;
                percent += device.finished() ? 100 : status.fileSize() == 0 ? 0
                        : Math.min(100, 100.0 * status.totalBytesDownloaded() / status.fileSize());
                fromPeers += status.bytesFromPeers();
                fromHttp += status.bytesFromHttp() + status.bytesFromCacheServer();
            }
            networks.add(new NetworkProgress(network.name(), network.devices(), started, finished,
                    percent / network.devices(), fromPeers, fromHttp));
        }
        timeline.add(new ScenarioResult.TimelineSample(seconds, networks));
        listener.progress(seconds, networks);
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void deleteRecursively(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            log.warn("could not delete {}: {}", folder, e.getMessage());
        }
    }
}
