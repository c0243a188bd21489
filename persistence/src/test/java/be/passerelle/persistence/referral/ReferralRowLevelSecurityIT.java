package be.passerelle.persistence.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.shared.TenantId;
import be.passerelle.persistence.DatabaseSettings;
import be.passerelle.persistence.TestPersistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
            execute(
                    app,
                    "insert into referral_events (id, referral_id, sender_tenant_id, receiver_tenant_id, action,"
                            + " to_state, actor_id, actor_name, actor_tenant_id, occurred_at)"
                            + " values ('" + UUID.randomUUID() + "', '" + referral + "', '" + sender + "', '"
                            + receiver + "', 'create', 'SENT', 'u', 'u', '" + sender + "', now())");
            execute(
                    app,
                    "insert into referral_messages (id, referral_id, sender_tenant_id, receiver_tenant_id,"
                            + " author_tenant_id, author_id, author_name, created_at)"
                            + " values ('" + UUID.randomUUID() + "', '" + referral + "', '" + sender + "', '"
                            + receiver + "', '" + sender + "', 'u', 'u', now())");
            execute(
                    app,
                    "insert into referral_attachments (id, referral_id, sender_tenant_id, receiver_tenant_id,"
                            + " uploader_tenant_id, uploader_id, uploader_name, media_type, size_bytes, created_at)"
                            + " values ('" + attachment + "', '" + referral + "', '" + sender + "', '"
                            + receiver + "', '" + sender + "', 'u', 'u', 'application/pdf', 0, now())");
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
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into referrals (id, sender_tenant_id, receiver_tenant_id, public_reference, access_code_hmac,"
                        + " state, subject, sector, language, prior_contact_made, due_at, created_at, updated_at)"
                        + " values (?, ?, ?, ?, '\\x00', 'SENT', 'subject', 'energy', 'fr', true, now(), now(), now())")) {
            statement.setObject(1, id);
            statement.setObject(2, from.value());
            statement.setObject(3, to.value());
            statement.setString(4, "PSR-2026-" + id.toString().substring(0, 6).toUpperCase());
            statement.executeUpdate();
        }
    }

    private static void insertSegment(
            Connection connection, UUID attachment, int index, TenantId from, TenantId to, TenantId uploader)
            throws SQLException {
        execute(
                connection,
                "insert into referral_attachment_segments (attachment_id, segment, sender_tenant_id,"
                        + " receiver_tenant_id, uploader_tenant_id, key_id, ciphertext) values ('" + attachment
                        + "', " + index + ", '" + from + "', '" + to + "', '" + uploader + "', 'k', '\\x00')");
    }

    private static Connection connect(DatabaseSettings.Credentials credentials) throws SQLException {
        return DriverManager.getConnection(db.settings.url(), credentials.user(), credentials.password());
    }

    private static void bind(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            statement.setString(1, tenant.toString());
            statement.execute();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        connection.createStatement().executeUpdate(sql);
    }

    private static List<String> values(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
