package com.partnerdesk.application.error;

/** One thing wrong with an input: where (a field, a CSV line, a JSON path) and what. */
public record InputFault(String location, String message) {
    @Override
    public String toString() {
        return location + ": " + message;
    }
}
