package be.passerelle.api;

/** The demo tenants of the seed and of the test realm, with their users (password {@code demo}). */
public enum DemoTenant {
    WAL("mediateur-wallonie-fwb", "wal"),
    NRJ("energy-ombudsman", "nrj"),
    FED("federal-ombudsman", "fed"),
    VLA("vlaamse-ombudsdienst", "vla");

    private final String slug;
    private final String users;

    DemoTenant(String slug, String users) {
        this.slug = slug;
        this.users = users;
    }

    public String slug() {
        return slug;
    }

    /** The username of its agent, e.g. {@code wal-agent}. */
    public String agent() {
        return users + "-agent";
    }

    /** The username of its administrator, e.g. {@code wal-admin}. */
    public String admin() {
        return users + "-admin";
    }
}
