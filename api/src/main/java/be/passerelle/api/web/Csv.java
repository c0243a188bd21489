package be.passerelle.api.web;

import java.util.List;

/**
 * A small RFC 4180 writer: CRLF line ends, a header row, fields quoted when they contain a comma, a
 * double quote, CR or LF (double quotes doubled). Null fields are empty.
 */
public final class Csv {
    /** The media type of what this writes (RFC 4180, UTF-8, with a header row). */
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8;header=present";

    private final StringBuilder text = new StringBuilder();
    private final int columns;

    public Csv(List<String> header) {
        this.columns = header.size();
        row(header.toArray());
    }

    /** Appends one record; it must have as many fields as the header. */
    public Csv row(Object... fields) {
        if (fields.length != columns) {
            throw new IllegalArgumentException("a record has " + columns + " fields, not " + fields.length);
        }
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields[i]));
        }
        text.append("\r\n");
        return this;
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\r') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
