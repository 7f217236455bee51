package org.docloudmock.array.matching;

import java.time.Instant;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.array.JoinRequest;

/** A join as a test writes it: only what the test is about, the rest as a plain client would send it. */
final class TestJoin {

    private final String peerId;
    private String contentId = "content-1";
    private String externalIp = "203.0.113.1";
    private String reportedIp;
    private String groupId;
    private Integer scope;
    private Long left = 1000L;
    private Integer event;
    private Integer peersWanted;
    private Integer port;
    private String subnetMask;
    private Integer restrictPeerSelectionBy;
    private long downloaded;
    private long downloadedCdn;
    private long downloadedDoinc;

    private TestJoin(int number) {
        this.peerId = "%040x".formatted(number);
        this.reportedIp = "192.168.0." + (number % 250 + 1);
    }

    static TestJoin peer(int number) {
        return new TestJoin(number);
    }

    static String peerId(int number) {
        return "%040x".formatted(number);
    }

    TestJoin of(String contentId) {
        this.contentId = contentId;
        return this;
    }

    TestJoin behind(String externalIp) {
        this.externalIp = externalIp;
        return this;
    }

    TestJoin reporting(String reportedIp) {
        this.reportedIp = reportedIp;
        return this;
    }

    TestJoin in(DownloadMode mode) {
        this.scope = mode.code();
        return this;
    }

    TestJoin inGroup(String groupId) {
        this.scope = DownloadMode.GROUP.code();
        this.groupId = groupId;
        return this;
    }

    TestJoin seed() {
        this.left = 0L;
        return this;
    }

    TestJoin left(Long left) {
        this.left = left;
        return this;
    }

    TestJoin event(int event) {
        this.event = event;
        return this;
    }

    TestJoin wanting(Integer peersWanted) {
        this.peersWanted = peersWanted;
        return this;
    }

    /** Counters as a client reports them: totals since it started downloading. */
    TestJoin downloaded(long total, long fromCdn, long fromCache) {
        this.downloaded = total;
        this.downloadedCdn = fromCdn;
        this.downloadedDoinc = fromCache;
        return this;
    }

    TestJoin port(int port) {
        this.port = port;
        return this;
    }

    /** DORestrictPeerSelectionBy = 1: peers only in its subnet, its ReportedIp under {@code subnetMask}. */
    TestJoin restrictedToSubnet(String subnetMask) {
        this.subnetMask = subnetMask;
        this.restrictPeerSelectionBy = 1;
        return this;
    }

    String externalIp() {
        return externalIp;
    }

    JoinRequest request() {
        return JoinRequest.builder().contentId(contentId).peerId(peerId).reportedIp(reportedIp).subnetMask(subnetMask)
                .background(false).uploaded(0L).downloaded(downloaded).downloadedCdn(downloadedCdn)
                .downloadedDoinc(downloadedDoinc).left(left).joinRequestEvent(event).restrictedUpload(false)
                .peersWanted(peersWanted).groupId(groupId).scope(scope).seq(1L).uploadedBps(0L).downloadBps(0L).port(port)
                .restrictPeerSelectionBy(restrictPeerSelectionBy).build();
    }

    Peer peer() {
        return Peer.from(request().validate(), externalIp, Instant.EPOCH);
    }
}
