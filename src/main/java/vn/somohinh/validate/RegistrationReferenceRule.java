package vn.somohinh.validate;

import java.util.List;
import vn.somohinh.load.CodeLists.Kind;
import vn.somohinh.load.Registration;

/** A registration's form, field of work, directives and partner units all exist. */
final class RegistrationReferenceRule implements Rule {
    static final List<String> FORMS = vn.somohinh.load.CodeLists.FORMS;

    @Override
    public void check(Context ctx) {
        ctx.eachYear("registration-references", null, RegistrationReferenceRule::checkYear);
    }

    private static void checkYear(Context ctx, int year) {
        Index ix = ctx.index;
        for (Registration r : ix.registrationsByYear.getOrDefault(year, List.of())) {
            var src = r.src();
            ctx.requireKnown(src, "hinh_thuc", "hình thức", r.hinhThuc(), FORMS, Kind.FORMS.where());
            ctx.requireKnown(src, "linh_vuc", "lĩnh vực", r.linhVuc(), ix.fields, Kind.FIELDS.where());
            var canCu = src.itemPaths("can_cu");
            for (String id : r.canCu()) {
                ctx.requireKnown(src, canCu.apply(id), "văn bản", id, ix.directiveIds, Kind.DIRECTIVES.where());
            }
            var partners = src.itemPaths("don_vi_phoi_hop");
            for (String id : r.donViPhoiHop()) {
                ctx.requireKnown(src, partners.apply(id), "đơn vị", id,
                        ix.units == null ? null : ix.units.keySet(), Kind.UNITS.where());
            }
        }
    }
}
