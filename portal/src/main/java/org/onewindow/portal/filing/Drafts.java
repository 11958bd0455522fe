package org.onewindow.portal.filing;

import java.util.UUID;
import org.onewindow.portal.applications.Application;
import org.onewindow.portal.applications.ApplicationsClient;
import org.onewindow.portal.catalog.CatalogClient;
import org.onewindow.portal.catalog.ItemGuide;
import org.onewindow.portal.catalog.PublishedItem;
import org.onewindow.portal.system.NotFoundException;
import org.springframework.stereotype.Service;

/** Opens an item for filing, or a person's application of it. What does not fit is the calm 404. */
@Service
public class Drafts {

    private final CatalogClient catalog;
    private final ApplicationsClient applications;

    Drafts(CatalogClient catalog, ApplicationsClient applications) {
        this.catalog = catalog;
        this.applications = applications;
    }

    ItemGuide item(String code) {
        return catalog.item(code)
                .map(PublishedItem::guide)
                .orElseThrow(() -> new NotFoundException("no published item " + code));
    }

    /** Another person's id is the API's 404; an id of another item's application is ours. */
    Draft open(String code, UUID id) {
        var application = applications.get(id);
        if (!code.equals(application.itemCode())) {
            throw new NotFoundException("application " + id + " is not of item " + code);
        }
        return draft(application, "/items/" + code + "/apply/" + id);
    }

    /**
     * An application by its id alone, its pages under {@code base}: the counter's, where the clerk
     * who filed it is its owner to the API (another clerk's is the API's 404).
     */
    public Draft open(UUID id, String base) {
        return draft(applications.get(id), base);
    }

    /** The same draft read again, after a step that changed it. */
    Draft reopen(Draft draft) {
        return draft(applications.get(draft.application().id()), draft.base());
    }

    private Draft draft(Application application, String base) {
        var code = application.itemCode();
        var item = catalog.version(code, application.itemVersion())
                .map(PublishedItem::guide)
                .orElseThrow(() -> new NotFoundException(code + " has no version " + application.itemVersion()));
        return new Draft(item, application, FormSchema.of(item.formSchema()), base);
    }
}
