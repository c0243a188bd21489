package be.passerelle.infra.mail;

import be.passerelle.core.notification.AddressConfirmationMail;
import be.passerelle.core.notification.AddressConfirmationMailer;
import be.passerelle.core.shared.Language;
import be.passerelle.core.shared.Unavailable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends the intake address's confirmation mail through SMTP now, in the institution's first language, with the
 * link to the web client's confirmation page. Neither the token nor the address is ever logged.
 */
public final class SmtpAddressConfirmationMailer implements AddressConfirmationMailer {
    static final String CONFIRM_PATH = "/notification-address/confirm?token=";

    private final JavaMailSender sender;
    private final String from;
    private final String webBaseUrl;

    public SmtpAddressConfirmationMailer(JavaMailSender sender, String from, URI webBaseUrl) {
        this.sender = Objects.requireNonNull(sender, "sender");
        this.from = Objects.requireNonNull(from, "from");
        String base = webBaseUrl.toString();
        this.webBaseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    @Override
    public void send(AddressConfirmationMail mail) {
        Text text = Text.of(mail.language());
        String link = webBaseUrl + CONFIRM_PATH + mail.token();
        try {
            sender.send(message -> {
                MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(mail.address());
                helper.setSubject(text.subject().formatted(mail.institutionName()));
                helper.setText(text.body().formatted(mail.institutionName(), link));
            });
        } catch (MailException e) {
            // the exception's text may name the address: it is not passed on
            throw new Unavailable("the confirmation mail cannot be sent now; try again later");
        }
    }

    /** The mail's subject and body in one language: %1$s the institution, %2$s the link. */
    record Text(String subject, String body) {
        static Text of(Language language) {
            return switch (language) {
                case FR -> new Text("Passerelle : confirmez l'adresse de notification de %1$s", """
                            Bonjour,

                            %1$s a indiqué cette adresse comme adresse commune de réception de ses notifications \
                            Passerelle (nouvelles réclamations transmises et escalades, lorsque personne d'autre \
                            ne les reçoit).

                            Pour confirmer cette adresse, ouvrez le lien ci-dessous et appuyez sur « Confirmer \
                            cette adresse ». Le lien est valable 7 jours.

                            %2$s

                            Si vous n'attendiez pas ce message, ignorez-le : l'adresse ne sera pas utilisée.
                            """);
                case NL -> new Text("Passerelle: bevestig het meldingsadres van %1$s", """
                            Goedendag,

                            %1$s heeft dit adres opgegeven als gedeeld adres voor zijn Passerelle-meldingen \
                            (nieuwe doorverwijzingen en escalaties, wanneer niemand anders ze ontvangt).

                            Open de onderstaande link en druk op "Dit adres bevestigen" om het adres te \
                            bevestigen. De link is 7 dagen geldig.

                            %2$s

                            Verwachtte u dit bericht niet? Negeer het dan: het adres wordt niet gebruikt.
                            """);
                case DE -> new Text("Passerelle: Bestätigen Sie die Benachrichtigungsadresse von %1$s", """
                            Guten Tag,

                            %1$s hat diese Adresse als gemeinsame Adresse für seine Passerelle-Benachrichtigungen \
                            angegeben (neue Weiterleitungen und Eskalationen, wenn sonst niemand sie erhält).

                            Um die Adresse zu bestätigen, öffnen Sie den folgenden Link und klicken Sie auf \
                            „Diese Adresse bestätigen“. Der Link ist 7 Tage gültig.

                            %2$s

                            Wenn Sie diese Nachricht nicht erwartet haben, ignorieren Sie sie: die Adresse wird \
                            nicht verwendet.
                            """);
                case EN -> new Text("Passerelle: confirm the notification address of %1$s", """
                            Hello,

                            %1$s gave this address as the shared address for its Passerelle notifications (new \
                            referrals and escalations, when nobody else receives them).

                            To confirm the address, open the link below and press "Confirm this address". The \
                            link is valid for 7 days.

                            %2$s

                            If you did not expect this message, ignore it: the address will not be used.
                            """);
            };
        }
    }
}
