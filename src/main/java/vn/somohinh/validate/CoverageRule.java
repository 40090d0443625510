package vn.somohinh.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.somohinh.load.Campaign;
import vn.somohinh.load.Registration;
import vn.somohinh.load.Unit;
import vn.somohinh.problem.Code;
import vn.somohinh.text.Dates;
import vn.somohinh.yaml.Pos;

/**
 * The 100% rule: every unit of a target type that existed during the campaign's year registers. Also warns when a
 * unit outside the target types, or one that no longer existed that year, registers.
 */
final class CoverageRule implements Rule {

    @Override
    public void check(Context ctx) {
        if (ctx.index.units == null) {
            return;
        }
        // Each campaign's target types as a set, once: a campaign may list thousands, and every unit is looked up.
        Map<Integer, Set<String>> targets = new HashMap<>();
        ctx.index.campaigns.forEach((year, c) -> targets.put(year, new HashSet<>(c.doiTuong())));
        Set<String> registered = new HashSet<>();
        for (Registration r : ctx.index.data.registrations()) {
            checkRegistrant(ctx, r, targets);
        }
        // A registration file with errors is a registration all the same: its errors are reported on it.
        ctx.index.registrationFiles.keySet().forEach(k -> registered.add(k.year() + "/" + k.unitId()));
        for (Campaign c : ctx.index.data.campaigns()) {
            Set<String> types = new HashSet<>(c.doiTuong());
            for (Unit u : ctx.index.data.units()) {
                if (u.id() != null && u.loai() != null && types.contains(u.loai()) && u.activeIn(c.year())
                        && !registered.contains(c.year() + "/" + u.id())) {
                    notRegistered(ctx, u, c);
                }
            }
        }
    }

    /**
     * At the unit's entry, with the file to create and the command that creates it. The unit is named by its id, not
     * its place in the list, so that adding a unit above it does not change the warning (diff compares messages).
     */
    private static void notRegistered(Context ctx, Unit u, Campaign c) {
        String deadline = c.hanDangKy() == null ? "" : " (hạn " + Dates.show(c.hanDangKy()) + ")";
        ctx.report(u.src(), u.src().node().pos(), Code.NOT_REGISTERED, u.ten() == null ? u.id() : u.ten(), u.id(),
                c.year(), deadline,
                "data/registrations/" + c.year() + "/" + u.id() + "/<mã-mô-hình>.yaml",
                "new --unit " + u.id() + " --year " + c.year() + " --slug <mã-mô-hình>");
    }

    private static void checkRegistrant(Context ctx, Registration r, Map<Integer, Set<String>> targets) {
        Unit unit = ctx.index.units.get(r.key().unitId());
        Campaign c = ctx.index.campaigns.get(r.key().year());
        if (unit == null || c == null) {
            return;
        }
        if (unit.loai() != null && !c.doiTuong().isEmpty() && !targets.get(c.year()).contains(unit.loai())) {
            ctx.report(r.src(), Pos.START, Code.OUTSIDE_TARGET, unit.loai(), c.year());
        }
        if (!unit.activeIn(c.year())) {
            String span = (unit.tuNgay() == null ? "" : "từ " + Dates.show(unit.tuNgay()) + " ")
                    + (unit.denNgay() == null ? "" : "đến " + Dates.show(unit.denNgay()));
            ctx.report(r.src(), Pos.START, Code.UNIT_INACTIVE, c.year(), "hoạt động " + span.strip());
        }
    }
}
