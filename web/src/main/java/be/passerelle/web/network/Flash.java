package be.passerelle.web.network;

import java.io.Serializable;
import java.util.List;

/**
 * The message shown once on the page a change redirects to (a flash attribute): its key and arguments.
 *
 * @param key the message key ({@code tenants.…}, {@code taxonomies.…})
 * @param args the message's arguments
 */
record Flash(String key, List<Object> args) implements Serializable {
    private static final long serialVersionUID = 1L;

    Flash {
        args = List.copyOf(args);
    }

    /** The arguments as the page's message expression takes them. */
    public Object[] arguments() {
        return args.toArray();
    }
}
