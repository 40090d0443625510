package vn.somohinh.validate;

import vn.somohinh.load.Campaign;
import vn.somohinh.load.CodeLists.Kind;
import vn.somohinh.load.Unit;

/** The catalogs point at each other correctly: unit types of units, directives and unit types of campaigns. */
final class CatalogReferenceRule implements Rule {
    private static final String TYPES = Kind.UNIT_TYPES.where();
    private static final String DIRECTIVES = "data/directives.yaml";

    @Override
    public void check(Context ctx) {
        Index ix = ctx.index;
        if (ix.data.units() != null) {
            for (Unit u : ix.data.units()) {
                ctx.requireKnown(u.src(), "loai", "loại đơn vị", u.loai(), ix.unitTypes, TYPES);
            }
        }
        for (Campaign c : ix.data.campaigns()) {
            var issuing = c.src().itemPaths("van_ban_phat_dong");
            for (String id : c.vanBanPhatDong()) {
                ctx.requireKnown(c.src(), issuing.apply(id), "văn bản", id, ix.directiveIds, DIRECTIVES);
            }
            var basis = c.src().itemPaths("can_cu");
            for (String id : c.canCu()) {
                ctx.requireKnown(c.src(), basis.apply(id), "văn bản", id, ix.directiveIds, DIRECTIVES);
            }
            var targets = c.src().itemPaths("doi_tuong");
            for (String id : c.doiTuong()) {
                ctx.requireKnown(c.src(), targets.apply(id), "loại đơn vị", id, ix.unitTypes, TYPES);
            }
        }
    }
}
