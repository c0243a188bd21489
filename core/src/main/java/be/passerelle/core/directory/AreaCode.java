package be.passerelle.core.directory;

import be.passerelle.core.shared.InvalidInput;
import java.util.regex.Pattern;

/**
 * The code of an area of the geography: {@code BE}, the regions ({@code BE-BRU}, {@code BE-VLG},
 * {@code BE-WAL}, ISO 3166-2:BE), the communities ({@code FWB}, {@code VG}, {@code DG}), the
 * provinces and the municipalities ({@code MUN-…}).
 */
public record AreaCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9-]{0,62}");

    public static final AreaCode BELGIUM = new AreaCode("BE");
    public static final AreaCode BRUSSELS = new AreaCode("BE-BRU");
    public static final AreaCode FLEMISH_REGION = new AreaCode("BE-VLG");
    public static final AreaCode WALLOON_REGION = new AreaCode("BE-WAL");
    public static final AreaCode FRENCH_COMMUNITY = new AreaCode("FWB");
    public static final AreaCode FLEMISH_COMMUNITY = new AreaCode("VG");
    public static final AreaCode GERMAN_COMMUNITY = new AreaCode("DG");

    public AreaCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidInput("an area code has 1 to 63 upper-case letters, digits and hyphens");
        }
    }

    public static AreaCode of(String value) {
        return new AreaCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
