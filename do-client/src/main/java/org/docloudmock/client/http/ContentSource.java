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
     * DO asks a Connected Cache host for the CDN path with the original host in {@code cacheHostOrigin}
     * (real).
     */
    public static ContentSource viaCacheHost(URI cdnUrl, String cacheHost) {
        String query = "cacheHostOrigin=" + URLEncoder.encode(cdnUrl.getAuthority(), StandardCharsets.UTF_8);
        String rawQuery = cdnUrl.getRawQuery() == null ? query : cdnUrl.getRawQuery() + "&" + query;
        return new ContentSource(URI.create("http://" + cacheHost + cdnUrl.getRawPath() + "?" + rawQuery), true);
    }

    /** The cache host's health probe (real path). */
    public URI healthProbe() {
        return url.resolve("/mscomtest/wuidt.gif");
    }
}
