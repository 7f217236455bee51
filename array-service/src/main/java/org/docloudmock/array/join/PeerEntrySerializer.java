package org.docloudmock.array.join;

import org.docloudmock.protocol.array.PeerEntry;
import org.docloudmock.protocol.array.PeerType;
import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a {@link PeerEntry} exactly as Jackson's record serializer would (the same names, order and
 * values), without its per-property reflective accessor calls and per-enum feature look-ups: a join
 * answer carries up to PeersWanted of them, and writing them was the largest part of a join's CPU.
 */
@JacksonComponent
class PeerEntrySerializer extends StdSerializer<PeerEntry> {

    private static final SerializableString PEER_ID = new SerializedString("PeerId");
    private static final SerializableString IP = new SerializedString("Ip");
    private static final SerializableString PORT = new SerializedString("Port");
    private static final SerializableString PEER_TYPE = new SerializedString("PeerType");
    private static final SerializableString IS_SEED = new SerializedString("IsSeed");
    private static final SerializableString[] PEER_TYPES = new SerializableString[PeerType.values().length];

    static {
        for (PeerType type : PeerType.values()) {
            PEER_TYPES[type.ordinal()] = new SerializedString(type.name());
        }
    }

    PeerEntrySerializer() {
        super(PeerEntry.class);
    }

    @Override
    public void serialize(PeerEntry entry, JsonGenerator json, SerializationContext context) {
        json.writeStartObject(entry);
        json.writeName(PEER_ID);
        json.writeString(entry.peerId());
        json.writeName(IP);
        json.writeString(entry.ip());
        json.writeName(PORT);
        json.writeNumber(entry.port());
        json.writeName(PEER_TYPE);
        if (entry.peerType() == null) {
            json.writeNull();
        } else {
            json.writeString(PEER_TYPES[entry.peerType().ordinal()]);
        }
        json.writeName(IS_SEED);
        json.writeBoolean(entry.seed());
        json.writeEndObject();
    }
}
