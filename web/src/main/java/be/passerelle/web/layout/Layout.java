package be.passerelle.web.layout;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.CallerApi;
import be.passerelle.client.model.MeResponse;
import be.passerelle.web.api.PasserelleApi;
import be.passerelle.web.config.UserLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the shared page header ({@code fragments :: header}) shows, for every page including the problem
 * pages: the signed-in user's name and institution (from the API's {@code /me}, asked once per session),
 * the languages of the switch and the page to come back to after switching. Templates reach it as {@code
 * ${@layout…}}.
 */
@Component("layout")
public final class Layout {
    private static final Logger log = LoggerFactory.getLogger(Layout.class);
    private static final String CALLER = Layout.class.getName() + ".caller";

    private final PasserelleApi api;
    private final CallerApi callers;

    Layout(PasserelleApi api) {
        this.api = api;
        this.callers = new CallerApi(api.client());
    }

    /** The signed-in user as the header shows them; {@code null} for an anonymous visitor (a citizen). */
    public SignedIn me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        Caller caller = caller(user);
        String name =
                user.getFullName() != null && !user.getFullName().isBlank() ? user.getFullName() : caller.username();
        return new SignedIn(
                name, caller.institution(LocaleContextHolder.getLocale()), caller.slug(), List.copyOf(caller.roles()));
    }

    /** The switch's languages, each named in itself, the current one marked. */
    public List<Language> languages() {
        String current = LocaleContextHolder.getLocale().getLanguage();
        return UserLocaleResolver.SUPPORTED.stream()
                .map(locale -> new Language(locale.getLanguage(), current.equals(locale.getLanguage())))
                .toList();
    }

    /** The current page (path and query), where the language switch comes back to. */
    public String here() {
        HttpServletRequest request = request();
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private Caller caller(OidcUser user) {
        HttpSession session = request().getSession(false);
        if (session != null
                && session.getAttribute(CALLER) instanceof Caller cached
                && cached.subject().equals(user.getSubject())) {
            return cached;
        }
        try {
            MeResponse me = callers.getMe(api.asCurrentUser());
            Caller caller = new Caller(
                    user.getSubject(),
                    me.getUsername(),
                    me.getTenant() == null ? null : me.getTenant().getSlug(),
                    me.getTenant() == null
                            ? new HashMap<>()
                            : new HashMap<>(me.getTenant().getNames()),
                    roles(me));
            if (session != null) {
                session.setAttribute(CALLER, caller);
            }
            return caller;
        } catch (ApiException | RuntimeException e) {
            // the header still renders (the page's own call reports the problem); asked again next page
            log.warn(
                    "the header could not ask the API who the user is: {}",
                    e.getClass().getSimpleName());
            return new Caller(user.getSubject(), user.getPreferredUsername(), null, new HashMap<>(), new ArrayList<>());
        }
    }

    private static ArrayList<String> roles(MeResponse me) {
        ArrayList<String> roles = new ArrayList<>();
        if (me.getRoles() != null) {
            me.getRoles().forEach(role -> roles.add(role.getValue()));
        }
        return roles;
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }

    /**
     * The signed-in user in the header, and for the pages that act on their institution.
     *
     * @param name their name (from the ID token, else their user name from {@code /me})
     * @param institution their institution's name in the page's language; {@code null} for a network admin
     * @param slug their institution's slug (the API's tenant paths); {@code null} for a network admin
     * @param roles their realm roles as the API sees them ({@code caseworker}, {@code tenant-admin},
     *     {@code network-admin}); empty when the API could not be asked
     */
    public record SignedIn(String name, String institution, String slug, List<String> roles) {
        public static final String TENANT_ADMIN = "tenant-admin";
        public static final String NETWORK_ADMIN = "network-admin";

        /** Whether they administer their institution (its directory entry, staff, integrations, reports). */
        public boolean tenantAdmin() {
            return slug != null && roles.contains(TENANT_ADMIN);
        }

        /** Whether they administer the network (tenants, taxonomies, the network's audit trail). */
        public boolean networkAdmin() {
            return roles.contains(NETWORK_ADMIN);
        }

        /** Whether they work in an institution (the referral boxes); a network admin has none. */
        public boolean inInstitution() {
            return slug != null;
        }
    }

    /**
     * One language of the switch.
     *
     * @param code its code ({@code fr}, {@code nl}, {@code de}, {@code en})
     * @param current whether the page is in it
     */
    public record Language(String code, boolean current) {}

    /** {@code /me} as kept in the session: who, their institution (slug, names by language) and roles. */
    record Caller(String subject, String username, String slug, HashMap<String, String> names, ArrayList<String> roles)
            implements Serializable {
        private static final long serialVersionUID = 1L;

        String institution(Locale locale) {
            if (names.isEmpty()) {
                return null;
            }
            return names.getOrDefault(
                    locale.getLanguage(),
                    names.getOrDefault("fr", names.values().iterator().next()));
        }
    }
}
