package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.NotificationOutbox;
import com.partnerdesk.application.port.out.VendorOutbox.OutboxState;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.notification.DeliveryChannel;
import com.partnerdesk.domain.notification.Notification;
import com.partnerdesk.domain.notification.NotificationEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/** The notification outbox in SQLite, written in the same transaction as the change that raised it. */
public final class JdbiNotificationOutbox implements NotificationOutbox {
    private final SqliteDatabase db;

    JdbiNotificationOutbox(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public void enqueue(List<NewMessage> messages, Instant at) {
        if (messages.isEmpty()) {
            return;
        }
        db.write(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO notification_outbox (channel, recipient, event, occurred_at, case_ids, tenant_ids,
                        service_request_id, cluster_id, title, body, attempts, next_attempt_at, state, last_error,
                        created_at)
                    VALUES (:channel, :recipient, :event, :occurred, :cases, :tenants, :request, :cluster, :title,
                        :body, 0, :at, 'PENDING', '', :at)""");
            for (NewMessage m : messages) {
                Notification n = m.notification();
                batch.bind("channel", m.channel().name()).bind("recipient", m.recipient())
                        .bind("event", n.event().wireName()).bind("occurred", Rows.text(n.occurredAt()))
                        .bind("cases", joined(n.caseIds(), CaseId::value))
                        .bind("tenants", joined(n.customers(), TenantId::value))
                        .bind("request", n.serviceRequestId().map(ServiceRequestId::value).orElse(null))
                        .bind("cluster", n.clusterId().map(ClusterId::value).orElse(null))
                        .bind("title", n.title()).bind("body", n.text()).bind("at", Rows.text(at)).add();
            }
            return batch.execute();
        });
    }

    @Override
    public boolean markRaised(String key, Instant at) {
        return db.write(h -> h.createUpdate("INSERT INTO notification_marks (key, raised_at) VALUES (:key, :at) "
                        + "ON CONFLICT (key) DO NOTHING")
                .bind("key", key).bind("at", Rows.text(at)).execute()) == 1;
    }

    @Override
    public List<Message> claimDue(Set<DeliveryChannel> channels, Instant now, Instant claimedUntil, int limit) {
        if (channels.isEmpty()) {
            return List.of();
        }
        return db.write(h -> {
            List<Message> due = h.createQuery("SELECT * FROM notification_outbox WHERE state = 'PENDING' "
                            + "AND next_attempt_at <= :now AND channel IN (<channels>) "
                            + "ORDER BY next_attempt_at, created_at, id LIMIT :limit")
                    .bindList("channels", channels.stream().map(DeliveryChannel::name).toList())
                    .bind("now", Rows.text(now)).bind("limit", limit).map((rs, ctx) -> message(rs)).list();
            return OutboxClaims.claim(h, "UPDATE notification_outbox SET next_attempt_at = :until WHERE id = :id", due,
                    Message::id, claimedUntil);
        });
    }

    @Override
    public Optional<Message> find(long id) {
        return db.read(h -> h.createQuery("SELECT * FROM notification_outbox WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> message(rs)).findOne());
    }

    @Override
    public void delivered(long id, Instant at) {
        db.write(h -> h.createUpdate("UPDATE notification_outbox SET state = 'DELIVERED', attempts = attempts + 1, "
                        + "last_error = '', delivered_at = :at WHERE id = :id")
                .bind("id", id).bind("at", Rows.text(at)).execute());
    }

    @Override
    public void failed(long id, int attempts, Instant nextAttemptAt, String error) {
        db.write(h -> h.createUpdate("UPDATE notification_outbox SET attempts = :attempts, next_attempt_at = :next, "
                        + "last_error = :error, state = 'PENDING' WHERE id = :id")
                .bind("id", id).bind("attempts", attempts).bind("next", Rows.text(nextAttemptAt))
                .bind("error", error == null ? "" : error).execute());
    }

    @Override
    public void park(long id, int attempts, String error) {
        db.write(h -> h.createUpdate("UPDATE notification_outbox SET attempts = :attempts, last_error = :error, "
                        + "state = 'PARKED' WHERE id = :id")
                .bind("id", id).bind("attempts", attempts).bind("error", error == null ? "" : error).execute());
    }

    @Override
    public boolean requeue(long id, Instant at) {
        return db.write(h -> h.createUpdate("UPDATE notification_outbox SET state = 'PENDING', attempts = 0, "
                        + "next_attempt_at = :at WHERE id = :id AND state = 'PARKED'")
                .bind("id", id).bind("at", Rows.text(at)).execute()) == 1;
    }

    @Override
    public List<Message> list(Optional<OutboxState> state, int offset, int limit) {
        return db.read(h -> {
            Query query = h.createQuery("SELECT * FROM notification_outbox"
                    + state.map(s -> " WHERE state = :state").orElse("")
                    + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset");
            state.ifPresent(s -> query.bind("state", s.name()));
            return query.bind("limit", limit).bind("offset", offset).map((rs, ctx) -> message(rs)).list();
        });
    }

    @Override
    public int count(Optional<OutboxState> state) {
        return db.read(h -> {
            Query query = h.createQuery("SELECT COUNT(*) FROM notification_outbox"
                    + state.map(s -> " WHERE state = :state").orElse(""));
            state.ifPresent(s -> query.bind("state", s.name()));
            return query.mapTo(Integer.class).one();
        });
    }

    private static <T> String joined(List<T> ids, Function<T, String> value) {
        return String.join(" ", ids.stream().map(value).toList());
    }

    private static <T> List<T> split(String text, Function<String, T> parse) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(" ")).map(parse).toList();
    }

    private static Message message(ResultSet rs) throws SQLException {
        NotificationEvent event = NotificationEvent.byWireName(rs.getString("event")).orElseThrow(
                () -> new IllegalStateException("unknown notification event in the outbox"));
        Notification notification = new Notification(event, Rows.instant(rs.getString("occurred_at")),
                split(rs.getString("case_ids"), CaseId::of), split(rs.getString("tenant_ids"), TenantId::of),
                Optional.ofNullable(rs.getString("service_request_id")).map(ServiceRequestId::of),
                Optional.ofNullable(rs.getString("cluster_id")).map(ClusterId::of), rs.getString("title"),
                rs.getString("body"));
        return new Message(rs.getLong("id"), DeliveryChannel.valueOf(rs.getString("channel")),
                rs.getString("recipient"), notification, rs.getInt("attempts"),
                Rows.instant(rs.getString("next_attempt_at")), OutboxState.valueOf(rs.getString("state")),
                rs.getString("last_error"), Rows.instant(rs.getString("created_at")),
                Rows.optionalInstant(rs.getString("delivered_at")));
    }
}
