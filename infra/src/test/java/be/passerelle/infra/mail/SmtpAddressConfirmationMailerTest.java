package be.passerelle.infra.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.passerelle.core.notification.AddressConfirmationMail;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.Unavailable;
import be.passerelle.infra.keycloak.LocalMailSink;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The intake address's confirmation mail, on a real SMTP server (GreenMail), in each language, and SMTP down. */
class SmtpAddressConfirmationMailerTest {
    private static final String TOKEN = "tok_EN-123456789abcdefghijklmnopqrstuvwxyzABCD";

    @ParameterizedTest
    @EnumSource(Language.class)
    void the_mail_names_the_institution_and_carries_the_link_in_its_language(Language language) throws IOException {
        try (LocalMailSink sink = LocalMailSink.start(freePort())) {
            String address = "intake-" + language.code() + "@ombuds.example";

            mailer(sink.port()).send(new AddressConfirmationMail(address, language, "Médiateur de Quokka", TOKEN));

            List<LocalMailSink.Mail> mails = sink.received();
            assertThat(mails).singleElement().satisfies(mail -> {
                assertThat(mail.recipients()).containsExactly(address);
                assertThat(mail.subject()).contains("Médiateur de Quokka");
                String body = decoded(mail.body());
                assertThat(body)
                        .contains("https://web.example/notification-address/confirm?token=" + TOKEN)
                        .contains("7");
            });
            assertThat(SmtpAddressConfirmationMailer.Text.of(language).subject())
                    .isNotEqualTo(
                            SmtpAddressConfirmationMailer.Text.of(language == Language.EN ? Language.FR : Language.EN)
                                    .subject());
        }
    }

    @Test
    void smtp_down_is_unavailable_and_names_no_address() throws IOException {
        SmtpAddressConfirmationMailer mailer = mailer(freePort());

        assertThatThrownBy(() -> mailer.send(
                        new AddressConfirmationMail("secret-box@ombuds.example", Language.NL, "Ombuds", TOKEN)))
                .isInstanceOf(Unavailable.class)
                .message()
                .doesNotContain("secret-box")
                .doesNotContain(TOKEN);
    }

    @Test
    void the_mail_prints_neither_its_address_nor_its_token() {
        String printed =
                new AddressConfirmationMail("secret-box@ombuds.example", Language.FR, "Ombuds", TOKEN).toString();

        assertThat(printed).doesNotContain("secret-box").doesNotContain(TOKEN);
    }

    private static SmtpAddressConfirmationMailer mailer(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return new SmtpAddressConfirmationMailer(
                sender, "Passerelle <no-reply@passerelle.invalid>", URI.create("https://web.example/"));
    }

    private static String decoded(String body) {
        return body.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
