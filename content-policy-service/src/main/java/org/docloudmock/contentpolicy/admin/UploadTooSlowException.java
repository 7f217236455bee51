package org.docloudmock.contentpolicy.admin;

import java.time.Duration;
import org.springframework.util.unit.DataSize;

/** An upload slower than {@code docloud.content.min-upload-rate}: nothing was registered. */
class UploadTooSlowException extends RuntimeException {

    UploadTooSlowException(long received, Duration elapsed, DataSize minRate) {
        super("the upload sent " + received + " bytes in " + elapsed.toMillis() + " ms, under the " + minRate.toBytes()
                + " bytes a second required (docloud.content.min-upload-rate)");
    }
}
