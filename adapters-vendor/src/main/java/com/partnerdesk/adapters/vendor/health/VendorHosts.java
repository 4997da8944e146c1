package com.partnerdesk.adapters.vendor.health;

import com.partnerdesk.domain.customer.Cloud;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Where each cloud's sign-in, Microsoft Graph and Azure Resource Manager live, and the scopes their tokens are asked
 * for. Tokens do not cross clouds: GCC signs in at login.microsoftonline.com for graph.microsoft.com; GCC High at
 * login.microsoftonline.us for graph.microsoft.us; DoD at login.microsoftonline.us for dod-graph.microsoft.us; Azure
 * Government's Resource Manager is management.usgovcloudapi.net. A base URL given for tests or a proxy replaces the
 * host; the vendor's paths and the scopes stay the cloud's.
 */
public record VendorHosts(Optional<URI> loginOverride, Optional<URI> graphOverride, Optional<URI> armOverride) {
    /** One cloud's hosts and the scopes of the tokens for them. */
    public record CloudHosts(URI login, URI graph, String graphScope, URI arm, String armScope) {
    }

    /** Every cloud's own Graph hosts: a next-page link on any of them is followed under the Graph base in use. */
    static final List<URI> GRAPH_HOSTS = List.of(URI.create("https://graph.microsoft.com"),
            URI.create("https://graph.microsoft.us"), URI.create("https://dod-graph.microsoft.us"));
    /** Every cloud's own Resource Manager hosts. */
    static final List<URI> ARM_HOSTS = List.of(URI.create("https://management.azure.com"),
            URI.create("https://management.usgovcloudapi.net"));

    public VendorHosts {
        loginOverride = loginOverride.map(VendorHosts::base);
        graphOverride = graphOverride.map(VendorHosts::base);
        armOverride = armOverride.map(VendorHosts::base);
    }

    public static VendorHosts vendors() {
        return new VendorHosts(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public CloudHosts of(Cloud cloud) {
        boolean government = cloud == Cloud.GCC_HIGH || cloud == Cloud.DOD;
        URI login = URI.create(government ? "https://login.microsoftonline.us" : "https://login.microsoftonline.com");
        URI graph = URI.create(switch (cloud) {
            case COMMERCIAL, GCC -> "https://graph.microsoft.com";
            case GCC_HIGH -> "https://graph.microsoft.us";
            case DOD -> "https://dod-graph.microsoft.us";
        });
        URI arm = URI.create(government ? "https://management.usgovcloudapi.net" : "https://management.azure.com");
        return new CloudHosts(loginOverride.orElse(login), graphOverride.orElse(graph), graph + "/.default",
                armOverride.orElse(arm), arm + "/.default");
    }

    /** An absolute http(s) URL without a trailing slash. */
    static URI base(URI uri) {
        if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("must be an absolute http(s) URL, was " + uri);
        }
        String text = uri.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
