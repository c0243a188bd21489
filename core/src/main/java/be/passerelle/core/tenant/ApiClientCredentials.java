package be.passerelle.core.tenant;

/** A new API client and its secret, shown once. */
public record ApiClientCredentials(ApiClient client, String clientSecret) {
    @Override
    public String toString() {
        return "ApiClientCredentials[client=" + client + ", clientSecret=***]";
    }
}
