package org.docloudmock.protocol.array;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JoinRequestBuilderTest {

    @Test
    void everyFieldLandsInItsOwnComponent() {
        JoinRequest built = JoinRequest.builder().contentId("c").altCatalogId("alt").peerId("p").reportedIp("10.0.0.2")
                .subnetMask("255.255.255.0").ipv6("::1").background(true).uploaded(1L).downloaded(2L).downloadedCdn(3L)
                .downloadedDoinc(4L).left(5L).joinRequestEvent(6).restrictedUpload(false).peersWanted(7).groupId("g")
                .scope(8).profile(9).seq(10L).uploadedBps(11L).downloadBps(12L).eId("e").port(13)
                .restrictPeerSelectionBy(14).build();

        assertThat(built).isEqualTo(new JoinRequest("c", "alt", "p", "10.0.0.2", "255.255.255.0", "::1", true, 1L, 2L, 3L,
                4L, 5L, 6, false, 7, "g", 8, 9, 10L, 11L, 12L, "e", 13, 14));
    }

    @Test
    void fieldsNotSetAreLeftOutOfTheJson() {
        JoinRequest built = JoinRequest.builder().contentId("c").peerId("p").scope(0).build();

        assertThat(JsonMapper.builder().build().writeValueAsString(built))
                .isEqualTo("{\"ContentId\":\"c\",\"PeerId\":\"p\",\"Scope\":0}");
    }
}
