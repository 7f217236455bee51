package org.docloudmock.array.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.docloudmock.array.matching.TestJoin.peer;

import java.util.List;
import java.util.Optional;
import org.docloudmock.protocol.DownloadMode;
import org.docloudmock.protocol.array.PeerType;
import org.docloudmock.protocol.array.VisibilityReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row of SPEC 7's "who sees whom" table, both ways round. */
class VisibilityTest {

    private static final String NAT_A = "203.0.113.1";
    private static final String NAT_B = "198.51.100.7";

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void peersBehindOneNatSeeEachOtherInEveryPeeringMode(int requesterMode) {
        for (int peerMode : new int[] {1, 2, 3}) {
            Peer requester = peer(1).behind(NAT_A).in(mode(requesterMode)).peer();
            Peer candidate = peer(2).behind(NAT_A).in(mode(peerMode)).reporting("192.168.1.20").peer();
            assertThat(Visibility.relation(requester, candidate)).as("%d sees %d", requesterMode, peerMode)
                    .contains(PeerType.Lan);
            assertThat(Visibility.address(PeerType.Lan, candidate)).isEqualTo("192.168.1.20");
        }
    }

    @Test
    void aPeerThatKeepsToItsSubnetSeesOnlyItsSubnetBehindItsNatAndOnlyItsSubnetSeesIt() {
        Peer restricted = peer(1).behind(NAT_A).reporting("192.168.1.10").restrictedToSubnet("255.255.255.0").peer();
        Peer sameSubnet = peer(2).behind(NAT_A).reporting("192.168.1.99").peer();
        Peer otherSubnet = peer(3).behind(NAT_A).reporting("192.168.2.10").peer();
        Peer noReportedIp = peer(4).behind(NAT_A).reporting(null).peer();
        Peer sameSubnetOtherNat = peer(5).behind(NAT_B).reporting("192.168.1.11").peer();

        assertThat(Visibility.relation(restricted, sameSubnet)).contains(PeerType.Lan);
        assertThat(Visibility.relation(sameSubnet, restricted)).contains(PeerType.Lan);
        for (Peer outside : new Peer[] {otherSubnet, noReportedIp, sameSubnetOtherNat}) {
            assertThat(Visibility.relation(restricted, outside)).as("%s", outside.reportedIp()).isEmpty();
            assertThat(Visibility.relation(outside, restricted)).as("consent is mutual").isEmpty();
        }
    }

    @Test
    void eachSideKeepsItsOwnSubnet() {
        Peer wide = peer(1).behind(NAT_A).reporting("10.1.200.1").restrictedToSubnet("255.255.0.0").peer();
        Peer narrow = peer(2).behind(NAT_A).reporting("10.1.2.3").restrictedToSubnet("255.255.255.0").peer();
        Peer narrowNeighbour = peer(3).behind(NAT_A).reporting("10.1.2.200").restrictedToSubnet("255.255.255.0").peer();

        assertThat(Visibility.relation(wide, narrow)).as("10.1.2.3 is in 10.1/16, but 10.1.200.1 is not in 10.1.2/24")
                .isEmpty();
        assertThat(Visibility.relation(narrow, narrowNeighbour)).contains(PeerType.Lan);
    }

    @Test
    void aPeerThatKeepsToItsSubnetIsInNoGroupAndNotOnTheInternet() {
        Peer restrictedGroup = peer(1).behind(NAT_A).inGroup("g1").reporting("10.0.0.1").restrictedToSubnet("255.0.0.0").peer();
        Peer group = peer(2).behind(NAT_B).inGroup("g1").reporting("10.0.0.2").peer();
        Peer restrictedInternet = peer(3).behind(NAT_A).in(DownloadMode.INTERNET).reporting("10.0.0.3")
                .restrictedToSubnet("255.0.0.0").peer();
        Peer internet = peer(4).behind(NAT_B).in(DownloadMode.INTERNET).peer();

        assertThat(Visibility.relation(restrictedGroup, group)).isEmpty();
        assertThat(Visibility.relation(group, restrictedGroup)).isEmpty();
        assertThat(Visibility.relation(restrictedInternet, internet)).isEmpty();
        assertThat(Visibility.relation(internet, restrictedInternet)).isEmpty();
        assertThat(Visibility.relation(restrictedGroup, restrictedInternet)).contains(PeerType.Lan);
    }

    @Test
    void subnetArithmeticOfTheFastPathsIsTheRuleOfTheTable() {
        long ip = Ipv4.parse("192.168.1.10");
        assertThat(Visibility.withinSubnets(ip, 24, Ipv4.parse("192.168.1.255"), -1)).isTrue();
        assertThat(Visibility.withinSubnets(ip, 24, Ipv4.parse("192.168.0.255"), -1)).isFalse();
        assertThat(Visibility.withinSubnets(ip, 0, Ipv4.parse("8.8.8.8"), -1)).as("/0 is everyone").isTrue();
        assertThat(Visibility.withinSubnets(ip, 32, ip, 32)).isTrue();
        assertThat(Visibility.withinSubnets(ip, -1, PeerRows.NO_ADDRESS, -1)).as("nobody restricts").isTrue();
        assertThat(Visibility.withinSubnets(ip, 24, PeerRows.NO_ADDRESS, -1)).isFalse();
        assertThat(Visibility.withinSubnets(ip, 24, PeerRows.IPV6 | 3, -1)).as("an IPv6 key").isFalse();
        assertThat(Visibility.withinSubnets(Ipv4.parse("192.168.1.99"), -1, ip, 24)).isTrue();
    }

    @Test
    void groupPeersBehindDifferentNatsSeeEachOtherAtTheirReportedIp() {
        Peer requester = peer(1).behind(NAT_A).inGroup("g1").peer();
        Peer candidate = peer(2).behind(NAT_B).inGroup("g1").reporting("10.9.8.7").peer();
        assertThat(Visibility.relation(requester, candidate)).contains(PeerType.Group);
        assertThat(Visibility.relation(candidate, requester)).contains(PeerType.Group);
        assertThat(Visibility.address(PeerType.Group, candidate)).isEqualTo("10.9.8.7");
    }

    @Test
    void groupNeedsBothPeersInGroupMode() {
        Peer group = peer(1).behind(NAT_A).inGroup("g1").peer();
        Peer internetWithSameGroupId = peer(2).behind(NAT_B).inGroup("g1").in(DownloadMode.INTERNET).peer();
        Peer lanWithSameGroupId = peer(3).behind(NAT_B).inGroup("g1").in(DownloadMode.LAN).peer();
        assertThat(Visibility.relation(group, internetWithSameGroupId)).isEmpty();
        assertThat(Visibility.relation(group, lanWithSameGroupId)).isEmpty();
        assertThat(Visibility.relation(lanWithSameGroupId, group)).isEmpty();
    }

    @Test
    void groupModePeerIsNeverHandedToAnInternetClient() {
        Peer internet = peer(1).behind(NAT_A).in(DownloadMode.INTERNET).peer();
        Peer group = peer(2).behind(NAT_B).inGroup("g1").peer();
        assertThat(Visibility.relation(internet, group)).isEmpty();
        assertThat(Visibility.relation(group, internet)).isEmpty();
    }

    @Test
    void differentGroupsDoNotSeeEachOther() {
        assertThat(Visibility.relation(peer(1).behind(NAT_A).inGroup("g1").peer(), peer(2).behind(NAT_B).inGroup("g2").peer()))
                .isEmpty();
    }

    @Test
    void emptyGroupIdIsNoGroup() {
        assertThat(Visibility.relation(peer(1).behind(NAT_A).inGroup("").peer(), peer(2).behind(NAT_B).inGroup("").peer()))
                .isEmpty();
        assertThat(Visibility.relation(peer(1).behind(NAT_A).inGroup(null).peer(), peer(2).behind(NAT_B).inGroup(null).peer()))
                .isEmpty();
    }

    @Test
    void internetPeersSeeEachOtherAtTheirExternalIp() {
        Peer requester = peer(1).behind(NAT_A).in(DownloadMode.INTERNET).peer();
        Peer candidate = peer(2).behind(NAT_B).in(DownloadMode.INTERNET).reporting("192.168.5.5").peer();
        assertThat(Visibility.relation(requester, candidate)).contains(PeerType.Internet);
        assertThat(Visibility.address(PeerType.Internet, candidate)).isEqualTo(NAT_B);
    }

    @Test
    void lanModePeerIsNeverHandedToAnotherNat() {
        Peer lan = peer(1).behind(NAT_A).in(DownloadMode.LAN).peer();
        for (DownloadMode mode : new DownloadMode[] {DownloadMode.LAN, DownloadMode.GROUP, DownloadMode.INTERNET}) {
            Peer elsewhere = peer(2).behind(NAT_B).in(mode).peer();
            assertThat(Visibility.relation(elsewhere, lan)).as(mode.name()).isEmpty();
            assertThat(Visibility.relation(lan, elsewhere)).as(mode.name()).isEmpty();
        }
    }

    @Test
    void sameNatIsTheRelationWhenGroupAndInternetHoldToo() {
        assertThat(Visibility.relation(peer(1).behind(NAT_A).inGroup("g1").peer(), peer(2).behind(NAT_A).inGroup("g1").peer()))
                .contains(PeerType.Lan);
        assertThat(Visibility.relation(peer(1).behind(NAT_A).in(DownloadMode.INTERNET).peer(),
                peer(2).behind(NAT_A).in(DownloadMode.INTERNET).peer())).contains(PeerType.Lan);
    }

    @Test
    void peerIsNeverRelatedToItself() {
        Peer self = peer(1).behind(NAT_A).in(DownloadMode.INTERNET).peer();
        Peer selfFromElsewhere = peer(1).behind(NAT_B).in(DownloadMode.INTERNET).peer();
        assertThat(Visibility.relation(self, self)).isEmpty();
        assertThat(Visibility.relation(self, selfFromElsewhere)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DownloadMode.class, names = {"HTTP_ONLY", "SIMPLE", "BYPASS"})
    void modesThatDoNotPeerSeeNobodyAndAreSeenByNobody(DownloadMode mode) {
        Peer outsider = peer(1).behind(NAT_A).in(mode).peer();
        Peer neighbour = peer(2).behind(NAT_A).in(DownloadMode.INTERNET).peer();
        assertThat(Visibility.relation(outsider, neighbour)).isEmpty();
        assertThat(Visibility.relation(neighbour, outsider)).isEmpty();
    }

    @Test
    void peerThatReportedNoPrivateAddressIsReachedAtItsExternalIp() {
        Peer candidate = peer(2).behind(NAT_A).reporting(null).peer();
        assertThat(Visibility.address(PeerType.Lan, candidate)).isEqualTo(NAT_A);
    }

    @Test
    void relationIsTheSameBothWaysRound() {
        Peer[] peers = {
                peer(1).behind(NAT_A).in(DownloadMode.LAN).peer(),
                peer(2).behind(NAT_A).inGroup("g").peer(),
                peer(3).behind(NAT_B).inGroup("g").peer(),
                peer(4).behind(NAT_B).in(DownloadMode.INTERNET).peer(),
                peer(5).behind("192.0.2.9").in(DownloadMode.INTERNET).peer(),
                peer(6).behind("192.0.2.9").in(DownloadMode.LAN).peer()};
        for (Peer a : peers) {
            for (Peer b : peers) {
                Optional<PeerType> there = Visibility.relation(a, b);
                assertThat(Visibility.relation(b, a)).as("%s and %s", a.id(), b.id()).isEqualTo(there);
            }
        }
    }

    @Test
    void theRowsOfAStoreAreRelatedByTheSameFunctionAsThePeersOfTheTable() {
        List<Peer> peers = List.of(
                peer(1).behind(NAT_A).in(DownloadMode.LAN).reporting("192.168.1.10").peer(),
                peer(2).behind(NAT_A).inGroup("g").reporting("192.168.1.11").restrictedToSubnet("255.255.255.0").peer(),
                peer(3).behind(NAT_A).in(DownloadMode.INTERNET).reporting("192.168.2.12").peer(),
                peer(4).behind(NAT_B).inGroup("g").reporting(null).peer(),
                peer(5).behind(NAT_B).inGroup("h").peer(),
                peer(6).behind(NAT_B).in(DownloadMode.INTERNET).peer(),
                peer(7).behind("192.0.2.9").in(DownloadMode.INTERNET).reporting("10.0.0.7").restrictedToSubnet("255.0.0.0").peer(),
                peer(8).behind("192.0.2.9").inGroup("g").reporting("10.1.0.8").peer());
        List<String> groups = List.of("", "g", "h");
        PeerRows rows = new PeerRows();
        for (Peer peer : peers) {
            rows.write(rows.append(), peer, Ipv4.parse(peer.externalIp()),
                    peer.reportedIp() == null ? PeerRows.NO_ADDRESS : Ipv4.parse(peer.reportedIp()),
                    groups.indexOf(peer.groupId()), 0);
        }
        for (int a = 0; a < peers.size(); a++) {
            for (int b = 0; b < peers.size(); b++) {
                assertThat(Optional.ofNullable(Visibility.relation(rows, a, b))).as("%d sees %d", a + 1, b + 1)
                        .isEqualTo(Visibility.relation(peers.get(a), peers.get(b)));
            }
        }
    }

    private static DownloadMode mode(int code) {
        return DownloadMode.of(code, "Scope");
    }

    @Test
    void everyReasonForNotSeeingNamesTheConditionThatFailed() {
        Peer lan = peer(1).behind(NAT_A).in(DownloadMode.LAN).peer();
        Peer groupOne = peer(2).behind(NAT_B).inGroup("g1").peer();
        Peer groupTwo = peer(3).behind(NAT_A).inGroup("g2").peer();
        Peer groupless = peer(4).behind(NAT_A).in(DownloadMode.GROUP).peer();
        Peer internet = peer(5).behind(NAT_A).in(DownloadMode.INTERNET).peer();
        Peer simple = peer(6).behind(NAT_B).in(DownloadMode.SIMPLE).peer();
        assertThat(Visibility.reason(groupOne, lan)).isEqualTo(VisibilityReason.LAN_MODE_ACROSS_NATS);
        assertThat(Visibility.reason(groupOne, groupTwo)).isEqualTo(VisibilityReason.GROUP_IDS_DIFFER);
        assertThat(Visibility.reason(groupOne, groupless)).isEqualTo(VisibilityReason.NO_GROUP_ID);
        assertThat(Visibility.reason(groupOne, internet)).isEqualTo(VisibilityReason.MODES_DIFFER);
        assertThat(Visibility.reason(groupOne, simple)).isEqualTo(VisibilityReason.PEER_MODE_NEVER_PEERS);
        assertThat(Visibility.reason(simple, groupOne)).isEqualTo(VisibilityReason.MODE_NEVER_PEERS);
        assertThat(Visibility.reason(lan, lan)).isEqualTo(VisibilityReason.SAME_PEER);
    }

    @Test
    void theRelationIsTheReasonsRelationForEveryPairOfModes() {
        for (DownloadMode a : DownloadMode.values()) {
            for (DownloadMode b : DownloadMode.values()) {
                for (String nat : new String[] {NAT_A, NAT_B}) {
                    Peer requester = peer(1).behind(NAT_A).in(a).peer();
                    Peer candidate = peer(2).behind(nat).in(b).peer();
                    VisibilityReason reason = Visibility.reason(requester, candidate);
                    assertThat(Visibility.relation(requester, candidate)).as("%s sees %s behind %s", a, b, nat)
                            .isEqualTo(Optional.ofNullable(reason.relation()));
                    assertThat(reason.sees()).isEqualTo(reason.remedy() == null);
                }
            }
        }
    }
}
