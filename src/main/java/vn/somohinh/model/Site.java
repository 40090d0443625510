package vn.somohinh.model;

import java.util.List;

/** What the pages show. Built once from validated data; immutable. */
public record Site(String title, String organisation, String parentOrganisation, int unitCount,
                   List<ModelEntry> models) {

    /** One registered model, in the form pages list it. */
    public record ModelEntry(int year, String unitId, String unitName, String slug, String name, String status) {
    }
}
