package be.passerelle.persistence.referral;

import static be.passerelle.persistence.RawSql.bind;
import static be.passerelle.persistence.RawSql.connect;
import static be.passerelle.persistence.RawSql.insertInto;
import static be.passerelle.persistence.RawSql.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.TestPersistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database wall alone for referrals: plain SQL as the application role, without the
 * application's predicate. A referral, its timeline, its messages and its attachments (with their
 * content segments) are visible to its sender and its receiver, and to no third tenant, whatever
 * the third tenant asks for.
 */
class ReferralRowLevelSecurityIT {
    private static TestPersistence db;
    private static TenantId sender;
    private static TenantId receiver;
    private static TenantId third;
    private static UUID referral;
    private static UUID attachment;

    @BeforeAll
    static void aReferralFromSenderToReceiver() throws SQLException {
        db = TestPersistence.shared();
        sender = db.newTenant("rls-sender");
        receiver = db.newTenant("rls-receiver");
        third = db.newTenant("rls-third");
        referral = UUID.randomUUID();
        attachment = UUID.randomUUID();
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, sender);
            insertReferral(app, referral, sender, receiver);
            insertInto("referral_events")
                    .set("id", UUID.randomUUID())
                    .set("referral_id", referral)
                    .set("sender_tenant_id", sender)
                    .set("receiver_tenant_id", receiver)
                    .set("action", "create")
                    .set("to_state", "SENT")
                    .set("actor_id", "u")
                    .set("actor_name", "u")
                    .set("actor_tenant_id", sender)
                    .set("occurred_at", OffsetDateTime.now())
                    .execute(app);
            insertInto("referral_messages")
                    .set("id", UUID.randomUUID())
                    .set("referral_id", referral)
                    .set("sender_tenant_id", sender)
                    .set("receiver_tenant_id", receiver)
                    .set("author_tenant_id", sender)
                    .set("author_id", "u")
                    .set("author_name", "u")
                    .set("created_at", OffsetDateTime.now())
                    .execute(app);
            insertInto("referral_attachments")
                    .set("id", attachment)
                    .set("referral_id", referral)
                    .set("sender_tenant_id", sender)
                    .set("receiver_tenant_id", receiver)
                    .set("uploader_tenant_id", sender)
                    .set("uploader_id", "u")
                    .set("uploader_name", "u")
                    .set("media_type", "application/pdf")
                    .set("size_bytes", 0)
                    .set("created_at", OffsetDateTime.now())
                    .execute(app);
            insertSegment(app, attachment, 0, sender, receiver, sender);
            app.commit();
        }
    }

    /** Its placeholder ciphertext would not open for the re-encryption test sharing the database. */
    @AfterAll
    static void withoutTheSegment() throws SQLException {
        try (Connection system = connect(db.settings.system())) {
            execute(system, "delete from referral_attachment_segments where attachment_id = '" + attachment + "'");
        }
    }

    @Test
    void the_sender_and_the_receiver_see_the_referral() throws SQLException {
        for (TenantId party : List.of(sender, receiver)) {
            try (Connection app = connect(db.settings.app())) {
                app.setAutoCommit(false);
                bind(app, party);
                assertThat(values(app, "select id from referrals where id = '" + referral + "'"))
                        .containsExactly(referral.toString());
                assertThat(values(app, "select action from referral_events where referral_id = '" + referral + "'"))
                        .containsExactly("create");
                assertThat(values(
                                app, "select author_id from referral_messages where referral_id = '" + referral + "'"))
                        .containsExactly("u");
                assertThat(values(
                                app,
                                "select uploader_id from referral_attachments where referral_id = '" + referral + "'"))
                        .containsExactly("u");
                assertThat(values(
                                app,
                                "select segment from referral_attachment_segments where attachment_id = '" + attachment
                                        + "'"))
                        .containsExactly("0");
                app.rollback();
            }
        }
    }

    @Test
    void a_third_tenant_sees_no_row_of_it_even_when_it_names_it() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, third);
            assertThat(values(app, "select id from referrals")).isEmpty();
            assertThat(values(app, "select id from referrals where id = '" + referral + "'"))
                    .isEmpty();
            assertThat(values(app, "select id from referral_events")).isEmpty();
            assertThat(values(app, "select id from referral_messages")).isEmpty();
            assertThat(values(app, "select id from referral_attachments")).isEmpty();
            assertThat(values(app, "select attachment_id from referral_attachment_segments"))
                    .isEmpty();
            assertThat(values(
                            app,
                            "select segment from referral_attachment_segments where attachment_id = '" + attachment
                                    + "'"))
                    .isEmpty();
            assertThat(values(
                            app, "update referrals set state = 'WITHDRAWN' where id = '" + referral + "' returning id"))
                    .isEmpty();
            app.rollback();
        }
    }

    @Test
    void without_a_bound_tenant_the_application_role_sees_no_referral() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            assertThat(values(app, "select id from referrals")).isEmpty();
        }
    }

    @Test
    void a_tenant_cannot_create_a_referral_in_the_name_of_another_sender() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, third);
            assertThatThrownBy(() -> insertReferral(app, UUID.randomUUID(), sender, receiver))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void a_third_tenant_cannot_post_into_the_thread() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, third);
            assertThatThrownBy(() -> execute(
                            app,
                            "insert into referral_messages (id, referral_id, sender_tenant_id, receiver_tenant_id,"
                                    + " author_tenant_id, author_id, author_name, created_at)"
                                    + " values ('" + UUID.randomUUID() + "', '" + referral + "', '" + sender
                                    + "', '" + receiver + "', '" + third + "', 'x', 'x', now())"))
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void a_third_tenant_cannot_add_a_segment_to_an_attachment_of_the_referral() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            for (TenantId uploader : List.of(third, sender)) {
                bind(app, third);
                assertThatThrownBy(() -> insertSegment(app, attachment, 1, sender, receiver, uploader))
                        .hasMessageContaining("row-level security");
                app.rollback();
            }
        }
    }

    @Test
    void a_segment_carries_the_parties_of_its_attachment() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, sender);
            insertSegment(app, attachment, 1, sender, third, sender);
            assertThatThrownBy(app::commit)
                    .as("the deferred foreign key holds the parties to the attachment's")
                    .hasMessageContaining("foreign key");
        }
    }

    @Test
    void idempotency_records_are_private_to_their_tenant() throws SQLException {
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, sender);
            execute(
                    app,
                    "insert into idempotency_keys (tenant_id, idempotency_key, operation, request_hash, created_at)"
                            + " values ('" + sender + "', 'rls-key', 'create', '\\x00', now())");
            app.commit();
            bind(app, third);
            assertThat(values(app, "select idempotency_key from idempotency_keys"))
                    .isEmpty();
            app.rollback();
        }
    }

    @Test
    void the_forward_status_function_answers_the_parties_of_the_first_referral_only() throws SQLException {
        TenantId fourth = db.newTenant("rls-fourth");
        UUID first = UUID.randomUUID();
        UUID chained = UUID.randomUUID();
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, sender);
            insertReferral(app, first, sender, receiver);
            app.commit();
            bind(app, receiver);
            insertReferral(app, chained, receiver, fourth);
            execute(app, "update referrals set forwarded_to = '" + chained + "' where id = '" + first + "'");
            app.commit();
        }
        String query = "select state from referral_forwarded_to('" + first + "')";
        for (TenantId party : List.of(sender, receiver)) {
            try (Connection app = connect(db.settings.app())) {
                app.setAutoCommit(false);
                bind(app, party);
                assertThat(values(app, query)).containsExactly("SENT");
                app.rollback();
            }
        }
        try (Connection app = connect(db.settings.app())) {
            app.setAutoCommit(false);
            bind(app, sender);
            assertThat(values(app, "select id from referrals where id = '" + chained + "'"))
                    .as("the first sender is no party to the chained referral")
                    .isEmpty();
            app.rollback();
            bind(app, third);
            assertThat(values(app, query)).isEmpty();
            app.rollback();
            assertThat(values(app, query)).as("no tenant bound").isEmpty();
        }
    }

    private static void insertReferral(Connection connection, UUID id, TenantId from, TenantId to) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now();
        insertInto("referrals")
                .set("id", id)
                .set("sender_tenant_id", from)
                .set("receiver_tenant_id", to)
                .set(
                        "public_reference",
                        "PSR-2026-" + id.toString().substring(0, 6).toUpperCase())
                .set("access_code_hmac", new byte[] {0})
                .set("state", "SENT")
                .set("subject", "subject")
                .set("sector", "energy")
                .set("language", "fr")
                .set("prior_contact_made", true)
                .set("due_at", now)
                .set("created_at", now)
                .set("updated_at", now)
                .execute(connection);
    }

    private static void insertSegment(
            Connection connection, UUID attachment, int index, TenantId from, TenantId to, TenantId uploader)
            throws SQLException {
        insertInto("referral_attachment_segments")
                .set("attachment_id", attachment)
                .set("segment", index)
                .set("sender_tenant_id", from)
                .set("receiver_tenant_id", to)
                .set("uploader_tenant_id", uploader)
                .set("key_id", "k")
                .set("ciphertext", new byte[] {0})
                .execute(connection);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        connection.createStatement().executeUpdate(sql);
    }
}
