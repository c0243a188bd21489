package be.passerelle.infra.crypto;

import com.google.crypto.tink.KeysetHandle;

/**
 * The PUBLIC development keysets, for the dev profile and the tests only: they are in the
 * repository, so anything sealed with them is readable by anyone. Never for real data; a node that
 * runs with them should say so loudly ({@link #isDevelopment}).
 */
public final class DevelopmentKeysets {

    /** The development fields keyset: one AES-256-GCM key, 3453729889. */
    public static final String FIELDS = """
            {"primaryKeyId":3453729889,"key":[{"keyData":{"typeUrl":"type.googleapis.com/google.crypto.tink.AesGcmKey",\
            "value":"GiBkIDC5QhSLZRxUoZUoFfQNywWWwR3eLjzv7ey88gAcMg==","keyMaterialType":"SYMMETRIC"},\
            "status":"ENABLED","keyId":3453729889,"outputPrefixType":"TINK"}]}""";

    /** The development streams keyset: one AES-256-GCM-HKDF 4 KB streaming key, 2194098236. */
    public static final String STREAMS = """
            {"primaryKeyId":2194098236,"key":[{"keyData":{"typeUrl":"type.googleapis.com/google.crypto.tink.AesGcmHkdfStreamingKey",\
            "value":"EgcIgCAQIBgDGiCJtmfB6Ub+HT3d7D3CpobhlJLsS+Et/tlL3RQUn1WsLw==","keyMaterialType":"SYMMETRIC"},\
            "status":"ENABLED","keyId":2194098236,"outputPrefixType":"RAW"}]}""";

    private DevelopmentKeysets() {}

    public static KeysetHandle fields() {
        return Keysets.parse(Keysets.Kind.FIELDS, "the development fields keyset", FIELDS);
    }

    public static KeysetHandle streams() {
        return Keysets.parse(Keysets.Kind.STREAMS, "the development streams keyset", STREAMS);
    }

    /** Whether {@code keyset} holds a development key (as its primary or not). */
    public static boolean isDevelopment(KeysetHandle keyset) {
        for (int i = 0; i < keyset.size(); i++) {
            KeysetHandle.Entry entry = keyset.getAt(i);
            if (entry.getKey().equalsKey(fields().getPrimary().getKey())
                    || entry.getKey().equalsKey(streams().getPrimary().getKey())) {
                return true;
            }
        }
        return false;
    }
}
