package be.passerelle.api.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Integers in paths, queries and headers are decimal: Spring alone would read {@code 0x7E2} or
 * {@code #7E2} as 2018. Anything else is a 400 like any other wrong type.
 */
@ControllerAdvice
public class DecimalNumbers {

    @InitBinder
    void decimalOnly(WebDataBinder binder) {
        binder.registerCustomEditor(int.class, new Decimal(Integer::valueOf, false));
        binder.registerCustomEditor(Integer.class, new Decimal(Integer::valueOf, true));
        binder.registerCustomEditor(long.class, new Decimal(Long::valueOf, false));
        binder.registerCustomEditor(Long.class, new Decimal(Long::valueOf, true));
    }

    private static final class Decimal extends PropertyEditorSupport {
        private final Function<String, Number> parse;
        private final boolean emptyIsNull;

        Decimal(Function<String, Number> parse, boolean emptyIsNull) {
            this.parse = parse;
            this.emptyIsNull = emptyIsNull;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                if (!emptyIsNull) {
                    throw new IllegalArgumentException("a number is required");
                }
                setValue(null);
                return;
            }
            // NumberFormatException is an IllegalArgumentException: a type mismatch, 400
            setValue(parse.apply(text.strip()));
        }
    }
}
