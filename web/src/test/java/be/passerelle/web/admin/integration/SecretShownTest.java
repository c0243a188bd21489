package be.passerelle.web.admin.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SecretShownTest {
    private static final String SECRET = "s3cr3t-value-never-logged";

    @Test
    void its_text_form_never_shows_the_secret() {
        SecretShown shown = SecretShown.newClient("crm", "tenant-crm", SECRET, "http://kc/token");

        assertThat(shown.toString()).doesNotContain(SECRET).contains("tenant-crm");
    }

    @Test
    void it_crosses_the_redirect_as_a_flash_attribute() throws Exception {
        SecretShown shown = SecretShown.rotatedWebhook(
                "https://hooks.example.be/x",
                UUID.randomUUID(),
                "whsec_abc",
                OffsetDateTime.parse("2026-12-06T08:00:00Z"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(shown);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(shown);
        }
    }

    @Test
    void the_page_says_what_the_secret_belongs_to_and_whether_an_old_one_still_works() {
        OffsetDateTime until = OffsetDateTime.parse("2026-12-06T08:00:00Z");
        SecretShown created = SecretShown.newClient("crm", "id", SECRET, "http://kc/token");
        SecretShown rotated = SecretShown.rotatedClient("crm", "id", SECRET, "http://kc/token", until);
        SecretShown webhook = SecretShown.newWebhook("https://h/x", UUID.randomUUID(), SECRET);
        SecretShown rotatedWebhook = SecretShown.rotatedWebhook("https://h/x", UUID.randomUUID(), SECRET, until);

        assertThat(created.messageKey()).isEqualTo("apiClients.secret.new");
        assertThat(created.rotated()).isFalse();
        assertThat(created.forClient()).isTrue();
        assertThat(rotated.messageKey()).isEqualTo("apiClients.secret.rotated");
        assertThat(rotated.rotated()).isTrue();
        assertThat(rotated.graceKey()).isEqualTo("apiClients.secret.grace");
        assertThat(webhook.messageKey()).isEqualTo("webhooks.secret.new");
        assertThat(webhook.forClient()).isFalse();
        assertThat(rotatedWebhook.messageKey()).isEqualTo("webhooks.secret.rotated");
        assertThat(rotatedWebhook.graceKey()).isEqualTo("webhooks.secret.grace");
    }
}
