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

/** DO checks that a Connected Cache host is alive by fetching this 1x1 GIF (real path) before using it. */
@RestController
@Tag(name = FileStreamingController.TAG)
class CacheHostProbeController {

    /** A transparent 1x1 GIF89a. */
    private static final byte[] PIXEL = {
            'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, (byte) 0x80, 0, 0,
            0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            0x21, (byte) 0xF9, 4, 1, 0, 0, 0, 0,
            0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0,
            2, 2, 0x44, 1, 0,
            0x3B};

    @GetMapping("/mscomtest/wuidt.gif")
    @Operation(summary = "The health probe DO sends a Connected Cache host",
            description = "The real path: a DO client fetches this 1x1 GIF before it uses the service as its cache host.")
    @ApiResponse(responseCode = "200", description = "A transparent 1x1 GIF",
            content = @Content(mediaType = MediaType.IMAGE_GIF_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> probe() {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_GIF).body(PIXEL.clone());
    }
}
