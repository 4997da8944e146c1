package com.partnerdesk.adapters.cli;

/** How a list is printed: an aligned table for people, JSON or CSV for scripts. */
public enum OutputFormat {
    TABLE, JSON, CSV
}
