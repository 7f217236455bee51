package org.docloudmock.simulator.doctor;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.docloudmock.client.cloud.CloudException;
import org.docloudmock.protocol.array.PeerInfo;
import org.docloudmock.protocol.array.PeerVisibility;
import org.docloudmock.protocol.array.SwarmPartitions;
import org.docloudmock.protocol.geo.GeoResponse;
import org.docloudmock.testkit.DoCloudAdmin;
import org.docloudmock.testkit.DoCloudAdminException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code doctor p2p}: the swarm of one content from Array's side: every peer's partitions, who sees whom and
 * the rule that decides it (Array's own, through its admin API), with the guide's remedy, and the peer efficiency.
 */
@Command(name = "p2p", mixinStandardHelpOptions = true,
        description = "Shows a content's swarm as Array holds it: each peer's partition (NAT, group, Internet), "
                + "whether pairs of peers see each other and why, and the swarm's peer efficiency.")
final class P2pCommand implements Callable<Integer> {

    /** Every pair is checked up to this swarm size; above it, pass --peer. */
    static final int MAX_PEERS_FOR_EVERY_PAIR = 12;

    @Mixin
    DoctorOptions options;

    @Mixin
    CloudOptions cloud;

    @Option(names = "--content", required = true, paramLabel = "ID", description = "the content whose swarm to check")
    String contentId;

    @Option(names = "--peer", paramLabel = "PEERID",
            description = "a PeerId to check (repeat it); one: against every other peer; several: each pair")
    List<String> peerIds = new ArrayList<>();

    @Override
    public Integer call() {
        Checkup checkup = new Checkup("DO Cloud Mock doctor: peer to peer for content " + contentId + " at " + cloud.cloud);
        check(checkup);
        return options.report(checkup);
    }

    private void check(Checkup checkup) {
        CloudLookup lookup = cloud.lookup(options);
        checkup.section("Swarm");
        GeoResponse geo = lookup.geo(checkup, "");
        if (geo == null) {
            return;
        }
        String array;
        try {
            JsonNode bootstrap = lookup.bootstrap(geo);
            array = lookup.array(bootstrap, geo, contentId);
            checkup.pass("Array", "Discovery sends content " + contentId + " to " + array);
        } catch (CloudException e) {
            checkup.fail("Cloud", cloud.cloud + ": " + CloudLookup.reason(e));
            return;
        }
        DoCloudAdmin admin = lookup.admin();
        Optional<SwarmPartitions> found;
        try {
            found = admin.partitions(contentId);
        } catch (DoCloudAdminException | UncheckedIOException e) {
            checkup.fail("Admin view", e.getMessage());
            return;
        }
        if (found.isEmpty()) {
            checkup.fail("Peers", "no live peer holds content " + contentId + " on " + array + ": no device joined, "
                    + "every peer left or expired, or the devices cannot reach the DO cloud (download mode 99)");
            return;
        }
        SwarmPartitions swarm = found.get();
        efficiency(checkup, swarm);
        checkup.section("Peers (partitions)");
        swarm.peers().forEach(peer -> checkup.pass(shortId(peer.peerId()), describe(peer, swarm)));
        checkup.section("Who sees whom");
        pairs(checkup, admin, swarm);
    }

    private static void efficiency(Checkup checkup, SwarmPartitions swarm) {
        long seeds = swarm.peers().stream().filter(peer -> Long.valueOf(0).equals(peer.left())).count();
        checkup.pass("Peers", swarm.peers().size() + " live, " + seeds + " seed(s), " + swarm.nats().size() + " NAT(s), "
                + swarm.groups().size() + " group(s), " + swarm.internet().size() + " in the Internet pool");
        if (swarm.peerEfficiency() == null) {
            checkup.warn("Peer efficiency", "no peer has reported downloaded bytes yet");
        } else {
            String share = String.format(Locale.ROOT, "%.1f %% from peers: peer bytes / (peer + CDN bytes), as DO's "
                    + "troubleshooter counts it, from the Downloaded and DownloadedCdn the live peers last joined with",
                    100 * swarm.peerEfficiency());
            checkup.add("Peer efficiency", swarm.peerEfficiency() > 0 ? Checkup.Result.PASS : Checkup.Result.WARN, share);
        }
    }

    private void pairs(Checkup checkup, DoCloudAdmin admin, SwarmPartitions swarm) {
        List<String> chosen = new ArrayList<>();
        for (String id : peerIds) {
            String prefix = id.toLowerCase(Locale.ROOT);
            List<String> matching = swarm.peers().stream().map(PeerInfo::peerId).filter(peer -> peer.startsWith(prefix)).toList();
            if (matching.size() == 1 || prefix.length() == 40) {
                chosen.add(matching.size() == 1 ? matching.get(0) : prefix); // a full id Array does not know: it says why
            } else {
                checkup.fail(id, matching.isEmpty() ? "no peer of this swarm has an id starting so: it left, expired, "
                        + "or joins another Array replica" : "names " + matching.size() + " peers: give more of the id");
            }
        }
        if (chosen.isEmpty() && !peerIds.isEmpty()) {
            return;
        }
        if (chosen.isEmpty() && swarm.peers().size() > MAX_PEERS_FOR_EVERY_PAIR) {
            checkup.warn("Pairs", swarm.peers().size() + " peers: pass --peer PEERID to choose which to check");
            return;
        }
        List<String> requesters = chosen.isEmpty() ? swarm.peers().stream().map(PeerInfo::peerId).toList() : chosen;
        for (int i = 0; i < requesters.size(); i++) {
            String a = requesters.get(i);
            List<String> others = chosen.size() == 1 ? List.of() : requesters.subList(i + 1, requesters.size());
            try {
                if (others.isEmpty() && chosen.size() == 1) {
                    admin.visibility(contentId, a, null).peers().forEach(verdict -> verdict(checkup, a, verdict));
                }
                for (String b : others) {
                    admin.visibility(contentId, a, b).peers().forEach(verdict -> verdict(checkup, a, verdict));
                }
            } catch (DoCloudAdminException e) {
                checkup.fail(shortId(a), e.getMessage());
            } catch (UncheckedIOException e) {
                checkup.fail("Admin view", e.getMessage());
                return;
            }
        }
    }

    private static void verdict(Checkup checkup, String a, PeerVisibility verdict) {
        String pair = shortId(a) + " - " + shortId(verdict.peerId());
        if (verdict.sees()) {
            checkup.pass(pair, verdict.relation() + ": " + verdict.explanation());
        } else {
            checkup.fail(pair, "not handed each other: " + verdict.explanation()
                    + (verdict.remedy() == null ? "" : ". Remedy: " + verdict.remedy()));
        }
    }

    private static String describe(PeerInfo peer, SwarmPartitions swarm) {
        List<String> partitions = new ArrayList<>();
        partitions.add("NAT " + peer.externalIp());
        swarm.groups().stream().filter(group -> group.peerIds().contains(peer.peerId()))
                .forEach(group -> partitions.add("group " + group.key()));
        if (swarm.internet().contains(peer.peerId())) {
            partitions.add("Internet");
        }
        return String.join(", ", partitions) + "; mode " + peer.scope() + ", reported IP "
                + (peer.reportedIp() == null ? "none" : peer.reportedIp()) + ":" + peer.port() + ", "
                + (peer.left() == null ? "Left not reported" : peer.left() == 0 ? "seed" : peer.left() + " bytes left")
                + ", last seen " + peer.lastSeen();
    }

    static String shortId(String peerId) {
        return peerId.length() > 12 ? peerId.substring(0, 12) : peerId;
    }
}
