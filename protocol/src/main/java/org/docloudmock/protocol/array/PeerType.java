package org.docloudmock.protocol.array;

/** How a returned peer relates to the requester, in the order peers are returned. */
public enum PeerType {
    Lan,
    Group,
    Internet
}
