package org.docloudmock.contentpolicy.files;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The manual test of a Connected Cache node (real path): an admin fetches this image and reads the node's
 * headers (Microsoft Learn, "Troubleshoot Microsoft Connected Cache with Configuration Manager"). DO's
 * client never fetches it: it simply uses the cache host and falls back to the CDN.
 */
@RestController
@Tag(name = FileStreamingController.TAG)
class CacheNodeTestController {

    private static final String CACHE_ID = "7";
    private static final String COUNTRY = "US";

    /** A transparent 1x1 GIF89a. */
    private static final byte[] PIXEL = {
            'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, (byte) 0x80, 0, 0,
            0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            0x21, (byte) 0xF9, 4, 1, 0, 0, 0, 0,
            0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0,
            2, 2, 0x44, 1, 0,
            0x3B};

    @GetMapping("/mscomtest/wuidt.gif")
    @Operation(summary = "The manual test of a Connected Cache node",
            description = "The real path Microsoft's Connected Cache guides fetch (`Invoke-WebRequest http://<node>/mscomtest/wuidt.gif`) "
                    + "to see that a node answers: an image and the node's `X-CID`, `X-CCC` and `X-HW` headers. DO clients do "
                    + "not fetch it. The header values are the mock's own (cache id 7, country US, one hop named after the mock).")
    @ApiResponse(responseCode = "200", description = "A transparent 1x1 GIF with the node's headers",
            content = @Content(mediaType = MediaType.IMAGE_GIF_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> nodeTest() {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_GIF)
                .header("X-CID", CACHE_ID)
                .header("X-CCC", COUNTRY)
                // a real node lists the hops the request took: <epoch seconds>.<node>.<site>.<role>, comma-separated
                .header("X-HW", System.currentTimeMillis() / 1000 + ".docloudmock.lab.t")
                .body(PIXEL.clone());
    }
}
