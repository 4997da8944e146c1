package com.partnerdesk.adapters.cli;

import java.nio.file.Path;

/**
 * What {@code partnerdesk db} needs from the installation's database; bootstrap implements it over the
 * persistence adapter (Flyway, SQLite's online backup).
 */
public interface DatabaseMaintenance {
    /** Brings the schema up to date; returns a one-line account such as "schema at version 7 (2 migrations applied)". */
    String migrate();

    /** Writes a consistent copy of the database to {@code target}; fails if it cannot. */
    void backup(Path target);
}
