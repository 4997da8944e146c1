package com.partnerdesk.domain.agent;

import com.partnerdesk.domain.common.DomainIds;

/**
 * The object id of one of the partner's Microsoft Entra security groups (a GUID): what the ID token's {@code groups}
 * claim lists, what a group mapping gives roles to, and what GDAP grants customer roles to. One name for it from the
 * command line to the column: {@code groupId}.
 */
public record GroupId(String value) {
    public GroupId {
        value = DomainIds.guid("groupId", value);
    }

    public static GroupId of(String value) {
        return new GroupId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
