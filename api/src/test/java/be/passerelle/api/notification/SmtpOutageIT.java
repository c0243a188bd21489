package be.passerelle.api.notification;

import static be.passerelle.api.DemoTenant.VLA;
import static be.passerelle.api.DemoTenant.WAL;
import static be.passerelle.api.ReferralFixtures.aReferral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.passerelle.api.ApiIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Mails are never lost, and a duplicate is the identical mail: SMTP is cut (the shared {@link
 * SmtpRelay} the API's mails go through) while referrals change, then restored; and the server's
 * reply to an accepted message is lost. The figures are printed for the note.
 */
class SmtpOutageIT extends ApiIntegrationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void every_mail_of_changes_made_while_smtp_is_down_arrives_once_it_is_back() {
        SmtpRelay relay = SmtpRelay.shared();
        List<String> ids = new ArrayList<>();
        List<String> references = new ArrayList<>();
        relay.cut();
        try {
            int refusedBefore = relay.refused();
            String vla = tokenOf(VLA.agent());
            for (int i = 0; i < 4; i++) {
                Response created = submit(aReferral().from(WAL).to(VLA));
                assertThat(created.status()).isEqualTo(201);
                String id = created.json().path("id").asString();
                ids.add(id);
                references.add(created.json().path("reference").asString());
                assertThat(send("POST", "/api/v1/referrals/" + id + "/acknowledge", vla, null, null)
                                .status())
                        .isEqualTo(200);
            }
            // the worker expanded the events and tried: SMTP refused it
            await().atMost(PATIENCE)
                    .until(() ->
                            relay.refused() > refusedBefore && expected(ids).size() >= 8);
            await().atMost(PATIENCE).until(() -> !failedAttempts(ids).isEmpty());
            assertThat(references.stream()
                            .mapToInt(r -> Mailbox.about(r).size())
                            .sum())
                    .isZero();
        } finally {
            relay.restore();
        }
        Set<String> expected = expected(ids);
        await().atMost(PATIENCE).until(() -> delivered(references).keySet().containsAll(expected));
        Map<String, List<Mailbox.Mail>> delivered = delivered(references);
        int copies = delivered.values().stream().mapToInt(List::size).sum();
        boolean identical = delivered.values().stream().allMatch(SmtpOutageIT::identical);
        System.out.printf(
                "SMTP outage: mails expected %d, delivered %d, duplicates %d, duplicates identical: %s%n",
                expected.size(), delivered.size(), copies - delivered.size(), identical);
        assertThat(delivered.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(identical).isTrue();
    }

    @Test
    void a_mail_whose_acceptance_was_not_heard_is_sent_again_identical() {
        SmtpRelay relay = SmtpRelay.shared();
        String reference;
        String id;
        int lostBefore = relay.lostReplies();
        relay.cut();
        try {
            Response created = submit(aReferral().from(WAL).to(VLA));
            assertThat(created.status()).isEqualTo(201);
            reference = created.json().path("reference").asString();
            id = created.json().path("id").asString();
            relay.loseReplyToMessageContaining(reference);
        } finally {
            relay.restore();
        }
        List<String> ids = List.of(id);
        await().atMost(PATIENCE).until(() -> relay.lostReplies() > lostBefore);
        Set<String> expected = expected(ids);
        await().atMost(PATIENCE)
                .until(() -> delivered(List.of(reference)).values().stream()
                                .mapToInt(List::size)
                                .sum()
                        > expected.size());
        await().atMost(PATIENCE)
                .until(() -> failedAttempts(ids).isEmpty() && pending(ids).isEmpty());
        Map<String, List<Mailbox.Mail>> delivered = delivered(List.of(reference));
        int copies = delivered.values().stream().mapToInt(List::size).sum();
        boolean identical = delivered.values().stream().allMatch(SmtpOutageIT::identical);
        List<String> stored = Sql.query(
                "select encode(m.message, 'base64') from notification_mails m join notification_deliveries d"
                        + " on d.mail_id = m.id where d.referral_id = ?::uuid",
                id);
        boolean asStored = delivered.values().stream()
                .flatMap(List::stream)
                .allMatch(mail -> stored.stream()
                        .anyMatch(s -> withoutServerHeaders(mail.raw())
                                .equals(withoutFinalLineBreak(new String(
                                        java.util.Base64.getMimeDecoder().decode(s),
                                        java.nio.charset.StandardCharsets.ISO_8859_1)))));
        if (!asStored && !stored.isEmpty()) {
            String want = new String(
                    java.util.Base64.getMimeDecoder().decode(stored.get(0)),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            String got = withoutServerHeaders(
                    delivered.values().iterator().next().get(0).raw());
            int at = 0;
            while (at < Math.min(want.length(), got.length()) && want.charAt(at) == got.charAt(at)) {
                at++;
            }
            System.out.printf(
                    "stored %d chars, received %d, first difference at %d: stored [%s] received [%s]%n",
                    want.length(),
                    got.length(),
                    at,
                    escape(want.substring(Math.max(0, at - 40), Math.min(want.length(), at + 40))),
                    escape(got.substring(Math.max(0, at - 40), Math.min(got.length(), at + 40))));
        }
        System.out.printf(
                "Lost SMTP reply: mails expected %d, delivered %d, duplicates %d, duplicates identical: %s,"
                        + " byte for byte as stored: %s%n",
                expected.size(), delivered.size(), copies - delivered.size(), identical, asStored);
        assertThat(delivered.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(copies).isGreaterThan(delivered.size());
        assertThat(identical).isTrue();
        assertThat(asStored).isTrue();
    }

    /** The line break that ends a message is SMTP's (the CRLF of CRLF.CRLF): the server keeps the message without it. */
    private static String withoutFinalLineBreak(String message) {
        return message.endsWith("\r\n") ? message.substring(0, message.length() - 2) : message;
    }

    private static String escape(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }

    /** The Message-IDs of the immediate mails stored for the referrals. */
    private static Set<String> expected(List<String> referrals) {
        Set<String> ids = new HashSet<>();
        for (String referral : referrals) {
            for (String mail : Sql.query(
                    "select mail_id::text from notification_deliveries where referral_id = ?::uuid and mail_id is not null",
                    referral)) {
                ids.add(mail);
            }
        }
        return ids;
    }

    private static List<String> failedAttempts(List<String> referrals) {
        List<String> failed = new ArrayList<>();
        for (String referral : referrals) {
            failed.addAll(Sql.query(
                    "select m.id::text from notification_mails m join notification_deliveries d on d.mail_id = m.id"
                            + " where d.referral_id = ?::uuid and m.attempts > 0 and m.status = 'PENDING'",
                    referral));
        }
        return failed;
    }

    private static List<String> pending(List<String> referrals) {
        List<String> pending = new ArrayList<>();
        for (String referral : referrals) {
            pending.addAll(Sql.query(
                    "select m.id::text from notification_mails m join notification_deliveries d on d.mail_id = m.id"
                            + " where d.referral_id = ?::uuid and m.status = 'PENDING'",
                    referral));
        }
        return pending;
    }

    /** The received copies per mail id (from the Message-ID {@code <mail id@domain>}). */
    private static Map<String, List<Mailbox.Mail>> delivered(List<String> references) {
        Map<String, List<Mailbox.Mail>> byId = new HashMap<>();
        for (String reference : references) {
            for (Mailbox.Mail mail : Mailbox.about(reference)) {
                String id = mail.messageId().substring(1, mail.messageId().indexOf('@'));
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(mail);
            }
        }
        return byId;
    }

    private static boolean identical(List<Mailbox.Mail> copies) {
        String first = withoutServerHeaders(copies.get(0).raw());
        return copies.stream().allMatch(copy -> withoutServerHeaders(copy.raw()).equals(first));
    }

    /** The message as the client sent it: without the trace headers the receiving server adds. */
    static String withoutServerHeaders(byte[] raw) {
        String text = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
        StringBuilder kept = new StringBuilder();
        boolean skipping = false;
        int bodyStart = text.indexOf("\r\n\r\n");
        for (String line : text.substring(0, bodyStart + 2).split("\r\n")) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                if (!skipping) {
                    kept.append(line).append("\r\n");
                }
                continue;
            }
            skipping = line.regionMatches(true, 0, "Received:", 0, 9)
                    || line.regionMatches(true, 0, "Return-Path:", 0, 12);
            if (!skipping) {
                kept.append(line).append("\r\n");
            }
        }
        return kept + text.substring(bodyStart + 2);
    }
}
