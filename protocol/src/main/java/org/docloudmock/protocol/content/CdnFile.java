package org.docloudmock.protocol.content;

import java.util.Locale;
import java.util.regex.Pattern;
import org.docloudmock.protocol.InvalidFieldException;

/**
 * How the real CDN names a file: a GUID, optionally followed by a file name
 * ({@code /filestreamingservice/files/7bc846e0-af9c-49be-a03d-bb04428c9bb5/Microsoft.png}). The GUID is kept in
 * lower case, as the real URLs write it; the name is one URL-safe path segment.
 *
 * @param fileId   a GUID
 * @param fileName null, or 1 to 255 letters, digits and {@code . _ ~ + -}, not made of dots alone, not {@code pieceshash}
 */
public record CdnFile(String fileId, String fileName) {

    public static final int MAX_FILE_NAME_LENGTH = 255;

    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._~+-]{1," + MAX_FILE_NAME_LENGTH + "}");
    private static final Pattern DOTS = Pattern.compile("\\.+");
    /** The pieces-hash file's own path segment after the fileId. */
    private static final String PIECES_HASH = "pieceshash";

    public CdnFile {
        if (fileId == null || !isGuid(fileId)) {
            throw new InvalidFieldException("FileId", "must be a GUID such as 52fa8751-747d-479d-8f22-e32730cc0eb1");
        }
        fileId = fileId.toLowerCase(Locale.ROOT);
        if (fileName != null && (!FILE_NAME.matcher(fileName).matches() || DOTS.matcher(fileName).matches()
                || fileName.equalsIgnoreCase(PIECES_HASH))) {
            throw new InvalidFieldException("FileName", "must be 1 to " + MAX_FILE_NAME_LENGTH
                    + " letters, digits and . _ ~ + - (one path segment, not . or .., not pieceshash)");
        }
    }

    /** Null when neither is given; a name without an id is refused. */
    public static CdnFile ofNullable(String fileId, String fileName) {
        if (fileId == null && fileName == null) {
            return null;
        }
        if (fileId == null) {
            throw new InvalidFieldException("FileId", "is required with FileName");
        }
        return new CdnFile(fileId, fileName);
    }

    public static boolean isGuid(String value) {
        return value.length() == 36 && GUID.matcher(value).matches();
    }

    /** The file's path after {@code /filestreamingservice/files/}: the GUID, then the name if it has one. */
    public String path() {
        return fileName == null ? fileId : fileId + "/" + fileName;
    }
}
