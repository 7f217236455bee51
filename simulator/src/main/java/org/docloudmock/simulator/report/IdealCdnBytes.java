package org.docloudmock.simulator.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.simulator.run.DeviceOutcome;
import org.docloudmock.simulator.scenario.NetworkSpec;

/**
 * The least the CDN could have served: one copy per island of devices that may peer with each other (the
 * relations of SPEC 7: one NAT; one group in Group mode; every Internet-mode device), plus one copy for each
 * device that ran over HTTP only.
 */
final class IdealCdnBytes {

    private IdealCdnBytes() {
    }

    static long of(List<DeviceOutcome> devices, List<NetworkSpec> networks, long contentLength) {
        Map<String, NetworkSpec> networkByName = new HashMap<>();
        networks.forEach(network -> networkByName.put(network.name(), network));
        Map<String, String> parent = new HashMap<>();
        Set<String> peeringNats = new HashSet<>();
        long httpOnlyDevices = 0;
        for (DeviceOutcome device : devices) {
            NetworkSpec network = networkByName.get(device.network());
            boolean peered = DownloadMode.of(device.status().downloadMode(), "DownloadMode").peers()
                    && device.status().reason() == null;
            if (!peered) {
                httpOnlyDevices++;
                continue;
            }
            String nat = "nat:" + network.externalIp();
            peeringNats.add(nat);
            if (network.mode() == DownloadMode.GROUP && !network.groupId().isEmpty()) {
                union(parent, nat, "group:" + network.groupId());
            } else if (network.mode() == DownloadMode.INTERNET) {
                union(parent, nat, "internet");
            }
        }
        long islands = peeringNats.stream().map(nat -> root(parent, nat)).distinct().count();
        return (islands + httpOnlyDevices) * contentLength;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.put(root(parent, a), root(parent, b));
    }

    private static String root(Map<String, String> parent, String node) {
        String current = node;
        while (parent.containsKey(current) && !parent.get(current).equals(current)) {
            current = parent.get(current);
        }
        return current;
    }
}
