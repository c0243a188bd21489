package be.passerelle.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The user's language: the one chosen with the language switch for this session, else the {@code locale}
 * of their Keycloak account when it is one of ours, else the browser's preferred one of ours, else French.
 * The choice is kept in the session (a citizen on the public status page has one too: its CSRF token), so
 * it overrides the Keycloak locale for the session only.
 */
public final class UserLocaleResolver implements LocaleResolver {
    public static final List<Locale> SUPPORTED = List.of(
            Locale.forLanguageTag("fr"), Locale.forLanguageTag("nl"), Locale.forLanguageTag("de"), Locale.ENGLISH);
    static final String CHOSEN = UserLocaleResolver.class.getName() + ".chosen";

    /** One of our languages with this language code ({@code nl-BE} is {@code nl}), if any. */
    public static Optional<Locale> supported(String languageTag) {
        if (languageTag == null || languageTag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(languageTag).getLanguage();
        return SUPPORTED.stream()
                .filter(supported -> supported.getLanguage().equals(language))
                .findFirst();
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CHOSEN) instanceof String chosen) {
            Optional<Locale> locale = supported(chosen);
            if (locale.isPresent()) {
                return locale.get();
            }
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            Optional<Locale> claimed = supported(user.getLocale());
            if (claimed.isPresent()) {
                return claimed.get();
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

    /** The language switch: kept for the session; a language that is not ours is ignored. */
    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null) {
            return;
        }
        supported(locale.toLanguageTag())
                .ifPresent(chosen -> request.getSession().setAttribute(CHOSEN, chosen.toLanguageTag()));
    }
}
