package be.passerelle.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The reference web client: a backend-for-frontend on the public API. Its settings are in {@code
 * passerelle-web.yml} (not {@code application.yml}), so that it never reads the API's settings when both
 * run in one JVM (the integration tests).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebApplication {
    public static final String CONFIG_NAME = "spring.config.name=passerelle-web";

    public static void main(String[] args) {
        new SpringApplicationBuilder(WebApplication.class)
                .properties(CONFIG_NAME)
                .run(args);
    }
}
