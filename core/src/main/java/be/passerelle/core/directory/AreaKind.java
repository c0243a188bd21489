package be.passerelle.core.directory;

/** What an area is; from the widest to the narrowest. */
public enum AreaKind {
    COUNTRY,
    REGION,
    COMMUNITY,
    PROVINCE,
    MUNICIPALITY
}
