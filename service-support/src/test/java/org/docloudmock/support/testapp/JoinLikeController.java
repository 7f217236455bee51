package org.docloudmock.support.testapp;

import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Like Array: a small JSON body in, a small JSON answer out. */
@RestController
class JoinLikeController {

    @PostMapping("/join/")
    Map<String, Object> join(@RequestBody Map<String, Object> request) {
        return Map.of("Fields", request.size());
    }
}
