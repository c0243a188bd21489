package be.passerelle.web.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The one place where the API's problems become pages (as the API maps exceptions in one place). */
@ControllerAdvice
class ApiProblemPages {

    @ExceptionHandler(ApiProblem.class)
    ModelAndView problem(ApiProblem problem) {
        HttpStatus status = switch (problem.status()) {
            case 400 -> HttpStatus.BAD_REQUEST;
            case 401 -> HttpStatus.UNAUTHORIZED;
            case 403 -> HttpStatus.FORBIDDEN;
            case 404 -> HttpStatus.NOT_FOUND;
            case 429 -> HttpStatus.TOO_MANY_REQUESTS;
            default -> HttpStatus.BAD_GATEWAY;
        };
        ModelAndView page = new ModelAndView("problem", status);
        page.addObject("messageKey", "problem." + status.value());
        return page;
    }

    /** The refresh token was refused (session ended in Keycloak): the user signs in again. */
    @ExceptionHandler({PasserelleApi.SignInRequired.class, OAuth2AuthorizationException.class})
    String signInAgain(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/oauth2/authorization/" + PasserelleApi.REGISTRATION;
    }
}
