package be.passerelle.api.notification;

import static be.passerelle.api.DemoTenant.FED;
import static be.passerelle.api.DemoTenant.NRJ;
import static be.passerelle.api.DemoTenant.VLA;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aForward;
import static be.passerelle.api.ReferralFixtures.aMessage;
import static be.passerelle.api.ReferralFixtures.aReason;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static be.passerelle.api.ReferralFixtures.anAttachmentName;
import static be.passerelle.api.ReferralFixtures.closedAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.passerelle.api.ApiIntegrationTest;
import be.passerelle.api.ReferralFixtures.ReferralBuilder;
import be.passerelle.core.notification.MailContent;
import be.passerelle.core.notification.MailTransport;
import be.passerelle.core.notification.NotificationKind;
import be.passerelle.core.notification.NotifyStaff;
import be.passerelle.core.notification.QueuedMail;
import be.passerelle.infra.testing.PersonalDataMarkers;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No personal data in a mail, end to end (issue #19, SPEC §8): every personal field holds a marked
 * value (citizen, summary, messages, decline and withdrawal reasons, forward note, attachment name),
 * every event kind is driven (through the API; the deadline scans' and the suspension's events as
 * they record them), a digest is sent, and every mail GreenMail received for these referrals is
 * scanned, headers and decoded parts, for the markers. The scan is shown to catch a leaking template.
 */
class PersonalDataInMailsIT extends ApiIntegrationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    NotifyStaff notifyStaff;

    @Autowired
    MailTransport transport;

    @Test
    void no_mail_of_any_kind_holds_a_personal_value() throws Exception {
        String wal = tokenOf(WAL.agent());
        String vla = tokenOf(VLA.agent());
        String nrj = tokenOf(NRJ.agent());
        List<String> ids = new ArrayList<>();
        Set<String> references = new LinkedHashSet<>();
        String agent = MailNotificationsIT.userId(WAL.agent());
        UUID walId = Sql.tenantId(WAL.slug());
        try {
            // the sender's agent reads acknowledgements in her digest
            MailNotificationsIT.preference(agent, walId, "ACKNOWLEDGED", "DAILY_DIGEST");
            // WAL → VLA: messages both ways, an attachment, acknowledged, accepted, closed
            String first = create(aReferral().from(WAL).to(VLA), ids, references);
            upload(wal, first, anAttachmentName("invoice"));
            post(vla, first, "messages", aMessage(), 201);
            post(wal, first, "messages", aMessage(), 201);
            post(vla, first, "acknowledge", null, 200);
            post(vla, first, "accept", null, 200);
            post(vla, first, "close", closedAs("RESOLVED"), 200);
            // WAL → NRJ declined with a reason; WAL → NRJ withdrawn with a reason
            String declined = create(aReferral().from(WAL).to(NRJ), ids, references);
            post(nrj, declined, "decline", aReason(), 200);
            String withdrawn = create(aReferral().from(WAL).to(NRJ), ids, references);
            post(wal, withdrawn, "withdraw", aReason(), 200);
            // WAL → VLA forwarded to FED with a note; the chained referral too
            String forwarded = create(aReferral().from(WAL).to(VLA), ids, references);
            post(vla, forwarded, "forward", aForward().to(FED).toString(), 200);
            String chained = Sql.query("select forwarded_to::text from referrals where id = ?::uuid", forwarded)
                    .get(0);
            ids.add(chained);
            references.addAll(Sql.query("select public_reference from referrals where id = ?::uuid", chained));
            // the suspension and the deadline scans' events
            String late = create(aReferral().from(WAL).to(NRJ), ids, references);
            MailNotificationsIT.Deadlines.record(late, NRJ, "referral.receiver_suspended", WAL);
            MailNotificationsIT.Deadlines.record(late, NRJ, "referral.due_soon", NRJ);
            MailNotificationsIT.Deadlines.record(late, NRJ, "referral.overdue", NRJ);
            MailNotificationsIT.Deadlines.record(late, NRJ, "referral.escalated", NRJ);

            for (String id : ids) {
                MailNotificationsIT.awaitExpanded(id, 1);
            }
            notifyStaff.digest(MailNotificationsIT.eightInBrussels(
                    MailNotificationsIT.nextWorkingDayAfter(MailNotificationsIT.nextDay(java.time.DayOfWeek.SUNDAY))));
            await().atMost(PATIENCE)
                    .until(() -> Sql.query(
                                    "select id from notification_mails where status = 'PENDING' and kind = 'DIGEST'")
                            .isEmpty());
        } finally {
            Sql.inTenant(walId, "delete from notification_preferences where user_id = ?", agent);
        }

        List<Mailbox.Mail> mails = new ArrayList<>();
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        boolean digest = false;
        for (Mailbox.Mail mail : Mailbox.all()) {
            if (references.stream().anyMatch(mail.everything()::contains)) {
                mails.add(mail);
                digest |= mail.subject().contains("résumé");
            }
        }
        for (String kind : Sql.query(
                "select distinct kind from notification_deliveries where referral_id = any (?::uuid[])",
                (Object) ids.toArray(String[]::new))) {
            kinds.add(NotificationKind.valueOf(kind));
        }
        System.out.printf(
                "Personal data in mails: %d mails scanned for %d referrals, kinds %s, a digest: %s%n",
                mails.size(), references.size(), kinds, digest);
        assertThat(kinds).containsExactlyInAnyOrder(NotificationKind.values());
        assertThat(digest).isTrue();
        assertThat(PersonalDataScan.leaks(mails)).isEmpty();
    }

    @Test
    void the_scan_finds_a_value_a_leaking_template_put_in_a_header_or_an_encoded_part() throws Exception {
        String name = PersonalDataMarkers.marked("Dupont");
        String reference = "LEAK-" + UUID.randomUUID();
        // what a template naming the citizen would produce: in the subject (encoded: non-ASCII) and deep in a
        // long line of the body (quoted-printable soft line breaks cut the raw text)
        UUID mailId = UUID.randomUUID();
        byte[] leaking = transport.compose(new MailContent(
                mailId,
                "vla-agent@vlaamse-ombudsdienst.passerelle.test",
                "fr",
                "[Passerelle] " + reference + " : dossier de Mme " + name + " — réception",
                "Référence : " + reference + "\n" + "é".repeat(70) + " la citoyenne " + name + " conteste\n",
                Instant.now()));
        transport.send(new QueuedMail(mailId, "TEST", 0, leaking));
        List<Mailbox.Mail> received =
                await().atMost(PATIENCE).until(() -> Mailbox.about(reference), mails -> !mails.isEmpty());

        assertThat(new String(leaking, StandardCharsets.ISO_8859_1)).doesNotContain(name);
        assertThat(PersonalDataScan.leaks(received)).hasSize(2);
    }

    private String create(ReferralBuilder referral, List<String> ids, Set<String> references) {
        Response created = submit(referral);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        ids.add(created.json().path("id").asString());
        references.add(created.json().path("reference").asString());
        return created.json().path("id").asString();
    }

    private void post(String token, String id, String action, String body, int status) {
        Response response = send(
                "POST",
                "/api/v1/referrals/" + id + "/" + action,
                token,
                body == null ? null : "application/json",
                body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(status);
    }

    private void upload(String token, String id, String fileName) throws Exception {
        String boundary = "----passerelle" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write("%PDF-1.7\n%%EOF".getBytes(StandardCharsets.ISO_8859_1));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = request("/api/v1/referrals/" + id + "/attachments", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
