package be.passerelle.web.session;

import be.passerelle.web.config.WebSettings;
import javax.sql.DataSource;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Sessions in the web client's own tables ({@code web.spring_session*}), shared by every web node, their
 * attributes sealed at rest, carried by one {@code __Host-} cookie.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(tableName = "web.spring_session")
class SessionConfiguration implements BeanClassLoaderAware {
    private ClassLoader classLoader = SessionConfiguration.class.getClassLoader();

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Bean
    static WebDatabase webDatabase(DataSource dataSource, WebSettings settings) {
        return new WebDatabase(dataSource, settings.db());
    }

    @Bean
    SessionAttributeCipher sessionAttributeCipher(WebSettings settings) {
        return new SessionAttributeCipher(settings.session().keyset());
    }

    /** Spring Session writes every attribute through this service (by its bean name): serialized, then sealed. */
    @Bean("springSessionConversionService")
    ConversionService springSessionConversionService(SessionAttributeCipher cipher) {
        SerializingConverter serializer = new SerializingConverter();
        DeserializingConverter deserializer = new DeserializingConverter(classLoader);
        GenericConversionService conversions = new GenericConversionService();
        conversions.addConverter(Object.class, byte[].class, source -> cipher.seal(serializer.convert(source)));
        conversions.addConverter(byte[].class, Object.class, source -> deserializer.convert(cipher.open(source)));
        return conversions;
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> idleTimeout(
            WebSettings settings, WebDatabase migratedFirst) {
        return repository ->
                repository.setDefaultMaxInactiveInterval(settings.session().idleTimeout());
    }

    @Bean
    CookieSerializer cookieSerializer(WebSettings settings) {
        return sessionCookie(settings.session());
    }

    /** {@code __Host-…; Path=/; HttpOnly; SameSite=Lax} (+ {@code Secure}), no {@code Domain}, session-only. */
    static DefaultCookieSerializer sessionCookie(WebSettings.Session session) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(session.cookieName());
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setUseSecureCookie(session.secureCookie());
        cookie.setSameSite("Lax");
        cookie.setUseBase64Encoding(true);
        return cookie;
    }
}
