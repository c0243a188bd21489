package be.passerelle.core.referral;

import static be.passerelle.core.testing.Staff.caseworkerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.audit.AuditEntry;
import be.passerelle.core.shared.AccessDenied;
import be.passerelle.core.shared.ApiScope;
import be.passerelle.core.shared.BusinessRuleViolation;
import be.passerelle.core.shared.NotFound;
import be.passerelle.core.shared.Role;
import be.passerelle.core.shared.TenantId;
import be.passerelle.core.shared.TenantSlug;
import be.passerelle.core.tenant.ApiClientCredentials;
import be.passerelle.core.tenant.IdentityProvisioning;
import be.passerelle.core.tenant.NewStaffMember;
import be.passerelle.core.tenant.RotatedSecret;
import be.passerelle.core.tenant.StaffMember;
import be.passerelle.core.testing.DirectUnitOfWork;
import be.passerelle.core.testing.Staff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssignReferralTest {
    private final ReferralDesk desk = new ReferralDesk();
    private final Referral referral = desk.referred(desk.wal, desk.nrj);
    private final Directory directory = new Directory();
    private final Assignments assignments = new Assignments();
    private final AssignReferral assign =
            new AssignReferral(new DirectUnitOfWork(), desk.referrals, assignments, directory, desk.audit, desk.clock);

    AssignReferralTest() {
        directory.add(desk.nrj.slug(), member("ann", "Ann", "Peeters", Set.of(Role.CASEWORKER), true));
        directory.add(desk.nrj.slug(), member("bob", "", null, Set.of(Role.TENANT_ADMIN), true));
        directory.add(desk.nrj.slug(), member("cid", "Cid", "Off", Set.of(Role.CASEWORKER), false));
        directory.add(desk.nrj.slug(), member("dan", "Dan", "Bot", Set.of(Role.INTEGRATION), true));
        directory.add(desk.wal.slug(), member("eve", "Eve", "Wal", Set.of(Role.CASEWORKER), true));
    }

    @Test
    void assign_reassign_and_unassign_go_on_the_private_history_and_in_the_audit_trail() {
        int outboxBefore = desk.outbox.events().size();

        Assignment first = assign.assign(caseworkerOf(desk.nrj), referral.id(), "ann");
        assertThat(first.assignee()).isEqualTo(new Assignment.Assignee("ann", "Ann Peeters"));
        assertThat(first.assignedBy()).isEqualTo("caseworker");
        assertThat(first.assignedAt()).isEqualTo(desk.clock.instant());
        Assignment second = assign.assign(caseworkerOf(desk.nrj), referral.id(), "bob");
        assertThat(second.assignee().name()).as("no name: the user name").isEqualTo("bob-user");
        assign.unassign(caseworkerOf(desk.nrj), referral.id());
        assign.unassign(caseworkerOf(desk.nrj), referral.id());

        assertThat(assignments.history)
                .extracting(AssignmentChange::kind)
                .containsExactly(
                        AssignmentChange.Kind.ASSIGN, AssignmentChange.Kind.REASSIGN, AssignmentChange.Kind.UNASSIGN);
        assertThat(assignments.history).allSatisfy(change -> {
            assertThat(change.tenant()).isEqualTo(desk.nrj.id());
            assertThat(change.state()).isEqualTo(ReferralState.SENT);
        });
        assertThat(desk.audit.entries())
                .extracting(AuditEntry::action)
                .endsWith("referral.assigned", "referral.reassigned", "referral.unassigned");
        assertThat(desk.audit.entries().get(desk.audit.entries().size() - 1).tenant())
                .contains(desk.nrj.id());
        assertThat(desk.outbox.events())
                .as("no webhook: they reach both parties")
                .hasSize(outboxBefore);
        assertThat(assignments.find(desk.nrj.id(), referral.id())).isEmpty();
    }

    @Test
    void assigning_to_the_current_assignee_records_nothing() {
        assign.assign(caseworkerOf(desk.nrj), referral.id(), "ann");
        assign.assign(caseworkerOf(desk.nrj), referral.id(), "ann");

        assertThat(assignments.history).hasSize(1);
    }

    @Test
    void each_party_assigns_on_its_own_side() {
        assign.assign(caseworkerOf(desk.nrj), referral.id(), "ann");
        assign.assign(caseworkerOf(desk.wal), referral.id(), "eve");

        assertThat(assignments
                        .find(desk.nrj.id(), referral.id())
                        .orElseThrow()
                        .assignee()
                        .id())
                .isEqualTo("ann");
        assertThat(assignments
                        .find(desk.wal.id(), referral.id())
                        .orElseThrow()
                        .assignee()
                        .id())
                .isEqualTo("eve");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cid", "dan", "eve", "nobody"})
    void only_an_enabled_caseworker_or_admin_of_the_callers_institution_is_assignable(String assignee) {
        assertThatThrownBy(() -> assign.assign(caseworkerOf(desk.nrj), referral.id(), assignee))
                .isInstanceOfSatisfying(
                        BusinessRuleViolation.class, e -> assertThat(e.field()).contains("assigneeId"));
        assertThat(assignments.history).isEmpty();
    }

    @Test
    void another_institution_gets_not_found_and_a_network_admin_access_denied() {
        assertThatThrownBy(() -> assign.assign(caseworkerOf(desk.fed), referral.id(), "ann"))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> assign.unassign(caseworkerOf(desk.fed), referral.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> assign.assignableStaff(caseworkerOf(desk.fed), referral.id()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> assign.assign(Staff.networkAdmin(), referral.id(), "ann"))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void the_assignable_staff_are_the_enabled_caseworkers_and_admins_by_name() {
        assertThat(assign.assignableStaff(caseworkerOf(desk.nrj), referral.id()))
                .containsExactly(
                        new Assignment.Assignee("ann", "Ann Peeters"), new Assignment.Assignee("bob", "bob-user"));
    }

    @Test
    void a_decline_without_a_code_is_other_and_a_code_is_kept_on_the_timeline() {
        Referral coded = desk.referred(desk.wal, desk.nrj);
        desk.change.apply(
                caseworkerOf(desk.nrj),
                coded.id(),
                new ChangeReferralState.Decline("hors compétence", Optional.empty(), DeclineReason.NOT_COMPETENT),
                Optional.empty());
        desk.change.apply(
                caseworkerOf(desk.nrj),
                referral.id(),
                new ChangeReferralState.Decline("déjà traité", Optional.empty()),
                Optional.empty());

        assertThat(desk.timeline.appendedTo(coded.id()).get(1).reasonCode()).contains(DeclineReason.NOT_COMPETENT);
        assertThat(desk.timeline.appendedTo(referral.id()).get(1).reasonCode()).contains(DeclineReason.OTHER);
        assertThat(desk.timeline.appendedTo(referral.id()).get(0).reasonCode()).isEmpty();
    }

    private static StaffMember member(String id, String first, String last, Set<Role> roles, boolean enabled) {
        return new StaffMember(id, id + "-user", id + "@example.org", first, last, roles, enabled);
    }

    /** The assignments and their history, per (tenant, referral). */
    private static final class Assignments implements ReferralAssignments {
        private final Map<List<Object>, Assignment> current = new HashMap<>();
        final List<AssignmentChange> history = new ArrayList<>();

        @Override
        public Optional<Assignment> find(TenantId tenant, UUID referralId) {
            return Optional.ofNullable(current.get(List.of(tenant, referralId)));
        }

        @Override
        public void assign(TenantId tenant, UUID referralId, Assignment assignment) {
            current.put(List.of(tenant, referralId), assignment);
        }

        @Override
        public boolean unassign(TenantId tenant, UUID referralId) {
            return current.remove(List.of(tenant, referralId)) != null;
        }

        @Override
        public void record(AssignmentChange change) {
            history.add(change);
        }
    }

    /** The staff of each tenant; nothing else of the identity provider is used. */
    private static final class Directory implements IdentityProvisioning {
        private final Map<TenantSlug, List<StaffMember>> staff = new HashMap<>();

        void add(TenantSlug tenant, StaffMember member) {
            staff.computeIfAbsent(tenant, t -> new ArrayList<>()).add(member);
        }

        @Override
        public List<StaffMember> members(TenantSlug tenant) {
            return List.copyOf(staff.getOrDefault(tenant, List.of()));
        }

        @Override
        public Optional<StaffMember> member(TenantSlug tenant, String userId) {
            return members(tenant).stream().filter(m -> m.id().equals(userId)).findFirst();
        }

        @Override
        public void ensureOrganization(TenantSlug tenant, String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteOrganization(TenantSlug tenant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean emailInUse(String email) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StaffMember invite(TenantSlug tenant, NewStaffMember member) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteAccount(String userId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public StaffMember change(TenantSlug tenant, String userId, Set<Role> roles, boolean enabled) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(TenantSlug tenant, String userId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ApiClientCredentials createApiClient(TenantSlug tenant, String name, Set<ApiScope> scopes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteApiClient(TenantSlug tenant, String clientId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void ensureApiScopes() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void grantApiScopes(TenantSlug tenant, String clientId, Set<ApiScope> scopes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RotatedSecret rotateApiClientSecret(TenantSlug tenant, String clientId, Duration grace) {
            throw new UnsupportedOperationException();
        }
    }
}
