package org.docloudmock.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressesTest {

    @ParameterizedTest
    @CsvSource({
            "0:0:0:0:0:0:0:1, ::1",
            "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
            "2001:0db8:0000:0000:0000:ff00:0042:8329, 2001:db8::ff00:42:8329",
            "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:3:4:5:6",
            "::, ::",
            "203.0.113.7, 203.0.113.7",
            "::ffff:198.51.100.1, 198.51.100.1",
    })
    void formatsAddressesInTheirShortForm(String literal, String expected) {
        assertThat(IpAddresses.format(IpAddresses.requireLiteral(literal, "ip"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "example.com", "1.2.3", "1.2.3.256", "1.2.3.4.5", "12345::g", "1..2.3",
            ".1.2.3", "1.2.3.", "1.2.3.4.", "1.2.3.-4", "1.2.3.1000", "999.2.3.4", "1.2.3.4x", "a.b.c.d", "1.2.3.4/8", ".::1", "1:2", "0001.2.3.4"})
    void anythingButALiteralIsRejectedWithoutALookup(String text) {
        assertThatThrownBy(() -> IpAddresses.requireLiteral(text, "ReportedIp"))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("ReportedIp");
    }

    @Test
    void plainIpv4IsTheAddressTheJdkParses() throws UnknownHostException {
        Random random = new Random(42);
        for (int i = 0; i < 10_000; i++) {
            String text = random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
            assertThat(IpAddresses.requireLiteral(text, "ip")).isEqualTo(InetAddress.getByName(text));
        }
        for (String text : new String[] {"010.0.0.1", "1.02.003.4", "00.0.0.0"}) {
            assertThat(IpAddresses.requireLiteral(text, "ip")).isEqualTo(InetAddress.getByName(text));
        }
        for (String text : new String[] {"0.0.0.0", "255.255.255.255", "10.0.0.1", "100.200.10.0"}) {
            InetAddress parsed = IpAddresses.requireLiteral(text, "ip");
            assertThat(parsed).isEqualTo(InetAddress.getByName(text)).hasToString("/" + text);
            assertThat(IpAddresses.format(parsed)).isEqualTo(text);
        }
    }
}
