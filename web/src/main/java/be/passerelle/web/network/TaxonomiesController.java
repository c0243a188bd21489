package be.passerelle.web.network;

import be.passerelle.client.ApiException;
import be.passerelle.client.model.AreaResponse;
import be.passerelle.client.model.SectorResponse;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.FormRefused;
import be.passerelle.web.layout.Access;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network admin's taxonomies: the sectors (add one, relabel one) and the areas (relabel one), each with
 * its labels in French, Dutch, German and English. The API keeps no version of them (no ETag): the last
 * change wins.
 */
@Controller
@RequestMapping("/network/taxonomies")
class TaxonomiesController {
    private final Access access;
    private final NetworkTaxonomies taxonomies;
    private final MessageSource messages;

    TaxonomiesController(Access access, NetworkTaxonomies taxonomies, MessageSource messages) {
        this.access = access;
        this.taxonomies = taxonomies;
        this.messages = messages;
    }

    /** Runs before every handler of these pages: network admins only (everyone else: the 403 page). */
    @ModelAttribute
    void networkAdminsOnly() {
        access.requireNetworkAdmin();
    }

    @GetMapping
    String taxonomies(Model model) {
        return overview(new NewSector("", "", "", "", ""), Map.of(), model);
    }

    /** Adds a sector; a code already in use is refused here (the API's PUT would relabel that sector). */
    @PostMapping("/sectors")
    String addSector(
            @ModelAttribute NewSector form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String code = form.code() == null ? "" : form.code().strip();
        try {
            if (taxonomies.sectors().stream().anyMatch(s -> s.getCode().equals(code))) {
                // a 409 without fields: shown on the code as "taken"
                throw new FormRefused(409, Map.of());
            }
            Map<String, String> labels = labels(form.labels());
            boolean created = taxonomies.putSector(code, labels);
            redirect.addFlashAttribute(
                    "flash",
                    new Flash(created ? "taxonomies.sector.added" : "taxonomies.sector.relabelled", List.of(code)));
            return "redirect:/network/taxonomies#sectors";
        } catch (FormRefused refused) {
            response.setStatus(refused.status());
            return overview(form, errors(refused, form.labels(), true, locale), model);
        }
    }

    @GetMapping("/sectors/{code}")
    String sector(@PathVariable String code, Model model) {
        SectorResponse sector = sector(code);
        return edit("sector", code, Texts.of(sector.getLabels()), Map.of(), model);
    }

    @PostMapping("/sectors/{code}")
    String relabelSector(
            @PathVariable String code,
            @ModelAttribute Texts form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        sector(code);
        return relabel(
                "sector",
                code,
                form,
                () -> taxonomies.putSector(code, labels(form)),
                locale,
                model,
                response,
                redirect);
    }

    @GetMapping("/areas/{code}")
    String area(@PathVariable String code, Model model) {
        AreaResponse area = area(code);
        return edit("area", code, Texts.of(area.getLabels()), Map.of(), model);
    }

    @PostMapping("/areas/{code}")
    String relabelArea(
            @PathVariable String code,
            @ModelAttribute Texts form,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        area(code);
        return relabel(
                "area",
                code,
                form,
                () -> taxonomies.relabelArea(code, labels(form)),
                locale,
                model,
                response,
                redirect);
    }

    /** Relabels a sector or an area ({@code kind}), back to its list, or to its form with the refusals. */
    private String relabel(
            String kind,
            String code,
            Texts form,
            Runnable save,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            save.run();
            redirect.addFlashAttribute("flash", new Flash("taxonomies." + kind + ".relabelled", List.of(code)));
            return "redirect:/network/taxonomies#" + kind + "s";
        } catch (FormRefused refused) {
            response.setStatus(refused.status());
            return edit(kind, code, form, errors(refused, form, false, locale), model);
        }
    }

    private String overview(NewSector form, Map<String, String> errors, Model model) {
        List<Row> sectors = taxonomies.sectors().stream()
                .map(s -> new Row(s.getCode(), null, Texts.of(s.getLabels())))
                .toList();
        List<Row> areas = taxonomies.areas().stream()
                .map(a -> new Row(a.getCode(), a.getKind().getValue(), Texts.of(a.getLabels())))
                .toList();
        model.addAttribute("page", new OverviewPage(sectors, areas, form, errors, errors.get("")));
        return "network-taxonomies";
    }

    private String edit(String what, String code, Texts labels, Map<String, String> errors, Model model) {
        model.addAttribute("page", new EditPage(what, code, labels, errors, errors.get("")));
        return "network-taxonomies-edit";
    }

    private SectorResponse sector(String code) {
        return taxonomies.sectors().stream()
                .filter(s -> s.getCode().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiProblem.of(new ApiException(404, "no sector " + code)));
    }

    private AreaResponse area(String code) {
        return taxonomies.areas().stream()
                .filter(a -> a.getCode().equals(code))
                .findFirst()
                .orElseThrow(() -> ApiProblem.of(new ApiException(404, "no area " + code)));
    }

    /** The labels the API takes; the page refuses labels without a French or a Dutch one first. */
    private static Map<String, String> labels(Texts form) {
        if (!form.hasFrenchOrDutch()) {
            throw new FormRefused(400, Map.of("names", ""));
        }
        return form.given();
    }

    /**
     * The refusal as messages of the page: each field problem next to its field ({@code code}, {@code fr}…,
     * {@code names} for the labels as a whole), else for the whole form (key {@code ""}). The API's 400
     * without field errors on a new sector is about its code (the labels were checked before).
     */
    private Map<String, String> errors(FormRefused refused, Texts labels, boolean newSector, Locale locale) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (String apiField : refused.fields().keySet()) {
            String field = Texts.formField(apiField, "labels");
            shown.putIfAbsent(field, message("taxonomies.error." + field, locale));
        }
        if (shown.isEmpty() && refused.status() == 409) {
            shown.put("code", message("taxonomies.error.code.taken", locale));
        } else if (shown.isEmpty() && refused.status() == 400 && newSector && labels.hasFrenchOrDutch()) {
            shown.put("code", message("taxonomies.error.code", locale));
        } else if (shown.isEmpty()) {
            shown.put("", messages.getMessage("taxonomies.error.form", null, locale));
        }
        return shown;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(
                new DefaultMessageSourceResolvable(new String[] {key, "taxonomies.error.invalid"}), locale);
    }

    /** The "new sector" form: its code and its labels. */
    record NewSector(String code, String fr, String nl, String de, String en) {
        public Texts labels() {
            return new Texts(fr, nl, de, en);
        }
    }

    /**
     * A sector or an area in the tables.
     *
     * @param kind the area's kind; {@code null} for a sector
     */
    record Row(String code, String kind, Texts labels) {}

    /**
     * The taxonomies' page.
     *
     * @param errors the new sector's refused fields
     * @param error a refusal of the whole new-sector form, or {@code null}
     */
    record OverviewPage(List<Row> sectors, List<Row> areas, NewSector form, Map<String, String> errors, String error) {}

    /**
     * The page that relabels one sector or area.
     *
     * @param what {@code sector} or {@code area}
     */
    record EditPage(String what, String code, Texts labels, Map<String, String> errors, String error) {}
}
