package org.docloudmock.client.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the content's bytes come from over HTTP: its CDN URL, or the same path on a Connected Cache host. */
public record ContentSource(URI url, boolean cacheServer) {

    public static ContentSource cdn(URI url) {
        return new ContentSource(url, false);
    }

    /**
     * DO asks a Connected Cache host for the CDN URL with the cache host in place of the URL's host and the
     * original host in {@code cacheHostOrigin} (real: SPEC 10, microsoft/do-client); nothing is probed first.
     */
    public static ContentSource viaCacheHost(URI cdnUrl, String cacheHost) {
        // a ':' may stand in a query as it is (RFC 3986), and DO writes host names there as they are
        String origin = URLEncoder.encode(cdnUrl.getAuthority(), StandardCharsets.UTF_8).replace("%3A", ":");
        String query = "cacheHostOrigin=" + origin;
        String rawQuery = cdnUrl.getRawQuery() == null ? query : cdnUrl.getRawQuery() + "&" + query;
        return new ContentSource(URI.create("http://" + cacheHost + cdnUrl.getRawPath() + "?" + rawQuery), true);
    }
}
