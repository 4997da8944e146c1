package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.application.port.out.NotificationOutbox.Message;
import com.partnerdesk.application.port.out.NotificationOutbox.NewMessage;
import com.partnerdesk.application.port.out.VendorOutbox.OutboxState;
import com.partnerdesk.domain.agent.Agent;
import com.partnerdesk.domain.agent.Role;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.notification.DeliveryChannel;
import com.partnerdesk.domain.notification.Notification;
import com.partnerdesk.domain.notification.NotificationEvent;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every NotificationOutbox and MailPreferences promise: messages come due, are claimed oldest first, delivered,
 * retried no sooner than their next attempt, parked, listed and put back in line; a time-based event is marked raised
 * once; an agent's mail settings are replaced whole.
 */
public abstract class AbstractNotificationOutboxContractTest extends AbstractStorageContractTest {
    private static final Instant T0 = Samples.T0;
    private static final CaseId CASE = CaseId.of("0b9c1f7e-4d5a-4b6c-8d7e-9f0a1b2c3d4e");
    private static final CaseId OTHER_CASE = CaseId.of("1c0d2e8f-5e6b-4c7d-9e8f-0a1b2c3d4e5f");

    private static Notification notification(NotificationEvent event, Instant at) {
        return new Notification(event, at, List.of(CASE, OTHER_CASE), List.of(Samples.CONTOSO_ID, Samples.FABRIKAM_ID),
                Optional.of(ServiceRequestId.of("5e7f9a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b")),
                Optional.of(ClusterId.foundedBy(CASE)), "The vendor wrote on service request 2611240001",
                "Microsoft Support wrote: please send the message trace.\nSecond line.");
    }

    private List<Message> enqueue(Instant at, NewMessage... messages) {
        writeVoid(() -> storage.notifications().enqueue(List.of(messages), at));
        return read(() -> storage.notifications().list(Optional.empty(), 0, 100));
    }

    private static NewMessage mail(String to, Instant at) {
        return new NewMessage(DeliveryChannel.MAIL, to, notification(NotificationEvent.CASE_VENDOR_NOTE, at));
    }

    private static NewMessage webhook(Instant at) {
        return new NewMessage(DeliveryChannel.WEBHOOK, "", notification(NotificationEvent.CASE_VENDOR_NOTE, at));
    }

    private List<Message> claim(Instant now, int limit) {
        return write(() -> storage.notifications().claimDue(EnumSet.allOf(DeliveryChannel.class), now,
                now.plusSeconds(300), limit));
    }

    @Test
    void aClaimTakesOnlyTheChannelsAsked() {
        enqueue(T0, mail("ava@partner.example", T0), webhook(T0));

        assertThat(write(() -> storage.notifications().claimDue(EnumSet.of(DeliveryChannel.WEBHOOK), T0,
                T0.plusSeconds(300), 10))).extracting(Message::channel).containsExactly(DeliveryChannel.WEBHOOK);
        assertThat(write(() -> storage.notifications().claimDue(EnumSet.noneOf(DeliveryChannel.class), T0,
                T0.plusSeconds(300), 10))).isEmpty();
        assertThat(claim(T0, 10)).extracting(Message::channel).containsExactly(DeliveryChannel.MAIL);
    }

    @Test
    void anEnqueuedMessageKeepsEveryFieldAndIsDueAtOnce() {
        Message stored = enqueue(T0, mail("ava@partner.example", T0)).get(0);

        assertThat(stored.channel()).isEqualTo(DeliveryChannel.MAIL);
        assertThat(stored.recipient()).isEqualTo("ava@partner.example");
        assertThat(stored.notification()).isEqualTo(notification(NotificationEvent.CASE_VENDOR_NOTE, T0));
        assertThat(stored.state()).isEqualTo(OutboxState.PENDING);
        assertThat(stored.attempts()).isZero();
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.deliveredAt()).isEmpty();
        assertThat(read(() -> storage.notifications().find(stored.id()))).contains(stored);
        assertThat(claim(T0, 10)).extracting(Message::id).containsExactly(stored.id());
    }

    @Test
    void aNotificationAboutNoCaseIsKeptAsSuch() {
        Notification none = new Notification(NotificationEvent.CLUSTER_FORMED, T0, List.of(), List.of(),
                Optional.empty(), Optional.empty(), "t", "x");
        writeVoid(() -> storage.notifications().enqueue(List.of(new NewMessage(DeliveryChannel.WEBHOOK, "", none)), T0));

        assertThat(read(() -> storage.notifications().list(Optional.empty(), 0, 10)).get(0).notification())
                .isEqualTo(none);
    }

    @Test
    void claimsTakeTheOldestDueFirstAndHideThemUntilTheClaimEnds() {
        enqueue(T0.plusSeconds(60), mail("second@partner.example", T0));
        enqueue(T0, mail("first@partner.example", T0), webhook(T0));

        assertThat(claim(T0.plusSeconds(30), 10)).extracting(Message::recipient).containsExactly("first@partner.example", "");
        assertThat(claim(T0.plusSeconds(90), 10)).extracting(Message::recipient).containsExactly("second@partner.example");
        assertThat(claim(T0.plusSeconds(120), 10)).isEmpty();
        assertThat(claim(T0.plusSeconds(400), 1)).extracting(Message::recipient).containsExactly("first@partner.example");
    }

    @Test
    void aFailedMessageIsRetriedNoSoonerThanItsNextAttempt() {
        long id = enqueue(T0, mail("ava@partner.example", T0)).get(0).id();
        writeVoid(() -> storage.notifications().failed(id, 1, T0.plusSeconds(60), "421 try later"));

        Message m = read(() -> storage.notifications().find(id)).orElseThrow();
        assertThat(m.attempts()).isEqualTo(1);
        assertThat(m.lastError()).isEqualTo("421 try later");
        assertThat(m.state()).isEqualTo(OutboxState.PENDING);
        assertThat(claim(T0.plusSeconds(59), 10)).isEmpty();
        assertThat(claim(T0.plusSeconds(60), 10)).extracting(Message::id).containsExactly(id);
    }

    @Test
    void aDeliveredMessageIsNoLongerDueAndSaysWhen() {
        long id = enqueue(T0, webhook(T0)).get(0).id();
        writeVoid(() -> storage.notifications().delivered(id, T0.plusSeconds(2)));

        Message m = read(() -> storage.notifications().find(id)).orElseThrow();
        assertThat(m.state()).isEqualTo(OutboxState.DELIVERED);
        assertThat(m.deliveredAt()).contains(T0.plusSeconds(2));
        assertThat(claim(T0.plusSeconds(3600), 10)).isEmpty();
    }

    @Test
    void aParkedMessageIsListedCountedAndPutBackInLineOnce() {
        long id = enqueue(T0, mail("ava@partner.example", T0)).get(0).id();
        assertThat(write(() -> storage.notifications().requeue(id, T0))).as("a pending message is not requeued").isFalse();
        writeVoid(() -> storage.notifications().park(id, 8, "connection refused"));

        assertThat(claim(T0.plusSeconds(3600), 10)).isEmpty();
        assertThat(read(() -> storage.notifications().list(Optional.of(OutboxState.PARKED), 0, 10)))
                .extracting(Message::id, Message::attempts, Message::lastError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, 8, "connection refused"));
        assertThat(read(() -> storage.notifications().count(Optional.of(OutboxState.PARKED)))).isEqualTo(1);

        assertThat(write(() -> storage.notifications().requeue(id, T0.plusSeconds(7200)))).isTrue();
        assertThat(write(() -> storage.notifications().requeue(id, T0.plusSeconds(7200)))).isFalse();
        Message back = read(() -> storage.notifications().find(id)).orElseThrow();
        assertThat(back.state()).isEqualTo(OutboxState.PENDING);
        assertThat(back.attempts()).isZero();
        assertThat(claim(T0.plusSeconds(7200), 10)).extracting(Message::id).containsExactly(id);
    }

    @Test
    void theListIsNewestFirstByStateAndPaged() {
        enqueue(T0, mail("a@partner.example", T0));
        enqueue(T0.plusSeconds(10), mail("b@partner.example", T0), mail("c@partner.example", T0));
        long delivered = read(() -> storage.notifications().list(Optional.empty(), 0, 10)).get(0).id();
        writeVoid(() -> storage.notifications().delivered(delivered, T0.plusSeconds(20)));

        assertThat(read(() -> storage.notifications().list(Optional.empty(), 0, 10))).extracting(Message::recipient)
                .containsExactly("c@partner.example", "b@partner.example", "a@partner.example");
        assertThat(read(() -> storage.notifications().list(Optional.empty(), 1, 1))).extracting(Message::recipient)
                .containsExactly("b@partner.example");
        assertThat(read(() -> storage.notifications().list(Optional.of(OutboxState.PENDING), 0, 10)))
                .extracting(Message::recipient).containsExactly("b@partner.example", "a@partner.example");
        assertThat(read(() -> storage.notifications().count(Optional.empty()))).isEqualTo(3);
        assertThat(read(() -> storage.notifications().count(Optional.of(OutboxState.DELIVERED)))).isEqualTo(1);
    }

    @Test
    void anEventKeyIsMarkedRaisedOnce() {
        assertThat(write(() -> storage.notifications().markRaised("service_request.vendor_clock.breached:r1", T0))).isTrue();
        assertThat(write(() -> storage.notifications().markRaised("service_request.vendor_clock.breached:r1", T0.plusSeconds(60))))
                .isFalse();
        assertThat(write(() -> storage.notifications().markRaised("service_request.vendor_clock.breached:r2", T0))).isTrue();
    }

    @Test
    void messagesWrittenInARolledBackTransactionAreNotThere() {
        assertThatThrownBy(() -> writeVoid(() -> {
            storage.notifications().enqueue(List.of(mail("ava@partner.example", T0)), T0);
            storage.notifications().markRaised("k", T0);
            throw new IllegalStateException("the change that caused it failed");
        })).hasMessageContaining("failed");

        assertThat(read(() -> storage.notifications().count(Optional.empty()))).isZero();
        assertThat(write(() -> storage.notifications().markRaised("k", T0))).isTrue();
    }

    @Test
    void anAgentsMailSettingsAreReplacedWhole() {
        Agent ava = Samples.agent("ava@partner.example", "Ava", Role.ADMIN_AGENT);
        writeVoid(() -> storage.agents().insert(ava, Optional.empty(), T0));
        assertThat(read(() -> storage.mailPreferences().mailOff(ava.id()))).isEmpty();

        writeVoid(() -> storage.mailPreferences().setMailOff(ava.id(),
                EnumSet.of(NotificationEvent.CASE_RECHECK, NotificationEvent.CLUSTER_FORMED)));
        assertThat(read(() -> storage.mailPreferences().mailOff(ava.id())))
                .containsExactlyInAnyOrder(NotificationEvent.CASE_RECHECK, NotificationEvent.CLUSTER_FORMED);

        writeVoid(() -> storage.mailPreferences().setMailOff(ava.id(), Set.of(NotificationEvent.CASE_VENDOR_NOTE)));
        assertThat(read(() -> storage.mailPreferences().mailOff(ava.id())))
                .containsExactly(NotificationEvent.CASE_VENDOR_NOTE);
        writeVoid(() -> storage.mailPreferences().setMailOff(ava.id(), Set.of()));
        assertThat(read(() -> storage.mailPreferences().mailOff(ava.id()))).isEmpty();
    }

    @Test
    void mailSettingsNeedAStoredAgent() {
        Agent ghost = Samples.agent("ghost@partner.example", "Ghost", Role.HELPDESK_AGENT);
        assertThatThrownBy(() -> writeVoid(() -> storage.mailPreferences().setMailOff(ghost.id(),
                Set.of(NotificationEvent.CASE_RECHECK)))).isInstanceOf(RuntimeException.class);
    }

}
