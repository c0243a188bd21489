package be.passerelle.api.notification;

import be.passerelle.infra.testing.PersonalDataMarkers;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks for marked personal values ({@link PersonalDataMarkers}) in received mails: every decoded
 * header, every decoded MIME part, and the raw message as sent.
 */
final class PersonalDataScan {
    private PersonalDataScan() {}

    /** One finding per mail and place (headers, parts). */
    static List<String> leaks(List<Mailbox.Mail> mails) {
        List<String> leaks = new ArrayList<>();
        for (Mailbox.Mail mail : mails) {
            if (mail.headers().stream().anyMatch(PersonalDataMarkers::holdsPersonalData)) {
                leaks.add(mail.messageId() + ": a header");
            }
            if (mail.parts().stream().anyMatch(PersonalDataMarkers::holdsPersonalData)) {
                leaks.add(mail.messageId() + ": a part");
            } else if (PersonalDataMarkers.holdsPersonalData(
                    new String(mail.raw(), java.nio.charset.StandardCharsets.ISO_8859_1))) {
                leaks.add(mail.messageId() + ": the raw message");
            }
        }
        return leaks;
    }
}
