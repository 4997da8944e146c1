package com.partnerdesk.adapters.notify.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnerdesk.application.port.out.WebhookSender;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.notification.Notification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One POST per notification to the partner's webhook: a JSON body {@code {event, occurredAt, caseId,
 * customerTenantId, caseIds, customerTenantIds, serviceRequestId, clusterId, title, text, link, deliveryId}} and the
 * header {@code X-PartnerDesk-Signature: sha256=<hex HMAC-SHA256 of the body>} keyed with the secret read from the
 * environment at each call. Any 2xx is taken; anything else, or no answer in time, is a failure to try again.
 */
public final class HttpWebhookSender implements WebhookSender {
    public static final String SIGNATURE_HEADER = "X-PartnerDesk-Signature";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where to post, the environment variable holding the secret, the desk's base URL (for links), timeouts. */
    public record Settings(URI url, String secretVariable, URI baseUrl, Duration connectTimeout, Duration timeout) {
        public Settings {
            if (url == null || url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
                throw new IllegalArgumentException("'" + url + "' is not an absolute http(s) URL");
            }
        }
    }

    private final Settings settings;
    private final Function<String, String> environment;
    private final HttpClient client;

    public HttpWebhookSender(Settings settings, Function<String, String> environment) {
        this.settings = settings;
        this.environment = environment;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void send(String deliveryId, Notification notification) {
        byte[] body = body(deliveryId, notification);
        String secret = environment.apply(settings.secretVariable());
        if (secret == null || secret.isEmpty()) {
            throw new IllegalStateException(settings.secretVariable() + " is not set: the webhook is never called"
                    + " unsigned");
        }
        HttpRequest request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(SIGNATURE_HEADER, "sha256=" + sign(body, secret))
                .header("X-PartnerDesk-Event", notification.event().wireName())
                .header("X-PartnerDesk-Delivery", deliveryId)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException failed) {
            throw new IllegalStateException("the webhook " + settings.url() + " did not answer: "
                    + failed.getClass().getSimpleName() + (failed.getMessage() == null ? "" : " " + failed.getMessage()),
                    failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the webhook", interrupted);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the webhook " + settings.url() + " answered HTTP " + response.statusCode());
        }
    }

    /** The JSON body, exactly the bytes that are signed and sent. */
    byte[] body(String deliveryId, Notification n) {
        ObjectNode json = JSON.createObjectNode();
        json.put("event", n.event().wireName());
        json.put("occurredAt", n.occurredAt().toString());
        json.put("caseId", n.firstCase().map(CaseId::value).orElse(null));
        json.put("customerTenantId", n.firstCustomer().map(TenantId::value).orElse(null));
        ArrayNode cases = json.putArray("caseIds");
        n.caseIds().forEach(id -> cases.add(id.value()));
        ArrayNode customers = json.putArray("customerTenantIds");
        n.customers().forEach(id -> customers.add(id.value()));
        json.put("serviceRequestId", n.serviceRequestId().map(Object::toString).orElse(null));
        json.put("clusterId", n.clusterId().map(Object::toString).orElse(null));
        json.put("title", n.title());
        json.put("text", n.text());
        String base = settings.baseUrl().toString().replaceAll("/+$", "");
        json.put("link", n.firstCase().map(id -> base + "/cases/" + id.value()).orElse(null));
        json.put("deliveryId", deliveryId);
        try {
            return JSON.writeValueAsBytes(json);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Hex HMAC-SHA256 of {@code body} keyed with {@code secret} (UTF-8): what a receiver recomputes to verify. */
    public static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
