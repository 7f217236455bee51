package org.docloudmock.discovery.placement;

import java.util.List;
import org.docloudmock.protocol.ContentIds;
import org.docloudmock.protocol.discovery.CollectiveArray;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
class DiscoveryController implements DiscoveryApi {

    private final ArrayPlacement placement;

    DiscoveryController(ArrayPlacement placement) {
        this.placement = placement;
    }

    @GetMapping("/disc/{contentId}")
    @Override
    public List<CollectiveArray> discover(@PathVariable String contentId,
                                          @RequestParam(required = false) String partitionId,
                                          // bound only so that a Profile that is not a number is a 400 (SPEC 2)
                                          @RequestParam(name = "Profile", required = false) Integer profile) {
        ContentIds.requireValid(contentId, "contentId");
        String array = placement.arrayFor(contentId, partitionId).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "No Array instance is known yet"));
        return List.of(new CollectiveArray(array));
    }
}
