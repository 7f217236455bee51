package org.docloudmock.support.admin;

import java.util.List;

/**
 * The suite's own operations: admin, actuator and API docs. The request journal and fault rules are
 * about the DO endpoints, so they never see these paths.
 */
public final class OperationalPaths {

    private static final List<String> ROOTS = List.of("/admin", "/actuator", "/v3/api-docs", "/swagger-ui");

    private OperationalPaths() {
    }

    /** True for {@code /admin}, {@code /admin/...}, {@code /actuator/...}, {@code /v3/api-docs...}, {@code /swagger-ui...}. */
    public static boolean contains(String path) {
        for (String root : ROOTS) {
            if (path.startsWith(root) && (path.length() == root.length() || isBoundary(path.charAt(root.length()), root))) {
                return true;
            }
        }
        return false;
    }

    // springdoc serves /v3/api-docs.yaml and /swagger-ui.html beside /v3/api-docs/... and /swagger-ui/...
    private static boolean isBoundary(char next, String root) {
        return next == '/' || (next == '.' && (root.equals("/v3/api-docs") || root.equals("/swagger-ui")));
    }
}
