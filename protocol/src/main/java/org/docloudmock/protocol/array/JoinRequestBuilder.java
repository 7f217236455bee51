package org.docloudmock.protocol.array;

/**
 * Builds a {@link JoinRequest} by naming the fields a caller sets; the others stay null, so they are left out of
 * the JSON, as a client that does not send them leaves them out. Each setter is named after the record's
 * component (its JSON name is on {@link JoinRequest}).
 */
public final class JoinRequestBuilder {

    private String contentId;
    private String altCatalogId;
    private String peerId;
    private String reportedIp;
    private String subnetMask;
    private String ipv6;
    private Boolean background;
    private Long uploaded;
    private Long downloaded;
    private Long downloadedCdn;
    private Long downloadedDoinc;
    private Long left;
    private Integer joinRequestEvent;
    private Boolean restrictedUpload;
    private Integer peersWanted;
    private String groupId;
    private Integer scope;
    private Integer profile;
    private Long seq;
    private Long uploadedBps;
    private Long downloadBps;
    private String eId;
    private Integer port;
    private Integer restrictPeerSelectionBy;

    JoinRequestBuilder() {
    }

    public JoinRequestBuilder contentId(String contentId) {
        this.contentId = contentId;
        return this;
    }

    public JoinRequestBuilder altCatalogId(String altCatalogId) {
        this.altCatalogId = altCatalogId;
        return this;
    }

    public JoinRequestBuilder peerId(String peerId) {
        this.peerId = peerId;
        return this;
    }

    public JoinRequestBuilder reportedIp(String reportedIp) {
        this.reportedIp = reportedIp;
        return this;
    }

    public JoinRequestBuilder subnetMask(String subnetMask) {
        this.subnetMask = subnetMask;
        return this;
    }

    public JoinRequestBuilder ipv6(String ipv6) {
        this.ipv6 = ipv6;
        return this;
    }

    public JoinRequestBuilder background(Boolean background) {
        this.background = background;
        return this;
    }

    public JoinRequestBuilder uploaded(Long uploaded) {
        this.uploaded = uploaded;
        return this;
    }

    public JoinRequestBuilder downloaded(Long downloaded) {
        this.downloaded = downloaded;
        return this;
    }

    public JoinRequestBuilder downloadedCdn(Long downloadedCdn) {
        this.downloadedCdn = downloadedCdn;
        return this;
    }

    public JoinRequestBuilder downloadedDoinc(Long downloadedDoinc) {
        this.downloadedDoinc = downloadedDoinc;
        return this;
    }

    public JoinRequestBuilder left(Long left) {
        this.left = left;
        return this;
    }

    public JoinRequestBuilder joinRequestEvent(Integer joinRequestEvent) {
        this.joinRequestEvent = joinRequestEvent;
        return this;
    }

    public JoinRequestBuilder restrictedUpload(Boolean restrictedUpload) {
        this.restrictedUpload = restrictedUpload;
        return this;
    }

    public JoinRequestBuilder peersWanted(Integer peersWanted) {
        this.peersWanted = peersWanted;
        return this;
    }

    public JoinRequestBuilder groupId(String groupId) {
        this.groupId = groupId;
        return this;
    }

    public JoinRequestBuilder scope(Integer scope) {
        this.scope = scope;
        return this;
    }

    public JoinRequestBuilder profile(Integer profile) {
        this.profile = profile;
        return this;
    }

    public JoinRequestBuilder seq(Long seq) {
        this.seq = seq;
        return this;
    }

    public JoinRequestBuilder uploadedBps(Long uploadedBps) {
        this.uploadedBps = uploadedBps;
        return this;
    }

    public JoinRequestBuilder downloadBps(Long downloadBps) {
        this.downloadBps = downloadBps;
        return this;
    }

    public JoinRequestBuilder eId(String eId) {
        this.eId = eId;
        return this;
    }

    public JoinRequestBuilder port(Integer port) {
        this.port = port;
        return this;
    }

    public JoinRequestBuilder restrictPeerSelectionBy(Integer restrictPeerSelectionBy) {
        this.restrictPeerSelectionBy = restrictPeerSelectionBy;
        return this;
    }

    public JoinRequest build() {
        return new JoinRequest(contentId, altCatalogId, peerId, reportedIp, subnetMask, ipv6, background, uploaded,
                downloaded, downloadedCdn, downloadedDoinc, left, joinRequestEvent, restrictedUpload, peersWanted, groupId,
                scope, profile, seq, uploadedBps, downloadBps, eId, port, restrictPeerSelectionBy);
    }
}
