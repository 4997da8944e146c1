package com.partnerdesk.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.AccessDeniedException;
import com.partnerdesk.application.error.StorageException;
import com.partnerdesk.application.fakes.Desk;
import com.partnerdesk.application.port.in.AuditUseCase.ChainReport;
import com.partnerdesk.application.port.in.AuditUseCase.RetentionReport;
import com.partnerdesk.domain.audit.AuditEvent;
import com.partnerdesk.domain.audit.AuditJsonLines;
import com.partnerdesk.domain.audit.ChainedEvent;
import com.partnerdesk.domain.cases.SymptomClassification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The tamper-evident trail: verify, verify an export, retention that keeps the chain verifiable (issue 13). */
class AuditServiceTest extends DeskTestSupport {

    private List<ChainedEvent> chain() {
        return desk.audit().chainedSince(Desk.operator(), Optional.empty(), 100_000);
    }

    @Test
    void anUntouchedTrailVerifiesFromItsFirstEventToItsLast() {
        openExchange(com.partnerdesk.application.fakes.Samples.CONTOSO_ID,
                SymptomClassification.UNAVAILABLE, Duration.ofMinutes(10));

        ChainReport report = desk.audit().verify(Desk.adminAgent());

        assertThat(report.intact()).isTrue();
        assertThat(report.firstSeq()).isEqualTo(1);
        assertThat(report.lastSeq()).isEqualTo(chain().get(chain().size() - 1).seq());
        assertThat(report.checked()).isEqualTo(chain().size());
    }

    @Test
    void anExportWithOneEventChangedNamesThatEvent() {
        openExchange(com.partnerdesk.application.fakes.Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE,
                Duration.ofMinutes(10));
        List<ChainedEvent> exported = new ArrayList<>(chain());
        assertThat(exported).hasSizeGreaterThan(2);
        ChainedEvent second = exported.get(1);
        AuditEvent e = second.event();
        exported.set(1, new ChainedEvent(second.seq(), new AuditEvent(e.at(), e.actor(), e.actorKind(), e.roles(),
                e.action(), e.customer(), e.caseId(), e.channel(), e.outcome(), e.detail() + " (edited)"),
                second.prevHash(), second.hash()));

        ChainReport intact = desk.audit().verify(Desk.adminAgent(), chain());
        ChainReport broken = desk.audit().verify(Desk.adminAgent(), exported);

        assertThat(intact.intact()).isTrue();
        assertThat(broken.mismatch()).hasValueSatisfying(m -> {
            assertThat(m.seq()).isEqualTo(second.seq());
            assertThat(m.describe()).contains("audit event " + second.seq(), "does not match its hash");
        });
        List<ChainedEvent> withoutOne = new ArrayList<>(chain());
        withoutOne.remove(1);
        assertThat(desk.audit().verify(Desk.adminAgent(), withoutOne).mismatch()).hasValueSatisfying(
                m -> assertThat(m.seq()).isEqualTo(second.seq() + 1));
    }

    @Test
    void retentionArchivesOlderEventsThenPrunesThemAndTheChainStillVerifies() {
        openExchange(com.partnerdesk.application.fakes.Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE,
                Duration.ofMinutes(10));
        int old = chain().size();
        clock.advance(Duration.ofDays(400));
        openExchange(com.partnerdesk.application.fakes.Samples.FABRIKAM_ID, SymptomClassification.UNAVAILABLE,
                Duration.ofMinutes(10));
        List<ChainedEvent> before = chain();

        RetentionReport report = desk.audit().applyRetention(Desk.operator());

        assertThat(report.pruned()).isEqualTo(old);
        assertThat(report.archive()).hasValue("audit-1-" + old + ".jsonl");
        assertThat(desk.auditArchive.files.get("audit-1-" + old + ".jsonl"))
                .containsExactlyElementsOf(before.subList(0, old).stream().map(AuditJsonLines::line).toList());
        List<ChainedEvent> kept = chain();
        assertThat(kept.get(0).seq()).isEqualTo(old + 1);
        assertThat(kept.get(kept.size() - 1).event().action()).isEqualTo("audit.retention");
        ChainReport verified = desk.audit().verify(Desk.adminAgent());
        assertThat(verified.intact()).isTrue();
        assertThat(verified.firstSeq()).isEqualTo(old + 1);
        assertThat(verified.anchor()).isEqualTo(before.get(old - 1).hash());
        assertThat(desk.audit().applyRetention(Desk.operator()).pruned()).isZero();
    }

    @Test
    void whenTheArchiveCannotBeWrittenNothingIsPruned() {
        openExchange(com.partnerdesk.application.fakes.Samples.CONTOSO_ID, SymptomClassification.UNAVAILABLE,
                Duration.ofMinutes(10));
        clock.advance(Duration.ofDays(400));
        List<ChainedEvent> before = chain();
        desk.auditArchive.failing = true;

        assertThatThrownBy(() -> desk.audit().applyRetention(Desk.operator())).isInstanceOf(StorageException.class);

        assertThat(chain()).isEqualTo(before);
    }

    @Test
    void aSalesAgentMayNeitherVerifyNorPrune() {
        assertThatThrownBy(() -> desk.audit().verify(Desk.salesAgent())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.audit().applyRetention(Desk.salesAgent())).isInstanceOf(AccessDeniedException.class);
    }
}
