package be.passerelle.core.idempotency;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The first response to an idempotent request, as replayed to its retries (encrypted at rest).
 *
 * @param body the response body; empty once erased with the personal data of the resource
 * @param resource what the request created, if anything: erasing its personal data erases the replay
 */
public record StoredResponse(int status, byte[] body, Optional<UUID> resource) {
    public StoredResponse {
        body = Objects.requireNonNull(body, "body").clone();
        Objects.requireNonNull(resource, "resource");
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
