package org.docloudmock.support.address;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.docloudmock.protocol.InvalidFieldException;
import org.docloudmock.protocol.IpAddresses;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves {@link ClientAddress}: the TCP peer, unless it is a trusted proxy; then the rightmost
 * {@code X-Forwarded-For} hop that is not a trusted proxy.
 */
public class ClientAddressResolver implements HandlerMethodArgumentResolver {

    /** The resolved address is kept on the request so the journal shows what the controller saw. */
    public static final String ATTRIBUTE = ClientAddress.class.getName();

    private final List<CidrBlock> trustedProxies;

    public ClientAddressResolver(List<CidrBlock> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    public ClientAddress resolve(HttpServletRequest request) {
        Object cached = request.getAttribute(ATTRIBUTE);
        if (cached instanceof ClientAddress address) {
            return address;
        }
        ClientAddress address = new ClientAddress(resolve(request.getRemoteAddr(),
                Collections.list(request.getHeaders("X-Forwarded-For"))));
        request.setAttribute(ATTRIBUTE, address);
        return address;
    }

    InetAddress resolve(String remoteAddress, List<String> forwardedForHeaders) {
        InetAddress peer = IpAddresses.requireLiteral(remoteAddress, "remoteAddress");
        if (!isTrusted(peer) || forwardedForHeaders.isEmpty()) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            for (String hop : header.split(",", -1)) {
                hops.add(hop.trim());
            }
        }
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            client = IpAddresses.requireLiteral(hops.get(i), "X-Forwarded-For");
            if (client.isAnyLocalAddress()) {
                // 0.0.0.0 or :: would reach clients as their external IP, which DO never hands out
                throw new InvalidFieldException("X-Forwarded-For", hops.get(i) + " is no client address");
            }
            if (!isTrusted(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean isTrusted(InetAddress address) {
        for (CidrBlock block : trustedProxies) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ClientAddress.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return resolve(webRequest.getNativeRequest(HttpServletRequest.class));
    }
}
