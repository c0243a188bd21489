package be.passerelle.core.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.directory.PostalCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitizenRegionTest {

    @ParameterizedTest(name = "{0} lies in {1}")
    @CsvSource({
        "1000, BE-BRU",
        "1050, BE-BRU",
        "1299, BE-BRU",
        "1300, BE-WAL",
        "1499, BE-WAL",
        "1500, BE-VLG",
        "2000, BE-VLG",
        "3999, BE-VLG",
        "4000, BE-WAL",
        "4700, BE-WAL",
        "5000, BE-WAL",
        "7999, BE-WAL",
        "8000, BE-VLG",
        "9000, BE-VLG",
        "9999, BE-VLG"
    })
    void a_postal_code_gives_its_region(int code, String region) {
        assertThat(CitizenRegion.of(new PostalCode(code)).value()).isEqualTo(region);
    }
}
