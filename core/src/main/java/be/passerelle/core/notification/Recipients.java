package be.passerelle.core.notification;

import be.passerelle.core.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Who is told of one event (issue #19): the assignee of the audience's side when there is one, else
 * its enabled caseworkers (an escalation: its enabled tenant admins), each as they chose for the kind.
 * A kind that must reach someone and reaches nobody goes to the confirmed intake address, else to the
 * admins.
 */
final class Recipients {

    /** One address to tell, now or in a digest. */
    record Recipient(String key, String address, String language, NotificationDelivery delivery) {}

    private Recipients() {}

    static List<Recipient> of(
            NotificationKind kind,
            Institution audience,
            List<StaffContact> staff,
            Optional<String> assignee,
            BiFunction<String, NotificationKind, NotificationDelivery> preference,
            Optional<String> intakeAddress) {
        List<StaffContact> candidates = new ArrayList<>();
        if (kind.audience() == NotificationKind.Audience.RECEIVER_ADMINS) {
            staff.stream().filter(s -> s.reachableAs(Role.TENANT_ADMIN)).forEach(candidates::add);
        } else {
            Optional<StaffContact> assigned = assignee.flatMap(id -> staff.stream()
                    .filter(s ->
                            s.userId().equals(id) && s.enabled() && s.email().isPresent())
                    .findFirst());
            if (assigned.isPresent()) {
                candidates.add(assigned.get());
            } else {
                staff.stream().filter(s -> s.reachableAs(Role.CASEWORKER)).forEach(candidates::add);
            }
        }
        List<Recipient> recipients = new ArrayList<>();
        for (StaffContact member : candidates) {
            NotificationDelivery choice = preference.apply(member.userId(), kind);
            if (choice != NotificationDelivery.NEVER) {
                recipients.add(recipient(member, audience, choice));
            }
        }
        if (recipients.isEmpty() && kind.mustReachSomeone()) {
            if (intakeAddress.isPresent()) {
                recipients.add(new Recipient(
                        "intake:" + audience.id().value(),
                        intakeAddress.get(),
                        audience.firstLanguage(),
                        NotificationDelivery.IMMEDIATELY));
            } else {
                staff.stream()
                        .filter(s -> s.reachableAs(Role.TENANT_ADMIN))
                        .forEach(admin -> recipients.add(recipient(admin, audience, NotificationDelivery.IMMEDIATELY)));
            }
        }
        return recipients;
    }

    private static Recipient recipient(StaffContact member, Institution audience, NotificationDelivery delivery) {
        return new Recipient(
                "user:" + member.userId(), member.email().orElseThrow(), language(member, audience), delivery);
    }

    /** The user's own language when it is one the mails are written in, else the institution's first. */
    static String language(StaffContact member, Institution institution) {
        return member.locale()
                .map(locale -> locale.length() > 2 ? locale.substring(0, 2) : locale)
                .filter(MailTexts.LANGUAGES::contains)
                .orElseGet(institution::firstLanguage);
    }
}
