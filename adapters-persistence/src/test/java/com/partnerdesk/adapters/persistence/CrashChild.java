package com.partnerdesk.adapters.persistence;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.domain.agent.Actor;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditOutcome;
import com.partnerdesk.domain.audit.Channel;
import com.partnerdesk.domain.cases.Case;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The child process of {@link SqliteCrashIT}: opens cases in a loop and prints {@code ACK <id> .} for each
 * one only after its transaction has committed, until it is killed.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        SqliteDatabase db = SqliteDatabase.open(Path.of(args[0]));
        db.customers().upsert(Samples.contoso());
        // the first write of a process is slow (classes loaded, the audit chain's digest set up): it is done and
        // acknowledged before READY, so that the kill that follows READY lands among writes at their normal pace
        openCase(db, out, 0);
        out.println("READY");
        out.flush();
        for (long i = 1; ; i++) {
            openCase(db, out, i);
        }
    }

    private static void openCase(SqliteDatabase db, PrintStream out, long i) {
        Instant now = Instant.now();
        Case c = TestCases.triaged(Samples.CONTOSO_ID, "Crash test case " + i, "inserted before the kill", now);
        db.unitOfWork().writeVoid(() -> {
            db.cases().insert(c);
            db.audit().append(AuditEvent.of(new Actor.Operator("crash-child"), "case.open",
                    Optional.of(Samples.CONTOSO_ID), Optional.of(c.id()), Channel.SYSTEM, AuditOutcome.ALLOWED,
                    "", now));
        });
        out.println("ACK " + c.id().value() + " .");
        out.flush();
    }
}
