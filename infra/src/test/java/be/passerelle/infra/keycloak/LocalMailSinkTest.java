package be.passerelle.infra.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's sink writes each mail it receives as an .eml file a developer can open. */
class LocalMailSinkTest {

    @Test
    void each_received_mail_is_written_as_an_eml_file(@TempDir Path directory) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (LocalMailSink sink = LocalMailSink.start(port, Optional.of(directory))) {
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", String.valueOf(port));
            MimeMessage message = new MimeMessage(Session.getInstance(properties));
            message.setFrom(new InternetAddress("no-reply@passerelle.invalid"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("vla-agent@example.test"));
            message.setSubject("[Passerelle] PSR-2026-ABCDEF: nieuw dossier", "UTF-8");
            message.setText("Referentie: PSR-2026-ABCDEF", "UTF-8");
            Transport.send(message);

            Path file = directory.resolve("00001.eml");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (!Files.exists(file) && Instant.now().isBefore(deadline)) {
                sink.awaitMails(1, 100);
                Thread.onSpinWait();
            }
            assertThat(file).exists();
            assertThat(Files.readString(file)).contains("PSR-2026-ABCDEF").contains("vla-agent@example.test");
        }
    }
}
