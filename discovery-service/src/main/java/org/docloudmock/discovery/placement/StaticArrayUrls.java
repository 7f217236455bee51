package org.docloudmock.discovery.placement;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

/** A fixed list of Array base URLs, checked once at start-up. */
public final class StaticArrayUrls implements ArraySource {

    private final List<String> urls;

    public StaticArrayUrls(List<String> urls) {
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("docloud.discovery.array-urls must name at least one Array instance");
        }
        this.urls = urls.stream().map(StaticArrayUrls::baseUrl).distinct().toList();
    }

    @Override
    public List<String> instances() {
        return urls;
    }

    @Override
    public String toString() {
        return "docloud.discovery.array-urls";
    }

    /** Clients append {@code join/} to the URL Discovery hands out, so it must end in {@code /}. */
    static String baseUrl(String text) {
        String url = text.trim();
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("Array URL '" + text + "' must be http(s)://host[:port][/path]");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Array URL '" + text + "' is not a URL: " + e.getMessage(), e);
        }
        return url.endsWith("/") ? url : url + "/";
    }
}
