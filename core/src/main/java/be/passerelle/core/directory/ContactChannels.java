package be.passerelle.core.directory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach an institution (SPEC §4.2): website, email, phone, postal address and social media
 * accounts. Formats are checked at the edge; this record keeps the lists sane.
 */
public record ContactChannels(
        Optional<String> website,
        Optional<String> email,
        Optional<String> phone,
        Optional<PostalAddress> postalAddress,
        List<SocialAccount> socialMedia) {
    public ContactChannels {
        Objects.requireNonNull(website, "website");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(postalAddress, "postalAddress");
        socialMedia = Codes.distinct(socialMedia, "social media accounts");
    }

    public static ContactChannels none() {
        return new ContactChannels(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    public static ContactChannels website(String url) {
        return new ContactChannels(
                Optional.ofNullable(url), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** A postal address in Belgium or abroad. */
    public record PostalAddress(String street, String postalCode, String locality, String country) {
        public PostalAddress {
            Objects.requireNonNull(street, "street");
            Objects.requireNonNull(postalCode, "postalCode");
            Objects.requireNonNull(locality, "locality");
            Objects.requireNonNull(country, "country");
        }
    }

    /** An account on a social network ({@code network} is a lower-case name such as {@code linkedin}). */
    public record SocialAccount(String network, String url) {
        public SocialAccount {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(url, "url");
        }
    }
}
