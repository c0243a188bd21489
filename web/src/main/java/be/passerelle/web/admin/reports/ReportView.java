package be.passerelle.web.admin.reports;

import be.passerelle.client.model.FieldError;
import be.passerelle.client.model.SectorResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The report's figures as the page shows them: fieldsets of labelled fields with their values and, after a
 * refused save, each message next to its field and a summary at the top linking to the fields.
 */
final class ReportView {
    private final MessageSource messages;
    private final Locale locale;
    private final List<SectorResponse> sectors;

    ReportView(MessageSource messages, Locale locale, List<SectorResponse> sectors) {
        this.messages = messages;
        this.locale = locale;
        this.sectors = List.copyOf(sectors);
    }

    List<String> sectorCodes() {
        return sectors.stream().map(SectorResponse::getCode).toList();
    }

    /**
     * The form's groups with these values and errors.
     *
     * @param values field id → text
     * @param errors field id → its messages
     */
    List<Group> groups(Map<String, String> values, Map<String, List<Message>> errors) {
        List<Group> groups = new ArrayList<>();
        ReportForm.GROUPS.forEach((group, ids) -> {
            if (group.equals("languages")) {
                groups.add(sectorGroup(values, errors));
            }
            groups.add(new Group(
                    group,
                    text("reports.group." + group),
                    ids.stream()
                            .map(id -> new Field(
                                    id,
                                    text("reports.field." + id),
                                    values.getOrDefault(id, ""),
                                    errors.getOrDefault(id, List.of())))
                            .toList()));
        });
        return groups;
    }

    private Group sectorGroup(Map<String, String> values, Map<String, List<Message>> errors) {
        Map<String, String> labels = new LinkedHashMap<>();
        sectors.forEach(s -> labels.put(s.getCode(), s.getLabel() == null ? s.getCode() : s.getLabel()));
        // a sector reported earlier and since removed from the taxonomy still shows, by its code
        values.keySet().stream()
                .filter(id -> id.startsWith(ReportForm.SECTOR))
                .map(id -> id.substring(ReportForm.SECTOR.length()))
                .forEach(code -> labels.putIfAbsent(code, code));
        List<Field> fields = new ArrayList<>();
        labels.forEach((code, label) -> {
            String id = ReportForm.SECTOR + code;
            fields.add(new Field(id, label, values.getOrDefault(id, ""), errors.getOrDefault(id, List.of())));
        });
        return new Group("sectors", text("reports.group.sectors"), fields);
    }

    /** The page's own refusals (missing or not a number), each on its field. */
    Map<String, List<Message>> pageErrors(Map<String, String> refused) {
        Map<String, List<Message>> errors = new LinkedHashMap<>();
        refused.forEach(
                (id, key) -> errors.computeIfAbsent(id, k -> new ArrayList<>()).add(new Message(text(key), null)));
        return errors;
    }

    /**
     * The API's field errors on the form's fields (key {@code ""}: a rule the form has no field for, shown in
     * the summary only). Each message is the page's own, in the user's language, followed by the API's text.
     */
    Map<String, List<Message>> apiErrors(List<FieldError> apiErrors) {
        String firstSector = sectors.isEmpty() ? null : sectors.get(0).getCode();
        Map<String, List<Message>> errors = new LinkedHashMap<>();
        for (FieldError error : apiErrors) {
            String id = ReportForm.fieldOf(error.getField(), firstSector);
            // a rule the form has no field for names the API's field in its text
            String api = id == null && error.getField() != null
                    ? error.getField() + ": " + error.getMessage()
                    : error.getMessage();
            errors.computeIfAbsent(id == null ? "" : id, k -> new ArrayList<>())
                    .add(new Message(text(ReportForm.messageKeyOf(error.getField(), error.getMessage())), api));
        }
        return errors;
    }

    /** The summary at the top: one entry per message, linking to its field (in the order of the form). */
    static List<SummaryItem> summary(List<Group> groups, Map<String, List<Message>> errors) {
        List<SummaryItem> items = new ArrayList<>();
        errors.getOrDefault("", List.of()).forEach(m -> items.add(new SummaryItem(null, null, m)));
        for (Group group : groups) {
            for (Field field : group.fields()) {
                field.errors().forEach(m -> items.add(new SummaryItem(field.id(), field.label(), m)));
            }
        }
        return items;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    /** A fieldset of the form. */
    record Group(String id, String legend, List<Field> fields) {}

    /**
     * One figure.
     *
     * @param id its input's id and name
     * @param errors its messages (empty when accepted)
     */
    record Field(String id, String label, String value, List<Message> errors) {
        public boolean invalid() {
            return !errors.isEmpty();
        }

        /** The id of its message element ({@code aria-describedby}). */
        public String errorId() {
            return id + "-error";
        }
    }

    /**
     * A refusal.
     *
     * @param text the page's message in the user's language
     * @param api the API's own text (English), {@code null} for the page's own refusals
     */
    record Message(String text, String api) {}

    /**
     * An entry of the summary.
     *
     * @param fieldId the field to link to; {@code null} for a rule without a field
     */
    record SummaryItem(String fieldId, String label, Message message) {}
}
