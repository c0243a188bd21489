package be.passerelle.web.admin.reports;

import be.passerelle.client.ApiException;
import be.passerelle.client.api.StatisticsApi;
import be.passerelle.client.api.TaxonomiesApi;
import be.passerelle.client.model.AnnualFiguresBody;
import be.passerelle.client.model.ReportListResponse;
import be.passerelle.client.model.ReportResponse;
import be.passerelle.client.model.SectorResponse;
import be.passerelle.web.api.ApiProblem;
import be.passerelle.web.api.FormRefused;
import be.passerelle.web.api.PasserelleApi;
import java.util.List;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The annual-report operations of the API as the admin pages use them (the signed-in tenant-admin's own
 * institution): the list of years, one year with its revisions, saving a draft, publishing it.
 */
@Component
class AnnualReports {
    private final PasserelleApi api;
    private final StatisticsApi statistics;
    private final TaxonomiesApi taxonomies;

    AnnualReports(PasserelleApi api) {
        this.api = api;
        this.statistics = new StatisticsApi(api.client());
        this.taxonomies = new TaxonomiesApi(api.client());
    }

    /** Every year of the institution's reports, newest first. */
    ReportListResponse years() {
        try {
            return statistics.listAnnualReports(null, api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    /** The year's report with its revisions; empty when the institution has none for that year. */
    Optional<ReportResponse> year(int year) {
        try {
            return Optional.of(statistics.getAnnualReport(year, null, api.asCurrentUser()));
        } catch (ApiException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw ApiProblem.of(e);
        }
    }

    /** Saves the year's draft (opening one when the year has none); a 400 with field errors is a {@link FormRefused}. */
    ReportResponse save(int year, AnnualFiguresBody figures) {
        try {
            return statistics.putAnnualReport(year, figures, api.asCurrentUser());
        } catch (ApiException e) {
            throw refusal(e);
        }
    }

    /** Publishes the year's draft; a 409 (nothing to publish) is a {@link FormRefused}. */
    ReportResponse publish(int year) {
        try {
            return statistics.publishAnnualReport(year, api.asCurrentUser());
        } catch (ApiException e) {
            throw refusal(e);
        }
    }

    /** The directory's sectors, labelled in the user's language. */
    List<SectorResponse> sectors() {
        try {
            return taxonomies.listSectors(LocaleContextHolder.getLocale().getLanguage(), api.asCurrentUser());
        } catch (ApiException e) {
            throw ApiProblem.of(e);
        }
    }

    private RuntimeException refusal(ApiException e) {
        if (e.getCode() != 400 && e.getCode() != 409) {
            return ApiProblem.of(e);
        }
        return FormRefused.of(e, api.client().getObjectMapper());
    }
}
