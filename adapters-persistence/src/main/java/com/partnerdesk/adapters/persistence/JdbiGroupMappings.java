package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.port.out.GroupMappings;
import com.partnerdesk.domain.agent.GroupId;
import com.partnerdesk.domain.agent.GroupMapping;
import com.partnerdesk.domain.agent.Role;
import java.util.List;

/** Entra group to desk role mappings in SQLite. */
public final class JdbiGroupMappings implements GroupMappings {
    private final SqliteDatabase db;

    JdbiGroupMappings(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public List<GroupMapping> all() {
        return db.read(h -> h.createQuery("SELECT group_id, role, screened FROM group_mappings ORDER BY group_id, role")
                .map((rs, ctx) -> new GroupMapping(GroupId.of(rs.getString(1)), Role.valueOf(rs.getString(2)),
                        rs.getBoolean(3)))
                .list());
    }

    @Override
    public void put(GroupMapping mapping) {
        db.write(h -> h.createUpdate("INSERT INTO group_mappings (group_id, role, screened) VALUES (:g, :r, :s) "
                        + "ON CONFLICT (group_id, role) DO UPDATE SET screened = excluded.screened")
                .bind("g", mapping.groupId().value()).bind("r", mapping.role().name()).bind("s", mapping.screened())
                .execute());
    }

    @Override
    public boolean remove(GroupId groupId) {
        return db.write(h -> h.createUpdate("DELETE FROM group_mappings WHERE group_id = :g")
                .bind("g", groupId.value()).execute()) > 0;
    }
}
