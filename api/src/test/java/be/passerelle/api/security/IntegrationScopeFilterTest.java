package be.passerelle.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.core.shared.ApiScope;
import org.junit.jupiter.api.Test;

class IntegrationScopeFilterTest {

    @Test
    void reading_referrals_needs_referrals_read() {
        assertThat(IntegrationScopeFilter.required("GET", "/api/v1/referrals")).contains(ApiScope.REFERRALS_READ);
        assertThat(IntegrationScopeFilter.required("GET", "/api/v1/referrals/abc/events"))
                .contains(ApiScope.REFERRALS_READ);
        assertThat(IntegrationScopeFilter.required("GET", "/api/v1/referrals/abc/messages"))
                .contains(ApiScope.REFERRALS_READ);
    }

    @Test
    void changing_referrals_needs_referrals_write() {
        assertThat(IntegrationScopeFilter.required("POST", "/api/v1/referrals")).contains(ApiScope.REFERRALS_WRITE);
        assertThat(IntegrationScopeFilter.required("POST", "/api/v1/referrals/abc/accept"))
                .contains(ApiScope.REFERRALS_WRITE);
        assertThat(IntegrationScopeFilter.required("POST", "/api/v1/referrals/abc/attachments"))
                .contains(ApiScope.REFERRALS_WRITE);
    }

    @Test
    void messages_and_attachment_downloads_have_their_own_scopes() {
        assertThat(IntegrationScopeFilter.required("POST", "/api/v1/referrals/abc/messages"))
                .contains(ApiScope.MESSAGES_WRITE);
        assertThat(IntegrationScopeFilter.required("GET", "/api/v1/referrals/abc/attachments/def"))
                .contains(ApiScope.ATTACHMENTS_READ);
    }

    @Test
    void other_endpoints_need_no_scope() {
        assertThat(IntegrationScopeFilter.required("GET", "/api/v1/me")).isEmpty();
        assertThat(IntegrationScopeFilter.required("GET", "/api/v1/referrals-elsewhere"))
                .isEmpty();
        assertThat(IntegrationScopeFilter.required("GET", "/api/v1/directory/institutions"))
                .isEmpty();
    }
}
