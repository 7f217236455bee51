package org.docloudmock.array.join;

import io.swagger.v3.oas.annotations.Hidden;
import org.docloudmock.array.matching.PeerMatching;
import org.docloudmock.protocol.array.JoinRequest;
import org.docloudmock.protocol.array.JoinResponse;
import org.docloudmock.support.address.ClientAddress;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Documents the join and answers the requests {@link LeanJoinFilter} leaves to MVC: every problem answer. */
@RestController
class JoinController implements JoinApi {

    static final String PATH = "/join/";
    static final String PATH_WITHOUT_SLASH = "/join";

    private final PeerMatching matching;

    JoinController(PeerMatching matching) {
        this.matching = matching;
    }

    @PostMapping(PATH)
    @Override
    public JoinResponse join(@RequestBody JoinRequest request, ClientAddress client) {
        return matching.join(request, client.externalIp());
    }

    /** The same join without the trailing slash, which some clients send; documented once, above. */
    @Hidden
    @PostMapping(PATH_WITHOUT_SLASH)
    JoinResponse joinWithoutSlash(@RequestBody JoinRequest request, ClientAddress client) {
        return join(request, client);
    }
}
