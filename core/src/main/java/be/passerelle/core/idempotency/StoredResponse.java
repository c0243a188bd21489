package be.passerelle.core.idempotency;

import java.util.Objects;

/** The first response to an idempotent request, as replayed to its retries (encrypted at rest). */
public record StoredResponse(int status, byte[] body) {
    public StoredResponse {
        body = Objects.requireNonNull(body, "body").clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that
                && status == that.status
                && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return 31 * status + java.util.Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "StoredResponse[status=" + status + ", body hidden]";
    }
}
