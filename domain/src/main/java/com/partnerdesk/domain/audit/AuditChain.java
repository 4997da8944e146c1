package com.partnerdesk.domain.audit;

import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.customer.TenantId;
import com.partnerdesk.domain.ids.CaseId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The audit trail's hash chain (NIST 800-53 AU-9): each event's hash is SHA-256 over the previous event's hash and the
 * event's own content, so changing, removing or inserting an event breaks every hash after it. The first event follows
 * {@link #GENESIS}; once older events are pruned, the first kept event follows the hash of the last pruned one (the
 * trail's anchor, kept with it and in the archive file).
 */
public final class AuditChain {
    /** What the first event of a trail follows: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * SHA-256 (hex) over the previous hash, the sequence number and every field of the event, each field
     * length-prefixed so that no two different events read the same.
     */
    public static String hash(String prevHash, long seq, AuditEvent e) {
        StringBuilder content = new StringBuilder(256);
        field(content, prevHash);
        field(content, Long.toString(seq));
        field(content, e.at().toString());
        field(content, e.actor());
        field(content, e.actorKind());
        field(content, e.roles().stream().map(Role::name).sorted().collect(Collectors.joining(";")));
        field(content, e.action());
        field(content, e.customer().map(TenantId::value).orElse(""));
        field(content, e.caseId().map(CaseId::value).orElse(""));
        field(content, e.channel().name());
        field(content, e.outcome().name());
        field(content, e.detail());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e1);
        }
    }

    private static void field(StringBuilder content, String value) {
        content.append(value.length()).append(':').append(value).append('\n');
    }

    /** Where a walk of the chain found it broken: the first event that does not match, and how. */
    public record Mismatch(long seq, AuditEvent event, String reason) {
        public String describe() {
            return "audit event " + seq + " (" + event.at() + ", " + event.action() + " by " + event.actor() + ") "
                    + reason;
        }
    }

    /** Walks events in order, each checked against the one before it (or the anchor the first must follow). */
    public static final class Walk {
        private String expectedPrev;
        private long lastSeq;
        private long checked;
        private Mismatch mismatch;

        public Walk(String anchor) {
            this.expectedPrev = anchor;
        }

        /** Checks the next event; false once a mismatch was found (the walk stops at the first). */
        public boolean next(ChainedEvent e) {
            if (mismatch != null) {
                return false;
            }
            if (lastSeq != 0 && e.seq() != lastSeq + 1) {
                mismatch = new Mismatch(e.seq(), e.event(), "follows event " + lastSeq + ": events "
                        + (lastSeq + 1) + " to " + (e.seq() - 1) + " are missing");
            } else if (!e.prevHash().equals(expectedPrev)) {
                mismatch = new Mismatch(e.seq(), e.event(), "does not follow the event before it: its previous hash is "
                        + e.prevHash() + ", expected " + expectedPrev);
            } else if (!hash(e.prevHash(), e.seq(), e.event()).equals(e.hash())) {
                mismatch = new Mismatch(e.seq(), e.event(), "does not match its hash: its content was changed");
            } else {
                expectedPrev = e.hash();
                lastSeq = e.seq();
                checked++;
                return true;
            }
            return false;
        }

        public long checked() {
            return checked;
        }

        public Optional<Mismatch> mismatch() {
            return Optional.ofNullable(mismatch);
        }

        /** The hash the next event must follow. */
        public String head() {
            return expectedPrev;
        }
    }
}
