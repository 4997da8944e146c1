package com.partnerdesk.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns what a person typed into a safe FTS5 query: every word becomes a quoted string token (embedded
 * quotes doubled), the last one matched as a prefix, and all words must match. Operators, brackets, stars and stray
 * quotes in the input are just text, so no input can cause a syntax error. Control characters separate words.
 */
final class FtsQuery {
    private FtsQuery() {
    }

    /** Empty when the text holds no word at all (only punctuation or spaces). */
    static Optional<String> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        // control characters (NUL among them) separate words, as they do for the tokenizer; FTS5 reads a
        // query only up to a NUL, so one left inside a quoted word would leave the string unterminated
        for (String word : text.strip().split("[\\s\\p{Cc}]+")) {
            if (word.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue; // nothing the tokenizer would index: it could only match nothing
            }
            terms.add("\"" + word.replace("\"", "\"\"") + "\"");
        }
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        // the last word may be unfinished (search as you type): it matches as a prefix
        terms.set(terms.size() - 1, terms.get(terms.size() - 1) + "*");
        return Optional.of(String.join(" AND ", terms));
    }
}
