package com.partnerdesk.adapters.persistence;

import java.sql.SQLException;

/** Carries a bare {@link SQLException} to {@link StorageErrors#translate}; never leaves the adapter. */
final class StorageSqlFailure extends RuntimeException {
    StorageSqlFailure(SQLException cause) {
        super(cause);
    }
}
