package be.passerelle.api.web;

import be.passerelle.core.shared.InvalidInput;
import be.passerelle.core.shared.TooLarge;
import be.passerelle.core.shared.UnsupportedContent;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, query strings that are not percent-encoded UTF-8 text
 * (invalid escapes or bytes, NUL and other control characters: PostgreSQL cannot even compare them)
 * with a 400, JSON bodies over {@link #MAX_JSON_BYTES} with a 413 (by their declared length, or while
 * they are read when sent in chunks), JSON bodies declared in another charset than UTF-8 (RFC 8259)
 * with a 415, and JSON bodies that turn out not to be UTF-8 while they are read with a 400.
 */
public final class RequestTextFilter extends OncePerRequestFilter {
    /** Far above any operation's largest valid body (a 10 000-character summary and the rest). */
    static final long MAX_JSON_BYTES = 1024 * 1024;

    private final ProblemWriter problems;

    public RequestTextFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !isText(query)) {
            problems.write(new InvalidInput("the query string is not valid UTF-8 text"), request, response);
            return;
        }
        if (isJson(request.getHeader("Content-Type")) && request.getContentLengthLong() > MAX_JSON_BYTES) {
            problems.write(new TooLarge("a JSON body has at most 1 MiB"), request, response);
            return;
        }
        if (!utf8Json(request.getHeader("Content-Type"))) {
            problems.write(new UnsupportedContent("JSON bodies are UTF-8"), request, response);
            return;
        }
        chain.doFilter(isJson(request.getHeader("Content-Type")) ? new Utf8Body(request) : request, response);
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    /** A JSON request whose body is checked for UTF-8 while it is read. */
    private static final class Utf8Body extends HttpServletRequestWrapper {
        private ServletInputStream checked;

        Utf8Body(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (checked == null) {
                checked = new Utf8CheckingInputStream(super.getInputStream(), MAX_JSON_BYTES);
            }
            return checked;
        }
    }

    /** The declared charset of a JSON body, if any, is UTF-8 (read from the header: the container may force its own). */
    static boolean utf8Json(String contentType) {
        if (!isJson(contentType)) {
            return true;
        }
        try {
            Charset charset = MediaType.parseMediaType(contentType).getCharset();
            return charset == null || charset.equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return true; // not a media type at all (InvalidMediaTypeException): Spring MVC answers 415
        }
    }

    /** Percent-decodes to bytes, which must be UTF-8 without control characters. */
    static boolean isText(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return false;
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return false;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7F) {
                return false;
            } else {
                bytes.write(c);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.chars().noneMatch(ch -> ch < 0x20 || ch == 0x7F);
    }
}
