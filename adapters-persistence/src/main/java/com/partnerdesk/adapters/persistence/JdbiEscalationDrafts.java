package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.EscalationDrafts;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.escalation.EscalationDraft;
import com.partnerdesk.domain.escalation.Evidence;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.servicerequest.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Escalation drafts, one row per case and agent, each field of the draft a column (absent is NULL). */
public final class JdbiEscalationDrafts implements EscalationDrafts {
    private final SqliteDatabase db;

    JdbiEscalationDrafts(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<EscalationDraft> find(CaseId caseId, AgentId agentId) {
        return db.read(h -> h.createQuery("SELECT * FROM escalation_drafts WHERE case_id = :caseId AND agent_id = :agentId")
                .bind("caseId", caseId.value()).bind("agentId", agentId.value())
                .map((rs, ctx) -> draft(rs)).findOne());
    }

    @Override
    public void save(CaseId caseId, AgentId agentId, EscalationDraft draft, Instant savedAt) {
        Evidence e = draft.evidence();
        db.write(h -> h.createUpdate("""
                        INSERT INTO escalation_drafts (case_id, agent_id, title, description, severity, support_topic_id,
                            country_code, started_at, affected_users, reproduction_steps, affected_sites,
                            expected_behaviour, actual_behaviour, saved_at)
                        VALUES (:caseId, :agentId, :title, :description, :severity, :topic, :country, :startedAt,
                            :affectedUsers, :steps, :sites, :expected, :actual, :savedAt)
                        ON CONFLICT (case_id, agent_id) DO UPDATE SET title = excluded.title,
                            description = excluded.description, severity = excluded.severity,
                            support_topic_id = excluded.support_topic_id, country_code = excluded.country_code,
                            started_at = excluded.started_at, affected_users = excluded.affected_users,
                            reproduction_steps = excluded.reproduction_steps, affected_sites = excluded.affected_sites,
                            expected_behaviour = excluded.expected_behaviour, actual_behaviour = excluded.actual_behaviour,
                            saved_at = excluded.saved_at""")
                .bind("caseId", caseId.value()).bind("agentId", agentId.value())
                .bind("title", draft.title().orElse(null)).bind("description", draft.description().orElse(null))
                .bind("severity", draft.severity().map(Enum::name).orElse(null))
                .bind("topic", draft.supportTopicId().orElse(null)).bind("country", draft.countryCode().orElse(null))
                .bind("startedAt", Rows.text(e.startedAt())).bind("affectedUsers", e.affectedUsers().orElse(null))
                .bind("steps", e.reproductionSteps().orElse(null)).bind("sites", e.affectedSites().orElse(null))
                .bind("expected", e.expectedBehaviour().orElse(null)).bind("actual", e.actualBehaviour().orElse(null))
                .bind("savedAt", Rows.text(savedAt))
                .execute());
    }

    @Override
    public void discard(CaseId caseId, AgentId agentId) {
        db.write(h -> h.createUpdate("DELETE FROM escalation_drafts WHERE case_id = :caseId AND agent_id = :agentId")
                .bind("caseId", caseId.value()).bind("agentId", agentId.value()).execute());
    }

    private static EscalationDraft draft(ResultSet rs) throws SQLException {
        Evidence evidence = new Evidence(Rows.optionalInstant(rs.getString("started_at")),
                text(rs, "affected_users"), text(rs, "reproduction_steps"), text(rs, "affected_sites"),
                text(rs, "expected_behaviour"), text(rs, "actual_behaviour"));
        return new EscalationDraft(text(rs, "title"), text(rs, "description"),
                text(rs, "severity").map(Severity::valueOf), text(rs, "support_topic_id"), text(rs, "country_code"),
                evidence);
    }

    private static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
