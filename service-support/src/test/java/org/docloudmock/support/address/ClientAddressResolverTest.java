package org.docloudmock.support.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.IpAddresses;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ClientAddressResolverTest {

    /** Loopback, as by default, and a proxy tier in 10.0.0.0/8. */
    private final ClientAddressResolver resolver = new ClientAddressResolver(List.of(
            CidrBlock.parse("127.0.0.0/8"), CidrBlock.parse("::1/128"), CidrBlock.parse("10.0.0.0/8")));

    private static InetAddress ip(String text) {
        return IpAddresses.requireLiteral(text, "ip");
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertThat(resolver.resolve("203.0.113.5", List.of("192.0.2.1"))).isEqualTo(ip("203.0.113.5"));
    }

    @Test
    void aTrustedPeerForwardingNothingIsTheClient() {
        assertThat(resolver.resolve("127.0.0.1", List.of())).isEqualTo(ip("127.0.0.1"));
    }

    @Test
    void aTrustedPeerGivesTheRightmostHopThatIsNoTrustedProxy() {
        assertThat(resolver.resolve("127.0.0.1", List.of("192.0.2.1, 198.51.100.2, 10.1.1.1, 10.2.2.2")))
                .isEqualTo(ip("198.51.100.2"));
    }

    @Test
    void severalHeadersAreOneListOfHopsInOrder() {
        assertThat(resolver.resolve("10.9.9.9", List.of("192.0.2.1, 198.51.100.2", "10.1.1.1", " 10.2.2.2 ")))
                .isEqualTo(ip("198.51.100.2"));
        assertThat(resolver.resolve("10.9.9.9", List.of("192.0.2.1", "198.51.100.2,10.1.1.1")))
                .isEqualTo(ip("198.51.100.2"));
    }

    @Test
    void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
        assertThat(resolver.resolve("127.0.0.1", List.of("10.0.0.1, 10.0.0.2", "10.0.0.3"))).isEqualTo(ip("10.0.0.1"));
    }

    @Test
    void ipv6HopsAndPeersAreResolvedLikeIpv4() {
        assertThat(resolver.resolve("::1", List.of("2001:db8::7"))).isEqualTo(ip("2001:db8::7"));
        assertThat(resolver.resolve("2001:db8::9", List.of("192.0.2.1"))).isEqualTo(ip("2001:db8::9"));
    }

    @Test
    void aMalformedHopIsAnInvalidForwardedFor() {
        for (String header : List.of("192.0.2.1, not-an-ip", "192.0.2.1,", "example.com", "192.0.2.1 198.51.100.2")) {
            assertThatThrownBy(() -> resolver.resolve("127.0.0.1", List.of(header))).as(header)
                    .isInstanceOfSatisfying(InvalidFieldException.class,
                            e -> assertThat(e.field()).isEqualTo("X-Forwarded-For"));
        }
    }

    @Test
    void theUnspecifiedAddressIsNoClient() {
        for (String header : List.of("0.0.0.0", "::", "192.0.2.1, 0.0.0.0")) {
            assertThatThrownBy(() -> resolver.resolve("127.0.0.1", List.of(header))).as(header)
                    .isInstanceOfSatisfying(InvalidFieldException.class,
                            e -> assertThat(e.field()).isEqualTo("X-Forwarded-For"));
        }
    }

    @Test
    void hopsLeftOfTheClientAreNotReadTheClientWroteThem() {
        assertThat(resolver.resolve("127.0.0.1", List.of("garbage, 198.51.100.2"))).isEqualTo(ip("198.51.100.2"));
    }

    @Test
    void aMalformedPeerAddressIsRefused() {
        assertThatThrownBy(() -> resolver.resolve("unix-socket", List.of()))
                .isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void aRequestIsResolvedFromEveryForwardedForHeaderAndOnlyOnce() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr("127.0.0.1");
        request.addHeader("X-Forwarded-For", "192.0.2.1");
        request.addHeader("X-Forwarded-For", "198.51.100.2, 10.0.0.1");

        ClientAddress client = resolver.resolve(request);

        assertThat(client.externalIp()).isEqualTo("198.51.100.2");
        assertThat(request.getAttribute(ClientAddressResolver.ATTRIBUTE)).isSameAs(client);
        assertThat(resolver.resolve(request)).isSameAs(client);
    }
}
