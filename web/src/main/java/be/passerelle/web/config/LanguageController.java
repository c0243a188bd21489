package be.passerelle.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The language switch of every page: a {@code POST} (with the CSRF token) that keeps the choice for the
 * session, then back to the page it came from (a path of this web client only, never another site).
 */
@Controller
class LanguageController {
    private final LocaleResolver locales;

    LanguageController(LocaleResolver locales) {
        this.locales = locales;
    }

    @PostMapping("/language")
    RedirectView change(
            @RequestParam(name = "lang", required = false) String language,
            @RequestParam(name = "return", required = false) String back,
            HttpServletRequest request,
            HttpServletResponse response) {
        UserLocaleResolver.supported(language).ifPresent(locale -> locales.setLocale(request, response, locale));
        RedirectView redirect = new RedirectView(backTo(back), true);
        redirect.setExpandUriTemplateVariables(false);
        return redirect;
    }

    /** A local path ({@code /…}, not {@code //host} nor {@code /\host}, no line break), else the home page. */
    static String backTo(String back) {
        if (back == null
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "/";
        }
        return back;
    }
}
