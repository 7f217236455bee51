package org.docloudmock.client.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Where the content's bytes come from over HTTP: its CDN URL, or the same path on a Connected Cache host. */
public record ContentUrl(URI url, boolean cacheServer) {

    private static final String HEX = "0123456789ABCDEF";

    public static ContentUrl cdn(URI url) {
        return new ContentUrl(url, false);
    }

    /**
     * DO asks a Connected Cache host for the CDN URL with the cache host in place of the URL's host and the
     * original host in {@code cacheHostOrigin} (real: SPEC 10, microsoft/do-client); nothing is probed first.
     */
    public static ContentUrl viaCacheHost(URI cdnUrl, String cacheHost) {
        String query = "cacheHostOrigin=" + queryValue(cdnUrl.getAuthority());
        String rawQuery = cdnUrl.getRawQuery() == null ? query : cdnUrl.getRawQuery() + "&" + query;
        return new ContentUrl(URI.create("http://" + cacheHost + cdnUrl.getRawPath() + "?" + rawQuery), true);
    }

    /**
     * A query value percent-encoded as RFC 3986 has it: unreserved characters and ':' as they are (DO writes
     * host names there as they are), every other byte of the UTF-8 encoded. The JDK has only form encoding
     * (URLEncoder: '+' for a space, '~' encoded), and this module does not depend on Spring's UriUtils.
     */
    static String queryValue(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~:".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return encoded.toString();
    }
}
