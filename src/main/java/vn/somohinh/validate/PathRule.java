package vn.somohinh.validate;

import vn.somohinh.load.ModelKey;
import vn.somohinh.load.Source;
import vn.somohinh.problem.Code;
import vn.somohinh.text.Suggest;
import vn.somohinh.yaml.Pos;

/** A registration or review path names a year that has a campaign and a unit that is on the roster. */
final class PathRule implements Rule {

    @Override
    public void check(Context ctx) {
        ctx.eachYear("path", null, (own, year) -> {
            own.index.registrationsByYear.getOrDefault(year, java.util.List.of())
                    .forEach(r -> checkPath(own, r.src(), r.key()));
            own.index.reviewsByYear.getOrDefault(year, java.util.List.of()).forEach(r -> checkPath(own, r.src(), r.key()));
        });
    }

    private static void checkPath(Context ctx, Source src, ModelKey key) {
        if (!ctx.index.campaigns.containsKey(key.year())) {
            ctx.report(src, Pos.START, Code.UNKNOWN_YEAR, key.year(), key.year());
        }
        if (ctx.index.units != null && !ctx.index.units.containsKey(key.unitId())) {
            ctx.report(src, Pos.START, Code.UNKNOWN_UNIT_FOLDER, key.unitId(),
                    Suggest.hint(key.unitId(), ctx.index.units.keySet()));
        }
    }
}
