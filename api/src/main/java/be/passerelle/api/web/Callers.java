package be.passerelle.api.web;

import be.passerelle.core.shared.Caller;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The {@link Caller} of a request, kept on the request once the security layer has established it
 * (read by the rate limiter, the scope check and {@link CallContexts}).
 */
public final class Callers {
    private static final String ATTRIBUTE = Caller.class.getName();

    private Callers() {}

    /** The caller, or null for an anonymous request. */
    public static Caller of(HttpServletRequest request) {
        return (Caller) request.getAttribute(ATTRIBUTE);
    }

    public static void establish(HttpServletRequest request, Caller caller) {
        request.setAttribute(ATTRIBUTE, caller);
    }
}
