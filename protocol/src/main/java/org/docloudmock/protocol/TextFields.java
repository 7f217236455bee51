package org.docloudmock.protocol;

/**
 * The one rule for ids and free text in requests, in every service: 1 to {@code maxLength} characters,
 * none a control or format character (they hide in logs and admin views) and no lone surrogate (it has
 * no UTF-8 form, so an id holding one could not be named again in a URL). The check is one pass.
 */
public final class TextFields {

    /** ContentId, GroupId, eId and the like. */
    public static final int MAX_ID_LENGTH = 256;
    /** An AltCatalogId is a download URL. */
    public static final int MAX_URL_LENGTH = 4096;

    private TextFields() {
    }

    /** Throws naming {@code field} unless {@code value} follows the rule; returns it. */
    public static String requireValid(String value, String field, int maxLength) {
        if (value == null || value.isEmpty()) {
            throw new InvalidFieldException(field, "must not be empty");
        }
        if (value.length() > maxLength) {
            throw new InvalidFieldException(field, "must be at most " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                throw new InvalidFieldException(field, "must not contain control characters");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidFieldException(field, "must not contain a lone surrogate");
            }
        }
        return value;
    }

    /** As {@link #requireValid}, where the field is optional: null and empty pass. */
    public static String requireValidIfPresent(String value, String field, int maxLength) {
        return value == null || value.isEmpty() ? value : requireValid(value, field, maxLength);
    }
}
