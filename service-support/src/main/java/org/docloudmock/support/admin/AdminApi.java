package org.docloudmock.support.admin;

/** Names the API documentation uses for every admin endpoint, the services' own included. */
public final class AdminApi {

    /** The OpenAPI tag of admin operations. */
    public static final String TAG = "Admin";

    /** The OpenAPI security scheme: {@code Authorization: Bearer <docloud.admin.token>}. */
    public static final String SECURITY_SCHEME = "adminToken";

    private AdminApi() {
    }
}
