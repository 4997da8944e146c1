package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.AgentIdentities;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.GroupId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Agents' links to the identity provider's people, and their Entra group ids, in SQLite. */
public final class JdbiAgentIdentities implements AgentIdentities {
    private final SqliteDatabase db;

    JdbiAgentIdentities(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<AgentId> findBySubject(String issuer, String subject) {
        return db.read(h -> h.createQuery("SELECT agent_id FROM agent_identities WHERE issuer = :i AND subject = :s")
                .bind("i", issuer).bind("s", subject).map((rs, ctx) -> AgentId.of(rs.getString(1))).findOne());
    }

    @Override
    public boolean linked(AgentId agentId) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM agent_identities WHERE agent_id = :a")
                .bind("a", agentId.value()).mapTo(Integer.class).one()) > 0;
    }

    @Override
    public void link(AgentId agentId, String issuer, String subject, Instant at) {
        db.write(h -> h.createUpdate("INSERT INTO agent_identities (agent_id, issuer, subject, linked_at) "
                        + "VALUES (:a, :i, :s, :at)")
                .bind("a", agentId.value()).bind("i", issuer).bind("s", subject).bind("at", Rows.text(at))
                .execute());
    }

    @Override
    public Set<GroupId> groups(AgentId agentId) {
        return db.read(h -> h.createQuery("SELECT group_id FROM agent_groups WHERE agent_id = :a ORDER BY group_id")
                .bind("a", agentId.value()).map((rs, ctx) -> GroupId.of(rs.getString(1)))
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    @Override
    public void replaceGroups(AgentId agentId, Set<GroupId> groups, Instant at) {
        db.write(h -> {
            h.createUpdate("DELETE FROM agent_groups WHERE agent_id = :a").bind("a", agentId.value()).execute();
            var batch = h.prepareBatch("INSERT INTO agent_groups (agent_id, group_id, seen_at) VALUES (:a, :g, :at)");
            for (GroupId group : groups) {
                batch.bind("a", agentId.value()).bind("g", group.value()).bind("at", Rows.text(at)).add();
            }
            if (!groups.isEmpty()) {
                batch.execute();
            }
            return null;
        });
    }
}
