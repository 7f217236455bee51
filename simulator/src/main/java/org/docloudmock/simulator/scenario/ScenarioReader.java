package org.docloudmock.simulator.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.docloudmock.protocol.ContentIds;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.IpAddresses;
import org.docloudmock.protocol.admin.FaultRule;
import org.docloudmock.protocol.content.CdnFile;
import org.docloudmock.protocol.content.PiecesHashFile;
import org.docloudmock.protocol.service.ServiceEndpoint;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads a scenario from YAML and checks it, naming the key at fault ({@code networks[1].externalIp: ...}). */
public final class ScenarioReader {

    /** Loopback addresses are handed out per network and device: this many fit the address plan. */
    public static final int MAX_DEVICES_PER_NETWORK = 60_000;
    public static final int MAX_NETWORKS = 150;

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ScenarioReader() {
    }

    public static Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ScenarioException("cannot read scenario " + file + ": " + e.getMessage(), e);
        }
        String fileName = file.getFileName().toString();
        return parse(text, fileName.replaceFirst("\\.ya?ml$", ""));
    }

    public static Scenario parse(String yaml, String defaultName) {
        ScenarioFile file;
        try {
            file = YAML.readValue(yaml, ScenarioFile.class);
        } catch (JacksonException e) {
            throw new ScenarioException(path(e) + e.getOriginalMessage(), e);
        }
        if (file == null) {
            throw new ScenarioException("the scenario is empty");
        }
        try {
            return check(file, defaultName);
        } catch (InvalidFieldException e) {
            throw new ScenarioException(e.getMessage(), e);
        }
    }

    private static Scenario check(ScenarioFile file, String defaultName) {
        if (file.content() == null) {
            throw new ScenarioException("content: is required ({ size: 64MiB, seed: 7 } or { id: an-existing-content-id })");
        }
        if (file.networks() == null || file.networks().isEmpty()) {
            throw new ScenarioException("networks: at least one network is required");
        }
        if (file.networks().size() > MAX_NETWORKS) {
            throw new ScenarioException("networks: at most " + MAX_NETWORKS + " networks");
        }
        List<NetworkSpec> networks = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < file.networks().size(); i++) {
            NetworkSpec network = network(file.networks().get(i), "networks[" + i + "]");
            if (!names.add(network.name())) {
                throw new ScenarioException("networks[" + i + "].name: '" + network.name() + "' is used twice");
            }
            networks.add(network);
        }
        List<FaultSpec> faults = new ArrayList<>();
        List<FaultFile> faultFiles = file.faults() == null ? List.of() : file.faults();
        for (int i = 0; i < faultFiles.size(); i++) {
            faults.add(fault(faultFiles.get(i), "faults[" + i + "]"));
        }
        int timeout = positive(file.timeoutSeconds(), 600, "timeoutSeconds");
        int seed = file.seedSeconds() == null ? 0 : notNegative(file.seedSeconds(), "seedSeconds");
        Map<String, Object> suite = file.suite() == null ? Map.of() : new LinkedHashMap<>(file.suite());
        return new Scenario(file.name() == null || file.name().isBlank() ? defaultName : file.name(),
                content(file.content()), List.copyOf(networks), List.copyOf(faults), suite, timeout, seed);
    }

    private static ContentSpec content(ContentFile content) {
        if (content.id() != null) {
            ContentIds.requireValid(content.id(), "content.id");
        }
        long size = content.size() == null ? 0 : ByteSize.parse(content.size(), "content.size");
        if (content.size() != null && size <= 0) {
            throw new ScenarioException("content.size: must be more than 0 bytes");
        }
        if (content.id() == null && size == 0) {
            throw new ScenarioException("content: needs a size (synthetic content) or an id (an existing content)");
        }
        int pieceSize = 0;
        if (content.pieceSize() != null) {
            long parsed = ByteSize.parse(content.pieceSize(), "content.pieceSize");
            if (parsed > Integer.MAX_VALUE) {
                throw new ScenarioException("content.pieceSize: too large");
            }
            pieceSize = (int) parsed;
            PiecesHashFile.requireValidPieceSize(pieceSize);
        }
        CdnFile cdnFile;
        try {
            cdnFile = CdnFile.ofNullable(content.fileId(), content.fileName());
        } catch (InvalidFieldException e) {
            throw new ScenarioException("content." + (e.field().equals("FileId") ? "fileId" : "fileName") + ": " + e.reason());
        }
        return new ContentSpec(content.id(), size, content.seed() == null ? 0 : content.seed(), pieceSize, cdnFile);
    }

    private static NetworkSpec network(NetworkFile network, String key) {
        if (network.name() == null || network.name().isBlank()) {
            throw new ScenarioException(key + ".name: is required");
        }
        if (network.externalIp() == null) {
            throw new ScenarioException(key + ".externalIp: is required");
        }
        IpAddresses.requireLiteral(network.externalIp(), key + ".externalIp");
        int devices = positive(network.devices(), 1, key + ".devices");
        if (devices > MAX_DEVICES_PER_NETWORK) {
            throw new ScenarioException(key + ".devices: at most " + MAX_DEVICES_PER_NETWORK);
        }
        DownloadMode mode = network.mode() == null ? DownloadMode.LAN : DownloadMode.of(network.mode(), key + ".mode");
        int faulty = network.faultyDevices() == null ? 0 : notNegative(network.faultyDevices(), key + ".faultyDevices");
        if (faulty > devices) {
            throw new ScenarioException(key + ".faultyDevices: " + faulty + " of " + devices + " devices");
        }
        double delay = network.startDelaySeconds() == null ? 0 : network.startDelaySeconds();
        if (delay < 0) {
            throw new ScenarioException(key + ".startDelaySeconds: must not be negative");
        }
        Integer battery = network.batteryPercent();
        if (battery != null && (battery < 0 || battery > 100)) {
            throw new ScenarioException(key + ".batteryPercent: must be 0 to 100");
        }
        String groupId = network.groupId() == null ? "" : network.groupId();
        return new NetworkSpec(network.name(), network.externalIp(), devices, mode, groupId, faulty, delay,
                positive(network.ramGb(), 16, key + ".ramGb"), positive(network.diskGb(), 256, key + ".diskGb"), battery,
                Boolean.TRUE.equals(network.vpn()));
    }

    private static FaultSpec fault(FaultFile fault, String key) {
        String services = Arrays.stream(ServiceEndpoint.values()).map(ServiceEndpoint::key)
                .collect(Collectors.joining(", "));
        ServiceEndpoint service = Arrays.stream(ServiceEndpoint.values())
                .filter(endpoint -> endpoint.key().equals(fault.service())).findFirst()
                .orElseThrow(() -> new ScenarioException(key + ".service: '" + fault.service() + "' is none of " + services));
        FaultRule rule = new FaultRule(fault.path() == null ? "/**" : fault.path(), fault.method(), fault.status(),
                fault.delayMs(), fault.drop(), fault.probability(), fault.count(), fault.seed());
        try {
            rule.checked(0); // the service's own checks, before anything runs
        } catch (InvalidFieldException e) {
            throw new ScenarioException(key + "." + e.field().replace("[0].", "").toLowerCase(Locale.ROOT) + ": "
                    + e.reason(), e);
        }
        return new FaultSpec(service, rule);
    }

    private static int positive(Integer value, int fallback, String key) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new ScenarioException(key + ": must be at least 1");
        }
        return value;
    }

    private static int notNegative(int value, String key) {
        if (value < 0) {
            throw new ScenarioException(key + ": must not be negative");
        }
        return value;
    }

    /** {@code networks[1].externalIp: } from where Jackson stopped. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : path + ": ";
    }

    record ScenarioFile(String name, ContentFile content, List<NetworkFile> networks, List<FaultFile> faults,
                        Map<String, Object> suite, Integer timeoutSeconds, Integer seedSeconds) {
    }

    record ContentFile(String id, String size, Long seed, String pieceSize, String fileId, String fileName) {
    }

    record NetworkFile(String name, String externalIp, Integer devices, Integer mode, String groupId,
                       Integer faultyDevices, Double startDelaySeconds, Integer ramGb, Integer diskGb,
                       Integer batteryPercent, Boolean vpn) {
    }

    record FaultFile(String service, String path, String method, Integer status, Integer delayMs, Boolean drop,
                     Double probability, Integer count, Long seed) {
    }
}
