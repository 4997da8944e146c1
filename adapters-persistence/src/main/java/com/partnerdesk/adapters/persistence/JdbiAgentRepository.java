package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.error.NotFoundException;
import com.partnerdesk.application.port.out.AgentRepository;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.ApiToken;
import com.partnerdesk.domain.agent.AgentId;
import com.partnerdesk.domain.agent.Email;
import com.partnerdesk.domain.agent.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** Agents, password hashes and API token digests in SQLite. */
public final class JdbiAgentRepository implements AgentRepository {
    private static final String COLUMNS = "a.id, a.email, a.name, a.roles, a.disabled, a.screened";
    private final SqliteDatabase db;

    JdbiAgentRepository(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public void insert(Agent agent, Optional<String> passwordHash, Instant at) {
        db.write(h -> h.createUpdate("INSERT INTO agents (id, email, name, roles, disabled, screened, password_hash, "
                        + "created_at) VALUES (:id, :email, :name, :roles, :disabled, :screened, :hash, :at)")
                .bind("screened", agent.screened())
                .bind("id", agent.id().value()).bind("email", agent.email().value()).bind("name", agent.name())
                .bind("roles", roles(agent)).bind("disabled", agent.disabled())
                .bind("hash", passwordHash.orElse(null)).bind("at", Rows.text(at))
                .execute());
    }

    @Override
    public void update(Agent agent) {
        int rows = db.write(h -> h.createUpdate(
                        "UPDATE agents SET email = :email, name = :name, roles = :roles, disabled = :disabled, "
                                + "screened = :screened WHERE id = :id")
                .bind("screened", agent.screened())
                .bind("id", agent.id().value()).bind("email", agent.email().value()).bind("name", agent.name())
                .bind("roles", roles(agent)).bind("disabled", agent.disabled())
                .execute());
        if (rows == 0) {
            throw new NotFoundException("Agent", agent.id());
        }
    }

    @Override
    public Optional<Agent> find(AgentId id) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM agents a WHERE a.id = :id")
                .bind("id", id.value()).map((rs, ctx) -> agent(rs)).findOne());
    }

    @Override
    public Optional<Agent> findByEmail(Email email) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM agents a WHERE a.email = :email")
                .bind("email", email.value()).map((rs, ctx) -> agent(rs)).findOne());
    }

    @Override
    public List<Agent> all() {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM agents a ORDER BY a.name, a.email")
                .map((rs, ctx) -> agent(rs)).list());
    }

    @Override
    public Optional<String> passwordHash(AgentId id) {
        return db.read(h -> h.createQuery("SELECT password_hash FROM agents WHERE id = :id")
                .bind("id", id.value()).map((rs, ctx) -> Optional.ofNullable(rs.getString(1))).findOne()
                .flatMap(hash -> hash));
    }

    @Override
    public void setPasswordHash(AgentId id, String hash) {
        int rows = db.write(h -> h.createUpdate("UPDATE agents SET password_hash = :hash WHERE id = :id")
                .bind("id", id.value()).bind("hash", hash).execute());
        if (rows == 0) {
            throw new NotFoundException("Agent", id);
        }
    }

    @Override
    public void addToken(AgentId id, String tokenDigest, ApiToken token) {
        db.write(h -> h.createUpdate("INSERT INTO agent_tokens (digest, agent_id, created_at, name, expires_at) "
                        + "VALUES (:digest, :id, :at, :name, :expires)")
                .bind("digest", tokenDigest).bind("id", id.value()).bind("at", Rows.text(token.createdAt()))
                .bind("name", token.name()).bind("expires", token.expiresAt().map(Rows::text).orElse(null)).execute());
    }

    @Override
    public Optional<TokenHolder> findByTokenDigest(String tokenDigest) {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + ", t.name AS token_name, t.created_at AS token_created, "
                        + "t.expires_at AS token_expires FROM agent_tokens t JOIN agents a ON a.id = t.agent_id "
                        + "WHERE t.digest = :digest")
                .bind("digest", tokenDigest).map((rs, ctx) -> new TokenHolder(agent(rs), new ApiToken(
                        rs.getString("token_name"), Rows.instant(rs.getString("token_created")),
                        Optional.ofNullable(rs.getString("token_expires")).map(Rows::instant)))).findOne());
    }

    @Override
    public List<ApiToken> tokens(AgentId id) {
        return db.read(h -> h.createQuery("SELECT name, created_at, expires_at FROM agent_tokens WHERE agent_id = :id "
                        + "ORDER BY created_at, rowid")
                .bind("id", id.value()).map((rs, ctx) -> new ApiToken(rs.getString(1), Rows.instant(rs.getString(2)),
                        Optional.ofNullable(rs.getString(3)).map(Rows::instant))).list());
    }

    @Override
    public boolean revokeToken(AgentId id, String name) {
        return db.write(h -> h.createUpdate("DELETE FROM agent_tokens WHERE agent_id = :id AND name = :name")
                .bind("id", id.value()).bind("name", name).execute()) > 0;
    }

    @Override
    public void revokeTokens(AgentId id) {
        db.write(h -> h.createUpdate("DELETE FROM agent_tokens WHERE agent_id = :id").bind("id", id.value()).execute());
    }

    private static String roles(Agent agent) {
        return Rows.joined(agent.roles().stream().map(Enum::name).sorted().toList());
    }

    private static Agent agent(ResultSet rs) throws SQLException {
        return new Agent(AgentId.of(rs.getString("id")), Email.of(rs.getString("email")), rs.getString("name"),
                new HashSet<>(Rows.split(rs.getString("roles"), Role::valueOf)), rs.getBoolean("disabled"),
                rs.getBoolean("screened"));
    }
}
