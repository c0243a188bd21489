package be.passerelle.web.admin.staff;

import be.passerelle.client.ApiException;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.layout.Access;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/staff}: the institution's staff for its admins: the list, inviting a member, changing a
 * member's roles, disabling or enabling them and removing them (after a confirmation page). Every change is
 * a form to the admin's own institution; the API refuses a member of another one.
 */
@Controller
class StaffController {
    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final Access admin;
    private final StaffMembers staff;

    StaffController(Access admin, StaffMembers staff) {
        this.admin = admin;
        this.staff = staff;
    }

    @GetMapping("/admin/staff")
    String page(Model model) {
        return render(admin.tenantAdminSlug(), StaffMembers.InviteForm.BLANK, Map.of(), null, model);
    }

    @PostMapping("/admin/staff")
    String invite(
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String firstName,
            @RequestParam(required = false) String lastName,
            @RequestParam(required = false) List<String> roles,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        String slug = admin.tenantAdminSlug();
        StaffMembers.InviteForm form = new StaffMembers.InviteForm(email, firstName, lastName, roles);
        Map<String, String> problems = new LinkedHashMap<>();
        if (form.email().isBlank()) {
            problems.put("email", "");
        }
        if (form.roles().isEmpty()) {
            problems.put("roles", "");
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(slug, form, problems, null, model);
        }
        try {
            StaffMembers.Member invited = staff.invite(slug, form);
            notice(flash, "staff.invited", invited.email());
            return "redirect:/admin/staff";
        } catch (StaffMembers.InvitationRefused refused) {
            response.setStatus(refused.status());
            Map<String, String> fields = new LinkedHashMap<>(refused.fields());
            if (refused.status() == 409) {
                fields.putIfAbsent("email", "");
            }
            return render(slug, form, fields, "staff.invite.refused." + refused.status(), model);
        }
    }

    @PostMapping("/admin/staff/{id}/roles")
    String roles(
            @PathVariable String id, @RequestParam(required = false) List<String> roles, RedirectAttributes flash) {
        String slug = admin.tenantAdminSlug();
        List<String> chosen = roles == null
                ? List.of()
                : roles.stream().filter(StaffMembers.ROLES::contains).distinct().toList();
        if (chosen.isEmpty()) {
            flash.addFlashAttribute("refusedChange", "staff.roles.none");
            return "redirect:/admin/staff";
        }
        staff.changeRoles(slug, member(id), chosen);
        notice(flash, "staff.roles.changed", null);
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{id}/enabled")
    String enabled(@PathVariable String id, @RequestParam boolean enabled, RedirectAttributes flash) {
        staff.enable(admin.tenantAdminSlug(), member(id), enabled);
        notice(flash, enabled ? "staff.enabled.done" : "staff.disabled.done", null);
        return "redirect:/admin/staff";
    }

    /** The confirmation step of removing a member (a page, so that it works without JavaScript). */
    @GetMapping("/admin/staff/{id}/remove")
    String confirmRemoval(@PathVariable String id, Model model) {
        String slug = admin.tenantAdminSlug();
        model.addAttribute(
                "member",
                staff.find(slug, member(id))
                        .orElseThrow(() -> ApiProblem.of(new ApiException(404, "no such staff member"))));
        return "admin-staff-remove";
    }

    @PostMapping("/admin/staff/{id}/remove")
    String remove(@PathVariable String id, @RequestParam(required = false) boolean confirm, RedirectAttributes flash) {
        String slug = admin.tenantAdminSlug();
        if (!confirm) {
            return "redirect:/admin/staff/" + member(id) + "/remove";
        }
        staff.remove(slug, member(id));
        notice(flash, "staff.removed", null);
        return "redirect:/admin/staff";
    }

    private String render(
            String slug, StaffMembers.InviteForm form, Map<String, String> problems, String refusal, Model model) {
        model.addAttribute("members", staff.list(slug));
        model.addAttribute("roles", StaffMembers.ROLES);
        model.addAttribute("invite", form);
        model.addAttribute("problems", problems);
        model.addAttribute("refusal", refusal);
        return "admin-staff";
    }

    /** A member id as the API names them; anything else is no member (404). */
    private static String member(String id) {
        if (id == null || !MEMBER_ID.matcher(id).matches()) {
            throw ApiProblem.of(new ApiException(404, "no such staff member"));
        }
        return id;
    }

    private static void notice(RedirectAttributes flash, String key, String argument) {
        flash.addFlashAttribute("notice", key);
        flash.addFlashAttribute("noticeArgument", argument == null ? "" : argument);
    }
}
