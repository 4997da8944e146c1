package com.partnerdesk.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnerdesk.application.error.StaleVersionException;
import com.partnerdesk.application.fakes.Samples;
import com.partnerdesk.application.fakes.StoragePorts;
import com.partnerdesk.domain.cases.Case;
import com.partnerdesk.domain.cases.CaseStatus;
import com.partnerdesk.domain.ids.CaseId;
import com.partnerdesk.domain.ids.ClusterId;
import com.partnerdesk.domain.ids.ServiceRequestId;
import com.partnerdesk.domain.servicerequest.ServiceRequest;
import com.partnerdesk.domain.servicerequest.ServiceRequestNote;
import com.partnerdesk.domain.servicerequest.ServiceRequestStatus;
import com.partnerdesk.domain.servicerequest.Severity;
import com.partnerdesk.domain.servicerequest.UnlinkedVendorRequest;
import com.partnerdesk.domain.triage.ClusterFormation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every ServiceRequestRepository promises. */
public abstract class AbstractServiceRequestRepositoryContractTest extends AbstractStorageContractTest {
    private static final Instant T0 = Samples.T0;

    @Override
    protected abstract StoragePorts newStorage();

    @BeforeEach
    void customers() {
        storeCustomer(Samples.contoso());
        storeCustomer(Samples.fabrikam());
    }

    @Test
    void insertedRequestRoundTripsEveryField() {
        ServiceRequest request = storeRequest(T0);

        ServiceRequest found = read(() -> storage.requests().find(request.id())).orElseThrow();
        assertSameRequest(found, request);
        assertThat(found.status()).isEqualTo(ServiceRequestStatus.NONE);
    }

    @Test
    void updateStoresVendorNumberStatusAndNotesAndAdvancesTheVersion() {
        ServiceRequest request = storeRequest(T0);
        ServiceRequest loaded = read(() -> storage.requests().find(request.id())).orElseThrow();
        loaded.submitted("2603100040001234", T0.plusSeconds(60));
        loaded.addNote(new ServiceRequestNote("Microsoft Support", "We are reviewing the message trace.",
                T0.plusSeconds(1800), true));
        loaded.statusFromVendor(ServiceRequestStatus.ATTENTION_NEEDED, T0.plusSeconds(1900));
        writeVoid(() -> storage.requests().update(loaded));

        ServiceRequest found = read(() -> storage.requests().find(request.id())).orElseThrow();
        assertSameRequest(found, loaded);
        assertThat(found.version()).isEqualTo(request.version() + 1);
        assertThat(found.vendorRequestNumber()).contains("2603100040001234");
        assertThat(found.firstResponseAt()).contains(T0.plusSeconds(1800));
    }

    @Test
    void aRequestIsFoundByTheVendorsNumber() {
        ServiceRequest request = storeRequest(T0);
        assertThat(read(() -> storage.requests().idByVendorNumber("2603100040001234"))).isEmpty();
        ServiceRequest loaded = read(() -> storage.requests().find(request.id())).orElseThrow();
        loaded.submitted("2603100040001234", T0.plusSeconds(60));
        writeVoid(() -> storage.requests().update(loaded));

        assertThat(read(() -> storage.requests().idByVendorNumber("2603100040001234"))).contains(request.id());
        assertThat(read(() -> storage.requests().idByVendorNumber("2603100040009999"))).isEmpty();
    }

    @Test
    void unlinkedVendorRequestsAreReplacedPerCustomerKeepingWhenEachWasFirstFound() {
        UnlinkedVendorRequest first = unlinked(Samples.CONTOSO_ID, "615112491169010", Optional.of(T0.minusSeconds(600)),
                T0, Optional.of(ServiceRequestStatus.OPEN));
        UnlinkedVendorRequest noDate = unlinked(Samples.CONTOSO_ID, "615112491169011", Optional.empty(), T0,
                Optional.empty());
        UnlinkedVendorRequest fabrikam = unlinked(Samples.FABRIKAM_ID, "615112491169012", Optional.empty(), T0,
                Optional.of(ServiceRequestStatus.ATTENTION_NEEDED));
        writeVoid(() -> storage.requests().replaceUnlinked(Samples.CONTOSO_ID, List.of(first, noDate)));
        writeVoid(() -> storage.requests().replaceUnlinked(Samples.FABRIKAM_ID, List.of(fabrikam)));

        assertThat(read(() -> storage.requests().unlinked(Samples.CONTOSO_ID)))
                .as("newest first; one without a date counts from when it was found").containsExactly(noDate, first);
        assertThat(read(() -> storage.requests().unlinked(Samples.FABRIKAM_ID))).containsExactly(fabrikam);

        // Seen again an hour later, closed by the vendor: it keeps the time it was first found; the other is gone.
        UnlinkedVendorRequest again = unlinked(Samples.CONTOSO_ID, "615112491169010", Optional.of(T0.minusSeconds(600)),
                T0.plusSeconds(3600), Optional.of(ServiceRequestStatus.CLOSED));
        writeVoid(() -> storage.requests().replaceUnlinked(Samples.CONTOSO_ID, List.of(again)));
        assertThat(read(() -> storage.requests().unlinked(Samples.CONTOSO_ID))).singleElement().satisfies(u -> {
            assertThat(u.status()).contains(ServiceRequestStatus.CLOSED);
            assertThat(u.foundAt()).isEqualTo(T0);
            assertThat(u.createdDate()).contains(T0.minusSeconds(600));
        });

        writeVoid(() -> storage.requests().removeUnlinked("615112491169010"));
        assertThat(read(() -> storage.requests().unlinked(Samples.CONTOSO_ID))).isEmpty();
        writeVoid(() -> storage.requests().replaceUnlinked(Samples.FABRIKAM_ID, List.of()));
        assertThat(read(() -> storage.requests().unlinked(Samples.FABRIKAM_ID))).isEmpty();
    }

    @Test
    void anUnlinkedRequestOfAnotherCustomerIsRefused() {
        UnlinkedVendorRequest fabrikam = unlinked(Samples.FABRIKAM_ID, "615112491169012", Optional.empty(), T0,
                Optional.empty());
        assertThatThrownBy(() -> writeVoid(() -> storage.requests().replaceUnlinked(Samples.CONTOSO_ID,
                List.of(fabrikam)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(read(() -> storage.requests().unlinked(Samples.FABRIKAM_ID))).isEmpty();
    }

    private static UnlinkedVendorRequest unlinked(com.partnerdesk.domain.customer.TenantId customer, String number,
                                                  Optional<Instant> created, Instant foundAt,
                                                  Optional<ServiceRequestStatus> status) {
        return new UnlinkedVendorRequest(customer, number, "Filed in the portal " + number, Severity.MODERATE, status,
                created, foundAt);
    }

    @Test
    void updateFromAStaleVersionIsRefused() {
        ServiceRequest request = storeRequest(T0);
        ServiceRequest first = read(() -> storage.requests().find(request.id())).orElseThrow();
        ServiceRequest second = read(() -> storage.requests().find(request.id())).orElseThrow();
        first.submitted("2603100040001234", T0.plusSeconds(60));
        writeVoid(() -> storage.requests().update(first));
        second.addNote(new ServiceRequestNote("alice@partner.example", "Customer sent a new trace", T0.plusSeconds(90), false));

        assertThatThrownBy(() -> writeVoid(() -> storage.requests().update(second)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(read(() -> storage.requests().find(request.id())).orElseThrow().notes()).isEmpty();
    }

    @Test
    void linkedCasesAreStored() {
        ServiceRequest request = storeRequest(T0);
        Case later = storeTriagedCase(Samples.FABRIKAM_ID, T0, T0.plusSeconds(300));
        ServiceRequest loaded = read(() -> storage.requests().find(request.id())).orElseThrow();
        loaded.linkCase(later.id());
        writeVoid(() -> storage.requests().update(loaded));

        assertThat(read(() -> storage.requests().find(request.id())).orElseThrow().caseIds())
                .containsExactlyElementsOf(loaded.caseIds());
    }

    @Test
    void casesAndNotesAddedOverSeveralUpdatesAreAllKeptInOrder() {
        ServiceRequest request = storeRequest(T0);
        for (int round = 1; round <= 3; round++) {
            ServiceRequest loaded = read(() -> storage.requests().find(request.id())).orElseThrow();
            for (int i = 0; i < 2; i++) {
                loaded.linkCase(storeTriagedCase(Samples.FABRIKAM_ID, T0, T0.plusSeconds(60L * (round * 2 + i))).id());
            }
            loaded.addNote(new ServiceRequestNote("Microsoft Support", "Update " + round, T0.plusSeconds(600L * round), true));
            writeVoid(() -> storage.requests().update(loaded));
            ServiceRequest reloaded = read(() -> storage.requests().find(request.id())).orElseThrow();
            assertThat(reloaded.caseIds()).containsExactlyElementsOf(loaded.caseIds()).hasSize(1 + 2 * round);
            assertThat(reloaded.notes()).containsExactlyElementsOf(loaded.notes());
        }
    }

    @Test
    void findByClusterFindsTheClusterRequest() {
        Case a = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        Case b = storeTriagedCase(Samples.FABRIKAM_ID, T0, T0);
        ClusterId cluster = ClusterId.foundedBy(a.id());
        writeVoid(() -> storage.clusters().record(new ClusterFormation(cluster, "Exchange Online",
                Samples.contoso().cloud(), Samples.US_GOV_VIRGINIA, List.of(a.id(), b.id()),
                Set.of(Samples.CONTOSO_ID, Samples.FABRIKAM_ID)), T0));
        ServiceRequest request = Samples.request(Samples.CONTOSO_ID, List.of(a.id(), b.id()), Optional.of(cluster), T0);
        writeVoid(() -> storage.requests().insert(request));
        storeRequest(T0);

        assertThat(read(() -> storage.requests().findByCluster(cluster))).map(ServiceRequest::id).contains(request.id());
        assertThat(read(() -> storage.requests().findByCluster(ClusterId.foundedBy(b.id())))).isEmpty();
    }

    @Test
    void idByClusterNamesTheLatestRequestOfTheCluster() {
        Case a = storeTriagedCase(Samples.CONTOSO_ID, T0, T0);
        ClusterId cluster = ClusterId.foundedBy(a.id());
        ServiceRequest first = Samples.request(Samples.CONTOSO_ID, List.of(a.id()), Optional.of(cluster), T0);
        ServiceRequest later = Samples.request(Samples.CONTOSO_ID, List.of(a.id()), Optional.of(cluster),
                T0.plusSeconds(600));
        writeVoid(() -> storage.requests().insert(first));
        writeVoid(() -> storage.requests().insert(later));
        storeRequest(T0.plusSeconds(900));

        assertThat(read(() -> storage.requests().idByCluster(cluster))).contains(later.id());
        assertThat(read(() -> storage.requests().idByCluster(ClusterId.foundedBy(CaseId.random())))).isEmpty();
    }

    @Test
    void linkCaseAppendsOneCaseOnceAndMovesTheVersion() {
        ServiceRequest request = storeRequest(T0);
        Case later = storeTriagedCase(Samples.FABRIKAM_ID, T0, T0.plusSeconds(300));
        long before = read(() -> storage.requests().find(request.id())).orElseThrow().version();

        writeVoid(() -> storage.requests().linkCase(request.id(), later.id()));
        writeVoid(() -> storage.requests().linkCase(request.id(), later.id()));

        ServiceRequest reloaded = read(() -> storage.requests().find(request.id())).orElseThrow();
        assertThat(reloaded.caseIds()).containsExactly(request.caseIds().get(0), later.id());
        assertThat(reloaded.version()).isEqualTo(before + 1);
    }

    @Test
    void anUpdateLoadedBeforeALinkIsRefusedAsStale() {
        ServiceRequest request = storeRequest(T0);
        ServiceRequest loaded = read(() -> storage.requests().find(request.id())).orElseThrow();
        Case later = storeTriagedCase(Samples.FABRIKAM_ID, T0, T0.plusSeconds(300));
        writeVoid(() -> storage.requests().linkCase(request.id(), later.id()));
        loaded.addNote(new ServiceRequestNote("helpdesk@partner.example", "Called the vendor", T0.plusSeconds(400),
                false));

        assertThatThrownBy(() -> writeVoid(() -> storage.requests().update(loaded)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(read(() -> storage.requests().find(request.id())).orElseThrow().caseIds()).contains(later.id());
    }

    @Test
    void listFiltersByStatusAndPages() {
        ServiceRequest open = storeRequest(T0);
        ServiceRequest none = storeRequest(T0.plusSeconds(60));
        ServiceRequest closed = storeRequest(T0.plusSeconds(120));
        submit(open, "2603100040000001", Optional.empty());
        submit(closed, "2603100040000003", Optional.of(ServiceRequestStatus.CLOSED));

        assertThat(read(() -> storage.requests().list(Optional.empty(), 0, 50))).extracting(ServiceRequest::id)
                .containsExactlyInAnyOrder(open.id(), none.id(), closed.id());
        assertThat(read(() -> storage.requests().list(Optional.of(ServiceRequestStatus.OPEN), 0, 50)))
                .extracting(ServiceRequest::id).containsExactly(open.id());
        assertThat(read(() -> storage.requests().list(Optional.of(ServiceRequestStatus.NONE), 0, 50)))
                .extracting(ServiceRequest::id).containsExactly(none.id());
        assertThat(read(() -> storage.requests().list(Optional.empty(), 0, 2))).hasSize(2);
        assertThat(read(() -> storage.requests().list(Optional.empty(), 2, 2))).hasSize(1);
    }

    @Test
    void forTenantListsOnlyThatCustomersRequestsNewestFirst() {
        ServiceRequest older = storeRequest(T0);
        ServiceRequest newer = storeRequest(T0.plusSeconds(60));
        Case fabrikamCase = storeTriagedCase(Samples.FABRIKAM_ID, T0.minusSeconds(1800), T0);
        ServiceRequest other = Samples.request(Samples.FABRIKAM_ID, List.of(fabrikamCase.id()), Optional.empty(),
                T0.plusSeconds(120));
        writeVoid(() -> storage.requests().insert(other));

        assertThat(read(() -> storage.requests().forTenant(Samples.CONTOSO_ID, 50))).extracting(ServiceRequest::id)
                .containsExactly(newer.id(), older.id());
        assertThat(read(() -> storage.requests().forTenant(Samples.FABRIKAM_ID, 50))).extracting(ServiceRequest::id)
                .containsExactly(other.id());
        assertThat(read(() -> storage.requests().forTenant(Samples.CONTOSO_ID, 1))).hasSize(1);
    }

    @Test
    void awaitingVendorListsSubmittedRequestsNotClosed() {
        ServiceRequest open = storeRequest(T0);
        ServiceRequest unsent = storeRequest(T0.plusSeconds(60));
        ServiceRequest closed = storeRequest(T0.plusSeconds(120));
        submit(open, "2603100040000001", Optional.empty());
        submit(closed, "2603100040000003", Optional.of(ServiceRequestStatus.CLOSED));

        assertThat(read(() -> storage.requests().awaitingVendor())).extracting(ServiceRequest::id)
                .containsExactly(open.id())
                .doesNotContain(unsent.id());
    }

    @Test
    void unknownRequestIsNotFound() {
        assertThat(read(() -> storage.requests().find(ServiceRequestId.random()))).isEmpty();
    }

    @Test
    void escalatedCaseReferencesItsRequest() {
        ServiceRequest request = storeRequest(T0);
        Case c = read(() -> storage.cases().find(request.caseIds().get(0))).orElseThrow();
        c.escalate(request.id(), "helpdesk@partner.example", T0.plusSeconds(1));
        writeVoid(() -> storage.cases().update(c));

        Case found = read(() -> storage.cases().find(c.id())).orElseThrow();
        assertThat(found.status()).isEqualTo(CaseStatus.ESCALATED);
        assertThat(found.serviceRequestId()).contains(request.id());
    }

    private void submit(ServiceRequest request, String number, Optional<ServiceRequestStatus> then) {
        ServiceRequest loaded = read(() -> storage.requests().find(request.id())).orElseThrow();
        loaded.submitted(number, request.createdAt().plusSeconds(30));
        then.ifPresent(s -> loaded.statusFromVendor(s, request.createdAt().plusSeconds(3600)));
        writeVoid(() -> storage.requests().update(loaded));
    }

    /** Every field of a service request, one by one. */
    protected static void assertSameRequest(ServiceRequest actual, ServiceRequest expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.customer()).isEqualTo(expected.customer());
        assertThat(actual.caseIds()).containsExactlyElementsOf(expected.caseIds());
        assertThat(actual.clusterId()).isEqualTo(expected.clusterId());
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.description()).isEqualTo(expected.description());
        assertThat(actual.severity()).isEqualTo(expected.severity());
        assertThat(actual.supportTopic()).isEqualTo(expected.supportTopic());
        assertThat(actual.countryCode()).isEqualTo(expected.countryCode());
        assertThat(actual.primaryContact()).isEqualTo(expected.primaryContact());
        assertThat(actual.organization()).isEqualTo(expected.organization());
        assertThat(actual.createdAt()).isEqualTo(expected.createdAt());
        assertThat(actual.status()).isEqualTo(expected.status());
        assertThat(actual.vendorRequestNumber()).isEqualTo(expected.vendorRequestNumber());
        assertThat(actual.submittedAt()).isEqualTo(expected.submittedAt());
        assertThat(actual.firstResponseAt()).isEqualTo(expected.firstResponseAt());
        assertThat(actual.lastClosedAt()).isEqualTo(expected.lastClosedAt());
        assertThat(actual.lastModifiedAt()).isEqualTo(expected.lastModifiedAt());
        assertThat(actual.notes()).isEqualTo(expected.notes());
        assertThat(actual.version()).isEqualTo(expected.version());
    }
}
