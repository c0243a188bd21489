package be.passerelle.api.web;

import java.time.Instant;
import java.util.function.Consumer;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * What the API accepts as input, everywhere: strict JSON strings, integers, booleans and instants,
 * UTF-8 query strings and JSON bodies, and problems even for the requests Tomcat refuses itself
 * (see also {@link DecimalNumbers}).
 */
@Configuration(proxyBeanMethods = false)
public class HostileInputConfiguration {

    @Bean
    JsonMapperBuilderCustomizer strictJsonInput() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Boolean, refuseScalars())
                .addModule(new SimpleModule("strict-input")
                        .addDeserializer(String.class, new StrictJsonStrings())
                        .addDeserializer(Instant.class, new StrictJsonInstants()));
    }

    /** A number where a boolean is wanted is a wrong type, not {@code true}. */
    private static Consumer<MutableCoercionConfig> refuseScalars() {
        return config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }

    @Bean
    FilterRegistrationBean<RequestTextFilter> requestTextFilter(ProblemWriter problems) {
        FilterRegistrationBean<RequestTextFilter> registration =
                new FilterRegistrationBean<>(new RequestTextFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
