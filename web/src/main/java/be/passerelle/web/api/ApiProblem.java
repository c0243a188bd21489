package be.passerelle.web.api;

import be.passerelle.client.ApiException;

/**
 * A refusal or failure of the API, as the pages show it: its status (the page picks a message by it),
 * never the raw body.
 */
public final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    private ApiProblem(int status, Throwable cause) {
        super("the API answered " + status, cause);
        this.status = status;
    }

    public static ApiProblem of(ApiException e) {
        return new ApiProblem(e.getCode(), e);
    }

    /** The HTTP status of the API's answer; 0 when it did not answer. */
    public int status() {
        return status;
    }
}
