package be.passerelle.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Passerelle API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PasserelleApplication {
    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        SpringApplication.run(PasserelleApplication.class, args);
    }
}
