package org.docloudmock.simulator.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the simulator itself asks of the cloud: public lookups, and admin calls with the admin token. */
final class CloudAdmin {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String token;

    CloudAdmin(String token) {
        this.token = token;
    }

    JsonMapper json() {
        return json;
    }

    JsonNode get(String url) {
        return json.readTree(send(HttpRequest.newBuilder(URI.create(url)).GET(), false, url));
    }

    void put(String url, Object body) {
        send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))), true, url);
    }

    void delete(String url) {
        send(HttpRequest.newBuilder(URI.create(url)).DELETE(), true, url);
    }

    private String send(HttpRequest.Builder request, boolean admin, String url) {
        request.timeout(TIMEOUT);
        if (admin && token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new CloudUnavailableException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new CloudUnavailableException(url + " is unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudUnavailableException("interrupted calling " + url, e);
        }
    }
}
