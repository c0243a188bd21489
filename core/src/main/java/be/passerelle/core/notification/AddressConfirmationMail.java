package be.passerelle.core.notification;

import be.passerelle.core.shared.Language;
import java.util.Objects;

/**
 * The mail that asks the owner of a new intake address to confirm it.
 *
 * @param address where it goes: the address to confirm
 * @param language the institution's first language
 * @param institutionName the institution that asked, in that language
 * @param token the confirmation token (secret: goes into the link only, never into a log)
 */
public record AddressConfirmationMail(String address, Language language, String institutionName, String token) {
    public AddressConfirmationMail {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(institutionName, "institutionName");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "AddressConfirmationMail[language=" + language + ", institution=" + institutionName + "]";
    }
}
