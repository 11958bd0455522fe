package org.onewindow.portal.filing;

import java.util.UUID;
import org.onewindow.portal.applications.ApplicationsClient;
import org.onewindow.portal.catalog.CatalogClient;
import org.onewindow.portal.catalog.ItemGuide;
import org.onewindow.portal.catalog.PublishedItem;
import org.onewindow.portal.system.NotFoundException;
import org.springframework.stereotype.Service;

/** Opens an item for filing, or a person's application of it. What does not fit is the calm 404. */
@Service
class Drafts {

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
        var item = catalog.version(code, application.itemVersion())
                .map(PublishedItem::guide)
                .orElseThrow(() -> new NotFoundException(code + " has no version " + application.itemVersion()));
        return new Draft(item, application, FormSchema.of(item.formSchema()));
    }
}
