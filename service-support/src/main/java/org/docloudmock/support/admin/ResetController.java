package org.docloudmock.support.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = AdminApi.TAG)
class ResetController {

    private static final Logger log = LoggerFactory.getLogger(ResetController.class);

    private final Map<String, RuntimeState> runtimeStates;

    ResetController(Map<String, RuntimeState> runtimeStates) {
        this.runtimeStates = Map.copyOf(runtimeStates);
    }

    @PostMapping("/admin/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Back to the start-up state",
            description = "Configured and seed-folder data stay; runtime state goes: the request journal, the "
                    + "fault rules and whatever the service built up (peers, contents registered through the admin API).")
    @ApiResponse(responseCode = "204", description = "Reset done")
    void reset() {
        runtimeStates.values().forEach(RuntimeState::reset);
        log.info("Reset to start-up state: {}", String.join(", ", runtimeStates.keySet()));
    }
}
