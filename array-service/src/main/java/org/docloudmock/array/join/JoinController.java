package org.docloudmock.array.join;

import org.docloudmock.array.matching.PeerMatching;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
import org.docloudmock.support.address.ClientAddress;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class JoinController {

    private final PeerMatching matching;

    JoinController(PeerMatching matching) {
        this.matching = matching;
    }

    /** Clients append {@code join/} to the CollectiveArray URL; {@code /join} is accepted too. */
    @PostMapping({"/join/", "/join"})
    JoinResponse join(@RequestBody JoinRequest request, ClientAddress client) {
        return matching.join(request, client.externalIp());
    }
}
