package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.SecondFactors;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.secondfactor.TotpSecret;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Local accounts' TOTP secrets and recovery code digests in SQLite. */
public final class JdbiSecondFactors implements SecondFactors {
    private final SqliteDatabase db;

    JdbiSecondFactors(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Enrolment> find(AgentId agentId) {
        return db.read(h -> h.createQuery("SELECT secret, confirmed_at, last_step FROM agent_totp WHERE agent_id = :a")
                .bind("a", agentId.value())
                .map((rs, ctx) -> {
                    long step = rs.getLong(3);
                    OptionalLong last = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(step);
                    return new Enrolment(TotpSecret.ofBase32(rs.getString(1)), rs.getString(2) != null, last);
                })
                .findOne());
    }

    @Override
    public void begin(AgentId agentId, TotpSecret secret, Instant at) {
        db.write(h -> h.createUpdate("INSERT INTO agent_totp (agent_id, secret, created_at) VALUES (:a, :s, :at) "
                        + "ON CONFLICT (agent_id) DO UPDATE SET secret = excluded.secret, "
                        + "created_at = excluded.created_at, confirmed_at = NULL, last_step = NULL")
                .bind("a", agentId.value()).bind("s", secret.base32()).bind("at", Rows.text(at)).execute());
    }

    @Override
    public void confirm(AgentId agentId, long step, List<String> recoveryCodeDigests, Instant at) {
        db.write(h -> {
            h.createUpdate("UPDATE agent_totp SET confirmed_at = :at, last_step = :step WHERE agent_id = :a")
                    .bind("a", agentId.value()).bind("at", Rows.text(at)).bind("step", step).execute();
            h.createUpdate("DELETE FROM agent_recovery_codes WHERE agent_id = :a").bind("a", agentId.value()).execute();
            var batch = h.prepareBatch("INSERT INTO agent_recovery_codes (agent_id, digest) VALUES (:a, :d)");
            for (String digest : recoveryCodeDigests) {
                batch.bind("a", agentId.value()).bind("d", digest).add();
            }
            if (!recoveryCodeDigests.isEmpty()) {
                batch.execute();
            }
            return null;
        });
    }

    @Override
    public boolean useStep(AgentId agentId, long step) {
        return db.write(h -> h.createUpdate("UPDATE agent_totp SET last_step = :step WHERE agent_id = :a "
                        + "AND confirmed_at IS NOT NULL AND (last_step IS NULL OR last_step < :step)")
                .bind("a", agentId.value()).bind("step", step).execute()) > 0;
    }

    @Override
    public boolean useRecoveryCode(AgentId agentId, String digest, Instant at) {
        return db.write(h -> h.createUpdate("UPDATE agent_recovery_codes SET used_at = :at "
                        + "WHERE agent_id = :a AND digest = :d AND used_at IS NULL")
                .bind("a", agentId.value()).bind("d", digest).bind("at", Rows.text(at)).execute()) > 0;
    }

    @Override
    public int recoveryCodesLeft(AgentId agentId) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM agent_recovery_codes WHERE agent_id = :a "
                        + "AND used_at IS NULL")
                .bind("a", agentId.value()).mapTo(Integer.class).one());
    }

    @Override
    public boolean remove(AgentId agentId) {
        return db.write(h -> {
            h.createUpdate("DELETE FROM agent_recovery_codes WHERE agent_id = :a").bind("a", agentId.value()).execute();
            return h.createUpdate("DELETE FROM agent_totp WHERE agent_id = :a").bind("a", agentId.value()).execute() > 0;
        });
    }
}
