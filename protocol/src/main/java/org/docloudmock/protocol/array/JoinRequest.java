package org.docloudmock.protocol.array;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.Inet4Address;
import org.docloudmock.protocol.ContentIds;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.IpAddresses;
import org.docloudmock.protocol.PeerId;
import org.docloudmock.protocol.TextFields;

/**
 * {@code POST {CollectiveArray}join/}: the real fields DO clients send, plus the mock's optional {@code Port} and
 * {@code RestrictPeerSelectionBy}. Numbers and booleans may come as strings ({@code "Scope":"1"},
 * {@code "IsBackground":"False"}), as joins built by scripts send them (SPEC 10); fields the mock does not read
 * ({@code ClientDialectVersionMajor}, {@code Minor}, {@code Build}, {@code Revision}, and any other) are ignored.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JoinRequest(
        @JsonProperty("ContentId") String contentId,
        @JsonProperty("AltCatalogId") String altCatalogId,
        @JsonProperty("PeerId") String peerId,
        @JsonProperty("ReportedIp") String reportedIp,
        @JsonProperty("SubnetMask") String subnetMask,
        @JsonProperty("Ipv6") String ipv6,
        @JsonProperty("IsBackground") Boolean background,
        @JsonProperty("Uploaded") Long uploaded,
        @JsonProperty("Downloaded") Long downloaded,
        @JsonProperty("DownloadedCdn") Long downloadedCdn,
        @JsonProperty("DownloadedDoinc") Long downloadedDoinc,
        @JsonProperty("Left") Long left,
        @JsonProperty("JoinRequestEvent") Integer joinRequestEvent,
        @JsonProperty("RestrictedUpload") Boolean restrictedUpload,
        @JsonProperty("PeersWanted") Integer peersWanted,
        @JsonProperty("GroupId") String groupId,
        @JsonProperty("Scope") Integer scope,
        @JsonProperty("Profile") Integer profile,
        @JsonProperty("Seq") Long seq,
        @JsonProperty("UploadedBPS") Long uploadedBps,
        @JsonProperty("DownloadBPS") Long downloadBps,
        @JsonProperty("eId") String eId,
        @JsonProperty("Port") Integer port,
        @JsonProperty("RestrictPeerSelectionBy") Integer restrictPeerSelectionBy) {

    public static final int DEFAULT_PORT = 7680;
    public static final int MAX_GROUP_ID_LENGTH = TextFields.MAX_ID_LENGTH;
    /** DORestrictPeerSelectionBy: no restriction beyond the NAT. */
    public static final int RESTRICT_NONE = 0;
    /** DORestrictPeerSelectionBy: only peers in the device's own subnet. */
    public static final int RESTRICT_TO_SUBNET = 1;
    /** {@link #subnetPrefix()} of a peer that does not restrict. */
    public static final int UNRESTRICTED = -1;

    /** A join that names the fields it sets: {@code JoinRequest.builder().contentId(id).peerId(peer).scope(1).build()}. */
    public static JoinRequestBuilder builder() {
        return new JoinRequestBuilder();
    }

    /** Checks every field against DO's rules; throws naming the first bad field. */
    public JoinRequest validate() {
        swarmKey();
        new PeerId(peerId);
        if (reportedIp != null && !reportedIp.isEmpty()) {
            IpAddresses.requireLiteral(reportedIp, "ReportedIp");
        }
        if (ipv6 != null && !ipv6.isEmpty()) {
            IpAddresses.requireLiteral(ipv6, "Ipv6");
        }
        subnetPrefix();
        requireNotNegative(uploaded, "Uploaded");
        requireNotNegative(downloaded, "Downloaded");
        requireNotNegative(downloadedCdn, "DownloadedCdn");
        requireNotNegative(downloadedDoinc, "DownloadedDoinc");
        requireNotNegative(left, "Left");
        requireNotNegative(uploadedBps, "UploadedBPS");
        requireNotNegative(downloadBps, "DownloadBPS");
        requireNotNegative(seq, "Seq");
        JoinEvent.of(joinRequestEvent);
        mode();
        if (peersWanted != null && peersWanted < 0) {
            throw new InvalidFieldException("PeersWanted", "must not be negative");
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw new InvalidFieldException("Port", "must be 1 to 65535");
        }
        TextFields.requireValidIfPresent(groupId, "GroupId", MAX_GROUP_ID_LENGTH);
        TextFields.requireValidIfPresent(altCatalogId, "AltCatalogId", TextFields.MAX_URL_LENGTH);
        TextFields.requireValidIfPresent(eId, "eId", TextFields.MAX_ID_LENGTH);
        return this;
    }

    /** ContentId when given, else AltCatalogId. */
    public String swarmKey() {
        return ContentIds.swarmKey(contentId, altCatalogId);
    }

    /** The download mode; LAN (DO's default) when Scope is absent. */
    public DownloadMode mode() {
        return scope == null ? DownloadMode.LAN : DownloadMode.of(scope, "Scope");
    }

    /**
     * The prefix length of the subnet the peer restricts itself to, or {@link #UNRESTRICTED}. Restricting needs
     * an IPv4 {@code ReportedIp} and a {@code SubnetMask}; a mask sent without restricting is checked, not used.
     */
    public int subnetPrefix() {
        boolean restricts = restrictPeerSelectionBy != null && restrictPeerSelectionBy == RESTRICT_TO_SUBNET;
        if (restrictPeerSelectionBy != null && !restricts && restrictPeerSelectionBy != RESTRICT_NONE) {
            throw new InvalidFieldException("RestrictPeerSelectionBy",
                    "must be 0 (none) or 1 (subnet); local discovery (2) is not simulated");
        }
        boolean hasMask = subnetMask != null && !subnetMask.isEmpty();
        int prefix = hasMask ? SubnetMask.prefixLength(subnetMask, "SubnetMask") : UNRESTRICTED;
        if (!restricts) {
            return UNRESTRICTED;
        }
        if (!hasMask) {
            throw new InvalidFieldException("SubnetMask", "is needed when RestrictPeerSelectionBy is 1");
        }
        if (reportedIp == null || !(IpAddresses.requireLiteral(reportedIp, "ReportedIp") instanceof Inet4Address)) {
            throw new InvalidFieldException("ReportedIp", "must be an IPv4 address when RestrictPeerSelectionBy is 1");
        }
        return prefix;
    }

    public JoinEvent event() {
        return JoinEvent.of(joinRequestEvent);
    }

    /** A requester that sends no Left counts as still needing data. */
    public boolean needsData() {
        return left == null || left > 0;
    }

    public int portOrDefault() {
        return port == null ? DEFAULT_PORT : port;
    }

    private static void requireNotNegative(Long value, String field) {
        if (value != null && value < 0) {
            throw new InvalidFieldException(field, "must not be negative");
        }
    }
}
