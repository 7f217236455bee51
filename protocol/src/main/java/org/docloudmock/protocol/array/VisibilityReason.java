package org.docloudmock.protocol.array;

/**
 * Why one peer of a swarm is or is not handed another (SPEC 7), as Array's rule decides it; the admin views
 * show it and {@code doctor p2p} explains it. The remedies are the wording of DO's troubleshooting guide.
 */
public enum VisibilityReason {
    SAME_NAT(PeerType.Lan, "same external IP: one NAT", null),
    SAME_GROUP(PeerType.Group, "both in Group mode (2) with the same GroupId", null),
    BOTH_INTERNET(PeerType.Internet, "both in Internet mode (3)", null),
    SAME_PEER(null, "a peer is never handed itself", null),
    MODE_NEVER_PEERS(null, "its download mode (0, 99 or 100) never peers",
            "set DODownloadMode to 1, 2 or 3; 99 means it could not reach the DO cloud services"),
    PEER_MODE_NEVER_PEERS(null, "the other peer's download mode (0, 99 or 100) never peers",
            "set DODownloadMode to 1, 2 or 3 on the other device; 99 means it could not reach the DO cloud services"),
    LAN_MODE_ACROSS_NATS(null, "different external IPs, and one is in LAN mode (1), which never leaves its NAT",
            "ensure both devices use the same public IP address; where they do not, configure DODownloadMode 2 "
                    + "(Group) and one custom DOGroupID (Guid) on both"),
    GROUP_IDS_DIFFER(null, "different external IPs, and their GroupIds differ",
            "give both devices the same DOGroupID"),
    NO_GROUP_ID(null, "different external IPs, and a Group-mode (2) peer has no GroupId",
            "set one custom DOGroupID (Guid) on both devices"),
    OUTSIDE_SUBNET(null, "one NAT, but a peer keeps to its subnet (DORestrictPeerSelectionBy 1) and the other's "
            + "reported IP is outside it", "put both devices in one subnet, or set DORestrictPeerSelectionBy to 0"),
    SUBNET_ACROSS_NATS(null, "different external IPs, and a peer keeps to its subnet (DORestrictPeerSelectionBy 1), "
            + "which never leaves its NAT", "set DORestrictPeerSelectionBy to 0 where peers of other networks should serve"),
    MODES_DIFFER(null, "different external IPs, and no mode they share across NATs (one Group, one Internet)",
            "put both in Group mode (2) with one DOGroupID, or both in Internet mode (3)");

    private final PeerType relation;
    private final String explanation;
    private final String remedy;

    VisibilityReason(PeerType relation, String explanation, String remedy) {
        this.relation = relation;
        this.explanation = explanation;
        this.remedy = remedy;
    }

    /** The relation under which the peer is handed; null when it is not. */
    public PeerType relation() {
        return relation;
    }

    public boolean sees() {
        return relation != null;
    }

    public String explanation() {
        return explanation;
    }

    /** What DO's troubleshooting guide says to do; null when the peers see each other. */
    public String remedy() {
        return remedy;
    }
}
