package be.passerelle.infra.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingParameters;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Tink keysets of the network, in Tink's JSON format: read from a variable's value
 * ({@code PASSERELLE_ENCRYPTION_KEYSET}) or from a file named by its {@code _FILE} twin
 * ({@code PASSERELLE_ENCRYPTION_KEYSET_FILE}), and checked at start-up: one of the two set, the file
 * readable, a keyset, an enabled primary key, every key of the expected {@link Kind}. Every failure
 * is an {@link IllegalStateException} naming the variable and the problem, never key material.
 *
 * <p>The keysets are in clear text: whoever reads the variable or the file can read the data. Keep
 * them in the platform's secret store, readable by the service only.
 */
public final class Keysets {

    static {
        try {
            AeadConfig.register();
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** What a keyset is for, and so which keys it may hold. */
    public enum Kind {
        /** Fields (personal data in columns): Tink {@code Aead}, AES-256-GCM. */
        FIELDS("fields", "AES-256-GCM", PredefinedAeadParameters.AES256_GCM),
        /**
         * Streams (attachments): Tink {@code StreamingAead}, AES-256-GCM-HKDF with 4 KB segments: one
         * segment is all a stream holds in memory, 16 bytes of tag per 4 KB (0.4 %).
         */
        STREAMS("streams", "AES-256-GCM-HKDF streaming", PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB);

        private final String label;
        private final String keyType;
        private final Parameters parameters;

        Kind(String label, String keyType, Parameters parameters) {
            this.label = label;
            this.keyType = keyType;
            this.parameters = parameters;
        }

        /** The name used on the command line: {@code fields} or {@code streams}. */
        public String label() {
            return label;
        }

        /** The key type, as {@code list} shows it and the messages name it. */
        public String keyType() {
            return keyType;
        }

        /** The parameters of the keys this project creates for this kind. */
        Parameters parameters() {
            return parameters;
        }

        /** Whether a key with these parameters may serve this kind (256-bit keys only). */
        boolean accepts(Parameters candidate) {
            return switch (this) {
                case FIELDS ->
                    candidate instanceof AesGcmParameters gcm
                            && gcm.getKeySizeBytes() == 32
                            && gcm.getIvSizeBytes() == 12
                            && gcm.getTagSizeBytes() == 16;
                case STREAMS ->
                    candidate instanceof AesGcmHkdfStreamingParameters streaming
                            && streaming.getKeySizeBytes() == 32
                            && streaming.getDerivedAesGcmKeySizeBytes() == 32;
            };
        }

        public static Kind of(String label) {
            for (Kind kind : values()) {
                if (kind.label.equals(label)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("the kind is fields or streams, not " + label);
        }
    }

    private Keysets() {}

    /**
     * The keyset named by {@code variable}: from {@code value} if set, else from the file {@code
     * file} (the value of {@code variable + "_FILE"}).
     */
    public static KeysetHandle load(Kind kind, String variable, String value, String file) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(variable, "variable");
        String fileVariable = variable + "_FILE";
        boolean hasValue = value != null && !value.isBlank();
        boolean hasFile = file != null && !file.isBlank();
        if (hasValue && hasFile) {
            throw new IllegalStateException(
                    variable + " and " + fileVariable + " are both set: set only one of them, to the " + kind.label
                            + " keyset or to the path of its file");
        }
        if (hasValue) {
            return parse(kind, variable, value);
        }
        if (hasFile) {
            return parse(kind, fileVariable + " (" + file.strip() + ")", read(fileVariable, file.strip()));
        }
        throw new IllegalStateException(variable + " is missing: set it to the " + kind.label
                + " keyset (Tink JSON) or set " + fileVariable + " to the path of its file; create one with"
                + " KeysCommand create --kind " + kind.label);
    }

    /** {@link #load} with both values looked up by name, e.g. {@code System::getenv}. */
    public static KeysetHandle fromEnvironment(Kind kind, String variable, Function<String, String> environment) {
        return load(kind, variable, environment.apply(variable), environment.apply(variable + "_FILE"));
    }

    /**
     * A keyset from its JSON, checked for {@code kind}; {@code source} names where it came from in
     * the messages.
     */
    public static KeysetHandle parse(Kind kind, String source, String json) {
        KeysetHandle keyset = parseJson(source, json);
        check(kind, source, keyset);
        return keyset;
    }

    /** A keyset from its JSON, of either kind ({@link #kindOf} tells which). */
    static KeysetHandle parseJson(String source, String json) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            // The cause is left out on purpose: a parser's message may quote the input.
            throw new IllegalStateException(
                    source + " is not a Tink JSON keyset (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Checks that every key of {@code keyset} serves {@code kind} and that an enabled key is primary. */
    static void check(Kind kind, String source, KeysetHandle keyset) {
        if (keyset.size() == 0) {
            throw new IllegalStateException(source + " holds no key");
        }
        for (int i = 0; i < keyset.size(); i++) {
            KeysetHandle.Entry entry = keyset.getAt(i);
            if (!kind.accepts(entry.getKey().getParameters())) {
                throw new IllegalStateException(source + ": key " + id(entry.getId()) + " is of the wrong type ("
                        + entry.getKey().getParameters() + "); a " + kind.label + " keyset holds "
                        + kind.keyType + " keys only");
            }
        }
        KeysetHandle.Entry primary;
        try {
            primary = keyset.getPrimary();
        } catch (IllegalStateException e) {
            throw new IllegalStateException(source + " has no enabled primary key");
        }
        if (primary.getStatus() != KeyStatus.ENABLED) {
            throw new IllegalStateException(source + ": its primary key " + id(primary.getId()) + " is not enabled");
        }
    }

    /** The kind of a keyset's keys, from its first key. */
    static Kind kindOf(String source, KeysetHandle keyset) {
        for (Kind kind : Kind.values()) {
            if (keyset.size() > 0 && kind.accepts(keyset.getAt(0).getKey().getParameters())) {
                check(kind, source, keyset);
                return kind;
            }
        }
        throw new IllegalStateException(source + " holds neither AES-256-GCM nor AES-256-GCM-HKDF streaming keys");
    }

    /** A new keyset of one enabled primary key of {@code kind}. */
    public static KeysetHandle generate(Kind kind) {
        try {
            return KeysetHandle.generateNew(kind.parameters());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not create a " + kind.label + " keyset", e);
        }
    }

    /** The keyset in Tink's JSON format, key material included. */
    public static String toJson(KeysetHandle keyset) {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink could not write the keyset", e);
        }
    }

    /** A key id as Tink's JSON shows it (unsigned). */
    public static String id(int keyId) {
        return Integer.toUnsignedString(keyId);
    }

    private static String read(String fileVariable, String file) {
        try {
            if (Files.isDirectory(Path.of(file))) {
                throw new IllegalStateException(fileVariable + ": cannot read " + file + ": it is a directory");
            }
            return Files.readString(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException(fileVariable + ": cannot read " + file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new IllegalStateException(fileVariable + ": cannot read " + file + ": permission denied");
        } catch (IOException | InvalidPathException e) {
            throw new IllegalStateException(
                    fileVariable + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
