package org.docloudmock.contentpolicy.files;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.docloudmock.contentpolicy.catalog.CatalogEntry;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;

/** RFC 9110's conditional requests on a content's bytes, where Spring MVC's {@code checkNotModified} falls short. */
final class ContentValidators {

    private ContentValidators() {
    }

    /** The bytes of a content are named by its HashOfHashes: a strong validator. */
    static String etag(CatalogEntry content) {
        return ETag.quoteETagIfNecessary(content.piecesHashFile().hashOfHashes());
    }

    /**
     * {@code If-None-Match} and {@code If-Modified-Since}, with {@code If-None-Match: *} matching any content that
     * exists (RFC 9110 13.1.2): true when the answer is a 304, already set on the response.
     */
    static boolean notModified(CatalogEntry content, ServletWebRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && ifNoneMatch.trim().equals("*")) {
            HttpServletResponse response = request.getResponse();
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag(content));
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, content.lastModified().toEpochMilli());
            return true;
        }
        return request.checkNotModified(etag(content), content.lastModified().toEpochMilli());
    }

    /**
     * RFC 9110 13.1.5: a {@code Range} counts only when {@code If-Range}, if sent, names the current bytes, by
     * their strong ETag or their exact modification date; otherwise the whole payload is sent.
     */
    static boolean rangeApplies(CatalogEntry content, HttpServletRequest request) {
        String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
        if (ifRange == null) {
            return true;
        }
        String condition = ifRange.trim();
        if (condition.startsWith("\"")) {
            return condition.equals(etag(content));
        }
        if (condition.startsWith("W/")) {
            return false;
        }
        try {
            return ZonedDateTime.parse(condition, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()
                    .equals(content.lastModified().truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
