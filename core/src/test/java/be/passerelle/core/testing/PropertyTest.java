package be.passerelle.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A law checked on every sample of the method's {@code @MethodSource} (usually {@link Samples}): a
 * parameterized test whose failure message names the failing sample, its seed and how to replay it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest
@ExtendWith(SampleInFailure.class)
public @interface PropertyTest {}
