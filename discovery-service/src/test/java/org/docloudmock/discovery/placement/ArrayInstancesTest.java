package org.docloudmock.discovery.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArrayInstancesTest {

    @Test
    void localhostResolvesToALoopbackUrlPerAddress() throws Exception {
        List<String> urls = new DnsArrayUrls("localhost", 8085, "http", InetAddress::getAllByName).instances();
        assertThat(urls).isNotEmpty().allSatisfy(url -> assertThat(url).isIn("http://127.0.0.1:8085/", "http://[::1]:8085/"));
    }

    @Test
    void everyAddressOfTheNameIsAnInstanceAndIpv6IsBracketed() throws Exception {
        HostResolver replicas = host -> new InetAddress[] {
                InetAddress.getByName("10.0.0.2"), InetAddress.getByName("10.0.0.1"), InetAddress.getByName("fd00::5")};
        ArrayInstances instances = new ArrayInstances(new DnsArrayUrls("array-service", 9000, "https", replicas));
        assertThat(instances.current()).containsExactly(
                "https://10.0.0.1:9000/", "https://10.0.0.2:9000/", "https://[fd00::5]:9000/");
    }

    @Test
    void refreshPicksUpANewReplica() throws Exception {
        AtomicReference<InetAddress[]> answer = new AtomicReference<>(new InetAddress[] {InetAddress.getByName("10.0.0.1")});
        ArrayInstances instances = new ArrayInstances(new DnsArrayUrls("array", 8085, "http", host -> answer.get()));
        answer.set(new InetAddress[] {InetAddress.getByName("10.0.0.1"), InetAddress.getByName("10.0.0.2")});
        instances.refresh();
        assertThat(instances.current()).containsExactly("http://10.0.0.1:8085/", "http://10.0.0.2:8085/");
    }

    @Test
    void failedResolutionKeepsTheLastGoodSet() throws Exception {
        AtomicReference<InetAddress[]> answer = new AtomicReference<>(new InetAddress[] {InetAddress.getByName("10.0.0.1")});
        ArrayInstances instances = new ArrayInstances(new DnsArrayUrls("array", 8085, "http", host -> {
            if (answer.get() == null) {
                throw new UnknownHostException(host);
            }
            return answer.get();
        }));
        answer.set(null);
        instances.refresh();
        instances.refresh();
        assertThat(instances.current()).containsExactly("http://10.0.0.1:8085/");
        assertThat(instances.failedRefreshes()).isEqualTo(2);
    }

    @Test
    void emptyAnswerKeepsTheLastGoodSet() {
        AtomicReference<List<String>> answer = new AtomicReference<>(List.of("http://a:1/"));
        ArrayInstances instances = new ArrayInstances(answer::get);
        answer.set(List.of());
        instances.refresh();
        assertThat(instances.current()).containsExactly("http://a:1/");
    }

    @Test
    void nameThatNeverResolvedGivesNoInstanceYet() {
        ArrayInstances instances = new ArrayInstances(new DnsArrayUrls("array", 8085, "http", host -> {
            throw new UnknownHostException(host);
        }));
        assertThat(instances.current()).isEmpty();
        assertThat(instances.failedRefreshes()).isEqualTo(1);
        assertThat(new ArrayPlacement(instances, new SimpleMeterRegistry()).arrayFor("content", null)).isEmpty();
    }

    @Test
    void staticUrlsGetATrailingSlashAndBadOnesFailAtStartUp() {
        assertThat(new StaticArrayUrls(List.of("http://array:8085", " http://array2:8085/ ")).instances())
                .containsExactly("http://array:8085/", "http://array2:8085/");
        assertThatThrownBy(() -> new StaticArrayUrls(List.of("array:8085"))).hasMessageContaining("array:8085");
        assertThatThrownBy(() -> new StaticArrayUrls(List.of("ftp://array/"))).hasMessageContaining("http");
        assertThatThrownBy(() -> new StaticArrayUrls(List.of())).hasMessageContaining("at least one");
    }

    @Test
    void placementsAreCountedByArrayInstance() {
        MeterRegistry meters = new SimpleMeterRegistry();
        ArrayPlacement placement = new ArrayPlacement(new ArrayInstances(() -> List.of("http://a:1/", "http://b:1/")), meters);

        List<String> chosen = IntStream.range(0, 100).mapToObj(i -> placement.arrayFor("content-" + i, null).orElseThrow()).toList();

        for (String array : List.of("http://a:1/", "http://b:1/")) {
            assertThat(meters.get("docloud.discovery.placements").tag("array", array).counter().count())
                    .isEqualTo(chosen.stream().filter(array::equals).count());
        }
    }

    @Test
    void partitionIdSeparatesSwarmsOfOneContent() {
        assertThat(ArrayPlacement.swarmKey("c", null)).isEqualTo("c").isEqualTo(ArrayPlacement.swarmKey("c", ""));
        assertThat(ArrayPlacement.swarmKey("c", "p1")).isNotEqualTo(ArrayPlacement.swarmKey("c", "p2"));
    }
}
