package be.passerelle.core.shared;

import java.util.Objects;

/** The caller and the request id, passed explicitly to every use case. */
public record CallContext(Caller caller, String requestId) {
    public CallContext {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(requestId, "requestId");
    }
}
