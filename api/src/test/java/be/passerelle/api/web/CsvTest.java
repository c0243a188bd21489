package be.passerelle.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void header_row_then_records_each_ended_by_crlf() {
        String csv = new Csv(List.of("a", "b")).row("1", 2).row(null, "x").toString();

        assertThat(csv).isEqualTo("a,b\r\n1,2\r\n,x\r\n");
    }

    @Test
    void fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(Csv.field(">90")).isEqualTo(">90");
        assertThat(Csv.field("Médiateur")).isEqualTo("Médiateur");
    }

    @Test
    void a_record_has_as_many_fields_as_the_header() {
        assertThatThrownBy(() -> new Csv(List.of("a", "b")).row("1")).isInstanceOf(IllegalArgumentException.class);
    }
}
