package org.docloudmock.containers;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HTTP requests from a container on a network, for addresses only its members reach (a swarm's overlay): one
 * container from the base image runs them all, in order, with bash's /dev/tcp (the base has no curl).
 */
final class InsideNetwork {

    record Request(String method, String url, String jsonBody) {
    }

    private static final String HTTP = """
            http() { # method host port path body
              exec 3<>"/dev/tcp/$2/$3" || { echo "HTTP/1.0 599 no connection"; return; }
              printf '%s %s HTTP/1.0\\r\\nHost: %s\\r\\nContent-Type: application/json\\r\\nContent-Length: %d\\r\\n\\r\\n%s' \
                "$1" "$4" "$2" "${#5}" "$5" >&3
              cat <&3
              exec 3<&-
            }
            """;

    private InsideNetwork() {
    }

    /** The response bodies, in the order of the requests; a request that got no 2xx fails, naming it. */
    static List<String> send(String network, List<Request> requests) {
        StringBuilder script = new StringBuilder(HTTP);
        for (int i = 0; i < requests.size(); i++) {
            Request request = requests.get(i);
            URI url = URI.create(request.url());
            script.append("echo '=== ").append(i).append("'; http ").append(request.method()).append(' ')
                    .append(url.getHost()).append(' ').append(url.getPort()).append(" '").append(url.getRawPath())
                    .append(url.getRawQuery() == null ? "" : "?" + url.getRawQuery()).append("' '")
                    .append(request.jsonBody() == null ? "" : request.jsonBody()).append("'; echo\n");
        }
        String output = Shell.run(Map.of(), Duration.ofMinutes(3), List.of("docker", "run", "--rm", "--network", network,
                Images.BASE, "bash", "-c", script.toString())).orFail();
        List<String> bodies = new ArrayList<>();
        String[] responses = output.split("(?m)^=== \\d+$");
        for (int i = 0; i < requests.size(); i++) {
            String response = responses[i + 1].strip();
            String status = response.lines().findFirst().orElse("");
            if (!status.matches("HTTP/1\\.[01] 2\\d\\d.*")) {
                throw new AssertionError(requests.get(i) + " answered " + response);
            }
            int body = response.indexOf("\r\n\r\n");
            bodies.add(body < 0 ? "" : response.substring(body + 4));
        }
        return bodies;
    }
}
