package org.docloudmock.array.join;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.docloudmock.protocol.array.JoinResponse;
import org.docloudmock.protocol.array.PeerEntry;
import org.docloudmock.protocol.array.PeerType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

class PeerEntrySerializerTest {

    private final JsonMapper records = JsonMapper.builder().build();
    private final JsonMapper ours = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(new PeerEntrySerializer())).build();

    @Test
    void writesWhatJacksonsRecordSerializerWrites() {
        List<PeerEntry> peers = new ArrayList<>();
        for (PeerType type : PeerType.values()) {
            peers.add(new PeerEntry("0123456789abcdef0123456789abcdef01234567", "192.168.0.1", 7680, type, true));
            peers.add(new PeerEntry("a".repeat(40), "2001:db8::1", 65535, type, false));
        }
        peers.add(new PeerEntry(null, null, 1, null, false));
        JoinResponse response = new JoinResponse(peers, 60, 1234);

        assertThat(ours.writeValueAsString(response)).isEqualTo(records.writeValueAsString(response));
        assertThat(ours.writeValueAsString(new JoinResponse(List.of(), 60, 0)))
                .isEqualTo("{\"Peers\":[],\"ReannounceIntervalSecs\":60,\"NumberOfPeers\":0}");
    }

    @Test
    void keepsTheMappersOutputFeatures() {
        JoinResponse response = new JoinResponse(
                List.of(new PeerEntry("b".repeat(40), "10.0.0.2", 7680, PeerType.Lan, false)), 60, 1);

        assertThat(ours.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(response))
                .isEqualTo(records.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(response));
    }
}
