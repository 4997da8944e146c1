package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.MailPreferences;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.notification.NotificationEvent;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The events each agent turned mail off for, one row per agent and event. */
public final class JdbiMailPreferences implements MailPreferences {
    private final SqliteDatabase db;

    JdbiMailPreferences(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public Set<NotificationEvent> mailOff(AgentId agent) {
        return db.read(h -> {
            Set<NotificationEvent> off = EnumSet.noneOf(NotificationEvent.class);
            h.createQuery("SELECT event FROM agent_mail_off WHERE agent_id = :agent").bind("agent", agent.value())
                    .mapTo(String.class).list().stream().map(NotificationEvent::byWireName).flatMap(Optional::stream)
                    .forEach(off::add);
            return off;
        });
    }

    @Override
    public void setMailOff(AgentId agent, Set<NotificationEvent> events) {
        db.write(h -> {
            h.createUpdate("DELETE FROM agent_mail_off WHERE agent_id = :agent").bind("agent", agent.value()).execute();
            if (!events.isEmpty()) {
                PreparedBatch batch = h.prepareBatch("INSERT INTO agent_mail_off (agent_id, event) VALUES (:agent, :event)");
                events.forEach(e -> batch.bind("agent", agent.value()).bind("event", e.wireName()).add());
                batch.execute();
            }
            return null;
        });
    }
}
