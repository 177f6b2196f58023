package org.mechgraph.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The host names this server answers to, checked against a request's {@code Host} header. A web page from another
 * site can point its own host name at 127.0.0.1 (DNS rebinding) and then read the local API as if it were its own
 * origin; the one thing it cannot change is the {@code Host} its browser sends, which stays the attacker's name.
 * So only the loopback names ({@code localhost}, any {@code 127.x.y.z}, {@code [::1]}), the address the server is
 * bound to, and the names given in {@code MECHGRAPH_ALLOWED_HOSTS} are served, on any port.
 */
public final class AllowedHosts {

    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private final Set<String> names;

    private AllowedHosts(Set<String> names) {
        this.names = names;
    }

    /**
     * @param bindHost the address the server listens on; a wildcard ({@code 0.0.0.0}, {@code ::}) names no host
     * @param extra    further names, as given in {@code MECHGRAPH_ALLOWED_HOSTS}
     */
    public static AllowedHosts of(String bindHost, List<String> extra) {
        Set<String> names = new LinkedHashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
        bindName(bindHost).ifPresent(names::add);
        for (String name : extra) {
            bindName(name).ifPresent(names::add);
        }
        return new AllowedHosts(names);
    }

    /** True when the {@code Host} header value ({@code name}, {@code name:port}, {@code [v6]:port}) is served. */
    public boolean allows(String hostHeader) {
        return hostOf(hostHeader).map(h -> names.contains(h) || isLoopbackV4(h)).orElse(false);
    }

    /** The names served, for telling a refused client what would work. */
    public List<String> names() {
        List<String> out = new ArrayList<>(names);
        out.add(2, "127.x.y.z");
        return out;
    }

    /** The host part of a Host header, lower-cased; empty when the header is not {@code host[:port]}. */
    static Optional<String> hostOf(String hostHeader) {
        if (hostHeader == null) {
            return Optional.empty();
        }
        String value = hostHeader.strip().toLowerCase(Locale.ROOT);
        String host;
        String rest;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = value.substring(0, close + 1);
            rest = value.substring(close + 1);
        } else {
            int colon = value.indexOf(':');
            host = colon < 0 ? value : value.substring(0, colon);
            rest = colon < 0 ? "" : value.substring(colon);
        }
        if (!rest.isEmpty() && !(rest.startsWith(":") && PORT.matcher(rest.substring(1)).matches())) {
            return Optional.empty();
        }
        return host.isEmpty() ? Optional.empty() : Optional.of(host);
    }

    /**
     * How a configured name appears in a Host header: IPv6 literals in brackets, a port (if given) dropped, the
     * wildcard addresses naming no host.
     */
    private static Optional<String> bindName(String host) {
        String h = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
        if (h.isEmpty() || h.equals("0.0.0.0") || h.equals("::") || h.equals("[::]")) {
            return Optional.empty();
        }
        if (h.indexOf(':') != h.lastIndexOf(':') && !h.startsWith("[")) {
            return Optional.of("[" + h + "]");
        }
        return hostOf(h);
    }

    private static boolean isLoopbackV4(String host) {
        Matcher m = LOOPBACK_V4.matcher(host);
        if (!m.matches()) {
            return false;
        }
        for (int i = 1; i <= 3; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }
}
