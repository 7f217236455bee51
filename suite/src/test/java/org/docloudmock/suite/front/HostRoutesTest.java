package org.docloudmock.suite.front;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.docloudmock.protocol.service.ServiceEndpoint;
import org.junit.jupiter.api.Test;

class HostRoutesTest {

    @Test
    void eachDoServiceNameGoesToItsService() {
        assertThat(HostRoutes.route("geo.prod.do.dsp.mp.microsoft.com", "/geo")).contains(ServiceEndpoint.GEO);
        assertThat(HostRoutes.route("geover.prod.do.dsp.mp.microsoft.com", "/geoversion")).contains(ServiceEndpoint.GEO);
        assertThat(HostRoutes.route("kv801.prod.do.dsp.mp.microsoft.com", "/all")).contains(ServiceEndpoint.KV);
        assertThat(HostRoutes.route("cp801.prod.do.dsp.mp.microsoft.com", "/content/x/contentpolicy"))
                .contains(ServiceEndpoint.CONTENT_POLICY);
        assertThat(HostRoutes.route("disc801.prod.do.dsp.mp.microsoft.com", "/disc/x")).contains(ServiceEndpoint.DISCOVERY);
        assertThat(HostRoutes.route("array801.prod.do.dsp.mp.microsoft.com", "/join/")).contains(ServiceEndpoint.ARRAY);
    }

    @Test
    void theCdnAndItsSubdomainsAndCacheHostPathsOnAnyHostGoToTheMockCdn() {
        assertThat(HostRoutes.route("dl.delivery.mp.microsoft.com", "/filestreamingservice/files/x"))
                .contains(ServiceEndpoint.CONTENT_POLICY);
        assertThat(HostRoutes.route("tlu.dl.delivery.mp.microsoft.com", "/x.cab")).contains(ServiceEndpoint.CONTENT_POLICY);
        assertThat(HostRoutes.route("10.0.0.5", "/filestreamingservice/files/x?cacheHostOrigin=dl.delivery.mp.microsoft.com"))
                .contains(ServiceEndpoint.CONTENT_POLICY);
        assertThat(HostRoutes.route("mcc.lab.example:8080", "/mscomtest/wuidt.gif")).contains(ServiceEndpoint.CONTENT_POLICY);
    }

    @Test
    void caseAPortAndATrailingDotDoNotMatter() {
        assertThat(HostRoutes.route("GEO.Prod.DO.dsp.mp.microsoft.com.:443", "/geo")).contains(ServiceEndpoint.GEO);
        assertThat(HostRoutes.hostName("[::1]:80")).isEqualTo("[::1]");
        assertThat(HostRoutes.hostName("[::1]")).isEqualTo("[::1]");
        assertThat(HostRoutes.hostName("example.com:80")).isEqualTo("example.com");
    }

    @Test
    void anyOtherHostIsNoRoute() {
        for (String host : new String[] {"example.com", "prod.do.dsp.mp.microsoft.com", "xyz.prod.do.dsp.mp.microsoft.com",
                "a.geo.prod.do.dsp.mp.microsoft.com", "geo.prod.do.dsp.mp.microsoft.com.evil.example",
                "evildl.delivery.mp.microsoft.com", "", "10.0.0.5"}) {
            assertThat(HostRoutes.route(host, "/geo")).as(host).isEqualTo(Optional.empty());
        }
        assertThat(HostRoutes.route(null, "/all")).isEmpty();
    }
}
