package be.passerelle.web.archfixture;

import be.passerelle.api.PasserelleApplication;

/** Breaks the web client's rule on purpose: {@code WebArchitectureTest} shows the rule catches it. */
final class ReachesIntoTheApi {
    Class<?> application() {
        return PasserelleApplication.class;
    }
}
