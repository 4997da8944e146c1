package com.partnerdesk.archfixtures.compliant.adapters.vendor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerdesk.archfixtures.compliant.application.port.out.VendorGateway;
import com.partnerdesk.archfixtures.compliant.domain.cases.CaseId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Well-formed fixture for ArchitectureRulesAcceptCompliantCodeTest; never production code. The vendor adapter speaks
 * HTTP with {@code java.net.http} and JSON with Jackson, and meets the rest of the desk only through its port.
 */
public final class HttpVendorGateway implements VendorGateway {

    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;

    public HttpVendorGateway(HttpClient client, URI base) {
        this.client = client;
        this.base = base;
    }

    @Override
    public String submit(CaseId caseId, String title, String correlationId) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/servicerequests"))
                    .header("MS-RequestId", correlationId)
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("title", title))))
                    .build();
            return json.readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body()).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
