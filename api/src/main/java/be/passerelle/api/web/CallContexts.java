package be.passerelle.api.web;

import be.passerelle.core.shared.CallContext;
import be.passerelle.core.shared.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives controllers the {@link CallContext} that the security layer established. */
public final class CallContexts implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CallContext.class;
    }

    @Override
    public CallContext resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        Caller caller = request == null ? null : Callers.of(request);
        if (caller == null) {
            throw new AuthenticationCredentialsNotFoundException("no authenticated caller");
        }
        return new CallContext(caller, RequestIds.of(request));
    }
}
