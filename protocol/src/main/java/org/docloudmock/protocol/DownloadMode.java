package org.docloudmock.protocol;

/** DO download modes (real values), sent as {@code Scope} to Array. */
public enum DownloadMode {
    HTTP_ONLY(0),
    LAN(1),
    GROUP(2),
    INTERNET(3),
    SIMPLE(99),
    BYPASS(100);

    private final int code;

    DownloadMode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Only LAN, Group and Internet take part in peering. */
    public boolean peers() {
        return this == LAN || this == GROUP || this == INTERNET;
    }

    public static DownloadMode of(int code, String field) {
        for (DownloadMode mode : values()) {
            if (mode.code == code) {
                return mode;
            }
        }
        throw new InvalidFieldException(field, "unknown download mode " + code + " (0, 1, 2, 3, 99 or 100)");
    }
}
