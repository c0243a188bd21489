package be.passerelle.web.admin.directory;

import be.passerelle.client.model.AddressRequest;
import be.passerelle.client.model.AdmissibilityRequest;
import be.passerelle.client.model.CompetenceRequest;
import be.passerelle.client.model.ContactRequest;
import be.passerelle.client.model.DirectoryEntryRequest;
import be.passerelle.client.model.OpeningRequest;
import be.passerelle.client.model.ProfileResponse;
import be.passerelle.client.model.SocialRequest;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The directory entry's form (everything but the referral intake, which has its own page): the names and
 * descriptions in the four languages, the languages served, contact channels, opening hours, admissibility
 * rules and competences. Its lists have one blank row more than the entry (to add one); blank rows are not
 * sent.
 */
public final class DirectoryForm implements EntryForm {
    static final List<String> LANGUAGES = List.of("fr", "nl", "de", "en");
    private static final Pattern LIST_ITEM =
            Pattern.compile("^(competences|openingHours|contact\\.socialMedia)\\[(\\d+)\\]");

    private String version = "";
    private Map<String, String> names = blankTexts();
    private Map<String, String> descriptions = blankTexts();
    private List<String> languages = new ArrayList<>();
    private Contact contact = new Contact();
    private List<Opening> openingHours = new ArrayList<>();
    private Admissibility admissibility = new Admissibility();
    private List<Competence> competences = new ArrayList<>();

    /** The form of the entry as read, with a blank row to add in each list. */
    static DirectoryForm of(ProfileResponse entry, String version) {
        DirectoryForm form = new DirectoryForm();
        form.version = version;
        LANGUAGES.forEach(l -> {
            form.names.put(l, orBlank(entry.getNames().get(l)));
            form.descriptions.put(
                    l,
                    entry.getDescriptions() == null
                            ? ""
                            : orBlank(entry.getDescriptions().get(l)));
        });
        form.languages = new ArrayList<>(
                entry.getLanguages().stream().map(l -> l.getValue()).toList());
        if (entry.getContact() != null) {
            var contact = entry.getContact();
            form.contact.email = orBlank(contact.getEmail());
            form.contact.phone = orBlank(contact.getPhone());
            form.contact.website = orBlank(contact.getWebsite());
            if (contact.getPostalAddress() != null) {
                form.contact.postalAddress.street = contact.getPostalAddress().getStreet();
                form.contact.postalAddress.postalCode =
                        contact.getPostalAddress().getPostalCode();
                form.contact.postalAddress.locality = contact.getPostalAddress().getLocality();
                form.contact.postalAddress.country = contact.getPostalAddress().getCountry();
            }
            if (contact.getSocialMedia() != null) {
                contact.getSocialMedia()
                        .forEach(s -> form.contact.socialMedia.add(new Social(s.getNetwork(), s.getUrl())));
            }
        }
        if (entry.getOpeningHours() != null) {
            entry.getOpeningHours()
                    .forEach(o -> form.openingHours.add(new Opening(
                            o.getDay().getValue(),
                            o.getOpens().toString(),
                            o.getCloses().toString())));
        }
        var rules = entry.getAdmissibility();
        form.admissibility.priorContactRequired = Boolean.TRUE.equals(rules.getPriorContactRequired());
        form.admissibility.anonymousAccepted = Boolean.TRUE.equals(rules.getAnonymousAccepted());
        form.admissibility.maxComplaintAgeMonths = rules.getMaxComplaintAgeMonths() == null
                ? ""
                : rules.getMaxComplaintAgeMonths().toString();
        entry.getCompetences().forEach(c -> {
            Competence competence = new Competence();
            competence.sector = orBlank(c.getSector());
            competence.adminLevel =
                    c.getAdminLevel() == null ? "" : c.getAdminLevel().getValue();
            competence.territory = new ArrayList<>(c.getTerritory());
            competence.bodies = new ArrayList<>(c.getBodies());
            competence.excludesAreas = new ArrayList<>(c.getExcludesAreas());
            competence.excludesBodies = new ArrayList<>(c.getExcludesBodies());
            form.competences.add(competence);
        });
        return form.withBlankRows();
    }

    /** One blank row at the end of each list (where a new contact, period or competence is added). */
    DirectoryForm withBlankRows() {
        if (contact.socialMedia.isEmpty() || !last(contact.socialMedia).blank()) {
            contact.socialMedia.add(new Social());
        }
        if (openingHours.isEmpty() || !last(openingHours).blank()) {
            openingHours.add(new Opening());
        }
        if (competences.isEmpty() || !last(competences).blank()) {
            competences.add(new Competence());
        }
        return this;
    }

    @Override
    public Edit edit() {
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, List<Integer>> sent = new LinkedHashMap<>();

        List<SocialRequest> social = new ArrayList<>();
        List<Integer> socialRows = new ArrayList<>();
        for (int i = 0; i < contact.socialMedia.size(); i++) {
            Social row = contact.socialMedia.get(i);
            if (!row.blank()) {
                social.add(new SocialRequest().network(strip(row.network)).url(strip(row.url)));
                socialRows.add(i);
            }
        }
        sent.put("contact.socialMedia", socialRows);

        List<OpeningRequest> hours = new ArrayList<>();
        List<Integer> hourRows = new ArrayList<>();
        for (int i = 0; i < openingHours.size(); i++) {
            Opening row = openingHours.get(i);
            if (row.blank()) {
                continue;
            }
            String path = "openingHours[" + i + "]";
            OpeningRequest.DayEnum day = null;
            try {
                day = OpeningRequest.DayEnum.fromValue(strip(row.day));
            } catch (IllegalArgumentException e) {
                problems.put(path + ".day", "directory.error.required");
            }
            LocalTime opens = time(row.opens, path + ".opens", problems);
            LocalTime closes = time(row.closes, path + ".closes", problems);
            hours.add(new OpeningRequest().day(day).opens(opens).closes(closes));
            hourRows.add(i);
        }
        sent.put("openingHours", hourRows);

        List<CompetenceRequest> chosen = new ArrayList<>();
        List<Integer> competenceRows = new ArrayList<>();
        for (int i = 0; i < competences.size(); i++) {
            Competence row = competences.get(i);
            if (row.remove || row.blank()) {
                continue;
            }
            CompetenceRequest.AdminLevelEnum level = null;
            if (!strip(row.adminLevel).isEmpty()) {
                try {
                    level = CompetenceRequest.AdminLevelEnum.fromValue(strip(row.adminLevel));
                } catch (IllegalArgumentException e) {
                    problems.put("competences[" + i + "].adminLevel", "directory.error.choice");
                }
            }
            chosen.add(new CompetenceRequest()
                    .sector(strip(row.sector).isEmpty() ? null : strip(row.sector))
                    .adminLevel(level)
                    .territory(codes(row.territory))
                    .bodies(codes(row.bodies))
                    .excludesAreas(codes(row.excludesAreas))
                    .excludesBodies(codes(row.excludesBodies)));
            competenceRows.add(i);
        }
        sent.put("competences", competenceRows);

        Integer maxAge = null;
        if (!strip(admissibility.maxComplaintAgeMonths).isEmpty()) {
            try {
                maxAge = Integer.valueOf(strip(admissibility.maxComplaintAgeMonths));
            } catch (NumberFormatException e) {
                problems.put("admissibility.maxComplaintAgeMonths", "directory.error.number");
            }
        }
        List<DirectoryEntryRequest.LanguagesEnum> served = new ArrayList<>();
        for (String language : languages) {
            if (LANGUAGES.contains(language)) {
                served.add(DirectoryEntryRequest.LanguagesEnum.fromValue(language));
            }
        }
        Integer months = maxAge;
        return new Edit(
                request -> {
                    request.names(texts(names))
                            .descriptions(texts(descriptions))
                            .languages(served);
                    request.contact(contactRequest(social));
                    request.openingHours(hours);
                    request.competences(chosen);
                    AdmissibilityRequest rules = request.getAdmissibility() == null
                            ? new AdmissibilityRequest()
                            : request.getAdmissibility();
                    request.admissibility(rules.priorContactRequired(admissibility.priorContactRequired)
                            .anonymousAccepted(admissibility.anonymousAccepted)
                            .maxComplaintAgeMonths(months));
                    return request;
                },
                problems,
                apiPath -> formPath(apiPath, sent));
    }

    /** The form's path of a field the API names: list indexes back to the form's rows, map keys in brackets. */
    static String formPath(String apiPath, Map<String, List<Integer>> sent) {
        if (apiPath == null) {
            return "";
        }
        String path = apiPath;
        Matcher item = LIST_ITEM.matcher(path);
        if (item.find()) {
            List<Integer> rows = sent.getOrDefault(item.group(1), List.of());
            int index = Integer.parseInt(item.group(2));
            if (index < rows.size()) {
                path = item.group(1) + "[" + rows.get(index) + "]" + path.substring(item.end());
            }
        }
        return path.replaceAll("^(names|descriptions)\\.([a-z]{2})$", "$1[$2]");
    }

    private ContactRequest contactRequest(List<SocialRequest> social) {
        ContactRequest request = new ContactRequest()
                .email(orNull(contact.email))
                .phone(orNull(contact.phone))
                .website(orNull(contact.website))
                .socialMedia(social);
        Address address = contact.postalAddress;
        if (!(strip(address.street) + strip(address.postalCode) + strip(address.locality) + strip(address.country))
                .isEmpty()) {
            request.postalAddress(new AddressRequest()
                    .street(strip(address.street))
                    .postalCode(strip(address.postalCode))
                    .locality(strip(address.locality))
                    .country(strip(address.country)));
        }
        return request;
    }

    @Override
    public Map<String, String> values(Locale locale) {
        Map<String, String> values = new LinkedHashMap<>();
        LANGUAGES.forEach(l -> values.put("names[" + l + "]", strip(names.get(l))));
        LANGUAGES.forEach(l -> values.put("descriptions[" + l + "]", strip(descriptions.get(l))));
        values.put("languages", LANGUAGES.stream().filter(languages::contains).collect(Collectors.joining(", ")));
        values.put("contact.email", strip(contact.email));
        values.put("contact.phone", strip(contact.phone));
        values.put("contact.website", strip(contact.website));
        Address address = contact.postalAddress;
        values.put(
                "contact.postalAddress",
                List.of(address.street, address.postalCode, address.locality, address.country).stream()
                        .map(DirectoryForm::strip)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.joining(", ")));
        values.put(
                "contact.socialMedia",
                contact.socialMedia.stream()
                        .filter(s -> !s.blank())
                        .map(s -> strip(s.network) + ": " + strip(s.url))
                        .collect(Collectors.joining("; ")));
        values.put(
                "openingHours",
                openingHours.stream()
                        .filter(o -> !o.blank())
                        .map(o -> day(o.day, locale) + " " + strip(o.opens) + "–" + strip(o.closes))
                        .collect(Collectors.joining("; ")));
        values.put("admissibility.priorContactRequired", Boolean.toString(admissibility.priorContactRequired));
        values.put("admissibility.anonymousAccepted", Boolean.toString(admissibility.anonymousAccepted));
        values.put("admissibility.maxComplaintAgeMonths", strip(admissibility.maxComplaintAgeMonths));
        values.put(
                "competences",
                competences.stream()
                        .filter(c -> !c.remove && !c.blank())
                        .map(Competence::summary)
                        .collect(Collectors.joining("; ")));
        return values;
    }

    private static String day(String day, Locale locale) {
        try {
            return DayOfWeek.valueOf(strip(day)).getDisplayName(TextStyle.FULL, locale);
        } catch (IllegalArgumentException e) {
            return strip(day);
        }
    }

    private static LocalTime time(String value, String path, Map<String, String> problems) {
        try {
            return LocalTime.parse(strip(value));
        } catch (DateTimeParseException e) {
            problems.put(path, "directory.error.time");
            return null;
        }
    }

    private static Map<String, String> texts(Map<String, String> byLanguage) {
        Map<String, String> texts = new LinkedHashMap<>();
        LANGUAGES.forEach(l -> {
            String text = strip(byLanguage.get(l));
            if (!text.isEmpty()) {
                texts.put(l, text);
            }
        });
        return texts;
    }

    private static List<String> codes(List<String> codes) {
        return new ArrayList<>(
                codes == null
                        ? List.of()
                        : codes.stream()
                                .map(DirectoryForm::strip)
                                .filter(c -> !c.isEmpty())
                                .distinct()
                                .toList());
    }

    private static Map<String, String> blankTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        LANGUAGES.forEach(l -> texts.put(l, ""));
        return texts;
    }

    private static <T> T last(List<T> rows) {
        return rows.get(rows.size() - 1);
    }

    static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String orNull(String value) {
        return strip(value).isEmpty() ? null : strip(value);
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getVersion() {
        return version;
    }

    @Override
    public void setVersion(String version) {
        this.version = version;
    }

    public Map<String, String> getNames() {
        return names;
    }

    public void setNames(Map<String, String> names) {
        this.names = names;
    }

    public Map<String, String> getDescriptions() {
        return descriptions;
    }

    public void setDescriptions(Map<String, String> descriptions) {
        this.descriptions = descriptions;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public Contact getContact() {
        return contact;
    }

    public void setContact(Contact contact) {
        this.contact = contact;
    }

    public List<Opening> getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(List<Opening> openingHours) {
        this.openingHours = openingHours;
    }

    public Admissibility getAdmissibility() {
        return admissibility;
    }

    public void setAdmissibility(Admissibility admissibility) {
        this.admissibility = admissibility;
    }

    public List<Competence> getCompetences() {
        return competences;
    }

    public void setCompetences(List<Competence> competences) {
        this.competences = competences;
    }

    /** The contact channels. */
    public static final class Contact {
        private String email = "";
        private String phone = "";
        private String website = "";
        private Address postalAddress = new Address();
        private List<Social> socialMedia = new ArrayList<>();

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getWebsite() {
            return website;
        }

        public void setWebsite(String website) {
            this.website = website;
        }

        public Address getPostalAddress() {
            return postalAddress;
        }

        public void setPostalAddress(Address postalAddress) {
            this.postalAddress = postalAddress;
        }

        public List<Social> getSocialMedia() {
            return socialMedia;
        }

        public void setSocialMedia(List<Social> socialMedia) {
            this.socialMedia = socialMedia;
        }
    }

    /** The postal address (all four parts, or none). */
    public static final class Address {
        private String street = "";
        private String postalCode = "";
        private String locality = "";
        private String country = "";

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getPostalCode() {
            return postalCode;
        }

        public void setPostalCode(String postalCode) {
            this.postalCode = postalCode;
        }

        public String getLocality() {
            return locality;
        }

        public void setLocality(String locality) {
            this.locality = locality;
        }

        public String getCountry() {
            return country;
        }

        public void setCountry(String country) {
            this.country = country;
        }
    }

    /** A social media account. */
    public static final class Social {
        private String network = "";
        private String url = "";

        public Social() {}

        Social(String network, String url) {
            this.network = network;
            this.url = url;
        }

        boolean blank() {
            return strip(network).isEmpty() && strip(url).isEmpty();
        }

        public String getNetwork() {
            return network;
        }

        public void setNetwork(String network) {
            this.network = network;
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }
    }

    /** An opening period of a day ({@code HH:mm}). */
    public static final class Opening {
        private String day = "";
        private String opens = "";
        private String closes = "";

        public Opening() {}

        Opening(String day, String opens, String closes) {
            this.day = day;
            this.opens = opens;
            this.closes = closes;
        }

        boolean blank() {
            return strip(day).isEmpty()
                    && strip(opens).isEmpty()
                    && strip(closes).isEmpty();
        }

        public String getDay() {
            return day;
        }

        public void setDay(String day) {
            this.day = day;
        }

        public String getOpens() {
            return opens;
        }

        public void setOpens(String opens) {
            this.opens = opens;
        }

        public String getCloses() {
            return closes;
        }

        public void setCloses(String closes) {
            this.closes = closes;
        }
    }

    /** The admissibility rules the institution states. */
    public static final class Admissibility {
        private boolean priorContactRequired;
        private boolean anonymousAccepted;
        private String maxComplaintAgeMonths = "";

        public boolean isPriorContactRequired() {
            return priorContactRequired;
        }

        public void setPriorContactRequired(boolean priorContactRequired) {
            this.priorContactRequired = priorContactRequired;
        }

        public boolean isAnonymousAccepted() {
            return anonymousAccepted;
        }

        public void setAnonymousAccepted(boolean anonymousAccepted) {
            this.anonymousAccepted = anonymousAccepted;
        }

        public String getMaxComplaintAgeMonths() {
            return maxComplaintAgeMonths;
        }

        public void setMaxComplaintAgeMonths(String maxComplaintAgeMonths) {
            this.maxComplaintAgeMonths = maxComplaintAgeMonths;
        }
    }

    /** A competence: a sector and level of administration over a territory, with named bodies and exclusions. */
    public static final class Competence {
        private String sector = "";
        private String adminLevel = "";
        private List<String> territory = new ArrayList<>();
        private List<String> bodies = new ArrayList<>();
        private List<String> excludesAreas = new ArrayList<>();
        private List<String> excludesBodies = new ArrayList<>();
        private boolean remove;

        boolean blank() {
            return strip(sector).isEmpty()
                    && strip(adminLevel).isEmpty()
                    && codes(territory).isEmpty()
                    && codes(bodies).isEmpty()
                    && codes(excludesAreas).isEmpty()
                    && codes(excludesBodies).isEmpty();
        }

        String summary() {
            List<String> parts = new ArrayList<>();
            parts.add(strip(sector).isEmpty() ? "*" : strip(sector));
            if (!strip(adminLevel).isEmpty()) {
                parts.add(strip(adminLevel));
            }
            parts.add(String.join(", ", codes(territory)));
            if (!codes(bodies).isEmpty()) {
                parts.add("+ " + String.join(", ", codes(bodies)));
            }
            if (!codes(excludesAreas).isEmpty() || !codes(excludesBodies).isEmpty()) {
                List<String> excluded = new ArrayList<>(codes(excludesAreas));
                excluded.addAll(codes(excludesBodies));
                parts.add("− " + String.join(", ", excluded));
            }
            return String.join(" ", parts);
        }

        public String getSector() {
            return sector;
        }

        public void setSector(String sector) {
            this.sector = sector;
        }

        public String getAdminLevel() {
            return adminLevel;
        }

        public void setAdminLevel(String adminLevel) {
            this.adminLevel = adminLevel;
        }

        public List<String> getTerritory() {
            return territory;
        }

        public void setTerritory(List<String> territory) {
            this.territory = territory == null ? new ArrayList<>() : territory;
        }

        public List<String> getBodies() {
            return bodies;
        }

        public void setBodies(List<String> bodies) {
            this.bodies = bodies == null ? new ArrayList<>() : bodies;
        }

        public List<String> getExcludesAreas() {
            return excludesAreas;
        }

        public void setExcludesAreas(List<String> excludesAreas) {
            this.excludesAreas = excludesAreas == null ? new ArrayList<>() : excludesAreas;
        }

        public List<String> getExcludesBodies() {
            return excludesBodies;
        }

        public void setExcludesBodies(List<String> excludesBodies) {
            this.excludesBodies = excludesBodies == null ? new ArrayList<>() : excludesBodies;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }
}
