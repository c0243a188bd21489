package be.passerelle.web.network;

import static org.assertj.core.api.Assertions.assertThat;

import be.passerelle.web.WebIntegrationTest;
import java.util.UUID;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** Temporary: the network admin's pages render against the real stack (replaced by browser scenarios). */
class NetworkPagesSmokeIT extends WebIntegrationTest {

    @Test
    void the_network_admin_walks_through_the_pages() throws Exception {
        HtmlPage list = signInAt("/network/tenants", "network-admin");
        assertThat(list.getWebResponse().getStatusCode())
                .as(list.asNormalizedText())
                .isEqualTo(200);
        System.out.println(list.asNormalizedText());
        HtmlPage form = browser.getPage(stack.webUrl() + "/network/tenants/new");
        assertThat(form.getWebResponse().getStatusCode())
                .as(form.asNormalizedText())
                .isEqualTo(200);
        String slug = "smoke-" + UUID.randomUUID().toString().substring(0, 8);
        HtmlForm create = form.getFirstByXPath("//form[contains(@class,'new-tenant')]");
        create.getInputByName("slug").setValue(slug);
        create.getInputByName("fr").setValue("Médiateur smoke");
        create.getSelectByName("kind").setSelectedAttribute("LOCAL", true);
        create.getInputByName("adminEmail").setValue(slug + "@example.org");
        HtmlPage tenant = ((HtmlElement) create.querySelector("button")).click();
        System.out.println(tenant.asNormalizedText());
        assertThat(tenant.getWebResponse().getStatusCode())
                .as(tenant.asNormalizedText())
                .isEqualTo(200);
        HtmlPage confirm = browser.getPage(stack.webUrl() + "/network/tenants/" + slug + "/suspend");
        System.out.println(confirm.asNormalizedText());
        HtmlPage suspended = ((HtmlElement) confirm.querySelector("form.suspend-confirm button")).click();
        System.out.println(suspended.asNormalizedText());
        HtmlPage taxonomies = browser.getPage(stack.webUrl() + "/network/taxonomies");
        assertThat(taxonomies.getWebResponse().getStatusCode())
                .as(taxonomies.asNormalizedText())
                .isEqualTo(200);
        HtmlPage area = browser.getPage(stack.webUrl() + "/network/taxonomies/areas/BE-WAL");
        System.out.println(area.asNormalizedText());
        assertThat(area.getWebResponse().getStatusCode()).isEqualTo(200);
    }
}
