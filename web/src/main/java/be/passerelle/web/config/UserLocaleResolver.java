package be.passerelle.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The user's language: the {@code locale} of their Keycloak account when it is one of ours, else the
 * browser's preferred one of ours, else French.
 */
public final class UserLocaleResolver implements LocaleResolver {
    public static final List<Locale> SUPPORTED = List.of(
            Locale.forLanguageTag("fr"), Locale.forLanguageTag("nl"), Locale.forLanguageTag("de"), Locale.ENGLISH);

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            String claimed = user.getLocale();
            if (claimed != null) {
                for (Locale supported : SUPPORTED) {
                    if (supported
                            .getLanguage()
                            .equals(Locale.forLanguageTag(claimed).getLanguage())) {
                        return supported;
                    }
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: the default
            }
        }
        return SUPPORTED.get(0);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the language follows the Keycloak account or the browser");
    }
}
