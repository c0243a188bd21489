package be.passerelle.api.notification;

import static be.passerelle.api.DemoTenant.FED;
import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.VLA;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aForward;
import static be.passerelle.api.ReferralFixtures.aMessage;
import static be.passerelle.api.ReferralFixtures.aReason;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static be.passerelle.api.ReferralFixtures.closedAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.api.DemoTenant;
import be.passerelle.api.ReferralFixtures.ReferralBuilder;
import be.passerelle.core.notification.NotifyStaff;
import be.passerelle.core.notification.StaffDirectory;
import be.passerelle.core.referral.BelgianCalendar;
import be.passerelle.infra.keycloak.KeycloakStaffDirectory;
import java.net.http.HttpRequest;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The staff's mails (issue #19) as the real SMTP server (the shared GreenMail) receives them: who gets
 * which kind, in which language, with which facts and link; preferences (never, daily digest); the
 * intake-address and admin fallbacks of a referral nobody would hear of; assignment.
 */
class MailNotificationsIT extends ApiIntegrationTest {
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final String WEB = "http://localhost:8081";

    @Autowired
    NotifyStaff notifyStaff;

    @Autowired
    StaffDirectory staffDirectory;

    /**
     * nrj-agent chose German in Keycloak (her institution's first language is French); fed-agent chose
     * English in the dev realm. The others read their institution's first language.
     */
    @BeforeEach
    void nrjAgentReadsGerman() {
        if (!germanSet) {
            keycloak().setLocale(NRJ.agent(), "de");
            ((KeycloakStaffDirectory) staffDirectory).forget();
            germanSet = true;
        }
    }

    @AfterAll
    static void nrjAgentAsInTheRealm() {
        if (germanSet) {
            keycloak().setLocale(NRJ.agent(), null);
            germanSet = false;
        }
    }

    private static boolean germanSet;

    @Test
    void a_received_referral_is_mailed_to_the_receivers_caseworker_in_her_institutions_language_with_the_link() {
        Created referral = create(aReferral().from(WAL).to(VLA));

        Mailbox.Mail mail = awaitMail(referral.reference(), address(VLA.agent()));

        assertThat(mail.language()).isEqualTo("nl");
        assertThat(mail.subject())
                .isEqualTo("[Passerelle] " + referral.reference()
                        + ": nieuw dossier van Ombudsman van Wallonië en de Federatie Wallonië-Brussel");
        assertThat(mail.text())
                .contains("Uw instelling heeft een nieuw dossier ontvangen")
                .contains("Referentie: " + referral.reference())
                .contains("Van: Ombudsman van Wallonië en de Federatie Wallonië-Brussel")
                .contains("Termijn: " + dutchDate(referral.dueAt()))
                .contains(WEB + "/referrals/" + referral.id() + "\n")
                .doesNotContain("token", "code=");
        assertThat(mail.messageId()).matches("<[0-9a-f-]{36}@passerelle\\.invalid>");
    }

    @Test
    void every_kind_reaches_the_party_concerned_in_its_language() {
        // WAL → VLA: the receiver's caseworker reads Dutch (VLA's language), the sender's French (WAL's first one)
        Created first = create(aReferral().from(WAL).to(VLA));
        String vla = tokenOf(VLA.agent());
        String wal = tokenOf(WAL.agent());
        assertThat(post(vla, first.id(), "messages", aMessage())).isEqualTo(201);
        assertThat(post(wal, first.id(), "messages", aMessage())).isEqualTo(201);
        assertThat(post(vla, first.id(), "acknowledge", null)).isEqualTo(200);
        assertThat(post(vla, first.id(), "accept", null)).isEqualTo(200);
        assertThat(post(vla, first.id(), "close", closedAs("PARTLY_RESOLVED"))).isEqualTo(200);
        // FED → NRJ, declined: the receiver's caseworker reads German, the sender's English
        Created declined = create(aReferral().from(FED).to(NRJ));
        assertThat(post(tokenOf(NRJ.agent()), declined.id(), "decline", aReason()))
                .isEqualTo(200);
        // NRJ → FED, withdrawn
        Created withdrawn = create(aReferral().from(NRJ).to(FED));
        assertThat(post(tokenOf(NRJ.agent()), withdrawn.id(), "withdraw", aReason()))
                .isEqualTo(200);
        // VLA → WAL, forwarded by WAL to FED
        Created forwarded = create(aReferral().from(VLA).to(WAL));
        Response forward = send(request("/api/v1/referrals/" + forwarded.id() + "/forward", wal)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(aForward().to(FED).toString()))
                .build());
        assertThat(forward.status()).isEqualTo(200);
        String chainedReference = Sql.query(
                        "select c.public_reference from referrals r join referrals c on c.id = r.forwarded_to where r.id = ?::uuid",
                        forwarded.id())
                .get(0);
        // WAL → NRJ: what the network and the deadline scans record
        Created late = create(aReferral().from(WAL).to(NRJ));
        Deadlines.record(late.id(), NRJ, "referral.receiver_suspended", WAL);
        Deadlines.record(late.id(), NRJ, "referral.due_soon", NRJ);
        Deadlines.record(late.id(), NRJ, "referral.overdue", NRJ);
        Deadlines.record(late.id(), NRJ, "referral.escalated", NRJ);

        expect(first, VLA.agent(), "nl", "nieuw dossier van Ombudsman van Wallonië");
        expect(first, WAL.agent(), "fr", "nouveau message de Service de médiation flamand");
        expect(first, VLA.agent(), "nl", "nieuw bericht van Ombudsman van Wallonië");
        expect(first, WAL.agent(), "fr", "réception accusée par Service de médiation flamand");
        expect(first, WAL.agent(), "fr", "accepté par Service de médiation flamand");
        Mailbox.Mail closed = expect(first, WAL.agent(), "fr", "clôturé par Service de médiation flamand");
        assertThat(closed.text()).contains("Résultat : partiellement résolu.");
        expect(declined, NRJ.agent(), "de", "neue Akte von Der Föderale Ombudsmann");
        Mailbox.Mail decline = expect(declined, FED.agent(), "en", "declined by Energy Ombudsman");
        assertThat(decline.text()).contains("Reason: other reason.");
        expect(withdrawn, FED.agent(), "en", "new referral from Energy Ombudsman");
        expect(withdrawn, FED.agent(), "en", "referral withdrawn by Energy Ombudsman");
        expect(forwarded, WAL.agent(), "fr", "nouveau dossier de Service de médiation flamand");
        Mailbox.Mail forwarding = expect(forwarded, VLA.agent(), "nl", "doorgestuurd door Ombudsman van Wallonië");
        assertThat(forwarding.text()).contains("doorgestuurd naar De federale Ombudsman.");
        Mailbox.Mail chained = awaitMail(chainedReference, address(FED.agent()));
        assertThat(chained.subject()).contains("new referral from Ombudsman of Wallonia");
        expect(late, NRJ.agent(), "de", "neue Akte von Ombudsmann der Wallonischen Region");
        expect(late, WAL.agent(), "fr", "suspendu du réseau");
        expect(late, NRJ.agent(), "de", "Empfang bis");
        expect(late, NRJ.agent(), "de", "Empfangsbestätigung überfällig");
        expect(late, NRJ.admin(), "fr", "toujours pas d'accusé de réception");

        // nothing went to the other party or twice to anyone
        for (Created referral : List.of(first, declined, withdrawn, forwarded, late)) {
            List<Mailbox.Mail> mails = Mailbox.about(referral.reference());
            assertThat(mails).extracting(Mailbox.Mail::messageId).doesNotHaveDuplicates();
        }
        assertThat(Mailbox.about(first.reference())).hasSize(6);
        assertThat(Mailbox.about(late.reference())).hasSize(5);
    }

    @Test
    void never_is_never_mailed_and_the_daily_digest_goes_out_at_eight_on_working_days_only() {
        String agent = userId(VLA.agent());
        UUID vla = Sql.tenantId(VLA.slug());
        try {
            preference(agent, vla, "RECEIVED", "DAILY_DIGEST");
            preference(agent, vla, "WITHDRAWN", "DAILY_DIGEST");
            preference(agent, vla, "MESSAGE_FROM_SENDER", "NEVER");
            Created referral = create(aReferral().from(WAL).to(VLA));
            String wal = tokenOf(WAL.agent());
            assertThat(post(wal, referral.id(), "messages", aMessage())).isEqualTo(201);
            assertThat(post(wal, referral.id(), "withdraw", aReason())).isEqualTo(200);
            awaitExpanded(referral.id(), 3);
            assertThat(Mailbox.about(referral.reference())).isEmpty();

            LocalDate saturday = nextDay(DayOfWeek.SATURDAY);
            assertThat(notifyStaff.digest(eightInBrussels(saturday))).isZero();
            LocalDate working = nextWorkingDayAfter(saturday);
            assertThat(notifyStaff.digest(eightInBrussels(working))).isPositive();

            Mailbox.Mail digest = await().atMost(PATIENCE)
                    .until(
                            () -> Mailbox.naming(referral.reference()).stream()
                                    .filter(m -> m.to(address(VLA.agent())))
                                    .toList(),
                            mails -> mails.size() == 1)
                    .get(0);
            assertThat(digest.language()).isEqualTo("nl");
            assertThat(digest.subject()).startsWith("[Passerelle] Uw dagelijks overzicht van");
            assertThat(digest.text())
                    .contains(referral.reference() + " — Nieuw dossier")
                    .contains(referral.reference() + " — Ingetrokken")
                    .contains(WEB + "/referrals/" + referral.id())
                    .doesNotContain("Nieuw bericht");
            // a second run the same day sends nothing more
            notifyStaff.digest(eightInBrussels(working).plusSeconds(60));
            assertThat(Mailbox.naming(referral.reference())).hasSize(1);
        } finally {
            Sql.inTenant(vla, "delete from notification_preferences where user_id = ?", agent);
        }
    }

    @Test
    void a_referral_nobody_would_hear_of_goes_to_the_confirmed_intake_address_else_to_the_admins() {
        String agent = userId(VLA.agent());
        UUID vla = Sql.tenantId(VLA.slug());
        String intake = "intake-" + UUID.randomUUID() + "@vlaamse-ombudsdienst.passerelle.test";
        List<String> before = Sql.query(
                "select concat_ws('|', intake_address, intake_address_confirmed_at) from tenant_notification_settings where tenant_id = ?",
                vla);
        try {
            preference(agent, vla, "RECEIVED", "NEVER");
            Sql.system("""
                    insert into tenant_notification_settings (tenant_id, intake_address, intake_address_confirmed_at, updated_at)
                    values (?, ?, now(), now())
                    on conflict (tenant_id) do update set intake_address = excluded.intake_address,
                        intake_address_confirmed_at = excluded.intake_address_confirmed_at
                    """, vla, intake);
            Created confirmed = create(aReferral().from(FED).to(VLA));
            Mailbox.Mail toIntake = awaitMail(confirmed.reference(), intake);
            assertThat(toIntake.language()).isEqualTo("nl");

            Sql.system(
                    "update tenant_notification_settings set intake_address_confirmed_at = null where tenant_id = ?",
                    vla);
            Created unconfirmed = create(aReferral().from(FED).to(VLA));
            awaitMail(unconfirmed.reference(), address(VLA.admin()));

            awaitExpanded(confirmed.id(), 1);
            awaitExpanded(unconfirmed.id(), 1);
            assertThat(Mailbox.about(confirmed.reference()))
                    .extracting(m -> m.to().get(0))
                    .containsExactly(intake);
            assertThat(Mailbox.about(unconfirmed.reference()))
                    .extracting(m -> m.to().get(0))
                    .containsExactly(address(VLA.admin()));
        } finally {
            Sql.inTenant(vla, "delete from notification_preferences where user_id = ?", agent);
            String[] previous = before.isEmpty() ? new String[] {"", ""} : (before.get(0) + "|").split("\\|", -1);
            Sql.system(
                    "update tenant_notification_settings set intake_address = nullif(?, ''),"
                            + " intake_address_confirmed_at = nullif(?, '')::timestamptz where tenant_id = ?",
                    previous[0],
                    previous[1],
                    vla);
        }
    }

    @Test
    void an_assigned_referral_is_mailed_to_its_assignee_only() {
        Created referral = create(aReferral().from(WAL).to(VLA));
        awaitMail(referral.reference(), address(VLA.agent()));
        UUID vla = Sql.tenantId(VLA.slug());
        Sql.inTenant(
                vla,
                "insert into referral_assignments (referral_id, tenant_id, assignee_id, assignee_name, assigned_by, assigned_at)"
                        + " values (?::uuid, ?, ?, 'VLA admin', 'test', now())",
                referral.id(),
                vla,
                userId(VLA.admin()));
        assertThat(post(tokenOf(WAL.agent()), referral.id(), "messages", aMessage()))
                .isEqualTo(201);

        expect(referral, VLA.admin(), "nl", "nieuw bericht van");
        awaitExpanded(referral.id(), 2);
        assertThat(Mailbox.about(referral.reference()))
                .filteredOn(m -> m.subject().contains("nieuw bericht"))
                .extracting(m -> m.to().get(0))
                .containsExactly(address(VLA.admin()));
    }

    // --- helpers

    record Created(String id, String reference, Instant dueAt) {}

    Created create(ReferralBuilder referral) {
        Response created = submit(referral);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        return new Created(
                body.path("id").asString(),
                body.path("reference").asString(),
                Instant.parse(body.path("dueAt").asString()));
    }

    int post(String token, String id, String action, String body) {
        return send(
                        "POST",
                        "/api/v1/referrals/" + id + "/" + action,
                        token,
                        body == null ? null : "application/json",
                        body)
                .status();
    }

    Mailbox.Mail expect(Created referral, String username, String language, String subjectPart) {
        Mailbox.Mail mail = await().atMost(PATIENCE)
                .until(
                        () -> Mailbox.about(referral.reference()).stream()
                                .filter(m ->
                                        m.to(address(username)) && m.subject().contains(subjectPart))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(mail.language()).as(mail.subject()).isEqualTo(language);
        assertThat(mail.text()).contains(WEB + "/referrals/" + referral.id());
        return mail;
    }

    static Mailbox.Mail awaitMail(String reference, String address) {
        return await().atMost(PATIENCE)
                .until(
                        () -> Mailbox.about(reference).stream()
                                .filter(m -> m.to(address))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** Waits until the worker has expanded at least {@code events} outbox events of the referral. */
    static void awaitExpanded(String referral, int events) {
        await().atMost(PATIENCE)
                .until(() -> Integer.parseInt(Sql.query(
                                        "select count(*) from outbox_events o join notification_events n on n.event_id = o.id"
                                                + " where o.resource_id = ? and not exists (select 1 from outbox_events w"
                                                + " where w.resource_id = ? and w.id not in (select event_id from notification_events))",
                                        referral,
                                        referral)
                                .get(0))
                        >= events);
        await().atMost(PATIENCE)
                .until(() -> Sql.query(
                                "select m.id from notification_mails m join notification_deliveries d on d.mail_id = m.id"
                                        + " where d.referral_id = ?::uuid and m.status = 'PENDING'",
                                referral)
                        .isEmpty());
    }

    static void preference(String user, UUID tenant, String kind, String delivery) {
        Sql.inTenant(tenant, """
                insert into notification_preferences (user_id, event_kind, tenant_id, delivery, updated_at)
                values (?, ?, ?, ?, now())
                on conflict (user_id, event_kind) do update set delivery = excluded.delivery
                """, user, kind, tenant, delivery);
    }

    static String address(String username) {
        String domain = switch (username.substring(0, 3)) {
            case "wal" -> WAL.slug();
            case "nrj" -> NRJ.slug();
            case "fed" -> FED.slug();
            default -> VLA.slug();
        };
        return username + "@" + domain + ".passerelle.test";
    }

    /** The Keycloak id of a demo user (its token's subject). */
    static String userId(String username) {
        String token = tokenOf(username);
        String payload = new String(
                Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(payload).path("sub").asString();
    }

    static String dutchDate(Instant at) {
        return be.passerelle.core.notification.MailTexts.date(at, "nl");
    }

    static Instant eightInBrussels(LocalDate day) {
        return day.atTime(LocalTime.of(8, 0)).atZone(BelgianCalendar.BRUSSELS).toInstant();
    }

    /** A day of that kind at least a week from now, never one an earlier run of the suite used. */
    static LocalDate nextDay(DayOfWeek kind) {
        LocalDate day = LocalDate.now(BelgianCalendar.BRUSSELS).plusDays(7 + (System.nanoTime() % 52) * 7);
        while (day.getDayOfWeek() != kind) {
            day = day.plusDays(1);
        }
        return day;
    }

    static LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!BelgianCalendar.isWorkingDay(next, Optional.empty())) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The outbox events the network (a suspension) and the deadline scans record, as they record them. */
    static final class Deadlines {
        static void record(String referral, DemoTenant tenant, String type, DemoTenant recipient) {
            UUID tenantId = Sql.tenantId(tenant.slug());
            Sql.system(
                    "insert into outbox_events (id, tenant_id, recipients, type, resource_type, resource_id, state, link, occurred_at)"
                            + " values (gen_random_uuid(), ?, array[?::uuid], ?, 'referral', ?, 'SENT', ?, now())",
                    tenantId,
                    Sql.tenantId(recipient.slug()),
                    type,
                    referral,
                    "/api/v1/referrals/" + referral);
            String mark = type.substring("referral.".length()).toUpperCase(java.util.Locale.ROOT);
            if (!type.endsWith("suspended")) {
                Sql.system(
                        "insert into referral_deadline_marks (referral_id, kind, receiver_tenant_id, marked_at)"
                                + " values (?::uuid, ?, ?, now()) on conflict do nothing",
                        referral,
                        mark,
                        tenantId);
            }
        }
    }
}
