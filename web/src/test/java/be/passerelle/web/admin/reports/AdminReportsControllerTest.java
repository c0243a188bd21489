package be.passerelle.web.admin.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminReportsControllerTest {

    @Test
    void the_open_a_year_form_takes_four_digits_only() {
        assertThat(AdminReportsController.year("2023")).isEqualTo(2023);
        assertThat(AdminReportsController.year(" 2019 ")).isEqualTo(2019);
        assertThat(AdminReportsController.year("20x3")).isNull();
        assertThat(AdminReportsController.year("12345")).isNull();
        assertThat(AdminReportsController.year("")).isNull();
        assertThat(AdminReportsController.year(null)).isNull();
    }
}
