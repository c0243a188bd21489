package be.passerelle.core.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Puts the failing sample (its display name, with the seed {@link Samples} drew it from) and the way
 * to replay it at the head of a {@link PropertyTest}'s failure message: the build's console shows the
 * message, not the display name.
 */
final class SampleInFailure implements TestExecutionExceptionHandler {
    private static final Pattern SEED = Pattern.compile("\\bseed (-?\\d+)\\b");

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (failure instanceof TestAbortedException
                || !(failure instanceof Exception || failure instanceof AssertionError)) {
            throw failure;
        }
        String message = message(context.getDisplayName(), failure);
        if (failure instanceof AssertionFailedError compared
                && compared.isExpectedDefined()
                && compared.isActualDefined()) {
            throw new AssertionFailedError(
                    message,
                    compared.getExpected().getValue(),
                    compared.getActual().getValue(),
                    failure);
        }
        throw new AssertionFailedError(message, failure);
    }

    static String message(String displayName, Throwable failure) {
        StringBuilder message = new StringBuilder("Failed on ").append(displayName);
        Matcher seed = SEED.matcher(displayName);
        if (seed.find()) {
            message.append("\nReplay with -D")
                    .append(Samples.SEED_PROPERTY)
                    .append('=')
                    .append(seed.group(1));
        }
        return message.append('\n').append(failure).toString();
    }
}
