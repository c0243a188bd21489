package be.passerelle.infra.crypto;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES keys of the network, from {@code PASSERELLE_ENCRYPTION_KEYS} = {@code id:base64key,…}: the
 * first is the current key (new values are sealed with it), the others still open older values
 * until they are re-encrypted. Keys are 128, 192 or 256 bits; ids are 1 to 32 of {@code
 * A-Za-z0-9._-}. The key material is never printed.
 */
public final class Keyring {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private Keyring(String currentId, Map<String, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = Collections.unmodifiableMap(keys);
    }

    /**
     * @throws IllegalArgumentException on an empty ring, a malformed entry, a repeated id or a key
     *     of the wrong size (the message never contains key material)
     */
    public static Keyring parse(String specification) {
        if (specification == null || specification.isBlank()) {
            throw new IllegalArgumentException("the encryption keyring is empty");
        }
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String current = null;
        for (String entry : specification.split(",")) {
            String trimmed = entry.strip();
            int colon = trimmed.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("a keyring entry is id:base64key");
            }
            String id = trimmed.substring(0, colon);
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a key id has 1 to 32 of A-Za-z0-9._-");
            }
            byte[] material;
            try {
                material =
                        Base64.getDecoder().decode(trimmed.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("key " + id + " is not valid base64");
            }
            if (material.length != 16 && material.length != 24 && material.length != 32) {
                throw new IllegalArgumentException("key " + id + " must have 128, 192 or 256 bits");
            }
            if (keys.putIfAbsent(id, new SecretKeySpec(material, "AES")) != null) {
                throw new IllegalArgumentException("key id " + id + " appears twice");
            }
            if (current == null) {
                current = id;
            }
        }
        return new Keyring(current, keys);
    }

    public String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    Optional<SecretKey> key(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    @Override
    public String toString() {
        return "Keyring[current=" + currentId + ", ids=" + keys.keySet() + "]";
    }
}
