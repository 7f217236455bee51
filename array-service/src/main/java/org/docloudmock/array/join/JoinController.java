package org.docloudmock.array.join;

import io.swagger.v3.oas.annotations.Hidden;
import org.docloudmock.array.matching.PeerMatching;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
import org.docloudmock.support.address.ClientAddress;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class JoinController implements JoinApi {

    private final PeerMatching matching;

    JoinController(PeerMatching matching) {
        this.matching = matching;
    }

    @PostMapping("/join/")
    @Override
    public JoinResponse join(@RequestBody JoinRequest request, ClientAddress client) {
        return matching.join(request, client.externalIp());
    }

    /** The same join without the trailing slash, which some clients send; documented once, above. */
    @Hidden
    @PostMapping("/join")
    JoinResponse joinWithoutSlash(@RequestBody JoinRequest request, ClientAddress client) {
        return join(request, client);
    }
}
