package be.passerelle.persistence.referral;

import be.passerelle.core.directory.PostalCode;
import be.passerelle.core.privacy.PersonalDataCipher;
import be.passerelle.core.privacy.Sealed;
import be.passerelle.core.referral.Citizen;
import be.passerelle.core.shared.Language;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the personal fields of referrals into sealed bytes and back, with the contexts of {@link
 * be.passerelle.persistence.SealedColumns}.
 */
final class PersonalDataCodec {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {};

    private final PersonalDataCipher cipher;

    PersonalDataCodec(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    Sealed sealText(String text, String context) {
        return cipher.seal(text.getBytes(StandardCharsets.UTF_8), context);
    }

    String openText(String keyId, byte[] ciphertext, String context) {
        return new String(cipher.open(new Sealed(keyId, ciphertext), context), StandardCharsets.UTF_8);
    }

    /** The text, or empty when there is none (never written, or erased: no key id). */
    Optional<String> openOptionalText(String keyId, byte[] ciphertext, String context) {
        return Optional.ofNullable(keyId).map(k -> openText(k, ciphertext, context));
    }

    Sealed sealCitizen(Citizen citizen, String context) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", citizen.firstName());
        fields.put("lastName", citizen.lastName());
        citizen.email().ifPresent(v -> fields.put("email", v));
        citizen.phone().ifPresent(v -> fields.put("phone", v));
        citizen.postalCode().ifPresent(v -> fields.put("postalCode", v.toString()));
        fields.put("preferredLanguage", citizen.preferredLanguage().code());
        return cipher.seal(JSON.writeValueAsBytes(fields), context);
    }

    Citizen openCitizen(String keyId, byte[] ciphertext, String context) {
        Map<String, String> fields = JSON.readValue(cipher.open(new Sealed(keyId, ciphertext), context), FIELDS);
        return new Citizen(
                fields.get("firstName"),
                fields.get("lastName"),
                Optional.ofNullable(fields.get("email")),
                Optional.ofNullable(fields.get("phone")),
                Optional.ofNullable(fields.get("postalCode")).map(PostalCode::parse),
                Language.fromCode(fields.get("preferredLanguage")).orElseThrow());
    }
}
